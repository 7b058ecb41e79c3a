#include "domain/auditchain.h"
#include "domain/cardnumber.h"
#include "domain/jsoncodec.h"

#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

namespace {

// Luhn-valid test numbers, as a customer might type them into any text.
const QString Pan = QStringLiteral("4111111111111111");
const QString PanGrouped = QStringLiteral("5413 3300 8901 2349");

QDateTime utc(int y, int mo, int d, int h, int mi, int s, int ms = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), QTimeZone::utc());
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

Customer sampleCustomer(const QString &text = QStringLiteral("Virtanen"))
{
    Customer c;
    c.id = 42;
    c.customerNumber = QStringLiteral("100000042");
    c.firstName = QStringLiteral("Aino");
    c.lastName = text;
    c.birthDate = QDate(1985, 3, 15);
    c.nationalIdMasked = QStringLiteral("150385-****");
    c.country = QStringLiteral("FI");
    c.contact = {QStringLiteral("+358401234567"), QStringLiteral("aino@example.fi"), QStringLiteral("Street ") + text,
                 QStringLiteral("00100"), QStringLiteral("Helsinki"), QStringLiteral("fi")};
    c.tier = LoyaltyTier::Gold;
    c.consentMarketing = true;
    c.consentSms = false;
    c.createdAt = utc(2020, 1, 2, 3, 4, 5);
    c.updatedAt = utc(2026, 11, 22, 9, 15, 0, 250);
    c.version = 7;
    c.benefits = {{QStringLiteral("BONUS2X-NOV"), QStringLiteral("Double points ") + text, QDate(2026, 11, 30)}};
    return c;
}

Card sampleCard(const QString &text = QStringLiteral("Aino Virtanen"))
{
    Card card;
    card.id = 11;
    card.accountId = 5;
    card.bin = QStringLiteral("411111");
    card.last4 = QStringLiteral("1111");
    card.product = QStringLiteral("Aurora Department Store Mastercard");
    card.embossedName = text;
    card.status = CardLifecycle::State::Locked;
    card.statusReason = QStringLiteral("customer_request");
    card.replacementReason = QStringLiteral("lost");
    card.replacementOf = 9;
    card.expiry = QDate(2028, 5, 31);
    card.version = 3;
    card.onlineEnabled = false;
    card.abroadEnabled = true;
    card.contactlessEnabled = false;
    card.atmEnabled = true;
    return card;
}

Transaction sampleTransaction(const QString &merchant = QStringLiteral("K-Market Kamppi"))
{
    Transaction t;
    t.id = 1001;
    t.cardId = 11;
    t.cardLast4 = QStringLiteral("1111");
    t.occurredAt = utc(2026, 11, 21, 22, 5, 9);
    t.amount = {-4599, QStringLiteral("SEK")};
    t.merchant = merchant;
    t.mcc = QStringLiteral("5411");
    t.country = QStringLiteral("SE");
    t.status = TransactionStatus::Reversed;
    t.disputeStatus = QStringLiteral("open");
    t.entryMode = QStringLiteral("contactless");
    return t;
}

Account sampleAccount()
{
    Account a;
    a.id = 5;
    a.accountNumber = QStringLiteral("FI-0005");
    a.product = QStringLiteral("Aurora Credit");
    a.creditLimit = {300000, QStringLiteral("EUR")};
    a.balance = {123456, QStringLiteral("EUR")};
    a.dueDate = QDate(2026, 12, 15);
    a.minimumDue = {5000, QStringLiteral("EUR")};
    a.status = QStringLiteral("overdue");
    return a;
}

AuditEntry sampleAudit(const QString &text = QStringLiteral("lost on a tram"))
{
    AuditEntry e;
    e.seq = 3;
    e.commandId = QUuid::createUuid();
    e.at = utc(2026, 11, 22, 9, 15, 0, 125);
    e.agent = QStringLiteral("aino.lehtonen");
    e.action = QStringLiteral("card.lock");
    e.subject = QStringLiteral("card:11");
    e.details = {{QStringLiteral("cardId"), 11},
                 {QStringLiteral("reason"), QStringLiteral("lost")},
                 {QStringLiteral("text"), text},
                 {QStringLiteral("nested"), QJsonObject{{QStringLiteral("note"), text}}}};
    e.prevHash = QByteArray(64, 'a');
    e.hash = AuditChain::computeHash(e);
    return e;
}

void compareCustomers(const Customer &a, const Customer &b)
{
    QCOMPARE(a.id, b.id);
    QCOMPARE(a.customerNumber, b.customerNumber);
    QCOMPARE(a.firstName, b.firstName);
    QCOMPARE(a.lastName, b.lastName);
    QCOMPARE(a.birthDate, b.birthDate);
    QCOMPARE(a.nationalIdMasked, b.nationalIdMasked);
    QCOMPARE(a.country, b.country);
    QCOMPARE(a.contact.phoneE164, b.contact.phoneE164);
    QCOMPARE(a.contact.email, b.contact.email);
    QCOMPARE(a.contact.street, b.contact.street);
    QCOMPARE(a.contact.postcode, b.contact.postcode);
    QCOMPARE(a.contact.city, b.contact.city);
    QCOMPARE(a.contact.language, b.contact.language);
    QCOMPARE(a.tier, b.tier);
    QCOMPARE(a.consentMarketing, b.consentMarketing);
    QCOMPARE(a.consentSms, b.consentSms);
    QCOMPARE(a.createdAt, b.createdAt);
    QCOMPARE(a.updatedAt, b.updatedAt);
    QCOMPARE(a.version, b.version);
    QCOMPARE(a.benefits.size(), b.benefits.size());
    for (qsizetype i = 0; i < a.benefits.size(); ++i) {
        QCOMPARE(a.benefits.at(i).code, b.benefits.at(i).code);
        QCOMPARE(a.benefits.at(i).description, b.benefits.at(i).description);
        QCOMPARE(a.benefits.at(i).validUntil, b.benefits.at(i).validUntil);
    }
}

JsonCodec::CardView sampleView(const Card &card = sampleCard())
{
    JsonCodec::CardView view;
    view.card = card;
    view.customerId = 42;
    view.limits.perPurchaseMinor = 50000;
    view.limits.dailyCashMinor = 40000;
    view.limitsCurrency = QStringLiteral("SEK");
    return view;
}

void compareCards(const Card &a, const Card &b)
{
    QCOMPARE(a.id, b.id);
    QCOMPARE(a.accountId, b.accountId);
    QCOMPARE(a.bin, b.bin);
    QCOMPARE(a.last4, b.last4);
    QCOMPARE(a.product, b.product);
    QCOMPARE(a.embossedName, b.embossedName);
    QCOMPARE(a.status, b.status);
    QCOMPARE(a.statusReason, b.statusReason);
    QCOMPARE(a.replacementReason, b.replacementReason);
    QCOMPARE(a.replacementOf, b.replacementOf);
    QCOMPARE(a.expiry, b.expiry);
    QCOMPARE(a.version, b.version);
    QCOMPARE(a.onlineEnabled, b.onlineEnabled);
    QCOMPARE(a.abroadEnabled, b.abroadEnabled);
    QCOMPARE(a.contactlessEnabled, b.contactlessEnabled);
    QCOMPARE(a.atmEnabled, b.atmEnabled);
}

void compareTransactions(const Transaction &a, const Transaction &b)
{
    QCOMPARE(a.id, b.id);
    QCOMPARE(a.cardId, b.cardId);
    QCOMPARE(a.cardLast4, b.cardLast4);
    QCOMPARE(a.occurredAt, b.occurredAt);
    QCOMPARE(a.amount.minor, b.amount.minor);
    QCOMPARE(a.amount.currency, b.amount.currency);
    QCOMPARE(a.merchant, b.merchant);
    QCOMPARE(a.mcc, b.mcc);
    QCOMPARE(a.country, b.country);
    QCOMPARE(a.status, b.status);
    QCOMPARE(a.disputeStatus, b.disputeStatus);
    QCOMPARE(a.entryMode, b.entryMode);
}

void compareAccounts(const Account &a, const Account &b)
{
    QCOMPARE(a.id, b.id);
    QCOMPARE(a.accountNumber, b.accountNumber);
    QCOMPARE(a.product, b.product);
    QCOMPARE(a.creditLimit.minor, b.creditLimit.minor);
    QCOMPARE(a.creditLimit.currency, b.creditLimit.currency);
    QCOMPARE(a.balance.minor, b.balance.minor);
    QCOMPARE(a.dueDate, b.dueDate);
    QCOMPARE(a.minimumDue.minor, b.minimumDue.minor);
    QCOMPARE(a.status, b.status);
}

} // namespace

class TestJsonCodec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void timestampsAreRfc3339Utc();
    void timestampParsing_data();
    void timestampParsing();
    void datesAreIsoDays();
    void moneyRoundTrip();
    void customerRoundTrip();
    void customerSummaryRoundTrip();
    void accountRoundTrip();
    void cardRoundTrip();
    void cardWireFormIsBinAndLastFourOnly();
    void transactionRoundTrip();
    void customerViewRoundTrip();
    void cardEventRoundTrip();
    void verificationRoundTrip();
    void auditEntryRoundTripKeepsTheChainVerifiable();
    void commandRoundTrip();
    void agentAndSessionRoundTrip();
    void changeRoundTrip();
    void idsInUuidFormAreNotMaskedButCardNumbersAre();
    void conversationAndMessageRoundTrip();
    void conversationSlaTimesRoundTrip();
    void desksFactsRoundTripAndRefuseNonsense();
    void problemRoundTripKeepsExtensions();
    void emptyTextTravelsAsNull();
    void nullOnlyWhereTheContractAllowsIt();
    void decodersNameTheBadField_data();
    void decodersNameTheBadField();
    void noCodecWritesAFullCardNumber();
};

void TestJsonCodec::timestampsAreRfc3339Utc()
{
    QCOMPARE(JsonCodec::timestamp(utc(2026, 11, 22, 9, 15, 0)), QStringLiteral("2026-11-22T09:15:00Z"));
    QCOMPARE(JsonCodec::timestamp(utc(2026, 11, 22, 9, 15, 0, 7)), QStringLiteral("2026-11-22T09:15:00.007Z"));
    // A time in another zone is written as the same instant in UTC.
    const QDateTime helsinki(QDate(2026, 6, 1), QTime(12, 0), QTimeZone("Europe/Helsinki"));
    QCOMPARE(JsonCodec::timestamp(helsinki), QStringLiteral("2026-06-01T09:00:00Z"));
    QCOMPARE(JsonCodec::timestamp(QDateTime()), QString());
}

void TestJsonCodec::timestampParsing_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("expected");   // invalid: must be refused

    QTest::addRow("zulu") << QStringLiteral("2026-11-22T09:15:00Z") << utc(2026, 11, 22, 9, 15, 0);
    QTest::addRow("lower-case z and t") << QStringLiteral("2026-11-22t09:15:00z") << utc(2026, 11, 22, 9, 15, 0);
    QTest::addRow("milliseconds") << QStringLiteral("2026-11-22T09:15:00.125Z") << utc(2026, 11, 22, 9, 15, 0, 125);
    QTest::addRow("nanoseconds cut to ms") << QStringLiteral("2026-11-22T09:15:00.123456789Z")
                                           << utc(2026, 11, 22, 9, 15, 0, 123);
    QTest::addRow("one fraction digit") << QStringLiteral("2026-11-22T09:15:00.5Z") << utc(2026, 11, 22, 9, 15, 0, 500);
    QTest::addRow("positive offset") << QStringLiteral("2026-11-22T11:15:00+02:00") << utc(2026, 11, 22, 9, 15, 0);
    QTest::addRow("negative offset") << QStringLiteral("2026-11-22T04:15:00-05:00") << utc(2026, 11, 22, 9, 15, 0);
    QTest::addRow("no zone") << QStringLiteral("2026-11-22T09:15:00") << QDateTime();
    QTest::addRow("space separator") << QStringLiteral("2026-11-22 09:15:00Z") << QDateTime();
    QTest::addRow("impossible day") << QStringLiteral("2026-02-30T09:15:00Z") << QDateTime();
    QTest::addRow("hour 24") << QStringLiteral("2026-11-22T24:00:00Z") << QDateTime();
    QTest::addRow("trailing text") << QStringLiteral("2026-11-22T09:15:00Zx") << QDateTime();
    QTest::addRow("empty") << QString() << QDateTime();
}

void TestJsonCodec::timestampParsing()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, expected);
    const std::optional<QDateTime> parsed = JsonCodec::parseTimestamp(text);
    if (!expected.isValid()) {
        QVERIFY2(!parsed, qPrintable(text));
        return;
    }
    QVERIFY2(parsed.has_value(), qPrintable(text));
    QCOMPARE(*parsed, expected);
    QCOMPARE(parsed->timeSpec(), Qt::UTC);
}

void TestJsonCodec::datesAreIsoDays()
{
    QCOMPARE(JsonCodec::date(QDate(2026, 1, 5)), QStringLiteral("2026-01-05"));
    QCOMPARE(JsonCodec::parseDate(u"2026-01-05"), std::optional<QDate>(QDate(2026, 1, 5)));
    QVERIFY(!JsonCodec::parseDate(u"2026-1-5"));
    QVERIFY(!JsonCodec::parseDate(u"2026-02-29"));
    QVERIFY(!JsonCodec::parseDate(u"05.01.2026"));
}

void TestJsonCodec::moneyRoundTrip()
{
    const Money money{-123456789012LL, QStringLiteral("NOK")};
    const QJsonObject json = JsonCodec::toJson(money);
    QCOMPARE(json.value(QStringLiteral("minor")).toInteger(), -123456789012LL);
    const std::optional<Money> back = JsonCodec::moneyFromJson(json);
    QVERIFY(back);
    QCOMPARE(back->minor, money.minor);
    QCOMPARE(back->currency, money.currency);

    QString error;
    QVERIFY(!JsonCodec::moneyFromJson(QJsonObject{{QStringLiteral("minor"), 1.5},
                                                  {QStringLiteral("currency"), QStringLiteral("EUR")}},
                                      &error));
    QVERIFY2(error.contains(QStringLiteral("money.minor")), qPrintable(error));
    QVERIFY(!JsonCodec::moneyFromJson(QJsonObject{{QStringLiteral("minor"), 1},
                                                  {QStringLiteral("currency"), QStringLiteral("euro")}},
                                      &error));
    QVERIFY2(error.contains(QStringLiteral("currency")), qPrintable(error));
}

void TestJsonCodec::customerRoundTrip()
{
    const Customer customer = sampleCustomer();
    const QJsonObject json = JsonCodec::toJson(customer);
    QCOMPARE(json.value(QStringLiteral("tier")).toString(), QStringLiteral("gold"));
    QCOMPARE(json.value(QStringLiteral("updatedAt")).toString(), QStringLiteral("2026-11-22T09:15:00.250Z"));
    QVERIFY(!json.contains(QStringLiteral("nationalId")));   // only the masked form travels
    QString error;
    const std::optional<Customer> back = JsonCodec::customerFromJson(json, &error);
    QVERIFY2(back, qPrintable(error));
    compareCustomers(*back, customer);
}

void TestJsonCodec::customerSummaryRoundTrip()
{
    CustomerSummary s;
    s.id = 8;
    s.customerNumber = QStringLiteral("100000008");
    s.name = QStringLiteral("Ingrid Ødegård");
    s.city = QStringLiteral("Bergen");
    s.cardLast4s = QStringLiteral("3020 7781");
    s.phoneE164 = QStringLiteral("+4792345678");
    s.email = QString();
    s.tier = LoyaltyTier::Platinum;
    s.badges = CustomerSummary::HasBlockedCard | CustomerSummary::Vip;
    const QJsonObject json = JsonCodec::toJson(s);
    QCOMPARE(json.value(QStringLiteral("cardLast4s")).toArray().size(), 2);
    QCOMPARE(json.value(QStringLiteral("badges")).toArray(),
             QJsonArray({QStringLiteral("has_blocked_card"), QStringLiteral("vip")}));
    QString error;
    const std::optional<CustomerSummary> back = JsonCodec::customerSummaryFromJson(json, &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(back->id, s.id);
    QCOMPARE(back->customerNumber, s.customerNumber);
    QCOMPARE(back->name, s.name);
    QCOMPARE(back->city, s.city);
    QCOMPARE(back->cardLast4s, s.cardLast4s);
    QCOMPARE(back->phoneE164, s.phoneE164);
    QCOMPARE(back->email, s.email);
    QCOMPARE(back->tier, s.tier);
    QCOMPARE(back->badges, s.badges);
}

void TestJsonCodec::accountRoundTrip()
{
    const Account account = sampleAccount();
    QString error;
    const std::optional<Account> back = JsonCodec::accountFromJson(JsonCodec::toJson(account), &error);
    QVERIFY2(back, qPrintable(error));
    compareAccounts(*back, account);
}

void TestJsonCodec::cardRoundTrip()
{
    for (const CardLifecycle::State state : CardLifecycle::AllStates) {
        Card card = sampleCard();
        card.status = state;
        QString error;
        const std::optional<JsonCodec::CardView> back =
            JsonCodec::cardViewFromJson(JsonCodec::toJson(sampleView(card)), &error);
        QVERIFY2(back, qPrintable(error));
        compareCards(back->card, card);
        QCOMPARE(back->customerId, 42);
        QCOMPARE(back->limits, sampleView().limits);
        QCOMPARE(back->limitsCurrency, QStringLiteral("SEK"));
    }
}

void TestJsonCodec::cardWireFormIsBinAndLastFourOnly()
{
    Card card = sampleCard();
    // Even if storage ever handed the codec more digits, only six and four leave.
    card.bin = Pan.left(8);
    card.last4 = Pan.right(6);
    const QJsonObject json = JsonCodec::toJson(sampleView(card));
    QCOMPARE(json.value(QStringLiteral("bin")).toString(), QStringLiteral("411111"));
    QCOMPARE(json.value(QStringLiteral("last4")).toString(), QStringLiteral("1111"));
    QCOMPARE(json.value(QStringLiteral("maskedPan")).toString(), QStringLiteral("411111******1111"));
    QCOMPARE(json.value(QStringLiteral("customerId")).toInteger(), 42);
    const QJsonObject limits = json.value(QStringLiteral("limits")).toObject();
    QVERIFY(limits.value(QStringLiteral("daily")).isNull());
    QCOMPARE(limits.value(QStringLiteral("perPurchase")).toObject().value(QStringLiteral("currency")).toString(),
             QStringLiteral("SEK"));
    QCOMPARE(json.value(QStringLiteral("status")).toString(), QStringLiteral("locked"));
    QCOMPARE(json.value(QStringLiteral("controls")).toObject().value(QStringLiteral("online")).toBool(), false);
    QVERIFY(!compact(json).contains(Pan.toLatin1()));

    QString error;
    QJsonObject tooLong = JsonCodec::toJson(sampleView());
    tooLong.insert(QStringLiteral("last4"), QStringLiteral("12345"));
    QVERIFY(!JsonCodec::cardViewFromJson(tooLong, &error));
    QVERIFY2(error.contains(QStringLiteral("card.last4")), qPrintable(error));
}

void TestJsonCodec::transactionRoundTrip()
{
    const Transaction t = sampleTransaction();
    QString error;
    const std::optional<Transaction> back = JsonCodec::transactionFromJson(JsonCodec::toJson(t), &error);
    QVERIFY2(back, qPrintable(error));
    compareTransactions(*back, t);
}

void TestJsonCodec::customerViewRoundTrip()
{
    JsonCodec::CustomerView view;
    view.customer = sampleCustomer();
    view.accounts = {sampleAccount()};
    view.cards = {sampleView(), sampleView()};
    view.cards[1].card.id = 12;
    view.cards[1].card.status = CardLifecycle::State::Active;
    view.cards[1].limits = {};
    view.recentTransactions = {sampleTransaction(), sampleTransaction(QStringLiteral("Prisma"))};
    view.holder.customerId = 42;
    view.holder.verification = JsonCodec::VerificationRecord{
        42, 11, QStringLiteral("aino.lehtonen"),
        {Verification::Method::StrongElectronicId, true, utc(2026, 11, 22, 9, 0, 0)}};
    const QJsonObject json = JsonCodec::toJson(view);
    QVERIFY(json.value(QStringLiteral("holder")).toObject().value(QStringLiteral("addressFlag")).isNull());
    QString error;
    const std::optional<JsonCodec::CustomerView> back = JsonCodec::customerViewFromJson(json, &error);
    QVERIFY2(back, qPrintable(error));
    compareCustomers(back->customer, view.customer);
    QCOMPARE(back->accounts.size(), 1);
    compareAccounts(back->accounts.first(), view.accounts.first());
    QCOMPARE(back->cards.size(), 2);
    compareCards(back->cards.at(1).card, view.cards.at(1).card);
    QCOMPARE(back->cards.at(1).limits, CardLimits());
    QCOMPARE(back->recentTransactions.size(), 2);
    compareTransactions(back->recentTransactions.at(1), view.recentTransactions.at(1));
    QCOMPARE(back->holder.customerId, 42);
    QVERIFY(back->holder.verification);
    QCOMPARE(back->holder.verification->outcome.method, Verification::Method::StrongElectronicId);
    QCOMPARE(back->holder.verification->cardId, 11);
}

void TestJsonCodec::cardEventRoundTrip()
{
    CardEvent e;
    e.id = 4;
    e.cardId = 11;
    e.at = utc(2026, 11, 22, 9, 0, 0);
    e.from = CardLifecycle::State::Active;
    e.to = CardLifecycle::State::Closed;
    e.reasonCode = QStringLiteral("stolen");
    e.reasonText = QStringLiteral("bag stolen at the station");
    e.channel = CardLifecycle::Channel::FraudMonitoring;
    e.agent = QStringLiteral("aino.lehtonen");
    e.commandId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QString error;
    const std::optional<CardEvent> back = JsonCodec::cardEventFromJson(JsonCodec::toJson(e), &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(back->id, e.id);
    QCOMPARE(back->cardId, e.cardId);
    QCOMPARE(back->at, e.at);
    QCOMPARE(back->from, e.from);
    QCOMPARE(back->to, e.to);
    QCOMPARE(back->reasonCode, e.reasonCode);
    QCOMPARE(back->reasonText, e.reasonText);
    QCOMPARE(back->channel, e.channel);
    QCOMPARE(back->agent, e.agent);
    QCOMPARE(back->commandId, e.commandId);
}

void TestJsonCodec::verificationRoundTrip()
{
    for (const Verification::Method method : Verification::AllMethods) {
        const JsonCodec::VerificationRecord record{7, 0, QStringLiteral("jukka.salminen"),
                                                   {method, true, utc(2026, 11, 22, 9, 1, 2)}};
        const QJsonObject json = JsonCodec::toJson(record);
        QCOMPARE(json.value(QStringLiteral("validUntil")).toString(), QStringLiteral("2026-11-22T09:31:02Z"));
        QVERIFY(json.value(QStringLiteral("cardId")).isNull());
        const std::optional<JsonCodec::VerificationRecord> back = JsonCodec::verificationRecordFromJson(json);
        QVERIFY(back);
        QCOMPARE(back->customerId, 7);
        QCOMPARE(back->cardId, 0);
        QCOMPARE(back->agent, record.agent);
        QCOMPARE(back->outcome.method, method);
        QCOMPARE(back->outcome.passed, true);
        QCOMPARE(back->outcome.at, record.outcome.at);
    }
    QString error;
    QVERIFY(!JsonCodec::verificationRecordFromJson(
        QJsonObject{{QStringLiteral("customerId"), 1}, {QStringLiteral("method"), QStringLiteral("sms")},
                    {QStringLiteral("passed"), true}, {QStringLiteral("at"), QStringLiteral("2026-11-22T09:00:00Z")}},
        &error));
    QVERIFY2(error.contains(QStringLiteral("verification.method")), qPrintable(error));
}

void TestJsonCodec::auditEntryRoundTripKeepsTheChainVerifiable()
{
    const AuditEntry entry = sampleAudit();
    const QJsonObject json = JsonCodec::toJson(entry);
    QCOMPARE(json.value(QStringLiteral("at")).toString(), QStringLiteral("2026-11-22T09:15:00.125Z"));
    QString error;
    const std::optional<AuditEntry> back = JsonCodec::auditEntryFromJson(json, &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(back->seq, entry.seq);
    QCOMPARE(back->commandId, entry.commandId);
    QCOMPARE(back->at, entry.at);
    QCOMPARE(back->details, entry.details);
    QCOMPARE(back->hash, entry.hash);
    // The reader can recompute the hash from the wire form alone.
    QCOMPARE(AuditChain::computeHash(*back), entry.hash);

    // A login has no command: null on the wire, null after.
    AuditEntry login = entry;
    login.commandId = QUuid();
    const QJsonObject loginJson = JsonCodec::toJson(login);
    QVERIFY(loginJson.value(QStringLiteral("commandId")).isNull());
    QVERIFY(JsonCodec::auditEntryFromJson(loginJson)->commandId.isNull());
}

void TestJsonCodec::commandRoundTrip()
{
    const Command command = Command::make(QStringLiteral("card.lock"), QStringLiteral("card:11"),
                                          {{QStringLiteral("expectedVersion"), 3},
                                           {QStringLiteral("reason"), QStringLiteral("lost")},
                                           {QStringLiteral("text"), QStringLiteral("on the tram")}},
                                          QStringLiteral("aino.lehtonen"));
    QString error;
    const std::optional<Command> back = JsonCodec::commandFromJson(JsonCodec::toJson(command), &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(back->id, command.id);
    QCOMPARE(back->type, command.type);
    QCOMPARE(back->subject, command.subject);
    QCOMPARE(back->payload, command.payload);
    QCOMPARE(back->agent, command.agent);
    QCOMPARE(back->issuedAt, command.issuedAt);
}

void TestJsonCodec::agentAndSessionRoundTrip()
{
    JsonCodec::Session session;
    session.token = QStringLiteral("abc_DEF-123");
    session.expiresAt = utc(2026, 11, 22, 17, 0, 0);
    session.agent.id = 11;
    session.agent.agent = {QStringLiteral("riikka.nurmi"), QStringLiteral("Riikka Nurmi"), Agent::RoleSupervisor};
    session.agent.language = QStringLiteral("fi");
    session.agent.queues = {QStringLiteral("cards"), QStringLiteral("fraud")};
    session.agent.presence = QStringLiteral("available");
    session.agent.presenceSince = utc(2026, 11, 22, 8, 0, 0);
    const QJsonObject json = JsonCodec::toJson(session);
    QCOMPARE(json.value(QStringLiteral("agent")).toObject().value(QStringLiteral("role")).toString(),
             QStringLiteral("supervisor"));
    QString error;
    const std::optional<JsonCodec::Session> back = JsonCodec::sessionFromJson(json, &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(back->token, session.token);
    QCOMPARE(back->expiresAt, session.expiresAt);
    QCOMPARE(back->agent.id, session.agent.id);
    QCOMPARE(back->agent.agent.username, session.agent.agent.username);
    QCOMPARE(back->agent.agent.displayName, session.agent.agent.displayName);
    QCOMPARE(back->agent.agent.role, session.agent.agent.role);
    QCOMPARE(back->agent.language, session.agent.language);
    QCOMPARE(back->agent.queues, session.agent.queues);
    QCOMPARE(back->agent.presence, session.agent.presence);
    QCOMPARE(back->agent.presenceSince, session.agent.presenceSince);

    QJsonObject badRole = JsonCodec::toJson(session.agent);
    badRole.insert(QStringLiteral("role"), QStringLiteral("admin"));
    QVERIFY(!JsonCodec::agentProfileFromJson(badRole, &error));
    QVERIFY2(error.contains(QStringLiteral("agent.role")), qPrintable(error));
}

void TestJsonCodec::conversationSlaTimesRoundTrip()
{
    ConversationSummary c;
    c.id = 4712;
    c.queue = QStringLiteral("cards");
    c.language = QStringLiteral("sv");
    c.status = ConversationStatus::Resolved;
    c.createdAt = utc(2026, 11, 20, 8, 0, 0);
    c.updatedAt = utc(2026, 11, 21, 9, 0, 0);
    c.messageCount = 2;
    QString error;
    // Absent from an older server's answer: unknown, not "never answered".
    QVERIFY(!JsonCodec::toJson(c).contains(QStringLiteral("sla")));
    QVERIFY(!JsonCodec::conversationFromJson(JsonCodec::toJson(c), &error)->slaTimes);
    c.slaTimes = ConversationSlaTimes{utc(2026, 11, 20, 12, 0, 0), utc(2026, 11, 20, 9, 30, 0),
                                      utc(2026, 11, 22, 8, 0, 0), QDateTime()};
    const QJsonObject json = JsonCodec::toJson(c);
    QVERIFY(json.value(QStringLiteral("sla")).toObject().value(QStringLiteral("resolvedAt")).isNull());
    const std::optional<ConversationSummary> back = JsonCodec::conversationFromJson(json, &error);
    QVERIFY2(back && back->slaTimes, qPrintable(error));
    QCOMPARE(back->slaTimes->firstResponseDue, c.slaTimes->firstResponseDue);
    QCOMPARE(back->slaTimes->firstRespondedAt, c.slaTimes->firstRespondedAt);
    QCOMPARE(back->slaTimes->resolutionDue, c.slaTimes->resolutionDue);
    QVERIFY(!back->slaTimes->resolvedAt.isValid());
    QJsonObject bad = json;
    bad.insert(QStringLiteral("sla"), QJsonObject{{QStringLiteral("firstRespondedAt"), QStringLiteral("soon")}});
    QVERIFY(!JsonCodec::conversationFromJson(bad, &error));
    QVERIFY2(error.contains(QStringLiteral("conversation.sla.firstRespondedAt")), qPrintable(error));
    bad.insert(QStringLiteral("sla"), 3);
    QVERIFY(!JsonCodec::conversationFromJson(bad, &error));
    QVERIFY2(error.contains(QStringLiteral("conversation.sla")), qPrintable(error));
}

void TestJsonCodec::desksFactsRoundTripAndRefuseNonsense()
{
    QString error;
    const JsonCodec::CsatRequestRecord request{11, 4711, QStringLiteral("aino.laine"), Channel::Email,
                                               utc(2026, 11, 20, 10, 0, 0)};
    const std::optional<JsonCodec::CsatRequestRecord> r = JsonCodec::csatRequestFromJson(JsonCodec::toJson(request), &error);
    QVERIFY2(r, qPrintable(error));
    QCOMPARE(r->id, 11);
    QCOMPARE(r->conversationId, 4711);
    QCOMPARE(r->agent, request.agent);
    QCOMPARE(r->channel, Channel::Email);
    QCOMPARE(r->sentAt, request.sentAt);

    JsonCodec::CsatAnswerRecord answer{12, 4711, QStringLiteral("aino.laine"), Channel::Chat, 5,
                                       utc(2026, 11, 21, 10, 0, 0)};
    const std::optional<JsonCodec::CsatAnswerRecord> a = JsonCodec::csatAnswerFromJson(JsonCodec::toJson(answer), &error);
    QVERIFY2(a, qPrintable(error));
    QCOMPARE(a->score, 5);
    QCOMPARE(a->channel, Channel::Chat);
    QCOMPARE(a->answeredAt, answer.answeredAt);
    answer.score = 6;
    QVERIFY(!JsonCodec::csatAnswerFromJson(JsonCodec::toJson(answer), &error));
    QVERIFY2(error.contains(QStringLiteral("csat_answer.score")), qPrintable(error));

    const JsonCodec::CardOutcomeRecord outcome{JsonCodec::CardOutcomeRecord::Replacement, 3, 12,
                                               utc(2026, 11, 21, 11, 0, 0)};
    const QJsonObject json = JsonCodec::toJson(outcome);
    QCOMPARE(json.value(QStringLiteral("kind")).toString(), QStringLiteral("replacement"));
    const std::optional<JsonCodec::CardOutcomeRecord> o = JsonCodec::cardOutcomeFromJson(json, &error);
    QVERIFY2(o, qPrintable(error));
    QCOMPARE(o->kind, JsonCodec::CardOutcomeRecord::Replacement);
    QCOMPARE(o->cardId, 12);
    QJsonObject unknown = json;
    unknown.insert(QStringLiteral("kind"), QStringLiteral("closure"));
    QVERIFY(!JsonCodec::cardOutcomeFromJson(unknown, &error));
    QVERIFY2(error.contains(QStringLiteral("card_outcome.kind")), qPrintable(error));
}

void TestJsonCodec::conversationAndMessageRoundTrip()
{
    ConversationSummary c;
    c.id = 4711;
    c.customerId = 42;
    c.customerName = QStringLiteral("Aino Virtanen");
    c.channel = Channel::Chat;
    c.status = ConversationStatus::OnHold;
    c.priority = Priority::Urgent;
    c.queue = QStringLiteral("cards");
    c.assignee = QStringLiteral("aino.laine");
    c.topics = {QStringLiteral("lost_stolen_card"), QStringLiteral("pin")};
    c.language = QStringLiteral("fi");
    c.subject = QStringLiteral("Kortti varastettiin");
    c.preview = QStringLiteral("Hei");
    c.createdAt = utc(2026, 11, 22, 7, 58, 0);
    c.updatedAt = utc(2026, 11, 22, 9, 14, 0);
    c.resolutionDue = utc(2026, 11, 24, 7, 58, 0);
    c.messageCount = 3;
    c.hasAttachments = true;
    c.version = 4;
    QString error;
    const QJsonObject json = JsonCodec::toJson(c);
    QVERIFY(json.value(QStringLiteral("firstResponseDue")).isNull());   // answered
    const std::optional<ConversationSummary> back = JsonCodec::conversationFromJson(json, &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(back->id, c.id);
    QCOMPARE(back->customerId, c.customerId);
    QCOMPARE(back->channel, c.channel);
    QCOMPARE(back->status, c.status);
    QCOMPARE(back->priority, c.priority);
    QCOMPARE(back->assignee, c.assignee);
    QCOMPARE(back->topics, c.topics);
    QCOMPARE(back->resolutionDue, c.resolutionDue);
    QVERIFY(!back->firstResponseDue.isValid());
    QCOMPARE(back->version, 4);
    QVERIFY(back->hasAttachments);

    ConversationSummary unmatched = c;
    unmatched.customerId = 0;
    unmatched.assignee.clear();
    const QJsonObject unmatchedJson = JsonCodec::toJson(unmatched);
    QVERIFY(unmatchedJson.value(QStringLiteral("customerId")).isNull());
    QVERIFY(unmatchedJson.value(QStringLiteral("assignee")).isNull());
    QJsonObject badTopic = json;
    badTopic.insert(QStringLiteral("topics"), QJsonArray{QStringLiteral("lottery")});
    QVERIFY(!JsonCodec::conversationFromJson(badTopic, &error));
    QVERIFY2(error.contains(QStringLiteral("topics")), qPrintable(error));

    Message m;
    m.id = 120045;
    m.conversationId = 4711;
    m.direction = MessageDirection::Note;
    m.author = QStringLiteral("aino.laine");
    m.at = utc(2026, 11, 22, 9, 14, 0);
    m.bodyText = QStringLiteral("Soitin asiakkaalle");
    m.delivery = DeliveryState::Received;
    m.commandId = QUuid::createUuid();
    Attachment a;
    a.id = 901;
    a.fileName = QStringLiteral("kuitti.pdf");
    a.mimeType = QStringLiteral("application/pdf");
    a.size = 48213;
    a.sha256 = QByteArray(64, 'a');
    m.attachments = {a};
    const QJsonObject messageJson = JsonCodec::toJson(m);
    QCOMPARE(messageJson.value(QStringLiteral("direction")).toString(), QStringLiteral("note"));
    QVERIFY(messageJson.value(QStringLiteral("bodyHtml")).isNull());
    QCOMPARE(messageJson.value(QStringLiteral("attachments")).toArray().at(0).toObject().value(QStringLiteral("href")),
             QJsonValue(QStringLiteral("/v1/attachments/901")));
    const std::optional<Message> messageBack = JsonCodec::messageFromJson(messageJson, &error);
    QVERIFY2(messageBack, qPrintable(error));
    QCOMPARE(messageBack->commandId, m.commandId);
    QCOMPARE(messageBack->direction, MessageDirection::Note);
    QCOMPARE(messageBack->attachments.size(), 1);
    QCOMPARE(messageBack->attachments.at(0).sha256, a.sha256);
    QCOMPARE(messageBack->bodyText, m.bodyText);

    Message inbound = m;
    inbound.commandId = QUuid();
    QVERIFY(JsonCodec::toJson(inbound).value(QStringLiteral("commandId")).isNull());
}

void TestJsonCodec::idsInUuidFormAreNotMaskedButCardNumbersAre()
{
    // This UUID's digit groups read as a Luhn-valid 14-digit run to the
    // masker ("38915180-2435-4224"): a message change carrying it as its
    // commandId must reach the client intact, or the client cannot read it.
    const QString commandId = QStringLiteral("38915180-2435-4224-8ed4-554ce152a638");
    QVERIFY(CardNumber::maskInText(commandId) != commandId);
    JsonCodec::Change change;
    change.seq = 7;
    change.entity = QStringLiteral("message");
    change.entityId = 99;
    change.op = QStringLiteral("upsert");
    change.data = {{QStringLiteral("commandId"), commandId},
                   {QStringLiteral("bodyText"), QStringLiteral("card 4111 1111 1111 1111 please")}};
    change.at = utc(2026, 11, 22, 9, 15, 1);
    const QJsonObject data = JsonCodec::toJson(change).value(QStringLiteral("data")).toObject();
    QCOMPARE(data.value(QStringLiteral("commandId")).toString(), commandId);
    // Free text is still masked.
    QCOMPARE(data.value(QStringLiteral("bodyText")).toString(), QStringLiteral("card 4111 11** **** 1111 please"));
}

void TestJsonCodec::changeRoundTrip()
{
    JsonCodec::Change change;
    change.seq = 1234567;
    change.entity = QStringLiteral("card");
    change.entityId = 11;
    change.op = QStringLiteral("upsert");
    change.version = 4;
    change.data = JsonCodec::toJson(sampleView());
    change.at = utc(2026, 11, 22, 9, 15, 1);
    QString error;
    const std::optional<JsonCodec::Change> back = JsonCodec::changeFromJson(JsonCodec::toJson(change), &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(back->seq, change.seq);
    QCOMPARE(back->entity, change.entity);
    QCOMPARE(back->entityId, change.entityId);
    QCOMPARE(back->op, change.op);
    QCOMPARE(back->version, change.version);
    QCOMPARE(back->data, change.data);
    QCOMPARE(back->at, change.at);

    JsonCodec::Change deleted = change;
    deleted.op = QStringLiteral("delete");
    deleted.version.reset();
    deleted.data = {};
    const QJsonObject json = JsonCodec::toJson(deleted);
    QVERIFY(!json.contains(QStringLiteral("version")));
    QVERIFY(!json.contains(QStringLiteral("data")));
    const std::optional<JsonCodec::Change> deletedBack = JsonCodec::changeFromJson(json);
    QVERIFY(deletedBack);
    QVERIFY(!deletedBack->version);
    QVERIFY(deletedBack->data.isEmpty());

    QJsonObject badOp = json;
    badOp.insert(QStringLiteral("op"), QStringLiteral("update"));
    QVERIFY(!JsonCodec::changeFromJson(badOp, &error));
    QVERIFY2(error.contains(QStringLiteral("change.op")), qPrintable(error));
}

void TestJsonCodec::problemRoundTripKeepsExtensions()
{
    JsonCodec::Problem problem;
    problem.type = QStringLiteral("https://carddesk.example/problems/version-conflict");
    problem.title = QStringLiteral("The card changed");
    problem.status = 412;
    problem.detail = QStringLiteral("Card 11 is at version 4, not 3.");
    problem.code = QStringLiteral("version_conflict");
    problem.errors = {{QStringLiteral("reason"), QStringLiteral("unknown reason")}};
    problem.instance = QStringLiteral("urn:carddesk:request:5b0f1c9e");
    problem.extensions = {{QStringLiteral("current"), JsonCodec::toJson(sampleView())},
                          {QStringLiteral("changedBy"), QStringLiteral("jukka.salminen")}};
    const QJsonObject json = JsonCodec::toJson(problem);
    QCOMPARE(json.value(QStringLiteral("changedBy")).toString(), QStringLiteral("jukka.salminen"));
    QString error;
    const std::optional<JsonCodec::Problem> back = JsonCodec::problemFromJson(json, &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(back->type, problem.type);
    QCOMPARE(back->title, problem.title);
    QCOMPARE(back->status, problem.status);
    QCOMPARE(back->detail, problem.detail);
    QCOMPARE(back->code, problem.code);
    QCOMPARE(back->instance, problem.instance);
    QCOMPARE(back->errors.size(), 1);
    QCOMPARE(back->errors.first().field, QStringLiteral("reason"));
    QCOMPARE(back->extensions, problem.extensions);

    JsonCodec::Problem blank;
    blank.status = 404;
    blank.code = QStringLiteral("not_found");
    const QJsonObject blankJson = JsonCodec::toJson(blank);
    QCOMPARE(blankJson.value(QStringLiteral("type")).toString(), QStringLiteral("urn:carddesk:problem:not_found"));
    QCOMPARE(blankJson.value(QStringLiteral("title")).toString(), QStringLiteral("Not found"));
    QVERIFY(!blankJson.contains(QStringLiteral("instance")));
}

void TestJsonCodec::emptyTextTravelsAsNull()
{
    Customer customer = sampleCustomer();
    customer.contact.email.clear();
    const QJsonObject json = JsonCodec::toJson(customer);
    QVERIFY(json.value(QStringLiteral("contact")).toObject().value(QStringLiteral("email")).isNull());
    QCOMPARE(json.value(QStringLiteral("contact")).toObject().value(QStringLiteral("phone")).toString(),
             QStringLiteral("+358401234567"));
    Card card = sampleCard();
    card.replacementOf = 0;
    card.statusReason.clear();
    const QJsonObject cardJson = JsonCodec::toJson(sampleView(card));
    QVERIFY(cardJson.value(QStringLiteral("replacementOf")).isNull());
    QVERIFY(cardJson.value(QStringLiteral("statusReason")).isNull());
    compareCards(JsonCodec::cardViewFromJson(cardJson)->card, card);
}

void TestJsonCodec::nullOnlyWhereTheContractAllowsIt()
{
    // docs/api/openapi.yaml lets a customer's birth date be null (not every
    // record has one); it round-trips as an invalid date.
    Customer customer = sampleCustomer();
    customer.birthDate = QDate();
    const QJsonObject json = JsonCodec::toJson(customer);
    QVERIFY(json.contains(QStringLiteral("birthDate")));
    QVERIFY(json.value(QStringLiteral("birthDate")).isNull());
    const std::optional<Customer> back = JsonCodec::customerFromJson(json);
    QVERIFY(back);
    compareCustomers(*back, customer);

    // What the contract requires is written as a string even when missing
    // from the record, never as null (the contract test then shows the gap).
    const QJsonObject full = JsonCodec::toJson(sampleCustomer());
    QCOMPARE(full.value(QStringLiteral("nationalIdMasked")).toString(), QStringLiteral("150385-****"));
    QCOMPARE(full.value(QStringLiteral("createdAt")).toString(), QStringLiteral("2020-01-02T03:04:05Z"));
    QCOMPARE(full.value(QStringLiteral("updatedAt")).toString(), QStringLiteral("2026-11-22T09:15:00.250Z"));
    customer.nationalIdMasked.clear();
    customer.createdAt = QDateTime();
    customer.updatedAt = QDateTime();
    const QJsonObject bare = JsonCodec::toJson(customer);
    for (const char *name : {"nationalIdMasked", "createdAt", "updatedAt"})
        QVERIFY2(bare.value(QLatin1StringView(name)).isString(), name);

    Card card = sampleCard();
    QCOMPARE(JsonCodec::toJson(sampleView(card)).value(QStringLiteral("expiry")).toString(), QStringLiteral("2028-05-31"));
    card.expiry = QDate();
    QVERIFY(JsonCodec::toJson(sampleView(card)).value(QStringLiteral("expiry")).isString());

    Transaction transaction = sampleTransaction();
    transaction.cardLast4 = QStringLiteral("******1111");
    QCOMPARE(JsonCodec::toJson(transaction).value(QStringLiteral("cardLast4")).toString(), QStringLiteral("1111"));
    transaction.cardLast4.clear();
    transaction.occurredAt = QDateTime();
    const QJsonObject transactionJson = JsonCodec::toJson(transaction);
    QVERIFY(transactionJson.value(QStringLiteral("cardLast4")).isString());
    QVERIFY(transactionJson.value(QStringLiteral("occurredAt")).isString());

    JsonCodec::Session session;
    session.token = QStringLiteral("t").repeated(43);
    QVERIFY(JsonCodec::toJson(session).value(QStringLiteral("expiresAt")).isString());
    JsonCodec::Change change;
    change.seq = 1;
    QVERIFY(JsonCodec::toJson(change).value(QStringLiteral("at")).isString());
    AuditEntry entry = sampleAudit();
    entry.at = QDateTime();
    QVERIFY(JsonCodec::toJson(entry).value(QStringLiteral("at")).isString());
}

void TestJsonCodec::decodersNameTheBadField_data()
{
    QTest::addColumn<QJsonObject>("json");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("expected");

    QJsonObject card = JsonCodec::toJson(sampleView());
    card.remove(QStringLiteral("id"));
    QTest::addRow("card without id") << card << QStringLiteral("card") << QStringLiteral("card.id is required");
    card = JsonCodec::toJson(sampleView());
    card.insert(QStringLiteral("status"), QStringLiteral("frozen"));
    QTest::addRow("card with unknown status") << card << QStringLiteral("card") << QStringLiteral("card.status");
    card = JsonCodec::toJson(sampleView());
    card.insert(QStringLiteral("version"), QStringLiteral("3"));
    QTest::addRow("version as a string") << card << QStringLiteral("card") << QStringLiteral("card.version must be an integer");
    QJsonObject t = JsonCodec::toJson(sampleTransaction());
    t.insert(QStringLiteral("occurredAt"), QStringLiteral("yesterday"));
    QTest::addRow("transaction time") << t << QStringLiteral("transaction") << QStringLiteral("transaction.occurredAt");
    t = JsonCodec::toJson(sampleTransaction());
    t.insert(QStringLiteral("amount"), QJsonObject{{QStringLiteral("minor"), 5}});
    QTest::addRow("money without currency") << t << QStringLiteral("transaction")
                                            << QStringLiteral("transaction.amount");
    JsonCodec::CustomerView view;
    view.customer = sampleCustomer();
    view.cards = {sampleView()};
    view.holder.customerId = 42;
    QJsonObject details = JsonCodec::toJson(view);
    QJsonArray cards = details.value(QStringLiteral("cards")).toArray();
    QJsonObject broken = cards.at(0).toObject();
    broken.insert(QStringLiteral("bin"), QStringLiteral("41111"));
    cards.replace(0, broken);
    details.insert(QStringLiteral("cards"), cards);
    QTest::addRow("nested card") << details << QStringLiteral("details") << QStringLiteral("customerView.cards[0]");
}

void TestJsonCodec::decodersNameTheBadField()
{
    QFETCH(QJsonObject, json);
    QFETCH(QString, kind);
    QFETCH(QString, expected);
    QString error;
    bool decoded = true;
    if (kind == QLatin1String("card"))
        decoded = JsonCodec::cardViewFromJson(json, &error).has_value();
    else if (kind == QLatin1String("transaction"))
        decoded = JsonCodec::transactionFromJson(json, &error).has_value();
    else
        decoded = JsonCodec::customerViewFromJson(json, &error).has_value();
    QVERIFY(!decoded);
    QVERIFY2(error.contains(expected), qPrintable(error));
    QVERIFY(!JsonCodec::cardViewFromJson(QJsonValue(QStringLiteral("not an object")), &error));
    QCOMPARE(error, QStringLiteral("card must be a JSON object"));
}

void TestJsonCodec::noCodecWritesAFullCardNumber()
{
    const QStringList pans{Pan, PanGrouped};
    for (const QString &pan : pans) {
        const QString text = QStringLiteral("card ") + pan + QStringLiteral(" lost");
        Customer customer = sampleCustomer(text);
        customer.firstName = text;
        customer.contact.city = text;
        Card card = sampleCard(text);
        card.product = text;
        card.statusReason = text;
        Transaction transaction = sampleTransaction(text);
        Account account = sampleAccount();
        account.product = text;
        CustomerSummary summary;
        summary.id = 1;
        summary.customerNumber = pan;
        summary.name = text;
        summary.city = text;
        summary.email = text;
        CardEvent event;
        event.cardId = 1;
        event.at = utc(2026, 1, 1, 0, 0, 0);
        event.reasonText = text;
        AuditEntry audit = sampleAudit(text);
        audit.subject = text;
        Command command = Command::make(QStringLiteral("conversation.reply"), QStringLiteral("conversation:1"),
                                        {{QStringLiteral("body"), text},
                                         {QStringLiteral("parts"), QJsonArray{text}}},
                                        QStringLiteral("aino"));
        JsonCodec::Change change;
        change.seq = 1;
        change.entity = QStringLiteral("card");
        change.entityId = 1;
        change.op = QStringLiteral("update");
        change.at = utc(2026, 1, 1, 0, 0, 0);
        change.data = {{QStringLiteral("note"), text}};
        JsonCodec::Problem problem;
        problem.status = 422;
        problem.code = QStringLiteral("card_number_in_text");
        problem.detail = text;
        problem.errors = {{QStringLiteral("text"), text}};
        problem.extensions = {{QStringLiteral("echo"), text}};
        JsonCodec::AgentProfile agent;
        agent.id = 1;
        agent.agent = {text, text, Agent::RoleAgent};
        JsonCodec::CustomerView view;
        view.customer = customer;
        view.accounts = {account};
        view.cards = {sampleView(card)};
        view.recentTransactions = {transaction};
        view.holder.verification = JsonCodec::VerificationRecord{1, 1, text, {}};
        view.holder.deliveries = QJsonArray{QJsonObject{{QStringLiteral("pickupPoint"), text}}};

        ConversationSummary conversation;
        conversation.id = 1;
        conversation.subject = text;
        conversation.preview = text;
        conversation.customerName = text;
        Message message;
        message.id = 1;
        message.conversationId = 1;
        message.bodyText = text;
        message.bodyHtml = text;
        message.author = text;

        const QList<QJsonObject> written{
            JsonCodec::toJson(conversation),
            JsonCodec::toJson(message),
            JsonCodec::toJson(customer),
            JsonCodec::toJson(sampleView(card)),
            JsonCodec::toJson(transaction),
            JsonCodec::toJson(account),
            JsonCodec::toJson(summary),
            JsonCodec::toJson(event),
            JsonCodec::toJson(audit),
            JsonCodec::toJson(command),
            JsonCodec::toJson(change),
            JsonCodec::toJson(problem),
            JsonCodec::toJson(agent),
            JsonCodec::toJson(view),
        };
        for (const QJsonObject &json : written) {
            const QString serialised = QString::fromUtf8(compact(json));
            QVERIFY2(!CardNumber::containsCardNumber(serialised), qPrintable(serialised));
            QVERIFY2(!serialised.contains(pan), qPrintable(serialised));
            // The masked form is there instead: the text was kept, not dropped.
            QVERIFY2(serialised.contains(pan.left(4)), qPrintable(serialised));
        }
    }
}

QTEST_GUILESS_MAIN(TestJsonCodec)
#include "tst_jsoncodec.moc"
