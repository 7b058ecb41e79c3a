#pragma once

#include "customer.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTime>
#include <QTimeZone>

#include <optional>

/// @short Suspicious-transaction rules, judged against the customer's own history.
///
/// Pure and deterministic: screen() takes the customer's home country, their
/// past transactions and the incoming ones, and returns what looks like
/// fraud, each finding with the rule, the transactions that are its evidence
/// and the figures that triggered it. Every threshold comes from one JSON
/// document, resources/fraud/rules.json (defaults()); nothing is built in.
///
/// The rules:
///  - AmountAboveUsual: far above the customer's usual amounts (a percentile
///    of their purchases) and their largest one, above a floor;
///  - NightHours: at night local time when the history has nothing then;
///  - NewCountry: card present in a country new to them while the card was
///    used card-present elsewhere within hours (it cannot be in both);
///  - RapidSeries: several transactions within minutes;
///  - CardNotPresentHighRisk: online in a high-risk merchant category the
///    customer has not used.
/// Thin histories do not alarm on everything: the amount and night rules
/// need a minimum history and stay silent below it.
class FraudRules
{
public:
    enum class Rule {
        AmountAboveUsual,
        NightHours,
        NewCountry,
        RapidSeries,
        CardNotPresentHighRisk
    };

    /// @short One rule's finding on the incoming transactions.
    struct Finding
    {
        Rule rule = Rule::AmountAboveUsual;
        QList<Transaction> evidence;   ///< oldest first: the incoming ones that triggered it, and their context
        QStringList figures;           ///< one line per trigger, English ("EUR 1,840.00 vs usual up to EUR 120.00 …")
        QJsonObject details;           ///< the figures as numbers, for the record
    };

    struct AmountThresholds
    {
        int minimumHistory = 0;
        int percentile = 0;
        double multiple = 0;
        double homeCardPresentMultiple = 0;   ///< for the card present in the home country
        double overLargest = 0;
        double minimumEur = 0;
    };
    struct NightThresholds
    {
        QTime from;
        QTime to;
        int minimumHistory = 0;
        int minimumHistoryDays = 0;
    };

    /// The shipped rules (:/fraud/rules.json), parsed once. When that cannot be
    /// read (a broken build) the result is not valid: check isValid() and
    /// error() rather than screening without rules.
    static FraudRules defaults();
    /// Rules from @p json; std::nullopt with *error saying what is wrong.
    static std::optional<FraudRules> fromJson(const QByteArray &json, QString *error);

    bool isValid() const { return m_valid; }
    QString error() const { return m_error; }

    /// Judges @p incoming (any order) against @p history (any order; only
    /// the last historyDays() days before each incoming transaction count).
    /// Incoming transactions are judged one after the other in time, each
    /// seeing the ones before it. One finding per rule, at most; oldest first.
    QList<Finding> screen(const QString &homeCountry, const QList<Transaction> &history,
                          const QList<Transaction> &incoming) const;

    int historyDays() const { return m_historyDays; }
    /// The amount in euro cents by the reference rates; std::nullopt for an unknown currency.
    std::optional<double> euroCents(const Money &amount) const;
    /// Where the transaction happened, in wall-clock time: the merchant's zone
    /// when the card was present, the home country's zone online.
    QTime localTime(const Transaction &transaction, const QString &homeCountry) const;

    /// "amount_above_usual", "night_hours", "new_country", "rapid_series", "cnp_high_risk".
    static QString ruleName(Rule rule);
    static std::optional<Rule> ruleFromName(const QString &name);
    static QList<Rule> allRules();
    /// A short English title ("Amount far above usual"); the UI translates by rule.
    static QString ruleTitle(Rule rule);
    /// "EUR 1,840.00": English grouping, two decimals, whatever the locale.
    static QString formatMoney(const Money &amount);

private:
    struct Judged;
    FraudRules() = default;
    bool parse(const QByteArray &json, QString *error);

    bool m_valid = false;
    QString m_error;
    int m_historyDays = 0;
    QHash<QString, double> m_eurPerUnit;
    QHash<QString, QTimeZone> m_zones;
    AmountThresholds m_amount;
    NightThresholds m_night;
    int m_newCountryHours = 0;
    int m_rapidCount = 0;
    int m_rapidMinutes = 0;
    QHash<QString, QString> m_highRiskCategories;   ///< MCC -> description
};
