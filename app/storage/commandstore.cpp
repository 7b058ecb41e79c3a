#include "commandstore.h"

#include "database.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

CommandStore::CommandStore(Database &database)
    : m_database(database)
{
}

std::optional<CommandResult> CommandStore::previousResult(const QUuid &id, QString *error)
{
    QSqlQuery &query = m_database.prepared(QStringLiteral("SELECT state, result FROM commands WHERE id = ?"));
    query.bindValue(0, id.toString(QUuid::WithoutBraces));
    if (!query.exec()) {
        *error = query.lastError().text();
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    CommandResult result;
    result.commandId = id;
    const QString state = query.value(0).toString();
    result.status = state == QLatin1String("rejected") ? CommandResult::Rejected
                                                      : CommandResult::AlreadyApplied;
    result.message = query.value(1).toString();
    query.finish();
    return result;
}

bool CommandStore::record(const Command &command, const CommandResult &result, QString *error)
{
    QSqlQuery &insert = m_database.prepared(QStringLiteral(
        "INSERT INTO commands (id, type, subject, payload, agent, issued_at, state, result, applied_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const bool applied = result.status == CommandResult::Applied;
    insert.bindValue(0, command.id.toString(QUuid::WithoutBraces));
    insert.bindValue(1, command.type);
    insert.bindValue(2, command.subject);
    insert.bindValue(3, QString::fromUtf8(QJsonDocument(command.payload).toJson(QJsonDocument::Compact)));
    insert.bindValue(4, command.agent);
    insert.bindValue(5, command.issuedAt.toUTC().toString(Qt::ISODateWithMs));
    insert.bindValue(6, applied ? QStringLiteral("applied") : QStringLiteral("rejected"));
    insert.bindValue(7, result.message.isEmpty() ? QVariant() : QVariant(result.message));
    insert.bindValue(8, applied ? QVariant(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)) : QVariant());
    if (!insert.exec()) {
        *error = insert.lastError().text();
        return false;
    }
    insert.finish();
    return true;
}
