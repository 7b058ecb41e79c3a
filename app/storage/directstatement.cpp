#include "directstatement.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlResult>

#include <sqlite3.h>

DirectStatement::DirectStatement(QSqlQuery &query)
    : m_query(query)
{
    const QVariant handle = query.result() ? query.result()->handle() : QVariant();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3_stmt*") == 0)
        m_statement = *static_cast<sqlite3_stmt *const *>(handle.constData());
    if (m_statement)
        sqlite3_reset(m_statement);
}

DirectStatement::~DirectStatement()
{
    if (m_statement) {
        sqlite3_reset(m_statement);
        sqlite3_clear_bindings(m_statement);   // drops the pointers into m_texts
    }
}

void DirectStatement::bind(int index, qint64 value)
{
    if (m_statement)
        sqlite3_bind_int64(m_statement, index + 1, value);
}

void DirectStatement::bind(int index, const QString &text)
{
    if (!m_statement)
        return;
    if (text.isNull()) {
        sqlite3_bind_null(m_statement, index + 1);
        return;
    }
    m_texts.append(text);   // kept (shared) until the statement is reset
    const QString &kept = m_texts.constLast();
    sqlite3_bind_text16(m_statement, index + 1, kept.utf16(), int(kept.size() * sizeof(char16_t)), SQLITE_STATIC);
}

void DirectStatement::bindNull(int index)
{
    if (m_statement)
        sqlite3_bind_null(m_statement, index + 1);
}

void DirectStatement::bind(int index, const QVariant &value)
{
    if (value.isNull()) {
        bindNull(index);
        return;
    }
    switch (value.metaType().id()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Bool:
        bind(index, value.toLongLong());
        return;
    default:
        bind(index, value.toString());
    }
}

bool DirectStatement::step(QString *error)
{
    if (!m_statement) {
        if (error)
            *error = m_query.lastError().text();
        return false;
    }
    const int rc = sqlite3_step(m_statement);
    m_hasRow = rc == SQLITE_ROW;
    if (rc == SQLITE_ROW || rc == SQLITE_DONE)
        return true;
    if (error)
        *error = QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(m_statement)));
    return false;
}

bool DirectStatement::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

qint64 DirectStatement::int64(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

QVariant DirectStatement::value(int column) const
{
    switch (sqlite3_column_type(m_statement, column)) {
    case SQLITE_NULL:
        return QVariant();
    case SQLITE_INTEGER:
        return QVariant(int64(column));
    case SQLITE_FLOAT:
        return QVariant(sqlite3_column_double(m_statement, column));
    default:
        return QVariant(text(column));
    }
}

QString DirectStatement::text(int column) const
{
    const void *data = sqlite3_column_text16(m_statement, column);
    return data ? QString(static_cast<const QChar *>(data), sqlite3_column_bytes16(m_statement, column) / 2)
                : QString();
}

QByteArrayView DirectStatement::utf8(int column) const
{
    const unsigned char *data = sqlite3_column_text(m_statement, column);
    return data ? QByteArrayView(reinterpret_cast<const char *>(data), sqlite3_column_bytes(m_statement, column))
                : QByteArrayView();
}

QByteArrayView DirectStatement::blob(int column) const
{
    const void *data = sqlite3_column_blob(m_statement, column);
    return data ? QByteArrayView(static_cast<const char *>(data), sqlite3_column_bytes(m_statement, column))
                : QByteArrayView();
}
