#pragma once

#include "serverresponse.h"
#include "requestcontext.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <functional>

/// @short Maps method and path to a handler and the role it needs.
///
/// Patterns name their parameters in braces, "/v1/cards/{cardId}/lock". A
/// parameter ending in "Id" matches a positive integer only, so
/// "/v1/cards/abc" is a 404 before any handler runs.
class Router
{
public:
    enum class Access {
        Public,        ///< no token (health, login)
        Agent,         ///< any signed-in agent
        Supervisor     ///< supervisors only: an agent gets 403
    };

    using Handler = std::function<ServerResponse(RequestContext &context)>;

    struct Route
    {
        QByteArray method;
        QString pattern;
        Access access = Access::Agent;
        Handler handler;
        QRegularExpression regex;
        QStringList names;
    };

    struct Match
    {
        const Route *route = nullptr;
        QHash<QString, QString> params;
        QList<QByteArray> allowedMethods;   ///< when the path matched under other methods only
    };

    void add(const QByteArray &method, const QString &pattern, Access access, Handler handler);
    Match match(const QByteArray &method, const QString &path) const;
    QList<const Route *> routes() const;

private:
    QList<Route> m_routes;
};
