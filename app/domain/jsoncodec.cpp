#include "jsoncodec.h"

#include "cardnumber.h"
#include "transactionstatusnames.h"

#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>
#include <QUuid>

#include <cmath>

namespace JsonCodec {

namespace {

QLatin1StringView key(const char *name)
{
    return QLatin1StringView(name);
}

// The *OrNull writers are for the fields the contract (docs/api/openapi.yaml)
// lets be null. A field it requires (a card's expiry, a customer's createdAt,
// a transaction's cardLast4 ...) is written as its value even when that is
// empty or invalid, so that a record missing one breaks the contract visibly
// (tst_serverapi_contract) instead of passing as "not set".

/// Empty text travels as null, so that "not set" has one spelling.
QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(safeText(text));
}

QJsonValue idOrNull(qint64 id)
{
    return id > 0 ? QJsonValue(id) : QJsonValue(QJsonValue::Null);
}

QJsonValue timeOrNull(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(timestamp(time)) : QJsonValue(QJsonValue::Null);
}

QJsonValue dateOrNull(const QDate &day)
{
    return day.isValid() ? QJsonValue(date(day)) : QJsonValue(QJsonValue::Null);
}

/// An id in canonical UUID form (8-4-4-4-12 hex): never a card number,
/// although its digit groups can look like one to the masker (about one
/// random UUID in 10,000), and masking it would break the id.
bool isCanonicalUuid(const QString &text)
{
    return text.size() == 36 && text.at(8) == QLatin1Char('-') && text.at(13) == QLatin1Char('-')
           && text.at(18) == QLatin1Char('-') && text.at(23) == QLatin1Char('-') && !QUuid::fromString(text).isNull();
}

/// Masks every string in @p value, recursively, except ids in UUID form.
QJsonValue maskStrings(const QJsonValue &value)
{
    if (value.isString())
        return isCanonicalUuid(value.toString()) ? value : QJsonValue(safeText(value.toString()));
    if (value.isArray()) {
        QJsonArray out;
        const QJsonArray in = value.toArray();
        for (const QJsonValue &item : in)
            out.append(maskStrings(item));
        return out;
    }
    if (value.isObject()) {
        QJsonObject out;
        const QJsonObject in = value.toObject();
        for (auto it = in.begin(); it != in.end(); ++it)
            out.insert(it.key(), maskStrings(it.value()));
        return out;
    }
    return value;
}

/// Reads the fields of one JSON object, remembering the first problem.
class Reader
{
public:
    Reader(const QJsonValue &value, const char *what, QString *error)
        : m_object(value.toObject())
        , m_what(QLatin1StringView(what))
        , m_error(error)
    {
        if (!value.isObject())
            fail(QStringLiteral("%1 must be a JSON object").arg(m_what));
    }

    bool ok() const { return m_ok; }
    const QJsonObject &object() const { return m_object; }

    void fail(const QString &message)
    {
        if (!m_ok)
            return;
        m_ok = false;
        if (m_error)
            *m_error = message;
    }

    void failField(const char *name, const QString &problem)
    {
        fail(QStringLiteral("%1.%2 %3").arg(m_what, QLatin1StringView(name), problem));
    }

    bool has(const char *name) const
    {
        const QJsonValue v = m_object.value(key(name));
        return !v.isUndefined() && !v.isNull();
    }

    QJsonValue value(const char *name) const { return m_object.value(key(name)); }

    QString string(const char *name, bool required = false)
    {
        const QJsonValue v = m_object.value(key(name));
        if (v.isUndefined() || v.isNull()) {
            if (required)
                failField(name, QStringLiteral("is required"));
            return QString();
        }
        if (!v.isString()) {
            failField(name, QStringLiteral("must be a string"));
            return QString();
        }
        if (required && v.toString().isEmpty())
            failField(name, QStringLiteral("must not be empty"));
        return v.toString();
    }

    qint64 integer(const char *name, bool required = false, qint64 fallback = 0)
    {
        const QJsonValue v = m_object.value(key(name));
        if (v.isUndefined() || v.isNull()) {
            if (required)
                failField(name, QStringLiteral("is required"));
            return fallback;
        }
        const double d = v.toDouble();
        if (!v.isDouble() || std::floor(d) != d || std::fabs(d) > 9007199254740991.0) {
            failField(name, QStringLiteral("must be an integer"));
            return fallback;
        }
        return v.toInteger();
    }

    bool boolean(const char *name, bool fallback, bool required = false)
    {
        const QJsonValue v = m_object.value(key(name));
        if (v.isUndefined() || v.isNull()) {
            if (required)
                failField(name, QStringLiteral("is required"));
            return fallback;
        }
        if (!v.isBool()) {
            failField(name, QStringLiteral("must be true or false"));
            return fallback;
        }
        return v.toBool();
    }

    QDateTime time(const char *name, bool required = false)
    {
        const QString text = string(name, required);
        if (text.isEmpty())
            return QDateTime();
        const std::optional<QDateTime> parsed = parseTimestamp(text);
        if (!parsed) {
            failField(name, QStringLiteral("must be an RFC 3339 timestamp such as 2026-11-22T09:15:00Z"));
            return QDateTime();
        }
        return *parsed;
    }

    QDate day(const char *name, bool required = false)
    {
        const QString text = string(name, required);
        if (text.isEmpty())
            return QDate();
        const std::optional<QDate> parsed = parseDate(text);
        if (!parsed) {
            failField(name, QStringLiteral("must be a date YYYY-MM-DD"));
            return QDate();
        }
        return *parsed;
    }

    Money money(const char *name, bool required = false)
    {
        const QJsonValue v = m_object.value(key(name));
        if (v.isUndefined() || v.isNull()) {
            if (required)
                failField(name, QStringLiteral("is required"));
            return Money();
        }
        QString problem;
        const std::optional<Money> parsed = moneyFromJson(v, &problem);
        if (!parsed) {
            failField(name, problem);
            return Money();
        }
        return *parsed;
    }

    /// A nested value decoded by @p decode; its problem is reported with this object's name.
    template <typename T>
    std::optional<T> nested(const char *name, std::optional<T> (*decode)(const QJsonValue &, QString *),
                            bool required = true)
    {
        const QJsonValue v = m_object.value(key(name));
        if (v.isUndefined() || v.isNull()) {
            if (required)
                failField(name, QStringLiteral("is required"));
            return std::nullopt;
        }
        QString problem;
        std::optional<T> parsed = decode(v, &problem);
        if (!parsed)
            fail(QStringLiteral("%1.%2: %3").arg(m_what, QLatin1StringView(name), problem));
        return parsed;
    }

    template <typename T>
    QList<T> list(const char *name, std::optional<T> (*decode)(const QJsonValue &, QString *))
    {
        QList<T> out;
        const QJsonValue v = m_object.value(key(name));
        if (v.isUndefined() || v.isNull())
            return out;
        if (!v.isArray()) {
            failField(name, QStringLiteral("must be an array"));
            return out;
        }
        const QJsonArray items = v.toArray();
        for (qsizetype i = 0; i < items.size(); ++i) {
            QString problem;
            std::optional<T> parsed = decode(items.at(i), &problem);
            if (!parsed) {
                fail(QStringLiteral("%1.%2[%3]: %4").arg(m_what, QLatin1StringView(name)).arg(i).arg(problem));
                return out;
            }
            out.append(*parsed);
        }
        return out;
    }

    /// A name that @p fromName must know.
    template <typename Enum>
    Enum named(const char *name, std::optional<Enum> (*fromName)(const QString &), Enum fallback,
               bool required = true)
    {
        const QString text = string(name, required);
        if (text.isEmpty())
            return fallback;
        const std::optional<Enum> parsed = fromName(text);
        if (!parsed) {
            failField(name, QStringLiteral("has an unknown value \"%1\"").arg(text.left(40)));
            return fallback;
        }
        return *parsed;
    }

private:
    QJsonObject m_object;
    QString m_what;
    QString *m_error;
    bool m_ok = true;
};

bool allDigits(const QString &text, qsizetype length)
{
    if (text.size() != length)
        return false;
    for (const QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

std::optional<TransactionStatus> transactionStatusFromName(const QString &name)
{
    for (const TransactionStatus status : {TransactionStatus::Pending, TransactionStatus::Posted,
                                           TransactionStatus::Declined, TransactionStatus::Reversed}) {
        if (TransactionStatusNames::name(status) == name)
            return status;
    }
    return std::nullopt;
}

std::optional<QUuid> uuidFrom(const QString &text)
{
    const QUuid id = QUuid::fromString(text);
    if (id.isNull())
        return std::nullopt;
    return id;
}

} // namespace

// --- scalars -----------------------------------------------------------------

QString timestamp(const QDateTime &time)
{
    if (!time.isValid())
        return QString();
    const QDateTime utc = time.toUTC();
    static const QString plain = QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'");
    static const QString withMs = QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz'Z'");
    return QLocale::c().toString(utc, utc.time().msec() ? withMs : plain);
}

namespace {

/// The form this codec writes, "2026-11-22T09:15:00Z" or with ".123" before
/// the Z, read without the regular expression (a page of the change feed
/// holds thousands). Anything else, or a day or time that does not exist:
/// nullopt, and parseTimestamp() reads it the general way.
std::optional<QDateTime> parseCanonicalTimestamp(QStringView text)
{
    const qsizetype n = text.size();
    if ((n != 20 && n != 24) || text.at(n - 1) != u'Z' || text.at(4) != u'-' || text.at(7) != u'-'
        || text.at(10) != u'T' || text.at(13) != u':' || text.at(16) != u':' || (n == 24 && text.at(19) != u'.'))
        return std::nullopt;
    bool digits = true;
    const auto number = [&](qsizetype from, qsizetype count) {
        int value = 0;
        for (qsizetype i = from; i < from + count; ++i) {
            const char16_t c = text.at(i).unicode();
            digits = digits && c >= u'0' && c <= u'9';
            value = value * 10 + (c - u'0');
        }
        return value;
    };
    const QDate day(number(0, 4), number(5, 2), number(8, 2));
    const QTime clock(number(11, 2), number(14, 2), number(17, 2), n == 24 ? number(20, 3) : 0);
    if (!digits || !day.isValid() || !clock.isValid())
        return std::nullopt;
    return QDateTime(day, clock, Qt::UTC);
}

} // namespace

std::optional<QDateTime> parseTimestamp(QStringView text)
{
    if (std::optional<QDateTime> canonical = parseCanonicalTimestamp(text))
        return canonical;
    // RFC 3339 section 5.6: date "T" time, optional fraction, "Z" or ±hh:mm.
    static const QRegularExpression pattern(QStringLiteral(
        "^(\\d{4})-(\\d{2})-(\\d{2})[Tt](\\d{2}):(\\d{2}):(\\d{2})(?:\\.(\\d{1,9}))?(?:([Zz])|([+-])(\\d{2}):(\\d{2}))$"));
    const QRegularExpressionMatch m = pattern.match(text.toString());
    if (!m.hasMatch())
        return std::nullopt;
    const QDate day(m.capturedView(1).toInt(), m.capturedView(2).toInt(), m.capturedView(3).toInt());
    int ms = 0;
    if (m.hasCaptured(7)) {
        const QString fraction = (m.captured(7) + QStringLiteral("00")).left(3);
        ms = fraction.toInt();
    }
    const QTime clock(m.capturedView(4).toInt(), m.capturedView(5).toInt(), m.capturedView(6).toInt(), ms);
    if (!day.isValid() || !clock.isValid())
        return std::nullopt;
    int offsetSeconds = 0;
    if (!m.hasCaptured(8)) {
        const int hours = m.capturedView(10).toInt();
        const int minutes = m.capturedView(11).toInt();
        if (hours > 23 || minutes > 59)
            return std::nullopt;
        offsetSeconds = (hours * 60 + minutes) * 60 * (m.capturedView(9) == u"-" ? -1 : 1);
    }
    const QDateTime local(day, clock, QTimeZone(offsetSeconds));
    if (!local.isValid())
        return std::nullopt;
    return local.toUTC();
}

QString date(const QDate &day)
{
    return day.isValid() ? day.toString(Qt::ISODate) : QString();
}

std::optional<QDate> parseDate(QStringView text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})$"));
    const QRegularExpressionMatch m = pattern.match(text.toString());
    if (!m.hasMatch())
        return std::nullopt;
    const QDate day(m.capturedView(1).toInt(), m.capturedView(2).toInt(), m.capturedView(3).toInt());
    if (!day.isValid())
        return std::nullopt;
    return day;
}

QString tierName(LoyaltyTier tier)
{
    switch (tier) {
    case LoyaltyTier::Basic:
        return QStringLiteral("basic");
    case LoyaltyTier::Silver:
        return QStringLiteral("silver");
    case LoyaltyTier::Gold:
        return QStringLiteral("gold");
    case LoyaltyTier::Platinum:
        return QStringLiteral("platinum");
    }
    return QStringLiteral("basic");
}

std::optional<LoyaltyTier> tierFromName(const QString &name)
{
    for (const LoyaltyTier tier : {LoyaltyTier::Basic, LoyaltyTier::Silver, LoyaltyTier::Gold, LoyaltyTier::Platinum}) {
        if (tierName(tier) == name)
            return tier;
    }
    return std::nullopt;
}

QString roleName(Agent::Role role)
{
    return role == Agent::RoleSupervisor ? QStringLiteral("supervisor") : QStringLiteral("agent");
}

std::optional<Agent::Role> roleFromName(const QString &name)
{
    if (name == QLatin1StringView("agent"))
        return Agent::RoleAgent;
    if (name == QLatin1StringView("supervisor"))
        return Agent::RoleSupervisor;
    return std::nullopt;
}

namespace {

struct BadgeName
{
    CustomerSummary::Badge badge;
    const char *name;
};

constexpr BadgeName badgeTable[] = {
    {CustomerSummary::HasLockedCard, "has_locked_card"},
    {CustomerSummary::HasBlockedCard, "has_blocked_card"},
    {CustomerSummary::Overdue, "overdue"},
    {CustomerSummary::Vip, "vip"},
};

} // namespace

QJsonArray badgeNames(int badges)
{
    QJsonArray names;
    for (const BadgeName &entry : badgeTable) {
        if (badges & entry.badge)
            names.append(QLatin1StringView(entry.name));
    }
    return names;
}

int badgesFromNames(const QJsonArray &names)
{
    int badges = CustomerSummary::NoBadge;
    for (const QJsonValue &name : names) {
        for (const BadgeName &entry : badgeTable) {
            if (name.toString() == QLatin1StringView(entry.name))
                badges |= entry.badge;
        }
    }
    return badges;
}

QString safeText(const QString &text)
{
    return CardNumber::maskInText(text);
}

// --- domain values -----------------------------------------------------------

QJsonObject toJson(const Money &money)
{
    return {{key("minor"), money.minor}, {key("currency"), money.currency}};
}

std::optional<Money> moneyFromJson(const QJsonValue &value, QString *error)
{
    Reader r(value, "money", error);
    Money money;
    money.minor = r.integer("minor", true);
    money.currency = r.string("currency", true);
    if (r.ok() && (money.currency.size() != 3 || money.currency.toUpper() != money.currency))
        r.failField("currency", QStringLiteral("must be an ISO 4217 code such as EUR"));
    if (!r.ok())
        return std::nullopt;
    return money;
}

QJsonObject toJson(const ContactDetails &contact)
{
    return {{key("phone"), textOrNull(contact.phoneE164)},
            {key("email"), textOrNull(contact.email)},
            {key("street"), textOrNull(contact.street)},
            {key("postcode"), textOrNull(contact.postcode)},
            {key("city"), textOrNull(contact.city)},
            {key("language"), contact.language}};
}

std::optional<ContactDetails> contactFromJson(const QJsonValue &value, QString *error)
{
    Reader r(value, "contact", error);
    ContactDetails contact;
    contact.phoneE164 = r.string("phone");
    contact.email = r.string("email");
    contact.street = r.string("street");
    contact.postcode = r.string("postcode");
    contact.city = r.string("city");
    contact.language = r.string("language");
    if (!r.ok())
        return std::nullopt;
    return contact;
}

QJsonObject toJson(const Benefit &benefit)
{
    return {{key("code"), safeText(benefit.code)},
            {key("description"), safeText(benefit.description)},
            {key("validUntil"), dateOrNull(benefit.validUntil)}};
}

std::optional<Benefit> benefitFromJson(const QJsonValue &value, QString *error)
{
    Reader r(value, "benefit", error);
    Benefit benefit;
    benefit.code = r.string("code", true);
    benefit.description = r.string("description");
    benefit.validUntil = r.day("validUntil");
    if (!r.ok())
        return std::nullopt;
    return benefit;
}

QJsonObject toJson(const Customer &customer)
{
    QJsonArray benefits;
    for (const Benefit &benefit : customer.benefits)
        benefits.append(toJson(benefit));
    return {{key("id"), customer.id},
            {key("customerNumber"), safeText(customer.customerNumber)},
            {key("firstName"), safeText(customer.firstName)},
            {key("lastName"), safeText(customer.lastName)},
            {key("birthDate"), dateOrNull(customer.birthDate)},   // not every record has one
            {key("nationalIdMasked"), safeText(customer.nationalIdMasked)},
            {key("country"), customer.country},
            {key("contact"), toJson(customer.contact)},
            {key("tier"), tierName(customer.tier)},
            {key("consentMarketing"), customer.consentMarketing},
            {key("consentSms"), customer.consentSms},
            {key("createdAt"), timestamp(customer.createdAt)},
            {key("updatedAt"), timestamp(customer.updatedAt)},
            {key("version"), customer.version},
            {key("benefits"), benefits}};
}

std::optional<Customer> customerFromJson(const QJsonValue &value, QString *error)
{
    Reader r(value, "customer", error);
    Customer customer;
    customer.id = r.integer("id", true);
    customer.customerNumber = r.string("customerNumber", true);
    customer.firstName = r.string("firstName", true);
    customer.lastName = r.string("lastName", true);
    customer.birthDate = r.day("birthDate");
    customer.nationalIdMasked = r.string("nationalIdMasked");
    customer.country = r.string("country");
    if (r.has("contact")) {
        if (const std::optional<ContactDetails> contact = r.nested("contact", &contactFromJson))
            customer.contact = *contact;
    }
    customer.tier = r.named("tier", &tierFromName, LoyaltyTier::Basic, false);
    customer.consentMarketing = r.boolean("consentMarketing", false);
    customer.consentSms = r.boolean("consentSms", false);
    customer.createdAt = r.time("createdAt");
    customer.updatedAt = r.time("updatedAt");
    customer.version = int(r.integer("version", false, 1));
    customer.benefits = r.list("benefits", &benefitFromJson);
    if (!r.ok())
        return std::nullopt;
    return customer;
}

QJsonObject toJson(const CustomerSummary &summary)
{
    QJsonArray last4s;
    const QStringList parts = summary.cardLast4s.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &part : parts)
        last4s.append(safeText(part));
    return {{key("id"), summary.id},
            {key("customerNumber"), safeText(summary.customerNumber)},
            {key("name"), safeText(summary.name)},
            {key("city"), textOrNull(summary.city)},
            {key("cardLast4s"), last4s},
            {key("phone"), textOrNull(summary.phoneE164)},
            {key("email"), textOrNull(summary.email)},
            {key("tier"), tierName(summary.tier)},
            {key("badges"), badgeNames(summary.badges)}};
}

std::optional<CustomerSummary> customerSummaryFromJson(const QJsonValue &value, QString *error)
{
    Reader r(value, "customerSummary", error);
    CustomerSummary summary;
    summary.id = r.integer("id", true);
    summary.customerNumber = r.string("customerNumber", true);
    summary.name = r.string("name", true);
    summary.city = r.string("city");
    const QJsonValue last4s = r.value("cardLast4s");
    if (!last4s.isUndefined() && !last4s.isNull() && !last4s.isArray())
        r.failField("cardLast4s", QStringLiteral("must be an array of strings"));
    QStringList parts;
    for (const QJsonValue &part : last4s.toArray()) {
        if (!allDigits(part.toString(), 4))
            r.failField("cardLast4s", QStringLiteral("must hold four-digit strings"));
        parts << part.toString();
    }
    summary.cardLast4s = parts.join(QLatin1Char(' '));
    summary.phoneE164 = r.string("phone");
    summary.email = r.string("email");
    summary.tier = r.named("tier", &tierFromName, LoyaltyTier::Basic, false);
    summary.badges = badgesFromNames(r.value("badges").toArray());
    if (!r.ok())
        return std::nullopt;
    return summary;
}

QJsonObject toJson(const Account &account)
{
    return {{key("id"), account.id},
            {key("accountNumber"), safeText(account.accountNumber)},
            {key("product"), safeText(account.product)},
            {key("creditLimit"), toJson(account.creditLimit)},
            {key("balance"), toJson(account.balance)},
            {key("dueDate"), dateOrNull(account.dueDate)},
            {key("minimumDue"), toJson(account.minimumDue)},
            {key("status"), account.status}};
}

std::optional<Account> accountFromJson(const QJsonValue &value, QString *error)
{
    Reader r(value, "account", error);
    Account account;
    account.id = r.integer("id", true);
    account.accountNumber = r.string("accountNumber", true);
    account.product = r.string("product");
    account.creditLimit = r.money("creditLimit", true);
    account.balance = r.money("balance", true);
    account.dueDate = r.day("dueDate");
    account.minimumDue = r.money("minimumDue");
    account.status = r.string("status", true);
    if (!r.ok())
        return std::nullopt;
    return account;
}

QJsonObject toJson(const CardControls &controls)
{
    return {{key("online"), controls.online},
            {key("abroad"), controls.abroad},
            {key("contactless"), controls.contactless},
            {key("atm"), controls.atm}};
}

std::optional<CardControls> controlsFromJson(const QJsonValue &value, QString *error)
{
    Reader r(value, "controls", error);
    CardControls controls;
    controls.online = r.boolean("online", true, true);
    controls.abroad = r.boolean("abroad", true, true);
    controls.contactless = r.boolean("contactless", true, true);
    controls.atm = r.boolean("atm", true, true);
    if (!r.ok())
        return std::nullopt;
    return controls;
}

QJsonObject limitsToJson(const CardLimits &limits, const QString &currency)
{
    auto amount = [&currency](const std::optional<qint64> &minor) {
        return minor ? QJsonValue(toJson(Money{*minor, currency})) : QJsonValue(QJsonValue::Null);
    };
    return {{key("perPurchase"), amount(limits.perPurchaseMinor)},
            {key("daily"), amount(limits.dailyMinor)},
            {key("dailyCash"), amount(limits.dailyCashMinor)}};
}

std::optional<CardLimits> limitsFromJson(const QJsonValue &value, QString *currency, QString *error)
{
    Reader r(value, "limits", error);
    CardLimits limits;
    QString seen;
    auto amount = [&r, &seen](const char *name) -> std::optional<qint64> {
        if (!r.has(name))
            return std::nullopt;
        const Money money = r.money(name);
        if (!seen.isEmpty() && money.currency != seen)
            r.failField(name, QStringLiteral("must be in the same currency as the other limits"));
        seen = money.currency;
        if (money.minor <= 0)
            r.failField(name, QStringLiteral("must be above zero"));
        return money.minor;
    };
    limits.perPurchaseMinor = amount("perPurchase");
    limits.dailyMinor = amount("daily");
    limits.dailyCashMinor = amount("dailyCash");
    if (!r.ok())
        return std::nullopt;
    if (currency && !seen.isEmpty())
        *currency = seen;
    return limits;
}

QString maskedPan(const QString &bin6, const QString &last4)
{
    return bin6.left(6) + QString(6, QLatin1Char('*')) + last4.right(4);
}

QJsonObject toJson(const CardView &view)
{
    const Card &card = view.card;
    // BIN and last four only: together ten digits, never a card number.
    const QString bin = card.bin.left(6);
    const QString last4 = card.last4.right(4);
    return {{key("id"), card.id},
            {key("accountId"), card.accountId},
            {key("customerId"), view.customerId},
            {key("maskedPan"), maskedPan(bin, last4)},
            {key("bin"), bin},
            {key("last4"), last4},
            {key("product"), safeText(card.product)},
            {key("embossedName"), safeText(card.embossedName)},
            {key("status"), CardLifecycle::stateName(card.status)},
            {key("statusReason"), textOrNull(card.statusReason)},
            {key("replacementReason"), textOrNull(card.replacementReason)},
            {key("replacementOf"), idOrNull(card.replacementOf)},
            {key("expiry"), date(card.expiry)},
            {key("controls"), toJson(CardControls::of(card))},
            {key("limits"), limitsToJson(view.limits, view.limitsCurrency)},
            {key("version"), card.version}};
}

std::optional<CardView> cardViewFromJson(const QJsonValue &value, QString *error)
{
    Reader r(value, "card", error);
    CardView view;
    Card &card = view.card;
    card.id = r.integer("id", true);
    card.accountId = r.integer("accountId");
    view.customerId = r.integer("customerId");
    card.bin = r.string("bin", true);
    card.last4 = r.string("last4", true);
    if (r.ok() && !allDigits(card.bin, 6))
        r.failField("bin", QStringLiteral("must be six digits"));
    if (r.ok() && !allDigits(card.last4, 4))
        r.failField("last4", QStringLiteral("must be four digits"));
    card.product = r.string("product");
    card.embossedName = r.string("embossedName");
    card.status = r.named("status", &CardLifecycle::stateFromName, CardLifecycle::State::Active);
    card.statusReason = r.string("statusReason");
    card.replacementReason = r.string("replacementReason");
    card.replacementOf = r.integer("replacementOf");
    card.expiry = r.day("expiry");
    card.version = int(r.integer("version", true, 1));
    if (r.has("controls")) {
        if (const std::optional<CardControls> controls = r.nested("controls", &controlsFromJson)) {
            card.onlineEnabled = controls->online;
            card.abroadEnabled = controls->abroad;
            card.contactlessEnabled = controls->contactless;
            card.atmEnabled = controls->atm;
        }
    }
    if (r.ok() && r.has("limits")) {
        QString problem;
        QString currency;
        const std::optional<CardLimits> limits = limitsFromJson(r.value("limits"), &currency, &problem);
        if (!limits) {
            r.fail(QStringLiteral("card.limits: ") + problem);
        } else {
            view.limits = *limits;
            if (!currency.isEmpty())
                view.limitsCurrency = currency;
        }
    }
    if (!r.ok())
        return std::nullopt;
    return view;
}

QJsonObject toJson(const Transaction &transaction)
{
    return {{key("id"), transaction.id},
            {key("cardId"), transaction.cardId},
            {key("cardLast4"), transaction.cardLast4.right(4)},
            {key("occurredAt"), timestamp(transaction.occurredAt)},
            {key("amount"), toJson(transaction.amount)},
            {key("merchant"), safeText(transaction.merchant)},
            {key("mcc"), transaction.mcc},
            {key("country"), transaction.country},
            {key("status"), TransactionStatusNames::name(transaction.status)},
            {key("disputeStatus"), textOrNull(transaction.disputeStatus)},
            {key("entryMode"), transaction.entryMode}};
}

std::optional<Transaction> transactionFromJson(const QJsonValue &value, QString *error)
{
    Reader r(value, "transaction", error);
    Transaction transaction;
    transaction.id = r.integer("id", true);
    transaction.cardId = r.integer("cardId", true);
    transaction.cardLast4 = r.string("cardLast4");
    transaction.occurredAt = r.time("occurredAt", true);
    transaction.amount = r.money("amount", true);
    transaction.merchant = r.string("merchant");
    transaction.mcc = r.string("mcc");
    transaction.country = r.string("country");
    transaction.status = r.named("status", &transactionStatusFromName, TransactionStatus::Posted);
    transaction.disputeStatus = r.string("disputeStatus");
    transaction.entryMode = r.string("entryMode");
    if (!r.ok())
        return std::nullopt;
    return transaction;
}

QJsonObject toJson(const CardEvent &event)
{
    return {{key("id"), event.id},
            {key("cardId"), event.cardId},
            {key("at"), timestamp(event.at)},
            {key("from"), CardLifecycle::stateName(event.from)},
            {key("to"), CardLifecycle::stateName(event.to)},
            {key("reasonCode"), textOrNull(event.reasonCode)},
            {key("reasonText"), textOrNull(event.reasonText)},
            {key("channel"), CardLifecycle::channelName(event.channel)},
            {key("agent"), textOrNull(event.agent)},
            {key("commandId"), textOrNull(event.commandId)}};
}

std::optional<CardEvent> cardEventFromJson(const QJsonValue &value, QString *error)
{
    Reader r(value, "cardEvent", error);
    CardEvent event;
    event.id = r.integer("id");
    event.cardId = r.integer("cardId", true);
    event.at = r.time("at", true);
    event.from = r.named("from", &CardLifecycle::stateFromName, CardLifecycle::State::Active);
    event.to = r.named("to", &CardLifecycle::stateFromName, CardLifecycle::State::Active);
    event.reasonCode = r.string("reasonCode");
    event.reasonText = r.string("reasonText");
    event.channel = r.named("channel", &CardLifecycle::channelFromName, CardLifecycle::Channel::AgentConsole);
    event.agent = r.string("agent");
    event.commandId = r.string("commandId");
    if (!r.ok())
        return std::nullopt;
    return event;
}

QJsonObject toJson(const VerificationRecord &record)
{
    const Verification::Outcome &outcome = record.outcome;
    return {{key("customerId"), record.customerId},
            {key("cardId"), idOrNull(record.cardId)},
            {key("method"), Verification::methodName(outcome.method)},
            {key("passed"), outcome.passed},
            {key("agent"), safeText(record.agent)},
            {key("at"), timestamp(outcome.at)},
            {key("validUntil"), timestamp(outcome.at.isValid() ? outcome.at.addSecs(Verification::ValidSeconds)
                                                               : QDateTime())}};
}

std::optional<VerificationRecord> verificationRecordFromJson(const QJsonValue &value, QString *error)
{
    Reader r(value, "verification", error);
    VerificationRecord record;
    record.customerId = r.integer("customerId", true);
    record.cardId = r.integer("cardId");
    record.outcome.method = r.named("method", &Verification::methodFromName, Verification::Method::CardIdentified);
    record.outcome.passed = r.boolean("passed", false, true);
    record.agent = r.string("agent");
    record.outcome.at = r.time("at", true);
    if (!r.ok())
        return std::nullopt;
    return record;
}

QJsonObject toJson(const HolderView &holder)
{
    return {{key("customerId"), holder.customerId},
            {key("addressFlag"), textOrNull(holder.addressFlag)},
            {key("verification"), holder.verification ? QJsonValue(toJson(*holder.verification))
                                                      : QJsonValue(QJsonValue::Null)},
            {key("deliveries"), maskStrings(holder.deliveries)},
            {key("openWorkflows"), maskStrings(holder.openWorkflows)}};
}

std::optional<HolderView> holderFromJson(const QJsonValue &value, QString *error)
{
    Reader r(value, "holder", error);
    HolderView holder;
    holder.customerId = r.integer("customerId", true);
    holder.addressFlag = r.string("addressFlag");
    if (r.has("verification")) {
        if (const std::optional<VerificationRecord> verification =
                r.nested("verification", &verificationRecordFromJson))
            holder.verification = *verification;
    }
    holder.deliveries = r.value("deliveries").toArray();
    holder.openWorkflows = r.value("openWorkflows").toArray();
    if (!r.ok())
        return std::nullopt;
    return holder;
}

QJsonObject toJson(const CustomerView &view)
{
    QJsonArray accounts;
    for (const Account &account : view.accounts)
        accounts.append(toJson(account));
    QJsonArray cards;
    for (const CardView &card : view.cards)
        cards.append(toJson(card));
    QJsonArray transactions;
    for (const Transaction &transaction : view.recentTransactions)
        transactions.append(toJson(transaction));
    return {{key("customer"), toJson(view.customer)},
            {key("accounts"), accounts},
            {key("cards"), cards},
            {key("recentTransactions"), transactions},
            {key("holder"), toJson(view.holder)}};
}

std::optional<CustomerView> customerViewFromJson(const QJsonValue &value, QString *error)
{
    Reader r(value, "customerView", error);
    CustomerView view;
    if (const std::optional<Customer> customer = r.nested("customer", &customerFromJson))
        view.customer = *customer;
    view.accounts = r.list("accounts", &accountFromJson);
    view.cards = r.list("cards", &cardViewFromJson);
    view.recentTransactions = r.list("recentTransactions", &transactionFromJson);
    if (r.has("holder")) {
        if (const std::optional<HolderView> holder = r.nested("holder", &holderFromJson))
            view.holder = *holder;
    }
    if (!r.ok())
        return std::nullopt;
    return view;
}

QJsonObject toJson(const AuditEntry &entry)
{
    return {{key("seq"), entry.seq},
            {key("commandId"), entry.commandId.isNull() ? QJsonValue(QJsonValue::Null)
                                                        : QJsonValue(entry.commandId.toString(QUuid::WithoutBraces))},
            {key("at"), timestamp(entry.at)},
            {key("agent"), safeText(entry.agent)},
            {key("action"), entry.action},
            {key("subject"), safeText(entry.subject)},
            {key("details"), maskStrings(entry.details)},
            {key("prevHash"), QString::fromLatin1(entry.prevHash)},
            {key("hash"), QString::fromLatin1(entry.hash)}};
}

std::optional<AuditEntry> auditEntryFromJson(const QJsonValue &value, QString *error)
{
    Reader r(value, "auditEntry", error);
    AuditEntry entry;
    entry.seq = r.integer("seq", true);
    const QString commandId = r.string("commandId");
    if (!commandId.isEmpty()) {
        const std::optional<QUuid> id = uuidFrom(commandId);
        if (!id)
            r.failField("commandId", QStringLiteral("must be a UUID"));
        else
            entry.commandId = *id;
    }
    entry.at = r.time("at", true);
    entry.agent = r.string("agent");
    entry.action = r.string("action", true);
    entry.subject = r.string("subject");
    const QJsonValue details = r.value("details");
    if (!details.isUndefined() && !details.isNull() && !details.isObject())
        r.failField("details", QStringLiteral("must be an object"));
    entry.details = details.toObject();
    entry.prevHash = r.string("prevHash", true).toLatin1();
    entry.hash = r.string("hash", true).toLatin1();
    if (r.ok() && (entry.prevHash.size() != 64 || entry.hash.size() != 64))
        r.fail(QStringLiteral("auditEntry hashes must be 64 hex digits"));
    if (!r.ok())
        return std::nullopt;
    return entry;
}

QJsonObject toJson(const Command &command)
{
    return {{key("id"), command.id.toString(QUuid::WithoutBraces)},
            {key("type"), command.type},
            {key("subject"), command.subject},
            {key("payload"), maskStrings(command.payload)},
            {key("agent"), textOrNull(command.agent)},
            {key("issuedAt"), timeOrNull(command.issuedAt)}};
}

std::optional<Command> commandFromJson(const QJsonValue &value, QString *error)
{
    Reader r(value, "command", error);
    Command command;
    const std::optional<QUuid> id = uuidFrom(r.string("id", true));
    if (r.ok() && !id)
        r.failField("id", QStringLiteral("must be a UUID"));
    if (id)
        command.id = *id;
    command.type = r.string("type", true);
    command.subject = r.string("subject");
    const QJsonValue payload = r.value("payload");
    if (!payload.isUndefined() && !payload.isNull() && !payload.isObject())
        r.failField("payload", QStringLiteral("must be an object"));
    command.payload = payload.toObject();
    command.agent = r.string("agent");
    command.issuedAt = r.time("issuedAt");
    if (!r.ok())
        return std::nullopt;
    return command;
}

QJsonObject toJson(const AgentProfile &profile)
{
    QJsonArray queues;
    for (const QString &queue : profile.queues)
        queues.append(queue);
    return {{key("id"), profile.id},
            {key("username"), safeText(profile.agent.username)},
            {key("displayName"), safeText(profile.agent.displayName)},
            {key("role"), roleName(profile.agent.role)},
            {key("language"), profile.language},
            {key("queues"), queues},
            {key("presence"), profile.presence},
            {key("presenceSince"), timeOrNull(profile.presenceSince)}};
}

std::optional<AgentProfile> agentProfileFromJson(const QJsonValue &value, QString *error)
{
    Reader r(value, "agent", error);
    AgentProfile profile;
    profile.id = r.integer("id", true);
    profile.agent.username = r.string("username", true);
    profile.agent.displayName = r.string("displayName");
    profile.agent.role = r.named("role", &roleFromName, Agent::RoleAgent);
    const QString language = r.string("language");
    if (!language.isEmpty())
        profile.language = language;
    const QJsonValue queues = r.value("queues");
    if (!queues.isUndefined() && !queues.isNull() && !queues.isArray())
        r.failField("queues", QStringLiteral("must be an array"));
    for (const QJsonValue &queue : queues.toArray())
        profile.queues.append(queue.toString());
    const QString presence = r.string("presence");
    if (!presence.isEmpty())
        profile.presence = presence;
    profile.presenceSince = r.time("presenceSince");
    if (!r.ok())
        return std::nullopt;
    return profile;
}

namespace {

template <typename Enum>
using NameReader = Enum (*)(const QString &, bool *);

template <typename Enum, NameReader<Enum> Read>
std::optional<Enum> optionalName(const QString &name)
{
    bool ok = false;
    const Enum value = Read(name, &ok);
    return ok ? std::optional<Enum>(value) : std::nullopt;
}

} // namespace

QJsonObject toJson(const ConversationSummary &conversation)
{
    QJsonArray topics;
    for (const QString &topic : conversation.topics) {
        if (!topics.contains(topic))
            topics.append(topic);
    }
    QJsonObject json{{key("id"), conversation.id},
            {key("customerId"), idOrNull(conversation.customerId)},
            {key("customerName"), safeText(conversation.customerName)},
            {key("channel"), ConversationNames::channelName(conversation.channel)},
            {key("status"), ConversationNames::statusName(conversation.status)},
            {key("priority"), ConversationNames::priorityName(conversation.priority)},
            {key("queue"), conversation.queue},
            {key("assignee"), textOrNull(conversation.assignee)},
            {key("topics"), topics},
            {key("language"), conversation.language},
            {key("subject"), safeText(conversation.subject)},
            {key("preview"), safeText(conversation.preview)},
            {key("createdAt"), timestamp(conversation.createdAt)},
            {key("updatedAt"), timestamp(conversation.updatedAt)},
            {key("firstResponseDue"), timeOrNull(conversation.firstResponseDue)},
            {key("resolutionDue"), timeOrNull(conversation.resolutionDue)},
            {key("messageCount"), conversation.messageCount},
            {key("hasAttachments"), conversation.hasAttachments},
            {key("version"), conversation.version}};
    if (conversation.slaTimes) {
        const ConversationSlaTimes &sla = *conversation.slaTimes;
        json.insert(key("sla"), QJsonObject{{key("firstResponseDue"), timeOrNull(sla.firstResponseDue)},
                                            {key("firstRespondedAt"), timeOrNull(sla.firstRespondedAt)},
                                            {key("resolutionDue"), timeOrNull(sla.resolutionDue)},
                                            {key("resolvedAt"), timeOrNull(sla.resolvedAt)}});
    }
    return json;
}

std::optional<ConversationSummary> conversationFromJson(const QJsonValue &value, QString *error)
{
    Reader r(value, "conversation", error);
    ConversationSummary c;
    c.id = r.integer("id", true);
    c.customerId = r.integer("customerId");
    c.customerName = r.string("customerName");
    c.channel = r.named("channel", &optionalName<Channel, &ConversationNames::channelFromName>, Channel::Email);
    c.status = r.named("status", &optionalName<ConversationStatus, &ConversationNames::statusFromName>,
                       ConversationStatus::New);
    c.priority = r.named("priority", &optionalName<Priority, &ConversationNames::priorityFromName>,
                         Priority::Normal);
    c.queue = r.string("queue", true);
    c.assignee = r.string("assignee");
    const QJsonValue topics = r.value("topics");
    if (!topics.isUndefined() && !topics.isNull() && !topics.isArray())
        r.failField("topics", QStringLiteral("must be an array"));
    for (const QJsonValue &topic : topics.toArray()) {
        bool known = false;
        ConversationNames::topicFromName(topic.toString(), &known);
        if (!known) {
            r.failField("topics", QStringLiteral("has an unknown topic \"%1\"").arg(topic.toString().left(40)));
            break;
        }
        c.topics.append(topic.toString());
    }
    c.language = r.string("language", true);
    c.subject = r.string("subject");
    c.preview = r.string("preview");
    c.createdAt = r.time("createdAt", true);
    c.updatedAt = r.time("updatedAt", true);
    c.firstResponseDue = r.time("firstResponseDue");
    c.resolutionDue = r.time("resolutionDue");
    c.messageCount = int(r.integer("messageCount", true));
    c.hasAttachments = r.boolean("hasAttachments", false, true);
    c.version = int(r.integer("version", true, 1));
    const QJsonValue sla = r.value("sla");
    if (sla.isObject()) {
        Reader s(sla, "conversation.sla", error);
        ConversationSlaTimes times;
        times.firstResponseDue = s.time("firstResponseDue");
        times.firstRespondedAt = s.time("firstRespondedAt");
        times.resolutionDue = s.time("resolutionDue");
        times.resolvedAt = s.time("resolvedAt");
        if (!s.ok())
            return std::nullopt;
        c.slaTimes = times;
    } else if (!sla.isUndefined() && !sla.isNull()) {
        r.failField("sla", QStringLiteral("must be an object"));
    }
    if (r.ok() && (c.id <= 0 || c.customerId < 0 || c.messageCount < 0 || c.version < 1))
        r.fail(QStringLiteral("conversation ids, counts and versions must be positive"));
    if (!r.ok())
        return std::nullopt;
    return c;
}

// --- The supervisors' facts --------------------------------------------------

QJsonObject toJson(const CsatRequestRecord &request)
{
    return {{key("id"), request.id},
            {key("conversationId"), request.conversationId},
            {key("agent"), textOrNull(request.agent)},
            {key("channel"), ConversationNames::channelName(request.channel)},
            {key("sentAt"), timestamp(request.sentAt)}};
}

std::optional<CsatRequestRecord> csatRequestFromJson(const QJsonValue &value, QString *error)
{
    Reader r(value, "csat_request", error);
    CsatRequestRecord request;
    request.id = r.integer("id", true);
    request.conversationId = r.integer("conversationId", true);
    request.agent = r.string("agent");
    request.channel = r.named("channel", &optionalName<Channel, &ConversationNames::channelFromName>,
                              Channel::Email);
    request.sentAt = r.time("sentAt", true);
    if (r.ok() && (request.id <= 0 || request.conversationId <= 0))
        r.fail(QStringLiteral("csat_request ids must be positive"));
    if (!r.ok())
        return std::nullopt;
    return request;
}

QJsonObject toJson(const CsatAnswerRecord &answer)
{
    return {{key("id"), answer.id},
            {key("conversationId"), answer.conversationId},
            {key("agent"), textOrNull(answer.agent)},
            {key("channel"), ConversationNames::channelName(answer.channel)},
            {key("score"), answer.score},
            {key("answeredAt"), timestamp(answer.answeredAt)}};
}

std::optional<CsatAnswerRecord> csatAnswerFromJson(const QJsonValue &value, QString *error)
{
    Reader r(value, "csat_answer", error);
    CsatAnswerRecord answer;
    answer.id = r.integer("id", true);
    answer.conversationId = r.integer("conversationId", true);
    answer.agent = r.string("agent");
    answer.channel = r.named("channel", &optionalName<Channel, &ConversationNames::channelFromName>,
                             Channel::Email);
    answer.score = int(r.integer("score", true));
    answer.answeredAt = r.time("answeredAt", true);
    if (r.ok() && (answer.id <= 0 || answer.conversationId <= 0))
        r.fail(QStringLiteral("csat_answer ids must be positive"));
    if (r.ok() && (answer.score < 1 || answer.score > 5))
        r.failField("score", QStringLiteral("must be from 1 to 5"));
    if (!r.ok())
        return std::nullopt;
    return answer;
}

QString cardOutcomeKindName(CardOutcomeRecord::Kind kind)
{
    switch (kind) {
    case CardOutcomeRecord::Lock:
        return QStringLiteral("lock");
    case CardOutcomeRecord::Replacement:
        return QStringLiteral("replacement");
    case CardOutcomeRecord::Dispute:
        return QStringLiteral("dispute");
    }
    return QStringLiteral("lock");
}

namespace {
CardOutcomeRecord::Kind cardOutcomeKindFromName(const QString &name, bool *ok)
{
    for (const CardOutcomeRecord::Kind kind :
         {CardOutcomeRecord::Lock, CardOutcomeRecord::Replacement, CardOutcomeRecord::Dispute}) {
        if (name == cardOutcomeKindName(kind)) {
            if (ok)
                *ok = true;
            return kind;
        }
    }
    if (ok)
        *ok = false;
    return CardOutcomeRecord::Lock;
}
} // namespace

QJsonObject toJson(const CardOutcomeRecord &outcome)
{
    return {{key("kind"), cardOutcomeKindName(outcome.kind)},
            {key("id"), outcome.id},
            {key("cardId"), outcome.cardId},
            {key("at"), timestamp(outcome.at)}};
}

std::optional<CardOutcomeRecord> cardOutcomeFromJson(const QJsonValue &value, QString *error)
{
    Reader r(value, "card_outcome", error);
    CardOutcomeRecord outcome;
    outcome.kind = r.named("kind", &optionalName<CardOutcomeRecord::Kind, &cardOutcomeKindFromName>,
                           CardOutcomeRecord::Lock, true);
    outcome.id = r.integer("id", true);
    outcome.cardId = r.integer("cardId", true);
    outcome.at = r.time("at", true);
    if (r.ok() && (outcome.id <= 0 || outcome.cardId <= 0))
        r.fail(QStringLiteral("card_outcome ids must be positive"));
    if (!r.ok())
        return std::nullopt;
    return outcome;
}

QJsonObject toJson(const Attachment &attachment)
{
    return {{key("id"), attachment.id},
            {key("fileName"), safeText(attachment.fileName)},
            {key("mimeType"), attachment.mimeType},
            {key("size"), attachment.size},
            {key("sha256"), QString::fromLatin1(attachment.sha256)},
            {key("contentId"), attachment.contentId.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                              : QJsonValue(attachment.contentId)},
            {key("href"), QStringLiteral("/v1/attachments/%1").arg(attachment.id)}};
}

std::optional<Attachment> attachmentFromJson(const QJsonValue &value, QString *error)
{
    Reader r(value, "attachment", error);
    Attachment a;
    a.id = r.integer("id", true);
    a.fileName = r.string("fileName", true);
    a.mimeType = r.string("mimeType", true);
    a.size = r.integer("size", true);
    a.sha256 = r.string("sha256", true).toLatin1();
    a.contentId = r.string("contentId");
    if (r.ok() && (a.sha256.size() != 64 || a.size < 0))
        r.fail(QStringLiteral("attachment.sha256 must be 64 hex digits and size not negative"));
    if (!r.ok())
        return std::nullopt;
    return a;
}

QJsonObject toJson(const Message &message)
{
    QJsonArray attachments;
    for (const Attachment &attachment : message.attachments)
        attachments.append(toJson(attachment));
    return {{key("id"), message.id},
            {key("conversationId"), message.conversationId},
            {key("direction"), ConversationNames::directionName(message.direction)},
            {key("author"), safeText(message.author)},
            {key("at"), timestamp(message.at)},
            {key("bodyText"), safeText(message.bodyText)},
            {key("bodyHtml"), message.bodyHtml.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                         : QJsonValue(safeText(message.bodyHtml))},
            {key("delivery"), ConversationNames::deliveryName(message.delivery)},
            {key("externalId"), textOrNull(message.externalId)},
            {key("attachments"), attachments},
            {key("commandId"), message.commandId.isNull()
                                   ? QJsonValue(QJsonValue::Null)
                                   : QJsonValue(message.commandId.toString(QUuid::WithoutBraces))}};
}

std::optional<Message> messageFromJson(const QJsonValue &value, QString *error)
{
    Reader r(value, "message", error);
    Message m;
    m.id = r.integer("id", true);
    m.conversationId = r.integer("conversationId", true);
    m.direction = r.named("direction", &optionalName<MessageDirection, &ConversationNames::directionFromName>,
                          MessageDirection::Inbound);
    m.author = r.string("author", true);
    m.at = r.time("at", true);
    m.bodyText = r.string("bodyText");
    m.bodyHtml = r.string("bodyHtml");
    m.delivery = r.named("delivery", &optionalName<DeliveryState, &ConversationNames::deliveryFromName>,
                         DeliveryState::Received);
    m.externalId = r.string("externalId");
    m.attachments = r.list("attachments", &attachmentFromJson);
    const QString commandId = r.string("commandId");
    if (!commandId.isEmpty()) {
        const std::optional<QUuid> id = uuidFrom(commandId);
        if (!id)
            r.failField("commandId", QStringLiteral("must be a UUID"));
        else
            m.commandId = *id;
    }
    if (!r.ok())
        return std::nullopt;
    return m;
}

// --- API envelopes -----------------------------------------------------------

QJsonObject toJson(const Session &session)
{
    return {{key("token"), session.token},
            {key("expiresAt"), timestamp(session.expiresAt)},
            {key("agent"), toJson(session.agent)}};
}

std::optional<Session> sessionFromJson(const QJsonValue &value, QString *error)
{
    Reader r(value, "session", error);
    Session session;
    session.token = r.string("token", true);
    session.expiresAt = r.time("expiresAt", true);
    const QJsonValue agent = r.value("agent");
    if (r.ok()) {
        QString problem;
        const std::optional<AgentProfile> parsed = agentProfileFromJson(agent, &problem);
        if (!parsed)
            r.fail(QStringLiteral("session.agent: ") + problem);
        else
            session.agent = *parsed;
    }
    if (!r.ok())
        return std::nullopt;
    return session;
}

QJsonObject toJson(const Change &change)
{
    QJsonObject object{{key("seq"), change.seq},
                       {key("entity"), change.entity},
                       {key("entityId"), change.entityId},
                       {key("op"), change.op},
                       {key("at"), timestamp(change.at)}};
    if (change.version)
        object.insert(key("version"), *change.version);
    if (!change.data.isEmpty())
        object.insert(key("data"), maskStrings(change.data));
    return object;
}

std::optional<Change> changeFromJson(const QJsonValue &value, QString *error)
{
    Reader r(value, "change", error);
    Change change;
    change.seq = r.integer("seq", true);
    change.entity = r.string("entity", true);
    change.entityId = r.integer("entityId", true);
    change.op = r.string("op", true);
    if (r.ok() && change.op != QLatin1StringView("upsert") && change.op != QLatin1StringView("delete"))
        r.failField("op", QStringLiteral("must be upsert or delete"));
    if (r.has("version"))
        change.version = int(r.integer("version"));
    const QJsonValue data = r.value("data");
    if (!data.isUndefined() && !data.isNull() && !data.isObject())
        r.failField("data", QStringLiteral("must be an object"));
    change.data = data.toObject();
    change.at = r.time("at", true);
    if (!r.ok())
        return std::nullopt;
    return change;
}

QJsonObject toJson(const Problem &problem)
{
    QJsonObject object = maskStrings(problem.extensions).toObject();
    object.insert(key("type"), problem.type.isEmpty() ? QStringLiteral("urn:carddesk:problem:") + problem.code
                                                      : problem.type);
    object.insert(key("title"), safeText(problem.title.isEmpty() ? problemTitle(problem.code) : problem.title));
    object.insert(key("status"), problem.status);
    object.insert(key("detail"), safeText(problem.detail));
    object.insert(key("code"), problem.code);
    if (!problem.instance.isEmpty())
        object.insert(key("instance"), problem.instance);
    if (!problem.errors.isEmpty()) {
        QJsonArray errors;
        for (const Problem::FieldError &fieldError : problem.errors)
            errors.append(QJsonObject{{key("field"), fieldError.field},
                                      {key("message"), safeText(fieldError.message)}});
        object.insert(key("errors"), errors);
    }
    return object;
}

std::optional<Problem> problemFromJson(const QJsonValue &value, QString *error)
{
    Reader r(value, "problem", error);
    Problem problem;
    problem.type = r.string("type");
    problem.title = r.string("title");
    problem.status = int(r.integer("status", true));
    problem.detail = r.string("detail");
    problem.code = r.string("code", true);
    problem.instance = r.string("instance");
    const QJsonValue errors = r.value("errors");
    if (!errors.isUndefined() && !errors.isNull() && !errors.isArray())
        r.failField("errors", QStringLiteral("must be an array"));
    for (const QJsonValue &item : errors.toArray()) {
        const QJsonObject entry = item.toObject();
        problem.errors.append({entry.value(key("field")).toString(), entry.value(key("message")).toString()});
    }
    static const char *const standard[] = {"type", "title", "status", "detail", "code", "instance", "errors"};
    QJsonObject extensions = r.object();
    for (const char *name : standard)
        extensions.remove(key(name));
    problem.extensions = extensions;
    if (!r.ok())
        return std::nullopt;
    return problem;
}

QString problemTitle(const QString &code)
{
    static const QHash<QString, QString> titles{
        {QStringLiteral("malformed_request"), QStringLiteral("Malformed request")},
        {QStringLiteral("idempotency_key_missing"), QStringLiteral("Idempotency key missing")},
        {QStringLiteral("validation_failed"), QStringLiteral("Validation failed")},
        {QStringLiteral("card_number_in_text"), QStringLiteral("Card number in text")},
        {QStringLiteral("idempotency_key_reused"), QStringLiteral("Idempotency key reused")},
        {QStringLiteral("unauthenticated"), QStringLiteral("Not signed in")},
        {QStringLiteral("invalid_credentials"), QStringLiteral("Sign-in failed")},
        {QStringLiteral("forbidden"), QStringLiteral("Not allowed for this role")},
        {QStringLiteral("not_found"), QStringLiteral("Not found")},
        {QStringLiteral("method_not_allowed"), QStringLiteral("Method not allowed")},
        {QStringLiteral("transition_not_allowed"), QStringLiteral("Transition not allowed")},
        {QStringLiteral("verification_required"), QStringLiteral("Verification required")},
        {QStringLiteral("workflow_open"), QStringLiteral("Workflow open")},
        {QStringLiteral("already_exists"), QStringLiteral("Already exists")},
        {QStringLiteral("cursor_expired"), QStringLiteral("Cursor expired")},
        {QStringLiteral("version_conflict"), QStringLiteral("Version conflict")},
        {QStringLiteral("precondition_required"), QStringLiteral("If-Match required")},
        {QStringLiteral("payload_too_large"), QStringLiteral("Request too large")},
        {QStringLiteral("upgrade_required"), QStringLiteral("WebSocket required")},
        {QStringLiteral("rate_limited"), QStringLiteral("Too many requests")},
        {QStringLiteral("internal_error"), QStringLiteral("Internal error")},
        {QStringLiteral("unavailable"), QStringLiteral("Service unavailable")},
    };
    return titles.value(code, QStringLiteral("Error"));
}

} // namespace JsonCodec
