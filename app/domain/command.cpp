#include "command.h"

Command Command::make(const QString &type, const QString &subject,
                      const QJsonObject &payload, const QString &agent)
{
    Command command;
    command.id = QUuid::createUuid();
    command.type = type;
    command.subject = subject;
    command.payload = payload;
    command.agent = agent;
    command.issuedAt = QDateTime::currentDateTimeUtc();
    return command;
}
