#include "conversationapi.h"

#include "commandexecutor.h"
#include "conversationstore.h"
#include "queryparams.h"
#include "requestbody.h"
#include "router.h"
#include "satisfactionstore.h"
#include "sqlvalues.h"
#include "supervisionhistorystore.h"

#include "domain/satisfactionsurvey.h"
#include "domain/slapolicy.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>

#include <functional>

namespace {

using namespace ConversationNames;

constexpr int MaxBodyLength = 100000;   // the console's LocalInboxService::MaxBodyLength
constexpr qint64 MaxId = Q_INT64_C(9007199254740991);

const QStringList ViewNames{QStringLiteral("my_open"),    QStringLiteral("unassigned"), QStringLiteral("all_open"),
                            QStringLiteral("due_soon"),   QStringLiteral("by_channel"), QStringLiteral("alerts"),
                            QStringLiteral("resolved")};
const QStringList SortNames{QStringLiteral("sla_due"), QStringLiteral("last_update"), QStringLiteral("priority")};

const QRegularExpression QueuePattern(QStringLiteral("^[a-z][a-z0-9_]{0,39}$"));
const QRegularExpression UsernamePattern(QStringLiteral("^[A-Za-z0-9._@-]{1,64}$"));

QByteArray etagOf(int version)
{
    return '"' + QByteArray::number(version) + '"';
}

ServerResponse notFound(qint64 conversationId)
{
    return ServerResponse::problem(404, QStringLiteral("not_found"),
                                   QStringLiteral("There is no conversation %1.").arg(conversationId));
}

ServerResponse malformedCursor()
{
    return ServerResponse::problem(400, QStringLiteral("malformed_request"),
                                   QStringLiteral("Query parameter after is not a cursor of this list (or of this "
                                                  "order); start again without it."));
}

QJsonValue nextOrNull(const QString &next)
{
    return next.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(next);
}

/// An enumerated query parameter: its index in @p names, @p fallback when
/// absent, -1 (and an error) when it is none of them.
int enumParam(const ServerRequest &request, QueryParams &params, const QString &name, const QStringList &names,
              int fallback)
{
    if (!request.hasQuery(name))
        return fallback;
    const int index = names.indexOf(request.queryValue(name));
    if (index < 0)
        params.addError(name, QStringLiteral("must be one of %1").arg(names.join(QStringLiteral(", "))));
    return index;
}

QStringList channelNames()
{
    QStringList names;
    for (const Channel channel : allChannels())
        names << channelName(channel);
    return names;
}

QStringList topicNames()
{
    QStringList names;
    for (const Topic topic : allTopics())
        names << topicName(topic);
    return names;
}

const QStringList StatusNames{QStringLiteral("new"),     QStringLiteral("open"),     QStringLiteral("pending"),
                              QStringLiteral("on_hold"), QStringLiteral("resolved"), QStringLiteral("closed")};
const QStringList PriorityNames{QStringLiteral("low"), QStringLiteral("normal"), QStringLiteral("high"),
                                QStringLiteral("urgent")};

ServerResponse listConversations(RequestContext &context)
{
    const ServerRequest &request = context.request;
    QueryParams params(request);
    InboxQuery query;
    const int view = enumParam(request, params, QStringLiteral("view"), ViewNames, int(InboxView::AllOpen));
    query.view = InboxView(qMax(view, 0));
    const int sort = enumParam(request, params, QStringLiteral("sort"), SortNames, int(InboxSort::SlaDue));
    query.sort = InboxSort(qMax(sort, 0));
    const int channel = enumParam(request, params, QStringLiteral("channel"), channelNames(), -2);
    if (channel >= 0)
        query.channel = channelFromName(channelNames().at(channel));
    const int status = enumParam(request, params, QStringLiteral("status"), StatusNames, -2);
    if (status >= 0)
        query.status = statusFromName(StatusNames.at(status));
    const int priority = enumParam(request, params, QStringLiteral("priority"), PriorityNames, -2);
    if (priority >= 0)
        query.priority = priorityFromName(PriorityNames.at(priority));
    const int topic = enumParam(request, params, QStringLiteral("topic"), topicNames(), -2);
    if (topic >= 0)
        query.topic = topicNames().at(topic);
    query.queue = params.text(QStringLiteral("queue"), false, 40);
    if (!query.queue.isEmpty() && !QueuePattern.match(query.queue).hasMatch())
        params.addError(QStringLiteral("queue"), QStringLiteral("must be a queue name such as cards or general"));
    query.assignee = params.text(QStringLiteral("assignee"), false, 64);
    if (!query.assignee.isEmpty() && !UsernamePattern.match(query.assignee).hasMatch())
        params.addError(QStringLiteral("assignee"), QStringLiteral("must be an agent's user name"));
    const qint64 customerId = params.id(QStringLiteral("customerId"));
    query.text = params.text(QStringLiteral("q"), false, 200);
    query.limit = params.limit(50, 200);
    query.cursor = params.cursor(QStringLiteral("after"));
    if (query.view == InboxView::ByChannel && !query.channel && channel != -1)
        params.addError(QStringLiteral("channel"), QStringLiteral("is required with view=by_channel"));
    if (params.hasErrors())
        return params.problem();

    ConversationStore conversations(context.db, context.dialect);
    bool badCursor = false;
    QString error;
    const std::optional<ConversationStore::Page> page = conversations.list(
        query, customerId, context.agent.agent.username, QDateTime::currentDateTimeUtc(), &badCursor, &error);
    if (badCursor)
        return malformedCursor();
    if (!page)
        return context.storageFailure(error);
    QJsonArray items;
    for (const ConversationSummary &row : page->rows)
        items.append(JsonCodec::toJson(row));
    return ServerResponse::json(200,
                                {{QStringLiteral("items"), items}, {QStringLiteral("next"), nextOrNull(page->next)}});
}

ServerResponse getConversation(RequestContext &context)
{
    const qint64 conversationId = context.request.idParam(QStringLiteral("conversationId"));
    ConversationStore conversations(context.db, context.dialect);
    QString error;
    const std::optional<ConversationStore::Record> record = conversations.conversation(conversationId, &error);
    if (!record)
        return error.isEmpty() ? notFound(conversationId) : context.storageFailure(error);
    ServerResponse response = ServerResponse::json(200, JsonCodec::toJson(record->conversation));
    response.setHeader(QByteArrayLiteral("ETag"), etagOf(record->conversation.version));
    return response;
}

ServerResponse listMessages(RequestContext &context)
{
    const qint64 conversationId = context.request.idParam(QStringLiteral("conversationId"));
    QueryParams params(context.request);
    const int limit = params.limit(50, 200);
    const QString after = params.cursor(QStringLiteral("after"));
    if (params.hasErrors())
        return params.problem();
    ConversationStore conversations(context.db, context.dialect);
    QString error;
    if (!conversations.conversation(conversationId, &error))
        return error.isEmpty() ? notFound(conversationId) : context.storageFailure(error);
    bool badCursor = false;
    const std::optional<ConversationStore::MessagePage> page =
        conversations.messages(conversationId, limit, after, &badCursor, &error);
    if (badCursor)
        return malformedCursor();
    if (!page)
        return context.storageFailure(error);
    QJsonArray items;
    for (const Message &message : page->messages)
        items.append(JsonCodec::toJson(message));
    return ServerResponse::json(200,
                                {{QStringLiteral("items"), items}, {QStringLiteral("next"), nextOrNull(page->next)}});
}

/// The body's conversationIds, when given, must be exactly [the path's id]
/// (the console's bulk payloads; each request is about one conversation).
void checkConversationIds(const QJsonObject &object, qint64 conversationId, RequestBody *body)
{
    const QJsonValue ids = object.value(QStringLiteral("conversationIds"));
    if (ids.isUndefined() || ids.isNull())
        return;
    const QJsonArray array = ids.toArray();
    if (!ids.isArray() || array.size() != 1 || !array.first().isDouble()
        || array.first().toInteger() != conversationId)
        body->addError(QStringLiteral("conversationIds"),
                       QStringLiteral("must be [%1], the conversation in the path, when given").arg(conversationId));
}

ServerResponse versionConflict(const ConversationStore::Record &now, int seen, bool concurrent)
{
    const ConversationSummary &c = now.conversation;
    const QString detail =
        concurrent
            ? QStringLiteral("Conversation %1 was changed at the same moment by %2: it is now %3 at version %4. "
                             "Look at it again before you act.")
                  .arg(c.id)
                  .arg(now.changedBy(), statusName(c.status))
                  .arg(c.version)
            : QStringLiteral("Conversation %1 changed since version %2: it is now %3 at version %4 (by %5). Look at "
                             "it again before you act.")
                  .arg(c.id)
                  .arg(seen)
                  .arg(statusName(c.status))
                  .arg(c.version)
                  .arg(now.changedBy());
    return ServerResponse::problem(412, QStringLiteral("version_conflict"), detail, {},
                                   {{QStringLiteral("current"), JsonCodec::toJson(c)},
                                    {QStringLiteral("changedBy"), now.changedBy()},
                                    {QStringLiteral("changedAt"), JsonCodec::timestamp(now.changedAt())}});
}

/// What tells one versioned conversation command from another.
struct VersionedCommand
{
    QString type;          ///< "conversation.assign"
    QStringList fields;    ///< the body's fields besides conversationIds
    /// Reads the body's fields (their errors into *body); may answer at once (403).
    std::function<std::optional<ServerResponse>(RequestBody &body, const QJsonObject &object)> read;
    /// Checks the command against the conversation as it is (403, 422); a
    /// storage error in *error.
    std::function<std::optional<ServerResponse>(ConversationStore &store, const ConversationStore::Record &current,
                                                QString *error)>
        check;
    /// Applies it; what it did goes to *audit.
    std::function<bool(ConversationStore &store, const ConversationStore::Record &current, const Command &command,
                       QJsonObject *audit, bool *conflict, QString *error)>
        apply;
    /// Where apply puts the changes it made beside the conversation (a
    /// survey sent); they go on the feed after the conversation's.
    const QList<JsonCodec::Change> *alsoChanged = nullptr;
};

ServerResponse runVersioned(RequestContext &context, const VersionedCommand &spec)
{
    const qint64 conversationId = context.request.idParam(QStringLiteral("conversationId"));
    CommandExecutor executor(context);
    return executor.execute(spec.type, QStringLiteral("conversation:") + QString::number(conversationId),
                            [&](const Command &command) {
        CommandExecutor::Effect effect;
        RequestBody body(context.request, QStringList(spec.fields) << QStringLiteral("conversationIds"));
        if (const std::optional<ServerResponse> problem = body.formatProblem()) {
            effect.response = *problem;
            return effect;
        }
        const QJsonObject object = QJsonDocument::fromJson(context.request.body).object();
        checkConversationIds(object, conversationId, &body);
        if (const std::optional<ServerResponse> refusal = spec.read(body, object)) {
            effect.response = *refusal;
            return effect;
        }
        bool malformed = false;
        const std::optional<int> ifMatch = CommandExecutor::ifMatchVersion(context.request, &malformed);
        if (malformed) {
            effect.response = ServerResponse::problem(
                400, QStringLiteral("malformed_request"),
                QStringLiteral("If-Match must be the conversation's ETag, e.g. \"7\"."));
            return effect;
        }
        if (!ifMatch) {
            effect.response = ServerResponse::problem(
                428, QStringLiteral("precondition_required"),
                QStringLiteral("Send If-Match with the conversation's version (its ETag)."));
            return effect;
        }
        if (body.hasErrors()) {
            effect.response = body.problem();
            return effect;
        }

        ConversationStore conversations(context.db, context.dialect);
        QString error;
        const std::optional<ConversationStore::Record> current = conversations.conversation(conversationId, &error);
        if (!current) {
            effect.response = error.isEmpty() ? notFound(conversationId) : context.storageFailure(error);
            return effect;
        }
        if (current->conversation.version != *ifMatch) {
            effect.response = versionConflict(*current, *ifMatch, false);
            return effect;
        }
        if (spec.check) {
            const std::optional<ServerResponse> refusal = spec.check(conversations, *current, &error);
            if (!error.isEmpty()) {
                effect.response = context.storageFailure(error);
                return effect;
            }
            if (refusal) {
                effect.response = *refusal;
                return effect;
            }
        }
        QJsonObject audit{{QStringLiteral("conversationId"), conversationId},
                          {QStringLiteral("customerId"), current->conversation.customerId}};
        bool conflict = false;
        if (!spec.apply(conversations, *current, command, &audit, &conflict, &error)) {
            if (!conflict) {
                effect.response = context.storageFailure(error);
                return effect;
            }
            error.clear();
            const std::optional<ConversationStore::Record> now = conversations.conversation(conversationId, &error);
            effect.response = now ? versionConflict(*now, *ifMatch, true)
                                  : context.storageFailure(error.isEmpty() ? QStringLiteral("the conversation vanished")
                                                                           : error);
            return effect;
        }
        const std::optional<ConversationStore::Record> after = conversations.conversation(conversationId, &error);
        if (!after) {
            effect.response =
                context.storageFailure(error.isEmpty() ? QStringLiteral("the conversation vanished") : error);
            return effect;
        }
        const QJsonObject json = JsonCodec::toJson(after->conversation);
        effect.applied = true;
        effect.customerId = current->conversation.customerId;
        effect.auditDetails = audit;
        JsonCodec::Change change;
        change.entity = QStringLiteral("conversation");
        change.entityId = conversationId;
        change.op = QStringLiteral("upsert");
        change.version = after->conversation.version;
        change.data = json;
        effect.changes.append(change);
        if (spec.alsoChanged)
            effect.changes.append(*spec.alsoChanged);
        effect.response = ServerResponse::json(200, json);
        effect.response.setHeader(QByteArrayLiteral("ETag"), etagOf(after->conversation.version));
        return effect;
    });
}

ServerResponse assign(RequestContext &context)
{
    const AgentRecord &agent = context.agent;
    QString assignee;
    QString queue;
    VersionedCommand spec;
    spec.type = QStringLiteral("conversation.assign");
    spec.fields = {QStringLiteral("assignee"), QStringLiteral("queue")};
    spec.read = [&](RequestBody &body, const QJsonObject &) -> std::optional<ServerResponse> {
        assignee = body.text(QStringLiteral("assignee"), true, 64, true).trimmed();
        queue = body.text(QStringLiteral("queue"), true, 40, true).trimmed();
        if (!assignee.isEmpty() && !UsernamePattern.match(assignee).hasMatch())
            body.addError(QStringLiteral("assignee"), QStringLiteral("must be an agent's user name, or empty"));
        if (!queue.isEmpty() && !QueuePattern.match(queue).hasMatch())
            body.addError(QStringLiteral("queue"), QStringLiteral("must be a queue name such as cards, or empty"));
        if (body.has(QStringLiteral("assignee")) && body.has(QStringLiteral("queue")) && assignee.isEmpty()
            && queue.isEmpty())
            body.addError(QStringLiteral("assignee"), QStringLiteral("choose an agent or a queue (both are empty)"));
        if (!agent.isSupervisor() && !assignee.isEmpty() && assignee != agent.agent.username)
            return ServerResponse::problem(
                403, QStringLiteral("forbidden"),
                QStringLiteral("Only a supervisor can assign a conversation to another agent. Assign it to yourself, "
                               "or release it to a queue."));
        return std::nullopt;
    };
    spec.check = [&](ConversationStore &store, const ConversationStore::Record &current,
                     QString *error) -> std::optional<ServerResponse> {
        const QString holder = current.conversation.assignee;
        if (!agent.isSupervisor() && !holder.isEmpty() && holder != agent.agent.username)
            return ServerResponse::problem(
                403, QStringLiteral("forbidden"),
                QStringLiteral("Conversation %1 is assigned to %2. Only a supervisor can take it over; ask them, or "
                               "ask %2 to release it.")
                    .arg(current.conversation.id)
                    .arg(holder));
        // The assignee must be an agent on record, checked in the transaction that assigns.
        if (!assignee.isEmpty() && !store.agentExists(assignee, error) && error->isEmpty())
            return ServerResponse::problem(
                422, QStringLiteral("validation_failed"), QStringLiteral("1 field is not valid."),
                {{QStringLiteral("assignee"),
                  QStringLiteral("there is no agent called %1; nothing was assigned").arg(assignee)}});
        return std::nullopt;
    };
    spec.apply = [&](ConversationStore &store, const ConversationStore::Record &current, const Command &command,
                     QJsonObject *audit, bool *conflict, QString *error) {
        audit->insert(QStringLiteral("assignee"), assignee);
        audit->insert(QStringLiteral("previousAssignee"), current.conversation.assignee);
        audit->insert(QStringLiteral("queue"), queue.isEmpty() ? current.conversation.queue : queue);
        return store.assign(current, assignee, queue, command.agent, command.issuedAt, conflict, error);
    };
    return runVersioned(context, spec);
}

ServerResponse setStatus(RequestContext &context)
{
    ConversationStatus status = ConversationStatus::Open;
    QList<JsonCodec::Change> surveySent;
    VersionedCommand spec;
    spec.alsoChanged = &surveySent;
    spec.type = QStringLiteral("conversation.status");
    spec.fields = {QStringLiteral("status")};
    spec.read = [&](RequestBody &body, const QJsonObject &) -> std::optional<ServerResponse> {
        const QString name = body.text(QStringLiteral("status"), true, 20);
        bool ok = false;
        status = statusFromName(name, &ok);
        if (!name.isEmpty() && !ok)
            body.addError(QStringLiteral("status"), QStringLiteral("must be one of %1").arg(StatusNames.join(u", ")));
        return std::nullopt;
    };
    spec.apply = [&](ConversationStore &store, const ConversationStore::Record &current, const Command &command,
                     QJsonObject *audit, bool *conflict, QString *error) {
        audit->insert(QStringLiteral("from"), statusName(current.conversation.status));
        audit->insert(QStringLiteral("to"), statusName(status));
        if (!store.setStatus(current, status, command.agent, command.issuedAt, conflict, error))
            return false;
        // Resolving an open conversation sends its satisfaction survey, in this transaction.
        if (!SatisfactionSurvey::isResolution(current.conversation.status, status))
            return true;
        JsonCodec::CsatRequestRecord sent;
        const std::optional<SatisfactionSurvey::Skip> survey =
            SatisfactionStore(context.db, context.dialect)
                .surveyOnResolution(current.conversation, status, command.agent, command.issuedAt, command.id, error,
                                    &sent);
        if (!survey)
            return false;
        // The supervisors' consoles count it from the feed.
        if (*survey == SatisfactionSurvey::Skip::None)
            surveySent.append(SupervisionHistoryStore::change(sent));
        audit->insert(QStringLiteral("satisfactionSurvey"), *survey == SatisfactionSurvey::Skip::None
                                                                ? QStringLiteral("sent")
                                                                : SatisfactionSurvey::skipName(*survey));
        return true;
    };
    return runVersioned(context, spec);
}

/// POST /v1/conversations/{id}/satisfaction: the customer's answer to the survey, once.
ServerResponse recordSatisfaction(RequestContext &context)
{
    const qint64 conversationId = context.request.idParam(QStringLiteral("conversationId"));
    CommandExecutor executor(context);
    return executor.execute(
        QStringLiteral("conversation.csat_answer"), QStringLiteral("conversation:") + QString::number(conversationId),
        [&](const Command &command) {
            CommandExecutor::Effect effect;
            RequestBody body(context.request, {QStringLiteral("score"), QStringLiteral("conversationId")});
            if (const std::optional<ServerResponse> problem = body.formatProblem()) {
                effect.response = *problem;
                return effect;
            }
            const std::optional<qint64> score = body.integer(QStringLiteral("score"), true,
                                                             SatisfactionSurvey::MinScore,
                                                             SatisfactionSurvey::MaxScore);
            const std::optional<qint64> named = body.integer(QStringLiteral("conversationId"), false, 1, MaxId);
            if (named && *named != conversationId)
                body.addError(
                    QStringLiteral("conversationId"),
                    QStringLiteral("must be %1, the conversation in the path, when given").arg(conversationId));
            if (body.hasErrors() || !score) {
                effect.response = body.problem();
                return effect;
            }

            ConversationStore conversations(context.db, context.dialect);
            QString error;
            const std::optional<ConversationStore::Record> current =
                conversations.conversation(conversationId, &error);
            if (!current) {
                effect.response = error.isEmpty() ? notFound(conversationId) : context.storageFailure(error);
                return effect;
            }
            SatisfactionStore::Answer answer;
            switch (SatisfactionStore(context.db, context.dialect)
                        .recordAnswer(conversationId, int(*score), command.issuedAt, command.id, &answer, &error)) {
            case SatisfactionStore::AnswerOutcome::Failed:
                effect.response = context.storageFailure(error);
                return effect;
            case SatisfactionStore::AnswerOutcome::NoSurvey:
                effect.response = ServerResponse::problem(
                    409, QStringLiteral("survey_not_sent"),
                    QStringLiteral("No satisfaction survey went out for conversation %1, so there is nothing to "
                                   "answer. A survey goes out when an open conversation is resolved.")
                        .arg(conversationId));
                return effect;
            case SatisfactionStore::AnswerOutcome::AlreadyAnswered:
                effect.response = ServerResponse::problem(
                    409, QStringLiteral("already_exists"),
                    QStringLiteral("The satisfaction survey of conversation %1 was answered already (score %2 at "
                                   "%3); a survey is answered once.")
                        .arg(conversationId)
                        .arg(answer.score)
                        .arg(JsonCodec::timestamp(answer.answeredAt)));
                return effect;
            case SatisfactionStore::AnswerOutcome::Recorded:
                break;
            }
            JsonCodec::CsatAnswerRecord recorded;
            recorded.id = answer.id;
            recorded.conversationId = conversationId;
            recorded.agent = answer.agent;
            recorded.channel = channelFromName(answer.channel);
            recorded.score = answer.score;
            recorded.answeredAt = answer.answeredAt;
            effect.changes.append(SupervisionHistoryStore::change(recorded));
            effect.applied = true;
            effect.customerId = current->conversation.customerId;
            effect.auditDetails = {{QStringLiteral("conversationId"), conversationId},
                                   {QStringLiteral("score"), answer.score},
                                   {QStringLiteral("agent"), answer.agent},
                                   {QStringLiteral("channel"), answer.channel}};
            effect.response = ServerResponse::json(
                201, {{QStringLiteral("conversationId"), conversationId},
                      {QStringLiteral("score"), answer.score},
                      {QStringLiteral("agent"), answer.agent},
                      {QStringLiteral("channel"), answer.channel},
                      {QStringLiteral("surveyedAt"), JsonCodec::timestamp(answer.surveyedAt)},
                      {QStringLiteral("answeredAt"), JsonCodec::timestamp(answer.answeredAt)}});
            return effect;
        });
}

ServerResponse setPriority(RequestContext &context)
{
    Priority priority = Priority::Normal;
    VersionedCommand spec;
    spec.type = QStringLiteral("conversation.priority");
    spec.fields = {QStringLiteral("priority")};
    spec.read = [&](RequestBody &body, const QJsonObject &) -> std::optional<ServerResponse> {
        const QString name = body.text(QStringLiteral("priority"), true, 20);
        bool ok = false;
        priority = priorityFromName(name, &ok);
        if (!name.isEmpty() && !ok)
            body.addError(QStringLiteral("priority"),
                          QStringLiteral("must be one of %1").arg(PriorityNames.join(u", ")));
        return std::nullopt;
    };
    spec.apply = [&](ConversationStore &store, const ConversationStore::Record &current, const Command &command,
                     QJsonObject *audit, bool *conflict, QString *error) {
        audit->insert(QStringLiteral("from"), priorityName(current.conversation.priority));
        audit->insert(QStringLiteral("to"), priorityName(priority));
        return store.setPriority(current, priority, SlaPolicy::defaults(), command.agent, command.issuedAt, conflict,
                                 error);
    };
    return runVersioned(context, spec);
}

ServerResponse addTopics(RequestContext &context)
{
    QStringList topics;
    VersionedCommand spec;
    spec.type = QStringLiteral("conversation.topics");
    spec.fields = {QStringLiteral("topics")};
    spec.read = [&](RequestBody &body, const QJsonObject &object) -> std::optional<ServerResponse> {
        const QJsonValue value = object.value(QStringLiteral("topics"));
        if (value.isUndefined() || value.isNull()) {
            body.addError(QStringLiteral("topics"), QStringLiteral("is required"));
            return std::nullopt;
        }
        if (!value.isArray() || value.toArray().isEmpty()) {
            body.addError(QStringLiteral("topics"), QStringLiteral("must be a list of at least one topic"));
            return std::nullopt;
        }
        for (const QJsonValue &topic : value.toArray()) {
            bool ok = false;
            topicFromName(topic.toString(), &ok);
            if (!topic.isString() || !ok) {
                body.addError(QStringLiteral("topics"),
                              QStringLiteral("must hold only topics CardDesk knows: %1").arg(topicNames().join(u", ")));
                return std::nullopt;
            }
            if (topics.contains(topic.toString())) {
                body.addError(QStringLiteral("topics"), QStringLiteral("must name each topic once"));
                return std::nullopt;
            }
            topics << topic.toString();
        }
        return std::nullopt;
    };
    spec.apply = [&](ConversationStore &store, const ConversationStore::Record &current, const Command &command,
                     QJsonObject *audit, bool *conflict, QString *error) {
        QJsonArray added;
        for (const QString &topic : std::as_const(topics)) {
            if (!current.conversation.topics.contains(topic))
                added.append(topic);
        }
        audit->insert(QStringLiteral("topics"), added);
        return store.addTopics(current, topics, command.agent, command.issuedAt, conflict, error);
    };
    return runVersioned(context, spec);
}

/// 409 no_written_channel: a reply needs a channel to write to the customer on.
ServerResponse noWrittenChannel(const QString &detail)
{
    JsonCodec::Problem problem;
    problem.status = 409;
    problem.code = QStringLiteral("no_written_channel");
    problem.title = QStringLiteral("No written channel");
    problem.detail = detail;
    ServerResponse response = ServerResponse::json(409, JsonCodec::toJson(problem));
    response.contentType = QByteArrayLiteral("application/problem+json");
    response.errorCode = problem.code;
    return response;
}

ServerResponse postMessage(RequestContext &context)
{
    const qint64 conversationId = context.request.idParam(QStringLiteral("conversationId"));
    // The command's type follows the body's kind (an unreadable kind is refused below).
    const bool note = QJsonDocument::fromJson(context.request.body).object().value(QStringLiteral("kind")).toString()
                      == QLatin1StringView("note");
    CommandExecutor executor(context);
    return executor.execute(
        note ? QStringLiteral("conversation.note") : QStringLiteral("conversation.reply"),
        QStringLiteral("conversation:") + QString::number(conversationId), [&](const Command &command) {
            CommandExecutor::Effect effect;
            RequestBody body(context.request,
                             {QStringLiteral("kind"), QStringLiteral("conversationId"), QStringLiteral("body")});
            if (const std::optional<ServerResponse> problem = body.formatProblem()) {
                effect.response = *problem;
                return effect;
            }
            const QString kind = body.text(QStringLiteral("kind"), true, 10);
            if (!kind.isEmpty() && kind != QLatin1StringView("reply") && kind != QLatin1StringView("note"))
                body.addError(QStringLiteral("kind"), QStringLiteral("must be reply or note"));
            const std::optional<qint64> named = body.integer(QStringLiteral("conversationId"), false, 1, MaxId);
            if (named && *named != conversationId)
                body.addError(
                    QStringLiteral("conversationId"),
                    QStringLiteral("must be %1, the conversation in the path, when given").arg(conversationId));
            const QString text = body.freeText(QStringLiteral("body"), true, MaxBodyLength, false).trimmed();
            if (body.hasErrors()) {
                effect.response = body.problem();
                return effect;
            }

            ConversationStore conversations(context.db, context.dialect);
            QString error;
            const std::optional<ConversationStore::Record> current =
                conversations.conversation(conversationId, &error);
            if (!current) {
                effect.response = error.isEmpty() ? notFound(conversationId) : context.storageFailure(error);
                return effect;
            }
            const Channel channel = current->conversation.channel;
            if (!note && (channel == Channel::Alert || channel == Channel::Phone)) {
                effect.response = noWrittenChannel(
                    channel == Channel::Alert
                        ? QStringLiteral("Conversation %1 is an alert: it has no channel to the customer. Add a note "
                                         "(kind note), or call the customer and log the call.")
                              .arg(conversationId)
                        : QStringLiteral("Conversation %1 is a phone conversation: it has no written channel. Log "
                                         "the call, add a note (kind note), or write to the customer on a written "
                                         "channel.")
                              .arg(conversationId));
                return effect;
            }
            Message message;
            message.conversationId = conversationId;
            message.direction = note ? MessageDirection::Note : MessageDirection::Outbound;
            message.author = command.agent;
            message.at = command.issuedAt;
            message.bodyText = text;
            // No channel gateway yet: a reply waits in the queue, and says so.
            message.delivery = note ? DeliveryState::Received : DeliveryState::Queued;
            message.commandId = command.id;
            message.id = conversations.appendMessage(message, command.agent, &error);
            if (!message.id) {
                effect.response = error.isEmpty() ? notFound(conversationId) : context.storageFailure(error);
                return effect;
            }
            const std::optional<ConversationStore::Record> after = conversations.conversation(conversationId, &error);
            if (!after) {
                effect.response =
                    context.storageFailure(error.isEmpty() ? QStringLiteral("the conversation vanished") : error);
                return effect;
            }
            const QJsonObject messageJson = JsonCodec::toJson(message);
            effect.applied = true;
            effect.customerId = current->conversation.customerId;
            effect.auditDetails = {{QStringLiteral("conversationId"), conversationId},
                                   {QStringLiteral("customerId"), current->conversation.customerId},
                                   {QStringLiteral("messageId"), message.id},
                                   {QStringLiteral("channel"), channelName(channel)},
                                   {QStringLiteral("kind"), note ? QStringLiteral("note") : QStringLiteral("reply")},
                                   {QStringLiteral("characters"), text.size()}};
            JsonCodec::Change messageChange;
            messageChange.entity = QStringLiteral("message");
            messageChange.entityId = message.id;
            messageChange.op = QStringLiteral("upsert");
            messageChange.data = messageJson;
            JsonCodec::Change conversationChange;
            conversationChange.entity = QStringLiteral("conversation");
            conversationChange.entityId = conversationId;
            conversationChange.op = QStringLiteral("upsert");
            conversationChange.version = after->conversation.version;
            conversationChange.data = JsonCodec::toJson(after->conversation);
            effect.changes << conversationChange << messageChange;   // a new conversation before its first message
            effect.response = ServerResponse::json(201, messageJson);
            effect.response.setHeader(QByteArrayLiteral("Location"),
                                      QStringLiteral("/v1/conversations/%1/messages").arg(conversationId).toLatin1());
            return effect;
        });
}

ServerResponse attachmentBytes(RequestContext &context)
{
    const qint64 attachmentId = context.request.idParam(QStringLiteral("attachmentId"));
    ConversationStore conversations(context.db, context.dialect);
    QString error;
    const std::optional<ConversationStore::StoredAttachment> stored = conversations.attachment(attachmentId, &error);
    if (!stored) {
        return error.isEmpty() ? ServerResponse::problem(404, QStringLiteral("not_found"),
                                                         QStringLiteral("There is no attachment %1.").arg(attachmentId))
                               : context.storageFailure(error);
    }
    if (!stored->hasBytes) {
        return ServerResponse::problem(
            404, QStringLiteral("not_found"),
            QStringLiteral("The bytes of attachment %1 are not on this server (its metadata came without them, e.g. "
                           "an import whose attachment folder was not found).")
                .arg(attachmentId));
    }
    // The bytes as bytes, whatever the sender declared (that is the metadata's
    // mimeType): nothing downloads them as something a browser would render,
    // and Content-Disposition says to save them (X-Content-Type-Options: nosniff).
    ServerResponse response;
    response.status = 200;
    response.contentType = QByteArrayLiteral("application/octet-stream");
    response.body = stored->bytes;
    QString fileName = stored->attachment.fileName;
    fileName.replace(QLatin1Char('/'), QLatin1Char('_')).replace(QLatin1Char('\\'), QLatin1Char('_'));
    response.setHeader(QByteArrayLiteral("Content-Disposition"),
                       "attachment; filename*=UTF-8''" + QUrl::toPercentEncoding(fileName));
    response.setHeader(QByteArrayLiteral("ETag"), '"' + stored->attachment.sha256.toLower() + '"');
    return response;
}

ServerResponse customerNotFound(qint64 customerId)
{
    return ServerResponse::problem(404, QStringLiteral("not_found"),
                                   QStringLiteral("There is no customer %1.").arg(customerId));
}

/// Whether customer @p customerId exists (false with an empty *error when not).
bool customerExists(RequestContext &context, qint64 customerId, QString *error)
{
    QSqlQuery q(context.db);
    q.setForwardOnly(true);
    if (!SqlValues::exec(q, QStringLiteral("SELECT 1 FROM customers WHERE id = ?"), {customerId}, error))
        return false;
    error->clear();
    return q.next();
}

/// The body's customerId, when given, must be the path's.
void checkCustomerId(RequestBody &body, qint64 customerId)
{
    const std::optional<qint64> named = body.integer(QStringLiteral("customerId"), false, 1, MaxId);
    if (named && *named != customerId)
        body.addError(QStringLiteral("customerId"),
                      QStringLiteral("must be %1, the customer in the path, when given").arg(customerId));
}

/// What a call or an outbound message did: @p message stored in conversation
/// @p conversationId; the feed gets the conversation as it is now and the
/// message, the answer is the contract's MessagePosted (both, so that the
/// console gives its provisional copy the server's id and version at once).
bool posted(RequestContext &context, ConversationStore &conversations, const Message &message,
            CommandExecutor::Effect *effect)
{
    QString error;
    const std::optional<ConversationStore::Record> after = conversations.conversation(message.conversationId, &error);
    if (!after) {
        effect->response = context.storageFailure(error.isEmpty() ? QStringLiteral("the conversation vanished") : error);
        return false;
    }
    const QJsonObject messageJson = JsonCodec::toJson(message);
    JsonCodec::Change messageChange;
    messageChange.entity = QStringLiteral("message");
    messageChange.entityId = message.id;
    messageChange.op = QStringLiteral("upsert");
    messageChange.data = messageJson;
    JsonCodec::Change conversationChange;
    conversationChange.entity = QStringLiteral("conversation");
    conversationChange.entityId = message.conversationId;
    conversationChange.op = QStringLiteral("upsert");
    conversationChange.version = after->conversation.version;
    conversationChange.data = JsonCodec::toJson(after->conversation);
    effect->applied = true;
    effect->changes << conversationChange << messageChange;   // a new conversation before its first message
    effect->response = ServerResponse::json(201, {{QStringLiteral("conversationId"), message.conversationId},
                                                  {QStringLiteral("conversation"), conversationChange.data},
                                                  {QStringLiteral("message"), messageJson}});
    effect->response.setHeader(QByteArrayLiteral("Location"),
                               QStringLiteral("/v1/conversations/%1").arg(message.conversationId).toLatin1());
    return true;
}

/// conversation.call, as the console's LocalInboxService::logCall: the call
/// continues conversation conversationId (of this customer), or opens a phone
/// conversation assigned to the agent, subject the reason, due for
/// resolution as a normal phone conversation. The call is the customer's
/// message ("Phone call (7 min 0 s): reason", then the notes), received; it
/// was answered live, so it is the conversation's first response. The audit
/// entry has the reason and duration, not the notes.
ServerResponse logCall(RequestContext &context)
{
    const qint64 customerId = context.request.idParam(QStringLiteral("customerId"));
    // The console's subject: the conversation the call continues, else the customer.
    const QJsonValue named = QJsonDocument::fromJson(context.request.body).object().value(QStringLiteral("conversationId"));
    const qint64 continued = named.isDouble() && named.toDouble() >= 1 && named.toDouble() <= double(MaxId)
                                 ? qint64(named.toDouble())
                                 : 0;
    const QString subject = continued > 0 ? QStringLiteral("conversation:") + QString::number(continued)
                                          : QStringLiteral("customer:") + QString::number(customerId);
    CommandExecutor executor(context);
    return executor.execute(QStringLiteral("conversation.call"), subject, [&](const Command &command) {
        CommandExecutor::Effect effect;
        RequestBody body(context.request,
                         {QStringLiteral("customerId"), QStringLiteral("conversationId"), QStringLiteral("reason"),
                          QStringLiteral("notes"), QStringLiteral("durationSeconds")});
        if (const std::optional<ServerResponse> problem = body.formatProblem()) {
            effect.response = *problem;
            return effect;
        }
        checkCustomerId(body, customerId);
        const std::optional<qint64> conversationId = body.integer(QStringLiteral("conversationId"), true, 0, MaxId);
        const QString why = body.freeText(QStringLiteral("reason"), true, 500, false).simplified();
        const QString notes = body.freeText(QStringLiteral("notes"), true, MaxBodyLength).trimmed();
        const std::optional<qint64> duration = body.integer(QStringLiteral("durationSeconds"), true, 0, 24 * 3600);
        if (why.size() + notes.size() > MaxBodyLength)
            body.addError(QStringLiteral("notes"), QStringLiteral("must be at most %1 characters with the reason")
                                                       .arg(MaxBodyLength));
        if (body.hasErrors()) {
            effect.response = body.problem();
            return effect;
        }

        QString error;
        if (!customerExists(context, customerId, &error)) {
            effect.response = error.isEmpty() ? customerNotFound(customerId) : context.storageFailure(error);
            return effect;
        }
        ConversationStore conversations(context.db, context.dialect);
        const QDateTime now = command.issuedAt;
        qint64 target = *conversationId;
        if (target > 0) {
            const std::optional<ConversationStore::Record> existing = conversations.conversation(target, &error);
            if (!error.isEmpty()) {
                effect.response = context.storageFailure(error);
                return effect;
            }
            if (!existing || existing->conversation.customerId != customerId) {
                body.addError(QStringLiteral("conversationId"),
                              QStringLiteral("must be one of customer %1's conversations, or 0 for a new phone "
                                             "conversation")
                                  .arg(customerId));
                effect.response = body.problem();
                return effect;
            }
        } else {
            ConversationStore::NewConversation n;
            n.customerId = customerId;
            n.channel = Channel::Phone;
            n.status = ConversationStatus::Open;
            n.assignee = command.agent;
            n.subject = why;
            n.createdAt = now;
            n.resolutionDue = SlaPolicy::defaults().resolutionDue(now, Channel::Phone, Priority::Normal).toUTC();
            target = conversations.insertConversation(n, command.agent, &error);
            if (!target) {
                effect.response = error.isEmpty() ? customerNotFound(customerId) : context.storageFailure(error);
                return effect;
            }
        }
        Message message;
        message.conversationId = target;
        message.direction = MessageDirection::Inbound;
        message.author = command.agent;
        message.at = now;
        message.bodyText = QStringLiteral("Phone call (%1 min %2 s): %3").arg(*duration / 60).arg(*duration % 60).arg(why);
        if (!notes.isEmpty())
            message.bodyText += QStringLiteral("\n\n") + notes;
        message.delivery = DeliveryState::Received;
        message.commandId = command.id;
        message.id = conversations.appendMessage(message, command.agent, &error);
        // The call was answered live: that is the first response.
        if (!message.id || !conversations.markResponded(target, now, &error)) {
            effect.response = context.storageFailure(error.isEmpty() ? QStringLiteral("the conversation vanished")
                                                                     : error);
            return effect;
        }
        if (!posted(context, conversations, message, &effect))
            return effect;
        effect.customerId = customerId;
        effect.auditDetails = {{QStringLiteral("customerId"), customerId},
                               {QStringLiteral("conversationId"), target},
                               {QStringLiteral("messageId"), message.id},
                               {QStringLiteral("newConversation"), *conversationId == 0},
                               {QStringLiteral("reason"), why},
                               {QStringLiteral("durationSeconds"), *duration}};
        return effect;
    });
}

/// conversation.outbound, as the console's LocalInboxService::writeToCustomer:
/// a conversation on a written channel, assigned to the agent and resolved
/// (nothing waits unless the customer answers), with the agent's message
/// queued for the channel (no gateway yet). The audit entry has the channel
/// and the length, not the text.
ServerResponse writeToCustomer(RequestContext &context)
{
    const qint64 customerId = context.request.idParam(QStringLiteral("customerId"));
    CommandExecutor executor(context);
    return executor.execute(
        QStringLiteral("conversation.outbound"), QStringLiteral("customer:") + QString::number(customerId),
        [&](const Command &command) {
            CommandExecutor::Effect effect;
            RequestBody body(context.request, {QStringLiteral("customerId"), QStringLiteral("channel"),
                                               QStringLiteral("subject"), QStringLiteral("body")});
            if (const std::optional<ServerResponse> problem = body.formatProblem()) {
                effect.response = *problem;
                return effect;
            }
            checkCustomerId(body, customerId);
            const QString channelText = body.text(QStringLiteral("channel"), true, 20);
            bool known = false;
            const Channel channel = channelFromName(channelText, &known);
            if (!channelText.isEmpty() && (!known || channel == Channel::Phone || channel == Channel::Alert))
                body.addError(QStringLiteral("channel"),
                              QStringLiteral("must be a written channel: email, chat, webform, social or app"));
            const QString title = body.freeText(QStringLiteral("subject"), true, 300).trimmed();
            const QString text = body.freeText(QStringLiteral("body"), true, MaxBodyLength, false).trimmed();
            if (body.hasErrors()) {
                effect.response = body.problem();
                return effect;
            }

            QString error;
            ConversationStore conversations(context.db, context.dialect);
            ConversationStore::NewConversation n;
            n.customerId = customerId;
            n.channel = channel;
            n.status = ConversationStatus::Resolved;
            n.assignee = command.agent;
            n.subject = title;
            n.createdAt = command.issuedAt;
            const qint64 conversationId = conversations.insertConversation(n, command.agent, &error);
            if (!conversationId) {
                effect.response = error.isEmpty() ? customerNotFound(customerId) : context.storageFailure(error);
                return effect;
            }
            Message message;
            message.conversationId = conversationId;
            message.direction = MessageDirection::Outbound;
            message.author = command.agent;
            message.at = command.issuedAt;
            message.bodyText = text;
            message.delivery = DeliveryState::Queued;   // no channel gateway yet
            message.commandId = command.id;
            // An agent's first message: it is the first response too.
            message.id = conversations.appendMessage(message, command.agent, &error);
            if (!message.id) {
                effect.response = context.storageFailure(error.isEmpty() ? QStringLiteral("the conversation vanished")
                                                                         : error);
                return effect;
            }
            if (!posted(context, conversations, message, &effect))
                return effect;
            effect.customerId = customerId;
            effect.auditDetails = {{QStringLiteral("customerId"), customerId},
                                   {QStringLiteral("conversationId"), conversationId},
                                   {QStringLiteral("messageId"), message.id},
                                   {QStringLiteral("channel"), channelName(channel)},
                                   {QStringLiteral("characters"), text.size()}};
            return effect;
        });
}

} // namespace

void ConversationApi::addRoutes(Router &router)
{
    router.add("GET", QStringLiteral("/v1/conversations"), Router::Access::Agent, &listConversations);
    router.add("GET", QStringLiteral("/v1/conversations/{conversationId}"), Router::Access::Agent, &getConversation);
    router.add("GET", QStringLiteral("/v1/conversations/{conversationId}/messages"), Router::Access::Agent,
               &listMessages);
    router.add("POST", QStringLiteral("/v1/conversations/{conversationId}/messages"), Router::Access::Agent,
               &postMessage);
    router.add("POST", QStringLiteral("/v1/conversations/{conversationId}/assign"), Router::Access::Agent, &assign);
    router.add("POST", QStringLiteral("/v1/conversations/{conversationId}/status"), Router::Access::Agent, &setStatus);
    router.add("POST", QStringLiteral("/v1/conversations/{conversationId}/priority"), Router::Access::Agent,
               &setPriority);
    router.add("POST", QStringLiteral("/v1/conversations/{conversationId}/topics"), Router::Access::Agent, &addTopics);
    router.add("POST", QStringLiteral("/v1/conversations/{conversationId}/satisfaction"), Router::Access::Agent,
               &recordSatisfaction);
    router.add("GET", QStringLiteral("/v1/attachments/{attachmentId}"), Router::Access::Agent, &attachmentBytes);
    router.add("POST", QStringLiteral("/v1/customers/{customerId}/calls"), Router::Access::Agent, &logCall);
    router.add("POST", QStringLiteral("/v1/customers/{customerId}/outbound-messages"), Router::Access::Agent,
               &writeToCustomer);
}
