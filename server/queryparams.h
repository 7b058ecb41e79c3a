#pragma once

#include "serverrequest.h"
#include "serverresponse.h"

#include <QDateTime>
#include <QList>
#include <QString>

/// @short A request's query parameters, read one by one with every problem collected.
///
/// A parameter that cannot be read makes the answer 400 malformed_request,
/// naming it; parameters a route does not know are ignored.
class QueryParams
{
public:
    explicit QueryParams(const ServerRequest &request);

    /// "limit": 1 … @p max, @p fallback when absent.
    int limit(int fallback, int max);
    /// An opaque cursor ([A-Za-z0-9_=-], at most 512 characters); empty when absent.
    QString cursor(const QString &name);
    /// An RFC 3339 time in UTC; invalid when absent.
    QDateTime time(const QString &name);
    /// A positive id; 0 when absent.
    qint64 id(const QString &name);
    QString text(const QString &name, bool required, int maxLength);

    void addError(const QString &name, const QString &message);
    bool hasErrors() const { return !m_errors.isEmpty(); }
    ServerResponse problem() const;

private:
    const ServerRequest &m_request;
    QList<JsonCodec::Problem::FieldError> m_errors;
};
