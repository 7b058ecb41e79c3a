#include "customersearchdocument.h"

#include "domain/phonenumbers.h"
#include "domain/searchtext.h"

namespace CustomerSearchDocument {

QString build(const CustomerSearchFields &fields)
{
    static const QString separator = QStringLiteral(" | ");

    QString doc;
    doc.reserve(160);
    doc += SearchText::fold(fields.firstName + QLatin1Char(' ') + fields.lastName);
    doc += separator;
    doc += SearchText::fold(fields.email);
    doc += separator;
    doc += fields.customerNumber;
    doc += separator;
    doc += SearchText::fold(fields.city);
    if (!fields.phoneE164.isEmpty()) {
        doc += separator;
        doc += SearchText::digitsOnly(fields.phoneE164);
        doc += separator;
        doc += PhoneNumbers::nationalDigits(fields.phoneE164);
    }
    for (const QString &last4 : fields.cardLast4s) {
        doc += separator;
        doc += last4;
    }
    return doc;
}

} // namespace CustomerSearchDocument
