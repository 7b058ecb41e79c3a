#include "commandroute.h"

#include <QJsonArray>
#include <QUuid>

#include <functional>

namespace {

using Adapt = std::function<bool(const Command &, const CommandRoute::Context &, QJsonObject *body, QString *error)>;

/// One operation of the contract and how a command's payload becomes its body.
struct Spec
{
    const char *type;
    const char *pathTemplate;   ///< with one {xId} parameter, or none
    const char *subjectKind;    ///< the subject's kind the parameter comes from ("card"), or nullptr
    CommandRoute::VersionSource version;
    Adapt adapt;                ///< nullptr: the payload is the body
};

/// The subject's kind and ids: "conversation:1,2" -> ("conversation", [1, 2]).
bool parseSubject(const QString &subject, QString *kind, QList<qint64> *ids)
{
    const qsizetype colon = subject.indexOf(QLatin1Char(':'));
    if (colon <= 0)
        return false;
    *kind = subject.left(colon);
    const QStringList parts = subject.mid(colon + 1).split(QLatin1Char(','));
    for (const QString &part : parts) {
        bool ok = false;
        const qint64 id = part.toLongLong(&ok);
        if (!ok || id == 0)
            return false;   // negative: provisional, made by this console (Database::newRowId)
        ids->append(id);
    }
    return !ids->isEmpty();
}

qint64 idValue(const QJsonObject &object, QLatin1StringView key)
{
    const QJsonValue value = object.value(key);
    return value.isDouble() ? qint64(value.toDouble()) : 0;
}

bool isConversationBulk(const QString &type)
{
    return type == QLatin1String("conversation.assign") || type == QLatin1String("conversation.status")
           || type == QLatin1String("conversation.priority") || type == QLatin1String("conversation.topics");
}

/// The contract's SingleConversation: when the payload names its conversations, exactly this one.
bool singleConversation(const Command &command, const CommandRoute::Context &, QJsonObject *body, QString *error)
{
    const QJsonValue ids = body->value(QLatin1StringView("conversationIds"));
    if (ids.isUndefined())
        return true;
    QString kind;
    QList<qint64> subjectIds;
    parseSubject(command.subject, &kind, &subjectIds);
    const QJsonArray array = ids.toArray();
    if (array.size() != 1 || subjectIds.size() != 1 || qint64(array.at(0).toDouble()) != subjectIds.constFirst()) {
        *error = CommandRoute::tr("The command %1 names several conversations; it is sent one conversation at a "
                                  "time (split it first).")
                     .arg(command.type);
        return false;
    }
    return true;
}

const QList<Spec> &specs()
{
    using V = CommandRoute::VersionSource;
    static const QList<Spec> table = {
        // Agents
        {"agent.presence.set", "/v1/agents/me/presence", nullptr, V::None, nullptr},
        // Customers
        {"customer.contact.update", "/v1/customers/{customerId}/contact", "customer", V::None, nullptr},
        {"customer.verification.record", "/v1/customers/{customerId}/verifications", "customer", V::None, nullptr},
        {"customer.national_id.reveal", "/v1/customers/{customerId}/national-id/reveal", "customer", V::None, nullptr},
        {"customer.address_flag.clear", "/v1/customers/{customerId}/address-flag/clear", "customer", V::None, nullptr},
        // Cards: the payload's expectedVersion is the If-Match.
        {"card.lock", "/v1/cards/{cardId}/lock", "card", V::Payload, nullptr},
        {"card.unlock", "/v1/cards/{cardId}/unlock", "card", V::Payload, nullptr},
        {"card.close", "/v1/cards/{cardId}/close", "card", V::Payload, nullptr},
        // The console makes card.activate only once the customer confirmed
        // the card is in hand (CardService::activate refuses before); the
        // contract wants that said in the body.
        {"card.activate", "/v1/cards/{cardId}/activate", "card", V::Payload,
         [](const Command &, const CommandRoute::Context &, QJsonObject *body, QString *) {
             body->insert(QStringLiteral("customerConfirmedReceipt"), true);
             return true;
         }},
        {"card.controls.set", "/v1/cards/{cardId}/controls", "card", V::Payload, nullptr},
        {"card.limits.set", "/v1/cards/{cardId}/limits", "card", V::Payload, nullptr},
        {"card.replacement.order", "/v1/cards/{cardId}/replacement", "card", V::Payload, nullptr},
        {"card.pin.reset", "/v1/cards/{cardId}/pin-reset", "card", V::Payload, nullptr},
        {"card.not_received", "/v1/cards/{cardId}/not-received", "card", V::Payload, nullptr},
        // Disputes: the console's subject is the transaction; the contract's
        // path is the card's and its body names the transaction.
        {"card.dispute.file", "/v1/cards/{cardId}/disputes", nullptr, V::None,
         [](const Command &command, const CommandRoute::Context &, QJsonObject *body, QString *error) {
             QString kind;
             QList<qint64> ids;
             if (!parseSubject(command.subject, &kind, &ids) || kind != QLatin1String("transaction") || ids.size() != 1) {
                 *error = CommandRoute::tr("The dispute does not name its transaction (subject %1).").arg(command.subject);
                 return false;
             }
             body->insert(QStringLiteral("transactionId"), double(ids.constFirst()));
             body->remove(QStringLiteral("cardId"));   // in the path
             // Filed outside the lost-card workflow (0): the contract's workflowId is left out.
             // (A provisional workflow's id is negative and becomes the server's at adoption.)
             if (body->value(QStringLiteral("workflowId")).toInteger() == 0)
                 body->remove(QStringLiteral("workflowId"));
             return true;
         }},
        // Workflows
        {"card.workflow.start", "/v1/cards/{cardId}/workflows", "card", V::None, nullptr},
        {"card.workflow.save", "/v1/workflows/{workflowId}/save", "workflow", V::Payload, nullptr},
        {"card.workflow.complete", "/v1/workflows/{workflowId}/complete", "workflow", V::Payload, nullptr},
        {"card.workflow.abandon", "/v1/workflows/{workflowId}/abandon", "workflow", V::Payload, nullptr},
        // Alerts
        {"alert.genuine", "/v1/alerts/{alertId}/genuine", "alert", V::None, nullptr},
        {"alert.fraud", "/v1/alerts/{alertId}/fraud", "alert", V::None, nullptr},
        // Conversations: a reply and a note are one operation, told apart by kind.
        {"conversation.reply", "/v1/conversations/{conversationId}/messages", "conversation", V::None,
         [](const Command &, const CommandRoute::Context &, QJsonObject *body, QString *) {
             body->insert(QStringLiteral("kind"), QStringLiteral("reply"));
             return true;
         }},
        {"conversation.note", "/v1/conversations/{conversationId}/messages", "conversation", V::None,
         [](const Command &, const CommandRoute::Context &, QJsonObject *body, QString *) {
             body->insert(QStringLiteral("kind"), QStringLiteral("note"));
             return true;
         }},
        {"conversation.assign", "/v1/conversations/{conversationId}/assign", "conversation", V::Context,
         singleConversation},
        {"conversation.status", "/v1/conversations/{conversationId}/status", "conversation", V::Context,
         singleConversation},
        {"conversation.priority", "/v1/conversations/{conversationId}/priority", "conversation", V::Context,
         singleConversation},
        {"conversation.topics", "/v1/conversations/{conversationId}/topics", "conversation", V::Context,
         singleConversation},
        // The customer's answer to the satisfaction survey the server sent.
        {"conversation.csat_answer", "/v1/conversations/{conversationId}/satisfaction", "conversation", V::None,
         nullptr},
        // Calls and outbound messages hang off the customer, whatever the subject.
        {"conversation.call", "/v1/customers/{customerId}/calls", nullptr, V::None,
         [](const Command &, const CommandRoute::Context &context, QJsonObject *body, QString *) {
             if (idValue(*body, QLatin1StringView("customerId")) <= 0 && context.customerId > 0)
                 body->insert(QStringLiteral("customerId"), double(context.customerId));
             return true;
         }},
        {"conversation.outbound", "/v1/customers/{customerId}/outbound-messages", nullptr, V::None, nullptr},
    };
    return table;
}

const Spec *specFor(const QString &type)
{
    for (const Spec &spec : specs()) {
        if (type == QLatin1String(spec.type))
            return &spec;
    }
    return nullptr;
}

/// The path parameter's value when the subject does not give it.
qint64 parameterFromElsewhere(const QString &parameter, const Command &command, const CommandRoute::Context &context)
{
    if (parameter == QLatin1String("cardId")) {
        const qint64 fromPayload = idValue(command.payload, QLatin1StringView("cardId"));
        return fromPayload > 0 ? fromPayload : context.cardId;
    }
    if (parameter == QLatin1String("customerId")) {
        const qint64 fromPayload = idValue(command.payload, QLatin1StringView("customerId"));
        return fromPayload > 0 ? fromPayload : context.customerId;
    }
    return 0;
}

} // namespace

std::optional<CommandRoute> CommandRoute::of(const Command &command, QString *error, const Context &context)
{
    QString localError;
    if (!error)
        error = &localError;
    if (serverSideTypes().contains(command.type)) {
        *error = tr("The command %1 is not sent to the server: in remote mode the server does this itself.")
                     .arg(command.type);
        return std::nullopt;
    }
    const Spec *spec = specFor(command.type);
    if (!spec) {
        *error = tr("CardDesk does not know how to send a command of type %1 to the server.").arg(command.type);
        return std::nullopt;
    }

    CommandRoute route;
    route.m_type = command.type;
    route.m_pathTemplate = QString::fromLatin1(spec->pathTemplate);
    route.m_versionSource = spec->version;
    route.m_body = command.payload;

    // The path parameter: from the subject when the operation is about the
    // subject, otherwise from the payload or the caller's context.
    const qsizetype open = route.m_pathTemplate.indexOf(QLatin1Char('{'));
    route.m_path = route.m_pathTemplate;
    if (open >= 0) {
        const qsizetype close = route.m_pathTemplate.indexOf(QLatin1Char('}'), open);
        const QString parameter = route.m_pathTemplate.mid(open + 1, close - open - 1);
        qint64 id = 0;
        if (spec->subjectKind) {
            QString kind;
            QList<qint64> ids;
            if (!parseSubject(command.subject, &kind, &ids) || kind != QLatin1String(spec->subjectKind)) {
                *error = tr("The command %1 has the subject %2; it needs a %3.")
                             .arg(command.type, command.subject, QLatin1String(spec->subjectKind));
                return std::nullopt;
            }
            if (ids.size() != 1) {
                *error = tr("The command %1 names several conversations; it is sent one conversation at a time "
                            "(split it first).")
                             .arg(command.type);
                return std::nullopt;
            }
            id = ids.constFirst();
        } else {
            id = parameterFromElsewhere(parameter, command, context);
        }
        if (id == 0) {
            *error = tr("The command %1 cannot be sent: the request needs the %2, which neither the command nor "
                        "the cache gave.")
                         .arg(command.type, parameter);
            return std::nullopt;
        }
        route.m_path.replace(open, close - open + 1, QString::number(id));
    }

    if (spec->adapt && !spec->adapt(command, context, &route.m_body, error))
        return std::nullopt;

    switch (spec->version) {
    case VersionSource::None:
        break;
    case VersionSource::Payload: {
        const QJsonValue expected = command.payload.value(QLatin1StringView("expectedVersion"));
        if (!expected.isDouble() || expected.toDouble() < 0) {
            *error = tr("The command %1 cannot be sent: it does not say which version it changes "
                        "(expectedVersion).")
                         .arg(command.type);
            return std::nullopt;
        }
        route.m_ifMatch = expected.toInt();
        break;
    }
    case VersionSource::Context:
        if (!context.version || *context.version < 0) {
            *error = tr("The command %1 cannot be sent: it needs the version of %2 the agent saw.")
                         .arg(command.type, command.subject);
            return std::nullopt;
        }
        route.m_ifMatch = *context.version;
        break;
    }
    return route;
}

std::optional<CommandRoute> CommandRoute::of(const Command &command, QString *error)
{
    return of(command, error, Context());
}

QStringList CommandRoute::routedTypes()
{
    QStringList types;
    for (const Spec &spec : specs())
        types << QString::fromLatin1(spec.type);
    return types;
}

QStringList CommandRoute::serverSideTypes()
{
    return {QStringLiteral("card.delivery.advance"), QStringLiteral("alert.screen"),
            QStringLiteral("conversation.import_email"), QStringLiteral("conversation.csat_request")};
}

QList<Command> CommandRoute::perConversation(const Command &command)
{
    QString kind;
    QList<qint64> ids;
    if (!isConversationBulk(command.type) || !parseSubject(command.subject, &kind, &ids)
        || kind != QLatin1String("conversation") || ids.size() < 2)
        return {command};
    QList<Command> commands;
    for (const qint64 id : std::as_const(ids)) {
        Command one = command;
        one.id = QUuid::createUuidV5(command.id, QStringLiteral("conversation:") + QString::number(id));
        one.subject = QStringLiteral("conversation:") + QString::number(id);
        if (one.payload.contains(QLatin1StringView("conversationIds")))
            one.payload.insert(QStringLiteral("conversationIds"), QJsonArray{double(id)});
        commands << one;
    }
    return commands;
}

bool CommandRoute::keepsResponse(const QString &type)
{
    return type != QLatin1String("customer.national_id.reveal");
}

QByteArray CommandRoute::ifMatchHeader(int version)
{
    return '"' + QByteArray::number(version) + '"';
}

QString CommandRoute::type() const
{
    return m_type;
}

QString CommandRoute::method() const
{
    return m_method;
}

QString CommandRoute::path() const
{
    return m_path;
}

QString CommandRoute::pathTemplate() const
{
    return m_pathTemplate;
}

QJsonObject CommandRoute::body() const
{
    return m_body;
}

std::optional<int> CommandRoute::ifMatch() const
{
    return m_ifMatch;
}

CommandRoute::VersionSource CommandRoute::versionSource() const
{
    return m_versionSource;
}

OutboxRequest CommandRoute::outboxRequest() const
{
    OutboxRequest request;
    request.method = m_method;
    request.path = m_path;
    request.body = m_body;
    request.ifMatch = m_ifMatch;
    return request;
}
