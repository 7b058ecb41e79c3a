#pragma once

#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QVariant>

class QSqlQuery;
struct sqlite3_stmt;

/// @short One run of a statement of the connection's cache (Database::prepared)
/// through SQLite's own API.
///
/// For the statements a catch-up runs for every message, and the rows an
/// hour of the supervisor's rollup reads: QSqlQuery formats a placeholder
/// name and looks it up in a hash for every value it binds, sets up a record
/// for every run and makes a QVariant of every value it reads, which costs
/// more than SQLite's own work. Values bind as Qt binds them: a null QString
/// as NULL. Indexes of bind() are 0-based, as QSqlQuery's; columns too.
class DirectStatement
{
public:
    explicit DirectStatement(QSqlQuery &query);
    ~DirectStatement();
    DirectStatement(const DirectStatement &) = delete;
    DirectStatement &operator=(const DirectStatement &) = delete;

    void bind(int index, qint64 value);
    void bind(int index, const QString &text);
    void bindNull(int index);
    /// As QSqlQuery binds the values the repositories write: null as NULL,
    /// integers and booleans as integers, the rest as text.
    void bind(int index, const QVariant &value);

    /// Steps once: true with a row or when done (see hasRow()).
    bool step(QString *error);
    bool hasRow() const { return m_hasRow; }

    bool isNull(int column) const;
    qint64 int64(int column) const;
    /// As QSqlQuery reads it back: NULL as a null QVariant, integers as qint64, the rest as text.
    QVariant value(int column) const;
    QString text(int column) const;
    /// The column's UTF-8 bytes, valid until the next step; empty for NULL.
    QByteArrayView utf8(int column) const;
    /// The column's bytes as a blob, valid until the next step; empty for NULL.
    QByteArrayView blob(int column) const;

private:
    QSqlQuery &m_query;
    sqlite3_stmt *m_statement = nullptr;
    QList<QString> m_texts;
    bool m_hasRow = false;
};
