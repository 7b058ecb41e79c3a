#include "fixtures.h"
#include "testsupport.h"

#include "services/cardservice.h"
#include "services/localbackend.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/databaseworker.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using CardLifecycle::CloseReason;
using CardLifecycle::State;
using TestSupport::await;

class TestLocalCardService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void lockNeedsTheCardIdentifiedAndIsRecorded();
    void unlockNeedsStrongVerification();
    void failedVerificationCountsForNothing();
    void staleVersionSaysWhatChanged();
    void closedIsFinal();
    void closingAtTheCustomersRequestNeedsStrongVerification();
    void activatingADamagedCardsReplacementClosesTheOldOne();
    void controlsPreviewListsWhatTheyWouldHaveDeclined();
    void switchingAControlOnNeedsStrongVerification();
    void replacingAStolenCardClosesItAndOrdersANewNumber();
    void replacingADamagedCardKeepsTheNumberAndTheOldCardWorking();
    void pickupPointNeedsStrongVerification();
    void pinResetNeedsStrongVerificationAndIsRecorded();
    void cardNotReceivedClosesItAndFlagsTheAddress();
    void limitsPreviewSetAndCarryOverToTheReplacement();

private:
    struct CardRow
    {
        QString status;
        QString reason;
        int version = 0;
    };
    CardRow cardRow(qint64 cardId);
    QList<AuditEntry> audit();
    CommandResult verify(Verification::Method method, bool passed = true);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LocalBackend> m_backend;
    qint64 m_card = 0;
    qint64 m_customer = 0;
    QString m_last4;
};

void TestLocalCardService::init()
{
    TestSupport::pinEnvironment();
    m_dir = std::make_unique<QTemporaryDir>();
    QString error;
    m_backend = Fixtures::openBackend(m_dir->filePath(QStringLiteral("carddesk.sqlite")), &error);
    QVERIFY2(m_backend, qPrintable(error));
    const QVariantList card = await(m_backend->worker()->run([](Database &db) {
        Fixtures::addStandardPeople(db);
        QSqlQuery q(db.connection());
        q.exec(QStringLiteral("SELECT id, customer_id, last4 FROM cards WHERE status = 'active' ORDER BY id LIMIT 1"));
        return q.next() ? QVariantList{q.value(0), q.value(1), q.value(2)} : QVariantList();
    }));
    QCOMPARE(card.size(), 3);
    m_card = card.at(0).toLongLong();
    m_customer = card.at(1).toLongLong();
    m_last4 = card.at(2).toString();
}

void TestLocalCardService::cleanup()
{
    m_backend.reset();
    m_dir.reset();
}

TestLocalCardService::CardRow TestLocalCardService::cardRow(qint64 cardId)
{
    return await(m_backend->worker()->run([cardId](Database &db) {
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral("SELECT status, ifnull(status_reason, ''), version FROM cards WHERE id = ?"));
        q.addBindValue(cardId);
        CardRow row;
        if (q.exec() && q.next())
            row = {q.value(0).toString(), q.value(1).toString(), q.value(2).toInt()};
        return row;
    }));
}

QList<AuditEntry> TestLocalCardService::audit()
{
    return await(m_backend->worker()->run([](Database &db) {
        QString error;
        return AuditLog(db).entries(1, 1000, &error);
    }));
}

CommandResult TestLocalCardService::verify(Verification::Method method, bool passed)
{
    return await(m_backend->cards()->recordVerification(m_customer, m_card, method, passed));
}

void TestLocalCardService::lockNeedsTheCardIdentifiedAndIsRecorded()
{
    CardService *cards = m_backend->cards();
    const CommandResult unverified = await(cards->lock(m_card, 1, CardLifecycle::LockReason::Lost, QStringLiteral("Lost at the gym")));
    QCOMPARE(unverified.status, CommandResult::Rejected);
    QVERIFY2(unverified.message.contains(QLatin1String("Identify the card")), qPrintable(unverified.message));
    QCOMPARE(cardRow(m_card).status, QStringLiteral("active"));

    QVERIFY(verify(Verification::Method::CardIdentified).ok());
    QSignalSpy changed(cards, &CardService::cardChanged);
    const CommandResult locked = await(cards->lock(m_card, 1, CardLifecycle::LockReason::Lost, QStringLiteral("Lost at the gym")));
    QCOMPARE(locked.status, CommandResult::Applied);
    QVERIFY2(locked.message.contains(m_last4), qPrintable(locked.message));
    const CardRow row = cardRow(m_card);
    QCOMPARE(row.status, QStringLiteral("locked"));
    QCOMPARE(row.reason, QStringLiteral("lost"));
    QCOMPARE(row.version, 2);
    QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 1, 15000);
    QCOMPARE(changed.constFirst().at(1).toLongLong(), m_customer);

    const QList<CardEvent> events = await(cards->events(m_card));
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.constFirst().from, State::Active);
    QCOMPARE(events.constFirst().to, State::Locked);
    QCOMPARE(events.constFirst().channel, CardLifecycle::Channel::AgentConsole);
    QCOMPARE(events.constFirst().agent, QStringLiteral("test.agent"));
    QCOMPARE(events.constFirst().reasonText, QStringLiteral("Lost at the gym"));
    QVERIFY(events.constFirst().at.isValid());
    QVERIFY(!events.constFirst().commandId.isEmpty());

    // The lock is a command in the hash-chained audit log, with what it did.
    const QList<AuditEntry> entries = audit();
    const auto lock = std::find_if(entries.cbegin(), entries.cend(), [](const AuditEntry &e) {
        return e.action == QLatin1String("card.lock") && e.details.value(QStringLiteral("to")).toString()
                                                             == QLatin1String("locked");
    });
    QVERIFY(lock != entries.cend());
    QCOMPARE(lock->details.value(QStringLiteral("from")).toString(), QStringLiteral("active"));
    QCOMPARE(lock->details.value(QStringLiteral("last4")).toString(), m_last4);
}

void TestLocalCardService::unlockNeedsStrongVerification()
{
    CardService *cards = m_backend->cards();
    QVERIFY(verify(Verification::Method::KnowledgeQuestions).ok());
    QCOMPARE(await(cards->lock(m_card, 1, CardLifecycle::LockReason::Lost, QString())).status, CommandResult::Applied);
    const CommandResult weak = await(cards->unlock(m_card, 2, QStringLiteral("Found it")));
    QCOMPARE(weak.status, CommandResult::Rejected);
    QVERIFY2(weak.message.contains(QLatin1String("strongly")), qPrintable(weak.message));
    QCOMPARE(cardRow(m_card).status, QStringLiteral("locked"));

    QVERIFY(verify(Verification::Method::StrongElectronicId).ok());
    QCOMPARE(await(cards->unlock(m_card, 2, QStringLiteral("Found it"))).status, CommandResult::Applied);
    const CardRow row = cardRow(m_card);
    QCOMPARE(row.status, QStringLiteral("active"));
    QCOMPARE(row.reason, QString());   // an active card keeps no reason
    QCOMPARE(row.version, 3);
    QCOMPARE(await(cards->events(m_card)).size(), 2);
}

void TestLocalCardService::failedVerificationCountsForNothing()
{
    QVERIFY(verify(Verification::Method::StrongElectronicId, false).ok());
    const CommandResult result = await(m_backend->cards()->lock(m_card, 1, CardLifecycle::LockReason::Lost, QString()));
    QCOMPARE(result.status, CommandResult::Rejected);
    QCOMPARE(cardRow(m_card).version, 1);
}

void TestLocalCardService::staleVersionSaysWhatChanged()
{
    CardService *cards = m_backend->cards();
    QVERIFY(verify(Verification::Method::CardIdentified).ok());
    QCOMPARE(await(cards->lock(m_card, 1, CardLifecycle::LockReason::Lost, QString())).status, CommandResult::Applied);
    // A second agent acting on what they saw before the lock.
    const CommandResult stale = await(cards->close(m_card, 1, CloseReason::Stolen, QString()));
    QCOMPARE(stale.status, CommandResult::Conflict);
    QVERIFY2(stale.message.contains(QLatin1String("test.agent")) && stale.message.contains(QLatin1String("locked"))
                 && stale.message.contains(m_last4),
             qPrintable(stale.message));
    QCOMPARE(cardRow(m_card).status, QStringLiteral("locked"));
    QCOMPARE(cardRow(m_card).version, 2);
}

void TestLocalCardService::closedIsFinal()
{
    CardService *cards = m_backend->cards();
    QVERIFY(verify(Verification::Method::StrongElectronicId).ok());
    QCOMPARE(await(cards->close(m_card, 1, CloseReason::Stolen, QStringLiteral("Bag stolen on the tram"))).status,
             CommandResult::Applied);
    const CardRow row = cardRow(m_card);
    QCOMPARE(row.status, QStringLiteral("closed"));
    QCOMPARE(row.reason, QStringLiteral("stolen"));
    const CommandResult unlock = await(cards->unlock(m_card, 2, QString()));
    QCOMPARE(unlock.status, CommandResult::Rejected);
    QVERIFY2(unlock.message.contains(QLatin1String("closed")), qPrintable(unlock.message));
    QCOMPARE(await(cards->close(m_card, 2, CloseReason::Lost, QString())).status, CommandResult::Rejected);
    QCOMPARE(await(cards->events(m_card)).size(), 1);
    QCOMPARE(cardRow(m_card).version, 2);
    // Only a card on its way can be undeliverable: refused by the lifecycle, not by the UI.
    const qint64 other = await(m_backend->worker()->run([](Database &db) {
        QSqlQuery q(db.connection());
        q.exec(QStringLiteral("SELECT id FROM cards WHERE status = 'active' ORDER BY id LIMIT 1"));
        return q.next() ? q.value(0).toLongLong() : qint64(0);
    }));
    QVERIFY(other > 0);
    QCOMPARE(await(cards->close(other, 1, CloseReason::Undeliverable, QString())).status, CommandResult::Rejected);
}

void TestLocalCardService::closingAtTheCustomersRequestNeedsStrongVerification()
{
    CardService *cards = m_backend->cards();
    QVERIFY(verify(Verification::Method::CardIdentified).ok());
    QCOMPARE(await(cards->close(m_card, 1, CloseReason::CustomerRequest, QString())).status,
             CommandResult::Rejected);
    QCOMPARE(await(cards->close(m_card, 1, CloseReason::Lost, QString())).status, CommandResult::Applied);
}

void TestLocalCardService::activatingADamagedCardsReplacementClosesTheOldOne()
{
    // The damaged card still works while its replacement is in the post.
    const qint64 replacement = await(m_backend->worker()->run([this](Database &db) {
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral(
            "INSERT INTO cards (account_id, customer_id, bin, last4, product, embossed_name, status, expiry,"
            " issued_at, replacement_of, replacement_reason) SELECT account_id, customer_id, bin, last4, product,"
            " embossed_name, 'pending_activation', '2030-11', '2026-11-20T10:00:00Z', id, 'damaged'"
            " FROM cards WHERE id = ?"));
        q.addBindValue(m_card);
        return q.exec() ? q.lastInsertId().toLongLong() : qint64(0);
    }));
    QVERIFY(replacement > 0);
    CardService *cards = m_backend->cards();
    QVERIFY(verify(Verification::Method::CardIdentified).ok());

    const CommandResult unconfirmed = await(cards->activate(replacement, 1, false));
    QCOMPARE(unconfirmed.status, CommandResult::Rejected);
    QCOMPARE(cardRow(replacement).status, QStringLiteral("pending_activation"));

    const CommandResult activated = await(cards->activate(replacement, 1, true));
    QCOMPARE(activated.status, CommandResult::Applied);
    QCOMPARE(cardRow(replacement).status, QStringLiteral("active"));
    const CardRow old = cardRow(m_card);
    QCOMPARE(old.status, QStringLiteral("closed"));
    QCOMPARE(old.reason, QStringLiteral("damaged"));
    QCOMPARE(old.version, 2);
    const QList<CardEvent> oldEvents = await(cards->events(m_card));
    QCOMPARE(oldEvents.size(), 1);
    QCOMPARE(oldEvents.constFirst().to, State::Closed);
    QVERIFY(oldEvents.constFirst().reasonText.contains(QLatin1String("replaced")));
    // Activating again is refused by the lifecycle: the card is active already.
    QCOMPARE(await(cards->activate(replacement, 2, true)).status, CommandResult::Rejected);
}

void TestLocalCardService::controlsPreviewListsWhatTheyWouldHaveDeclined()
{
    // Five transactions of the last 90 days and one older, on the test card.
    const bool inserted = await(m_backend->worker()->run([this](Database &db) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const struct
        {
            int daysAgo;
            const char *mode;
            const char *country;
            const char *status;
        } rows[] = {{1, "online", "DE", "posted"},  {5, "chip", "EE", "posted"},     {9, "contactless", "FI", "posted"},
                    {20, "atm", "FI", "declined"},  {40, "chip", "FI", "posted"},    {120, "online", "US", "posted"}};
        for (const auto &r : rows) {
            Fixtures::TransactionRow row;
            row.cardId = m_card;
            row.at = now.addDays(-r.daysAgo);
            row.country = QString::fromLatin1(r.country);
            row.status = QString::fromLatin1(r.status);
            row.entryMode = QString::fromLatin1(r.mode);
            if (!Fixtures::addTransaction(db, row))
                return false;
        }
        return true;
    }));
    QVERIFY(inserted);
    CardControls proposed;
    proposed.online = false;
    proposed.abroad = false;
    proposed.atm = false;
    const ControlsPreview preview = await(m_backend->cards()->previewControls(m_card, proposed));
    QVERIFY2(preview.error.isEmpty(), qPrintable(preview.error));
    QCOMPARE(preview.examined, 5);   // the 120-day-old one is out of the window
    QCOMPARE(preview.declinedBy, QStringList({QStringLiteral("online"), QStringLiteral("abroad")}));
    QCOMPARE(preview.declined.constFirst().country, QStringLiteral("DE"));
    // Previewing changes nothing.
    QCOMPARE(cardRow(m_card).version, 1);
}

void TestLocalCardService::switchingAControlOnNeedsStrongVerification()
{
    CardService *cards = m_backend->cards();
    QVERIFY(verify(Verification::Method::CardIdentified).ok());
    CardControls off;
    off.abroad = false;
    QCOMPARE(await(cards->setControls(m_card, 1, off)).status, CommandResult::Applied);
    QCOMPARE(cardRow(m_card).version, 2);
    const CommandResult weak = await(cards->setControls(m_card, 2, CardControls()));
    QCOMPARE(weak.status, CommandResult::Rejected);
    const bool abroadAfterWeak = await(m_backend->worker()->run([this](Database &db) {
        QSqlQuery q(db.connection());
        q.exec(QStringLiteral("SELECT abroad_enabled FROM cards WHERE id = %1").arg(m_card));
        return q.next() && q.value(0).toBool();
    }));
    QVERIFY(!abroadAfterWeak);
    QVERIFY(verify(Verification::Method::AppConfirmation).ok());
    QCOMPARE(await(cards->setControls(m_card, 2, CardControls())).status, CommandResult::Applied);
    // A stale version is a conflict, not a silent overwrite.
    QCOMPARE(await(cards->setControls(m_card, 2, off)).status, CommandResult::Conflict);
    const QList<AuditEntry> entries = audit();
    const qsizetype saved = std::count_if(entries.cbegin(), entries.cend(), [](const AuditEntry &e) {
        return e.action == QLatin1String("card.controls.set");
    });
    QCOMPARE(saved, qsizetype(2));
}

void TestLocalCardService::replacingAStolenCardClosesItAndOrdersANewNumber()
{
    CardService *cards = m_backend->cards();
    QVERIFY(verify(Verification::Method::CardIdentified).ok());
    ReplacementOrder order;
    order.reason = CloseReason::Stolen;
    order.pinCarriesOver = false;
    const CommandResult ordered = await(cards->orderReplacement(m_card, 1, order));
    QCOMPARE(ordered.status, CommandResult::Applied);
    const CardRow old = cardRow(m_card);
    QCOMPARE(old.status, QStringLiteral("closed"));
    QCOMPARE(old.reason, QStringLiteral("stolen"));

    const QVariantList fresh = await(m_backend->worker()->run([this](Database &db) {
        QSqlQuery q(db.connection());
        q.exec(QStringLiteral("SELECT c.status, c.last4, c.replacement_reason, o.delivery, o.address,"
                              " o.pin_carries_over, c.online_enabled FROM cards c JOIN card_orders o ON o.card_id = c.id"
                              " WHERE c.replacement_of = %1").arg(m_card));
        return q.next() ? QVariantList{q.value(0), q.value(1), q.value(2), q.value(3), q.value(4), q.value(5),
                                       q.value(6)}
                        : QVariantList();
    }));
    QCOMPARE(fresh.size(), 7);
    QCOMPARE(fresh.at(0).toString(), QStringLiteral("ordered"));
    QVERIFY(fresh.at(1).toString() != m_last4);   // a stolen card's number is burnt
    QCOMPARE(fresh.at(1).toString().size(), 4);
    QVERIFY2(ordered.message.contains(fresh.at(1).toString()), qPrintable(ordered.message));
    QCOMPARE(fresh.at(2).toString(), QStringLiteral("stolen"));
    QCOMPARE(fresh.at(3).toString(), QStringLiteral("post"));
    QVERIFY(!fresh.at(4).toString().isEmpty());
    QCOMPARE(fresh.at(5).toInt(), 0);   // the PIN choice is kept as made
    QCOMPARE(fresh.at(6).toInt(), 1);

    // One replacement per card.
    const CommandResult again = await(cards->orderReplacement(m_card, 2, order));
    QCOMPARE(again.status, CommandResult::Rejected);
    QVERIFY2(again.message.contains(fresh.at(1).toString()), qPrintable(again.message));
    // A card closed at the customer's request gets none.
    order.reason = CloseReason::CustomerRequest;
    QCOMPARE(await(cards->orderReplacement(m_card, 2, order)).status, CommandResult::Rejected);
}

void TestLocalCardService::replacingADamagedCardKeepsTheNumberAndTheOldCardWorking()
{
    QVERIFY(verify(Verification::Method::CardIdentified).ok());
    ReplacementOrder order;
    order.reason = CloseReason::Damaged;
    order.delivery = ReplacementOrder::Delivery::Expedited;
    QCOMPARE(await(m_backend->cards()->orderReplacement(m_card, 1, order)).status, CommandResult::Applied);
    QCOMPARE(cardRow(m_card).status, QStringLiteral("active"));
    const QString last4 = await(m_backend->worker()->run([this](Database &db) {
        QSqlQuery q(db.connection());
        q.exec(QStringLiteral("SELECT last4 FROM cards WHERE replacement_of = %1").arg(m_card));
        return q.next() ? q.value(0).toString() : QString();
    }));
    QCOMPARE(last4, m_last4);
}

void TestLocalCardService::pickupPointNeedsStrongVerification()
{
    CardService *cards = m_backend->cards();
    QVERIFY(verify(Verification::Method::KnowledgeQuestions).ok());
    ReplacementOrder order;
    order.reason = CloseReason::Lost;
    order.delivery = ReplacementOrder::Delivery::PickupPoint;
    order.pickupPoint = QStringLiteral("R-kioski Kamppi, Urho Kekkosen katu 1, Helsinki");
    QCOMPARE(await(cards->orderReplacement(m_card, 1, order)).status, CommandResult::Rejected);
    QCOMPARE(cardRow(m_card).status, QStringLiteral("active"));   // nothing happened, not even the close
    QVERIFY(verify(Verification::Method::StrongElectronicId).ok());
    order.pickupPoint.clear();
    QCOMPARE(await(cards->orderReplacement(m_card, 1, order)).status, CommandResult::Rejected);
    order.pickupPoint = QStringLiteral("R-kioski Kamppi, Urho Kekkosen katu 1, Helsinki");
    QCOMPARE(await(cards->orderReplacement(m_card, 1, order)).status, CommandResult::Applied);
    const QString point = await(m_backend->worker()->run([](Database &db) {
        QSqlQuery q(db.connection());
        q.exec(QStringLiteral("SELECT pickup_point FROM card_orders"));
        return q.next() ? q.value(0).toString() : QString();
    }));
    QCOMPARE(point, order.pickupPoint);
}

void TestLocalCardService::pinResetNeedsStrongVerificationAndIsRecorded()
{
    CardService *cards = m_backend->cards();
    QVERIFY(verify(Verification::Method::KnowledgeQuestions).ok());
    QCOMPARE(await(cards->resetPin(m_card, 1, true)).status, CommandResult::Rejected);
    QVERIFY(verify(Verification::Method::AppConfirmation).ok());
    QCOMPARE(await(cards->resetPin(m_card, 1, true)).status, CommandResult::Applied);
    QCOMPARE(cardRow(m_card).version, 2);
    QCOMPARE(await(cards->resetPin(m_card, 1, false)).status, CommandResult::Conflict);
    QCOMPARE(await(cards->resetPin(m_card, 2, false)).status, CommandResult::Applied);
    const QStringList kinds = await(m_backend->worker()->run([this](Database &db) {
        QSqlQuery q(db.connection());
        q.exec(QStringLiteral("SELECT kind || ':' || delivery FROM card_orders WHERE card_id = %1 ORDER BY id")
                   .arg(m_card));
        QStringList out;
        while (q.next())
            out << q.value(0).toString();
        return out;
    }));
    QCOMPARE(kinds, QStringList({QStringLiteral("pin_letter:post"), QStringLiteral("pin_in_app:app")}));
}

void TestLocalCardService::cardNotReceivedClosesItAndFlagsTheAddress()
{
    // A received, active card cannot be "not received".
    QVERIFY(verify(Verification::Method::CardIdentified).ok());
    CardService *cards = m_backend->cards();
    QCOMPARE(await(cards->reportNotReceived(m_card, 1)).status, CommandResult::Rejected);

    const qint64 shipped = await(m_backend->worker()->run([this](Database &db) {
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral(
            "INSERT INTO cards (account_id, customer_id, bin, last4, product, embossed_name, status, expiry, issued_at)"
            " SELECT account_id, customer_id, bin, '8080', product, embossed_name, 'shipped', '2030-11',"
            " '2026-11-01T10:00:00Z' FROM cards WHERE id = ?"));
        q.addBindValue(m_card);
        return q.exec() ? q.lastInsertId().toLongLong() : qint64(0);
    }));
    QVERIFY(shipped > 0);
    QCOMPARE(await(cards->reportNotReceived(shipped, 1)).status, CommandResult::Applied);
    const CardRow row = cardRow(shipped);
    QCOMPARE(row.status, QStringLiteral("closed"));
    QCOMPARE(row.reason, QStringLiteral("undeliverable"));
    const QString flag = await(m_backend->worker()->run([this](Database &db) {
        QSqlQuery q(db.connection());
        q.exec(QStringLiteral("SELECT address_flag FROM customers WHERE id = %1").arg(m_customer));
        return q.next() ? q.value(0).toString() : QString();
    }));
    QVERIFY2(flag.contains(QLatin1String("8080")), qPrintable(flag));
    // The reorder follows, for the same reason: a new number.
    ReplacementOrder order;
    order.reason = CloseReason::Undeliverable;
    QCOMPARE(await(cards->orderReplacement(shipped, 2, order)).status, CommandResult::Applied);
}

void TestLocalCardService::limitsPreviewSetAndCarryOverToTheReplacement()
{
    const bool inserted = await(m_backend->worker()->run([this](Database &db) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (const qint64 minor : {12000, 64000, 3000}) {
            Fixtures::TransactionRow row;
            row.cardId = m_card;
            row.at = now.addDays(-3).addSecs(int(minor));
            row.amountMinor = minor;
            row.mcc = QStringLiteral("5311");
            if (!Fixtures::addTransaction(db, row))
                return false;
        }
        return true;
    }));
    QVERIFY(inserted);
    CardService *cards = m_backend->cards();
    CardLimits limits;
    limits.perPurchaseMinor = 50000;
    const ControlsPreview preview = await(cards->previewLimits(m_card, limits));
    QVERIFY2(preview.error.isEmpty(), qPrintable(preview.error));
    QCOMPARE(preview.examined, 3);
    QCOMPARE(preview.declinedBy, QStringList({QStringLiteral("per_purchase")}));
    QCOMPARE(preview.declined.constFirst().amount.minor, qint64(64000));

    QVERIFY(verify(Verification::Method::CardIdentified).ok());
    QCOMPARE(await(cards->setLimits(m_card, 1, limits)).status, CommandResult::Applied);   // a restriction
    CardLimits raised = limits;
    raised.perPurchaseMinor = 100000;
    QCOMPARE(await(cards->setLimits(m_card, 2, raised)).status, CommandResult::Rejected);   // needs strong
    QCOMPARE(cardRow(m_card).version, 2);

    // The replacement keeps the limit.
    ReplacementOrder order;
    order.reason = CloseReason::Lost;
    QCOMPARE(await(cards->orderReplacement(m_card, 2, order)).status, CommandResult::Applied);
    const qint64 carried = await(m_backend->worker()->run([this](Database &db) {
        QSqlQuery q(db.connection());
        q.exec(QStringLiteral("SELECT l.per_purchase_minor FROM card_limits l JOIN cards c ON c.id = l.card_id"
                              " WHERE c.replacement_of = %1").arg(m_card));
        return q.next() ? q.value(0).toLongLong() : qint64(0);
    }));
    QCOMPARE(carried, qint64(50000));
}

QTEST_GUILESS_MAIN(TestLocalCardService)
#include "tst_localcardservice.moc"
