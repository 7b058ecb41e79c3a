#include "commandexecutor.h"

#include "changefeed.h"
#include "dbtransaction.h"
#include "idempotencystore.h"
#include "requestlog.h"
#include "serverauditlog.h"
#include "sqlvalues.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <limits>

CommandExecutor::CommandExecutor(RequestContext &context)
    : m_context(context)
{
}

std::optional<int> CommandExecutor::ifMatchVersion(const ServerRequest &request, bool *malformed)
{
    *malformed = false;
    const QByteArray value = request.header(QByteArrayLiteral("if-match")).trimmed();
    if (value.isEmpty())
        return std::nullopt;
    static const QRegularExpression pattern(QStringLiteral("^(?:W/)?\"([1-9][0-9]{0,9})\"$"));
    const QRegularExpressionMatch m = pattern.match(QString::fromLatin1(value));
    bool ok = false;
    const qint64 version = m.hasMatch() ? m.captured(1).toLongLong(&ok) : 0;
    if (!ok || version > std::numeric_limits<int>::max()) {
        *malformed = true;
        return std::nullopt;
    }
    return int(version);
}

ServerResponse CommandExecutor::failure(const QString &what, const QString &error)
{
    RequestLog::event(QStringLiteral("command_failed"),
                      {{QStringLiteral("requestId"), m_context.request.requestId},
                       {QStringLiteral("route"), m_context.request.routeTemplate},
                       {QStringLiteral("what"), what},
                       {QStringLiteral("error"), error}},
                      QStringLiteral("error"));
    return ServerResponse::problem(500, QStringLiteral("internal_error"),
                                QStringLiteral("The server could not complete the command (reference %1). Nothing was "
                                               "changed; send it again with the same Idempotency-Key.")
                                    .arg(m_context.request.requestId));
}

ServerResponse CommandExecutor::execute(const QString &type, const QString &subject, const Handler &handler)
{
    const ServerRequest &request = m_context.request;
    const QByteArray keyText = request.header(QByteArrayLiteral("idempotency-key")).trimmed();
    const QUuid key = QUuid::fromString(QString::fromLatin1(keyText));
    static const QRegularExpression uuidPattern(
        QStringLiteral("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
    if (key.isNull() || !uuidPattern.match(QString::fromLatin1(keyText)).hasMatch()) {
        return ServerResponse::problem(
            400, QStringLiteral("idempotency_key_missing"),
            keyText.isEmpty() ? QStringLiteral("Every command needs the header Idempotency-Key: <the command's UUID>.")
                              : QStringLiteral("Idempotency-Key must be a UUID such as "
                                               "0b7e3a52-5a0c-4c37-9d53-1f1ad4a7d1c2."));
    }
    const QByteArray fingerprint = IdempotencyStore::fingerprint(request.method, request.path, request.body);
    QSqlDatabase db = m_context.db;
    const SqlDialect dialect = m_context.dialect;
    const AgentRecord &agent = m_context.agent;

    DbTransaction transaction(db, dialect);
    if (!transaction.isActive())
        return failure(QStringLiteral("begin"), transaction.lastError());
    IdempotencyStore keys(db, dialect);
    QString error;
    if (!keys.lockKey(key, &error))
        return failure(QStringLiteral("key lock"), error);
    if (const std::optional<IdempotencyStore::Stored> stored = keys.find(key, &error)) {
        if (stored->agentId != agent.id || stored->fingerprint != fingerprint) {
            return ServerResponse::problem(422, QStringLiteral("idempotency_key_reused"),
                                        QStringLiteral("The Idempotency-Key %1 was used before with a different "
                                                       "request. Make a new key for a new command.")
                                            .arg(key.toString(QUuid::WithoutBraces)));
        }
        ServerResponse replay = stored->response;
        replay.setHeader(QByteArrayLiteral("Idempotent-Replayed"), QByteArrayLiteral("true"));
        if (replay.contentType == "application/problem+json")
            replay.errorCode = QJsonDocument::fromJson(replay.body).object().value(QStringLiteral("code")).toString();
        return replay;
    }
    if (!error.isEmpty())
        return failure(QStringLiteral("key lookup"), error);

    // The handler's work can be undone alone, keeping the answer to a refusal.
    QSqlQuery savepoint(db);
    if (!savepoint.exec(QStringLiteral("SAVEPOINT command_effect")))
        return failure(QStringLiteral("savepoint"), savepoint.lastError().text());

    Command command;
    command.id = key;
    command.type = type;
    command.subject = subject;
    command.payload = QJsonDocument::fromJson(request.body).object();
    command.agent = agent.agent.username;
    command.issuedAt = SqlValues::now();

    Effect effect = handler(command);
    ServerResponse &response = effect.response;
    if (response.status >= 500)
        return response;   // the transaction rolls back; nothing is kept

    qint64 lastSeq = 0;
    if (effect.applied) {
        lastSeq = ChangeFeed(db, dialect).appendAll(effect.changes, command.issuedAt, &error);
        if (lastSeq < 0)
            return failure(QStringLiteral("change feed"), error);
        AuditEntry entry;
        entry.commandId = key;
        entry.at = command.issuedAt;
        entry.agent = command.agent;
        entry.action = type;
        entry.subject = subject;
        entry.details = effect.auditDetails;
        ServerAuditLog audit(db, dialect);
        if (!audit.append(entry, effect.customerId, effect.cardId, &error))
            return failure(QStringLiteral("audit"), error);
    } else {
        QSqlQuery undo(db);
        if (!undo.exec(QStringLiteral("ROLLBACK TO SAVEPOINT command_effect")))
            return failure(QStringLiteral("rollback to savepoint"), undo.lastError().text());
    }
    if (!keys.insert(key, agent.id, fingerprint, response, command.issuedAt, &error))
        return failure(QStringLiteral("idempotency key"), error);
    if (!transaction.commit())
        return failure(QStringLiteral("commit"), transaction.lastError());
    if (lastSeq > 0 && m_context.changesCommitted)
        m_context.changesCommitted(lastSeq);
    return response;
}
