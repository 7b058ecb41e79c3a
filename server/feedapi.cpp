#include "feedapi.h"

#include "changefeed.h"
#include "dbtransaction.h"
#include "queryparams.h"
#include "requestlog.h"
#include "router.h"
#include "serverauditlog.h"
#include "sqlvalues.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace {

/// Feed cursors are the last seq read, as text; audit cursors the seq to continue below.
bool parseSeq(const QString &text, qint64 *seq)
{
    bool ok = false;
    *seq = text.toLongLong(&ok);
    return ok && *seq >= 0;
}

ServerResponse changes(RequestContext &context)
{
    QueryParams params(context.request);
    const QString since = params.cursor(QStringLiteral("since"));
    const int limit = params.limit(500, 1000);
    qint64 sinceSeq = 0;
    if (!since.isEmpty() && !parseSeq(since, &sinceSeq))
        params.addError(QStringLiteral("since"), QStringLiteral("must be the cursor of a previous answer, unchanged"));
    if (params.hasErrors())
        return params.problem();
    ChangeFeed feed(context.db, context.dialect);
    QString error;
    const std::optional<ChangeFeed::Page> page = feed.read(sinceSeq, limit, &error);
    if (!page)
        return context.storageFailure(error);
    QJsonArray items;
    for (const JsonCodec::Change &change : page->changes)
        items.append(JsonCodec::toJson(change));
    return ServerResponse::json(200, {{QStringLiteral("changes"), items},
                                   {QStringLiteral("cursor"), QString::number(page->cursor)},
                                   {QStringLiteral("hasMore"), page->hasMore}});
}

ServerResponse audit(RequestContext &context)
{
    QueryParams params(context.request);
    ServerAuditLog::Query query;
    query.agent = params.text(QStringLiteral("agent"), false, 64);
    query.customerId = params.id(QStringLiteral("customerId"));
    query.cardId = params.id(QStringLiteral("cardId"));
    query.action = params.text(QStringLiteral("action"), false, 100);
    static const QRegularExpression actionPattern(QStringLiteral("^[a-z][a-z0-9_.]*$"));
    if (!query.action.isEmpty() && !actionPattern.match(query.action).hasMatch())
        params.addError(QStringLiteral("action"), QStringLiteral("must be an action such as card.lock, or a prefix "
                                                                 "ending in a dot such as card."));
    query.from = params.time(QStringLiteral("from"));
    query.to = params.time(QStringLiteral("to"));
    query.limit = params.limit(50, 200);
    const QString after = params.cursor(QStringLiteral("after"));
    if (!after.isEmpty() && (!parseSeq(after, &query.beforeSeq) || query.beforeSeq < 1))
        params.addError(QStringLiteral("after"), QStringLiteral("must be the next cursor of a previous page"));
    if (params.hasErrors())
        return params.problem();

    ServerAuditLog log(context.db, context.dialect);
    QString error;
    const std::optional<ServerAuditLog::Page> page = log.query(query, &error);
    if (!page)
        return context.storageFailure(error);

    // Reading the log is itself audited.
    {
        QJsonObject filters;
        const QList<std::pair<QString, QString>> items = context.request.query.queryItems(QUrl::FullyDecoded);
        for (const auto &item : items)
            filters.insert(item.first.left(40), JsonCodec::safeText(item.second.left(200)));
        AuditEntry entry;
        entry.at = SqlValues::now();
        entry.agent = context.agent.agent.username;
        entry.action = QStringLiteral("audit.read");
        entry.subject = QStringLiteral("audit:log");
        entry.details = {{QStringLiteral("filters"), filters},
                         {QStringLiteral("returned"), int(page->entries.size())}};
        DbTransaction transaction(context.db, context.dialect);
        if (!log.append(entry, 0, 0, &error) || !transaction.commit())
            return context.storageFailure(error.isEmpty() ? transaction.lastError() : error);
    }

    QJsonArray items;
    for (const AuditEntry &entry : page->entries)
        items.append(JsonCodec::toJson(entry));
    return ServerResponse::json(200, {{QStringLiteral("items"), items},
                                   {QStringLiteral("next"), page->nextBeforeSeq > 0
                                                                ? QJsonValue(QString::number(page->nextBeforeSeq))
                                                                : QJsonValue(QJsonValue::Null)}});
}

} // namespace

void FeedApi::addRoutes(Router &router)
{
    router.add("GET", QStringLiteral("/v1/changes"), Router::Access::Agent, &changes);
    router.add("GET", QStringLiteral("/v1/audit"), Router::Access::Supervisor, &audit);
}
