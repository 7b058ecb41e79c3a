#include "serverresponse.h"

#include <QJsonDocument>

void ServerResponse::setHeader(const QByteArray &name, const QByteArray &value)
{
    for (auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0) {
            header.second = value;
            return;
        }
    }
    headers.append({name, value});
}

QByteArray ServerResponse::header(const QByteArray &name) const
{
    for (const auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return header.second;
    }
    return QByteArray();
}

ServerResponse ServerResponse::json(int status, const QJsonObject &object)
{
    ServerResponse response;
    response.status = status;
    response.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return response;
}

ServerResponse ServerResponse::noContent()
{
    ServerResponse response;
    response.status = 204;
    response.contentType.clear();
    return response;
}

ServerResponse ServerResponse::problem(int status, const QString &code, const QString &detail,
                                 const QList<JsonCodec::Problem::FieldError> &errors, const QJsonObject &extensions)
{
    JsonCodec::Problem problem;
    problem.status = status;
    problem.detail = detail;
    problem.code = code;
    problem.errors = errors;
    problem.extensions = extensions;
    ServerResponse response = json(status, JsonCodec::toJson(problem));
    response.contentType = QByteArrayLiteral("application/problem+json");
    response.errorCode = code;
    return response;
}
