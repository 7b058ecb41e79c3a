#pragma once

#include "agentrecord.h"
#include "serverrequest.h"
#include "serveroptions.h"
#include "serverresponse.h"
#include "sqldialect.h"

#include <QSqlDatabase>

#include <functional>

/// @short What a handler gets on its worker thread: the request, the thread's
/// connection, the options and, behind authentication, the agent.
struct RequestContext
{
    const ServerRequest &request;
    QSqlDatabase db;
    SqlDialect dialect;
    const ServerOptions &options;
    AgentRecord agent;
    /// Tells this instance's live clients that the feed grew to @p cursor
    /// (other instances hear it through PostgreSQL NOTIFY).
    std::function<void(qint64 cursor)> changesCommitted;

    /// Logs @p error with the request's id and answers 500 naming that id
    /// as the reference; the handler's transaction has rolled back.
    ServerResponse storageFailure(const QString &error) const;
};
