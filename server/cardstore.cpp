#include "cardstore.h"

#include "sqlvalues.h"

#include "domain/transactionstatusnames.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace {

QString encodeCursor(const QDateTime &at, qint64 id)
{
    const QByteArray json = QJsonDocument(QJsonObject{{QStringLiteral("t"), SqlValues::time(at).toString()},
                                                      {QStringLiteral("i"), id}})
                                .toJson(QJsonDocument::Compact);
    return QString::fromLatin1(json.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

bool decodeCursor(const QString &cursor, QDateTime *at, qint64 *id)
{
    const auto decoded = QByteArray::fromBase64Encoding(cursor.toLatin1(), QByteArray::Base64UrlEncoding
                                                                               | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return false;
    const QJsonObject object = QJsonDocument::fromJson(*decoded).object();
    *at = SqlValues::toTime(object.value(QStringLiteral("t")).toString());
    *id = object.value(QStringLiteral("i")).toInteger();
    return at->isValid() && *id > 0;
}

} // namespace

CardStore::CardStore(QSqlDatabase db, SqlDialect dialect)
    : m_db(db)
    , m_dialect(dialect)
{
}

QString CardStore::cardColumns()
{
    return QStringLiteral("k.id, k.account_id, k.bin, k.last4, k.product, k.embossed_name, k.status, k.status_reason, "
                          "k.replacement_reason, k.expiry, k.replacement_of, k.version, k.online_enabled, "
                          "k.abroad_enabled, k.contactless_enabled, k.atm_enabled");
}

Card CardStore::cardFrom(const QSqlQuery &query, int first)
{
    Card card;
    int i = first;
    card.id = query.value(i++).toLongLong();
    card.accountId = query.value(i++).toLongLong();
    card.bin = query.value(i++).toString();
    card.last4 = query.value(i++).toString();
    card.product = query.value(i++).toString();
    card.embossedName = query.value(i++).toString();
    card.status = CardLifecycle::stateFromName(query.value(i++).toString()).value_or(CardLifecycle::State::Closed);
    card.statusReason = query.value(i++).toString();
    card.replacementReason = query.value(i++).toString();
    card.expiry = SqlValues::toDay(query.value(i++));
    card.replacementOf = query.value(i++).toLongLong();
    card.version = query.value(i++).toInt();
    card.onlineEnabled = query.value(i++).toBool();
    card.abroadEnabled = query.value(i++).toBool();
    card.contactlessEnabled = query.value(i++).toBool();
    card.atmEnabled = query.value(i++).toBool();
    return card;
}

QString CardStore::limitColumns()
{
    return QStringLiteral("l.per_purchase_minor, l.daily_minor, l.daily_cash_minor");
}

CardLimits CardStore::limitsFrom(const QSqlQuery &query, int first)
{
    const auto limit = [&query](int column) {
        const QVariant value = query.value(column);
        return value.isNull() ? std::nullopt : std::optional<qint64>(value.toLongLong());
    };
    CardLimits limits;
    limits.perPurchaseMinor = limit(first);
    limits.dailyMinor = limit(first + 1);
    limits.dailyCashMinor = limit(first + 2);
    return limits;
}

QString CardStore::transactionColumns()
{
    return QStringLiteral("t.id, t.card_id, k.last4, t.occurred_at, t.amount_minor, t.currency, t.merchant, t.mcc, "
                          "t.country, t.status, t.dispute_status, t.entry_mode");
}

Transaction CardStore::transactionFrom(const QSqlQuery &query, int first)
{
    Transaction t;
    int i = first;
    t.id = query.value(i++).toLongLong();
    t.cardId = query.value(i++).toLongLong();
    t.cardLast4 = query.value(i++).toString();
    t.occurredAt = SqlValues::toTime(query.value(i++));
    t.amount.minor = query.value(i++).toLongLong();
    t.amount.currency = query.value(i++).toString();
    t.merchant = query.value(i++).toString();
    t.mcc = query.value(i++).toString();
    t.country = query.value(i++).toString();
    t.status = TransactionStatusNames::fromName(query.value(i++).toString());
    t.disputeStatus = query.value(i++).toString();
    t.entryMode = query.value(i++).toString();
    return t;
}

JsonCodec::CardView CardStore::Record::view() const
{
    JsonCodec::CardView view;
    view.card = card;
    view.customerId = customerId;
    view.limits = limits;
    if (!currency.isEmpty())
        view.limitsCurrency = currency;
    return view;
}

std::optional<CardStore::Record> CardStore::card(qint64 cardId, QString *error)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!SqlValues::exec(query,
                         QStringLiteral("SELECT ") + cardColumns()
                             + QStringLiteral(", k.customer_id, a.currency, k.issued_at, k.updated_at, k.updated_by, "
                                              "c.country, ")
                             + limitColumns()
                             + QStringLiteral(" FROM cards k JOIN accounts a ON a.id = k.account_id "
                                              "JOIN customers c ON c.id = k.customer_id "
                                              "LEFT JOIN card_limits l ON l.card_id = k.id WHERE k.id = ?"),
                         {cardId}, error))
        return std::nullopt;
    if (!query.next())
        return std::nullopt;
    Record record;
    record.card = cardFrom(query);
    record.customerId = query.value(16).toLongLong();
    record.currency = query.value(17).toString();
    record.issuedAt = SqlValues::toTime(query.value(18));
    record.updatedAt = SqlValues::toTime(query.value(19));
    record.updatedBy = query.value(20).toString();
    record.homeCountry = query.value(21).toString();
    record.limits = limitsFrom(query, 22);
    return record;
}

QList<JsonCodec::CardView> CardStore::cardsOfCustomer(qint64 customerId, QString *error)
{
    QList<JsonCodec::CardView> cards;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!SqlValues::exec(query,
                         QStringLiteral("SELECT ") + cardColumns() + QStringLiteral(", a.currency, ")
                             + limitColumns()
                             + QStringLiteral(" FROM cards k JOIN accounts a ON a.id = k.account_id "
                                              "LEFT JOIN card_limits l ON l.card_id = k.id "
                                              "WHERE k.customer_id = ? ORDER BY k.id"),
                         {customerId}, error))
        return cards;
    while (query.next()) {
        JsonCodec::CardView view;
        view.card = cardFrom(query);
        view.customerId = customerId;
        view.limitsCurrency = query.value(16).toString();
        view.limits = limitsFrom(query, 17);
        cards.append(view);
    }
    return cards;
}

bool CardStore::transition(const CardEvent &event, int expectedVersion, const QString &statusReason, bool *conflict,
                           QString *error, qint64 *eventId)
{
    *conflict = false;
    QSqlQuery update(m_db);
    if (!SqlValues::exec(update,
                         QStringLiteral("UPDATE cards SET status = ?, status_reason = ?, version = version + 1, "
                                        "updated_at = ?, updated_by = ? WHERE id = ? AND version = ? AND status = ?"),
                         {CardLifecycle::stateName(event.to), SqlValues::text(statusReason), SqlValues::time(event.at),
                          event.agent, event.cardId, expectedVersion, CardLifecycle::stateName(event.from)},
                         error))
        return false;
    if (update.numRowsAffected() != 1) {
        *conflict = true;
        *error = QStringLiteral("card %1 is no longer at version %2").arg(event.cardId).arg(expectedVersion);
        return false;
    }
    QSqlQuery insert(m_db);
    insert.setForwardOnly(true);
    if (!SqlValues::exec(insert,
                         QStringLiteral("INSERT INTO card_events (card_id, at, from_state, to_state, reason_code, "
                                        "reason_text, channel, agent, command_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                                        "RETURNING id"),
                         {event.cardId, SqlValues::time(event.at), CardLifecycle::stateName(event.from),
                          CardLifecycle::stateName(event.to), SqlValues::text(event.reasonCode),
                          SqlValues::text(event.reasonText), CardLifecycle::channelName(event.channel),
                          SqlValues::text(event.agent), SqlValues::text(event.commandId)},
                         error))
        return false;
    if (!insert.next()) {
        *error = QStringLiteral("the card_events row was not returned");
        return false;
    }
    if (eventId)
        *eventId = insert.value(0).toLongLong();
    insert.finish();
    return true;
}

bool CardStore::touch(qint64 cardId, int expectedVersion, const QDateTime &at, const QString &agent, bool *conflict,
                      QString *error)
{
    *conflict = false;
    QSqlQuery update(m_db);
    if (!SqlValues::exec(update,
                         QStringLiteral("UPDATE cards SET version = version + 1, updated_at = ?, updated_by = ? "
                                        "WHERE id = ? AND version = ? AND status <> 'closed'"),
                         {SqlValues::time(at), agent, cardId, expectedVersion}, error))
        return false;
    if (update.numRowsAffected() != 1) {
        *conflict = true;
        *error = QStringLiteral("card %1 is no longer at version %2").arg(cardId).arg(expectedVersion);
        return false;
    }
    return true;
}

bool CardStore::setControls(qint64 cardId, const CardControls &controls, QString *error)
{
    QSqlQuery update(m_db);
    return SqlValues::exec(update,
                           QStringLiteral("UPDATE cards SET online_enabled = ?, abroad_enabled = ?, "
                                          "contactless_enabled = ?, atm_enabled = ? WHERE id = ?"),
                           {controls.online, controls.abroad, controls.contactless, controls.atm, cardId}, error);
}

bool CardStore::setLimits(qint64 cardId, const CardLimits &limits, QString *error)
{
    const auto bind = [](const std::optional<qint64> &limit) {
        return limit ? QVariant(*limit) : QVariant(QMetaType::fromType<qint64>());
    };
    QSqlQuery upsert(m_db);
    return SqlValues::exec(upsert,
                           QStringLiteral("INSERT INTO card_limits (card_id, per_purchase_minor, daily_minor, "
                                          "daily_cash_minor) VALUES (?, ?, ?, ?) ON CONFLICT (card_id) DO UPDATE SET "
                                          "per_purchase_minor = excluded.per_purchase_minor, "
                                          "daily_minor = excluded.daily_minor, "
                                          "daily_cash_minor = excluded.daily_cash_minor"),
                           {cardId, bind(limits.perPurchaseMinor), bind(limits.dailyMinor),
                            bind(limits.dailyCashMinor)},
                           error);
}

qint64 CardStore::replacedBy(qint64 cardId, QString *error)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!SqlValues::exec(query, QStringLiteral("SELECT id FROM cards WHERE replacement_of = ? LIMIT 1"), {cardId},
                         error)
        || !query.next())
        return 0;
    return query.value(0).toLongLong();
}

qint64 CardStore::insertReplacement(const Record &old, const QString &last4, CardLifecycle::CloseReason reason,
                                    const QDate &expiry, const QDateTime &at, const QString &agent, QString *error)
{
    const Card &card = old.card;
    QSqlQuery insert(m_db);
    if (!SqlValues::exec(insert,
                         QStringLiteral("INSERT INTO cards (account_id, customer_id, bin, last4, product, "
                                        "embossed_name, status, expiry, issued_at, replacement_of, "
                                        "replacement_reason, online_enabled, abroad_enabled, contactless_enabled, "
                                        "atm_enabled, updated_at, updated_by) "
                                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                         {card.accountId, old.customerId, card.bin, last4, card.product, card.embossedName,
                          CardLifecycle::stateName(CardLifecycle::State::Ordered), SqlValues::day(expiry),
                          SqlValues::time(at), card.id, CardLifecycle::closeReasonName(reason), card.onlineEnabled,
                          card.abroadEnabled, card.contactlessEnabled, card.atmEnabled, SqlValues::time(at), agent},
                         error)
        || !insert.next())
        return 0;
    const qint64 id = insert.value(0).toLongLong();
    insert.finish();
    return setLimits(id, old.limits, error) ? id : 0;
}

QList<Transaction> CardStore::transactionsWhere(const QString &condition, const QVariantList &values, QString *error)
{
    QList<Transaction> transactions;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!SqlValues::exec(query,
                         QStringLiteral("SELECT ") + transactionColumns()
                             + QStringLiteral(" FROM transactions t JOIN cards k ON k.id = t.card_id WHERE ")
                             + condition,
                         values, error))
        return transactions;
    while (query.next())
        transactions.append(transactionFrom(query));
    return transactions;
}

QList<Transaction> CardStore::transactionsSince(qint64 cardId, const QDateTime &since, QString *error)
{
    return transactionsWhere(QStringLiteral("t.card_id = ? AND t.occurred_at >= ? "
                                            "ORDER BY t.occurred_at DESC, t.id DESC"),
                             {cardId, SqlValues::time(since)}, error);
}

std::optional<CardStore::TransactionPage> CardStore::transactions(qint64 cardId, const QDateTime &since, int limit,
                                                                  const QString &after, bool *badCursor,
                                                                  QString *error)
{
    *badCursor = false;
    QString statement = QStringLiteral("SELECT ") + transactionColumns()
                        + QStringLiteral(" FROM transactions t JOIN cards k ON k.id = t.card_id WHERE t.card_id = ?");
    QVariantList values{cardId};
    if (since.isValid()) {
        statement += QStringLiteral(" AND t.occurred_at >= ?");
        values << SqlValues::time(since);
    }
    if (!after.isEmpty()) {
        QDateTime at;
        qint64 id = 0;
        if (!decodeCursor(after, &at, &id)) {
            *badCursor = true;
            return std::nullopt;
        }
        statement += QStringLiteral(" AND (t.occurred_at < ? OR (t.occurred_at = ? AND t.id < ?))");
        values << SqlValues::time(at) << SqlValues::time(at) << id;
    }
    statement += QStringLiteral(" ORDER BY t.occurred_at DESC, t.id DESC LIMIT ?");
    values << limit + 1;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!SqlValues::exec(query, statement, values, error))
        return std::nullopt;
    TransactionPage page;
    while (query.next()) {
        if (page.transactions.size() == limit) {
            const Transaction &last = page.transactions.last();
            page.next = encodeCursor(last.occurredAt, last.id);
            break;
        }
        page.transactions.append(transactionFrom(query));
    }
    return page;
}

QList<Transaction> CardStore::recentTransactionsOfCustomer(qint64 customerId, int limit, QString *error)
{
    return transactionsWhere(QStringLiteral("k.customer_id = ? ORDER BY t.occurred_at DESC, t.id DESC LIMIT ?"),
                             {customerId, limit}, error);
}

bool CardStore::recordVerification(qint64 customerId, qint64 cardId, const Verification::Outcome &outcome,
                                   const QString &agent, const QUuid &commandId, QString *error)
{
    QSqlQuery query(m_db);
    return SqlValues::exec(query,
                           QStringLiteral("INSERT INTO verifications (customer_id, card_id, method, passed, agent, at, "
                                          "command_id) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                           {customerId, SqlValues::nullableId(cardId), Verification::methodName(outcome.method),
                            outcome.passed, agent, SqlValues::time(outcome.at),
                            commandId.isNull() ? QVariant(QMetaType(QMetaType::QString))
                                               : QVariant(commandId.toString(QUuid::WithoutBraces))},
                           error);
}

std::optional<JsonCodec::VerificationRecord> CardStore::latestVerification(qint64 customerId, const QString &agent,
                                                                           QString *error)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!SqlValues::exec(query,
                         QStringLiteral("SELECT method, passed, at, card_id FROM verifications "
                                        "WHERE customer_id = ? AND agent = ? ORDER BY id DESC LIMIT 1"),
                         {customerId, agent}, error))
        return std::nullopt;
    if (!query.next())
        return std::nullopt;
    JsonCodec::VerificationRecord record;
    record.customerId = customerId;
    record.agent = agent;
    record.cardId = query.value(3).toLongLong();
    record.outcome.method = Verification::methodFromName(query.value(0).toString())
                                .value_or(Verification::Method::CardIdentified);
    record.outcome.passed = query.value(1).toBool();
    record.outcome.at = SqlValues::toTime(query.value(2));
    return record;
}

QList<CardEvent> CardStore::events(qint64 cardId, QString *error)
{
    QList<CardEvent> events;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!SqlValues::exec(query,
                         QStringLiteral("SELECT id, card_id, at, from_state, to_state, reason_code, reason_text, "
                                        "channel, agent, command_id FROM card_events WHERE card_id = ? ORDER BY id"),
                         {cardId}, error))
        return events;
    while (query.next()) {
        CardEvent event;
        event.id = query.value(0).toLongLong();
        event.cardId = query.value(1).toLongLong();
        event.at = SqlValues::toTime(query.value(2));
        event.from = CardLifecycle::stateFromName(query.value(3).toString()).value_or(CardLifecycle::State::Active);
        event.to = CardLifecycle::stateFromName(query.value(4).toString()).value_or(CardLifecycle::State::Active);
        event.reasonCode = query.value(5).toString();
        event.reasonText = query.value(6).toString();
        event.channel = CardLifecycle::channelFromName(query.value(7).toString())
                            .value_or(CardLifecycle::Channel::AgentConsole);
        event.agent = query.value(8).toString();
        event.commandId = query.value(9).toString();
        events.append(event);
    }
    return events;
}
