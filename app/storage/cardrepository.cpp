#include "cardrepository.h"

#include "sqlexec.h"

#include "conversationrepository.h"
#include "customerrepository.h"
#include "database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

using SqlExec::exec;
using SqlExec::execChanging;
using SqlExec::optionalText;

const QString EventColumns = QStringLiteral(
    "id, card_id, at, from_state, to_state, reason_code, reason_text, channel, agent, command_id");

/// The latest replacement order of the card tells how it travels; a card
/// without one (issued by the card system) goes by post from its issue time.
const QString DeliveryColumns = QStringLiteral(
    "k.id, k.customer_id, k.last4, k.status, k.version, o.delivery, o.pickup_point,"
    " coalesce(o.requested_at, k.issued_at)"
    " FROM cards AS k LEFT JOIN card_orders AS o ON o.id = (SELECT max(id) FROM card_orders"
    " WHERE card_id = k.id AND kind = 'replacement')");

CardDelivery deliveryFromRow(const QSqlQuery &q)
{
    CardDelivery d;
    d.cardId = q.value(0).toLongLong();
    d.customerId = q.value(1).toLongLong();
    d.last4 = q.value(2).toString();
    d.status = CardLifecycle::stateFromName(q.value(3).toString()).value_or(CardLifecycle::State::Ordered);
    d.version = q.value(4).toInt();
    d.method = DeliverySchedule::methodFromName(q.value(5).toString()).value_or(DeliverySchedule::Method::Post);
    d.pickupPoint = q.value(6).toString();
    d.orderedAt = QDateTime::fromString(q.value(7).toString(), Qt::ISODate);
    return d;
}

/// Runs @p q (a SELECT of DeliveryColumns) and reads every row.
QList<CardDelivery> readDeliveries(QSqlQuery &q, QString *error)
{
    QList<CardDelivery> out;
    if (!exec(q, error))
        return out;
    while (q.next())
        out << deliveryFromRow(q);
    q.finish();
    return out;
}

CardEvent eventFromRow(const QSqlQuery &q)
{
    CardEvent e;
    e.id = q.value(0).toLongLong();
    e.cardId = q.value(1).toLongLong();
    e.at = QDateTime::fromString(q.value(2).toString(), Qt::ISODate);
    e.from = CardLifecycle::stateFromName(q.value(3).toString()).value_or(CardLifecycle::State::Closed);
    e.to = CardLifecycle::stateFromName(q.value(4).toString()).value_or(CardLifecycle::State::Closed);
    e.reasonCode = q.value(5).toString();
    e.reasonText = q.value(6).toString();
    e.channel = CardLifecycle::channelFromName(q.value(7).toString()).value_or(CardLifecycle::Channel::System);
    e.agent = q.value(8).toString();
    e.commandId = q.value(9).toString();
    return e;
}

} // namespace

CardRepository::CardRepository(Database &database)
    : m_database(database)
{
}

std::optional<CardRecord> CardRepository::card(qint64 cardId, QString *error)
{
    QSqlQuery &q = m_database.prepared(QStringLiteral(
        "SELECT id, account_id, customer_id, bin, last4, product, embossed_name, status, status_reason,"
        " replacement_of, replacement_reason, version, online_enabled, abroad_enabled, contactless_enabled,"
        " atm_enabled, (SELECT country FROM customers c WHERE c.id = cards.customer_id),"
        " (SELECT currency FROM accounts a WHERE a.id = cards.account_id) FROM cards WHERE id = ?"));
    q.bindValue(0, cardId);
    if (!exec(q, error) || !q.next())
        return std::nullopt;
    CardRecord r;
    r.card.id = q.value(0).toLongLong();
    r.card.accountId = q.value(1).toLongLong();
    r.customerId = q.value(2).toLongLong();
    r.card.bin = q.value(3).toString();
    r.card.last4 = q.value(4).toString();
    r.card.product = q.value(5).toString();
    r.card.embossedName = q.value(6).toString();
    r.card.status = CardLifecycle::stateFromName(q.value(7).toString()).value_or(CardLifecycle::State::Closed);
    r.card.statusReason = q.value(8).toString();
    r.card.replacementOf = q.value(9).toLongLong();
    r.card.replacementReason = q.value(10).toString();
    r.card.version = q.value(11).toInt();
    r.card.onlineEnabled = q.value(12).toBool();
    r.card.abroadEnabled = q.value(13).toBool();
    r.card.contactlessEnabled = q.value(14).toBool();
    r.card.atmEnabled = q.value(15).toBool();
    r.homeCountry = q.value(16).toString();
    r.currency = q.value(17).toString();
    q.finish();
    return r;
}

bool CardRepository::transition(const CardEvent &event, int expectedVersion, bool *conflict, QString *error)
{
    if (conflict)
        *conflict = false;
    // The state a card keeps a reason for: why it is locked, why it was closed.
    const bool keepsReason = event.to == CardLifecycle::State::Locked || event.to == CardLifecycle::State::Closed;
    QSqlQuery &u = m_database.prepared(QStringLiteral(
        "UPDATE cards SET status = ?, status_reason = ?, version = version + 1"
        " WHERE id = ? AND version = ? AND status = ?"));
    u.bindValue(0, CardLifecycle::stateName(event.to));
    u.bindValue(1, keepsReason ? optionalText(event.reasonCode) : QVariant(QMetaType::fromType<QString>()));
    u.bindValue(2, event.cardId);
    u.bindValue(3, expectedVersion);
    u.bindValue(4, CardLifecycle::stateName(event.from));
    if (!execChanging(u, conflict, error))
        return false;
    QSqlQuery &i = m_database.prepared(QStringLiteral(
        "INSERT INTO card_events (card_id, at, from_state, to_state, reason_code, reason_text, channel, agent,"
        " command_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    i.bindValue(0, event.cardId);
    i.bindValue(1, ConversationRepository::isoTime(event.at));
    i.bindValue(2, CardLifecycle::stateName(event.from));
    i.bindValue(3, CardLifecycle::stateName(event.to));
    i.bindValue(4, optionalText(event.reasonCode));
    i.bindValue(5, optionalText(event.reasonText));
    i.bindValue(6, CardLifecycle::channelName(event.channel));
    i.bindValue(7, optionalText(event.agent));
    i.bindValue(8, optionalText(event.commandId));
    return exec(i, error);
}

bool CardRepository::setControls(qint64 cardId, int expectedVersion, const CardControls &controls, bool *conflict,
                                 QString *error)
{
    if (conflict)
        *conflict = false;
    QSqlQuery &u = m_database.prepared(QStringLiteral(
        "UPDATE cards SET online_enabled = ?, abroad_enabled = ?, contactless_enabled = ?, atm_enabled = ?,"
        " version = version + 1 WHERE id = ? AND version = ? AND status <> 'closed'"));
    u.bindValue(0, controls.online ? 1 : 0);
    u.bindValue(1, controls.abroad ? 1 : 0);
    u.bindValue(2, controls.contactless ? 1 : 0);
    u.bindValue(3, controls.atm ? 1 : 0);
    u.bindValue(4, cardId);
    u.bindValue(5, expectedVersion);
    if (!execChanging(u, conflict, error))
        return false;
    return true;
}

CardLimits CardRepository::limits(qint64 cardId, QString *error)
{
    CardLimits limits;
    QSqlQuery &q = m_database.prepared(QStringLiteral(
        "SELECT per_purchase_minor, daily_minor, daily_cash_minor FROM card_limits WHERE card_id = ?"));
    q.bindValue(0, cardId);
    if (!exec(q, error) || !q.next())
        return limits;
    const auto value = [&q](int column) {
        return q.value(column).isNull() ? std::nullopt : std::optional<qint64>(q.value(column).toLongLong());
    };
    limits.perPurchaseMinor = value(0);
    limits.dailyMinor = value(1);
    limits.dailyCashMinor = value(2);
    q.finish();
    return limits;
}

bool CardRepository::setLimits(qint64 cardId, const CardLimits &limits, QString *error)
{
    QSqlQuery &q = m_database.prepared(QStringLiteral(
        "INSERT OR REPLACE INTO card_limits (card_id, per_purchase_minor, daily_minor, daily_cash_minor)"
        " VALUES (?, ?, ?, ?)"));
    const auto bind = [](const std::optional<qint64> &v) {
        return v ? QVariant(*v) : QVariant(QMetaType::fromType<qint64>());
    };
    q.bindValue(0, cardId);
    q.bindValue(1, bind(limits.perPurchaseMinor));
    q.bindValue(2, bind(limits.dailyMinor));
    q.bindValue(3, bind(limits.dailyCashMinor));
    return exec(q, error);
}

bool CardRepository::copyLimits(qint64 from, qint64 to, QString *error)
{
    QSqlQuery &q = m_database.prepared(QStringLiteral(
        "INSERT OR REPLACE INTO card_limits (card_id, per_purchase_minor, daily_minor, daily_cash_minor)"
        " SELECT ?, per_purchase_minor, daily_minor, daily_cash_minor FROM card_limits WHERE card_id = ?"));
    q.bindValue(0, to);
    q.bindValue(1, from);
    return exec(q, error);
}

QList<Transaction> CardRepository::transactionsSince(qint64 cardId, const QDateTime &since, QString *error)
{
    QList<Transaction> out;
    QSqlQuery &q = m_database.prepared(QStringLiteral("SELECT ")
                                       + QString::fromLatin1(CustomerRepository::TransactionColumns)
                                       + QStringLiteral(" FROM cards AS k JOIN transactions AS t ON t.card_id = k.id"
                                                        " WHERE k.id = ? AND t.occurred_at >= ?"
                                                        " ORDER BY t.occurred_at DESC"));
    q.bindValue(0, cardId);
    q.bindValue(1, ConversationRepository::isoTime(since));
    if (!exec(q, error))
        return out;
    while (q.next())
        out << CustomerRepository::transactionFromRow(q);
    q.finish();
    return out;
}

qint64 CardRepository::replacementOf(qint64 cardId, QString *error)
{
    QSqlQuery &q = m_database.prepared(QStringLiteral("SELECT id FROM cards WHERE replacement_of = ? LIMIT 1"));
    q.bindValue(0, cardId);
    if (!exec(q, error) || !q.next())
        return 0;
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    return id;
}

qint64 CardRepository::insertCard(const Card &card, qint64 customerId, const QString &expiry, QString *error)
{
    QSqlQuery &q = m_database.prepared(QStringLiteral(
        "INSERT INTO cards (account_id, customer_id, bin, last4, product, embossed_name, status, status_reason,"
        " expiry, issued_at, replacement_of, replacement_reason, online_enabled, abroad_enabled,"
        " contactless_enabled, atm_enabled, id) VALUES (?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.bindValue(0, card.accountId);
    q.bindValue(1, customerId);
    q.bindValue(2, card.bin);
    q.bindValue(3, card.last4);
    q.bindValue(4, card.product);
    q.bindValue(5, card.embossedName);
    q.bindValue(6, CardLifecycle::stateName(card.status));
    q.bindValue(7, expiry);
    q.bindValue(8, ConversationRepository::isoTime(QDateTime::currentDateTimeUtc()));
    q.bindValue(9, card.replacementOf > 0 ? QVariant(card.replacementOf) : QVariant(QMetaType::fromType<qint64>()));
    q.bindValue(10, optionalText(card.replacementReason));
    q.bindValue(11, card.onlineEnabled ? 1 : 0);
    q.bindValue(12, card.abroadEnabled ? 1 : 0);
    q.bindValue(13, card.contactlessEnabled ? 1 : 0);
    q.bindValue(14, card.atmEnabled ? 1 : 0);
    const QVariant newId = m_database.newRowId(QStringLiteral("cards"), error);   // provisional in a remote cache
    if (!newId.isValid())
        return 0;
    q.bindValue(15, newId);
    if (!exec(q, error))
        return 0;
    return q.lastInsertId().toLongLong();
}

bool CardRepository::insertOrder(qint64 cardId, const QString &kind, const QString &delivery,
                                 const QString &pickupPoint, const QString &address, bool pinCarriesOver,
                                 const QString &agent, const QString &commandId, QString *error)
{
    QSqlQuery &q = m_database.prepared(QStringLiteral(
        "INSERT INTO card_orders (card_id, kind, delivery, pickup_point, address, pin_carries_over, requested_at,"
        " agent, command_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.bindValue(0, cardId);
    q.bindValue(1, kind);
    q.bindValue(2, delivery);
    q.bindValue(3, optionalText(pickupPoint));
    q.bindValue(4, address);
    q.bindValue(5, pinCarriesOver ? 1 : 0);
    q.bindValue(6, ConversationRepository::isoTime(QDateTime::currentDateTimeUtc()));
    q.bindValue(7, agent);
    q.bindValue(8, optionalText(commandId));
    return exec(q, error);
}

bool CardRepository::touch(qint64 cardId, int expectedVersion, bool *conflict, QString *error)
{
    if (conflict)
        *conflict = false;
    QSqlQuery &u = m_database.prepared(QStringLiteral(
        "UPDATE cards SET version = version + 1 WHERE id = ? AND version = ? AND status <> 'closed'"));
    u.bindValue(0, cardId);
    u.bindValue(1, expectedVersion);
    if (!execChanging(u, conflict, error))
        return false;
    return true;
}

bool CardRepository::flagAddress(qint64 customerId, const QString &flag, QString *error)
{
    QSqlQuery &u = m_database.prepared(QStringLiteral("UPDATE customers SET address_flag = ? WHERE id = ?"));
    u.bindValue(0, flag);
    u.bindValue(1, customerId);
    return exec(u, error);
}

QString CardRepository::addressFlag(qint64 customerId, QString *error)
{
    QSqlQuery &q = m_database.prepared(QStringLiteral("SELECT coalesce(address_flag, '') FROM customers WHERE id = ?"));
    q.bindValue(0, customerId);
    if (!exec(q, error) || !q.next())
        return QString();
    const QString flag = q.value(0).toString();
    q.finish();
    return flag;
}

QString CardRepository::registeredAddress(qint64 customerId, QString *error)
{
    QSqlQuery &q = m_database.prepared(QStringLiteral(
        "SELECT coalesce(street, ''), coalesce(postcode, ''), coalesce(city, '') FROM customers WHERE id = ?"));
    q.bindValue(0, customerId);
    if (!exec(q, error) || !q.next())
        return QString();
    const QString address = QStringLiteral("%1, %2 %3").arg(q.value(0).toString(), q.value(1).toString(),
                                                             q.value(2).toString()).trimmed();
    q.finish();
    return address;
}

QList<CardEvent> CardRepository::events(qint64 cardId, QString *error)
{
    QList<CardEvent> out;
    QSqlQuery &q = m_database.prepared(QStringLiteral("SELECT ") + EventColumns
                                       + QStringLiteral(" FROM card_events WHERE card_id = ? ORDER BY id"));
    q.bindValue(0, cardId);
    if (!exec(q, error))
        return out;
    while (q.next())
        out << eventFromRow(q);
    q.finish();
    return out;
}

std::optional<CardEvent> CardRepository::lastEvent(qint64 cardId, QString *error)
{
    QSqlQuery &q = m_database.prepared(
        QStringLiteral("SELECT ") + EventColumns
        + QStringLiteral(" FROM card_events WHERE card_id = ? ORDER BY id DESC LIMIT 1"));
    q.bindValue(0, cardId);
    if (!exec(q, error) || !q.next())
        return std::nullopt;
    const CardEvent e = eventFromRow(q);
    q.finish();
    return e;
}

bool CardRepository::recordVerification(qint64 customerId, qint64 cardId, const Verification::Outcome &outcome,
                                        const QString &agent, QString *error)
{
    QSqlQuery &q = m_database.prepared(QStringLiteral(
        "INSERT INTO verifications (customer_id, card_id, method, passed, agent, at) VALUES (?, ?, ?, ?, ?, ?)"));
    q.bindValue(0, customerId);
    q.bindValue(1, cardId > 0 ? QVariant(cardId) : QVariant(QMetaType::fromType<qint64>()));
    q.bindValue(2, Verification::methodName(outcome.method));
    q.bindValue(3, outcome.passed ? 1 : 0);
    q.bindValue(4, agent);
    q.bindValue(5, ConversationRepository::isoTime(outcome.at));
    return exec(q, error);
}

std::optional<Verification::Outcome> CardRepository::latestVerification(qint64 customerId, const QString &agent,
                                                                         QString *error)
{
    QSqlQuery &q = m_database.prepared(QStringLiteral(
        "SELECT method, passed, at FROM verifications WHERE customer_id = ? AND agent = ? ORDER BY id DESC LIMIT 1"));
    q.bindValue(0, customerId);
    q.bindValue(1, agent);
    if (!exec(q, error) || !q.next())
        return std::nullopt;
    Verification::Outcome o;
    o.method = Verification::methodFromName(q.value(0).toString()).value_or(Verification::Method::CardIdentified);
    o.passed = q.value(1).toBool();
    o.at = QDateTime::fromString(q.value(2).toString(), Qt::ISODate);
    q.finish();
    return o;
}

QList<CardDelivery> CardRepository::cardsOnTheirWay(QString *error)
{
    // The WHERE matches the partial index cards_on_their_way (migration 15).
    QSqlQuery &q = m_database.prepared(QStringLiteral("SELECT ") + DeliveryColumns
                                       + QStringLiteral(" WHERE k.status IN ('ordered', 'shipped', 'delivered')"
                                                        " ORDER BY 8, k.id"));
    return readDeliveries(q, error);
}

QList<CardDelivery> CardRepository::deliveriesOf(qint64 customerId, QString *error)
{
    QSqlQuery &q = m_database.prepared(
        QStringLiteral("SELECT ") + DeliveryColumns
        + QStringLiteral(" WHERE k.customer_id = ?"
                         " AND k.status IN ('ordered', 'shipped', 'delivered', 'pending_activation') ORDER BY k.id"));
    q.bindValue(0, customerId);
    return readDeliveries(q, error);
}

QHash<qint64, QString> CardRepository::cardCurrencies(qint64 customerId, QString *error)
{
    QHash<qint64, QString> out;
    QSqlQuery &q = m_database.prepared(QStringLiteral(
        "SELECT k.id, a.currency FROM cards AS k JOIN accounts AS a ON a.id = k.account_id WHERE k.customer_id = ?"));
    q.bindValue(0, customerId);
    if (!exec(q, error))
        return out;
    while (q.next())
        out.insert(q.value(0).toLongLong(), q.value(1).toString());
    q.finish();
    return out;
}

std::optional<qint64> CardRepository::provisionalReplacementOf(qint64 cardId, QString *error)
{
    QSqlQuery &q = m_database.prepared(
        QStringLiteral("SELECT id FROM cards WHERE replacement_of = ? AND id < 0 ORDER BY id LIMIT 1"));
    q.bindValue(0, cardId);
    if (!exec(q, error))
        return std::nullopt;
    const qint64 id = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return id;
}

bool CardRepository::adoptServerId(qint64 provisional, qint64 serverId, QString *error)
{
    Q_ASSERT(provisional < 0 && serverId > 0);
    if (!SqlExec::deferForeignKeys(m_database.connection(), error))   // until this transaction commits
        return false;
    const auto one = [this, error](const QString &sql, const QVariantList &values) {
        return SqlExec::run(m_database.connection(), sql, values, error);
    };
    QSqlQuery &p = m_database.prepared(QStringLiteral("SELECT 1 FROM cards WHERE id = ?"));
    p.bindValue(0, provisional);
    if (!exec(p, error))
        return false;
    const bool here = p.next();
    p.finish();
    if (!here)
        return true;   // adopted before
    // The feed's copy of the new card holds nothing of the agent's: it goes (its rows cascade).
    if (!one(QStringLiteral("DELETE FROM cards WHERE id = ?"), {serverId}))
        return false;
    static const char *const cardTables[] = {"transactions", "card_events", "verifications", "card_orders",
                                             "card_limits",  "disputes",    "card_workflows", "alerts"};
    for (const char *table : cardTables) {
        if (!one(QStringLiteral("UPDATE %1 SET card_id = ? WHERE card_id = ?").arg(QLatin1StringView(table)),
                 {serverId, provisional}))
            return false;
    }
    return one(QStringLiteral("UPDATE cards SET replacement_of = ? WHERE replacement_of = ?"), {serverId, provisional})
           && one(QStringLiteral("UPDATE cards SET id = ? WHERE id = ?"), {serverId, provisional});
}

bool CardRepository::clearAddressFlag(qint64 customerId, QString *error)
{
    QSqlQuery &u = m_database.prepared(QStringLiteral(
        "UPDATE customers SET address_flag = NULL WHERE id = ? AND coalesce(address_flag, '') <> ''"));
    u.bindValue(0, customerId);
    return exec(u, error) && u.numRowsAffected() == 1;
}
