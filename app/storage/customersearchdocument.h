#pragma once

#include <QString>
#include <QStringList>

/// @short The text the lookup's full-text index holds for one customer.
///
/// Folded name (SearchText::fold), email, customer number, city, phone
/// digits in E.164 and national form, and the last four of every card,
/// separated by " | " so that a trigram never spans two fields.
/// Everything that writes a customer, a card or contact details rebuilds
/// it in the same transaction (CustomerRepository::refreshSearchDocument).
struct CustomerSearchFields
{
    QString customerNumber;
    QString firstName;
    QString lastName;
    QString email;
    QString phoneE164;
    QString city;
    QStringList cardLast4s;
};

namespace CustomerSearchDocument {

QString build(const CustomerSearchFields &fields);

} // namespace CustomerSearchDocument
