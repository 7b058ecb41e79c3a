#include "supervisionapi.h"

#include "queryparams.h"
#include "router.h"
#include "sqlvalues.h"
#include "supervisionhistorystore.h"
#include "supervisionstore.h"

#include <QJsonArray>

#include <cmath>

namespace {

constexpr int DefaultDays = 7;
constexpr int MaxDays = 90;

QJsonValue timeOrNull(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(JsonCodec::timestamp(time)) : QJsonValue(QJsonValue::Null);
}

/// @p value rounded to @p decimals places.
double rounded(double value, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale;
}

/// The average score to two decimals; null without answers.
QJsonValue averageOf(const SupervisionStore::Scores &scores)
{
    if (scores.responses == 0)
        return QJsonValue(QJsonValue::Null);
    return rounded(double(scores.sum) / scores.responses, 2);
}

/// ?days=1 ... 90 (default 7): the period ending today.
int daysOf(QueryParams &params, const ServerRequest &request)
{
    if (!request.hasQuery(QStringLiteral("days")))
        return DefaultDays;
    bool ok = false;
    const int days = request.queryValue(QStringLiteral("days")).toInt(&ok);
    if (!ok || days < 1 || days > MaxDays) {
        params.addError(QStringLiteral("days"), QStringLiteral("must be a whole number of days from 1 to %1").arg(MaxDays));
        return DefaultDays;
    }
    return days;
}

ServerResponse queues(RequestContext &context)
{
    const QDateTime now = SqlValues::now();
    QString error;
    const std::optional<QList<SupervisionStore::QueueFigure>> figures =
        SupervisionStore(context.db, context.dialect).queueFigures(now, &error);
    if (!figures)
        return context.storageFailure(error);
    QJsonArray items;
    for (const SupervisionStore::QueueFigure &figure : *figures) {
        items.append(QJsonObject{{QStringLiteral("queue"), figure.queue},
                                 {QStringLiteral("open"), figure.open},
                                 {QStringLiteral("unassigned"), figure.unassigned},
                                 {QStringLiteral("dueSoon"), figure.dueSoon},
                                 {QStringLiteral("breached"), figure.breached},
                                 {QStringLiteral("oldestWaitingSince"), timeOrNull(figure.oldestWaitingSince)},
                                 {QStringLiteral("agentsAvailable"), figure.agentsAvailable}});
    }
    return ServerResponse::json(200, {{QStringLiteral("at"), JsonCodec::timestamp(now)},
                                      {QStringLiteral("items"), items}});
}

ServerResponse agents(RequestContext &context)
{
    const QDateTime now = SqlValues::now();
    QString error;
    const std::optional<QList<SupervisionStore::AgentFigure>> figures =
        SupervisionStore(context.db, context.dialect).agentFigures(now, &error);
    if (!figures)
        return context.storageFailure(error);
    QJsonArray items;
    for (const SupervisionStore::AgentFigure &figure : *figures) {
        items.append(QJsonObject{
            {QStringLiteral("agent"), JsonCodec::toJson(figure.agent)},
            {QStringLiteral("openAssigned"), figure.openAssigned},
            {QStringLiteral("breached"), figure.breached},
            {QStringLiteral("handledToday"), figure.handledToday},
            {QStringLiteral("repliesToday"), figure.repliesToday},
            {QStringLiteral("medianFirstResponseSeconds"), figure.medianFirstResponseSeconds
                                                                ? QJsonValue(*figure.medianFirstResponseSeconds)
                                                                : QJsonValue(QJsonValue::Null)}});
    }
    return ServerResponse::json(200, {{QStringLiteral("at"), JsonCodec::timestamp(now)},
                                      {QStringLiteral("items"), items}});
}

ServerResponse topics(RequestContext &context)
{
    QueryParams params(context.request);
    const int days = daysOf(params, context.request);
    if (params.hasErrors())
        return params.problem();
    const QDate to = SqlValues::now().date();
    const QDate from = to.addDays(1 - days);
    QString error;
    const std::optional<QList<SupervisionStore::TopicTrend>> trends =
        SupervisionStore(context.db, context.dialect).topicTrends(from, to, &error);
    if (!trends)
        return context.storageFailure(error);
    QJsonArray items;
    for (const SupervisionStore::TopicTrend &trend : *trends) {
        QJsonArray perDay;
        for (int i = 0; i < trend.perDay.size(); ++i) {
            perDay.append(QJsonObject{{QStringLiteral("date"), JsonCodec::date(from.addDays(i))},
                                      {QStringLiteral("count"), trend.perDay.at(i)}});
        }
        items.append(QJsonObject{{QStringLiteral("topic"), trend.topic},
                                 {QStringLiteral("total"), trend.total},
                                 {QStringLiteral("perDay"), perDay}});
    }
    return ServerResponse::json(200, {{QStringLiteral("days"), days},
                                      {QStringLiteral("from"), JsonCodec::date(from)},
                                      {QStringLiteral("to"), JsonCodec::date(to)},
                                      {QStringLiteral("items"), items}});
}

ServerResponse satisfaction(RequestContext &context)
{
    QueryParams params(context.request);
    const int days = daysOf(params, context.request);
    if (params.hasErrors())
        return params.problem();
    const QDate to = SqlValues::now().date();
    const QDate from = to.addDays(1 - days);
    QString error;
    const std::optional<SupervisionStore::Satisfaction> figures =
        SupervisionStore(context.db, context.dialect).satisfaction(from, to, &error);
    if (!figures)
        return context.storageFailure(error);
    QJsonArray byChannel;
    for (const auto &channel : figures->byChannel) {
        byChannel.append(QJsonObject{{QStringLiteral("channel"), channel.first},
                                     {QStringLiteral("responses"), channel.second.responses},
                                     {QStringLiteral("averageScore"), averageOf(channel.second)}});
    }
    QJsonArray perDay;
    for (int i = 0; i < figures->perDay.size(); ++i) {
        perDay.append(QJsonObject{{QStringLiteral("date"), JsonCodec::date(from.addDays(i))},
                                  {QStringLiteral("responses"), figures->perDay.at(i).responses},
                                  {QStringLiteral("averageScore"), averageOf(figures->perDay.at(i))}});
    }
    const SupervisionStore::Scores &all = figures->all;
    return ServerResponse::json(
        200, {{QStringLiteral("days"), days},
              {QStringLiteral("from"), JsonCodec::date(from)},
              {QStringLiteral("to"), JsonCodec::date(to)},
              {QStringLiteral("responses"), all.responses},
              {QStringLiteral("averageScore"), averageOf(all)},
              {QStringLiteral("csat"), all.responses ? QJsonValue(rounded(double(all.satisfied) / all.responses, 4))
                                                     : QJsonValue(QJsonValue::Null)},
              {QStringLiteral("byChannel"), byChannel},
              {QStringLiteral("perDay"), perDay}});
}

/// A required RFC 3339 time of the query.
QDateTime requiredTime(QueryParams &params, const ServerRequest &request, const QString &name)
{
    if (!request.hasQuery(name) || request.queryValue(name).isEmpty()) {
        params.addError(name, QStringLiteral("is required: an RFC 3339 time such as 2026-11-22T09:15:00Z"));
        return QDateTime();
    }
    return params.time(name);
}

/// GET /v1/supervision/history: one page of the supervisors' history of an
/// entity over [from, to) (SupervisionHistoryStore).
ServerResponse history(RequestContext &context)
{
    const ServerRequest &request = context.request;
    QueryParams params(request);
    const QString entityName = params.text(QStringLiteral("entity"), true, 40);
    const std::optional<SupervisionHistoryStore::Entity> entity = SupervisionHistoryStore::entityFromName(entityName);
    if (!entityName.isEmpty() && !entity)
        params.addError(QStringLiteral("entity"), QStringLiteral("must be one of %1")
                                                      .arg(SupervisionHistoryStore::entityNames().join(u", ")));
    const QDateTime from = requiredTime(params, request, QStringLiteral("from"));
    const QDateTime to = requiredTime(params, request, QStringLiteral("to"));
    if (from.isValid() && to.isValid()) {
        if (from >= to)
            params.addError(QStringLiteral("to"), QStringLiteral("must be after from"));
        else if (from.addDays(SupervisionHistoryStore::MaxDays) < to)
            params.addError(QStringLiteral("to"), QStringLiteral("must be at most %1 days after from")
                                                      .arg(SupervisionHistoryStore::MaxDays));
    }
    const QString after = params.cursor(QStringLiteral("after"));
    const int limit = params.limit(SupervisionHistoryStore::DefaultLimit, SupervisionHistoryStore::MaxLimit);
    if (params.hasErrors())
        return params.problem();

    bool badCursor = false;
    QString error;
    const std::optional<SupervisionHistoryStore::Page> page =
        SupervisionHistoryStore(context.db, context.dialect).read(*entity, from, to, after, limit, &badCursor, &error);
    if (badCursor)
        return ServerResponse::problem(400, QStringLiteral("malformed_request"),
                                       QStringLiteral("Query parameter after is not a cursor of this history (of "
                                                      "entity %1); start again without it.")
                                           .arg(entityName));
    if (!page)
        return context.storageFailure(error);
    return ServerResponse::json(200, {{QStringLiteral("items"), page->items},
                                      {QStringLiteral("next"), page->next.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                                                    : QJsonValue(page->next)}});
}

} // namespace

void SupervisionApi::addRoutes(Router &router)
{
    router.add("GET", QStringLiteral("/v1/supervision/queues"), Router::Access::Supervisor, &queues);
    router.add("GET", QStringLiteral("/v1/supervision/agents"), Router::Access::Supervisor, &agents);
    router.add("GET", QStringLiteral("/v1/supervision/topics"), Router::Access::Supervisor, &topics);
    router.add("GET", QStringLiteral("/v1/supervision/satisfaction"), Router::Access::Supervisor, &satisfaction);
    router.add("GET", QStringLiteral("/v1/supervision/history"), Router::Access::Supervisor, &history);
}
