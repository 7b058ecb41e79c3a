#include "localalertservice.h"

#include "commandprocessor.h"
#include "domain/cardnumber.h"
#include "domain/slapolicy.h"
#include "storage/alertrepository.h"
#include "storage/conversationrepository.h"
#include "storage/database.h"
#include "storage/databaseworker.h"

#include <QJsonArray>
#include <QLocale>
#include <QMetaObject>

namespace {

CommandResult rejected(const QString &message)
{
    CommandResult result;
    result.status = CommandResult::Rejected;
    result.message = message;
    return result;
}

CommandResult storageFailed(const QString &detail)
{
    qWarning("LocalAlertService: %s", qUtf8Printable(detail));
    CommandResult result;
    result.status = CommandResult::Failed;
    result.message = LocalAlertService::tr("The change could not be saved, and nothing was changed. Try again.");
    return result;
}

QJsonArray idArray(const QList<qint64> &ids)
{
    QJsonArray array;
    for (qint64 id : ids)
        array.append(id);
    return array;
}

bool isEntryMode(const QString &mode)
{
    return mode == u"chip" || mode == u"contactless" || mode == u"online" || mode == u"atm";
}

bool allDigits(const QString &text)
{
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

bool allUpperLetters(const QString &text)
{
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c >= u'A' && c <= u'Z'; });
}

} // namespace

LocalAlertService::LocalAlertService(DatabaseWorker *worker, QObject *parent)
    : AlertService(parent)
    , m_worker(worker)
{
}

void LocalAlertService::setAgent(const Agent &agent)
{
    m_agent = agent;
}

QString LocalAlertService::monitoringAgent()
{
    return QStringLiteral("fraud-monitoring");
}

QString LocalAlertService::problemOf(const Transaction &t)
{
    if (!t.occurredAt.isValid())
        return tr("a transaction has no valid time");
    if (t.amount.currency.size() != 3 || !allUpperLetters(t.amount.currency))
        return tr("\"%1\" is not a three-letter currency code").arg(t.amount.currency);
    if (t.mcc.size() != 4 || !allDigits(t.mcc))
        return tr("\"%1\" is not a four-digit merchant category code").arg(t.mcc);
    if (t.country.size() != 2 || !allUpperLetters(t.country))
        return tr("\"%1\" is not a two-letter country code").arg(t.country);
    if (!isEntryMode(t.entryMode))
        return tr("\"%1\" is not an entry mode (chip, contactless, online, atm)").arg(t.entryMode);
    if (t.id == 0 && t.merchant.trimmed().isEmpty())
        return tr("a transaction has no merchant");
    return QString();
}

QFuture<ScreeningResult> LocalAlertService::screenIncoming(qint64 cardId, const QList<Transaction> &incoming)
{
    const auto refuse = [](const QString &message) {
        ScreeningResult refused;
        refused.result = rejected(message);
        return QtFuture::makeReadyFuture(refused);
    };
    if (incoming.isEmpty())
        return refuse(tr("There are no transactions to screen."));
    if (incoming.size() > MaxIncoming)
        return refuse(tr("At most %1 transactions can be screened at once; %2 were given.")
                          .arg(MaxIncoming)
                          .arg(incoming.size()));
    QList<Transaction> cleaned;
    for (const Transaction &t : incoming) {
        const QString problem = problemOf(t);
        if (!problem.isEmpty())
            return refuse(tr("The transactions were not screened: %1.").arg(problem));
        Transaction copy = t;
        // A card number in a merchant text is masked before it is stored or shown.
        copy.merchant = CardNumber::maskInText(t.merchant.simplified()).left(200);
        copy.cardId = cardId;
        cleaned << copy;
    }
    const FraudRules rules = FraudRules::defaults();
    if (!rules.isValid())
        return refuse(tr("The fraud rules could not be loaded (%1); nothing was screened.").arg(rules.error()));

    QList<qint64> givenIds;
    for (const Transaction &t : std::as_const(cleaned))
        givenIds << t.id;
    const Command command = Command::make(QStringLiteral("alert.screen"), QStringLiteral("card:") + QString::number(cardId),
                                          {{QStringLiteral("cardId"), cardId},
                                           {QStringLiteral("incoming"), int(cleaned.size())},
                                           {QStringLiteral("transactionIds"), idArray(givenIds)}},
                                          monitoringAgent());
    return m_worker->run([this, command, cardId, cleaned, rules](Database &db) {
        ScreeningResult screening;
        if (!db.isOpen()) {
            screening.result = storageFailed(QStringLiteral("the database is not open"));
            return screening;
        }
        screening.result = CommandProcessor(db).apply(command, [&](Database &db, const Command &,
                                                                   QJsonObject *audit) {
            AlertRepository alerts(db);
            QString error;
            const std::optional<AlertRepository::CardOwner> owner = alerts.ownerOfCard(cardId, &error);
            if (!owner)
                return error.isEmpty() ? rejected(tr("There is no card %1.").arg(cardId)) : storageFailed(error);

            // Store what is new; what has an id must be this card's already, and
            // the same authorisation delivered again is the one stored.
            QList<Transaction> stored;
            QList<qint64> knownIds;
            QList<Transaction> given = cleaned;
            for (Transaction &t : given) {
                if (t.id == 0) {
                    t.id = alerts.sameTransaction(cardId, t, &error);
                    if (!error.isEmpty())
                        return storageFailed(error);
                }
                if (t.id != 0) {
                    knownIds << t.id;
                    continue;
                }
                Transaction s = t;
                s.cardLast4 = owner->last4;
                s.id = alerts.insertTransaction(cardId, t, &error);
                if (!s.id)
                    return storageFailed(error);
                stored << s;
            }
            const QList<Transaction> known = alerts.transactions(knownIds, &error);
            if (!error.isEmpty())
                return storageFailed(error);
            for (const Transaction &t : known) {
                if (t.cardId != cardId)
                    return rejected(tr("Transaction %1 is not of the card %2.").arg(t.id).arg(cardId));
            }
            if (known.size() != knownIds.size())
                return rejected(tr("Some of the transactions to screen do not exist."));
            QList<Transaction> judged = known + stored;
            QList<qint64> judgedIds;
            QDateTime earliest;
            for (const Transaction &t : std::as_const(judged)) {
                judgedIds << t.id;
                if (!earliest.isValid() || t.occurredAt < earliest)
                    earliest = t.occurredAt;
            }
            QList<Transaction> history =
                alerts.customerTransactions(owner->customerId, earliest.addDays(-rules.historyDays()), &error);
            if (!error.isEmpty())
                return storageFailed(error);
            history.removeIf([&judgedIds](const Transaction &t) { return judgedIds.contains(t.id); });

            const QSet<qint64> alerted = alerts.alreadyAlerted(judgedIds, &error);
            if (!error.isEmpty())
                return storageFailed(error);
            QList<FraudRules::Finding> findings = rules.screen(owner->homeCountry, history, judged);
            // A finding whose incoming evidence an alert already names is not raised again.
            findings.removeIf([&](const FraudRules::Finding &f) {
                for (const Transaction &t : f.evidence) {
                    if (judgedIds.contains(t.id) && !alerted.contains(t.id))
                        return false;
                }
                return true;
            });
            // The ids in the order given.
            qsizetype next = 0;
            for (const Transaction &t : std::as_const(given))
                screening.transactionIds << (t.id != 0 ? t.id : stored.at(next++).id);
            audit->insert(QStringLiteral("cardId"), cardId);
            audit->insert(QStringLiteral("customerId"), owner->customerId);
            audit->insert(QStringLiteral("screened"), idArray(judgedIds));
            audit->insert(QStringLiteral("stored"), qint64(stored.size()));
            CommandResult outcome;
            outcome.status = CommandResult::Applied;
            if (findings.isEmpty()) {
                if (!alerted.isEmpty()) {
                    screening.alertId = alerts.alertOfTransaction(*alerted.cbegin(), &error);
                    if (const std::optional<Alert> existing = alerts.alert(screening.alertId, &error))
                        screening.conversationId = existing->conversationId;
                    if (stored.isEmpty()) {
                        outcome.status = CommandResult::AlreadyApplied;
                        outcome.message = tr("These transactions were screened before; alert %1 names them.")
                                              .arg(screening.alertId);
                        return outcome;
                    }
                }
                audit->insert(QStringLiteral("findings"), 0);
                outcome.message = tr("Screened %n transaction(s): nothing suspicious.", nullptr, int(judged.size()));
                return outcome;
            }

            // The alert, in the inbox.
            const QDateTime now = QDateTime::currentDateTimeUtc();
            const Priority priority = findings.size() > 1 ? Priority::Urgent : Priority::High;
            const SlaPolicy policy = SlaPolicy::defaults();
            ConversationRepository conversations(db);
            ConversationRepository::NewConversation n;
            n.customerId = owner->customerId;
            n.channel = Channel::Alert;
            n.queue = QStringLiteral("fraud");
            n.status = ConversationStatus::New;
            n.priority = priority;
            n.language = owner->language;
            n.subject = Alert::subjectText(findings, owner->last4);
            n.topics = {ConversationNames::topicName(Topic::OnlinePaymentSecurity)};
            n.createdAt = now;
            n.firstResponseDue = policy.firstResponseDue(now, Channel::Alert, priority);
            n.resolutionDue = policy.resolutionDue(now, Channel::Alert, priority);
            const qint64 conversationId = conversations.insertConversation(n, &error);
            if (!conversationId)
                return storageFailed(error);
            Message message;
            message.commandId = command.id;   // the server's copy replaces this one (remote mode)
            message.conversationId = conversationId;
            message.direction = MessageDirection::Inbound;
            message.author = QStringLiteral("Fraud monitoring");
            message.at = now;
            message.bodyText = Alert::evidenceText(findings, owner->last4);
            message.delivery = DeliveryState::Received;
            if (!conversations.insertMessage(message, {}, QString(), &error))
                return storageFailed(error);

            Alert alert;
            alert.conversationId = conversationId;
            alert.customerId = owner->customerId;
            alert.cardId = cardId;
            alert.raisedAt = now;
            for (const FraudRules::Finding &f : std::as_const(findings))
                alert.findings << AlertFinding::of(f);
            alert.id = alerts.insert(alert, &error);
            if (!alert.id)
                return storageFailed(error);
            screening.alertId = alert.id;
            screening.conversationId = conversationId;
            screening.findings = findings;
            audit->insert(QStringLiteral("alertId"), alert.id);
            audit->insert(QStringLiteral("conversationId"), conversationId);
            audit->insert(QStringLiteral("rules"), alert.ruleNames());
            audit->insert(QStringLiteral("evidence"), idArray(alert.transactionIds()));
            outcome.message = tr("Alert raised: %1.").arg(alert.ruleNames());
            return outcome;
        });
        if (screening.result.status == CommandResult::Applied && screening.alertId)
            QMetaObject::invokeMethod(this, [this, alertId = screening.alertId, conversationId = screening.conversationId] {
                Q_EMIT alertChanged(alertId, conversationId);
            }, Qt::QueuedConnection);
        return screening;
    });
}

QFuture<AlertDetails> LocalAlertService::alertOfConversation(qint64 conversationId)
{
    return m_worker->run([conversationId](Database &db) {
        AlertDetails details;
        if (!db.isOpen()) {
            details.error = tr("The database is not open.");
            return details;
        }
        AlertRepository alerts(db);
        QString error;
        const std::optional<Alert> alert = alerts.alertOfConversation(conversationId, &error);
        if (!alert) {
            if (!error.isEmpty()) {
                qWarning("LocalAlertService: alert of conversation %lld: %s", conversationId, qUtf8Printable(error));
                details.error = tr("The alert could not be read. Try again.");
            }
            return details;
        }
        details.found = true;
        details.alert = *alert;
        details.evidence = alerts.transactions(alert->transactionIds(), &error);
        if (const std::optional<AlertRepository::CardOwner> owner = alerts.ownerOfCard(alert->cardId, &error))
            details.cardLast4 = owner->last4;
        if (!error.isEmpty())
            details.error = tr("The alert's transactions could not be read. Try again.");
        return details;
    });
}

QFuture<CommandResult> LocalAlertService::markGenuine(qint64 alertId, const QString &note)
{
    if (note.trimmed().isEmpty()) {
        CommandResult refused = rejected(tr("Say how the customer confirmed the transactions: a note is required."));
        refused.fieldErrors.insert(QStringLiteral("note"), QStringLiteral("required"));
        return QtFuture::makeReadyFuture(refused);
    }
    return decide(alertId, Alert::Status::Genuine, note).then([](const FraudDecision &decision) {
        return decision.result;
    });
}

QFuture<FraudDecision> LocalAlertService::markFraud(qint64 alertId, const QString &note)
{
    return decide(alertId, Alert::Status::Fraud, note);
}

QFuture<FraudDecision> LocalAlertService::decide(qint64 alertId, Alert::Status status, const QString &note)
{
    const QString text = note.trimmed();
    const auto refuse = [](const CommandResult &result) {
        FraudDecision decision;
        decision.result = result;
        return QtFuture::makeReadyFuture(decision);
    };
    if (text.size() > MaxNoteLength)
        return refuse(rejected(tr("The note is too long (%1 characters; at most %2).").arg(text.size()).arg(MaxNoteLength)));
    if (CardNumber::containsCardNumber(text))
        return refuse(rejected(tr("This note contains a full card number. Card numbers are never stored: mask it "
                                  "(first six and last four digits at most) and save again.")));
    const bool genuine = status == Alert::Status::Genuine;
    const Command command = Command::make(genuine ? QStringLiteral("alert.genuine") : QStringLiteral("alert.fraud"),
                                          QStringLiteral("alert:") + QString::number(alertId),
                                          {{QStringLiteral("alertId"), alertId}, {QStringLiteral("note"), text}},
                                          m_agent.username);
    return m_worker->run([this, command, alertId, status, genuine, text](Database &db) {
        FraudDecision decision;
        if (!db.isOpen()) {
            decision.result = storageFailed(QStringLiteral("the database is not open"));
            return decision;
        }
        decision.result = CommandProcessor(db).apply(command, [&](Database &db, const Command &cmd, QJsonObject *audit) {
            AlertRepository alerts(db);
            QString error;
            const std::optional<Alert> alert = alerts.alert(alertId, &error);
            if (!alert)
                return error.isEmpty() ? rejected(tr("There is no alert %1.").arg(alertId)) : storageFailed(error);
            if (alert->status != Alert::Status::Open)
                return rejected(tr("This alert was already decided: %1 by %2 at %3.")
                                    .arg(alert->status == Alert::Status::Genuine ? tr("genuine") : tr("fraud"),
                                         alert->decidedBy,
                                         QLocale().toString(alert->decidedAt.toLocalTime(), QLocale::ShortFormat)));
            const QDateTime now = QDateTime::currentDateTimeUtc();
            bool conflict = false;
            if (!alerts.decide(alertId, status, text, cmd.agent, now, cmd.id.toString(QUuid::WithoutBraces), &conflict,
                               &error))
                return conflict ? rejected(tr("Another agent decided this alert at the same moment. Reload it."))
                                : storageFailed(error);
            const QList<Transaction> evidence = alerts.transactions(alert->transactionIds(), &error);
            if (!error.isEmpty())
                return storageFailed(error);

            // The decision on the conversation: an internal note, then closed (genuine) or taken on (fraud).
            ConversationRepository conversations(db);
            Message message;
            message.commandId = command.id;   // the server's copy replaces this one (remote mode)
            message.conversationId = alert->conversationId;
            message.direction = MessageDirection::Note;
            message.author = cmd.agent;
            message.at = now;
            message.bodyText = genuine ? QStringLiteral("Genuine: the customer confirmed the transactions. %1").arg(text)
                                       : QStringLiteral("Fraud: the customer does not recognise the transactions; the "
                                                        "compromised-card workflow follows. %1")
                                             .arg(text);
            message.bodyText = message.bodyText.trimmed();
            message.delivery = DeliveryState::Received;
            if (!conversations.insertMessage(message, {}, QString(), &error))
                return storageFailed(error);
            if (!conversations.markResponded(alert->conversationId, now, &error))
                return storageFailed(error);
            if (genuine) {
                if (!conversations.setStatus(alert->conversationId, ConversationStatus::Resolved, now, &error))
                    return storageFailed(error);
            } else if (!conversations.assign(alert->conversationId, cmd.agent, QStringLiteral("fraud"), now, &error)
                       || !conversations.setStatus(alert->conversationId, ConversationStatus::Open, now, &error)) {
                return storageFailed(error);
            }
            Alert decided = *alert;
            decided.status = status;
            decision.customerId = alert->customerId;
            decision.cardId = alert->cardId;
            decision.conversationId = alert->conversationId;
            decision.reasonText = Alert::fraudReasonText(decided, evidence);
            audit->insert(QStringLiteral("alertId"), alertId);
            audit->insert(QStringLiteral("conversationId"), alert->conversationId);
            audit->insert(QStringLiteral("customerId"), alert->customerId);
            audit->insert(QStringLiteral("cardId"), alert->cardId);
            audit->insert(QStringLiteral("rules"), alert->ruleNames());
            audit->insert(QStringLiteral("decision"), Alert::statusName(status));
            CommandResult outcome;
            outcome.status = CommandResult::Applied;
            outcome.message = genuine ? tr("Alert closed as genuine.")
                                      : tr("Fraud recorded. Lock the card and go through the compromised-card steps.");
            return outcome;
        });
        if (decision.result.status == CommandResult::Applied) {
            QMetaObject::invokeMethod(this, [this, alertId, conversationId = decision.conversationId] {
                Q_EMIT alertChanged(alertId, conversationId);
            }, Qt::QueuedConnection);
        } else if (decision.result.status != CommandResult::AlreadyApplied) {
            // Nothing to start from when the decision did not go through.
            decision.customerId = 0;
            decision.cardId = 0;
            decision.reasonText.clear();
        }
        return decision;
    });
}
