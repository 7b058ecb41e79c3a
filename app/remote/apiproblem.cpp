#include "apiproblem.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

bool ApiProblem::isEmpty() const
{
    return status == 0 && code.isEmpty() && detail.isEmpty();
}

ApiProblem ApiProblem::fromJson(const QJsonObject &object)
{
    ApiProblem problem;
    problem.status = object.value(QLatin1StringView("status")).toInt();
    problem.type = object.value(QLatin1StringView("type")).toString();
    problem.code = object.value(QLatin1StringView("code")).toString();
    problem.title = object.value(QLatin1StringView("title")).toString();
    problem.detail = object.value(QLatin1StringView("detail")).toString();
    problem.instance = object.value(QLatin1StringView("instance")).toString();
    const QJsonArray errors = object.value(QLatin1StringView("errors")).toArray();
    for (const QJsonValue &error : errors) {
        const QJsonObject e = error.toObject();
        problem.fieldErrors.append({e.value(QLatin1StringView("field")).toString(),
                                    e.value(QLatin1StringView("message")).toString()});
    }
    if (object.contains(QLatin1StringView("current")))
        problem.current = object.value(QLatin1StringView("current"));
    problem.changedBy = object.value(QLatin1StringView("changedBy")).toString();
    const QString changedAt = object.value(QLatin1StringView("changedAt")).toString();
    if (!changedAt.isEmpty())
        problem.changedAt = QDateTime::fromString(changedAt, Qt::ISODateWithMs);
    return problem;
}

ApiProblem ApiProblem::fromResponse(int status, const QByteArray &body, const QByteArray &contentType,
                                    const QString &reasonPhrase)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    const bool json = contentType.contains("json") || contentType.isEmpty();
    ApiProblem problem;
    if (json && parseError.error == QJsonParseError::NoError && document.isObject()) {
        problem = fromJson(document.object());
        if (problem.code.isEmpty() && problem.detail.isEmpty() && problem.title.isEmpty())
            problem.detail = QStringLiteral("HTTP %1 with a JSON body that is not problem details").arg(status);
    } else {
        const QByteArray kind = contentType.isEmpty() ? QByteArray("no content type") : contentType;
        problem.detail = body.isEmpty()
                             ? QStringLiteral("HTTP %1 %2 with an empty body").arg(status).arg(reasonPhrase)
                             : QStringLiteral("HTTP %1 %2 with a body that is not problem details (%3, %4 bytes)")
                                   .arg(status)
                                   .arg(reasonPhrase, QString::fromLatin1(kind))
                                   .arg(body.size());
        problem.detail = problem.detail.simplified();
    }
    // The status line is the truth; the body repeats it at best.
    problem.status = status;
    if (problem.title.isEmpty())
        problem.title = reasonPhrase;
    return problem;
}

QJsonObject ApiProblem::toJson() const
{
    QJsonObject object{{QStringLiteral("status"), status},
                       {QStringLiteral("code"), code},
                       {QStringLiteral("title"), title},
                       {QStringLiteral("detail"), detail}};
    if (!type.isEmpty())
        object.insert(QStringLiteral("type"), type);
    if (!instance.isEmpty())
        object.insert(QStringLiteral("instance"), instance);
    if (!fieldErrors.isEmpty()) {
        QJsonArray errors;
        for (const FieldError &error : fieldErrors)
            errors.append(QJsonObject{{QStringLiteral("field"), error.field}, {QStringLiteral("message"), error.message}});
        object.insert(QStringLiteral("errors"), errors);
    }
    if (!current.isUndefined())
        object.insert(QStringLiteral("current"), current);
    if (!changedBy.isEmpty())
        object.insert(QStringLiteral("changedBy"), changedBy);
    if (changedAt.isValid())
        object.insert(QStringLiteral("changedAt"), changedAt.toUTC().toString(Qt::ISODate));
    return object;
}
