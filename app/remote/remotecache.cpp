#include "remotecache.h"

#include "domain/searchtext.h"
#include "domain/transactionstatusnames.h"
#include "storage/conversationrepository.h"
#include "storage/customerrepository.h"
#include "storage/cardrepository.h"
#include "storage/database.h"
#include "storage/outboxrepository.h"
#include "storage/syncstate.h"
#include "storage/workflowrepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace {

QVariant optionalText(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

QString isoTime(const QDateTime &time)
{
    return ConversationRepository::isoTime(time.isValid() ? time : QDateTime::currentDateTimeUtc());
}

bool exec(QSqlQuery &query, QString *error)
{
    if (query.exec()) {
        query.finish();
        return true;
    }
    if (error)
        *error = query.lastError().text();
    return false;
}

} // namespace

RemoteCache::RemoteCache(Database &database)
    : m_database(database)
{
}

bool RemoteCache::storeCustomer(const Customer &customer, QString *error)
{
    QSqlQuery &q = m_database.prepared(QStringLiteral(
        "INSERT INTO customers (id, customer_number, first_name, last_name, first_name_fold, last_name_fold,"
        " birth_date, national_id, country, phone_e164, email, street, postcode, city, language, loyalty_tier,"
        " consent_marketing, consent_sms, created_at, updated_at, version)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (id) DO UPDATE SET customer_number = excluded.customer_number,"
        " first_name = excluded.first_name, last_name = excluded.last_name,"
        " first_name_fold = excluded.first_name_fold, last_name_fold = excluded.last_name_fold,"
        " birth_date = excluded.birth_date, national_id = excluded.national_id, country = excluded.country,"
        " phone_e164 = excluded.phone_e164, email = excluded.email, street = excluded.street,"
        " postcode = excluded.postcode, city = excluded.city, language = excluded.language,"
        " loyalty_tier = excluded.loyalty_tier, consent_marketing = excluded.consent_marketing,"
        " consent_sms = excluded.consent_sms, updated_at = excluded.updated_at, version = excluded.version"));
    q.bindValue(0, customer.id);
    q.bindValue(1, customer.customerNumber);
    q.bindValue(2, customer.firstName);
    q.bindValue(3, customer.lastName);
    q.bindValue(4, SearchText::fold(customer.firstName));
    q.bindValue(5, SearchText::fold(customer.lastName));
    q.bindValue(6, customer.birthDate.toString(Qt::ISODate));
    // The cache never holds the full national identity number: the server
    // sends it masked, and a reveal asks the server again.
    q.bindValue(7, customer.nationalIdMasked);
    q.bindValue(8, customer.country);
    q.bindValue(9, optionalText(customer.contact.phoneE164));
    q.bindValue(10, optionalText(customer.contact.email));
    q.bindValue(11, optionalText(customer.contact.street));
    q.bindValue(12, optionalText(customer.contact.postcode));
    q.bindValue(13, optionalText(customer.contact.city));
    q.bindValue(14, customer.contact.language.isEmpty() ? QStringLiteral("en") : customer.contact.language);
    q.bindValue(15, JsonCodec::tierName(customer.tier));
    q.bindValue(16, customer.consentMarketing ? 1 : 0);
    q.bindValue(17, customer.consentSms ? 1 : 0);
    q.bindValue(18, isoTime(customer.createdAt));
    q.bindValue(19, isoTime(customer.updatedAt));
    q.bindValue(20, customer.version);
    return exec(q, error);
}

bool RemoteCache::storeAccount(qint64 customerId, const Account &account, QString *error)
{
    QSqlQuery &q = m_database.prepared(QStringLiteral(
        "INSERT INTO accounts (id, customer_id, account_number, product, currency, credit_limit_minor,"
        " balance_minor, minimum_due_minor, due_date, status, opened_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (id) DO UPDATE SET customer_id = excluded.customer_id,"
        " account_number = excluded.account_number, product = excluded.product, currency = excluded.currency,"
        " credit_limit_minor = excluded.credit_limit_minor, balance_minor = excluded.balance_minor,"
        " minimum_due_minor = excluded.minimum_due_minor, due_date = excluded.due_date, status = excluded.status"));
    q.bindValue(0, account.id);
    q.bindValue(1, customerId);
    q.bindValue(2, account.accountNumber);
    q.bindValue(3, account.product);
    q.bindValue(4, account.creditLimit.currency);
    q.bindValue(5, account.creditLimit.minor);
    q.bindValue(6, account.balance.minor);
    q.bindValue(7, account.minimumDue.minor);
    q.bindValue(8, account.dueDate.isValid() ? QVariant(account.dueDate.toString(Qt::ISODate))
                                             : QVariant(QMetaType::fromType<QString>()));
    q.bindValue(9, account.status.isEmpty() ? QStringLiteral("open") : account.status);
    q.bindValue(10, isoTime(QDateTime()));
    return exec(q, error);
}

bool RemoteCache::storeCustomerView(const JsonCodec::CustomerView &view, QString *error)
{
    if (!storeCustomer(view.customer, error))
        return false;
    for (const Account &account : view.accounts) {
        if (!storeAccount(view.customer.id, account, error))
            return false;
    }
    for (const JsonCodec::CardView &card : view.cards) {
        JsonCodec::CardView held = card;
        held.customerId = view.customer.id;
        bool stored = false;
        if (!storeCard(held, &stored, error))
            return false;
    }
    // The latest transactions of the customer's cards: the card panel and the
    // lost-card wizard's review read them from the cache.
    QSet<qint64> cardIds;
    for (const JsonCodec::CardView &card : view.cards)
        cardIds.insert(card.card.id);
    for (const Transaction &t : view.recentTransactions) {
        if (cardIds.contains(t.cardId) && !storeTransaction(t, t.cardId, error))
            return false;
    }
    if (!conversations().linkCustomer(view.customer.id, error))
        return false;
    return CustomerRepository(m_database).refreshSearchDocument(view.customer.id, error);
}

bool RemoteCache::storeCard(const JsonCodec::CardView &view, bool *stored, QString *error)
{
    *stored = false;
    const Card &card = view.card;
    QSqlQuery &known = m_database.prepared(
        QStringLiteral("SELECT (SELECT count(*) FROM customers WHERE id = ?), (SELECT count(*) FROM accounts WHERE id = ?)"));
    known.bindValue(0, view.customerId);
    known.bindValue(1, card.accountId);
    if (!known.exec() || !known.next()) {
        if (error)
            *error = known.lastError().text();
        return false;
    }
    const bool haveHolder = known.value(0).toInt() > 0 && known.value(1).toInt() > 0;
    known.finish();
    if (!haveHolder)
        return true;
    if (card.replacementOf > 0 && card.id > 0) {
        // The server's copy of a replacement this console ordered (the feed before the answer).
        const std::optional<qint64> provisional =
            CardRepository(m_database).provisionalReplacementOf(card.replacementOf, error);
        if (!provisional)
            return false;
        if (*provisional && !adoptCard(*provisional, card.id, card.version, view.customerId, error))
            return false;
    }

    QSqlQuery &q = m_database.prepared(QStringLiteral(
        "INSERT INTO cards (id, account_id, customer_id, bin, last4, product, embossed_name, status, status_reason,"
        " expiry, issued_at, replacement_of, replacement_reason, online_enabled, abroad_enabled,"
        " contactless_enabled, atm_enabled, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (id) DO UPDATE SET account_id = excluded.account_id, customer_id = excluded.customer_id,"
        " bin = excluded.bin, last4 = excluded.last4, product = excluded.product,"
        " embossed_name = excluded.embossed_name, status = excluded.status, status_reason = excluded.status_reason,"
        " expiry = excluded.expiry, replacement_of = excluded.replacement_of,"
        " replacement_reason = excluded.replacement_reason, online_enabled = excluded.online_enabled,"
        " abroad_enabled = excluded.abroad_enabled, contactless_enabled = excluded.contactless_enabled,"
        " atm_enabled = excluded.atm_enabled, version = excluded.version"));
    q.bindValue(0, card.id);
    q.bindValue(1, card.accountId);
    q.bindValue(2, view.customerId);
    q.bindValue(3, card.bin);
    q.bindValue(4, card.last4);
    q.bindValue(5, card.product);
    q.bindValue(6, card.embossedName);
    q.bindValue(7, CardLifecycle::stateName(card.status));
    q.bindValue(8, optionalText(card.statusReason));
    q.bindValue(9, card.expiry.isValid() ? card.expiry.toString(QStringLiteral("yyyy-MM")) : QStringLiteral("2099-12"));
    q.bindValue(10, isoTime(QDateTime()));
    // A predecessor the cache does not hold would break the reference.
    q.bindValue(11, QVariant(QMetaType::fromType<qint64>()));
    q.bindValue(12, optionalText(card.replacementReason));
    q.bindValue(13, card.onlineEnabled ? 1 : 0);
    q.bindValue(14, card.abroadEnabled ? 1 : 0);
    q.bindValue(15, card.contactlessEnabled ? 1 : 0);
    q.bindValue(16, card.atmEnabled ? 1 : 0);
    q.bindValue(17, card.version);
    if (!exec(q, error))
        return false;
    if (card.replacementOf > 0) {
        QSqlQuery &link = m_database.prepared(QStringLiteral(
            "UPDATE cards SET replacement_of = ? WHERE id = ? AND EXISTS (SELECT 1 FROM cards WHERE id = ?)"));
        link.bindValue(0, card.replacementOf);
        link.bindValue(1, card.id);
        link.bindValue(2, card.replacementOf);
        if (!exec(link, error))
            return false;
    }
    *stored = true;
    return true;
}

ConversationRepository RemoteCache::conversations()
{
    ConversationRepository repository(m_database);
    if (m_unsentSubjects)
        repository.rememberVocabulary(&m_vocabulary);
    return repository;
}

bool RemoteCache::beginBatch(QString *error)
{
    QSqlQuery &q = m_database.prepared(QStringLiteral(
        "SELECT DISTINCT subject FROM outbox WHERE state IN ('pending', 'sending')"));
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    QSet<QString> subjects;
    while (q.next())
        subjects.insert(q.value(0).toString());
    q.finish();
    m_unsentSubjects = subjects;
    return true;
}

bool RemoteCache::hasUnsentCommand(const QString &subject, bool *unsent, QString *error)
{
    if (m_unsentSubjects) {
        *unsent = m_unsentSubjects->contains(subject);
        return true;
    }
    QSqlQuery &q = m_database.prepared(QStringLiteral(
        "SELECT count(*) FROM outbox WHERE subject = ? AND state IN ('pending', 'sending')"));
    q.bindValue(0, subject);
    if (!q.exec() || !q.next()) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    *unsent = q.value(0).toInt() > 0;
    q.finish();
    return true;
}

bool RemoteCache::unsentCommands(const QString &subject, QSet<QString> *ids, QString *error)
{
    QSqlQuery &q = m_database.prepared(QStringLiteral(
        "SELECT command_id FROM outbox WHERE subject = ? AND state IN ('pending', 'sending')"));
    q.bindValue(0, subject);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    while (q.next())
        ids->insert(QUuid::fromString(q.value(0).toString()).toString(QUuid::WithoutBraces));
    q.finish();
    return true;
}

bool RemoteCache::storeConversation(const ConversationSummary &conversation, bool force, bool *stored,
                                    QString *error)
{
    *stored = false;
    if (!force) {
        bool unsent = false;
        if (!hasUnsentCommand(QStringLiteral("conversation:") + QString::number(conversation.id), &unsent, error))
            return false;
        if (unsent)
            return true;
    }
    if (!conversations().storeServerConversation(conversation, force, error))
        return false;
    *stored = true;
    return true;
}

bool RemoteCache::storeMessage(const Message &message, bool *stored, QString *error)
{
    // The server's copy of a message this console wrote into a conversation
    // it created: the feed came before the answer. The conversation is the server's now.
    if (!message.commandId.isNull() && message.conversationId > 0) {
        const std::optional<qint64> provisional = conversations().provisionalConversationOf(message.commandId, error);
        if (!provisional)
            return false;
        if (*provisional && !adoptConversation(*provisional, message.conversationId, std::nullopt, error))
            return false;
    }
    return conversations().storeServerMessage(message, stored, error);
}

std::optional<int> RemoteCache::versionOf(const QString &table, qint64 id, QString *error)
{
    QSqlQuery &v = m_database.prepared(QStringLiteral("SELECT version FROM %1 WHERE id = ?").arg(table));
    v.bindValue(0, id);
    if (!v.exec()) {
        if (error)
            *error = v.lastError().text();
        return std::nullopt;
    }
    std::optional<int> version;
    if (v.next())
        version = v.value(0).toInt();
    v.finish();
    return version;
}

void RemoteCache::renameUnsentSubject(const QString &kind, qint64 provisional, qint64 serverId)
{
    if (!m_unsentSubjects)
        return;
    const QString from = kind + QLatin1Char(':') + QString::number(provisional);
    if (m_unsentSubjects->remove(from))
        m_unsentSubjects->insert(kind + QLatin1Char(':') + QString::number(serverId));
}

bool RemoteCache::adopt(const QString &kind, const QString &table, qint64 provisional, qint64 serverId,
                        std::optional<int> serverVersion, qint64 customerId,
                        const std::function<bool(QString *)> &moveRows, QString *error)
{
    QString problem;
    const std::optional<int> localVersion = versionOf(table, provisional, &problem);
    if (!serverVersion && problem.isEmpty())
        serverVersion = versionOf(table, serverId, &problem);   // the feed's copy, when it came first
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return false;
    }
    if (!moveRows(error)
        || OutboxRepository(m_database).adoptId(kind, provisional, serverId, localVersion, serverVersion, error) < 0
        || !SyncState(m_database).rememberServerId(kind, provisional, serverId, error))
        return false;
    renameUnsentSubject(kind, provisional, serverId);
    m_adoptions.append({kind, provisional, serverId, customerId});
    return true;
}

bool RemoteCache::adoptConversation(qint64 provisional, qint64 serverId, std::optional<int> serverVersion,
                                    QString *error)
{
    return adopt(QStringLiteral("conversation"), QStringLiteral("conversations"), provisional, serverId, serverVersion,
                 0, [&](QString *e) { return conversations().adoptServerId(provisional, serverId, e); }, error);
}

bool RemoteCache::adoptCard(qint64 provisional, qint64 serverId, std::optional<int> serverVersion, qint64 customerId,
                            QString *error)
{
    return adopt(QStringLiteral("card"), QStringLiteral("cards"), provisional, serverId, serverVersion, customerId,
                 [&](QString *e) { return CardRepository(m_database).adoptServerId(provisional, serverId, e); }, error);
}

bool RemoteCache::adoptWorkflow(qint64 provisional, qint64 serverId, std::optional<int> serverVersion, QString *error)
{
    return adopt(QStringLiteral("workflow"), QStringLiteral("card_workflows"), provisional, serverId, serverVersion, 0,
                 [&](QString *e) { return WorkflowRepository(m_database).adoptServerId(provisional, serverId, e); },
                 error);
}

bool RemoteCache::adoptAnswer(const QString &type, const QUuid &commandId, const QString &subject,
                              const QJsonObject &response, QString *error)
{
    if (type == QLatin1String("conversation.call") || type == QLatin1String("conversation.outbound")) {
        // MessagePosted: {conversationId, conversation, message}
        const qint64 serverId = response.value(QStringLiteral("conversationId")).toInteger();
        if (serverId <= 0)
            return true;   // not this contract's answer: the feed brings the server's copy
        std::optional<ConversationSummary> conversation;
        if (response.contains(QStringLiteral("conversation")))
            conversation = JsonCodec::conversationFromJson(response.value(QStringLiteral("conversation")));
        const std::optional<qint64> provisional = conversations().provisionalConversationOf(commandId, error);
        if (!provisional)
            return false;
        bool renamed = false;   // the provisional row became the server's (no copy of it here before)
        if (*provisional) {
            QSqlQuery &here = m_database.prepared(QStringLiteral("SELECT 1 FROM conversations WHERE id = ?"));
            here.bindValue(0, serverId);
            if (!here.exec()) {
                if (error)
                    *error = here.lastError().text();
                return false;
            }
            renamed = !here.next();
            here.finish();
            if (!adoptConversation(*provisional, serverId,
                                   conversation ? std::optional<int>(conversation->version) : std::nullopt, error))
                return false;
        }
        // The server's conversation over the console's: forced over the
        // provisional row's own versions, unless more of the agent's
        // commands about it are still on their way.
        if (conversation) {
            bool unsent = false;
            if (!hasUnsentCommand(QStringLiteral("conversation:") + QString::number(serverId), &unsent, error))
                return false;
            bool stored = false;
            if (!unsent && !storeConversation(*conversation, renamed, &stored, error))
                return false;
        }
        const std::optional<Message> message = JsonCodec::messageFromJson(response.value(QStringLiteral("message")));
        bool stored = false;
        return !message || storeMessage(*message, &stored, error);
    }
    if (type == QLatin1String("card.workflow.start")) {
        // Workflow: the new workflow with the server's id and version.
        const qint64 cardId = subject.startsWith(QLatin1String("card:")) ? subject.mid(5).toLongLong() : 0;
        const qint64 serverId = response.value(QStringLiteral("id")).toInteger();
        if (cardId == 0 || serverId <= 0)
            return true;
        const std::optional<qint64> provisional = WorkflowRepository(m_database).provisionalWorkflowOf(cardId, error);
        if (!provisional)
            return false;
        const QJsonValue version = response.value(QStringLiteral("version"));
        return !*provisional
               || adoptWorkflow(*provisional, serverId,
                                version.isDouble() ? std::optional<int>(version.toInt()) : std::nullopt, error);
    }
    if (type == QLatin1String("card.replacement.order")) {
        // ReplacementOrdered: {card, replacement}, the card replaced and the new one.
        const qint64 replaced = subject.startsWith(QLatin1String("card:")) ? subject.mid(5).toLongLong() : 0;
        const std::optional<JsonCodec::CardView> replacement =
            JsonCodec::cardViewFromJson(response.value(QStringLiteral("replacement")));
        if (replaced <= 0 || !replacement || replacement->card.id <= 0)
            return true;
        bool stored = false;
        return storeCard(*replacement, &stored, error);   // adopts the provisional replacement (see storeCard)
    }
    return true;
}

bool RemoteCache::storeThread(qint64 conversationId, const QList<Message> &messages, QString *error)
{
    QSet<QString> unsent;
    if (!unsentCommands(QStringLiteral("conversation:") + QString::number(conversationId), &unsent, error))
        return false;
    return conversations().replaceServerThread(conversationId, messages, unsent, error);
}

bool RemoteCache::storeTransaction(const Transaction &t, qint64 cardId, QString *error)
{
    // The server's status; a dispute this console filed and has not sent yet keeps its mark.
    QSqlQuery &w = m_database.prepared(QStringLiteral(
        "INSERT INTO transactions (id, card_id, occurred_at, amount_minor, currency, merchant, mcc, country,"
        " status, entry_mode, dispute_status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (id) DO UPDATE SET status = excluded.status,"
        " dispute_status = coalesce(excluded.dispute_status, dispute_status)"));
    w.bindValue(0, t.id);
    w.bindValue(1, t.cardId > 0 ? t.cardId : cardId);
    w.bindValue(2, isoTime(t.occurredAt));
    w.bindValue(3, t.amount.minor);
    w.bindValue(4, t.amount.currency);
    w.bindValue(5, t.merchant);
    w.bindValue(6, t.mcc.isEmpty() ? QStringLiteral("0000") : t.mcc);
    w.bindValue(7, t.country.isEmpty() ? QStringLiteral("FI") : t.country);
    w.bindValue(8, TransactionStatusNames::name(t.status));
    w.bindValue(9, t.entryMode.isEmpty() ? QStringLiteral("chip") : t.entryMode);
    w.bindValue(10, optionalText(t.disputeStatus));
    return exec(w, error);
}

bool RemoteCache::storeAgent(const JsonCodec::AgentProfile &agent, QString *error)
{
    QSqlQuery &w = m_database.prepared(QStringLiteral(
        "INSERT INTO agents (username, display_name, role, language, queues, presence, presence_since)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (username) DO UPDATE SET display_name = excluded.display_name, role = excluded.role,"
        " language = excluded.language, queues = excluded.queues, presence = excluded.presence,"
        " presence_since = excluded.presence_since"));
    w.bindValue(0, agent.agent.username);
    w.bindValue(1, agent.agent.displayName.isEmpty() ? agent.agent.username : agent.agent.displayName);
    w.bindValue(2, agent.agent.role == Agent::RoleSupervisor ? QStringLiteral("supervisor") : QStringLiteral("agent"));
    w.bindValue(3, agent.language);
    w.bindValue(4, agent.queues.join(QLatin1Char(' ')));
    w.bindValue(5, agent.presence);
    w.bindValue(6, agent.presenceSince.isValid() ? QVariant(isoTime(agent.presenceSince)) : QVariant(QMetaType(QMetaType::QString)));
    return exec(w, error);
}

bool RemoteCache::storeCsatRequest(const JsonCodec::CsatRequestRecord &request, bool *stored, QString *error)
{
    *stored = false;
    QSqlQuery &w = m_database.prepared(QStringLiteral(
        "INSERT INTO csat_requests (id, conversation_id, agent, channel, sent_at)"
        " SELECT ?, id, ?, ?, ? FROM conversations WHERE id = ?"
        " ON CONFLICT (id) DO NOTHING"));
    w.bindValue(0, request.id);
    w.bindValue(1, request.agent.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(request.agent));
    w.bindValue(2, ConversationNames::channelName(request.channel));
    w.bindValue(3, isoTime(request.sentAt));
    w.bindValue(4, request.conversationId);
    if (!exec(w, error))
        return false;
    *stored = w.numRowsAffected() > 0;
    return true;
}

bool RemoteCache::storeCsatAnswer(const JsonCodec::CsatAnswerRecord &answer, bool *stored, QString *error)
{
    *stored = false;
    QSqlQuery &w = m_database.prepared(QStringLiteral(
        "INSERT INTO csat_answers (id, conversation_id, agent, channel, score, answered_at)"
        " SELECT ?, id, ?, ?, ?, ? FROM conversations WHERE id = ?"
        " ON CONFLICT (id) DO NOTHING"));
    w.bindValue(0, answer.id);
    w.bindValue(1, answer.agent.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(answer.agent));
    w.bindValue(2, ConversationNames::channelName(answer.channel));
    w.bindValue(3, answer.score);
    w.bindValue(4, isoTime(answer.answeredAt));
    w.bindValue(5, answer.conversationId);
    if (!exec(w, error))
        return false;
    *stored = w.numRowsAffected() > 0;
    return true;
}

bool RemoteCache::storeCardOutcome(const JsonCodec::CardOutcomeRecord &outcome, QString *error)
{
    QSqlQuery &w = m_database.prepared(QStringLiteral(
        "INSERT INTO desk_card_outcomes (kind, server_id, card_id, at) VALUES (?, ?, ?, ?)"
        " ON CONFLICT (kind, server_id) DO NOTHING"));
    w.bindValue(0, JsonCodec::cardOutcomeKindName(outcome.kind));
    w.bindValue(1, outcome.id);
    w.bindValue(2, outcome.cardId);
    w.bindValue(3, isoTime(outcome.at));
    return exec(w, error);
}

bool RemoteCache::storeAlert(const Alert &alert, const QList<Transaction> &evidence, bool *stored, QString *error)
{
    *stored = false;
    QSqlQuery &known = m_database.prepared(QStringLiteral(
        "SELECT (SELECT count(*) FROM conversations WHERE id = ?), (SELECT count(*) FROM cards WHERE id = ?)"));
    known.bindValue(0, alert.conversationId);
    known.bindValue(1, alert.cardId);
    if (!known.exec() || !known.next()) {   // (exec() here finishes the statement: for writes only)
        if (error)
            *error = known.lastError().text();
        return false;
    }
    const bool here = known.value(0).toInt() > 0 && known.value(1).toInt() > 0;
    known.finish();
    if (!here)
        return true;
    bool unsent = false;
    if (!hasUnsentCommand(QStringLiteral("alert:") + QString::number(alert.id), &unsent, error))
        return false;
    if (unsent)
        return true;   // the agent's decision is on its way

    const bool decided = alert.status != Alert::Status::Open;
    QSqlQuery &a = m_database.prepared(QStringLiteral(
        "INSERT INTO alerts (id, conversation_id, customer_id, card_id, rules, findings, status, raised_at,"
        " decision_note, decided_by, decided_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (id) DO UPDATE SET status = excluded.status, findings = excluded.findings,"
        " rules = excluded.rules, decision_note = excluded.decision_note, decided_by = excluded.decided_by,"
        " decided_at = excluded.decided_at"));
    a.bindValue(0, alert.id);
    a.bindValue(1, alert.conversationId);
    a.bindValue(2, alert.customerId);
    a.bindValue(3, alert.cardId);
    a.bindValue(4, alert.ruleNames());
    a.bindValue(5, QString::fromUtf8(QJsonDocument(Alert::findingsToJson(alert.findings)).toJson(QJsonDocument::Compact)));
    a.bindValue(6, Alert::statusName(alert.status));
    a.bindValue(7, isoTime(alert.raisedAt));
    a.bindValue(8, decided ? optionalText(alert.decisionNote) : QVariant(QMetaType::fromType<QString>()));
    a.bindValue(9, decided ? optionalText(alert.decidedBy) : QVariant(QMetaType::fromType<QString>()));
    a.bindValue(10, decided && alert.decidedAt.isValid() ? QVariant(isoTime(alert.decidedAt))
                                                         : QVariant(QMetaType::fromType<QString>()));
    if (!exec(a, error))
        return false;
    for (const Transaction &t : evidence) {
        if (!storeTransaction(t, alert.cardId, error))
            return false;
        QSqlQuery &link = m_database.prepared(QStringLiteral(
            "INSERT OR IGNORE INTO alert_transactions (transaction_id, alert_id) VALUES (?, ?)"));
        link.bindValue(0, t.id);
        link.bindValue(1, alert.id);
        if (!exec(link, error))
            return false;
    }
    *stored = true;
    return true;
}

/// The contract's Alert; nullopt when @p json is not one.
std::optional<Alert> RemoteCache::alertFromJson(const QJsonObject &json)
{
    Alert alert;
    alert.id = json.value(QStringLiteral("id")).toInteger();
    alert.conversationId = json.value(QStringLiteral("conversationId")).toInteger();
    alert.customerId = json.value(QStringLiteral("customerId")).toInteger();
    alert.cardId = json.value(QStringLiteral("cardId")).toInteger();
    const std::optional<Alert::Status> status = Alert::statusFromName(json.value(QStringLiteral("status")).toString());
    const std::optional<QList<AlertFinding>> findings = Alert::findingsFromJson(
        QJsonDocument(json.value(QStringLiteral("findings")).toArray()).toJson(QJsonDocument::Compact));
    const std::optional<QDateTime> raisedAt = JsonCodec::parseTimestamp(json.value(QStringLiteral("raisedAt")).toString());
    if (alert.id <= 0 || alert.conversationId <= 0 || alert.cardId <= 0 || !status || !findings || !raisedAt)
        return std::nullopt;
    alert.status = *status;
    alert.findings = *findings;
    alert.raisedAt = *raisedAt;
    alert.decisionNote = json.value(QStringLiteral("decisionNote")).toString();
    alert.decidedBy = json.value(QStringLiteral("decidedBy")).toString();
    if (const std::optional<QDateTime> decidedAt =
            JsonCodec::parseTimestamp(json.value(QStringLiteral("decidedAt")).toString()))
        alert.decidedAt = *decidedAt;
    return alert;
}

