#include "requestcontext.h"

#include "requestlog.h"

ServerResponse RequestContext::storageFailure(const QString &error) const
{
    RequestLog::event(QStringLiteral("storage_failed"),
                      {{QStringLiteral("requestId"), request.requestId},
                       {QStringLiteral("route"), request.routeTemplate},
                       {QStringLiteral("error"), error}},
                      QStringLiteral("error"));
    return ServerResponse::problem(500, QStringLiteral("internal_error"),
                                   QStringLiteral("The server could not complete the request (reference %1). Nothing "
                                                  "was changed.")
                                       .arg(request.requestId));
}
