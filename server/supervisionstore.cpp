#include "supervisionstore.h"

#include "agentdirectory.h"
#include "sqlvalues.h"

#include "domain/conversation.h"

#include <QHash>
#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace {

QDateTime startOf(const QDate &day)
{
    return QDateTime(day, QTime(0, 0), Qt::UTC);
}

} // namespace

SupervisionStore::SupervisionStore(QSqlDatabase db, SqlDialect dialect)
    : m_db(db)
    , m_dialect(dialect)
{
}

QString SupervisionStore::dayOf(const QString &column) const
{
    return m_dialect == SqlDialect::PostgreSql
        ? QStringLiteral("to_char(%1 AT TIME ZONE 'UTC', 'YYYY-MM-DD')").arg(column)
        : QStringLiteral("substr(%1, 1, 10)").arg(column);
}

std::optional<QList<SupervisionStore::QueueFigure>> SupervisionStore::queueFigures(const QDateTime &now,
                                                                                   QString *error)
{
    QMap<QString, QueueFigure> figures;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!SqlValues::exec(query,
                         QStringLiteral("SELECT queue, count(*), "
                                        "count(*) FILTER (WHERE assignee IS NULL OR assignee = ''), "
                                        "count(*) FILTER (WHERE sla_due < ?), "
                                        "count(*) FILTER (WHERE sla_due < ?), "
                                        "min(created_at) FILTER (WHERE first_responded_at IS NULL) "
                                        "FROM conversations WHERE is_open GROUP BY queue"),
                         {SqlValues::time(now.addSecs(DueSoonSeconds)), SqlValues::time(now)}, error))
        return std::nullopt;
    while (query.next()) {
        QueueFigure figure;
        figure.queue = query.value(0).toString();
        figure.open = query.value(1).toInt();
        figure.unassigned = query.value(2).toInt();
        figure.dueSoon = query.value(3).toInt();
        figure.breached = query.value(4).toInt();
        figure.oldestWaitingSince = SqlValues::toTime(query.value(5));
        figures.insert(figure.queue, figure);
    }
    query.finish();

    const std::optional<QList<JsonCodec::AgentProfile>> agents = AgentDirectory(m_db, m_dialect).all(error);
    if (!agents)
        return std::nullopt;
    for (const JsonCodec::AgentProfile &agent : *agents) {
        for (const QString &queue : agent.queues) {
            QueueFigure &figure = figures[queue];
            figure.queue = queue;
            if (agent.presence == QLatin1String("available"))
                ++figure.agentsAvailable;
        }
    }
    return figures.values();
}

std::optional<QList<SupervisionStore::AgentFigure>> SupervisionStore::agentFigures(const QDateTime &now,
                                                                                   QString *error)
{
    const std::optional<QList<JsonCodec::AgentProfile>> agents = AgentDirectory(m_db, m_dialect).all(error);
    if (!agents)
        return std::nullopt;
    QList<AgentFigure> figures;
    QHash<QString, qsizetype> byName;
    for (const JsonCodec::AgentProfile &agent : *agents) {
        byName.insert(agent.agent.username, figures.size());
        AgentFigure figure;
        figure.agent = agent;
        figures.append(figure);
    }
    const QVariant today = SqlValues::time(startOf(now.date()));

    // Open and breached, per assignee (a range of conversations_assignee_due).
    QSqlQuery open(m_db);
    open.setForwardOnly(true);
    if (!SqlValues::exec(open,
                         QStringLiteral("SELECT assignee, count(*), count(*) FILTER (WHERE sla_due < ?) "
                                        "FROM conversations WHERE is_open AND assignee IS NOT NULL GROUP BY assignee"),
                         {SqlValues::time(now)}, error))
        return std::nullopt;
    while (open.next()) {
        const auto it = byName.constFind(open.value(0).toString());
        if (it == byName.constEnd())
            continue;
        figures[*it].openAssigned = open.value(1).toInt();
        figures[*it].breached = open.value(2).toInt();
    }
    open.finish();

    // Replies written today.
    QSqlQuery replies(m_db);
    replies.setForwardOnly(true);
    if (!SqlValues::exec(replies,
                         QStringLiteral("SELECT author, count(*) FROM messages "
                                        "WHERE direction = 'outbound' AND at >= ? GROUP BY author"),
                         {today}, error))
        return std::nullopt;
    while (replies.next()) {
        const auto it = byName.constFind(replies.value(0).toString());
        if (it != byName.constEnd())
            figures[*it].repliesToday = replies.value(1).toInt();
    }
    replies.finish();

    // Resolved or closed today: who did it is in the audit log
    // (conversation.status, {"from", "to"}); each conversation once.
    QSqlQuery handled(m_db);
    handled.setForwardOnly(true);
    if (!SqlValues::exec(handled,
                         QStringLiteral("SELECT agent, subject, details FROM audit_log "
                                        "WHERE action = 'conversation.status' AND at >= ?"),
                         {today}, error))
        return std::nullopt;
    QHash<QString, QSet<QString>> handledBy;
    while (handled.next()) {
        const QString to = QJsonDocument::fromJson(handled.value(2).toString().toUtf8())
                               .object()
                               .value(QStringLiteral("to"))
                               .toString();
        if (to == QLatin1String("resolved") || to == QLatin1String("closed"))
            handledBy[handled.value(0).toString()].insert(handled.value(1).toString());
    }
    handled.finish();
    for (auto it = handledBy.constBegin(); it != handledBy.constEnd(); ++it) {
        const auto agent = byName.constFind(it.key());
        if (agent != byName.constEnd())
            figures[*agent].handledToday = int(it.value().size());
    }

    // First responses given today by an agent's reply: the outbound message
    // written at the moment the first-response clock stopped.
    QSqlQuery first(m_db);
    first.setForwardOnly(true);
    if (!SqlValues::exec(first,
                         QStringLiteral("SELECT c.id, m.author, c.created_at, c.first_responded_at "
                                        "FROM conversations c JOIN messages m ON m.conversation_id = c.id "
                                        "AND m.direction = 'outbound' AND m.at = c.first_responded_at "
                                        "WHERE c.first_responded_at >= ? ORDER BY c.id, m.seq"),
                         {today}, error))
        return std::nullopt;
    QHash<QString, QList<qint64>> waits;
    qint64 lastConversation = 0;
    while (first.next()) {
        const qint64 conversationId = first.value(0).toLongLong();
        if (conversationId == lastConversation)
            continue;   // two replies in the same millisecond: the first one
        lastConversation = conversationId;
        const QDateTime created = SqlValues::toTime(first.value(2));
        const QDateTime responded = SqlValues::toTime(first.value(3));
        waits[first.value(1).toString()].append(qMax<qint64>(0, created.secsTo(responded)));
    }
    first.finish();
    for (auto it = waits.begin(); it != waits.end(); ++it) {
        const auto agent = byName.constFind(it.key());
        if (agent == byName.constEnd())
            continue;
        QList<qint64> &seconds = it.value();
        std::sort(seconds.begin(), seconds.end());
        const qsizetype n = seconds.size();
        figures[*agent].medianFirstResponseSeconds =
            n % 2 ? seconds.at(n / 2) : (seconds.at(n / 2 - 1) + seconds.at(n / 2)) / 2;
    }
    return figures;
}

std::optional<QList<SupervisionStore::TopicTrend>> SupervisionStore::topicTrends(const QDate &from, const QDate &to,
                                                                                 QString *error)
{
    const int days = int(from.daysTo(to)) + 1;
    QMap<QString, TopicTrend> trends;
    for (const Topic topic : ConversationNames::allTopics()) {
        const QString name = ConversationNames::topicName(topic);
        trends.insert(name, {name, 0, QList<int>(days, 0)});
    }
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!SqlValues::exec(query,
                         QStringLiteral("SELECT t.topic, %1, count(*) FROM conversations c "
                                        "JOIN conversation_topics t ON t.conversation_id = c.id "
                                        "WHERE c.created_at >= ? AND c.created_at < ? GROUP BY 1, 2")
                             .arg(dayOf(QStringLiteral("c.created_at"))),
                         {SqlValues::time(startOf(from)), SqlValues::time(startOf(to.addDays(1)))}, error))
        return std::nullopt;
    while (query.next()) {
        const QString topic = query.value(0).toString();
        const std::optional<QDate> day = JsonCodec::parseDate(query.value(1).toString());
        if (!day || *day < from || *day > to)
            continue;
        TopicTrend &trend = trends[topic];
        if (trend.topic.isEmpty())
            trend = {topic, 0, QList<int>(days, 0)};
        const int count = query.value(2).toInt();
        trend.perDay[from.daysTo(*day)] += count;
        trend.total += count;
    }
    QList<TopicTrend> list = trends.values();
    std::stable_sort(list.begin(), list.end(),
                     [](const TopicTrend &a, const TopicTrend &b) { return a.total > b.total; });
    return list;
}

std::optional<SupervisionStore::Satisfaction> SupervisionStore::satisfaction(const QDate &from, const QDate &to,
                                                                             QString *error)
{
    const int days = int(from.daysTo(to)) + 1;
    Satisfaction figures;
    figures.perDay = QList<Scores>(days);
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!SqlValues::exec(query,
                         QStringLiteral("SELECT c.channel, %1, s.score, count(*) FROM satisfaction_responses s "
                                        "JOIN conversations c ON c.id = s.conversation_id "
                                        "WHERE s.answered_at >= ? AND s.answered_at < ? GROUP BY 1, 2, 3")
                             .arg(dayOf(QStringLiteral("s.answered_at"))),
                         {SqlValues::time(startOf(from)), SqlValues::time(startOf(to.addDays(1)))}, error))
        return std::nullopt;
    QMap<QString, Scores> byChannel;
    while (query.next()) {
        const std::optional<QDate> day = JsonCodec::parseDate(query.value(1).toString());
        if (!day || *day < from || *day > to)
            continue;
        const int score = query.value(2).toInt();
        const int count = query.value(3).toInt();
        const auto add = [score, count](Scores &scores) {
            scores.responses += count;
            scores.sum += qint64(score) * count;
            if (score >= 4)
                scores.satisfied += count;
        };
        add(figures.all);
        add(byChannel[query.value(0).toString()]);
        add(figures.perDay[from.daysTo(*day)]);
    }
    for (auto it = byChannel.constBegin(); it != byChannel.constEnd(); ++it)
        figures.byChannel.append({it.key(), it.value()});
    std::stable_sort(figures.byChannel.begin(), figures.byChannel.end(),
                     [](const auto &a, const auto &b) { return a.second.responses > b.second.responses; });
    return figures;
}
