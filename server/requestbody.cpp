#include "requestbody.h"

#include "domain/cardnumber.h"

#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>

RequestBody::RequestBody(const ServerRequest &request, const QStringList &allowedFields)
{
    const QByteArray contentType = request.header(QByteArrayLiteral("content-type")).toLower();
    const QByteArray mediaType = contentType.split(';').first().trimmed();
    if (mediaType != "application/json") {
        m_formatProblem = ServerResponse::problem(
            400, QStringLiteral("malformed_request"),
            QStringLiteral("Send the body as JSON with Content-Type: application/json."));
        return;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        m_formatProblem = ServerResponse::problem(
            400, QStringLiteral("malformed_request"),
            parseError.error != QJsonParseError::NoError
                ? QStringLiteral("The body is not valid JSON (%1 at offset %2).")
                      .arg(parseError.errorString())
                      .arg(parseError.offset)
                : QStringLiteral("The body must be a JSON object."));
        return;
    }
    m_object = document.object();
    for (auto it = m_object.begin(); it != m_object.end(); ++it) {
        if (!allowedFields.contains(it.key()))
            addError(it.key().left(64), QStringLiteral("is not a field of this request"));
    }
}

bool RequestBody::has(const QString &field) const
{
    const QJsonValue value = m_object.value(field);
    return !value.isUndefined() && !value.isNull();
}

void RequestBody::addError(const QString &field, const QString &message)
{
    m_errors.append({field, message});
}

QString RequestBody::text(const QString &field, bool required, int maxLength, bool allowEmpty)
{
    const QJsonValue value = m_object.value(field);
    if (value.isUndefined() || value.isNull()) {
        if (required)
            addError(field, QStringLiteral("is required"));
        return QString();
    }
    if (!value.isString()) {
        addError(field, QStringLiteral("must be a string"));
        return QString();
    }
    const QString text = value.toString();
    if (!allowEmpty && text.trimmed().isEmpty())
        addError(field, QStringLiteral("must not be empty"));
    if (text.size() > maxLength)
        addError(field, QStringLiteral("must be at most %1 characters").arg(maxLength));
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control && c != QLatin1Char('\n') && c != QLatin1Char('\t')) {
            addError(field, QStringLiteral("must not contain control characters"));
            break;
        }
    }
    return text;
}

QString RequestBody::freeText(const QString &field, bool required, int maxLength, bool allowEmpty)
{
    const QString value = text(field, required, maxLength, allowEmpty);
    if (CardNumber::containsCardNumber(value))
        m_cardNumberIn.append(field);
    return value;
}

std::optional<qint64> RequestBody::integer(const QString &field, bool required, qint64 min, qint64 max)
{
    const QJsonValue value = m_object.value(field);
    if (value.isUndefined() || value.isNull()) {
        if (required)
            addError(field, QStringLiteral("is required"));
        return std::nullopt;
    }
    const double d = value.toDouble();
    if (!value.isDouble() || std::floor(d) != d) {
        addError(field, QStringLiteral("must be an integer"));
        return std::nullopt;
    }
    const qint64 n = value.toInteger();
    if (n < min || n > max) {
        addError(field, QStringLiteral("must be between %1 and %2").arg(min).arg(max));
        return std::nullopt;
    }
    return n;
}

std::optional<bool> RequestBody::boolean(const QString &field, bool required)
{
    const QJsonValue value = m_object.value(field);
    if (value.isUndefined() || value.isNull()) {
        if (required)
            addError(field, QStringLiteral("is required"));
        return std::nullopt;
    }
    if (!value.isBool()) {
        addError(field, QStringLiteral("must be true or false"));
        return std::nullopt;
    }
    return value.toBool();
}

ServerResponse RequestBody::problem() const
{
    if (!m_cardNumberIn.isEmpty()) {
        QList<JsonCodec::Problem::FieldError> errors;
        for (const QString &field : m_cardNumberIn)
            errors.append({field, QStringLiteral("Contains a full card number.")});
        return ServerResponse::problem(
            422, QStringLiteral("card_number_in_text"),
            QStringLiteral("The text holds a full card number. Mask it (first six and last four digits at most; "
                           "the last four are enough to name a card) and send again; nothing was stored."),
            errors);
    }
    return ServerResponse::problem(422, QStringLiteral("validation_failed"),
                                m_errors.size() == 1 ? QStringLiteral("1 field is not valid.")
                                                     : QStringLiteral("%1 fields are not valid.").arg(m_errors.size()),
                                m_errors);
}
