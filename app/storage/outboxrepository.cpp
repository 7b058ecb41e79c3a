#include "outboxrepository.h"

#include "database.h"
#include "sqlexec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

using SqlExec::optionalText;

const QString Columns = QStringLiteral(
    "seq, command_id, type, subject, payload, method, path, body, if_match, agent, created_at, state,"
    " attempts, next_attempt_at, last_status, last_error_code, last_error_detail, response, finished_at");

QString uuidText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

QString timeText(const QDateTime &at)
{
    return at.isValid() ? at.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QString jsonText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject jsonObject(const QVariant &value)
{
    return QJsonDocument::fromJson(value.toString().toUtf8()).object();
}

QDateTime timeOf(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

OutboxEntry::State stateFromName(const QString &name)
{
    if (name == QLatin1String("sending"))
        return OutboxEntry::State::Sending;
    if (name == QLatin1String("rejected"))
        return OutboxEntry::State::Rejected;
    if (name == QLatin1String("applied"))
        return OutboxEntry::State::Applied;
    return OutboxEntry::State::Pending;
}

OutboxEntry entryFromRow(const QSqlQuery &q)
{
    OutboxEntry e;
    e.seq = q.value(0).toLongLong();
    e.commandId = QUuid::fromString(q.value(1).toString());
    e.type = q.value(2).toString();
    e.subject = q.value(3).toString();
    e.payload = jsonObject(q.value(4));
    e.request.method = q.value(5).toString();
    e.request.path = q.value(6).toString();
    e.request.body = jsonObject(q.value(7));
    if (!q.value(8).isNull())
        e.request.ifMatch = q.value(8).toInt();
    e.agent = q.value(9).toString();
    e.createdAt = timeOf(q.value(10));
    e.state = stateFromName(q.value(11).toString());
    e.attempts = q.value(12).toInt();
    e.nextAttemptAt = timeOf(q.value(13));
    e.lastStatus = q.value(14).toInt();
    e.lastErrorCode = q.value(15).toString();
    e.lastErrorDetail = q.value(16).toString();
    if (!q.value(17).isNull())
        e.response = jsonObject(q.value(17));
    e.finishedAt = timeOf(q.value(18));
    return e;
}

} // namespace

OutboxRepository::OutboxRepository(Database &database)
    : m_database(database)
{
}

QString OutboxRepository::stateName(OutboxEntry::State state)
{
    switch (state) {
    case OutboxEntry::State::Pending:
        return QStringLiteral("pending");
    case OutboxEntry::State::Sending:
        return QStringLiteral("sending");
    case OutboxEntry::State::Rejected:
        return QStringLiteral("rejected");
    case OutboxEntry::State::Applied:
        return QStringLiteral("applied");
    }
    return QStringLiteral("pending");
}

bool OutboxRepository::enqueue(const Command &command, const OutboxRequest &request, QString *error)
{
    if (command.id.isNull() || command.type.isEmpty() || request.path.isEmpty()) {
        if (error)
            *error = QStringLiteral("outbox: a command needs an id, a type and a path");
        return false;
    }
    QSqlQuery &insert = m_database.prepared(QStringLiteral(
        "INSERT INTO outbox (command_id, type, subject, payload, method, path, body, if_match, agent, created_at,"
        " state) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'pending')"));
    insert.bindValue(0, uuidText(command.id));
    insert.bindValue(1, command.type);
    insert.bindValue(2, command.subject);
    insert.bindValue(3, jsonText(command.payload));
    insert.bindValue(4, request.method);
    insert.bindValue(5, request.path);
    insert.bindValue(6, jsonText(request.body));
    insert.bindValue(7, request.ifMatch ? QVariant(*request.ifMatch) : QVariant(QMetaType::fromType<int>()));
    insert.bindValue(8, command.agent);
    insert.bindValue(9, timeText(command.issuedAt.isValid() ? command.issuedAt : QDateTime::currentDateTimeUtc()));
    const bool ok = SqlExec::exec(insert, error);
    insert.finish();
    return ok;
}

std::optional<OutboxEntry> OutboxRepository::first(const QString &sql, const QVariant &bound, QString *error)
{
    QSqlQuery &query = m_database.prepared(sql);
    if (bound.isValid())
        query.bindValue(0, bound);
    if (!SqlExec::exec(query, error))
        return std::nullopt;
    std::optional<OutboxEntry> found;
    if (query.next())
        found = entryFromRow(query);
    query.finish();
    return found;
}

bool OutboxRepository::update(const QString &sql, const QVariantList &values, QString *error)
{
    QSqlQuery &query = m_database.prepared(sql);
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    if (!SqlExec::exec(query, error))
        return false;
    const int changed = query.numRowsAffected();
    query.finish();
    if (changed != 1) {
        if (error)
            *error = QStringLiteral("outbox: no such command");
        return false;
    }
    return true;
}

namespace {

} // namespace

bool OutboxRepository::namesProvisionalId(const QString &path)
{
    const QStringList segments = path.split(QLatin1Char('/'));
    for (const QString &segment : segments) {
        bool ok = false;
        if (segment.startsWith(QLatin1Char('-')) && segment.toLongLong(&ok) < 0 && ok)
            return true;
    }
    return false;
}

int OutboxRepository::adoptId(const QString &kind, qint64 provisional, qint64 serverId,
                              std::optional<int> localVersion, std::optional<int> serverVersion, QString *error)
{
    Q_ASSERT(provisional < 0 && serverId > 0);
    const QString from = QString::number(provisional);
    const QString to = QString::number(serverId);
    QSqlQuery &q = m_database.prepared(QStringLiteral("SELECT ") + Columns
                                       + QStringLiteral(" FROM outbox WHERE state = 'pending' ORDER BY seq"));
    if (!SqlExec::exec(q, error))
        return -1;
    QList<OutboxEntry> rows;
    while (q.next())
        rows.append(entryFromRow(q));
    q.finish();

    QList<OutboxEntry> changed;
    int about = 0;   // rows that change it (each by one version)
    for (OutboxEntry row : std::as_const(rows)) {
        bool touched = false;
        if (Command::renameIdInSubject(&row.subject, kind, provisional, serverId)) {
            touched = true;
            ++about;
        }
        QStringList segments = row.request.path.split(QLatin1Char('/'));
        for (QString &segment : segments) {
            if (segment == from) {
                segment = to;
                touched = true;
            }
        }
        row.request.path = segments.join(QLatin1Char('/'));
        touched |= Command::renameIdIn(&row.payload, kind, provisional, serverId);
        touched |= Command::renameIdIn(&row.request.body, kind, provisional, serverId);
        if (touched)
            changed.append(row);
    }
    for (OutboxEntry &row : changed) {
        const bool isAbout = row.subject == kind + QLatin1Char(':') + to;
        if (isAbout && serverVersion && localVersion && row.request.ifMatch) {
            const int whenCreated = *localVersion - about;   // the console's version when the server made it
            row.request.ifMatch = *serverVersion + (*row.request.ifMatch - whenCreated);
            // A card command says its version in the body too, and the server checks they agree.
            for (QJsonObject *object : {&row.request.body, &row.payload}) {
                if (object->contains(QStringLiteral("expectedVersion")))
                    object->insert(QStringLiteral("expectedVersion"), *row.request.ifMatch);
            }
        }
        QSqlQuery &u = m_database.prepared(QStringLiteral(
            "UPDATE outbox SET subject = ?, payload = ?, path = ?, body = ?, if_match = ? WHERE seq = ?"));
        u.bindValue(0, row.subject);
        u.bindValue(1, jsonText(row.payload));
        u.bindValue(2, row.request.path);
        u.bindValue(3, jsonText(row.request.body));
        u.bindValue(4, row.request.ifMatch ? QVariant(*row.request.ifMatch) : QVariant(QMetaType::fromType<int>()));
        u.bindValue(5, row.seq);
        if (!SqlExec::exec(u, error))
            return -1;
        u.finish();
    }
    return int(changed.size());
}

std::optional<OutboxEntry> OutboxRepository::nextPending(QString *error)
{
    return first(QStringLiteral("SELECT ") + Columns
                     + QStringLiteral(" FROM outbox WHERE state IN ('pending', 'sending') ORDER BY seq LIMIT 1"),
                 QVariant(), error);
}

std::optional<OutboxEntry> OutboxRepository::claimNext(QString *error)
{
    std::optional<OutboxEntry> next = nextPending(error);
    if (!next || next->state == OutboxEntry::State::Sending)
        return next;
    if (!markSending(next->commandId, error))
        return std::nullopt;
    next->state = OutboxEntry::State::Sending;
    return next;
}

std::optional<OutboxEntry> OutboxRepository::entry(const QUuid &commandId, QString *error)
{
    return first(QStringLiteral("SELECT ") + Columns + QStringLiteral(" FROM outbox WHERE command_id = ?"),
                 uuidText(commandId), error);
}

bool OutboxRepository::markSending(const QUuid &commandId, QString *error)
{
    return update(QStringLiteral("UPDATE outbox SET state = 'sending' WHERE command_id = ? AND state IN "
                                 "('pending', 'sending')"),
                  {uuidText(commandId)}, error);
}

bool OutboxRepository::markRetry(const QUuid &commandId, int httpStatus, const QString &errorCode,
                                 const QString &errorDetail, const QDateTime &nextAttemptAt, QString *error)
{
    return update(QStringLiteral("UPDATE outbox SET state = 'pending', attempts = attempts + 1, next_attempt_at = ?,"
                                 " last_status = ?, last_error_code = ?, last_error_detail = ?"
                                 " WHERE command_id = ? AND state IN ('pending', 'sending')"),
                  {optionalText(timeText(nextAttemptAt)),
                   httpStatus > 0 ? QVariant(httpStatus) : QVariant(QMetaType::fromType<int>()),
                   optionalText(errorCode), optionalText(errorDetail.left(2000)), uuidText(commandId)},
                  error);
}

bool OutboxRepository::markPending(const QUuid &commandId, QString *error)
{
    return update(QStringLiteral("UPDATE outbox SET state = 'pending' WHERE command_id = ? AND state IN "
                                 "('pending', 'sending')"),
                  {uuidText(commandId)}, error);
}

bool OutboxRepository::markApplied(const QUuid &commandId, int httpStatus, const QJsonObject &response,
                                   QString *error)
{
    return update(QStringLiteral("UPDATE outbox SET state = 'applied', attempts = attempts + 1, last_status = ?,"
                                 " last_error_code = NULL, last_error_detail = NULL, next_attempt_at = NULL,"
                                 " response = ?, finished_at = ? WHERE command_id = ? AND state IN"
                                 " ('pending', 'sending')"),
                  {httpStatus, response.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(jsonText(response)),
                   timeText(QDateTime::currentDateTimeUtc()), uuidText(commandId)},
                  error);
}

bool OutboxRepository::markRejected(const QUuid &commandId, int httpStatus, const QString &code,
                                    const QString &detail, const QJsonObject &problem, QString *error)
{
    return update(QStringLiteral("UPDATE outbox SET state = 'rejected', attempts = attempts + 1, last_status = ?,"
                                 " last_error_code = ?, last_error_detail = ?, next_attempt_at = NULL,"
                                 " response = ?, finished_at = ? WHERE command_id = ? AND state IN"
                                 " ('pending', 'sending')"),
                  {httpStatus, optionalText(code), optionalText(detail.left(2000)),
                   problem.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(jsonText(problem)),
                   timeText(QDateTime::currentDateTimeUtc()), uuidText(commandId)},
                  error);
}

int OutboxRepository::pendingCount(QString *error)
{
    QSqlQuery &query = m_database.prepared(
        QStringLiteral("SELECT count(*) FROM outbox WHERE state IN ('pending', 'sending')"));
    if (!SqlExec::exec(query, error))
        return -1;
    const int count = query.next() ? query.value(0).toInt() : 0;
    query.finish();
    return count;
}

QList<OutboxEntry> OutboxRepository::rejected(QString *error)
{
    QList<OutboxEntry> rows;
    QSqlQuery &query = m_database.prepared(QStringLiteral("SELECT ") + Columns
                                           + QStringLiteral(" FROM outbox WHERE state = 'rejected' ORDER BY seq"));
    if (!SqlExec::exec(query, error))
        return rows;
    while (query.next())
        rows << entryFromRow(query);
    query.finish();
    return rows;
}

bool OutboxRepository::dismissRejected(const QUuid &commandId, QString *error)
{
    return update(QStringLiteral("DELETE FROM outbox WHERE command_id = ? AND state = 'rejected'"),
                  {uuidText(commandId)}, error);
}

int OutboxRepository::requeueInterrupted(QString *error)
{
    QSqlQuery &query = m_database.prepared(QStringLiteral("UPDATE outbox SET state = 'pending' WHERE state = 'sending'"));
    if (!SqlExec::exec(query, error))
        return -1;
    const int count = query.numRowsAffected();
    query.finish();
    return count;
}

int OutboxRepository::purgeApplied(const QDateTime &before, QString *error)
{
    QSqlQuery &query = m_database.prepared(
        QStringLiteral("DELETE FROM outbox WHERE state = 'applied' AND finished_at < ?"));
    query.bindValue(0, timeText(before));
    if (!SqlExec::exec(query, error))
        return -1;
    const int count = query.numRowsAffected();
    query.finish();
    return count;
}
