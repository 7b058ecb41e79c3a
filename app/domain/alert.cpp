#include "alert.h"

#include "transactionstatusnames.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>

namespace {

/// "2026-11-21 14:05 UTC  EUR 1,840.00  ELEKTRO-DISCOUNT24.DE  DE  MCC 5732  online  posted"
QString transactionLine(const Transaction &t)
{
    return QStringLiteral("%1 UTC  %2  %3  %4  MCC %5  %6  %7")
        .arg(t.occurredAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")), FraudRules::formatMoney(t.amount),
             t.merchant, t.country, t.mcc, t.entryMode, TransactionStatusNames::name(t.status));
}

} // namespace

AlertFinding AlertFinding::of(const FraudRules::Finding &finding)
{
    AlertFinding f;
    f.rule = FraudRules::ruleName(finding.rule);
    for (const Transaction &t : finding.evidence)
        f.transactionIds << t.id;
    f.figures = finding.figures;
    f.details = finding.details;
    return f;
}

QJsonObject AlertFinding::toJson() const
{
    QJsonArray ids;
    for (qint64 id : transactionIds)
        ids.append(id);
    return {{QStringLiteral("rule"), rule},
            {QStringLiteral("transactions"), ids},
            {QStringLiteral("figures"), QJsonArray::fromStringList(figures)},
            {QStringLiteral("details"), details}};
}

std::optional<AlertFinding> AlertFinding::fromJson(const QJsonObject &object)
{
    AlertFinding f;
    f.rule = object.value(QLatin1StringView("rule")).toString();
    if (!FraudRules::ruleFromName(f.rule))
        return std::nullopt;
    const QJsonArray ids = object.value(QLatin1StringView("transactions")).toArray();
    for (const QJsonValue &id : ids) {
        if (!id.isDouble())
            return std::nullopt;
        f.transactionIds << id.toInteger();
    }
    const QJsonArray figures = object.value(QLatin1StringView("figures")).toArray();
    for (const QJsonValue &figure : figures)
        f.figures << figure.toString();
    f.details = object.value(QLatin1StringView("details")).toObject();
    return f;
}

QString Alert::ruleNames() const
{
    QStringList names;
    for (const AlertFinding &f : findings)
        names << f.rule;
    return names.join(QLatin1Char(' '));
}

QList<qint64> Alert::transactionIds() const
{
    QList<qint64> ids;
    for (const AlertFinding &f : findings) {
        for (qint64 id : f.transactionIds) {
            if (!ids.contains(id))
                ids << id;
        }
    }
    return ids;
}

QString Alert::statusName(Status status)
{
    switch (status) {
    case Status::Open: return QStringLiteral("open");
    case Status::Genuine: return QStringLiteral("genuine");
    case Status::Fraud: return QStringLiteral("fraud");
    }
    return QString();
}

std::optional<Alert::Status> Alert::statusFromName(const QString &name)
{
    for (Status status : {Status::Open, Status::Genuine, Status::Fraud}) {
        if (statusName(status) == name)
            return status;
    }
    return std::nullopt;
}

QJsonArray Alert::findingsToJson(const QList<AlertFinding> &findings)
{
    QJsonArray array;
    for (const AlertFinding &f : findings)
        array.append(f.toJson());
    return array;
}

std::optional<QList<AlertFinding>> Alert::findingsFromJson(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isArray())
        return std::nullopt;
    QList<AlertFinding> findings;
    const QJsonArray array = document.array();
    for (const QJsonValue &value : array) {
        const std::optional<AlertFinding> f = AlertFinding::fromJson(value.toObject());
        if (!f)
            return std::nullopt;
        findings << *f;
    }
    return findings;
}

QString Alert::subjectText(const QList<FraudRules::Finding> &findings, const QString &cardLast4)
{
    QStringList titles;
    for (const FraudRules::Finding &f : findings)
        titles << FraudRules::ruleTitle(f.rule).toLower();
    return QStringLiteral("Suspicious: %1 (card •••• %2)").arg(titles.join(QStringLiteral(", ")), cardLast4);
}

QString Alert::evidenceText(const QList<FraudRules::Finding> &findings, const QString &cardLast4)
{
    QString text = QStringLiteral("Fraud monitoring raised this alert on the card •••• %1. Confirm with the customer "
                                  "whether the transactions below are theirs: genuine closes the alert, fraud starts "
                                  "the compromised-card workflow.\n")
                       .arg(cardLast4);
    for (const FraudRules::Finding &f : findings) {
        text += QLatin1Char('\n') + FraudRules::ruleTitle(f.rule) + QStringLiteral(" [")
                + FraudRules::ruleName(f.rule) + QStringLiteral("]\n");
        for (const QString &figure : f.figures)
            text += QStringLiteral("  - ") + figure + QLatin1Char('\n');
        for (const Transaction &t : f.evidence)
            text += QStringLiteral("    ") + transactionLine(t) + QLatin1Char('\n');
    }
    return text.trimmed();
}

QString Alert::fraudReasonText(const Alert &alert, const QList<Transaction> &evidence)
{
    QStringList titles;
    for (const AlertFinding &f : alert.findings) {
        if (const std::optional<FraudRules::Rule> rule = FraudRules::ruleFromName(f.rule))
            titles << FraudRules::ruleTitle(*rule).toLower();
    }
    QStringList lines;
    for (const Transaction &t : evidence)
        lines << QStringLiteral("%1 %2 at %3 (%4)")
                     .arg(t.occurredAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                          FraudRules::formatMoney(t.amount), t.merchant, t.country);
    return QStringLiteral("Fraud alert %1 (%2): the customer does not recognise %3.")
        .arg(QString::number(alert.id), titles.join(QStringLiteral(", ")), lines.join(QStringLiteral("; ")));
}
