#include "command.h"

#include <QJsonArray>
#include <QStringList>

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

bool Command::renameIdIn(QJsonObject *object, const QString &kind, qint64 from, qint64 to)
{
    bool changed = false;
    for (const QString &key : {kind + QStringLiteral("Id"), kind + QStringLiteral("Ids")}) {
        const QJsonValue value = object->value(key);
        if (value.isDouble() && qint64(value.toDouble()) == from) {
            object->insert(key, double(to));
            changed = true;
        } else if (value.isArray()) {
            QJsonArray ids = value.toArray();
            bool here = false;
            for (qsizetype i = 0; i < ids.size(); ++i) {
                if (ids.at(i).isDouble() && qint64(ids.at(i).toDouble()) == from) {
                    ids.replace(i, double(to));
                    here = true;
                }
            }
            if (here) {
                object->insert(key, ids);
                changed = true;
            }
        }
    }
    return changed;
}

bool Command::renameIdInSubject(QString *subject, const QString &kind, qint64 from, qint64 to)
{
    const QString prefix = kind + QLatin1Char(':');
    if (!subject->startsWith(prefix))
        return false;
    QStringList ids = subject->mid(prefix.size()).split(QLatin1Char(','));
    bool changed = false;
    for (QString &id : ids) {
        if (id == QString::number(from)) {
            id = QString::number(to);
            changed = true;
        }
    }
    if (changed)
        *subject = prefix + ids.join(QLatin1Char(','));
    return changed;
}

bool Command::renameId(const QString &kind, qint64 from, qint64 to)
{
    const bool inSubject = renameIdInSubject(&subject, kind, from, to);
    return renameIdIn(&payload, kind, from, to) || inSubject;
}
