#include "demoimporter.h"

#include "agentstore.h"
#include "dbtransaction.h"
#include "passwordhasher.h"
#include "sqlvalues.h"

#include "domain/jsoncodec.h"

#include <QDate>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace {

constexpr int BatchRows = 5000;

QJsonValue jsonOf(const QVariant &value)
{
    if (value.isNull())
        return QJsonValue(QJsonValue::Null);
    switch (value.metaType().id()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return value.toLongLong();
    case QMetaType::Double:
        return value.toDouble();
    default:
        return value.toString();
    }
}

} // namespace

/// One table to copy: the source query (columns named as in the target) and what needs converting.
struct DemoImporter::Table
{
    QString name;
    QString select;
    QStringList columns;
    QStringList timeColumns;   ///< UTC times: normalised to the server's text form on SQLite
    QStringList boolColumns;   ///< 0/1 in the console's database
    std::function<void(QJsonObject &row)> fix;
};

DemoImporter::DemoImporter(QSqlDatabase target, SqlDialect dialect)
    : m_target(target)
    , m_dialect(dialect)
{
}

bool DemoImporter::run(const QString &sqlitePath, const QByteArray &demoPassword, Counts *counts,
                       const Progress &progress, QString *error)
{
    if (!QFileInfo::exists(sqlitePath)) {
        *error = QStringLiteral("%1 does not exist; make one with: carddesk --seed-demo 20000 --data-dir DIR")
                     .arg(sqlitePath);
        return false;
    }
    {
        QSqlQuery existing(m_target);
        if (!SqlValues::exec(existing, QStringLiteral("SELECT count(*) FROM customers"), {}, error))
            return false;
        if (existing.next() && existing.value(0).toLongLong() > 0) {
            *error = QStringLiteral("the server database already holds customers; import into an empty one");
            return false;
        }
    }
    const QString sourceName = QStringLiteral("carddesk-import-source");
    bool ok = false;
    {
        QSqlDatabase source = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), sourceName);
        source.setDatabaseName(sqlitePath);
        source.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!source.open()) {
            *error = QStringLiteral("cannot open %1: %2").arg(sqlitePath, source.lastError().text());
        } else {
            const QList<Table> tables{
                {QStringLiteral("customers"),
                 QStringLiteral("SELECT c.id, c.customer_number, c.first_name, c.last_name, c.first_name_fold, "
                                "c.last_name_fold, c.birth_date, c.national_id, c.country, c.phone_e164, c.email, "
                                "c.street, c.postcode, c.city, c.language, c.loyalty_tier, c.consent_marketing, "
                                "c.consent_sms, coalesce(s.doc, '') AS search_doc, c.created_at, c.updated_at, "
                                "c.version FROM customers c LEFT JOIN customer_search s ON s.rowid = c.id "
                                // In the order the lookup reads them (customers_search_order): the rows of
                                // one surname land on neighbouring pages (CustomerStore::search).
                                "ORDER BY c.last_name_fold, c.first_name_fold, c.id"),
                 {QStringLiteral("id"), QStringLiteral("customer_number"), QStringLiteral("first_name"),
                  QStringLiteral("last_name"), QStringLiteral("first_name_fold"), QStringLiteral("last_name_fold"),
                  QStringLiteral("birth_date"), QStringLiteral("national_id"), QStringLiteral("country"),
                  QStringLiteral("phone_e164"), QStringLiteral("email"), QStringLiteral("street"),
                  QStringLiteral("postcode"), QStringLiteral("city"), QStringLiteral("language"),
                  QStringLiteral("loyalty_tier"), QStringLiteral("consent_marketing"), QStringLiteral("consent_sms"),
                  QStringLiteral("search_doc"), QStringLiteral("created_at"), QStringLiteral("updated_at"),
                  QStringLiteral("version")},
                 {QStringLiteral("created_at"), QStringLiteral("updated_at")},
                 {QStringLiteral("consent_marketing"), QStringLiteral("consent_sms")},
                 {}},
                {QStringLiteral("customer_benefits"),
                 QStringLiteral("SELECT id, customer_id, code, description, valid_until FROM customer_benefits "
                                "ORDER BY id"),
                 {QStringLiteral("id"), QStringLiteral("customer_id"), QStringLiteral("code"),
                  QStringLiteral("description"), QStringLiteral("valid_until")},
                 {},
                 {},
                 {}},
                {QStringLiteral("accounts"),
                 QStringLiteral("SELECT id, customer_id, account_number, product, currency, credit_limit_minor, "
                                "balance_minor, minimum_due_minor, due_date, status, opened_at FROM accounts "
                                "ORDER BY id"),
                 {QStringLiteral("id"), QStringLiteral("customer_id"), QStringLiteral("account_number"),
                  QStringLiteral("product"), QStringLiteral("currency"), QStringLiteral("credit_limit_minor"),
                  QStringLiteral("balance_minor"), QStringLiteral("minimum_due_minor"), QStringLiteral("due_date"),
                  QStringLiteral("status"), QStringLiteral("opened_at")},
                 {QStringLiteral("opened_at")},
                 {},
                 {}},
                {QStringLiteral("cards"),
                 QStringLiteral("SELECT id, account_id, customer_id, bin, last4, product, embossed_name, status, "
                                "status_reason, expiry, issued_at, replacement_of, replacement_reason, online_enabled, "
                                "abroad_enabled, contactless_enabled, atm_enabled, version FROM cards ORDER BY id"),
                 {QStringLiteral("id"), QStringLiteral("account_id"), QStringLiteral("customer_id"),
                  QStringLiteral("bin"), QStringLiteral("last4"), QStringLiteral("product"),
                  QStringLiteral("embossed_name"), QStringLiteral("status"), QStringLiteral("status_reason"),
                  QStringLiteral("expiry"), QStringLiteral("issued_at"), QStringLiteral("replacement_of"),
                  QStringLiteral("replacement_reason"), QStringLiteral("online_enabled"),
                  QStringLiteral("abroad_enabled"), QStringLiteral("contactless_enabled"),
                  QStringLiteral("atm_enabled"), QStringLiteral("version")},
                 {QStringLiteral("issued_at")},
                 {QStringLiteral("online_enabled"), QStringLiteral("abroad_enabled"),
                  QStringLiteral("contactless_enabled"), QStringLiteral("atm_enabled")},
                 [](QJsonObject &row) {
                     // The console keeps the expiry month ("2028-05"); the server its last day.
                     const QString month = row.value(QStringLiteral("expiry")).toString();
                     const QDate first = QDate::fromString(month.left(7) + QStringLiteral("-01"), Qt::ISODate);
                     if (first.isValid())
                         row.insert(QStringLiteral("expiry"), JsonCodec::date(first.addMonths(1).addDays(-1)));
                 }},
                {QStringLiteral("transactions"),
                 QStringLiteral("SELECT id, card_id, occurred_at, amount_minor, currency, merchant, mcc, country, "
                                "status, dispute_status, entry_mode FROM transactions ORDER BY id"),
                 {QStringLiteral("id"), QStringLiteral("card_id"), QStringLiteral("occurred_at"),
                  QStringLiteral("amount_minor"), QStringLiteral("currency"), QStringLiteral("merchant"),
                  QStringLiteral("mcc"), QStringLiteral("country"), QStringLiteral("status"),
                  QStringLiteral("dispute_status"), QStringLiteral("entry_mode")},
                 {QStringLiteral("occurred_at")},
                 {},
                 {}},
            };
            ok = true;
            if (m_dialect == SqlDialect::PostgreSql) {
                // A batch job: the server's 30-second statement limit would stop
                // the index build and ANALYZE below on a large import (1M customers).
                QSqlQuery noTimeout(m_target);
                ok = SqlValues::exec(noTimeout, QStringLiteral("SET statement_timeout = 0"), {}, error);
                // Building the trigram index once at the end is much faster than row by row.
                QSqlQuery drop(m_target);
                ok = ok && SqlValues::exec(drop, QStringLiteral("DROP INDEX IF EXISTS customers_search_trgm"), {}, error);
            }
            qint64 *targets[] = {&counts->customers, &counts->benefits, &counts->accounts, &counts->cards,
                                 &counts->transactions};
            for (qsizetype i = 0; ok && i < tables.size(); ++i)
                ok = copyTable(source, tables.at(i), targets[i], progress, error);
            if (ok)
                ok = importAgents(source, demoPassword, &counts->agents, error);
            if (ok && m_dialect == SqlDialect::PostgreSql) {
                if (progress)
                    progress(QStringLiteral("index"), 0);
                const QStringList finishing{
                    QStringLiteral("CREATE INDEX IF NOT EXISTS customers_search_trgm ON customers "
                                   "USING gin (search_doc gin_trgm_ops)"),
                    QStringLiteral("SELECT setval(pg_get_serial_sequence('customers', 'id'), "
                                   "(SELECT coalesce(max(id), 0) + 1 FROM customers), false)"),
                    QStringLiteral("SELECT setval(pg_get_serial_sequence('customer_benefits', 'id'), "
                                   "(SELECT coalesce(max(id), 0) + 1 FROM customer_benefits), false)"),
                    QStringLiteral("SELECT setval(pg_get_serial_sequence('accounts', 'id'), "
                                   "(SELECT coalesce(max(id), 0) + 1 FROM accounts), false)"),
                    QStringLiteral("SELECT setval(pg_get_serial_sequence('cards', 'id'), "
                                   "(SELECT coalesce(max(id), 0) + 1 FROM cards), false)"),
                    QStringLiteral("SELECT setval(pg_get_serial_sequence('transactions', 'id'), "
                                   "(SELECT coalesce(max(id), 0) + 1 FROM transactions), false)"),
                    QStringLiteral("ANALYZE"),
                };
                for (const QString &statement : finishing) {
                    QSqlQuery query(m_target);
                    if (!SqlValues::exec(query, statement, {}, error)) {
                        ok = false;
                        break;
                    }
                }
            }
        }
        source.close();
    }
    QSqlDatabase::removeDatabase(sourceName);
    return ok;
}

bool DemoImporter::copyTable(QSqlDatabase source, const Table &table, qint64 *count, const Progress &progress,
                             QString *error)
{
    QString insert = QStringLiteral("INSERT INTO ") + table.name + QStringLiteral(" (")
                     + table.columns.join(QStringLiteral(", ")) + QStringLiteral(") SELECT ");
    if (m_dialect == SqlDialect::PostgreSql) {
        insert += table.columns.join(QStringLiteral(", ")) + QStringLiteral(" FROM json_populate_recordset(NULL::")
                  + table.name + QStringLiteral(", CAST(? AS json))");
    } else {
        QStringList expressions;
        for (const QString &column : table.columns) {
            const QString value = QStringLiteral("json_extract(value, '$.") + column + QStringLiteral("')");
            expressions << (table.timeColumns.contains(column)
                                ? QStringLiteral("strftime('%Y-%m-%dT%H:%M:%fZ', ") + value + QLatin1Char(')')
                                : value);
        }
        insert += expressions.join(QStringLiteral(", ")) + QStringLiteral(" FROM json_each(?)");
    }

    QSqlQuery rows(source);
    rows.setForwardOnly(true);
    if (!rows.exec(table.select)) {
        *error = QStringLiteral("reading %1 from the console database: %2").arg(table.name, rows.lastError().text());
        return false;
    }
    QJsonArray batch;
    auto flush = [&]() {
        if (batch.isEmpty())
            return true;
        DbTransaction transaction(m_target, m_dialect);
        QSqlQuery query(m_target);
        if (!SqlValues::exec(query, insert,
                             {QString::fromUtf8(QJsonDocument(batch).toJson(QJsonDocument::Compact))}, error)
            || !transaction.commit()) {
            *error = QStringLiteral("writing %1: %2")
                         .arg(table.name, error->isEmpty() ? transaction.lastError() : *error);
            return false;
        }
        *count += batch.size();
        batch = QJsonArray();
        if (progress)
            progress(table.name, *count);
        return true;
    };
    const QSqlRecord record = rows.record();
    while (rows.next()) {
        QJsonObject row;
        for (int i = 0; i < table.columns.size(); ++i) {
            const QString &column = table.columns.at(i);
            const QVariant value = rows.value(i);
            row.insert(column, table.boolColumns.contains(column) && !value.isNull() ? QJsonValue(value.toInt() != 0)
                                                                                     : jsonOf(value));
        }
        if (table.fix)
            table.fix(row);
        batch.append(row);
        if (batch.size() >= BatchRows && !flush())
            return false;
    }
    Q_UNUSED(record);
    return flush();
}

bool DemoImporter::importAgents(QSqlDatabase source, const QByteArray &demoPassword, int *count, QString *error)
{
    QSqlQuery rows(source);
    if (!rows.exec(QStringLiteral("SELECT username, display_name, role, language FROM agents ORDER BY id"))) {
        *error = QStringLiteral("reading agents from the console database: %1").arg(rows.lastError().text());
        return false;
    }
    struct DemoAgent
    {
        QString username;
        QString displayName;
        Agent::Role role;
        QString language;
    };
    QList<DemoAgent> agents;
    while (rows.next()) {
        agents.append({rows.value(0).toString(), rows.value(1).toString(),
                       JsonCodec::roleFromName(rows.value(2).toString()).value_or(Agent::RoleAgent),
                       rows.value(3).toString()});
    }
    AgentStore store(m_target, m_dialect);
    DbTransaction transaction(m_target, m_dialect);
    for (const DemoAgent &agent : std::as_const(agents)) {
        const QByteArray hash = PasswordHasher::hash(demoPassword, error);
        if (hash.isEmpty() || !store.upsertAgent(agent.username, agent.displayName, agent.role, hash, agent.language,
                                                          nullptr, error))
            return false;
        ++*count;
    }
    if (!transaction.commit()) {
        *error = transaction.lastError();
        return false;
    }
    return true;
}
