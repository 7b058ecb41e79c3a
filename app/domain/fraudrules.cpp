#include "fraudrules.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <map>

namespace {

constexpr qint64 SecondsPerDay = 86400;

QString translated(const char *text)
{
    return QCoreApplication::translate("FraudRules", text);
}

bool isCardPresent(const Transaction &t)
{
    return t.entryMode != QLatin1StringView("online");
}

/// A purchase that tells what the customer usually spends: it went through, and it is a charge.
bool countsAsPurchase(const Transaction &t)
{
    return (t.status == TransactionStatus::Posted || t.status == TransactionStatus::Pending) && t.amount.minor > 0;
}

bool earlier(const Transaction &a, const Transaction &b)
{
    if (a.occurredAt != b.occurredAt)
        return a.occurredAt < b.occurredAt;
    return a.id < b.id;
}

QString durationText(qint64 seconds)
{
    seconds = std::abs(seconds);
    const qint64 hours = seconds / 3600;
    const qint64 minutes = seconds / 60 % 60;
    if (hours == 0)
        return QStringLiteral("%1 min").arg(minutes);
    return QStringLiteral("%1 h %2 min").arg(hours).arg(minutes);
}

/// A positive number from @p object[@p key]; false when it is missing or not positive.
bool positive(const QJsonObject &object, const char *key, double *value)
{
    const QJsonValue v = object.value(QLatin1StringView(key));
    if (!v.isDouble() || !(v.toDouble() > 0))
        return false;
    *value = v.toDouble();
    return true;
}

bool positiveInt(const QJsonObject &object, const char *key, int *value)
{
    double d = 0;
    if (!positive(object, key, &d) || d != std::floor(d) || d > 1e6)
        return false;
    *value = int(d);
    return true;
}

} // namespace

/// One transaction of the sequence, with what the rules ask of it computed once.
struct FraudRules::Judged
{
    const Transaction *transaction = nullptr;
    bool incoming = false;
    bool cardPresent = false;
    bool purchase = false;
    qint64 epoch = 0;            ///< seconds since 1970, UTC
    std::optional<double> eur;   ///< euro cents
    int localMinutes = 0;        ///< minutes after local midnight
};

FraudRules FraudRules::defaults()
{
    static const FraudRules shipped = [] {
        FraudRules rules;
        QFile file(QStringLiteral(":/fraud/rules.json"));
        if (!file.open(QIODevice::ReadOnly)) {
            rules.m_error = translated("The fraud rules :/fraud/rules.json cannot be read.");
            qWarning("%s", qUtf8Printable(rules.m_error));
            return rules;
        }
        QString error;
        if (!rules.parse(file.readAll(), &error)) {
            rules.m_valid = false;
            rules.m_error = error;
            qWarning("The shipped fraud rules are invalid: %s", qUtf8Printable(error));
        }
        return rules;
    }();
    return shipped;
}

std::optional<FraudRules> FraudRules::fromJson(const QByteArray &json, QString *error)
{
    FraudRules rules;
    QString problem;
    if (!rules.parse(json, &problem)) {
        if (error)
            *error = problem;
        return std::nullopt;
    }
    if (error)
        error->clear();
    return rules;
}

bool FraudRules::parse(const QByteArray &json, QString *error)
{
    const auto fail = [error](const QString &message) {
        *error = message;
        return false;
    };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(translated("The fraud rules are not valid JSON: %1 at offset %2")
                        .arg(parseError.errorString())
                        .arg(parseError.offset));
    if (!document.isObject())
        return fail(translated("The fraud rules must be a JSON object."));
    const QJsonObject root = document.object();

    if (!positiveInt(root, "historyDays", &m_historyDays) || m_historyDays > 3660)
        return fail(translated("\"historyDays\" of the fraud rules must be a whole number of days from 1 to 3660."));

    const QJsonObject rates = root.value(QLatin1StringView("eurPerUnit")).toObject();
    if (rates.isEmpty())
        return fail(translated("The fraud rules need reference rates (\"eurPerUnit\"), at least for EUR."));
    for (auto it = rates.begin(); it != rates.end(); ++it) {
        if (it.key().size() != 3 || !(it.value().toDouble() > 0))
            return fail(translated("The reference rate of \"%1\" must be a positive number for a three-letter currency.")
                            .arg(it.key()));
        m_eurPerUnit.insert(it.key(), it.value().toDouble());
    }

    const QJsonObject zones = root.value(QLatin1StringView("timeZones")).toObject();
    for (auto it = zones.begin(); it != zones.end(); ++it) {
        const QTimeZone zone(it.value().toString().toUtf8());
        if (it.key().size() != 2 || !zone.isValid())
            return fail(translated("Unknown time zone \"%1\" for country \"%2\" in the fraud rules.")
                            .arg(it.value().toString(), it.key()));
        m_zones.insert(it.key(), zone);
    }

    const QJsonObject amount = root.value(QLatin1StringView("amountAboveUsual")).toObject();
    if (!positiveInt(amount, "minimumHistory", &m_amount.minimumHistory)
        || !positiveInt(amount, "percentile", &m_amount.percentile) || m_amount.percentile > 100
        || !positive(amount, "multiple", &m_amount.multiple) || !positive(amount, "overLargest", &m_amount.overLargest)
        || !positive(amount, "minimumEur", &m_amount.minimumEur)
        || !positive(amount, "homeCardPresentMultiple", &m_amount.homeCardPresentMultiple))
        return fail(translated("\"amountAboveUsual\" needs positive minimumHistory, percentile (1-100), multiple, "
                               "homeCardPresentMultiple, overLargest and minimumEur."));

    const QJsonObject night = root.value(QLatin1StringView("nightHours")).toObject();
    m_night.from = QTime::fromString(night.value(QLatin1StringView("from")).toString(), QStringLiteral("HH:mm"));
    m_night.to = QTime::fromString(night.value(QLatin1StringView("to")).toString(), QStringLiteral("HH:mm"));
    if (!m_night.from.isValid() || !m_night.to.isValid() || m_night.from == m_night.to
        || !positiveInt(night, "minimumHistory", &m_night.minimumHistory)
        || !positiveInt(night, "minimumHistoryDays", &m_night.minimumHistoryDays))
        return fail(translated("\"nightHours\" needs \"from\" and \"to\" as \"HH:mm\" (different), and positive "
                               "minimumHistory and minimumHistoryDays."));

    if (!positiveInt(root.value(QLatin1StringView("newCountry")).toObject(), "withinHours", &m_newCountryHours))
        return fail(translated("\"newCountry\" needs a positive whole number of hours (\"withinHours\")."));

    const QJsonObject rapid = root.value(QLatin1StringView("rapidSeries")).toObject();
    if (!positiveInt(rapid, "count", &m_rapidCount) || m_rapidCount < 2 || !positiveInt(rapid, "withinMinutes", &m_rapidMinutes))
        return fail(translated("\"rapidSeries\" needs a count of at least 2 and a positive \"withinMinutes\"."));

    const QJsonObject categories =
        root.value(QLatin1StringView("cardNotPresentHighRisk")).toObject().value(QLatin1StringView("categories")).toObject();
    if (categories.isEmpty())
        return fail(translated("\"cardNotPresentHighRisk\" needs its high-risk merchant categories."));
    for (auto it = categories.begin(); it != categories.end(); ++it) {
        const QString mcc = it.key();
        if (mcc.size() != 4 || !std::all_of(mcc.cbegin(), mcc.cend(), [](QChar c) { return c.isDigit(); }))
            return fail(translated("\"%1\" is not a four-digit merchant category code.").arg(mcc));
        m_highRiskCategories.insert(mcc, it.value().toString());
    }
    m_valid = true;
    m_error.clear();
    return true;
}

std::optional<double> FraudRules::euroCents(const Money &amount) const
{
    const auto it = m_eurPerUnit.constFind(amount.currency);
    if (it == m_eurPerUnit.cend())
        return std::nullopt;
    return double(amount.minor) * it.value();
}

QTime FraudRules::localTime(const Transaction &transaction, const QString &homeCountry) const
{
    const QString country = isCardPresent(transaction) ? transaction.country : homeCountry;
    auto zone = m_zones.constFind(country);
    if (zone == m_zones.cend())
        zone = m_zones.constFind(homeCountry);
    if (zone == m_zones.cend())
        return transaction.occurredAt.toUTC().time();
    return transaction.occurredAt.toTimeZone(zone.value()).time();
}

QList<FraudRules::Finding> FraudRules::screen(const QString &homeCountry, const QList<Transaction> &history,
                                              const QList<Transaction> &incoming) const
{
    if (!m_valid || incoming.isEmpty())
        return {};

    QList<Judged> all;
    all.reserve(history.size() + incoming.size());
    const auto add = [&](const Transaction &t, bool isIncoming) {
        if (!t.occurredAt.isValid())
            return;
        Judged j;
        j.transaction = &t;
        j.incoming = isIncoming;
        j.cardPresent = isCardPresent(t);
        j.purchase = countsAsPurchase(t);
        j.epoch = t.occurredAt.toSecsSinceEpoch();
        j.eur = euroCents(t.amount);
        const QTime local = localTime(t, homeCountry);
        j.localMinutes = local.hour() * 60 + local.minute();
        all.append(j);
    };
    for (const Transaction &t : history)
        add(t, false);
    for (const Transaction &t : incoming)
        add(t, true);
    std::stable_sort(all.begin(), all.end(),
                     [](const Judged &a, const Judged &b) { return earlier(*a.transaction, *b.transaction); });

    const int nightFrom = m_night.from.hour() * 60 + m_night.from.minute();
    const int nightTo = m_night.to.hour() * 60 + m_night.to.minute();
    const auto atNight = [&](int minutes) {
        return nightFrom < nightTo ? minutes >= nightFrom && minutes < nightTo
                                   : minutes >= nightFrom || minutes < nightTo;
    };
    const QLocale english(QLocale::English, QLocale::UnitedKingdom);

    std::map<Rule, Finding> found;
    const auto report = [&](Rule rule, QList<const Transaction *> evidence, const QString &figure,
                            const QJsonObject &details) {
        Finding &f = found[rule];
        f.rule = rule;
        for (const Transaction *t : evidence) {
            const bool known = std::any_of(f.evidence.cbegin(), f.evidence.cend(), [t](const Transaction &e) {
                return e.id == t->id && e.occurredAt == t->occurredAt && e.amount.minor == t->amount.minor;
            });
            if (!known)
                f.evidence.append(*t);
        }
        std::stable_sort(f.evidence.begin(), f.evidence.end(), earlier);
        if (rule == Rule::RapidSeries && !f.figures.isEmpty()) {
            // A longer series supersedes the shorter one it contains.
            f.figures = {figure};
            f.details = details;
            return;
        }
        f.figures.append(figure);
        if (f.details.isEmpty())
            f.details = details;
    };

    int lo = 0;
    const qint64 historySeconds = qint64(m_historyDays) * SecondsPerDay;
    for (int i = 0; i < all.size(); ++i) {
        const Judged &x = all.at(i);
        if (!x.incoming)
            continue;
        while (lo < i && all.at(lo).epoch < x.epoch - historySeconds)
            ++lo;
        const Transaction &t = *x.transaction;
        const int windowSize = i - lo;

        // Amount far above the usual.
        if (x.eur && *x.eur >= m_amount.minimumEur * 100) {
            QList<double> amounts;
            amounts.reserve(windowSize);
            for (int k = lo; k < i; ++k) {
                if (all.at(k).purchase && all.at(k).eur)
                    amounts.append(*all.at(k).eur);
            }
            if (amounts.size() >= m_amount.minimumHistory) {
                std::sort(amounts.begin(), amounts.end());
                const qsizetype rank = std::clamp<qsizetype>(
                    qsizetype(std::ceil(m_amount.percentile / 100.0 * double(amounts.size()))) - 1, 0,
                    amounts.size() - 1);
                const double usual = amounts.at(rank);
                const double largest = amounts.constLast();
                // The card at home, with its chip and PIN, is the customer far more often than not.
                const bool atHome = x.cardPresent && t.country == homeCountry;
                const double multiple = atHome ? m_amount.homeCardPresentMultiple : m_amount.multiple;
                if (*x.eur >= multiple * usual && *x.eur >= m_amount.overLargest * largest) {
                    const double perUnit = m_eurPerUnit.value(t.amount.currency, 1.0);
                    const Money usualMoney{qint64(std::llround(usual / perUnit)), t.amount.currency};
                    const Money largestMoney{qint64(std::llround(largest / perUnit)), t.amount.currency};
                    const double times = usual > 0 ? *x.eur / usual : 0;
                    report(Rule::AmountAboveUsual, {&t},
                           QStringLiteral("%1 at %2 vs usual up to %3 (%4 times; %5th percentile of %6 purchases), "
                                          "largest before %7")
                               .arg(formatMoney(t.amount), t.merchant, formatMoney(usualMoney),
                                    english.toString(times, 'f', 1))
                               .arg(m_amount.percentile)
                               .arg(amounts.size())
                               .arg(formatMoney(largestMoney)),
                           {{QStringLiteral("amountMinor"), t.amount.minor},
                            {QStringLiteral("currency"), t.amount.currency},
                            {QStringLiteral("usualMinor"), usualMoney.minor},
                            {QStringLiteral("largestMinor"), largestMoney.minor},
                            {QStringLiteral("purchases"), amounts.size()}});
                }
            }
        }

        // Night hours the customer never uses.
        if (atNight(x.localMinutes) && windowSize >= m_night.minimumHistory
            && all.at(i - 1).epoch - all.at(lo).epoch >= qint64(m_night.minimumHistoryDays) * SecondsPerDay) {
            bool usedAtNight = false;
            for (int k = lo; k < i && !usedAtNight; ++k)
                usedAtNight = atNight(all.at(k).localMinutes);
            if (!usedAtNight) {
                const QString where = x.cardPresent ? t.country : homeCountry;
                report(Rule::NightHours, {&t},
                       QStringLiteral("%1 at %2 local time (%3); none of %4 transactions in %5 days between %6 and %7")
                           .arg(t.merchant, QTime(x.localMinutes / 60, x.localMinutes % 60).toString(u"HH:mm"), where)
                           .arg(windowSize)
                           .arg(m_historyDays)
                           .arg(m_night.from.toString(u"HH:mm"), m_night.to.toString(u"HH:mm")),
                       {{QStringLiteral("localTime"), QTime(x.localMinutes / 60, x.localMinutes % 60).toString(u"HH:mm")},
                        {QStringLiteral("history"), windowSize}});
            }
        }

        // A country new to them, while the card was used elsewhere: it cannot be in both.
        if (x.cardPresent) {
            const auto newAt = [&](int index) {
                const Judged &j = all.at(index);
                const QString &country = j.transaction->country;
                if (country == homeCountry)
                    return false;
                for (int k = lo; k < index; ++k) {
                    const Judged &h = all.at(k);
                    if (h.cardPresent && h.epoch >= j.epoch - historySeconds && h.transaction->country == country)
                        return false;
                }
                return true;
            };
            const bool incomingIsNew = newAt(i);
            for (int k = i - 1; k >= lo && all.at(k).epoch >= x.epoch - qint64(m_newCountryHours) * 3600; --k) {
                const Judged &h = all.at(k);
                if (!h.cardPresent || h.transaction->country == t.country)
                    continue;
                const bool otherIsNew = !incomingIsNew && newAt(k);
                if (!incomingIsNew && !otherIsNew)
                    continue;
                const Transaction &fresh = incomingIsNew ? t : *h.transaction;
                const Transaction &other = incomingIsNew ? *h.transaction : t;
                report(Rule::NewCountry, {h.transaction, &t},
                       QStringLiteral("Card present in %1 (not in %2 days of history) at %3, %4 from card-present use "
                                      "in %5 at %6")
                           .arg(fresh.country)
                           .arg(m_historyDays)
                           .arg(fresh.merchant, durationText(x.epoch - h.epoch), other.country, other.merchant),
                       {{QStringLiteral("country"), fresh.country},
                        {QStringLiteral("otherCountry"), other.country},
                        {QStringLiteral("minutesApart"), (x.epoch - h.epoch) / 60}});
                break;
            }
        }

        // A rapid series.
        {
            const qint64 since = x.epoch - qint64(m_rapidMinutes) * 60;
            QList<const Transaction *> series;
            for (int k = i - 1; k >= lo && all.at(k).epoch >= since; --k)
                series.prepend(all.at(k).transaction);
            series.append(&t);
            if (series.size() >= m_rapidCount) {
                const qint64 span = x.epoch - series.constFirst()->occurredAt.toSecsSinceEpoch();
                int declined = 0;
                for (const Transaction *s : std::as_const(series))
                    declined += s->status == TransactionStatus::Declined ? 1 : 0;
                report(Rule::RapidSeries, series,
                       QStringLiteral("%1 transactions within %2 (%3 declined), the last at %4")
                           .arg(series.size())
                           .arg(durationText(span))
                           .arg(declined)
                           .arg(t.merchant),
                       {{QStringLiteral("count"), series.size()},
                        {QStringLiteral("seconds"), span},
                        {QStringLiteral("declined"), declined}});
            }
        }

        // Card not present in a high-risk category new to them.
        if (!x.cardPresent && m_highRiskCategories.contains(t.mcc)) {
            bool usedBefore = false;
            for (int k = lo; k < i && !usedBefore; ++k)
                usedBefore = all.at(k).transaction->mcc == t.mcc;
            if (!usedBefore) {
                report(Rule::CardNotPresentHighRisk, {&t},
                       QStringLiteral("%1 online at %2, MCC %3 (%4), a category not used in %5 days")
                           .arg(formatMoney(t.amount), t.merchant, t.mcc, m_highRiskCategories.value(t.mcc))
                           .arg(m_historyDays),
                       {{QStringLiteral("mcc"), t.mcc}, {QStringLiteral("category"), m_highRiskCategories.value(t.mcc)}});
            }
        }
    }

    QList<Finding> findings;
    for (auto &entry : found)
        findings.append(std::move(entry.second));
    std::stable_sort(findings.begin(), findings.end(), [](const Finding &a, const Finding &b) {
        return earlier(a.evidence.constFirst(), b.evidence.constFirst());
    });
    return findings;
}

QString FraudRules::ruleName(Rule rule)
{
    switch (rule) {
    case Rule::AmountAboveUsual: return QStringLiteral("amount_above_usual");
    case Rule::NightHours: return QStringLiteral("night_hours");
    case Rule::NewCountry: return QStringLiteral("new_country");
    case Rule::RapidSeries: return QStringLiteral("rapid_series");
    case Rule::CardNotPresentHighRisk: return QStringLiteral("cnp_high_risk");
    }
    return QString();
}

std::optional<FraudRules::Rule> FraudRules::ruleFromName(const QString &name)
{
    for (Rule rule : allRules()) {
        if (ruleName(rule) == name)
            return rule;
    }
    return std::nullopt;
}

QList<FraudRules::Rule> FraudRules::allRules()
{
    return {Rule::AmountAboveUsual, Rule::NightHours, Rule::NewCountry, Rule::RapidSeries,
            Rule::CardNotPresentHighRisk};
}

QString FraudRules::ruleTitle(Rule rule)
{
    switch (rule) {
    case Rule::AmountAboveUsual: return QStringLiteral("Amount far above usual");
    case Rule::NightHours: return QStringLiteral("Night hours never used");
    case Rule::NewCountry: return QStringLiteral("New country, card used elsewhere");
    case Rule::RapidSeries: return QStringLiteral("Rapid series");
    case Rule::CardNotPresentHighRisk: return QStringLiteral("Online in a high-risk category");
    }
    return QString();
}

QString FraudRules::formatMoney(const Money &amount)
{
    static const QLocale english(QLocale::English, QLocale::UnitedKingdom);
    return amount.currency + QLatin1Char(' ') + english.toString(double(amount.minor) / 100.0, 'f', 2);
}
