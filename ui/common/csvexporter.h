#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

class QAbstractItemModel;

/// @short Builds a CSV file as spreadsheets read it: RFC 4180, UTF-8 with a byte-order mark.
///
/// Fields holding a comma, a double quote, a line break or leading/trailing
/// spaces are quoted, with quotes doubled; records end in CRLF. Numbers are
/// written unlocalised ("1234.5", never "1 234,5"), dates as ISO 8601, so a
/// spreadsheet in any language reads them as numbers and dates. Text that a
/// spreadsheet would run as a formula (starting with = + - @ or a tab) gets a
/// leading apostrophe: exported customer text cannot smuggle in a formula.
/// QtCore only; nothing here touches a file.
class CsvExporter
{
public:
    CsvExporter() = default;

    void setHeader(const QStringList &header);
    /// One record; each value is written as field() describes.
    void addRow(const QVariantList &values);
    int rowCount() const;

    /// The whole file: BOM, header (if set), records, each ending in CRLF.
    QByteArray toUtf8() const;

    /// One field, quoted when needed. Numbers (int, double, …) are written
    /// with '.' as decimal point and no grouping; doubles keep up to 6
    /// significant decimals and drop trailing zeros; QDate as yyyy-MM-dd,
    /// QDateTime as ISO 8601 with its offset; a null value as an empty field.
    static QString field(const QVariant &value);

    /// Every row of a flat model: the header from headerData() (its @p rawRole
    /// text when it has one, else the display text), each cell's @p rawRole
    /// value when it has one, else its display text.
    static CsvExporter fromModel(const QAbstractItemModel *model, int rawRole = Qt::UserRole);

    /// A file name without characters file systems refuse: "queue-board-2026-11-22.csv".
    static QString fileName(const QString &base, const QString &extension);

private:
    QStringList m_header;
    QList<QStringList> m_rows;
};
