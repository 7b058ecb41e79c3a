#include "csvexporter.h"

#include <QAbstractItemModel>
#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>

namespace {

QString quoted(const QString &text)
{
    const bool needsQuotes = text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"'))
                             || text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r'))
                             || text.startsWith(QLatin1Char(' ')) || text.endsWith(QLatin1Char(' '));
    if (!needsQuotes)
        return text;
    QString escaped = text;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString number(double value)
{
    // 'f' with 6 decimals, then trailing zeros off: 0.1 stays 0.1, never 0.10000000000000001.
    QString text = QString::number(value, 'f', 6);
    if (text.contains(QLatin1Char('.'))) {
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
        if (text.endsWith(QLatin1Char('.')))
            text.chop(1);
    }
    return text == QLatin1StringView("-0") ? QStringLiteral("0") : text;
}

} // namespace

void CsvExporter::setHeader(const QStringList &header)
{
    m_header = header;
}

void CsvExporter::addRow(const QVariantList &values)
{
    QStringList fields;
    fields.reserve(values.size());
    for (const QVariant &value : values)
        fields.append(field(value));
    m_rows.append(fields);
}

int CsvExporter::rowCount() const
{
    return int(m_rows.size());
}

QByteArray CsvExporter::toUtf8() const
{
    QString text;
    const QLatin1StringView crlf("\r\n");
    if (!m_header.isEmpty()) {
        QStringList fields;
        for (const QString &name : m_header)
            fields.append(field(name));
        text += fields.join(QLatin1Char(',')) + crlf;
    }
    for (const QStringList &row : m_rows)
        text += row.join(QLatin1Char(',')) + crlf;
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

QString CsvExporter::field(const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return QString();
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Long:
    case QMetaType::ULong:
    case QMetaType::Short:
    case QMetaType::UShort:
        return value.toString();   // QVariant's own conversion: C locale, no grouping
    case QMetaType::Double:
    case QMetaType::Float:
        return number(value.toDouble());
    case QMetaType::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QMetaType::QDate:
        return value.toDate().toString(Qt::ISODate);
    case QMetaType::QDateTime: {
        // With its offset ("Z" for UTC), so the moment is never ambiguous.
        const QDateTime dateTime = value.toDateTime();
        const int offset = dateTime.offsetFromUtc();
        return offset == 0 ? dateTime.toUTC().toString(Qt::ISODate)
                           : dateTime.toOffsetFromUtc(offset).toString(Qt::ISODate);
    }
    default:
        break;
    }
    QString text = value.toString();
    static const QRegularExpression formulaStart(QStringLiteral("^[=+\\-@\\t\\r]"));
    if (formulaStart.match(text).hasMatch())
        text.prepend(QLatin1Char('\''));
    return quoted(text);
}

CsvExporter CsvExporter::fromModel(const QAbstractItemModel *model, int rawRole)
{
    CsvExporter csv;
    if (!model)
        return csv;
    const int columns = model->columnCount();
    QStringList header;
    for (int column = 0; column < columns; ++column) {
        // A model may name a column differently for the file ("Oldest waiting, minutes").
        const QVariant raw = model->headerData(column, Qt::Horizontal, rawRole);
        header.append(raw.isValid() ? raw.toString()
                                    : model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString());
    }
    csv.setHeader(header);
    const int rows = model->rowCount();
    for (int row = 0; row < rows; ++row) {
        QVariantList values;
        values.reserve(columns);
        for (int column = 0; column < columns; ++column) {
            const QModelIndex index = model->index(row, column);
            const QVariant raw = model->data(index, rawRole);
            values.append(raw.isValid() ? raw : model->data(index, Qt::DisplayRole));
        }
        csv.addRow(values);
    }
    return csv;
}

QString CsvExporter::fileName(const QString &base, const QString &extension)
{
    QString name = base.trimmed();
    static const QRegularExpression refused(QStringLiteral("[\\\\/:*?\"<>|\\x00-\\x1F]+"));
    name.replace(refused, QStringLiteral("-"));
    if (name.isEmpty())
        name = QStringLiteral("export");
    return name + QLatin1Char('.') + extension;
}
