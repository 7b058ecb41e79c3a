#pragma once

#include "serverrequest.h"
#include "serverresponse.h"

#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

/// @short A request's JSON body, read field by field with every problem collected.
///
/// The body must be a JSON object sent as application/json. Fields not in
/// the allowed list are refused, so a misspelt field is not silently ignored.
/// Free text is checked for card numbers: one Luhn-valid 13-19 digit run
/// makes the answer 422 card_number_in_text (nothing of it is stored or logged).
class RequestBody
{
public:
    RequestBody(const ServerRequest &request, const QStringList &allowedFields);

    /// 400 malformed_request when the body is not a JSON object; nullopt when it is.
    std::optional<ServerResponse> formatProblem() const { return m_formatProblem; }

    /// @p required: the field must be there; @p allowEmpty: "" is a value.
    QString text(const QString &field, bool required, int maxLength, bool allowEmpty = false);
    /// Free text an agent typed: also checked for card numbers.
    QString freeText(const QString &field, bool required, int maxLength, bool allowEmpty = true);
    std::optional<qint64> integer(const QString &field, bool required, qint64 min, qint64 max);
    std::optional<bool> boolean(const QString &field, bool required);
    bool has(const QString &field) const;
    /// Whether the body names @p field at all, null included ("no limit" is a value).
    bool contains(const QString &field) const { return m_object.contains(field); }

    void addError(const QString &field, const QString &message);
    bool hasErrors() const { return !m_errors.isEmpty() || m_cardNumberIn.size() > 0; }

    /// 422 card_number_in_text when free text held a card number, else 422 validation_failed.
    ServerResponse problem() const;

private:
    QJsonObject m_object;
    std::optional<ServerResponse> m_formatProblem;
    QList<JsonCodec::Problem::FieldError> m_errors;
    QStringList m_cardNumberIn;
};
