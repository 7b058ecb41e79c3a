#include "demoimporter.h"

#include "agentdirectory.h"
#include "agentstore.h"
#include "dbtransaction.h"
#include "passwordhasher.h"
#include "sqlvalues.h"

#include "domain/jsoncodec.h"

#include <QCryptographicHash>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QRegularExpression>
#include <QSqlRecord>

#include <algorithm>
#include <iterator>
#include <optional>

namespace {

constexpr int BatchRows = 5000;
// Attachment bytes travel in transactions of about this many bytes; larger
// files than the console accepts (AttachmentStore) are not copied.
constexpr qint64 BatchBlobBytes = 16 * 1024 * 1024;
constexpr qint64 MaxAttachmentBytes = 100LL * 1024 * 1024;

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
                // The inbox, ids as in the console's file.
                {QStringLiteral("conversations"),
                 QStringLiteral("SELECT id, customer_id, contact, channel, queue, status, priority, assignee, "
                                "language, subject, topics, created_at, updated_at, first_response_due, "
                                "first_responded_at, resolution_due, resolved_at, sla_due, message_count, "
                                "last_message_preview, has_attachments, version FROM conversations ORDER BY id"),
                 {QStringLiteral("id"), QStringLiteral("customer_id"), QStringLiteral("contact"),
                  QStringLiteral("channel"), QStringLiteral("queue"), QStringLiteral("status"),
                  QStringLiteral("priority"), QStringLiteral("assignee"), QStringLiteral("language"),
                  QStringLiteral("subject"), QStringLiteral("topics"), QStringLiteral("created_at"),
                  QStringLiteral("updated_at"), QStringLiteral("first_response_due"),
                  QStringLiteral("first_responded_at"), QStringLiteral("resolution_due"),
                  QStringLiteral("resolved_at"), QStringLiteral("sla_due"), QStringLiteral("message_count"),
                  QStringLiteral("last_message_preview"), QStringLiteral("has_attachments"),
                  QStringLiteral("version")},
                 {QStringLiteral("created_at"), QStringLiteral("updated_at"), QStringLiteral("first_response_due"),
                  QStringLiteral("first_responded_at"), QStringLiteral("resolution_due"),
                  QStringLiteral("resolved_at"), QStringLiteral("sla_due")},
                 {QStringLiteral("has_attachments")},
                 {}},
                {QStringLiteral("conversation_topics"),
                 QStringLiteral("SELECT conversation_id, topic FROM conversation_topics ORDER BY conversation_id, "
                                "topic"),
                 {QStringLiteral("conversation_id"), QStringLiteral("topic")},
                 {},
                 {},
                 {}},
                {QStringLiteral("messages"),
                 QStringLiteral("SELECT id, conversation_id, seq, direction, author, at, body_text, body_html, "
                                "delivery, external_id, in_reply_to FROM messages ORDER BY id"),
                 {QStringLiteral("id"), QStringLiteral("conversation_id"), QStringLiteral("seq"),
                  QStringLiteral("direction"), QStringLiteral("author"), QStringLiteral("at"),
                  QStringLiteral("body_text"), QStringLiteral("body_html"), QStringLiteral("delivery"),
                  QStringLiteral("external_id"), QStringLiteral("in_reply_to")},
                 {QStringLiteral("at")},
                 {},
                 {}},
                {QStringLiteral("attachments"),
                 QStringLiteral("SELECT id, message_id, file_name, mime_type, size, lower(sha256) AS sha256, "
                                "content_id, inline FROM attachments ORDER BY id"),
                 {QStringLiteral("id"), QStringLiteral("message_id"), QStringLiteral("file_name"),
                  QStringLiteral("mime_type"), QStringLiteral("size"), QStringLiteral("sha256"),
                  QStringLiteral("content_id"), QStringLiteral("inline")},
                 {},
                 {QStringLiteral("inline")},
                 {}},
                // Fraud alerts (console migration 13), ids as in the console's file: each
                // alert's conversation came above, its evidence transactions too.
                {QStringLiteral("alerts"),
                 QStringLiteral("SELECT id, conversation_id, customer_id, card_id, rules, findings, status, raised_at, "
                                "decision_note, decided_by, decided_at, command_id FROM alerts ORDER BY id"),
                 {QStringLiteral("id"), QStringLiteral("conversation_id"), QStringLiteral("customer_id"),
                  QStringLiteral("card_id"), QStringLiteral("rules"), QStringLiteral("findings"),
                  QStringLiteral("status"), QStringLiteral("raised_at"), QStringLiteral("decision_note"),
                  QStringLiteral("decided_by"), QStringLiteral("decided_at"), QStringLiteral("command_id")},
                 {QStringLiteral("raised_at"), QStringLiteral("decided_at")},
                 {},
                 [](QJsonObject &row) {
                     // The console keeps the findings as JSON text; they travel as JSON
                     // (PostgreSQL jsonb, SQLite the same text).
                     const QJsonDocument findings =
                         QJsonDocument::fromJson(row.value(QStringLiteral("findings")).toString().toUtf8());
                     if (findings.isArray())
                         row.insert(QStringLiteral("findings"), findings.array());
                 }},
                {QStringLiteral("alert_transactions"),
                 QStringLiteral("SELECT transaction_id, alert_id FROM alert_transactions ORDER BY alert_id, "
                                "transaction_id"),
                 {QStringLiteral("transaction_id"), QStringLiteral("alert_id")},
                 {},
                 {},
                 {}},
            };
            ok = true;
            QStringList rebuildIndexes;   // PostgreSQL: CREATE INDEX statements for after the load
            if (m_dialect == SqlDialect::PostgreSql) {
                // A batch job: the server's 30-second statement limit would stop
                // the index build and ANALYZE below on a large import (1M customers).
                QSqlQuery noTimeout(m_target);
                ok = SqlValues::exec(noTimeout, QStringLiteral("SET statement_timeout = 0"), {}, error);
                // Building the trigram index once at the end is much faster than row by row.
                QSqlQuery drop(m_target);
                ok = ok
                     && SqlValues::exec(drop, QStringLiteral("DROP INDEX IF EXISTS customers_search_trgm"), {}, error);
                // So are the inbox's many list indexes (migration 5): they are
                // dropped for the load and built again at the end, as they were.
                ok = ok && dropInboxIndexes(&rebuildIndexes, error);
            }
            qint64 *targets[] = {&counts->customers,     &counts->benefits,           &counts->accounts,
                                 &counts->cards,         &counts->transactions,       &counts->conversations,
                                 &counts->conversationTopics, &counts->messages, &counts->attachments,
                                 &counts->alerts,        &counts->alertTransactions};
            static_assert(std::size(targets) == 11);
            for (qsizetype i = 0; ok && i < tables.size(); ++i) {
                // A console file from before its alerts (migration 13) has none to copy.
                const bool optional = tables.at(i).name.startsWith(QLatin1String("alert"));
                if (optional && !source.tables().contains(tables.at(i).name))
                    continue;
                ok = copyTable(source, tables.at(i), targets[i], progress, error);
            }
            if (ok)
                ok = importCardHistory(source, counts, progress, error);
            if (ok)
                ok = importWorkflows(source, counts, progress, error);
            if (ok)
                ok = importSatisfaction(source, counts, progress, error);
            if (ok) {
                ok = importAttachmentBytes(source, QFileInfo(sqlitePath).absoluteDir().filePath(
                                                       QStringLiteral("attachments")),
                                           &counts->attachmentBytes, progress, error);
            }
            if (ok)
                ok = importAgents(source, demoPassword, &counts->agents, error);
            if (ok && m_dialect == SqlDialect::PostgreSql) {
                if (progress)
                    progress(QStringLiteral("index"), 0);
                const QStringList finishing = QStringList{
                    QStringLiteral("SET maintenance_work_mem = '256MB'"),
                    QStringLiteral("CREATE INDEX IF NOT EXISTS customers_search_trgm ON customers "
                                   "USING gin (search_doc gin_trgm_ops)")} + rebuildIndexes + QStringList{
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
                    QStringLiteral("SELECT setval(pg_get_serial_sequence('conversations', 'id'), "
                                   "(SELECT coalesce(max(id), 0) + 1 FROM conversations), false)"),
                    QStringLiteral("SELECT setval(pg_get_serial_sequence('messages', 'id'), "
                                   "(SELECT coalesce(max(id), 0) + 1 FROM messages), false)"),
                    QStringLiteral("SELECT setval(pg_get_serial_sequence('attachments', 'id'), "
                                   "(SELECT coalesce(max(id), 0) + 1 FROM attachments), false)"),
                    QStringLiteral("SELECT setval(pg_get_serial_sequence('alerts', 'id'), "
                                   "(SELECT coalesce(max(id), 0) + 1 FROM alerts), false)"),
                    QStringLiteral("SELECT setval(pg_get_serial_sequence('card_workflows', 'id'), "
                                   "(SELECT coalesce(max(id), 0) + 1 FROM card_workflows), false)"),
                    QStringLiteral("SELECT setval(pg_get_serial_sequence('disputes', 'id'), "
                                   "(SELECT coalesce(max(id), 0) + 1 FROM disputes), false)"),

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

bool DemoImporter::dropInboxIndexes(QStringList *rebuild, QString *error)
{
    // Every index of the inbox tables but those behind a primary key or a
    // unique constraint (they check the rows as they come), as pg_indexes
    // defines it, so that the same indexes come back.
    QSqlQuery indexes(m_target);
    if (!SqlValues::exec(indexes,
                         QStringLiteral("SELECT indexname, indexdef FROM pg_indexes "
                                        "WHERE schemaname = current_schema() AND tablename IN ('conversations', "
                                        "'conversation_topics', 'messages', 'attachments') "
                                        "AND indexname NOT IN (SELECT conname FROM pg_constraint) ORDER BY indexname"),
                         {}, error))
        return false;
    QStringList names;
    while (indexes.next()) {
        names << indexes.value(0).toString();
        *rebuild << indexes.value(1).toString();
    }
    for (const QString &name : std::as_const(names)) {
        QSqlQuery drop(m_target);
        if (!SqlValues::exec(drop, QStringLiteral("DROP INDEX ") + name, {}, error))
            return false;
    }
    return true;
}

bool DemoImporter::importAttachmentBytes(QSqlDatabase source, const QString &root, qint64 *count,
                                         const Progress &progress, QString *error)
{
    // The console keeps attachment bytes beside its database, content-addressed
    // (AttachmentStore: <folder>/attachments/ab/cdef..., the SHA-256 in hex).
    // Each file named by an attachment row is copied once, when it is there and
    // its bytes still hash to its name; a missing folder leaves metadata only.
    if (!QFileInfo(root).isDir())
        return true;
    QSqlQuery keys(source);
    keys.setForwardOnly(true);
    if (!keys.exec(QStringLiteral("SELECT DISTINCT lower(sha256) FROM attachments ORDER BY 1"))) {
        *error = QStringLiteral("reading attachments from the console database: %1").arg(keys.lastError().text());
        return false;
    }
    static const QRegularExpression hexKey(QStringLiteral("^[0-9a-f]{64}$"));
    const QString insert = QStringLiteral("INSERT INTO attachment_blobs (sha256, size, bytes) VALUES (?, ?, ?) "
                                          "ON CONFLICT DO NOTHING");
    std::optional<DbTransaction> transaction;
    qint64 batchBytes = 0;
    auto commit = [&]() {
        if (!transaction)
            return true;
        if (!transaction->commit()) {
            *error = QStringLiteral("writing attachment bytes: %1").arg(transaction->lastError());
            return false;
        }
        transaction.reset();
        batchBytes = 0;
        if (progress)
            progress(QStringLiteral("attachment_blobs"), *count);
        return true;
    };
    while (keys.next()) {
        const QString key = keys.value(0).toString();
        if (!hexKey.match(key).hasMatch())
            continue;
        QFile file(root + QLatin1Char('/') + key.left(2) + QLatin1Char('/') + key.mid(2));
        if (!file.open(QIODevice::ReadOnly) || file.size() > MaxAttachmentBytes)
            continue;
        const QByteArray bytes = file.readAll();
        if (QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex() != key.toLatin1())
            continue;   // changed on disk: not the bytes the rows name
        if (!transaction) {
            transaction.emplace(m_target, m_dialect);
            if (!transaction->isActive()) {
                *error = QStringLiteral("writing attachment bytes: %1").arg(transaction->lastError());
                return false;
            }
        }
        QSqlQuery query(m_target);
        if (!SqlValues::exec(query, insert, {key, qint64(bytes.size()), bytes}, error)) {
            *error = QStringLiteral("writing attachment bytes: %1").arg(*error);
            return false;
        }
        ++*count;
        batchBytes += bytes.size();
        if (batchBytes >= BatchBlobBytes && !commit())
            return false;
    }
    return commit();
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
        QStringList queues;
    };
    QList<DemoAgent> agents;
    while (rows.next()) {
        agents.append({rows.value(0).toString(), rows.value(1).toString(),
                       JsonCodec::roleFromName(rows.value(2).toString()).value_or(Agent::RoleAgent),
                       rows.value(3).toString(), {}});
    }
    rows.finish();
    // The console keeps no queues per agent: an agent works the queues of the
    // conversations assigned to them, one with none every queue of the inbox.
    QSqlQuery queues(source);
    if (!queues.exec(QStringLiteral("SELECT DISTINCT coalesce(assignee, ''), queue FROM conversations "
                                    "ORDER BY 1, 2"))) {
        *error = QStringLiteral("reading queues from the console database: %1").arg(queues.lastError().text());
        return false;
    }
    QHash<QString, QStringList> queuesOf;
    QStringList everyQueue;
    while (queues.next()) {
        const QString queue = queues.value(1).toString();
        if (!AgentDirectory::isQueueName(queue))
            continue;
        queuesOf[queues.value(0).toString()] << queue;
        if (!everyQueue.contains(queue))
            everyQueue << queue;
    }
    queues.finish();
    std::sort(everyQueue.begin(), everyQueue.end());
    for (DemoAgent &agent : agents)
        agent.queues = queuesOf.value(agent.username, everyQueue);
    AgentStore store(m_target, m_dialect);
    AgentDirectory directory(m_target, m_dialect);
    DbTransaction transaction(m_target, m_dialect);
    for (const DemoAgent &agent : std::as_const(agents)) {
        const QByteArray hash = PasswordHasher::hash(demoPassword, error);
        if (hash.isEmpty() || !store.upsertAgent(agent.username, agent.displayName, agent.role, hash, agent.language,
                                                          nullptr, error))
            return false;
        if (!directory.setQueues(agent.username, agent.queues, error)) {
            if (error->isEmpty())
                *error = QStringLiteral("agent %1 was not saved").arg(agent.username);
            return false;
        }
        ++*count;
    }
    if (!transaction.commit()) {
        *error = transaction.lastError();
        return false;
    }
    return true;
}

bool DemoImporter::importCardHistory(QSqlDatabase source, Counts *counts, const Progress &progress, QString *error)
{
    // The card panel's history and the supervisors' card outcomes (locks,
    // replacements) read these; a file from before them has none. The
    // server numbers them (GENERATED ALWAYS on PostgreSQL), in the same order.
    const QStringList present = source.tables();
    if (present.contains(QStringLiteral("card_events"))) {
        const Table events{
            QStringLiteral("card_events"),
            QStringLiteral("SELECT card_id, at, from_state, to_state, reason_code, reason_text, channel, agent, "
                           "command_id FROM card_events ORDER BY id"),
            {QStringLiteral("card_id"), QStringLiteral("at"), QStringLiteral("from_state"),
             QStringLiteral("to_state"), QStringLiteral("reason_code"), QStringLiteral("reason_text"),
             QStringLiteral("channel"), QStringLiteral("agent"), QStringLiteral("command_id")},
            {QStringLiteral("at")},
            {},
            {}};
        if (!copyTable(source, events, &counts->cardEvents, progress, error))
            return false;
    }
    if (present.contains(QStringLiteral("card_orders"))) {
        const Table orders{
            QStringLiteral("card_orders"),
            QStringLiteral("SELECT card_id, kind, delivery, pickup_point, address, pin_carries_over, "
                           "requested_at, agent, command_id FROM card_orders ORDER BY id"),
            {QStringLiteral("card_id"), QStringLiteral("kind"), QStringLiteral("delivery"),
             QStringLiteral("pickup_point"), QStringLiteral("address"), QStringLiteral("pin_carries_over"),
             QStringLiteral("requested_at"), QStringLiteral("agent"), QStringLiteral("command_id")},
            {QStringLiteral("requested_at")},
            {QStringLiteral("pin_carries_over")},
            {}};
        if (!copyTable(source, orders, &counts->cardOrders, progress, error))
            return false;
    }
    return true;
}

bool DemoImporter::importWorkflows(QSqlDatabase source, Counts *counts, const Progress &progress, QString *error)
{
    // Console migration 12: a file from before it has neither table.
    const QStringList present = source.tables();
    if (!present.contains(QStringLiteral("card_workflows")) || !present.contains(QStringLiteral("disputes")))
        return true;
    // The console keeps the answers and the evidence as JSON text; they travel
    // as JSON objects (PostgreSQL jsonb, SQLite the same text).
    const auto asObject = [](const QString &column) {
        return [column](QJsonObject &row) {
            const QJsonDocument document = QJsonDocument::fromJson(row.value(column).toString().toUtf8());
            row.insert(column, document.isObject() ? document.object() : QJsonObject());
        };
    };
    const Table workflows{
        QStringLiteral("card_workflows"),
        QStringLiteral("SELECT id, customer_id, card_id, situation, conversation_id, state, step, data, version, "
                       "started_at, started_by, updated_at, updated_by, completed_at FROM card_workflows ORDER BY id"),
        {QStringLiteral("id"), QStringLiteral("customer_id"), QStringLiteral("card_id"), QStringLiteral("situation"),
         QStringLiteral("conversation_id"), QStringLiteral("state"), QStringLiteral("step"), QStringLiteral("data"),
         QStringLiteral("version"), QStringLiteral("started_at"), QStringLiteral("started_by"),
         QStringLiteral("updated_at"), QStringLiteral("updated_by"), QStringLiteral("completed_at")},
        {QStringLiteral("started_at"), QStringLiteral("updated_at"), QStringLiteral("completed_at")},
        {},
        asObject(QStringLiteral("data"))};
    const Table disputes{
        QStringLiteral("disputes"),
        QStringLiteral("SELECT id, transaction_id, card_id, reason, evidence, police_reference, status, workflow_id, "
                       "opened_at, agent FROM disputes ORDER BY id"),
        {QStringLiteral("id"), QStringLiteral("transaction_id"), QStringLiteral("card_id"), QStringLiteral("reason"),
         QStringLiteral("evidence"), QStringLiteral("police_reference"), QStringLiteral("status"),
         QStringLiteral("workflow_id"), QStringLiteral("opened_at"), QStringLiteral("agent")},
        {QStringLiteral("opened_at")},
        {},
        asObject(QStringLiteral("evidence"))};
    return copyTable(source, workflows, &counts->workflows, progress, error)
           && copyTable(source, disputes, &counts->disputes, progress, error);
}

bool DemoImporter::importSatisfaction(QSqlDatabase source, Counts *counts, const Progress &progress, QString *error)
{
    // Console migration 18: a file from before it has neither table.
    const QStringList present = source.tables();
    if (!present.contains(QStringLiteral("csat_requests")) || !present.contains(QStringLiteral("csat_answers")))
        return true;
    // The server keeps one survey per conversation (its first), of a customer's
    // conversation on a customer's channel, naming an agent (the conversation's
    // assignee when the console's names none); answered when it has an answer.
    const Table requests{
        QStringLiteral("satisfaction_requests"),
        QStringLiteral("SELECT r.conversation_id, c.customer_id, coalesce(r.agent, c.assignee) AS agent, r.channel, "
                       "r.sent_at, (SELECT min(a.answered_at) FROM csat_answers a "
                       "WHERE a.conversation_id = r.conversation_id) AS answered_at "
                       "FROM csat_requests r JOIN conversations c ON c.id = r.conversation_id "
                       "WHERE c.customer_id IS NOT NULL AND r.channel <> 'alert' "
                       "AND coalesce(r.agent, c.assignee) IS NOT NULL "
                       "AND NOT EXISTS (SELECT 1 FROM csat_requests f WHERE f.conversation_id = r.conversation_id "
                       "AND f.id < r.id) ORDER BY r.id"),
        {QStringLiteral("conversation_id"), QStringLiteral("customer_id"), QStringLiteral("agent"),
         QStringLiteral("channel"), QStringLiteral("sent_at"), QStringLiteral("answered_at")},
        {QStringLiteral("sent_at"), QStringLiteral("answered_at")},
        {},
        {}};
    const Table answers{
        QStringLiteral("satisfaction_responses"),
        QStringLiteral("SELECT conversation_id, score, answered_at, agent, channel FROM csat_answers ORDER BY id"),
        {QStringLiteral("conversation_id"), QStringLiteral("score"), QStringLiteral("answered_at"),
         QStringLiteral("agent"), QStringLiteral("channel")},
        {QStringLiteral("answered_at")},
        {},
        {}};
    return copyTable(source, requests, &counts->surveys, progress, error)
           && copyTable(source, answers, &counts->surveyAnswers, progress, error);
}
