#include "localinboxservice.h"

#include "commandprocessor.h"

#include "domain/cardnumber.h"
#include "domain/intentclassifier.h"
#include "domain/satisfactionsurvey.h"
#include "domain/slapolicy.h"
#include "mail/attachmentstore.h"
#include "mail/emailparser.h"
#include "storage/conversationrepository.h"
#include "storage/database.h"
#include "storage/databaseworker.h"
#include "storage/satisfactionrepository.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QMetaObject>
#include <QPromise>
#include <QSet>
#include <QThreadPool>
#include <QUuid>
#include <QtConcurrent>

namespace {

using namespace ConversationNames;

QString subjectFor(const QList<qint64> &ids)
{
    QStringList parts;
    for (const qint64 id : ids)
        parts << QString::number(id);
    return QStringLiteral("conversation:") + parts.join(QLatin1Char(','));
}

QJsonArray idArray(const QList<qint64> &ids)
{
    QJsonArray array;
    for (const qint64 id : ids)
        array.append(id);
    return array;
}

CommandResult rejected(const QString &message)
{
    CommandResult result;
    result.status = CommandResult::Rejected;
    result.message = message;
    return result;
}

QFuture<CommandResult> ready(const CommandResult &result)
{
    return QtFuture::makeReadyFuture(result);
}

QString notOpen()
{
    return QCoreApplication::translate("LocalInboxService", "The conversation database is not open.");
}

QString noSuchConversation(qint64 id)
{
    return QCoreApplication::translate("LocalInboxService", "Conversation %1 no longer exists. Refresh the inbox.").arg(id);
}

/// The agent's answer to a storage error: nothing changed, try again.
CommandResult storageFailed(const QString &detail)
{
    qWarning("LocalInboxService: %s", qUtf8Printable(detail));
    CommandResult result;
    result.status = CommandResult::Failed;
    result.message = QCoreApplication::translate("LocalInboxService", "The change could not be saved, and nothing was changed. Try again.");
    return result;
}

/// Mail parsed off the database thread, waiting to be stored.
struct ParsedBatch
{
    QList<ParsedEmail> emails;
    QStringList fileNames;
    QStringList refused;
};

/// A stable Message-ID for mail that has none, so that importing the same
/// file twice is still recognised as a duplicate.
QString syntheticMessageId(const ParsedEmail &email)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(email.fromAddress.toUtf8());
    hash.addData(ConversationRepository::isoTime(email.date).toUtf8());
    hash.addData(email.subject.toUtf8());
    hash.addData(email.text.toUtf8());
    return QStringLiteral("carddesk-") + QString::fromLatin1(hash.result().toHex().left(32))
           + QStringLiteral("@import.invalid");
}

/// The classifier's posterior above which an imported conversation gets its
/// topic stored (stricter than the 0.35 at which the view only suggests one).
constexpr double TopicConfidenceToStore = 0.6;

/// Removes a temporary attachment folder (test databases only) on the thread
/// pool: it may hold many blobs, and the GUI thread does no file work.
void removeInBackground(const QString &folder)
{
    QThreadPool::globalInstance()->start([folder] { QDir(folder).removeRecursively(); });
}

/// A repository call's outcome as a bulk step: nothing (go on), or why it stopped.
std::optional<CommandResult> stepOutcome(bool ok, qint64 id, const QString &error)
{
    if (ok)
        return std::nullopt;
    return error.isEmpty() ? rejected(noSuchConversation(id)) : storageFailed(error);
}

} // namespace

LocalInboxService::LocalInboxService(DatabaseWorker *worker, QObject *parent)
    : InboxService(parent)
    , m_worker(worker)
{
}

LocalInboxService::~LocalInboxService()
{
    if (m_removeRootWhenDone)
        removeInBackground(m_attachmentRoot);
}

void LocalInboxService::setAgent(const Agent &agent)
{
    m_agent = agent;
}

void LocalInboxService::setDatabasePath(const QString &databasePath)
{
    if (m_removeRootWhenDone)
        removeInBackground(m_attachmentRoot);
    m_removeRootWhenDone = databasePath == QLatin1String(":memory:") || databasePath.isEmpty();
    if (m_removeRootWhenDone) {
        // A name only: nothing is created here, on the GUI thread.
        m_attachmentRoot = QDir(QDir::tempPath())
                               .filePath(QStringLiteral("carddesk-attachments-")
                                         + QUuid::createUuid().toString(QUuid::WithoutBraces));
    } else {
        m_attachmentRoot = QFileInfo(databasePath).absoluteDir().filePath(QStringLiteral("attachments"));
    }
    // The folder itself is made by the AttachmentStore when the first blob
    // arrives, on the thread that writes it.
}

QString LocalInboxService::attachmentRoot() const
{
    return m_attachmentRoot;
}

QFuture<ConversationPage> LocalInboxService::conversations(const InboxQuery &query)
{
    const QString agent = m_agent.username;
    return m_worker->run([query, agent](Database &db) {
        if (!db.isOpen()) {
            ConversationPage page;
            page.error = notOpen();
            return page;
        }
        return ConversationRepository(db).list(query, agent, QDateTime::currentDateTimeUtc());
    });
}

QFuture<InboxCounts> LocalInboxService::counts()
{
    const QString agent = m_agent.username;
    return m_worker->run([agent](Database &db) {
        if (!db.isOpen())
            return InboxCounts();
        QString error;
        const InboxCounts counts = ConversationRepository(db).counts(agent, QDateTime::currentDateTimeUtc(), &error);
        if (!error.isEmpty())
            qWarning("LocalInboxService: counts: %s", qUtf8Printable(error));
        return counts;
    });
}

QFuture<ThreadResult> LocalInboxService::thread(qint64 conversationId)
{
    return m_worker->run([conversationId](Database &db) mutable {
        ThreadResult result;
        if (!db.isOpen()) {
            result.error = notOpen();
            return result;
        }
        CommandProcessor::resolveProvisional(db, QStringLiteral("conversation"), &conversationId, nullptr);
        QString error;
        const std::optional<ConversationThread> thread = ConversationRepository(db).thread(conversationId, &error);
        if (thread) {
            result.found = true;
            result.thread = *thread;
        } else if (!error.isEmpty()) {
            qWarning("LocalInboxService: thread %lld: %s", conversationId, qUtf8Printable(error));
            result.error = tr("The conversation could not be read. Try again.");
        } else {
            result.error = noSuchConversation(conversationId);
        }
        return result;
    });
}

QFuture<QList<ConversationSummary>> LocalInboxService::conversationsOfCustomer(qint64 customerId, int limit)
{
    return m_worker->run([customerId, limit](Database &db) {
        if (!db.isOpen())
            return QList<ConversationSummary>();
        QString error;
        return ConversationRepository(db).conversationsOfCustomer(customerId, limit, &error);
    });
}

QFuture<CommandResult> LocalInboxService::sendReply(qint64 conversationId, const QString &body)
{
    return addMessage(conversationId, body, true);
}

QFuture<CommandResult> LocalInboxService::addNote(qint64 conversationId, const QString &body)
{
    return addMessage(conversationId, body, false);
}

std::optional<CommandResult> LocalInboxService::bodyRefusal(const QString &text, bool reply)
{
    if (text.isEmpty())
        return rejected(reply ? tr("Write a reply first.") : tr("Write the note first."));
    if (text.size() > MaxBodyLength)
        return rejected(tr("The text is too long (%1 characters; at most %2). Shorten it or "
                           "attach the details as a file.")
                            .arg(text.size())
                            .arg(MaxBodyLength));
    // Checked before anything is written: a refused reply must not leave the
    // number in the command log either.
    if (CardNumber::containsCardNumber(text)) {
        CommandResult result = rejected(
            reply ? tr("This reply contains a full card number. Card numbers are never sent to customers: "
                       "mask it (first six and last four digits at most) and send again. Nothing was sent.")
                  : tr("This note contains a full card number. Card numbers are never stored: mask it "
                       "(first six and last four digits at most) and save again."));
        result.fieldErrors.insert(QStringLiteral("body"), QStringLiteral("card_number"));
        return result;
    }
    return std::nullopt;
}

QFuture<OutboundResult> LocalInboxService::writeToCustomer(qint64 customerId, Channel channel, const QString &subject,
                                                           const QString &body)
{
    const QString text = body.trimmed();
    const QString title = subject.trimmed().left(300);
    OutboundResult refused;
    if (const std::optional<CommandResult> refusal = bodyRefusal(text, true)) {
        refused.result = *refusal;
        return QtFuture::makeReadyFuture(refused);
    }
    if (channel == Channel::Phone || channel == Channel::Alert) {
        refused.result = rejected(tr("A written message needs a written channel: email, the app, chat or social."));
        return QtFuture::makeReadyFuture(refused);
    }
    const Command command = Command::make(QStringLiteral("conversation.outbound"),
                                          QStringLiteral("customer:") + QString::number(customerId),
                                          {{QStringLiteral("customerId"), customerId},
                                           {QStringLiteral("channel"), channelName(channel)},
                                           {QStringLiteral("subject"), title},
                                           {QStringLiteral("body"), text}},
                                          m_agent.username);
    return m_worker->run([this, command, customerId, channel, title, text](Database &db) {
        OutboundResult sent;
        if (!db.isOpen()) {
            sent.result = storageFailed(notOpen());
            return sent;
        }
        sent.result = CommandProcessor(db).apply(command, [&](Database &db, const Command &, QJsonObject *audit) {
            ConversationRepository conversations(db);
            QString error;
            const QDateTime now = QDateTime::currentDateTimeUtc();
            ConversationRepository::NewConversation n;
            n.customerId = customerId;
            n.channel = channel;
            // Sent, and waiting for nothing unless the customer answers.
            n.status = ConversationStatus::Resolved;
            n.assignee = command.agent;
            n.language.clear();   // the customer's, looked up by insertConversation
            n.subject = title;
            n.createdAt = now;
            const qint64 conversationId = conversations.insertConversation(n, &error);
            if (!conversationId)
                return error.isEmpty() ? rejected(tr("There is no customer %1.").arg(customerId)) : storageFailed(error);
            Message message;
            message.commandId = command.id;   // the server's copy replaces this one (remote mode)
            message.conversationId = conversationId;
            message.direction = MessageDirection::Outbound;
            message.author = command.agent;
            message.at = now;
            message.bodyText = text;
            message.delivery = DeliveryState::Queued;   // no channel gateway in local mode
            const qint64 messageId = conversations.insertMessage(message, {}, QString(), &error);
            if (!messageId || !conversations.markResponded(conversationId, now, &error))
                return storageFailed(error);
            sent.conversationId = conversationId;
            audit->insert(QStringLiteral("customerId"), customerId);
            audit->insert(QStringLiteral("conversationId"), conversationId);
            audit->insert(QStringLiteral("messageId"), messageId);
            audit->insert(QStringLiteral("channel"), channelName(channel));
            audit->insert(QStringLiteral("characters"), text.size());
            CommandResult outcome;
            outcome.status = CommandResult::Applied;
            outcome.message = tr("Message queued. This desk works without a channel gateway, so it stays queued and "
                                 "has not reached the customer yet.");
            return outcome;
        });
        if (sent.result.status == CommandResult::Applied)
            notifyChanged({sent.conversationId}, true);
        return sent;
    });
}

QFuture<CommandResult> LocalInboxService::addMessage(qint64 conversationId, const QString &body, bool reply)
{
    const QString text = body.trimmed();
    if (const std::optional<CommandResult> refusal = bodyRefusal(text, reply))
        return ready(*refusal);

    Command command = Command::make(reply ? QStringLiteral("conversation.reply") : QStringLiteral("conversation.note"),
                                    subjectFor({conversationId}),
                                    {{QStringLiteral("conversationId"), conversationId},
                                     {QStringLiteral("body"), text}},
                                    m_agent.username);
    return m_worker->run([this, command, conversationId, text, reply](Database &db) mutable {
        if (!db.isOpen())
            return storageFailed(notOpen());
        CommandProcessor::resolveProvisional(db, QStringLiteral("conversation"), &conversationId, &command);
        const CommandResult result = CommandProcessor(db).apply(command, [&](Database &db, const Command &,
                                                                              QJsonObject *audit) {
            ConversationRepository conversations(db);
            QString error;
            const std::optional<ConversationSummary> conversation = conversations.summary(conversationId, &error);
            if (!conversation)
                return error.isEmpty() ? rejected(noSuchConversation(conversationId)) : storageFailed(error);
            if (reply && (conversation->channel == Channel::Alert || conversation->channel == Channel::Phone))
                return rejected(conversation->channel == Channel::Alert
                                    ? tr("An alert has no channel to the customer. Add a note, or call the "
                                         "customer and log the call.")
                                    : tr("A phone conversation has no written channel. Log the call, or add "
                                         "a note."));
            Message message;
            message.commandId = command.id;   // the server's copy replaces this one (remote mode)
            message.conversationId = conversationId;
            message.direction = reply ? MessageDirection::Outbound : MessageDirection::Note;
            message.author = command.agent;
            message.at = QDateTime::currentDateTimeUtc();
            message.bodyText = text;
            // Local mode has no channel gateway: the reply waits, and says so.
            message.delivery = reply ? DeliveryState::Queued : DeliveryState::Received;
            const qint64 messageId = conversations.insertMessage(message, {}, QString(), &error);
            if (!messageId)
                return storageFailed(error);
            audit->insert(QStringLiteral("conversationId"), conversationId);
            audit->insert(QStringLiteral("messageId"), messageId);
            audit->insert(QStringLiteral("channel"), channelName(conversation->channel));
            audit->insert(QStringLiteral("characters"), text.size());
            CommandResult outcome;
            outcome.status = CommandResult::Applied;
            outcome.message = reply ? tr("Reply queued for %1. This desk works without a channel gateway, so it "
                                         "stays queued and has not reached the customer yet.")
                                          .arg(conversation->customerName)
                                    : tr("Note added.");
            return outcome;
        });
        if (result.status == CommandResult::Applied)
            notifyChanged({conversationId}, reply);
        return result;
    });
}

QFuture<CommandResult> LocalInboxService::bulk(const QString &type, const QList<qint64> &conversationIds,
                                               const QJsonObject &payload,
                                               const Change &change,
                                               const QString &doneMessage, bool movesCounts, const Check &check,
                                               const AfterApplied &afterApplied)
{
    QList<qint64> ids;
    for (const qint64 id : conversationIds) {
        if (!ids.contains(id))
            ids << id;
    }
    if (ids.isEmpty())
        return ready(rejected(tr("Select at least one conversation.")));
    if (ids.size() > 1000)
        return ready(rejected(tr("At most 1000 conversations can be changed at once.")));
    QJsonObject fullPayload = payload;
    fullPayload.insert(QStringLiteral("conversationIds"), idArray(ids));
    Command command = Command::make(type, subjectFor(ids), fullPayload, m_agent.username);
    return m_worker->run([this, command, ids, payload, change, doneMessage, movesCounts, check,
                          afterApplied](Database &db) mutable {
        if (!db.isOpen())
            return storageFailed(notOpen());
        CommandProcessor::resolveProvisional(db, QStringLiteral("conversation"), &ids, &command);
        CommandResult result = CommandProcessor(db).apply(command, [&](Database &db, const Command &,
                                                                        QJsonObject *audit) {
            ConversationRepository conversations(db);
            if (check) {
                if (const std::optional<CommandResult> stop = check(conversations))
                    return *stop;
            }
            for (const qint64 id : ids) {
                if (const std::optional<CommandResult> stop = change(conversations, id))
                    return *stop;   // all or nothing: the guard rolls the others back
            }
            // One entry for the whole selection, listing every id.
            *audit = payload;
            audit->insert(QStringLiteral("conversationIds"), idArray(ids));
            CommandResult outcome;
            outcome.status = CommandResult::Applied;
            outcome.message = doneMessage;
            return outcome;
        });
        if (result.status == CommandResult::Applied) {
            if (afterApplied)
                afterApplied(db, command, &result);
            notifyChanged(ids, movesCounts);
        }
        return result;
    });
}

QFuture<CommandResult> LocalInboxService::assign(const QList<qint64> &conversationIds, const QString &assignee,
                                                 const QString &queue)
{
    const QString target = assignee.trimmed();
    const QString queueName = queue.trimmed();
    const Agent agent = m_agent;
    const bool supervisor = agent.role == Agent::RoleSupervisor;
    if (!supervisor && !target.isEmpty() && target != agent.username)
        return ready(rejected(tr("Only a supervisor can assign conversations to another agent. Assign them to "
                                 "yourself, or release them to a queue.")));
    if (target.isEmpty() && queueName.isEmpty())
        return ready(rejected(tr("Choose an agent or a queue.")));

    QJsonObject payload{{QStringLiteral("assignee"), target}, {QStringLiteral("queue"), queueName}};
    const QString done = target.isEmpty() ? tr("Moved to the %1 queue.").arg(queueName)
                                          : target == agent.username ? tr("Assigned to you.")
                                                                     : tr("Assigned to %1.").arg(target);
    auto change = [agent, supervisor, target, queueName](ConversationRepository &conversations,
                                                         qint64 id) -> std::optional<CommandResult> {
        QString error;
        const std::optional<ConversationSummary> current = conversations.summary(id, &error);
        if (!current)
            return stepOutcome(false, id, error);
        // Taking over another agent's conversation is a supervisor's call too.
        if (!supervisor && !current->assignee.isEmpty() && current->assignee != agent.username)
            return rejected(tr("Conversation %1 is assigned to %2. Only a supervisor can take it over; ask "
                               "them, or ask %2 to release it.")
                                .arg(id)
                                .arg(current->assignee));
        return stepOutcome(conversations.assign(id, target, queueName, QDateTime::currentDateTimeUtc(), &error),
                           id, error);
    };
    // The assignee must be an agent on record, checked in the transaction that assigns.
    Check assigneeExists;
    if (!target.isEmpty()) {
        assigneeExists = [target](ConversationRepository &conversations) -> std::optional<CommandResult> {
            QString error;
            if (conversations.agentExists(target, &error))
                return std::nullopt;
            return error.isEmpty() ? rejected(tr("There is no agent called %1. Nothing was assigned.").arg(target))
                                   : storageFailed(error);
        };
    }
    return bulk(QStringLiteral("conversation.assign"), conversationIds, payload, change, done, true, assigneeExists);
}

QFuture<CommandResult> LocalInboxService::setStatus(const QList<qint64> &conversationIds, ConversationStatus status)
{
    const QString done = status == ConversationStatus::Closed     ? tr("Closed.")
                         : status == ConversationStatus::Resolved ? tr("Marked resolved.")
                                                                  : tr("Status changed.");
    // The conversations this resolves from an open status, as they were:
    // each may get its satisfaction survey once the status change is in.
    const bool surveys = m_sendsSurveys && status == ConversationStatus::Resolved;
    const QString resolver = m_agent.username;
    auto candidates = std::make_shared<QList<SurveyCandidate>>();
    auto change = [status, surveys, resolver, candidates](ConversationRepository &conversations,
                                                          qint64 id) -> std::optional<CommandResult> {
        QString error;
        if (surveys) {
            const std::optional<ConversationSummary> before = conversations.summary(id, &error);
            if (!before)
                return stepOutcome(false, id, error);
            if (SatisfactionSurvey::precheck(before->status, status, before->channel, before->customerId)
                == SatisfactionSurvey::Skip::None)
                candidates->append({id, before->customerId, before->channel,
                                    before->assignee.isEmpty() ? resolver : before->assignee});
        }
        return stepOutcome(conversations.setStatus(id, status, QDateTime::currentDateTimeUtc(), &error), id, error);
    };
    AfterApplied sendThem;
    if (surveys) {
        sendThem = [candidates](Database &db, const Command &command, CommandResult *result) {
            const int sent = sendSurveys(db, command, *candidates);
            if (sent == 1 && candidates->size() == 1)
                result->message += QLatin1Char(' ') + tr("A satisfaction survey went to the customer.");
            else if (sent > 0)
                result->message += QLatin1Char(' ') + tr("Satisfaction surveys went to %n customer(s).", nullptr, sent);
        };
    }
    return bulk(QStringLiteral("conversation.status"), conversationIds,
                {{QStringLiteral("status"), statusName(status)}}, change, done, true, {}, sendThem);
}

int LocalInboxService::sendSurveys(Database &db, const Command &statusCommand,
                                   const QList<SurveyCandidate> &candidates)
{
    if (candidates.isEmpty())
        return 0;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // Which surveys the rules allow, with one per customer in this batch too
    // (two of a customer's conversations resolved at once: one survey).
    auto allowed = [now](SatisfactionRepository &surveys, const QList<SurveyCandidate> &all, QString *error) {
        QList<SurveyCandidate> send;
        QSet<qint64> customers;
        for (const SurveyCandidate &candidate : all) {
            if (customers.contains(candidate.customerId))
                continue;
            const SatisfactionSurvey::Skip skip
                = surveys.check(candidate.conversationId, candidate.customerId, now, error);
            if (!error->isEmpty())
                return QList<SurveyCandidate>();
            if (skip == SatisfactionSurvey::Skip::None) {
                send << candidate;
                customers.insert(candidate.customerId);
            }
        }
        return send;
    };
    QString error;
    SatisfactionRepository repository(db);
    const QList<SurveyCandidate> toSend = allowed(repository, candidates, &error);
    if (!error.isEmpty())
        qWarning("LocalInboxService: satisfaction surveys: %s", qUtf8Printable(error));
    if (toSend.isEmpty())
        return 0;   // nothing to record: no command

    QList<qint64> ids;
    for (const SurveyCandidate &candidate : toSend)
        ids << candidate.conversationId;
    Command command;
    // Derived from the status change, so that the same change never sends twice.
    command.id = QUuid::createUuidV5(statusCommand.id, QStringLiteral("conversation.csat_request"));
    command.type = QStringLiteral("conversation.csat_request");
    command.subject = subjectFor(ids);
    command.payload = {{QStringLiteral("conversationIds"), idArray(ids)},
                       {QStringLiteral("statusCommandId"), statusCommand.id.toString(QUuid::WithoutBraces)}};
    command.agent = statusCommand.agent;
    command.issuedAt = now;
    int sent = 0;
    const CommandResult result = CommandProcessor(db).apply(command, [&](Database &db, const Command &,
                                                                          QJsonObject *audit) {
        SatisfactionRepository surveys(db);
        QString storeError;
        // Again in the transaction that records them.
        const QList<SurveyCandidate> going = allowed(surveys, toSend, &storeError);
        if (!storeError.isEmpty())
            return storageFailed(storeError);
        if (going.isEmpty())
            return rejected(tr("No satisfaction survey was due."));
        QJsonArray list;
        for (const SurveyCandidate &candidate : going) {
            SatisfactionRepository::Request request;
            request.conversationId = candidate.conversationId;
            request.agent = candidate.agent;
            request.channel = candidate.channel;
            request.sentAt = now;
            request.commandId = command.id;
            if (!surveys.insertRequest(request, &storeError))
                return storageFailed(storeError);
            list.append(QJsonObject{{QStringLiteral("conversationId"), candidate.conversationId},
                                    {QStringLiteral("channel"), channelName(candidate.channel)},
                                    {QStringLiteral("agent"), candidate.agent}});
        }
        sent = int(going.size());
        audit->insert(QStringLiteral("surveys"), list);
        audit->insert(QStringLiteral("statusCommandId"), statusCommand.id.toString(QUuid::WithoutBraces));
        CommandResult outcome;
        outcome.status = CommandResult::Applied;
        return outcome;
    });
    if (result.status != CommandResult::Applied) {
        if (result.status != CommandResult::AlreadyApplied)
            qWarning("LocalInboxService: satisfaction surveys not recorded: %s", qUtf8Printable(result.message));
        return 0;
    }
    return sent;
}

QFuture<CommandResult> LocalInboxService::recordSatisfaction(qint64 conversationId, int score)
{
    if (!SatisfactionSurvey::isValidScore(score)) {
        CommandResult refused = rejected(tr("A satisfaction score is a whole number from 1 (very dissatisfied) to "
                                            "5 (very satisfied)."));
        refused.fieldErrors.insert(QStringLiteral("score"), QStringLiteral("range"));
        return ready(refused);
    }
    Command command = Command::make(QStringLiteral("conversation.csat_answer"), subjectFor({conversationId}),
                                    {{QStringLiteral("conversationId"), conversationId},
                                     {QStringLiteral("score"), score}},
                                    m_agent.username);
    const bool surveysHere = m_sendsSurveys;
    return m_worker->run([this, command, conversationId, score, surveysHere](Database &db) mutable {
        if (!db.isOpen())
            return storageFailed(notOpen());
        CommandProcessor::resolveProvisional(db, QStringLiteral("conversation"), &conversationId, &command);
        const CommandResult result = CommandProcessor(db).apply(
            command, [&](Database &db, const Command &, QJsonObject *audit) {
                audit->insert(QStringLiteral("source"), QStringLiteral("agent"));
                return storeAnswer(db, conversationId, score, surveysHere, QDateTime::currentDateTimeUtc(), audit);
            });
        if (result.status == CommandResult::Applied)
            notifyChanged({conversationId}, false);
        return result;
    });
}

CommandResult LocalInboxService::storeAnswer(Database &db, qint64 conversationId, int score, bool surveysHere,
                                             const QDateTime &now, QJsonObject *audit)
{
    QString error;
    const std::optional<ConversationSummary> conversation = ConversationRepository(db).summary(conversationId, &error);
    if (!conversation)
        return error.isEmpty() ? rejected(noSuchConversation(conversationId)) : storageFailed(error);
    SatisfactionRepository surveys(db);
    const std::optional<SatisfactionRepository::Answer> earlier = surveys.answer(conversationId, &error);
    if (!error.isEmpty())
        return storageFailed(error);
    if (earlier) {
        CommandResult refused = rejected(
            tr("Conversation %1 already has its satisfaction answer (%2 of 5, recorded %3). A survey is answered "
               "once; nothing was changed.")
                .arg(conversationId)
                .arg(earlier->score)
                .arg(QLocale().toString(earlier->answeredAt.toLocalTime(), QLocale::ShortFormat)));
        refused.fieldErrors.insert(QStringLiteral("score"), QStringLiteral("already_answered"));
        return refused;
    }
    audit->insert(QStringLiteral("conversationId"), conversationId);
    audit->insert(QStringLiteral("score"), score);
    CommandResult outcome;
    outcome.status = CommandResult::Applied;
    if (!surveysHere) {
        // Remote mode: the server sent the survey and checks the answer against
        // it; the cache holds neither, so the answer is only queued for it.
        outcome.message = tr("Satisfaction answer (%1 of 5) queued for the server.").arg(score);
        return outcome;
    }
    const std::optional<SatisfactionRepository::Request> request = surveys.request(conversationId, &error);
    if (!error.isEmpty())
        return storageFailed(error);
    if (!request) {
        CommandResult refused = rejected(tr("No satisfaction survey went out for conversation %1, so there is no "
                                            "answer to record. A survey goes out when an open conversation is "
                                            "resolved.")
                                             .arg(conversationId));
        refused.fieldErrors.insert(QStringLiteral("score"), QStringLiteral("no_survey"));
        return refused;
    }
    SatisfactionRepository::Answer answer;
    answer.conversationId = conversationId;
    answer.agent = request->agent;
    answer.channel = request->channel;
    answer.score = score;
    answer.answeredAt = now;
    if (!surveys.insertAnswer(answer, &error))
        return storageFailed(error);
    audit->insert(QStringLiteral("agent"), request->agent);
    audit->insert(QStringLiteral("channel"), channelName(request->channel));
    outcome.message = tr("Satisfaction answer recorded: %1 of 5.").arg(score);
    return outcome;
}

void LocalInboxService::recordReplyScore(Database &db, const Command &importCommand, qint64 conversationId,
                                         int score)
{
    Command command;
    // Derived from the import, so that the same message never answers twice.
    command.id = QUuid::createUuidV5(importCommand.id, QStringLiteral("conversation.csat_answer"));
    command.type = QStringLiteral("conversation.csat_answer");
    command.subject = subjectFor({conversationId});
    command.payload = {{QStringLiteral("conversationId"), conversationId}, {QStringLiteral("score"), score}};
    command.agent = importCommand.agent;
    command.issuedAt = QDateTime::currentDateTimeUtc();
    const CommandResult result = CommandProcessor(db).apply(command, [&](Database &db, const Command &,
                                                                          QJsonObject *audit) {
        audit->insert(QStringLiteral("source"), QStringLiteral("reply"));
        audit->insert(QStringLiteral("importCommandId"), importCommand.id.toString(QUuid::WithoutBraces));
        return storeAnswer(db, conversationId, score, true, command.issuedAt, audit);
    });
    if (!result.ok())
        qWarning("LocalInboxService: the reply's satisfaction score was not recorded: %s",
                 qUtf8Printable(result.message));
}

void LocalInboxService::setSendsSatisfactionSurveys(bool on)
{
    m_sendsSurveys = on;
}

QFuture<CommandResult> LocalInboxService::setPriority(const QList<qint64> &conversationIds, Priority priority)
{
    return bulk(QStringLiteral("conversation.priority"), conversationIds,
                {{QStringLiteral("priority"), priorityName(priority)}},
                [priority](ConversationRepository &conversations, qint64 id) {
                    QString error;
                    return stepOutcome(conversations.setPriority(id, priority, QDateTime::currentDateTimeUtc(), &error),
                                       id, error);
                },
                tr("Priority changed."), false);
}

QFuture<CommandResult> LocalInboxService::addTopics(const QList<qint64> &conversationIds, const QStringList &topics)
{
    QStringList valid;
    for (const QString &topic : topics) {
        bool ok = false;
        topicFromName(topic, &ok);
        if (!ok)
            return ready(rejected(tr("%1 is not a topic CardDesk knows.").arg(topic)));
        if (!valid.contains(topic))
            valid << topic;
    }
    if (valid.isEmpty())
        return ready(rejected(tr("Choose at least one topic.")));
    return bulk(QStringLiteral("conversation.topics"), conversationIds,
                {{QStringLiteral("topics"), QJsonArray::fromStringList(valid)}},
                [valid](ConversationRepository &conversations, qint64 id) {
                    QString error;
                    return stepOutcome(conversations.addTopics(id, valid, QDateTime::currentDateTimeUtc(), &error),
                                       id, error);
                },
                tr("Topics added."), false);
}

QFuture<LogCallResult> LocalInboxService::logCall(qint64 customerId, qint64 conversationId, const QString &reason,
                                                  const QString &notes, int durationSeconds)
{
    const QString why = reason.simplified();
    const QString text = notes.trimmed();
    auto refuse = [](const QString &message) {
        LogCallResult result;
        result.result = rejected(message);
        return QtFuture::makeReadyFuture(result);
    };
    if (why.isEmpty())
        return refuse(tr("Say why the customer called."));
    if (durationSeconds < 0 || durationSeconds > 24 * 3600)
        return refuse(tr("The call's duration must be between 0 seconds and 24 hours."));
    if (why.size() + text.size() > MaxBodyLength)
        return refuse(tr("The call notes are too long."));
    if (CardNumber::containsCardNumber(why) || CardNumber::containsCardNumber(text))
        return refuse(tr("The call notes contain a full card number. Card numbers are never stored: mask "
                         "it (first six and last four digits at most) and save again."));
    if (customerId <= 0 && conversationId == 0)
        return refuse(tr("Choose the customer who called."));

    Command command = Command::make(QStringLiteral("conversation.call"),
                                    conversationId != 0 ? subjectFor({conversationId})
                                                       : QStringLiteral("customer:") + QString::number(customerId),
                                    {{QStringLiteral("customerId"), customerId},
                                     {QStringLiteral("conversationId"), conversationId},
                                     {QStringLiteral("reason"), why},
                                     {QStringLiteral("notes"), text},
                                     {QStringLiteral("durationSeconds"), durationSeconds}},
                                    m_agent.username);
    return m_worker->run([this, command, customerId, conversationId, why, text, durationSeconds](Database &db) mutable {
        LogCallResult call;
        if (!db.isOpen()) {
            call.result = storageFailed(notOpen());
            return call;
        }
        CommandProcessor::resolveProvisional(db, QStringLiteral("conversation"), &conversationId, &command);
        qint64 target = conversationId;
        call.result = CommandProcessor(db).apply(command, [&](Database &db, const Command &, QJsonObject *audit) {
            ConversationRepository conversations(db);
            QString error;
            const QDateTime now = QDateTime::currentDateTimeUtc();
            if (target != 0) {   // negative: a provisional conversation (remote mode)
                const std::optional<ConversationSummary> existing = conversations.summary(target, &error);
                if (!existing)
                    return error.isEmpty() ? rejected(noSuchConversation(target)) : storageFailed(error);
            } else {
                ConversationRepository::NewConversation n;
                n.customerId = customerId;
                n.channel = Channel::Phone;
                n.status = ConversationStatus::Open;
                n.assignee = command.agent;
                n.language.clear();   // the customer's, looked up by insertConversation
                n.subject = why;
                n.createdAt = now;
                const SlaPolicy policy = SlaPolicy::defaults();
                n.resolutionDue = policy.resolutionDue(now, Channel::Phone, Priority::Normal);
                target = conversations.insertConversation(n, &error);
                if (!target)
                    return error.isEmpty() ? rejected(tr("There is no customer %1.").arg(customerId))
                                           : storageFailed(error);
            }
            Message message;
            message.commandId = command.id;   // the server's copy replaces this one (remote mode)
            message.conversationId = target;
            message.direction = MessageDirection::Inbound;
            message.author = command.agent;
            message.at = now;
            const QString duration = tr("%1 min %2 s").arg(durationSeconds / 60).arg(durationSeconds % 60);
            message.bodyText = tr("Phone call (%1): %2").arg(duration, why);
            if (!text.isEmpty())
                message.bodyText += QStringLiteral("\n\n") + text;
            message.delivery = DeliveryState::Received;
            const qint64 messageId = conversations.insertMessage(message, {}, QString(), &error);
            // The call was answered live: that is the first response.
            if (!messageId || !conversations.markResponded(target, now, &error))
                return storageFailed(error);
            audit->insert(QStringLiteral("conversationId"), target);
            audit->insert(QStringLiteral("messageId"), messageId);
            audit->insert(QStringLiteral("reason"), why);
            audit->insert(QStringLiteral("durationSeconds"), durationSeconds);
            CommandResult outcome;
            outcome.status = CommandResult::Applied;
            outcome.message = tr("Call logged.");
            return outcome;
        });
        if (call.result.status == CommandResult::Applied) {
            call.conversationId = target;
            notifyChanged({target}, conversationId == 0);
        } else if (call.result.status == CommandResult::AlreadyApplied) {
            call.conversationId = conversationId;
        }
        return call;
    });
}

QFuture<QList<Macro>> LocalInboxService::macros()
{
    return QtConcurrent::run([] {
        QString error;
        const QList<Macro> macros = MacroCatalog::load(QStringLiteral(":/macros/macros.json"), &error);
        if (!error.isEmpty())
            qWarning("LocalInboxService: macros: %s", qUtf8Printable(error));
        return macros;
    });
}

QFuture<QString> LocalInboxService::attachmentPath(qint64 attachmentId)
{
    const QString root = m_attachmentRoot;
    return m_worker->run([attachmentId, root](Database &db) {
        if (!db.isOpen() || root.isEmpty())
            return QString();
        QString error;
        const Attachment attachment = ConversationRepository(db).attachment(attachmentId, &error);
        if (!attachment.id)
            return QString();
        return AttachmentStore(root).pathFor(attachment.sha256);
    });
}

QFuture<ImportResult> LocalInboxService::importEmails(const QStringList &files)
{
    const QString root = m_attachmentRoot;
    const QString agent = m_agent.username;
    const bool surveys = m_sendsSurveys;
    DatabaseWorker *worker = m_worker;
    auto promise = std::make_shared<QPromise<ImportResult>>();
    QFuture<ImportResult> future = promise->future();
    promise->start();

    // Parsing (MIME decoding, sanitising, streaming attachments) is CPU and
    // file work: the thread pool does it, then the worker stores the result.
    QtConcurrent::run([files, root] {
        ParsedBatch batch;
        AttachmentStore store(root);
        EmailParser parser(&store);
        for (const QString &file : files) {
            ParsedEmail email;
            QString error;
            const QString name = QFileInfo(file).fileName();
            if (root.isEmpty()) {
                batch.refused << tr("%1: there is no attachment folder; the database is not open.").arg(name);
            } else if (parser.parseFile(file, &email, &error)) {
                batch.emails << email;
                batch.fileNames << name;
            } else {
                batch.refused << tr("%1: %2").arg(name, error);
            }
        }
        return batch;
    }).then(this, [this, worker, promise, agent, surveys](const ParsedBatch &batch) {
        // Back through the service's own thread: a continuation on the pool
        // thread could reach a worker LocalBackend has already destroyed (an
        // import still parsing at shutdown); with this as context it is dropped.
        worker->run([this, batch, agent, surveys](Database &db) {
                  ImportResult result;
                  result.refused = batch.refused;
                  if (!db.isOpen()) {
                      for (const QString &name : batch.fileNames)
                          result.refused << tr("%1: %2").arg(name, notOpen());
                      return result;
                  }
                  const SlaPolicy policy = SlaPolicy::defaults();
                  const IntentClassifier *topics = batch.emails.isEmpty() ? nullptr : classifier();
                  QList<qint64> changed;
                  for (qsizetype i = 0; i < batch.emails.size(); ++i) {
                      ParsedEmail email = batch.emails.at(i);
                      if (email.messageId.isEmpty())
                          email.messageId = syntheticMessageId(email);
                      const Command command = Command::make(
                          QStringLiteral("conversation.import_email"), QStringLiteral("message:") + email.messageId,
                          {{QStringLiteral("file"), batch.fileNames.at(i)},
                           {QStringLiteral("messageId"), email.messageId},
                           {QStringLiteral("from"), email.fromAddress}},
                          agent);
                      qint64 conversationId = 0;
                      bool matched = false;
                      bool duplicate = false;
                      std::optional<int> surveyScore;   // the message answers the conversation's survey
                      const CommandResult applied = CommandProcessor(db).apply(
                          command, [&](Database &db, const Command &, QJsonObject *audit) {
                              ConversationRepository repository(db);
                              QString storeError;
                              // First, in the transaction that stores it: a message already here
                              // (same Message-ID) is not stored twice.
                              const bool known = repository.hasExternalId(email.messageId, &storeError);
                              if (!storeError.isEmpty())
                                  return storageFailed(storeError);
                              if (known) {
                                  duplicate = true;
                                  CommandResult outcome;
                                  outcome.status = CommandResult::AlreadyApplied;
                                  outcome.message = tr("This message was imported before; nothing was stored again.");
                                  return outcome;
                              }
                              QStringList threadIds;
                              if (!email.inReplyTo.isEmpty())
                                  threadIds << email.inReplyTo;
                              for (auto it = email.references.crbegin(); it != email.references.crend(); ++it)
                                  threadIds << *it;
                              conversationId = repository.conversationByExternalIds(threadIds, &storeError);
                              if (!storeError.isEmpty())
                                  return storageFailed(storeError);
                              const qint64 customerId = repository.customerByEmail(email.fromAddress, &storeError);
                              if (!storeError.isEmpty())
                                  return storageFailed(storeError);
                              matched = customerId > 0;
                              const QDateTime received = email.date.isValid() ? email.date
                                                                              : QDateTime::currentDateTimeUtc();
                              // A reply that is just a score ("5"), to the conversation's survey of
                              // the last days, is its answer: kept as a message, and it leaves the
                              // conversation resolved (any other reply reopens it).
                              std::optional<ConversationSummary> surveyed;
                              if (conversationId && surveys)
                                  surveyScore = SatisfactionSurvey::scoreFromReply(email.text);
                              if (surveyScore) {
                                  SatisfactionRepository answers(db);
                                  const QDateTime since = QDateTime::currentDateTimeUtc().addDays(
                                      -SatisfactionSurvey::ReplyWindowDays);
                                  if (answers.unansweredSince(conversationId, since, &storeError))
                                      surveyed = repository.summary(conversationId, &storeError);
                                  if (!storeError.isEmpty())
                                      return storageFailed(storeError);
                                  if (!surveyed)
                                      surveyScore.reset();
                              }
                              if (!conversationId) {
                                  ConversationRepository::NewConversation n;
                                  n.customerId = customerId;
                                  n.contact = email.fromName.isEmpty()
                                                  ? email.fromAddress
                                                  : email.fromName + QStringLiteral(" <") + email.fromAddress
                                                        + QLatin1Char('>');
                                  n.channel = Channel::Email;
                                  n.status = ConversationStatus::New;
                                  n.language.clear();   // the customer's, when matched
                                  n.subject = email.subject.isEmpty() ? tr("(no subject)") : email.subject;
                                  n.createdAt = received;
                                  n.firstResponseDue = policy.firstResponseDue(received, Channel::Email, Priority::Normal);
                                  n.resolutionDue = policy.resolutionDue(received, Channel::Email, Priority::Normal);
                                  // A new conversation has no topic yet: the classifier's, when it is sure.
                                  if (topics) {
                                      const IntentClassifier::Prediction prediction
                                          = topics->classify(email.subject + QLatin1Char('\n') + email.text);
                                      if (prediction.topic != Topic::Other
                                          && prediction.confidence >= TopicConfidenceToStore) {
                                          n.topics = {topicName(prediction.topic)};
                                          audit->insert(QStringLiteral("suggestedTopic"), n.topics.constFirst());
                                          audit->insert(QStringLiteral("topicConfidence"),
                                                        qRound(prediction.confidence * 100) / 100.0);
                                      }
                                  }
                                  conversationId = repository.insertConversation(n, &storeError);
                                  if (!conversationId)
                                      return storageFailed(storeError);
                              }
                              Message message;
                              message.conversationId = conversationId;
                              message.direction = MessageDirection::Inbound;
                              message.author = !email.fromName.isEmpty()      ? email.fromName
                                               : !email.fromAddress.isEmpty() ? email.fromAddress
                                                                              : tr("Unknown sender");
                              message.at = received;
                              message.bodyText = email.text;
                              message.bodyHtml = email.html;
                              message.externalId = email.messageId;
                              message.delivery = DeliveryState::Received;
                              QList<ConversationRepository::NewAttachment> attachments;
                              for (const ParsedEmail::Part &part : email.attachments)
                                  attachments.append({part.fileName, part.mimeType, part.size, part.sha256,
                                                      part.contentId, part.inlinePart});
                              if (!repository.insertMessage(message, attachments, email.inReplyTo, &storeError,
                                                            surveyed ? ConversationRepository::InboundEffect::KeepStatus
                                                                     : ConversationRepository::InboundEffect::Reopen))
                                  return storageFailed(storeError);
                              if (surveyScore)
                                  audit->insert(QStringLiteral("satisfactionScore"), *surveyScore);
                              audit->insert(QStringLiteral("conversationId"), conversationId);
                              audit->insert(QStringLiteral("customerId"), customerId);
                              audit->insert(QStringLiteral("attachments"), int(attachments.size()));
                              audit->insert(QStringLiteral("maskedCardNumbers"), email.maskedCardNumbers);
                              CommandResult outcome;
                              outcome.status = CommandResult::Applied;
                              return outcome;
                          });
                      if (duplicate) {
                          ++result.duplicates;
                      } else if (applied.status == CommandResult::Applied) {
                          ++result.imported;
                          if (matched)
                              ++result.matchedCustomers;
                          changed << conversationId;
                          if (surveyScore)
                              recordReplyScore(db, command, conversationId, *surveyScore);
                      } else {
                          result.refused << tr("%1: %2").arg(batch.fileNames.at(i), applied.message);
                      }
                  }
                  if (!changed.isEmpty())
                      notifyChanged(changed, true);
                  return result;
              })
            .then([promise](const ImportResult &result) {
                promise->addResult(result);
                promise->finish();
            });
    });
    return future;
}

const IntentClassifier *LocalInboxService::classifier()
{
    if (!m_classifierTried) {
        m_classifierTried = true;
        QString error;
        auto trained = std::make_unique<IntentClassifier>(IntentClassifier::shipped(&error));
        if (trained->isTrained())
            m_classifier = std::move(trained);
        else
            qWarning("LocalInboxService: no topic classifier: %s", qUtf8Printable(error));
    }
    return m_classifier.get();
}

void LocalInboxService::notifyChanged(const QList<qint64> &conversationIds, bool countsMoved)
{
    QMetaObject::invokeMethod(
        this,
        [this, conversationIds, countsMoved] {
            for (const qint64 id : conversationIds)
                Q_EMIT conversationChanged(id);
            if (countsMoved)
                Q_EMIT countsChanged();
        },
        Qt::QueuedConnection);
}
