#include "demodatagenerator.h"

#include "customersearchdocument.h"
#include "democonversations.h"
#include "demorandom.h"
#include "demowords.h"

#include "domain/alert.h"
#include "domain/contactvalidator.h"
#include "domain/fraudrules.h"
#include "domain/nationalid.h"
#include "domain/searchtext.h"
#include "domain/transactionstatusnames.h"

#include <QJsonDocument>
#include <QList>
#include <QSqlDriver>
#include <QStringList>
#include <QVariant>

#include <sqlite3.h>

#include <algorithm>
#include <array>

namespace {

using namespace DemoWords;

// --- deterministic randomness ----------------------------------------------

/// Each customer's own stream (see DemoRandom).
class Random : public DemoRandom
{
public:
    Random(quint64 seed, quint64 stream)
        : DemoRandom(seed, stream, DemoRandom::CustomerSalt)
    {
    }
};

/// Cumulative weights; pick() is a binary search.
class WeightedTable
{
public:
    void add(int weight)
    {
        m_total += std::max(weight, 0);
        m_cumulative.append(m_total);
    }

    int pick(DemoRandom &random) const
    {
        const int r = random.below(m_total);
        const auto it = std::upper_bound(m_cumulative.cbegin(), m_cumulative.cend(), r);
        return int(it - m_cumulative.cbegin());
    }

    bool isEmpty() const { return m_total == 0; }

private:
    QList<int> m_cumulative;
    int m_total = 0;
};

// --- formatting without QDateTime or QString::arg ---------------------------

void putDigits(char16_t *out, int value, int width)
{
    for (int i = width - 1; i >= 0; --i) {
        out[i] = char16_t(u'0' + value % 10);
        value /= 10;
    }
}

void putDate(char16_t *out, const QDate &date)
{
    int y = 0;
    int m = 0;
    int d = 0;
    date.getDate(&y, &m, &d);
    putDigits(out, y, 4);
    out[4] = u'-';
    putDigits(out + 5, m, 2);
    out[7] = u'-';
    putDigits(out + 8, d, 2);
}

QString fromBuffer(const char16_t *buffer, int length)
{
    return QString(reinterpret_cast<const QChar *>(buffer), length);
}

/// "yyyy-MM-dd"
QString isoDate(const QDate &date)
{
    char16_t buffer[10];
    putDate(buffer, date);
    return fromBuffer(buffer, 10);
}

/// "yyyy-MM"
QString yearMonth(const QDate &date)
{
    char16_t buffer[10];
    putDate(buffer, date);
    return fromBuffer(buffer, 7);
}

void putTime(char16_t *out, int secondsOfDay)
{
    out[0] = u'T';
    putDigits(out + 1, secondsOfDay / 3600, 2);
    out[3] = u':';
    putDigits(out + 4, secondsOfDay / 60 % 60, 2);
    out[6] = u':';
    putDigits(out + 7, secondsOfDay % 60, 2);
    out[9] = u'Z';
}

/// "yyyy-MM-ddTHH:mm:ssZ"; @p secondsOfDay is UTC and may spill into the
/// previous or next day.
QString isoTimestamp(QDate date, int secondsOfDay)
{
    while (secondsOfDay < 0) {
        secondsOfDay += 86400;
        date = date.addDays(-1);
    }
    while (secondsOfDay >= 86400) {
        secondsOfDay -= 86400;
        date = date.addDays(1);
    }
    char16_t buffer[20];
    putDate(buffer, date);
    putTime(buffer + 10, secondsOfDay);
    return fromBuffer(buffer, 20);
}

QString text(const char16_t *literal)
{
    return QStringView(literal).toString();
}

/// Lower-case ASCII for e-mail local parts: SearchText::fold, then only
/// a-z, 0-9 and '-' are kept.
QString asciiWord(QStringView name)
{
    const QString folded = SearchText::fold(name);
    QString out;
    out.reserve(folded.size());
    for (const QChar c : folded) {
        const char16_t u = c.unicode();
        if ((u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9') || u == u'-')
            out += c;
    }
    return out;
}

/// Upper-case ASCII for embossing: letters, digits, space, '-'.
QString embossWord(QStringView name)
{
    const QString folded = SearchText::fold(name);
    QString out;
    out.reserve(folded.size());
    for (const QChar c : folded) {
        const char16_t u = c.unicode();
        if (u >= u'a' && u <= u'z')
            out += QChar(char16_t(u - u'a' + u'A'));
        else if ((u >= u'0' && u <= u'9') || u == u'-' || u == u' ')
            out += c;
    }
    return out;
}

// --- prepared word pools ------------------------------------------------------

struct NameEntry
{
    QString text;
    QString fold;     ///< SearchText::fold(text)
    QString ascii;    ///< e-mail form
    QString emboss;   ///< embossing form
};

struct NamePool
{
    QList<NameEntry> entries;
    WeightedTable weights;

    void load(WordList list)
    {
        for (int i = 0; i < list.count; ++i) {
            const QString name = text(list.items[i].text);
            entries.append({name, SearchText::fold(name), asciiWord(name), embossWord(name)});
            weights.add(list.items[i].weight);
        }
    }

    const NameEntry &pick(Random &random) const { return entries.at(weights.pick(random)); }
};

struct CultureNames
{
    NamePool female;
    NamePool male;
    NamePool surnames;
};

struct CityEntry
{
    QString country;
    QString name;
    QStringList postcodes;
    QStringList streets;
};

struct MerchantEntry
{
    QString name;
    QString mcc;
    QString country;
    bool online = false;
    int minEuroCents = 0;
    int maxEuroCents = 0;
};

struct MerchantPool
{
    QList<int> merchants;   ///< indices into Pools::merchants
    WeightedTable weights;
};

enum CountryIndex {
    FI,
    SE,
    NO,
    HomeCountryCount
};

/// Currency: code, minor units per 100 euro cents, rounding for cash.
struct CurrencyEntry
{
    QString code;
    int perEuro;        ///< minor units for 100 euro cents
    int cashStep;       ///< ATM withdrawals are multiples of this (minor units)
};

enum CurrencyIndex {
    EUR,
    SEK,
    NOK,
    USD,
    GBP,
    THB,
    CurrencyCount
};

struct ProductEntry
{
    QString name;
    QString bin[HomeCountryCount];
    int minLimit;
    int maxLimit;
    int step;
    bool premium;
};

struct BenefitEntry
{
    QString code;
    QString description;
    int validDays;
    bool premium;
};

struct Pools
{
    CultureNames cultures[4];
    QList<CityEntry> cities;
    WeightedTable cityWeights[HomeCountryCount];
    QList<int> cityIndex[HomeCountryCount];
    WeightedTable swedishSpeakerCityWeights;   ///< among Finnish cities
    QList<MerchantEntry> merchants;
    QStringList merchantCountries;             ///< countries with a domestic pool
    QList<MerchantPool> domesticPools;         ///< parallel to merchantCountries
    MerchantPool onlinePool;
    QList<CurrencyEntry> currencies;
    QList<ProductEntry> products;
    QList<BenefitEntry> benefits;
    QList<QString> emailDomains[HomeCountryCount];
    WeightedTable emailDomainWeights[HomeCountryCount];
    QString countryCode[HomeCountryCount];
    QString languageCode[4];                   ///< fi, sv, nb, en

    void load();
    int poolOf(QStringView country) const { return int(merchantCountries.indexOf(country)); }
    int currencyOfCountry(QStringView country) const;
};

int Pools::currencyOfCountry(QStringView country) const
{
    if (country == u"SE")
        return SEK;
    if (country == u"NO")
        return NOK;
    if (country == u"US")
        return USD;
    if (country == u"GB")
        return GBP;
    if (country == u"TH")
        return THB;
    return EUR;
}

void Pools::load()
{
    countryCode[FI] = QStringLiteral("FI");
    countryCode[SE] = QStringLiteral("SE");
    countryCode[NO] = QStringLiteral("NO");
    languageCode[0] = QStringLiteral("fi");
    languageCode[1] = QStringLiteral("sv");
    languageCode[2] = QStringLiteral("nb");
    languageCode[3] = QStringLiteral("en");

    const Culture all[] = {Culture::Finnish, Culture::FinlandSwedish, Culture::Swedish, Culture::Norwegian};
    for (int i = 0; i < 4; ++i) {
        cultures[i].female.load(femaleFirstNames(all[i]));
        cultures[i].male.load(maleFirstNames(all[i]));
        cultures[i].surnames.load(surnames(all[i]));
    }

    const CityList cityList = DemoWords::cities();
    for (int i = 0; i < cityList.count; ++i) {
        const City &c = cityList.items[i];
        CityEntry entry;
        entry.country = text(c.country);
        entry.name = text(c.name);
        for (int p = 0; p < c.postcodes.count; ++p) {
            const QString raw = text(c.postcodes.items[p]);
            const QString normalized = ContactValidator::normalizePostcode(raw, entry.country);
            entry.postcodes.append(normalized.isEmpty() ? raw : normalized);
        }
        for (int s = 0; s < c.streets.count; ++s)
            entry.streets.append(text(c.streets.items[s]));
        const int country = entry.country == u"SE" ? SE : entry.country == u"NO" ? NO : FI;
        cityIndex[country].append(int(cities.size()));
        cityWeights[country].add(c.weight);
        if (country == FI)
            swedishSpeakerCityWeights.add(c.swedishWeight);
        cities.append(entry);
    }

    const MerchantList merchantList = DemoWords::merchants();
    for (int i = 0; i < merchantList.count; ++i) {
        const Merchant &m = merchantList.items[i];
        MerchantEntry entry{text(m.name), text(m.mcc), text(m.country),
                            m.scope == MerchantScope::Online, m.minEuroCents, m.maxEuroCents};
        MerchantPool *pool = &onlinePool;
        if (!entry.online) {
            int p = poolOf(entry.country);
            if (p < 0) {
                merchantCountries.append(entry.country);
                domesticPools.append(MerchantPool());
                p = int(merchantCountries.size()) - 1;
            }
            pool = &domesticPools[p];
        }
        pool->merchants.append(int(merchants.size()));
        pool->weights.add(m.weight);
        merchants.append(entry);
    }

    currencies = {
        {QStringLiteral("EUR"), 100, 1000},
        {QStringLiteral("SEK"), 1150, 10000},
        {QStringLiteral("NOK"), 1170, 10000},
        {QStringLiteral("USD"), 108, 2000},
        {QStringLiteral("GBP"), 86, 1000},
        {QStringLiteral("THB"), 3850, 100000},
    };

    const CardProductList productList = cardProducts();
    for (int i = 0; i < productList.count; ++i) {
        const CardProduct &p = productList.items[i];
        products.append({text(p.name), {text(p.binFi), text(p.binSe), text(p.binNo)},
                         p.minLimitEuro, p.maxLimitEuro, p.stepEuro, p.premium});
    }

    const BenefitList benefitList = benefitCodes();
    for (int i = 0; i < benefitList.count; ++i) {
        const BenefitCode &b = benefitList.items[i];
        const QString code = text(b.code);
        benefits.append({code, text(b.description), b.validDays,
                         code.startsWith(u"PLAT") || code.startsWith(u"LOUNGE")
                             || code.startsWith(u"CREDITLIFT")});
    }

    const EmailDomainList domainList = DemoWords::emailDomains();
    for (int i = 0; i < domainList.count; ++i) {
        const EmailDomain &d = domainList.items[i];
        const QStringView country(d.country);
        for (int c = 0; c < HomeCountryCount; ++c) {
            if (country.isEmpty() || country == countryCode[c]) {
                emailDomains[c].append(text(d.domain));
                emailDomainWeights[c].add(d.weight);
            }
        }
    }
}

// --- the plan of one customer ---------------------------------------------

enum class CardScenario {
    Active,
    Locked,
    Blocked,
    Expired,
    Inactive
};

enum Language {
    LangFi,
    LangSv,
    LangNb,
    LangEn
};

struct AccountSpec
{
    int product = 0;
    CardScenario scenario = CardScenario::Active;
    QString reason;             ///< for Blocked: lost, stolen, damaged, fraud
    bool overdue = false;
    int eventDaysAgo = -1;      ///< lock, block or (for Expired) unused; -1: random
    QString last4;              ///< fixed for showcase customers
    QString replacementLast4;
};

struct CardPlan
{
    qint64 id = 0;
    qint64 accountId = 0;
    int product = 0;
    QString last4;
    QString status;
    QString reason;             ///< why it is locked or closed
    QString replacementReason;  ///< why it replaced replacementOf
    QString expiry;             ///< yyyy-MM
    QString issuedAt;
    qint64 replacementOf = 0;
    bool online = true;
    bool abroad = true;
    bool contactless = true;
    bool atm = true;
    int txFrom = 1;             ///< window day indices, inclusive; empty when from > to
    int txTo = 0;
    int declineFrom = 1;        ///< days on which attempts are declined
    int declineTo = 0;
};

struct AccountPlan
{
    qint64 id = 0;
    int product = 0;
    int currency = EUR;
    QString accountNumber;
    QString openedAt;
    QDate opened;
    qint64 limitMinor = 0;
    qint64 balanceMinor = 0;
    qint64 minimumDueMinor = 0;
    QDate dueDate;
    bool overdue = false;
    int firstCard = 0;          ///< indices into CustomerPlan::cards
    int cardCount = 0;
};

struct TransactionPlan
{
    int card = 0;               ///< index into CustomerPlan::cards
    int day = 0;                ///< 0 = first day of the window
    int seconds = 0;            ///< UTC seconds of that day
    int merchant = 0;
    int currency = EUR;
    qint64 amountMinor = 0;
    const QString *status = nullptr;
    const QString *dispute = nullptr;
    int sequence = 0;
    bool planted = false;       ///< a fraud pattern, not the customer's everyday spending
};

struct BenefitPlan
{
    int benefit = 0;
    QDate validUntil;
};

struct CustomerPlan
{
    qint64 id = 0;
    int country = FI;
    int language = LangFi;
    bool female = false;
    QString firstName;
    QString lastName;
    QString firstFold;
    QString lastFold;
    QString emboss;
    QDate birthDate;
    QString nationalId;
    QString phone;
    QString email;
    QString street;
    QString postcode;
    QString city;
    int tier = 0;
    bool consentMarketing = false;
    bool consentSms = false;
    QDate created;
    QString createdAt;
    QString updatedAt;
    QList<AccountSpec> specs;
    QList<AccountPlan> accounts;
    QList<CardPlan> cards;
    QList<BenefitPlan> benefits;
    QList<TransactionPlan> transactions;
};

// --- SQLite statements -------------------------------------------------------
// The fill talks to SQLite through the C API on the connection's own handle:
// QSqlResult::bindValue() builds a placeholder name and hashes it for every
// bound value, which cost more than SQLite's own work (measured: 48 % of a
// fill with QSqlQuery).

/// A prepared statement, reused for every row: bind, step, reset.
class Statement
{
public:
    Statement() = default;
    ~Statement() { sqlite3_finalize(m_statement); }

    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    /// Prepares @p sql on @p db; with a null @p db only finalizes.
    bool prepare(sqlite3 *db, const char *sql)
    {
        sqlite3_finalize(m_statement);
        m_statement = nullptr;
        if (!db)
            return true;
        return sqlite3_prepare_v2(db, sql, -1, &m_statement, nullptr) == SQLITE_OK;
    }

    void bind(int column, qint64 value) { sqlite3_bind_int64(m_statement, column, value); }

    /// The text is kept (implicitly shared, no copy) until the next bind of @p column.
    void bind(int column, QString value)
    {
        QString &kept = m_kept[size_t(column)];
        kept = std::move(value);
        sqlite3_bind_text16(m_statement, column, kept.utf16(), int(kept.size() * 2), SQLITE_STATIC);
    }

    void bindNull(int column) { sqlite3_bind_null(m_statement, column); }

    void bindOptional(int column, const QString &value)
    {
        if (value.isEmpty())
            bindNull(column);
        else
            bind(column, value);
    }

    /// Runs the statement once; false on error (the message is in the handle).
    bool step()
    {
        const int rc = sqlite3_step(m_statement);
        sqlite3_reset(m_statement);
        return rc == SQLITE_DONE || rc == SQLITE_ROW;
    }

    sqlite3_stmt *handle() const { return m_statement; }

private:
    sqlite3_stmt *m_statement = nullptr;
    std::array<QString, 24> m_kept;
};

// --- the run ----------------------------------------------------------------

constexpr int WindowDays = 90;
constexpr int ChunkCustomers = 5000;
constexpr int ShowcaseCustomers = 8;
/// Customers with a planted fraud pattern, per mille (never a showcase customer).
constexpr int PlantedFraudPerMille = 8;
/// Besides those, every ScreenedSampleEvery-th customer's last days are screened too,
/// as the rules would screen anyone's: they raise nothing on everyday spending.
constexpr int ScreenedSampleEvery = 50;
/// The last days of the window that are screened as incoming.
constexpr int IncomingDays = 3;

/// The fraud patterns planted in the demo, one per rule (FraudRules::Rule).
enum class FraudPattern {
    AmountAboveUsual,
    NightHours,
    NewCountry,
    RapidSeries,
    CardNotPresentHighRisk,
    Count
};

/// Merchants only fraud uses: none of them is in an everyday pool.
struct FraudMerchantWord
{
    const char16_t *name;
    const char16_t *mcc;
    const char16_t *country;
    bool online;
    int minEuroCents;
    int maxEuroCents;
    FraudPattern pattern;
};

const FraudMerchantWord fraudMerchantWords[] = {
    {u"ELEKTRO-DISCOUNT24.DE", u"5732", u"DE", true, 180000, 420000, FraudPattern::AmountAboveUsual},
    {u"LUXWATCH-OUTLET.COM", u"5944", u"GB", true, 150000, 390000, FraudPattern::AmountAboveUsual},
    {u"ATM Bucuresti Unirii", u"6011", u"RO", false, 30000, 80000, FraudPattern::NewCountry},
    {u"Fast Shop Sao Paulo", u"5732", u"BR", false, 40000, 120000, FraudPattern::NewCountry},
    {u"Kapalicarsi Kuyumcu Istanbul", u"5944", u"TR", false, 50000, 150000, FraudPattern::NewCountry},
    {u"GIFTCARDS-EU.COM", u"5999", u"LT", true, 100, 25000, FraudPattern::RapidSeries},
    {u"LUCKYSPIN CASINO", u"7995", u"MT", true, 5000, 90000, FraudPattern::CardNotPresentHighRisk},
    {u"COINVAULT EXCHANGE", u"6051", u"EE", true, 10000, 150000, FraudPattern::CardNotPresentHighRisk},
    {u"QUICKREMIT TRANSFER", u"4829", u"GB", true, 20000, 100000, FraudPattern::CardNotPresentHighRisk},
    {u"GEMSTORE DIGITAL", u"5816", u"CY", true, 2000, 30000, FraudPattern::CardNotPresentHighRisk},
};

class Run
{
public:
    Run(const DemoDataGenerator::Options &options, QSqlDatabase db, int windowDays = WindowDays);

    /// The everyday spending of customers firstId … (no database needed).
    QList<DemoDataGenerator::Spending> everydaySpending(qint64 firstId, int count);

    bool execute(const DemoDataGenerator::Progress &progress, QString *error);
    bool executeInbox(const DemoDataGenerator::Progress &progress, QString *error);

private:
    QString attachHandle();
    void setBulkPragmas();
    void restorePragmas();
    DemoConversations::Options conversationOptions() const;
    bool deleteInbox();
    bool prepare(Statement &statement, const char *sql);
    bool step(Statement &statement);
    bool execSql(const char *sql);
    bool execSql(const QString &sql);
    QString pragmaValue(const QString &name);
    bool insertAgents();
    bool insertMeta();
    bool insertCustomer(const CustomerPlan &c);
    bool insertCardHistory(const CustomerPlan &c);

    void planCustomer(qint64 id, CustomerPlan &c);
    void planIdentity(Random &random, CustomerPlan &c);
    void planShowcase(CustomerPlan &c);
    void planAccounts(Random &random, CustomerPlan &c);
    void planBenefits(Random &random, CustomerPlan &c);
    void planTransactions(Random &random, CustomerPlan &c);
    void plantFraud(CustomerPlan &c);
    void loadPools();
    void addAccount(Random &random, CustomerPlan &c, const AccountSpec &spec);
    QString phoneNumber(Random &random, int country) const;
    QString emailAddress(Random &random, const CustomerPlan &c, const NameEntry &first,
                         const NameEntry &last) const;
    QString streetAddress(Random &random, int country, const CityEntry &city) const;
    qint64 amountFor(Random &random, const MerchantEntry &merchant, int currency) const;
    int dayIndex(const QDate &date) const;
    QString timestamp(Random &random, const QDate &date, int country) const;
    const QString &entryModeOf(const MerchantEntry &merchant, const TransactionPlan &tx) const;
    Transaction transactionOf(const CustomerPlan &c, const TransactionPlan &tx, qint64 id) const;
    /// Whether the rules screen customer @p id's last days (planted fraud, or the sample).
    bool isScreened(qint64 id) const;
    /// Runs the fraud rules over the customer's last IncomingDays days as
    /// written to the database, against the rest; raises an alert for what they find.
    bool screenCustomer(qint64 id, const QString &homeCountry, const QString &language,
                        DemoConversations &conversations);

    DemoDataGenerator::Options m_options;
    QSqlDatabase m_db;
    sqlite3 *m_handle = nullptr;
    Pools m_pools;
    QDate m_windowStart;
    int m_windowDays = WindowDays;
    int m_transactionsPerCustomer = 25;
    qint64 m_nextAccountId = 1;
    qint64 m_nextCardId = 1;
    qint64 m_nextTransactionId = 1;
    qint64 m_nextBenefitId = 1;
    QString m_error;
    struct Pragma
    {
        const char *name;
        const char *bulkValue;
        QString previous;
    };
    // Bulk-load settings for the fill only; the previous values come back
    // after. CHECK constraints are skipped while filling: SQLite evaluates
    // each "x IN (...)" of more than two values through a temporary b-tree
    // built for every inserted row, which doubled the time of a fill. The
    // data satisfies them; the test proves it with PRAGMA integrity_check.
    Pragma m_pragmas[4] = {
        {"synchronous", "OFF", QString()},
        {"cache_size", "-131072", QString()},
        {"ignore_check_constraints", "ON", QString()},
        {"wal_autocheckpoint", "16384", QString()},
    };

    Statement m_insertCustomer;
    Statement m_insertBenefit;
    Statement m_insertAccount;
    Statement m_insertCard;
    Statement m_insertTransaction;
    Statement m_insertSearch;
    Statement m_insertCardEvent;
    Statement m_readTransactions;
    QList<int> m_fraudMerchants[int(FraudPattern::Count)];   ///< indices into Pools::merchants
    FraudRules m_fraudRules = FraudRules::defaults();

    QString m_statusPosted = QStringLiteral("posted");
    QString m_statusPending = QStringLiteral("pending");
    QString m_statusDeclined = QStringLiteral("declined");
    QString m_statusReversed = QStringLiteral("reversed");
    QString m_disputeOpen = QStringLiteral("open");
    QString m_disputeWon = QStringLiteral("won");
    QString m_disputeLost = QStringLiteral("lost");
    QString m_tierNames[4] = {QStringLiteral("basic"), QStringLiteral("silver"),
                              QStringLiteral("gold"), QStringLiteral("platinum")};
    QString m_cardActive = QStringLiteral("active");
    QString m_cardLocked = QStringLiteral("locked");
    QString m_cardClosed = QStringLiteral("closed");
    QString m_entryOnline = QStringLiteral("online");
    QString m_entryAtm = QStringLiteral("atm");
    QString m_entryContactless = QStringLiteral("contactless");
    QString m_entryChip = QStringLiteral("chip");
    QString m_cardPendingActivation = QStringLiteral("pending_activation");
    QString m_accountOpen = QStringLiteral("open");
    QString m_accountOverdue = QStringLiteral("overdue");
    QList<std::array<char16_t, 10>> m_windowDates;
};

Run::Run(const DemoDataGenerator::Options &options, QSqlDatabase db, int windowDays)
    : m_options(options)
    , m_db(db)
    , m_windowDays(std::max(windowDays, IncomingDays + 1))
{
    if (!m_options.referenceDate.isValid())
        m_options.referenceDate = QDate(2026, 11, 22);
    m_windowStart = m_options.referenceDate.addDays(-(m_windowDays - 1));
    m_windowDates.resize(m_windowDays);
    for (int d = 0; d < m_windowDays; ++d)
        putDate(m_windowDates[d].data(), m_windowStart.addDays(d));
    m_transactionsPerCustomer = DemoDataGenerator::transactionsPerCustomer(m_options.customers);
}

bool Run::prepare(Statement &statement, const char *sql)
{
    if (statement.prepare(m_handle, sql))
        return true;
    m_error = QString::fromUtf8(sqlite3_errmsg(m_handle)) + QStringLiteral(" [")
            + QString::fromUtf8(sql) + QLatin1Char(']');
    return false;
}

bool Run::step(Statement &statement)
{
    if (statement.step())
        return true;
    m_error = QString::fromUtf8(sqlite3_errmsg(m_handle));
    return false;
}

bool Run::execSql(const char *sql)
{
    char *message = nullptr;
    if (sqlite3_exec(m_handle, sql, nullptr, nullptr, &message) == SQLITE_OK)
        return true;
    m_error = QString::fromUtf8(message ? message : sqlite3_errmsg(m_handle)) + QStringLiteral(" [")
            + QString::fromUtf8(sql) + QLatin1Char(']');
    sqlite3_free(message);
    return false;
}

bool Run::execSql(const QString &sql)
{
    return execSql(sql.toUtf8().constData());
}

QString Run::pragmaValue(const QString &name)
{
    Statement statement;
    if (!statement.prepare(m_handle, (QStringLiteral("PRAGMA ") + name).toUtf8().constData()))
        return QString();
    if (sqlite3_step(statement.handle()) != SQLITE_ROW)
        return QString();
    return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement.handle(), 0)));
}

void Run::loadPools()
{
    m_pools.load();
    for (const FraudMerchantWord &word : fraudMerchantWords) {
        m_fraudMerchants[int(word.pattern)].append(int(m_pools.merchants.size()));
        m_pools.merchants.append({text(word.name), text(word.mcc), text(word.country), word.online,
                                  word.minEuroCents, word.maxEuroCents});
    }
}

bool Run::isScreened(qint64 id) const
{
    if (id <= ShowcaseCustomers)
        return false;
    DemoRandom plant(m_options.seed, quint64(id), DemoRandom::FraudSalt);
    return plant.perMille(PlantedFraudPerMille) || id % ScreenedSampleEvery == 0;
}

void Run::plantFraud(CustomerPlan &c)
{
    // Its own stream: the customer's everyday data is the same with or without it.
    DemoRandom plant(m_options.seed, quint64(c.id), DemoRandom::FraudSalt);
    if (c.id <= ShowcaseCustomers || !plant.perMille(PlantedFraudPerMille))
        return;
    // The card in use for the last two months.
    int cardIndex = -1;
    for (int i = 0; i < c.cards.size() && cardIndex < 0; ++i) {
        const CardPlan &card = c.cards.at(i);
        if (card.status == m_cardActive && card.txTo == m_windowDays - 1 && card.txFrom <= m_windowDays - 60
            && card.online && card.abroad)
            cardIndex = i;
    }
    if (cardIndex < 0)
        return;

    // The customer's usual, in euro cents.
    QList<qint64> euroCents;
    for (const TransactionPlan &tx : std::as_const(c.transactions)) {
        if (!tx.planted && tx.status != &m_statusDeclined && tx.status != &m_statusReversed)
            euroCents.append(tx.amountMinor * 100 / m_pools.currencies.at(tx.currency).perEuro);
    }
    std::sort(euroCents.begin(), euroCents.end());
    auto pattern = FraudPattern(plant.below(int(FraudPattern::Count)));
    if (euroCents.size() < 30 && (pattern == FraudPattern::AmountAboveUsual || pattern == FraudPattern::NightHours))
        pattern = plant.percent(50) ? FraudPattern::RapidSeries : FraudPattern::CardNotPresentHighRisk;

    // Yesterday or the day before: before the inbox's reference moment.
    const int day = m_windowDays - 1 - plant.between(1, 2);
    const int homeOffset = c.country == FI ? 7200 : 3600;
    const int homeCurrency = c.accounts.first().currency;
    const MerchantPool &homePool = m_pools.domesticPools.at(m_pools.poolOf(m_pools.countryCode[c.country]));
    int sequence = int(c.transactions.size());
    const auto add = [&](int merchantIndex, int utcSeconds, qint64 euroCentsAmount, bool declined) {
        const MerchantEntry &merchant = m_pools.merchants.at(merchantIndex);
        TransactionPlan tx;
        tx.card = cardIndex;
        tx.day = day;
        tx.seconds = std::clamp(utcSeconds, 0, 86399);
        tx.merchant = merchantIndex;
        tx.currency = merchant.online ? homeCurrency : m_pools.currencyOfCountry(merchant.country);
        tx.amountMinor = std::max<qint64>(1, euroCentsAmount * m_pools.currencies.at(tx.currency).perEuro / 100);
        tx.status = declined ? &m_statusDeclined : day >= m_windowDays - 2 ? &m_statusPending : &m_statusPosted;
        tx.sequence = sequence++;
        tx.planted = true;
        c.transactions.append(tx);
    };
    const auto fraudMerchant = [&](FraudPattern p) {
        const QList<int> &list = m_fraudMerchants[int(p)];
        return list.at(plant.below(int(list.size())));
    };
    const auto amountAt = [&](int merchantIndex) {
        const MerchantEntry &m = m_pools.merchants.at(merchantIndex);
        return qint64(plant.between(m.minEuroCents, m.maxEuroCents));
    };

    switch (pattern) {
    case FraudPattern::AmountAboveUsual: {
        // Far above their usual and their largest purchase.
        const int merchant = fraudMerchant(pattern);
        const qint64 p90 = euroCents.at((euroCents.size() * 9 + 9) / 10 - 1);
        const qint64 amount = std::max({amountAt(merchant), 12 * p90, 2 * euroCents.constLast()});
        add(merchant, plant.between(10 * 3600, 21 * 3600) - homeOffset, amount, false);
        break;
    }
    case FraudPattern::NightHours: {
        // At a self-service pump or ATM at home, between two and four at night.
        int merchant = homePool.merchants.at(homePool.weights.pick(plant));
        for (int tries = 0; tries < 50; ++tries) {
            const QString &mcc = m_pools.merchants.at(merchant).mcc;
            if (mcc == u"5542" || mcc == u"6011")
                break;
            merchant = homePool.merchants.at(homePool.weights.pick(plant));
        }
        add(merchant, plant.between(2 * 3600 + 900, 3 * 3600 + 3000) - homeOffset,
            std::max<qint64>(amountAt(merchant), 4000), false);
        break;
    }
    case FraudPattern::NewCountry: {
        // The customer at home, and a copy of the card far away an hour or two later.
        const int local = homePool.merchants.at(homePool.weights.pick(plant));
        const int at = plant.between(9 * 3600, 14 * 3600) - homeOffset;
        add(local, at, amountAt(local), false);
        const int away = fraudMerchant(pattern);
        add(away, at + plant.between(40 * 60, 150 * 60), amountAt(away), false);
        break;
    }
    case FraudPattern::RapidSeries: {
        // Card testing: small declined attempts, then purchases, within minutes.
        const int merchant = fraudMerchant(pattern);
        int at = plant.between(10 * 3600, 20 * 3600) - homeOffset;
        const int count = plant.between(5, 7);
        const int declined = plant.between(2, 3);
        for (int i = 0; i < count; ++i) {
            add(merchant, at, i < declined ? plant.between(100, 500) : plant.between(2000, 25000), i < declined);
            at += plant.between(20, 80);
        }
        break;
    }
    case FraudPattern::CardNotPresentHighRisk: {
        const int merchant = fraudMerchant(pattern);
        add(merchant, plant.between(10 * 3600, 22 * 3600) - homeOffset, amountAt(merchant), false);
        break;
    }
    case FraudPattern::Count:
        break;
    }
}

const QString &Run::entryModeOf(const MerchantEntry &merchant, const TransactionPlan &tx) const
{
    // How the card was used, from the merchant (no draw: the rest of the data stays as it was).
    const qint64 contactlessLimit = tx.currency == EUR ? 5000 : 50000;
    return merchant.online                       ? m_entryOnline
           : merchant.mcc == QLatin1StringView("6011") ? m_entryAtm
           : tx.amountMinor <= contactlessLimit  ? m_entryContactless
                                                 : m_entryChip;
}

Transaction Run::transactionOf(const CustomerPlan &c, const TransactionPlan &tx, qint64 id) const
{
    const MerchantEntry &merchant = m_pools.merchants.at(tx.merchant);
    Transaction t;
    t.id = id;
    t.cardId = c.cards.at(tx.card).id;
    t.cardLast4 = c.cards.at(tx.card).last4;
    t.occurredAt = QDateTime(m_windowStart.addDays(tx.day), QTime(0, 0), Qt::UTC).addSecs(tx.seconds);
    t.amount = {tx.amountMinor, m_pools.currencies.at(tx.currency).code};
    t.merchant = merchant.name;
    t.mcc = merchant.mcc;
    t.country = merchant.country;
    t.status = tx.status == &m_statusPending    ? TransactionStatus::Pending
               : tx.status == &m_statusDeclined ? TransactionStatus::Declined
               : tx.status == &m_statusReversed ? TransactionStatus::Reversed
                                                : TransactionStatus::Posted;
    t.disputeStatus = tx.dispute ? *tx.dispute : QString();
    t.entryMode = entryModeOf(merchant, tx);
    return t;
}

QList<DemoDataGenerator::Spending> Run::everydaySpending(qint64 firstId, int count)
{
    loadPools();
    QList<DemoDataGenerator::Spending> result;
    result.reserve(count);
    CustomerPlan plan;
    for (qint64 id = firstId; id < firstId + count; ++id) {
        planCustomer(id, plan);
        DemoDataGenerator::Spending spending;
        spending.customerId = id;
        spending.homeCountry = m_pools.countryCode[plan.country];
        qint64 n = 0;
        for (const TransactionPlan &tx : std::as_const(plan.transactions)) {
            if (!tx.planted)
                spending.transactions.append(transactionOf(plan, tx, ++n));
        }
        std::stable_sort(spending.transactions.begin(), spending.transactions.end(),
                         [](const Transaction &a, const Transaction &b) { return a.occurredAt < b.occurredAt; });
        result.append(spending);
    }
    return result;
}

bool Run::screenCustomer(qint64 id, const QString &homeCountry, const QString &language,
                         DemoConversations &conversations)
{
    if (!m_readTransactions.handle()
        && !prepare(m_readTransactions,
                    "SELECT t.id, t.card_id, c.last4, t.occurred_at, t.amount_minor, t.currency, t.merchant, t.mcc,"
                    " t.country, t.status, t.entry_mode FROM transactions t JOIN cards c ON c.id = t.card_id"
                    " WHERE c.customer_id = ? ORDER BY t.occurred_at, t.id"))
        return false;
    sqlite3_stmt *q = m_readTransactions.handle();
    sqlite3_bind_int64(q, 1, id);
    const auto column = [q](int i) {
        return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(q, i)));
    };
    const QDateTime incomingFrom(m_options.referenceDate.addDays(-(IncomingDays - 1)), QTime(0, 0), Qt::UTC);
    QList<Transaction> history;
    QList<Transaction> incoming;
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
        Transaction t;
        t.id = sqlite3_column_int64(q, 0);
        t.cardId = sqlite3_column_int64(q, 1);
        t.cardLast4 = column(2);
        t.occurredAt = QDateTime::fromString(column(3), Qt::ISODate);
        t.amount = {sqlite3_column_int64(q, 4), column(5)};
        t.merchant = column(6);
        t.mcc = column(7);
        t.country = column(8);
        t.status = TransactionStatusNames::fromName(column(9));
        t.entryMode = column(10);
        (t.occurredAt >= incomingFrom ? incoming : history).append(t);
    }
    sqlite3_reset(q);
    if (rc != SQLITE_DONE) {
        m_error = QString::fromUtf8(sqlite3_errmsg(m_handle));
        return false;
    }
    const QList<FraudRules::Finding> findings = m_fraudRules.screen(homeCountry, history, incoming);
    if (findings.isEmpty())
        return true;
    // The alert is about the card of the latest evidence.
    const Transaction *latest = &findings.constFirst().evidence.constLast();
    for (const FraudRules::Finding &f : findings) {
        if (latest->occurredAt < f.evidence.constLast().occurredAt)
            latest = &f.evidence.constLast();
    }
    DemoConversations::Alert alert;
    alert.customerId = id;
    alert.cardId = latest->cardId;
    alert.language = language;
    alert.subject = Alert::subjectText(findings, latest->cardLast4);
    alert.body = Alert::evidenceText(findings, latest->cardLast4);
    QList<AlertFinding> stored;
    for (const FraudRules::Finding &f : findings)
        stored << AlertFinding::of(f);
    Alert record;
    record.findings = stored;
    alert.rules = record.ruleNames();
    alert.findingsJson = QString::fromUtf8(QJsonDocument(Alert::findingsToJson(stored)).toJson(QJsonDocument::Compact));
    alert.transactionIds = record.transactionIds();
    return conversations.addAlert(alert, &m_error);
}

int Run::dayIndex(const QDate &date) const
{
    return int(m_windowStart.daysTo(date));
}

QString Run::timestamp(Random &random, const QDate &date, int country) const
{
    const int utcOffset = country == FI ? 7200 : 3600;
    return isoTimestamp(date, random.between(8 * 3600, 17 * 3600) - utcOffset);
}

QString Run::phoneNumber(Random &random, int country) const
{
    char16_t buffer[16];
    int length = 0;
    auto put = [&](char16_t c) { buffer[length++] = c; };
    auto putRandomDigits = [&](int count) {
        for (int i = 0; i < count; ++i)
            put(char16_t(u'0' + random.below(10)));
    };
    put(u'+');
    if (country == FI) {
        static const char16_t *const prefixes[] = {u"40", u"41", u"44", u"45", u"50"};
        static const int weights[] = {30, 10, 20, 15, 25};
        int r = random.below(100);
        int i = 0;
        while (r >= weights[i]) {
            r -= weights[i];
            ++i;
        }
        put(u'3');
        put(u'5');
        put(u'8');
        put(prefixes[i][0]);
        put(prefixes[i][1]);
        putRandomDigits(7);
    } else if (country == SE) {
        static const char16_t *const prefixes[] = {u"70", u"72", u"73", u"76"};
        static const int weights[] = {40, 20, 25, 15};
        int r = random.below(100);
        int i = 0;
        while (r >= weights[i]) {
            r -= weights[i];
            ++i;
        }
        put(u'4');
        put(u'6');
        put(prefixes[i][0]);
        put(prefixes[i][1]);
        putRandomDigits(7);
    } else {
        // Norwegian mobiles: 40, 41, 45-48 and 90-99, then six digits.
        static const char16_t *const prefixes[] = {u"40", u"41", u"45", u"46", u"47", u"48",
                                                   u"90", u"91", u"92", u"93", u"94", u"95",
                                                   u"96", u"97", u"98", u"99"};
        const int i = random.below(16);
        put(u'4');
        put(u'7');
        put(prefixes[i][0]);
        put(prefixes[i][1]);
        putRandomDigits(6);
    }
    return fromBuffer(buffer, length);
}

QString Run::emailAddress(Random &random, const CustomerPlan &c, const NameEntry &first,
                          const NameEntry &last) const
{
    QString local;
    local.reserve(40);
    const int style = random.below(100);
    if (style < 55) {
        local += first.ascii;
        local += QLatin1Char('.');
        local += last.ascii;
    } else if (style < 70) {
        local += first.ascii;
        local += last.ascii;
    } else if (style < 80) {
        local += first.ascii.left(1);
        local += QLatin1Char('.');
        local += last.ascii;
    } else if (style < 90) {
        local += first.ascii;
        local += QLatin1Char('_');
        local += last.ascii;
    } else {
        local += last.ascii;
        local += QLatin1Char('.');
        local += first.ascii;
    }
    if (random.percent(35)) {
        if (random.percent(60))
            local += QString::number(c.birthDate.year() % 100 + 100).right(2);
        else
            local += QString::number(random.between(1, 999));
    }
    const int d = m_pools.emailDomainWeights[c.country].pick(random);
    local += QLatin1Char('@');
    local += m_pools.emailDomains[c.country].at(d);
    return local;
}

QString Run::streetAddress(Random &random, int country, const CityEntry &city) const
{
    QString street = city.streets.at(random.below(int(city.streets.size())));
    street += QLatin1Char(' ');
    street += QString::number(random.lowSkewed(1, 120));
    if (country == FI && random.percent(65)) {
        street += QLatin1Char(' ');
        street += QChar(char16_t(u'A' + random.lowSkewed(0, 5)));
        street += QLatin1Char(' ');
        street += QString::number(random.between(1, 80));
    } else if (country == NO && random.percent(15)) {
        street += QChar(char16_t(u'A' + random.lowSkewed(0, 3)));
    }
    return street;
}

void Run::planIdentity(Random &random, CustomerPlan &c)
{
    const QDate ref = m_options.referenceDate;

    const int countryRoll = random.below(100);
    c.country = countryRoll < 60 ? FI : countryRoll < 85 ? SE : NO;

    const int languageRoll = random.below(100);
    Culture culture = Culture::Finnish;
    if (c.country == FI) {
        c.language = languageRoll < 88 ? LangFi : languageRoll < 98 ? LangSv : LangEn;
        culture = c.language == LangSv ? Culture::FinlandSwedish : Culture::Finnish;
    } else if (c.country == SE) {
        c.language = languageRoll < 94 ? LangSv : LangEn;
        culture = Culture::Swedish;
    } else {
        c.language = languageRoll < 94 ? LangNb : LangEn;
        culture = Culture::Norwegian;
    }

    c.female = random.percent(51);
    const CultureNames &names = m_pools.cultures[int(culture)];
    const NameEntry &first = (c.female ? names.female : names.male).pick(random);
    // Mixed families: Finland-Swedes often carry Finnish surnames and vice versa.
    Culture surnameCulture = culture;
    if (culture == Culture::FinlandSwedish && random.percent(25))
        surnameCulture = Culture::Finnish;
    else if (culture == Culture::Finnish && random.percent(2))
        surnameCulture = Culture::FinlandSwedish;
    const NamePool &surnamePool = m_pools.cultures[int(surnameCulture)].surnames;
    const NameEntry &last = surnamePool.pick(random);

    c.firstName = first.text;
    c.firstFold = first.fold;
    NameEntry doubleBarrelled;
    const NameEntry *lastUsed = &last;
    if (c.female && c.country == FI && random.percent(3)) {
        const NameEntry &second = surnamePool.pick(random);
        if (second.text != last.text) {
            doubleBarrelled.text = last.text + QLatin1Char('-') + second.text;
            doubleBarrelled.fold = SearchText::fold(doubleBarrelled.text);
            doubleBarrelled.ascii = last.ascii + QLatin1Char('-') + second.ascii;
            doubleBarrelled.emboss = last.emboss + QLatin1Char('-') + second.emboss;
            lastUsed = &doubleBarrelled;
        }
    }
    c.lastName = lastUsed->text;
    c.lastFold = lastUsed->fold;
    c.emboss = first.emboss + QLatin1Char(' ') + lastUsed->emboss;
    if (c.emboss.size() > 26)
        c.emboss = first.emboss.left(1) + QLatin1Char(' ') + lastUsed->emboss.left(24);

    const int age = random.percent(75) ? random.between(25, 67) : random.between(18, 90);
    c.birthDate = ref.addYears(-age).addDays(-random.below(365));
    c.nationalId = NationalId::generate(m_pools.countryCode[c.country], c.birthDate,
                                        random.below(1000000), c.female);

    const int cityPick = c.language == LangSv && c.country == FI
            ? m_pools.swedishSpeakerCityWeights.pick(random)
            : m_pools.cityWeights[c.country].pick(random);
    const CityEntry &city = m_pools.cities.at(m_pools.cityIndex[c.country].at(cityPick));
    c.city = city.name;
    c.postcode = city.postcodes.at(random.below(int(city.postcodes.size())));
    c.street = streetAddress(random, c.country, city);

    c.phone = random.percent(94) ? phoneNumber(random, c.country) : QString();
    c.email = random.percent(92) ? emailAddress(random, c, first, *lastUsed) : QString();

    const int tierRoll = random.below(100);
    c.tier = tierRoll < 60 ? 0 : tierRoll < 85 ? 1 : tierRoll < 97 ? 2 : 3;
    c.consentMarketing = random.percent(45);
    c.consentSms = !c.phone.isEmpty() && random.percent(30);
}

void Run::planShowcase(CustomerPlan &c)
{
    struct Showcase
    {
        const char16_t *first;
        const char16_t *last;
        bool female;
        int country;
        int language;
        QDate birth;
        const char16_t *city;
        const char16_t *postcode;
        const char16_t *street;
        const char16_t *phone;
        const char16_t *email;
        int tier;
    };
    static const Showcase showcases[ShowcaseCustomers] = {
        {u"Aino", u"Virtanen", true, FI, LangFi, QDate(1985, 3, 15), u"Helsinki", u"00100",
         u"Mannerheimintie 12 B 34", u"+358401234567", u"aino.virtanen@example.fi", 2},
        {u"Mikko", u"Mäkinen", false, FI, LangFi, QDate(1978, 9, 2), u"Tampere", u"33100",
         u"Hämeenkatu 5 A 3", u"+358501234567", u"mikko.makinen@example.fi", 1},
        {u"Åsa", u"Lindström", true, SE, LangSv, QDate(1990, 6, 21), u"Stockholm", u"111 22",
         u"Drottninggatan 45", u"+46701234567", u"asa.lindstrom@example.se", 0},
        {u"Øystein", u"Bjørnstad", false, NO, LangNb, QDate(1969, 11, 30), u"Oslo", u"0150",
         u"Karl Johans gate 12", u"+4791234567", u"oystein.bjornstad@example.no", 3},
        {u"Matti", u"Virtanen", false, FI, LangFi, QDate(1959, 1, 8), u"Oulu", u"90100",
         u"Kirkkokatu 20 A 5", u"+358441234567", u"matti.virtanen@example.fi", 0},
        {u"Johan", u"Sjöberg", false, FI, LangSv, QDate(1982, 4, 12), u"Vaasa", u"65100",
         u"Hovioikeudenpuistikko 9 C 21", u"+358451234567", u"johan.sjoberg@example.fi", 1},
        {u"Liisa", u"Korhonen", true, FI, LangFi, QDate(1947, 7, 19), u"Turku", u"20100",
         u"Aurakatu 8 B 12", u"", u"", 0},
        {u"Ingrid", u"Ødegård", true, NO, LangEn, QDate(1994, 2, 27), u"Bergen", u"5003",
         u"Strandgaten 18", u"+4792345678", u"ingrid.odegard@example.no", 2},
    };
    const Showcase &s = showcases[c.id - 1];
    Random random(m_options.seed, quint64(c.id) + 0x5eedULL);

    c.firstName = text(s.first);
    c.lastName = text(s.last);
    c.firstFold = SearchText::fold(c.firstName);
    c.lastFold = SearchText::fold(c.lastName);
    c.emboss = embossWord(c.firstName) + QLatin1Char(' ') + embossWord(c.lastName);
    c.female = s.female;
    c.country = s.country;
    c.language = s.language;
    c.birthDate = s.birth;
    c.nationalId = NationalId::generate(m_pools.countryCode[c.country], c.birthDate,
                                        random.below(1000000), c.female);
    c.city = text(s.city);
    c.postcode = ContactValidator::normalizePostcode(QStringView(s.postcode), m_pools.countryCode[c.country]);
    if (c.postcode.isEmpty())
        c.postcode = text(s.postcode);
    c.street = text(s.street);
    c.phone = text(s.phone);
    c.email = text(s.email);
    c.tier = s.tier;
    c.consentMarketing = c.id % 2 == 1;
    c.consentSms = !c.phone.isEmpty() && c.id % 3 == 1;

    auto spec = [](int product, CardScenario scenario, const char16_t *reason, int daysAgo,
                   const char16_t *last4, const char16_t *replacement) {
        AccountSpec s;
        s.product = product;
        s.scenario = scenario;
        s.reason = text(reason);
        s.eventDaysAgo = daysAgo;
        s.last4 = text(last4);
        s.replacementLast4 = text(replacement);
        return s;
    };
    c.specs.clear();
    switch (c.id) {
    case 1:
        c.specs.append(spec(0, CardScenario::Active, u"", -1, u"4021", u""));
        c.specs.append(spec(2, CardScenario::Locked, u"customer_request", 3, u"7715", u""));
        break;
    case 2:
        c.specs.append(spec(0, CardScenario::Blocked, u"stolen", 6, u"3388", u"9104"));
        break;
    case 3:
        c.specs.append(spec(2, CardScenario::Active, u"", -1, u"2206", u""));
        break;
    case 4:
        c.specs.append(spec(3, CardScenario::Active, u"", -1, u"5150", u""));
        break;
    case 5:
        c.specs.append(spec(0, CardScenario::Active, u"", -1, u"6071", u""));
        c.specs.last().overdue = true;
        break;
    case 6:
        c.specs.append(spec(4, CardScenario::Blocked, u"fraud", 10, u"8842", u"1937"));
        break;
    case 7:
        c.specs.append(spec(0, CardScenario::Inactive, u"", 5, u"4455", u""));
        break;
    default:
        c.specs.append(spec(1, CardScenario::Expired, u"", -1, u"3020", u"7781"));
        break;
    }
}

void Run::planAccounts(Random &random, CustomerPlan &c)
{
    if (c.specs.isEmpty()) {
        const int accounts = random.percent(10) ? 2 : 1;
        int previousProduct = -1;
        for (int a = 0; a < accounts; ++a) {
            AccountSpec spec;
            const bool premium = c.tier >= 2;
            int product = 0;
            do {
                const int roll = random.below(100);
                if (premium)
                    product = roll < 35 ? 1 : roll < 65 ? 3 : roll < 85 ? 4 : 0;
                else
                    product = roll < 55 ? 0 : roll < 85 ? 2 : 4;
            } while (product == previousProduct);
            previousProduct = product;
            spec.product = product;

            const int roll = random.below(1000);
            if (roll < 50) {
                spec.scenario = CardScenario::Locked;
                spec.reason = QStringLiteral("customer_request");
            } else if (roll < 110) {
                spec.scenario = CardScenario::Blocked;
                static const char16_t *const reasons[] = {u"lost", u"stolen", u"damaged", u"fraud"};
                static const int weights[] = {40, 20, 25, 15};
                int r = random.below(100);
                int i = 0;
                while (r >= weights[i]) {
                    r -= weights[i];
                    ++i;
                }
                spec.reason = text(reasons[i]);
            } else if (roll < 150) {
                spec.scenario = CardScenario::Expired;
            } else if (roll < 170) {
                spec.scenario = CardScenario::Inactive;
            }
            spec.overdue = spec.scenario != CardScenario::Inactive && random.perMille(40);
            c.specs.append(spec);
        }
    }

    for (const AccountSpec &spec : std::as_const(c.specs))
        addAccount(random, c, spec);

    QDate created = c.accounts.first().opened;
    for (const AccountPlan &a : std::as_const(c.accounts))
        created = std::min(created, a.opened);
    c.created = created;
    c.createdAt = timestamp(random, created, c.country);
    const qint64 sinceCreated = created.daysTo(m_options.referenceDate);
    if (sinceCreated > 1 && random.percent(40))
        c.updatedAt = timestamp(random, created.addDays(random.between(1, int(sinceCreated))), c.country);
    else
        c.updatedAt = c.createdAt;
}

void Run::addAccount(Random &random, CustomerPlan &c, const AccountSpec &spec)
{
    const QDate ref = m_options.referenceDate;
    const ProductEntry &product = m_pools.products.at(spec.product);

    AccountPlan a;
    a.id = m_nextAccountId++;
    a.product = spec.product;
    a.currency = c.country == SE ? SEK : c.country == NO ? NOK : EUR;
    a.accountNumber = m_pools.countryCode[c.country] + QString::number(4000000000LL + a.id);
    a.overdue = spec.overdue;

    // Opened: at least 18 years after birth, 100 days to 15 years ago.
    const QDate adult = c.birthDate.addYears(18);
    if (spec.scenario == CardScenario::Inactive) {
        a.opened = ref.addDays(-(spec.eventDaysAgo >= 0 ? spec.eventDaysAgo : random.between(1, 12)));
    } else {
        a.opened = ref.addDays(-random.between(100, 15 * 365));
        if (a.opened < adult)
            a.opened = std::min(adult, ref.addDays(-100));
    }

    // The current card of the account has been renewed every four years.
    const int monthsOpen = (ref.year() - a.opened.year()) * 12 + ref.month() - a.opened.month();
    int renewals = std::max(0, monthsOpen / 48);
    QDate issued = a.opened.addMonths(48 * renewals);
    while (issued > ref && renewals > 0)
        issued = a.opened.addMonths(48 * --renewals);

    const int eventDaysAgo = spec.eventDaysAgo >= 0
            ? spec.eventDaysAgo
            : spec.scenario == CardScenario::Locked ? random.lowSkewed(0, 40)
                                                    : random.between(0, 80);
    const QDate eventDate = ref.addDays(-eventDaysAgo);
    if (spec.scenario == CardScenario::Blocked && issued > eventDate)
        issued = issued.addMonths(-48) < a.opened ? a.opened : issued.addMonths(-48);

    QDate expiredMonth;   // Expired: the month at whose end the old card expired
    if (spec.scenario == CardScenario::Expired) {
        expiredMonth = QDate(ref.year(), ref.month(), 1).addMonths(-random.between(1, 2));
        issued = expiredMonth.addMonths(-48).addDays(random.between(0, 20));
        if (a.opened > issued)
            a.opened = issued.addDays(-random.between(0, 30));
    }
    a.openedAt = timestamp(random, a.opened, c.country);

    // Limits, balance, minimum due, due date.
    const int steps = (product.maxLimit - product.minLimit) / product.step + 1;
    int limitSteps = random.below(steps);
    if (c.tier >= 2)
        limitSteps = std::max(limitSteps, random.below(steps));
    const qint64 limitEuro = product.minLimit + qint64(limitSteps) * product.step;
    const qint64 perEuroUnit = a.currency == EUR ? 100 : 1000;   // SEK/NOK limits are tenfold
    a.limitMinor = limitEuro * perEuroUnit;

    if (spec.scenario == CardScenario::Inactive) {
        a.balanceMinor = 0;
    } else if (a.overdue) {
        a.balanceMinor = a.limitMinor * random.between(35, 98) / 100 + random.below(100);
    } else if (random.percent(25)) {
        a.balanceMinor = 0;
    } else {
        a.balanceMinor = a.limitMinor * random.lowSkewed(2, 95) / 100 + random.below(100);
    }
    const qint64 floorDue = a.currency == EUR ? 2000 : 20000;
    qint64 monthlyDue = std::max(a.balanceMinor * 3 / 100, floorDue);
    monthlyDue = std::min(monthlyDue, a.balanceMinor);
    a.minimumDueMinor = a.overdue ? std::min(a.balanceMinor, monthlyDue * 2 + floorDue / 4) : monthlyDue;

    const int dueDay = random.percent(50) ? 15 : 28;
    QDate due(ref.year(), ref.month(), dueDay);
    if (a.overdue) {
        if (due > ref.addDays(-3))
            due = due.addMonths(-1);
    } else if (due <= ref) {
        due = due.addMonths(1);
    }
    a.dueDate = due;

    // Cards.
    a.firstCard = int(c.cards.size());
    auto newCard = [&](const QDate &issuedOn, const QString &fixedLast4) {
        CardPlan card;
        card.id = m_nextCardId++;
        card.accountId = a.id;
        card.product = spec.product;
        if (fixedLast4.isEmpty()) {
            char16_t digits[4];
            for (char16_t &d : digits)
                d = char16_t(u'0' + random.below(10));
            card.last4 = fromBuffer(digits, 4);
        } else {
            card.last4 = fixedLast4;
        }
        card.issuedAt = timestamp(random, issuedOn, c.country);
        card.expiry = yearMonth(issuedOn.addMonths(48));
        card.online = random.percent(95);
        card.abroad = random.percent(85);
        card.contactless = random.percent(97);
        card.atm = random.percent(90);
        card.txFrom = std::max(0, dayIndex(issuedOn));
        card.txTo = m_windowDays - 1;
        return card;
    };

    CardPlan first = newCard(issued, spec.last4);
    const int eventDay = dayIndex(eventDate);
    switch (spec.scenario) {
    case CardScenario::Active:
        first.status = m_cardActive;
        c.cards.append(first);
        break;
    case CardScenario::Locked:
        first.status = m_cardLocked;
        first.reason = spec.reason;
        first.declineFrom = eventDay + 1;
        first.declineTo = m_windowDays - 1;
        c.cards.append(first);
        break;
    case CardScenario::Inactive:
        first.status = m_cardPendingActivation;
        first.txFrom = 1;
        first.txTo = 0;
        first.online = true;
        first.abroad = true;
        first.contactless = true;
        first.atm = true;
        c.cards.append(first);
        break;
    case CardScenario::Blocked: {
        first.status = m_cardClosed;
        first.reason = spec.reason;
        const bool attempts = spec.reason == u"stolen" || spec.reason == u"lost";
        first.txTo = std::min(m_windowDays - 1, eventDay + (attempts ? 2 : 0));
        first.declineFrom = eventDay + 1;
        first.declineTo = m_windowDays - 1;
        c.cards.append(first);
        const QDate replacementIssued = std::min(ref, eventDate.addDays(1));
        CardPlan replacement = newCard(replacementIssued, spec.replacementLast4);
        replacement.status = m_cardActive;
        replacement.replacementOf = first.id;
        replacement.replacementReason = spec.reason;
        replacement.txFrom = std::min(m_windowDays, eventDay + 3);
        c.cards.append(replacement);
        break;
    }
    case CardScenario::Expired: {
        first.status = m_cardClosed;
        first.reason = QStringLiteral("expired");
        first.expiry = yearMonth(expiredMonth);
        const QDate lastValid = expiredMonth.addMonths(1).addDays(-1);
        first.txTo = std::min(m_windowDays - 1, dayIndex(lastValid));
        c.cards.append(first);
        const QDate renewalIssued = expiredMonth.addDays(-random.between(10, 30));
        CardPlan renewal = newCard(renewalIssued, spec.replacementLast4);
        renewal.status = m_cardActive;
        renewal.replacementOf = first.id;
        renewal.replacementReason = QStringLiteral("expired");
        renewal.expiry = yearMonth(expiredMonth.addMonths(48));
        renewal.txFrom = std::max(0, dayIndex(lastValid) + 1);
        c.cards.append(renewal);
        break;
    }
    }
    a.cardCount = int(c.cards.size()) - a.firstCard;
    c.accounts.append(a);
}

void Run::planBenefits(Random &random, CustomerPlan &c)
{
    const int count = int(m_pools.benefits.size());
    if (c.id == 1) {
        for (int i = 0; i < count; ++i) {
            if (m_pools.benefits.at(i).code == u"BONUS2X-NOV")
                c.benefits.append({i, m_options.referenceDate.addDays(45)});
        }
        return;
    }
    // 23 % draw one or two codes; premium-only codes drawn for basic and
    // silver customers are skipped, so about 20 % end up with a code.
    const int wanted = random.percent(23) ? (random.percent(70) ? 1 : 2) : 0;
    for (int n = 0; n < wanted; ++n) {
        const int pick = random.below(count);
        bool taken = false;
        for (const BenefitPlan &b : std::as_const(c.benefits))
            taken = taken || b.benefit == pick;
        const BenefitEntry &benefit = m_pools.benefits.at(pick);
        if (taken || (benefit.premium && c.tier < 2))
            continue;
        const QDate validUntil = benefit.validDays > 0
                ? m_options.referenceDate.addDays(random.between(benefit.validDays / 4 + 1, benefit.validDays))
                : QDate();
        c.benefits.append({pick, validUntil});
    }
}

qint64 Run::amountFor(Random &random, const MerchantEntry &merchant, int currency) const
{
    const CurrencyEntry &cur = m_pools.currencies.at(currency);
    const int euroCents = merchant.minEuroCents == merchant.maxEuroCents
            ? merchant.minEuroCents
            : random.lowSkewed(merchant.minEuroCents, merchant.maxEuroCents);
    qint64 minor = qint64(euroCents) * cur.perEuro / 100;
    if (merchant.mcc == u"6011") {
        minor = std::max<qint64>(cur.cashStep, minor / cur.cashStep * cur.cashStep);
    } else if (merchant.minEuroCents == merchant.maxEuroCents && currency != EUR) {
        minor = std::max<qint64>(100, minor / 100 * 100);   // subscriptions: whole kronor
    }
    return std::max<qint64>(1, minor);
}

void Run::planTransactions(Random &random, CustomerPlan &c)
{
    const int t = m_transactionsPerCustomer;
    const int activity = random.below(100);
    int count = 0;
    if (activity < 15)
        count = t * random.between(5, 35) / 100;
    else if (activity < 80)
        count = t * random.between(60, 140) / 100;
    else
        count = t * random.between(130, 200) / 100;
    count = int(qint64(count) * m_windowDays / WindowDays);   // the same density over a longer window

    const QString &home = m_pools.countryCode[c.country];
    const int homePool = m_pools.poolOf(home);
    const int homeCurrency = c.accounts.first().currency;

    // Trips abroad for some customers: a destination and a few days, a
    // chance of one in every 90 days.
    struct Trip
    {
        int pool = -1;
        int from = 0;
        int to = -1;
    };
    QList<Trip> trips;
    for (int chance = 0; chance < std::max(1, m_windowDays / WindowDays); ++chance) {
        if (count < 8 || !random.percent(14))
            continue;
        static const char16_t *const destinations[] = {u"DE", u"ES", u"EE", u"US", u"GB", u"TH",
                                                       u"SE", u"NO", u"FI"};
        static const int weights[] = {18, 22, 20, 8, 10, 8, 5, 5, 4};
        int r = random.below(100);
        int i = 0;
        while (r >= weights[i]) {
            r -= weights[i];
            ++i;
        }
        if (QStringView(destinations[i]) != home) {
            Trip trip;
            trip.pool = m_pools.poolOf(QStringView(destinations[i]));
            trip.from = random.between(0, m_windowDays - 4);
            trip.to = std::min(m_windowDays - 1, trip.from + random.between(3, 10));
            trips.append(trip);
        }
    }
    const auto tripOn = [&trips](int day) -> const Trip * {
        for (const Trip &trip : trips) {
            if (day >= trip.from && day <= trip.to)
                return &trip;
        }
        return nullptr;
    };

    const int accounts = int(c.accounts.size());
    int sequence = 0;
    auto addTransaction = [&](int day, int merchantIndex, int cardIndex, bool forceDispute) {
        const CardPlan &card = c.cards.at(cardIndex);
        const MerchantEntry &merchant = m_pools.merchants.at(merchantIndex);
        TransactionPlan tx;
        tx.card = cardIndex;
        tx.day = day;
        tx.merchant = merchantIndex;
        tx.currency = merchant.online ? homeCurrency : m_pools.currencyOfCountry(merchant.country);
        tx.amountMinor = amountFor(random, merchant, tx.currency);
        const int utcOffset = merchant.country == u"FI" || merchant.country == u"EE" ? 7200
                : merchant.country == u"US" ? -18000
                : merchant.country == u"TH" ? 25200
                : merchant.country == u"GB" ? 0 : 3600;
        const int localSeconds = merchant.online ? random.between(6 * 3600, 86399)
                                                 : random.between(7 * 3600, 22 * 3600 - 1);
        tx.seconds = std::clamp(localSeconds - utcOffset, 0, 86399);
        tx.sequence = sequence++;

        const int age = m_windowDays - 1 - day;
        const bool abroad = !merchant.online && merchant.country != home;
        if (forceDispute) {
            tx.status = &m_statusPosted;
            tx.dispute = &m_disputeOpen;
        } else if (day >= card.declineFrom && day <= card.declineTo) {
            tx.status = &m_statusDeclined;
        } else if ((abroad && !card.abroad) || (merchant.online && !card.online)) {
            tx.status = &m_statusDeclined;
        } else if (age <= 1 && random.percent(85)) {
            tx.status = &m_statusPending;
        } else if (age == 2 && random.percent(35)) {
            tx.status = &m_statusPending;
        } else {
            const int roll = random.below(1000);
            tx.status = roll < 25 ? &m_statusDeclined : roll < 40 ? &m_statusReversed : &m_statusPosted;
            if (tx.status == &m_statusPosted) {
                if (age > 5 && random.perMille(2))
                    tx.dispute = &m_disputeOpen;
                else if (age > 30 && random.perMille(1))
                    tx.dispute = random.percent(60) ? &m_disputeWon : &m_disputeLost;
            }
        }
        c.transactions.append(tx);
    };

    for (int n = 0; n < count; ++n) {
        const int day = random.below(m_windowDays);
        const int accountIndex = accounts > 1 && random.percent(35) ? 1 : 0;
        const AccountPlan &account = c.accounts.at(accountIndex);
        int cardIndex = -1;
        for (int k = 0; k < account.cardCount; ++k) {
            const CardPlan &card = c.cards.at(account.firstCard + k);
            if (day >= card.txFrom && day <= card.txTo) {
                cardIndex = account.firstCard + k;
                break;
            }
        }
        if (cardIndex < 0)
            continue;
        const CardPlan &card = c.cards.at(cardIndex);
        if (day >= card.declineFrom && day <= card.declineTo && !random.percent(25))
            continue;   // a locked or blocked card sees only a few attempts

        // Away, the customer shops where they are, or online: never at home
        // the same day (the rules would rightly call that a copied card).
        const MerchantPool *pool = nullptr;
        const Trip *trip = tripOn(day);
        if (trip && random.percent(85))
            pool = &m_pools.domesticPools.at(trip->pool);
        else if (trip || random.percent(13))
            pool = &m_pools.onlinePool;
        else
            pool = &m_pools.domesticPools.at(homePool);
        const int merchantIndex = pool->merchants.at(pool->weights.pick(random));
        addTransaction(day, merchantIndex, cardIndex, false);
    }

    // Fraud: the purchases that made the customer call, now disputed.
    for (int i = 0; i < c.cards.size(); ++i) {
        const CardPlan &card = c.cards.at(i);
        if (card.status != m_cardClosed || card.reason != u"fraud")
            continue;
        const int eventDay = card.declineFrom - 1;
        const int frauds = random.between(1, 3);
        for (int f = 0; f < frauds; ++f) {
            const int day = std::clamp(eventDay - random.between(0, 2), std::max(0, card.txFrom), m_windowDays - 1);
            const MerchantPool &pool = random.percent(50)
                    ? m_pools.onlinePool
                    : m_pools.domesticPools.at(m_pools.poolOf(random.percent(50) ? u"US" : u"TH"));
            addTransaction(day, pool.merchants.at(pool.weights.pick(random)), i, true);
            c.transactions.last().planted = true;
        }
    }
    plantFraud(c);

    std::sort(c.transactions.begin(), c.transactions.end(),
              [](const TransactionPlan &a, const TransactionPlan &b) {
                  if (a.card != b.card)
                      return a.card < b.card;
                  if (a.day != b.day)
                      return a.day < b.day;
                  if (a.seconds != b.seconds)
                      return a.seconds < b.seconds;
                  return a.sequence < b.sequence;
              });
}

void Run::planCustomer(qint64 id, CustomerPlan &c)
{
    c.id = id;
    c.specs.clear();
    c.accounts.clear();
    c.cards.clear();
    c.benefits.clear();
    c.transactions.clear();

    Random random(m_options.seed, quint64(id));
    planIdentity(random, c);
    if (id <= ShowcaseCustomers)
        planShowcase(c);
    planAccounts(random, c);
    planBenefits(random, c);
    planTransactions(random, c);
}

bool Run::insertCustomer(const CustomerPlan &c)
{
    const QString customerNumber = QString::number(100000000 + c.id);

    Statement &q = m_insertCustomer;
    q.bind(1, c.id);
    q.bind(2, customerNumber);
    q.bind(3, c.firstName);
    q.bind(4, c.lastName);
    q.bind(5, c.firstFold);
    q.bind(6, c.lastFold);
    q.bind(7, isoDate(c.birthDate));
    q.bind(8, c.nationalId);
    q.bind(9, m_pools.countryCode[c.country]);
    q.bindOptional(10, c.phone);
    q.bindOptional(11, c.email);
    q.bind(12, c.street);
    q.bind(13, c.postcode);
    q.bind(14, c.city);
    q.bind(15, m_pools.languageCode[c.language]);
    q.bind(16, m_tierNames[c.tier]);
    q.bind(17, qint64(c.consentMarketing ? 1 : 0));
    q.bind(18, qint64(c.consentSms ? 1 : 0));
    q.bind(19, c.createdAt);
    q.bind(20, c.updatedAt);
    if (!step(q))
        return false;

    for (const BenefitPlan &b : c.benefits) {
        const BenefitEntry &benefit = m_pools.benefits.at(b.benefit);
        Statement &qb = m_insertBenefit;
        qb.bind(1, m_nextBenefitId++);
        qb.bind(2, c.id);
        qb.bind(3, benefit.code);
        qb.bind(4, benefit.description);
        if (b.validUntil.isValid())
            qb.bind(5, isoDate(b.validUntil));
        else
            qb.bindNull(5);
        if (!step(qb))
            return false;
    }

    for (const AccountPlan &a : c.accounts) {
        Statement &qa = m_insertAccount;
        qa.bind(1, a.id);
        qa.bind(2, c.id);
        qa.bind(3, a.accountNumber);
        qa.bind(4, m_pools.products.at(a.product).name);
        qa.bind(5, m_pools.currencies.at(a.currency).code);
        qa.bind(6, a.limitMinor);
        qa.bind(7, a.balanceMinor);
        qa.bind(8, a.minimumDueMinor);
        qa.bind(9, isoDate(a.dueDate));
        qa.bind(10, a.overdue ? m_accountOverdue : m_accountOpen);
        qa.bind(11, a.openedAt);
        if (!step(qa))
            return false;
    }

    QStringList last4s;
    last4s.reserve(c.cards.size());
    for (const CardPlan &card : c.cards) {
        Statement &qc = m_insertCard;
        const ProductEntry &product = m_pools.products.at(card.product);
        qc.bind(1, card.id);
        qc.bind(2, card.accountId);
        qc.bind(3, c.id);
        qc.bind(4, product.bin[c.country]);
        qc.bind(5, card.last4);
        qc.bind(6, product.name);
        qc.bind(7, c.emboss);
        qc.bind(8, card.status);
        qc.bindOptional(9, card.reason);
        qc.bind(10, card.expiry);
        qc.bind(11, card.issuedAt);
        if (card.replacementOf)
            qc.bind(12, card.replacementOf);
        else
            qc.bindNull(12);
        qc.bind(13, qint64(card.online ? 1 : 0));
        qc.bind(14, qint64(card.abroad ? 1 : 0));
        qc.bind(15, qint64(card.contactless ? 1 : 0));
        qc.bind(16, qint64(card.atm ? 1 : 0));
        qc.bindOptional(17, card.replacementReason);
        if (!step(qc))
            return false;
        last4s.append(card.last4);
    }

    Statement &qt = m_insertTransaction;
    char16_t stamp[20];
    for (const TransactionPlan &tx : c.transactions) {
        const MerchantEntry &merchant = m_pools.merchants.at(tx.merchant);
        std::copy(m_windowDates[size_t(tx.day)].cbegin(), m_windowDates[size_t(tx.day)].cend(), stamp);
        putTime(stamp + 10, tx.seconds);
        qt.bind(1, m_nextTransactionId++);
        qt.bind(2, c.cards.at(tx.card).id);
        // Bound as a transient copy: the buffer is reused for the next row.
        sqlite3_bind_text16(qt.handle(), 3, stamp, int(sizeof stamp), SQLITE_TRANSIENT);
        qt.bind(4, tx.amountMinor);
        qt.bind(5, m_pools.currencies.at(tx.currency).code);
        qt.bind(6, merchant.name);
        qt.bind(7, merchant.mcc);
        qt.bind(8, merchant.country);
        qt.bind(9, *tx.status);
        if (tx.dispute)
            qt.bind(10, *tx.dispute);
        else
            qt.bindNull(10);
        qt.bind(11, entryModeOf(merchant, tx));
        if (!step(qt))
            return false;
    }

    CustomerSearchFields fields;
    fields.customerNumber = customerNumber;
    fields.firstName = c.firstName;
    fields.lastName = c.lastName;
    fields.email = c.email;
    fields.phoneE164 = c.phone;
    fields.city = c.city;
    fields.cardLast4s = last4s;
    m_insertSearch.bind(1, c.id);
    m_insertSearch.bind(2, CustomerSearchDocument::build(fields));
    return step(m_insertSearch);
}

/// The customers' own card history of the window (a stream of its own, so
/// that the rest stays as it was): the lock of each card locked at the
/// customer's request, on the day it was locked, from the app or the phone
/// menu; and a few customers (2 %) who locked an active card in the app for
/// a while and unlocked it again. The locks, replacements and disputes that
/// came of conversations are the inbox's (DemoConversations), at the desk.
bool Run::insertCardHistory(const CustomerPlan &c)
{
    if (c.id <= ShowcaseCustomers)
        return true;
    DemoRandom history(m_options.seed, quint64(c.id), DemoRandom::OutcomeSalt);
    const QTime time = m_options.referenceTime.isValid() ? m_options.referenceTime : QTime(12, 0);
    const int moment = time.hour() * 3600 + time.minute() * 60;
    const int lastDay = m_windowDays - 1;
    auto event = [&](qint64 cardId, int day, int seconds, const char *from, const char *to, const QString &reason,
                     const char *channel) {
        Statement &e = m_insertCardEvent;
        e.bind(1, cardId);
        e.bind(2, isoTimestamp(m_windowStart.addDays(day), seconds));
        e.bind(3, QString::fromLatin1(from));
        e.bind(4, QString::fromLatin1(to));
        e.bindOptional(5, reason);
        e.bind(6, QString::fromLatin1(channel));
        return step(e);
    };
    bool appLockDone = !history.percent(2);
    for (const CardPlan &card : c.cards) {
        if (card.status == m_cardLocked) {
            const int day = card.declineFrom - 1;
            if (day < 0 || day > lastDay)
                continue;
            const int latest = day == lastDay ? std::max(60, moment - 600) : 86399;
            if (!event(card.id, day, history.between(0, latest), "active", "locked", card.reason,
                       history.percent(70) ? "app" : "phone_menu"))
                return false;
        } else if (!appLockDone && card.status == m_cardActive && card.txFrom < lastDay - 3) {
            appLockDone = true;
            const int day = history.between(card.txFrom + 1, lastDay - 3);
            const int at = history.between(5 * 3600, 20 * 3600);
            if (!event(card.id, day, at, "active", "locked", QStringLiteral("misplaced"), "app")
                || !event(card.id, day, at + history.between(20 * 60, 36 * 3600), "locked", "active", QString(), "app"))
                return false;
        }
    }
    return true;
}

bool Run::insertAgents()
{
    // The desk at the reference moment: who works which queues, who is
    // available, busy, away or signed off, and since when (minutes before).
    struct Desk
    {
        const char *queues;
        const char *presence;
        int minutesSince;
    };
    static const Desk desk[] = {
        {"cards general", "available", 35},  {"cards billing", "busy", 12},    {"billing general", "available", 120},
        {"cards fraud", "away", 20},         {"general billing", "available", 50}, {"cards general", "busy", 5},
        {"billing", "offline", 14 * 60},     {"fraud cards", "available", 180}, {"general billing", "away", 8},
        {"cards fraud", "offline", 16 * 60}, {"billing cards fraud general", "available", 240},
        {"billing cards fraud general", "busy", 25},
    };
    const QTime time = m_options.referenceTime.isValid() ? m_options.referenceTime : QTime(12, 0);
    const int moment = time.hour() * 3600 + time.minute() * 60;
    Statement q;
    if (!prepare(q, "INSERT OR IGNORE INTO agents (id, username, display_name, role, language, queues, presence,"
                    " presence_since) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"))
        return false;
    const DemoAgentList list = DemoWords::agents();
    for (int i = 0; i < list.count; ++i) {
        const DemoAgent &agent = list.items[i];
        const Desk &place = desk[size_t(i) % std::size(desk)];
        q.bind(1, qint64(i + 1));
        q.bind(2, text(agent.username));
        q.bind(3, text(agent.displayName));
        q.bind(4, text(agent.role));
        q.bind(5, text(agent.language));
        q.bind(6, QString::fromLatin1(place.queues));
        q.bind(7, QString::fromLatin1(place.presence));
        q.bind(8, isoTimestamp(m_options.referenceDate, moment - place.minutesSince * 60));
        if (!step(q))
            return false;
    }
    return true;
}

bool Run::insertMeta()
{
    Statement q;
    if (!prepare(q, "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"))
        return false;
    const std::pair<QString, QString> rows[] = {
        {QStringLiteral("demo_seed"), QString::number(m_options.seed)},
        {QStringLiteral("demo_customers"), QString::number(m_options.customers)},
        {QStringLiteral("demo_reference_date"), isoDate(m_options.referenceDate)},
        {QStringLiteral("demo_conversations"), QString::number(m_options.conversations)},
    };
    for (const auto &row : rows) {
        q.bind(1, row.first);
        q.bind(2, row.second);
        if (!step(q))
            return false;
    }
    return true;
}

bool Run::execute(const DemoDataGenerator::Progress &progress, QString *error)
{
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (const QString problem = attachHandle(); !problem.isEmpty())
        return fail(problem);
    if (m_options.customers < 0)
        return fail(QStringLiteral("The number of demo customers cannot be negative."));

    {
        Statement check;
        if (!prepare(check, "SELECT (SELECT count(*) FROM customers) + (SELECT count(*) FROM cards)")
                || sqlite3_step(check.handle()) != SQLITE_ROW)
            return fail(QStringLiteral("The database has no CardDesk schema: ") + m_error
                        + QString::fromUtf8(sqlite3_errmsg(m_handle)));
        if (sqlite3_column_int64(check.handle(), 0) != 0)
            return fail(QStringLiteral("Demo data can only be generated into an empty database."));
    }

    loadPools();

    setBulkPragmas();
    auto finalizeStatements = [&]() {
        m_insertCustomer.prepare(nullptr, nullptr);
        m_insertBenefit.prepare(nullptr, nullptr);
        m_insertAccount.prepare(nullptr, nullptr);
        m_insertCard.prepare(nullptr, nullptr);
        m_insertTransaction.prepare(nullptr, nullptr);
        m_insertSearch.prepare(nullptr, nullptr);
        m_insertCardEvent.prepare(nullptr, nullptr);
        m_readTransactions.prepare(nullptr, nullptr);
    };

    // The inbox of the demo customers (see democonversations.h).
    DemoConversations conversations(conversationOptions());
    const bool withInbox = m_options.conversations != 0;

    auto rollbackAndClean = [&]() {
        const QString message = m_error;
        finalizeStatements();
        conversations.end();
        if (!sqlite3_get_autocommit(m_handle))
            execSql("ROLLBACK");
        // Earlier chunks are committed: take them out again so that the
        // database is as empty as it was.
        if (execSql("BEGIN")) {
            execSql("DELETE FROM alert_transactions");
            execSql("DELETE FROM alerts");
            execSql("DELETE FROM csat_answers");
            execSql("DELETE FROM csat_requests");
            execSql("DELETE FROM attachments");
            execSql("DELETE FROM messages");
            execSql("DELETE FROM conversation_topics");
            execSql("DELETE FROM conversations");
            execSql("DELETE FROM conversation_search");
            execSql("DELETE FROM inbox_counts");
            execSql("DELETE FROM supervision_hours");
            execSql("DELETE FROM supervision_stale_hours");
            execSql("DELETE FROM disputes");
            execSql("DELETE FROM card_orders");
            execSql("DELETE FROM card_events");
            execSql("DELETE FROM transactions");
            execSql("DELETE FROM cards");
            execSql("DELETE FROM accounts");
            execSql("DELETE FROM customer_benefits");
            execSql("DELETE FROM customer_search");
            execSql("DELETE FROM customers");
            execSql("DELETE FROM meta WHERE key IN ('demo_seed', 'demo_customers', 'demo_reference_date',"
                    " 'demo_conversations')");
            if (!execSql("COMMIT"))
                execSql("ROLLBACK");
        }
        restorePragmas();
        return fail(QStringLiteral("Generating demo data failed: ") + message);
    };

    if (!execSql("BEGIN")
            || !insertAgents()
            || !prepare(m_insertCustomer,
                        "INSERT INTO customers (id, customer_number, first_name, last_name, "
                        "first_name_fold, last_name_fold, birth_date, national_id, country, "
                        "phone_e164, email, street, postcode, city, language, loyalty_tier, "
                        "consent_marketing, consent_sms, created_at, updated_at, version) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)")
            || !prepare(m_insertBenefit,
                        "INSERT INTO customer_benefits (id, customer_id, code, description, "
                        "valid_until) VALUES (?, ?, ?, ?, ?)")
            || !prepare(m_insertAccount,
                        "INSERT INTO accounts (id, customer_id, account_number, product, currency, "
                        "credit_limit_minor, balance_minor, minimum_due_minor, due_date, status, "
                        "opened_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
            || !prepare(m_insertCard,
                        "INSERT INTO cards (id, account_id, customer_id, bin, last4, product, "
                        "embossed_name, status, status_reason, expiry, issued_at, replacement_of, "
                        "online_enabled, abroad_enabled, contactless_enabled, atm_enabled, replacement_reason) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
            || !prepare(m_insertTransaction,
                        "INSERT INTO transactions (id, card_id, occurred_at, amount_minor, currency, "
                        "merchant, mcc, country, status, dispute_status, entry_mode) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
            || !prepare(m_insertSearch, "INSERT INTO customer_search (rowid, doc) VALUES (?, ?)")
            || !prepare(m_insertCardEvent,
                        "INSERT INTO card_events (card_id, at, from_state, to_state, reason_code, channel)"
                        " VALUES (?, ?, ?, ?, ?, ?)")
            || (withInbox && !conversations.begin(m_handle, &m_error)))
        return rollbackAndClean();

    const int total = m_options.customers;
    if (progress)
        progress(0, total);

    CustomerPlan plan;
    for (int id = 1; id <= total; ++id) {
        planCustomer(id, plan);
        if (!insertCustomer(plan) || !insertCardHistory(plan))
            return rollbackAndClean();
        DemoConversations::Customer person;
        person.id = plan.id;
        person.firstName = plan.firstName;
        person.lastName = plan.lastName;
        person.language = m_pools.languageCode[plan.language];
        person.email = plan.email;
        person.phone = plan.phone;
        person.cardLast4 = plan.cards.isEmpty() ? QStringLiteral("0000") : plan.cards.constFirst().last4;
        if (withInbox && !conversations.addCustomer(person, &m_error))
            return rollbackAndClean();
        if (withInbox && isScreened(id)
            && !screenCustomer(id, m_pools.countryCode[plan.country], person.language, conversations))
            return rollbackAndClean();
        if (id % ChunkCustomers == 0 && id < total) {
            if (!execSql("COMMIT"))
                return rollbackAndClean();
            if (progress)
                progress(id, total);
            if (!execSql("BEGIN"))
                return rollbackAndClean();
        }
    }

    if (!insertMeta() || !execSql("COMMIT") || (withInbox && !conversations.finish(&m_error)))
        return rollbackAndClean();
    conversations.end();
    // One merged full-text segment instead of the many a bulk load leaves:
    // about 4 s at a million customers, 10-15 % off every lookup after.
    // The data is committed by now; a failed merge only costs speed.
    if (!execSql("INSERT INTO customer_search (customer_search) VALUES ('optimize')"))
        qWarning("DemoDataGenerator: full-text optimize failed: %s", qUtf8Printable(m_error));

    finalizeStatements();
    restorePragmas();
    if (progress)
        progress(total, total);
    return true;
}

QString Run::attachHandle()
{
    if (!m_db.isOpen() || !m_db.driver())
        return QStringLiteral("The database is not open.");
    const QVariant handle = m_db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return QStringLiteral("Demo data needs an SQLite database (QSQLITE driver).");
    m_handle = *static_cast<sqlite3 *const *>(handle.constData());
    if (!m_handle)
        return QStringLiteral("The database is not open.");
    return QString();
}

void Run::setBulkPragmas()
{
    for (Pragma &pragma : m_pragmas) {
        pragma.previous = pragmaValue(QString::fromLatin1(pragma.name));
        if (!pragma.previous.isEmpty())
            execSql(QStringLiteral("PRAGMA %1 = %2").arg(QLatin1String(pragma.name), QLatin1String(pragma.bulkValue)));
    }
}

void Run::restorePragmas()
{
    for (const Pragma &pragma : m_pragmas) {
        if (!pragma.previous.isEmpty())
            execSql(QStringLiteral("PRAGMA %1 = %2").arg(QLatin1String(pragma.name), pragma.previous));
    }
}

DemoConversations::Options Run::conversationOptions() const
{
    DemoConversations::Options options;
    options.seed = m_options.seed;
    options.referenceDate = m_options.referenceDate;
    options.referenceTime = m_options.referenceTime;
    options.customers = m_options.customers;
    options.storeAttachment = m_options.storeAttachment;
    if (m_options.conversations > 0 && m_options.customers > 0) {
        options.perMille = int(std::min<qint64>(qint64(m_options.conversations) * 1000 / m_options.customers, 100000));
        options.messagesPerConversation = DemoDataGenerator::FullInboxMessagesPerConversation;
    }
    return options;
}

bool Run::deleteInbox()
{
    // The attachment files stay: they are content-addressed and shared.
    // What the conversations left on the cards goes with them (the demo's
    // rows carry no command; those of the desk are the ones at the agent
    // console, the customers' own locks stay): the disputes first give their
    // transactions back.
    // The rollup of the supervisor's analytics goes with the conversations;
    // the new ones mark their hours as they are written.
    return execSql("UPDATE transactions SET dispute_status = NULL"
                   " WHERE id IN (SELECT transaction_id FROM disputes WHERE command_id IS NULL)")
           && execSql("DELETE FROM disputes WHERE command_id IS NULL")
           && execSql("DELETE FROM card_orders WHERE command_id IS NULL")
           && execSql("DELETE FROM card_events WHERE command_id IS NULL AND channel = 'agent_console'")
           && execSql("DELETE FROM alert_transactions") && execSql("DELETE FROM alerts")
           && execSql("DELETE FROM csat_answers") && execSql("DELETE FROM csat_requests")
           && execSql("DELETE FROM attachments") && execSql("DELETE FROM messages")
           && execSql("DELETE FROM conversation_topics") && execSql("DELETE FROM conversations")
           && execSql("INSERT INTO conversation_search (conversation_search) VALUES ('delete-all')")
           && execSql("DELETE FROM inbox_counts") && execSql("DELETE FROM supervision_hours")
           && execSql("DELETE FROM supervision_stale_hours");
}

bool Run::executeInbox(const DemoDataGenerator::Progress &progress, QString *error)
{
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (const QString problem = attachHandle(); !problem.isEmpty())
        return fail(problem);
    {
        Statement count;
        if (!prepare(count, "SELECT count(*), coalesce(max(id), 0) FROM customers")
            || sqlite3_step(count.handle()) != SQLITE_ROW)
            return fail(QStringLiteral("The database has no CardDesk schema: ") + m_error);
        if (sqlite3_column_int64(count.handle(), 0) == 0)
            return fail(QStringLiteral("The database has no customers: seed the demo customers first."));
        if (sqlite3_column_int64(count.handle(), 0) != sqlite3_column_int64(count.handle(), 1))
            return fail(QStringLiteral("The customers are not the demo's (their ids have gaps): "
                                       "the demo inbox is only generated for demo data."));
        m_options.customers = int(sqlite3_column_int64(count.handle(), 0));
    }
    {
        // The seed and reference date of the customers, so that the inbox
        // is the one generate() would have written beside them.
        Statement meta;
        if (!prepare(meta, "SELECT key, value FROM meta WHERE key IN ('demo_seed', 'demo_reference_date')"))
            return fail(m_error);
        while (sqlite3_step(meta.handle()) == SQLITE_ROW) {
            const QByteArray key(reinterpret_cast<const char *>(sqlite3_column_text(meta.handle(), 0)));
            const QString value = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(meta.handle(), 1)));
            if (key == "demo_seed" && value.toULongLong())
                m_options.seed = value.toULongLong();
            else if (key == "demo_reference_date" && QDate::fromString(value, Qt::ISODate).isValid())
                m_options.referenceDate = QDate::fromString(value, Qt::ISODate);
        }
    }
    setBulkPragmas();
    DemoConversations conversations(conversationOptions());
    auto failAndRestore = [&]() {
        const QString message = m_error;
        m_readTransactions.prepare(nullptr, nullptr);
        conversations.end();
        if (!sqlite3_get_autocommit(m_handle))
            execSql("ROLLBACK");
        restorePragmas();
        return fail(QStringLiteral("Generating the demo inbox failed: ") + message);
    };

    // The customers as the generator made them: the first card is the one
    // with the lowest id (cards are numbered in the order they were planned).
    Statement read;
    if (!prepare(read, "SELECT c.id, c.first_name, c.last_name, c.language, coalesce(c.email, ''),"
                       " coalesce(c.phone_e164, ''),"
                       " coalesce((SELECT last4 FROM cards WHERE customer_id = c.id ORDER BY id LIMIT 1), '0000'),"
                       " c.country"
                       " FROM customers c WHERE c.id BETWEEN ? AND ? ORDER BY c.id"))
        return failAndRestore();
    if (!execSql("BEGIN") || !deleteInbox() || !conversations.begin(m_handle, &m_error))
        return failAndRestore();
    const int total = m_options.customers;
    if (progress)
        progress(0, total);
    auto column = [&](int i) {
        return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(read.handle(), i)));
    };
    for (int first = 1; first <= total; first += ChunkCustomers) {
        read.bind(1, qint64(first));
        read.bind(2, qint64(first + ChunkCustomers - 1));
        int rc = SQLITE_ROW;
        while ((rc = sqlite3_step(read.handle())) == SQLITE_ROW) {
            DemoConversations::Customer person;
            person.id = sqlite3_column_int64(read.handle(), 0);
            person.firstName = column(1);
            person.lastName = column(2);
            person.language = column(3);
            person.email = column(4);
            person.phone = column(5);
            person.cardLast4 = column(6);
            if (!conversations.addCustomer(person, &m_error))
                return failAndRestore();
            if (isScreened(person.id) && !screenCustomer(person.id, column(7), person.language, conversations))
                return failAndRestore();
        }
        sqlite3_reset(read.handle());
        if (rc != SQLITE_DONE) {
            m_error = QString::fromUtf8(sqlite3_errmsg(m_handle));
            return failAndRestore();
        }
        if (!execSql("COMMIT"))
            return failAndRestore();
        if (progress)
            progress(std::min(total, first + ChunkCustomers - 1), total);
        if (first + ChunkCustomers <= total && !execSql("BEGIN"))
            return failAndRestore();
    }
    Statement meta;
    if (!prepare(meta, "INSERT OR REPLACE INTO meta (key, value) VALUES ('demo_conversations', ?)"))
        return failAndRestore();
    meta.bind(1, qint64(m_options.conversations));
    // Recorded last: a run killed before this point is redone by the next.
    if (!conversations.finish(&m_error) || !step(meta))
        return failAndRestore();
    conversations.end();
    m_readTransactions.prepare(nullptr, nullptr);
    restorePragmas();
    return true;
}

} // namespace

DemoDataGenerator::DemoDataGenerator(const Options &options)
    : m_options(options)
{
}

int DemoDataGenerator::transactionsPerCustomer(int customers)
{
    constexpr int fullDensityUpTo = 100000;
    constexpr int lowDensityFrom = 500000;
    constexpr int full = 25;
    constexpr int low = 7;
    if (customers <= fullDensityUpTo)
        return full;
    if (customers >= lowDensityFrom)
        return low;
    return full - int(qint64(full - low) * (customers - fullDensityUpTo) / (lowDensityFrom - fullDensityUpTo));
}

bool DemoDataGenerator::generate(QSqlDatabase db, const Progress &progress, QString *error)
{
    Run run(m_options, db);
    return run.execute(progress, error);
}

bool DemoDataGenerator::generateInbox(QSqlDatabase db, const Progress &progress, QString *error)
{
    Run run(m_options, db);
    return run.executeInbox(progress, error);
}

QList<DemoDataGenerator::Spending> DemoDataGenerator::everydaySpending(qint64 firstCustomerId, int count, int days) const
{
    Run run(m_options, QSqlDatabase(), days);
    return run.everydaySpending(firstCustomerId, std::max(0, count));
}
