// The delivery tracker moves ordered cards along their way by a clock the
// test sets; the address flag a card that never arrived leaves is cleared
// only with strong verification. Both are commands with their audit entries.

#include "fixtures.h"
#include "testsupport.h"

#include "domain/deliveryschedule.h"
#include "services/cardservice.h"
#include "services/deliverytracker.h"
#include "services/localbackend.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/databaseworker.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using CardLifecycle::State;
using DeliverySchedule::Method;
using TestSupport::await;

class TestDeliveryTracker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void schedule_data();
    void schedule();
    void movesAnOrderedCardAlongByTheClock();
    void takesSeveralStepsInOneRound();
    void leavesAClosedCardAlone();
    void holderStatusShowsHowTheCardTravels();
    void addressFlagIsClearedOnlyWithStrongVerification();

private:
    /// Orders a replacement of the test card and dates the order at @p orderedAt; the new card's id.
    qint64 orderReplacement(ReplacementOrder::Delivery delivery, const QDateTime &orderedAt);
    QString status(qint64 cardId);
    int moveAt(const QDateTime &now);
    QList<AuditEntry> audit();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LocalBackend> m_backend;
    qint64 m_card = 0;
    qint64 m_customer = 0;
};

void TestDeliveryTracker::init()
{
    TestSupport::pinEnvironment();
    m_dir = std::make_unique<QTemporaryDir>();
    QString error;
    m_backend = Fixtures::openBackend(m_dir->filePath(QStringLiteral("carddesk.sqlite")), &error);
    QVERIFY2(m_backend, qPrintable(error));
    m_backend->deliveryTracker()->stop();   // only the rounds the test runs
    const QVariantList card = await(m_backend->worker()->run([](Database &db) {
        Fixtures::addStandardPeople(db);
        QSqlQuery q(db.connection());
        q.exec(QStringLiteral("SELECT id, customer_id FROM cards WHERE status = 'active' ORDER BY id LIMIT 1"));
        return q.next() ? QVariantList{q.value(0), q.value(1)} : QVariantList();
    }));
    QCOMPARE(card.size(), 2);
    m_card = card.at(0).toLongLong();
    m_customer = card.at(1).toLongLong();
}

void TestDeliveryTracker::cleanup()
{
    m_backend.reset();
    m_dir.reset();
}

qint64 TestDeliveryTracker::orderReplacement(ReplacementOrder::Delivery delivery, const QDateTime &orderedAt)
{
    CardService *cards = m_backend->cards();
    if (!await(cards->recordVerification(m_customer, m_card, Verification::Method::StrongElectronicId, true)).ok())
        return 0;
    ReplacementOrder order;
    order.reason = CardLifecycle::CloseReason::Stolen;
    order.delivery = delivery;
    if (delivery == ReplacementOrder::Delivery::PickupPoint)
        order.pickupPoint = QStringLiteral("R-kioski Kamppi");
    const CommandResult ordered = await(cards->orderReplacement(m_card, 1, order));
    if (!ordered.ok()) {
        qWarning("%s", qUtf8Printable(ordered.message));
        return 0;
    }
    const qint64 card = m_card;
    return await(m_backend->worker()->run([card, orderedAt](Database &db) {
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral("SELECT id FROM cards WHERE replacement_of = ?"));
        q.addBindValue(card);
        if (!q.exec() || !q.next())
            return qint64(0);
        const qint64 id = q.value(0).toLongLong();
        QSqlQuery u(db.connection());
        u.prepare(QStringLiteral("UPDATE card_orders SET requested_at = ? WHERE card_id = ?"));
        u.addBindValue(orderedAt.toUTC().toString(Qt::ISODate));
        u.addBindValue(id);
        return u.exec() ? id : qint64(0);
    }));
}

QString TestDeliveryTracker::status(qint64 cardId)
{
    return await(m_backend->worker()->run([cardId](Database &db) {
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral("SELECT status FROM cards WHERE id = ?"));
        q.addBindValue(cardId);
        return q.exec() && q.next() ? q.value(0).toString() : QString();
    }));
}

int TestDeliveryTracker::moveAt(const QDateTime &now)
{
    DeliveryTracker *tracker = m_backend->deliveryTracker();
    tracker->setClock([now] { return now; });
    return await(tracker->runNow());
}

QList<AuditEntry> TestDeliveryTracker::audit()
{
    return await(m_backend->worker()->run([](Database &db) {
        QString error;
        return AuditLog(db).entries(1, 1000, &error);
    }));
}

void TestDeliveryTracker::schedule_data()
{
    QTest::addColumn<QDateTime>("ordered");
    QTest::addColumn<int>("method");
    QTest::addColumn<QDateTime>("shipped");
    QTest::addColumn<QDateTime>("delivered");
    const auto at = [](int day, int hour) { return QDateTime(QDate(2030, 1, day), QTime(hour, 0), Qt::UTC); };
    // 7 January 2030 is a Monday.
    QTest::addRow("post, Monday") << at(7, 10) << int(Method::Post) << at(8, 10) << at(11, 10);
    QTest::addRow("post, Friday: over the weekend") << at(11, 10) << int(Method::Post) << at(14, 10) << at(17, 10);
    QTest::addRow("post, Saturday: counts from Monday") << at(12, 10) << int(Method::Post) << at(15, 10) << at(18, 10);
    QTest::addRow("pickup point") << at(7, 10) << int(Method::PickupPoint) << at(8, 10) << at(10, 10);
    QTest::addRow("expedited: same day, next day") << at(7, 10) << int(Method::Expedited) << at(7, 14) << at(8, 14);
}

void TestDeliveryTracker::schedule()
{
    QFETCH(QDateTime, ordered);
    QFETCH(int, method);
    QFETCH(QDateTime, shipped);
    QFETCH(QDateTime, delivered);
    QCOMPARE(DeliverySchedule::shippedAt(ordered, Method(method)), shipped);
    QCOMPARE(DeliverySchedule::deliveredAt(ordered, Method(method)), delivered);
}

void TestDeliveryTracker::movesAnOrderedCardAlongByTheClock()
{
    const QDateTime monday(QDate(2030, 1, 7), QTime(10, 0), Qt::UTC);
    const qint64 card = orderReplacement(ReplacementOrder::Delivery::Post, monday);
    QVERIFY(card > 0);
    QCOMPARE(status(card), QStringLiteral("ordered"));
    const int entriesBefore = int(audit().size());

    QCOMPARE(moveAt(monday.addSecs(2 * 3600)), 0);
    QCOMPARE(status(card), QStringLiteral("ordered"));

    QSignalSpy changed(m_backend->cards(), &CardService::cardChanged);
    QCOMPARE(moveAt(monday.addDays(1)), 1);
    QCOMPARE(status(card), QStringLiteral("shipped"));
    QTRY_COMPARE(changed.size(), 1);
    QCOMPARE(changed.constFirst().at(0).toLongLong(), card);
    QCOMPARE(changed.constFirst().at(1).toLongLong(), m_customer);

    QCOMPARE(moveAt(monday.addDays(3)), 0);   // Thursday: still on its way
    QCOMPARE(status(card), QStringLiteral("shipped"));

    QCOMPARE(moveAt(monday.addDays(4)), 2);   // Friday: delivered, then waiting for activation
    QCOMPARE(status(card), QStringLiteral("pending_activation"));
    QCOMPARE(moveAt(monday.addDays(10)), 0);  // the agent activates it, never the tracker

    const QList<CardEvent> events = await(m_backend->cards()->events(card));
    QCOMPARE(events.size(), 3);
    QCOMPARE(events.at(0).to, State::Shipped);
    QCOMPARE(events.at(1).to, State::Delivered);
    QCOMPARE(events.at(2).to, State::PendingActivation);
    for (const CardEvent &e : events) {
        QCOMPARE(e.channel, CardLifecycle::Channel::System);
        QVERIFY(e.agent.isEmpty());
        QVERIFY(!e.commandId.isEmpty());
    }
    QCOMPARE(events.at(0).at, DeliverySchedule::shippedAt(monday, Method::Post));

    const QList<AuditEntry> entries = audit();
    QCOMPARE(entries.size(), entriesBefore + 3);
    for (int i = entriesBefore; i < entries.size(); ++i) {
        QCOMPARE(entries.at(i).action, QStringLiteral("card.delivery.advance"));
        QCOMPARE(entries.at(i).agent, DeliveryTracker::systemAgent());
        QCOMPARE(entries.at(i).subject, QStringLiteral("card:%1").arg(card));
    }
    QCOMPARE(entries.constLast().details.value(QStringLiteral("to")).toString(), QStringLiteral("pending_activation"));
}

void TestDeliveryTracker::takesSeveralStepsInOneRound()
{
    const QDateTime ordered(QDate(2030, 1, 7), QTime(10, 0), Qt::UTC);
    const qint64 card = orderReplacement(ReplacementOrder::Delivery::Expedited, ordered);
    QVERIFY(card > 0);
    // The desk was closed for a week: all three steps at once.
    QCOMPARE(moveAt(ordered.addDays(7)), 3);
    QCOMPARE(status(card), QStringLiteral("pending_activation"));
}

void TestDeliveryTracker::leavesAClosedCardAlone()
{
    const QDateTime ordered(QDate(2030, 1, 7), QTime(10, 0), Qt::UTC);
    const qint64 card = orderReplacement(ReplacementOrder::Delivery::Post, ordered);
    QVERIFY(card > 0);
    QVERIFY(await(m_backend->cards()->reportNotReceived(card, 1)).ok());
    QCOMPARE(status(card), QStringLiteral("closed"));
    QCOMPARE(moveAt(ordered.addDays(10)), 0);
    QCOMPARE(status(card), QStringLiteral("closed"));
}

void TestDeliveryTracker::holderStatusShowsHowTheCardTravels()
{
    const QDateTime ordered(QDate(2030, 1, 7), QTime(10, 0), Qt::UTC);
    const qint64 card = orderReplacement(ReplacementOrder::Delivery::PickupPoint, ordered);
    QVERIFY(card > 0);
    const CardHolderStatus status = await(m_backend->cards()->holderStatus(m_customer));
    QVERIFY2(status.error.isEmpty(), qPrintable(status.error));
    QCOMPARE(status.deliveries.size(), 1);
    const CardDelivery &delivery = status.deliveries.constFirst();
    QCOMPARE(delivery.cardId, card);
    QCOMPARE(delivery.status, State::Ordered);
    QCOMPARE(delivery.method, Method::PickupPoint);
    QCOMPARE(delivery.pickupPoint, QStringLiteral("R-kioski Kamppi"));
    QCOMPARE(delivery.orderedAt, ordered);
    QVERIFY(status.verification);
    QCOMPARE(status.verification->method, Verification::Method::StrongElectronicId);
    QCOMPARE(status.currencies.value(card), QStringLiteral("EUR"));
    QVERIFY(status.addressFlag.isEmpty());
}

void TestDeliveryTracker::addressFlagIsClearedOnlyWithStrongVerification()
{
    const qint64 card = orderReplacement(ReplacementOrder::Delivery::Post, QDateTime::currentDateTimeUtc());
    QVERIFY(card > 0);
    CardService *cards = m_backend->cards();
    QVERIFY(await(cards->reportNotReceived(card, 1)).ok());
    const QString flag = await(cards->holderStatus(m_customer)).addressFlag;
    QVERIFY2(flag.contains(QStringLiteral("not received")), qPrintable(flag));

    // The card identified is enough to report it, not to vouch for the address.
    QVERIFY(await(cards->recordVerification(m_customer, card, Verification::Method::CardIdentified, true)).ok());
    const CommandResult weak = await(cards->clearAddressFlag(m_customer, QStringLiteral("confirmed on the phone")));
    QCOMPARE(weak.status, CommandResult::Rejected);
    QVERIFY2(weak.message.contains(QStringLiteral("strongly")), qPrintable(weak.message));
    QCOMPARE(await(cards->holderStatus(m_customer)).addressFlag, flag);

    QVERIFY(await(cards->recordVerification(m_customer, card, Verification::Method::AppConfirmation, true)).ok());
    const CommandResult cleared = await(cards->clearAddressFlag(m_customer, QStringLiteral("confirmed on the phone")));
    QCOMPARE(cleared.status, CommandResult::Applied);
    QVERIFY(await(cards->holderStatus(m_customer)).addressFlag.isEmpty());
    const AuditEntry last = audit().constLast();
    QCOMPARE(last.action, QStringLiteral("customer.address_flag.clear"));
    QCOMPARE(last.agent, QStringLiteral("test.agent"));
    QCOMPARE(last.details.value(QStringLiteral("flag")).toString(), flag);
    QCOMPARE(last.details.value(QStringLiteral("note")).toString(), QStringLiteral("confirmed on the phone"));

    const CommandResult again = await(cards->clearAddressFlag(m_customer, QString()));
    QCOMPARE(again.status, CommandResult::Rejected);
}

QTEST_GUILESS_MAIN(TestDeliveryTracker)
#include "tst_deliverytracker.moc"
