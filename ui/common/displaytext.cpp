#include "displaytext.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

namespace DisplayText {

QString money(const Money &amount)
{
    const QLocale locale;
    QString symbol = amount.currency;
    if (amount.currency == QLatin1StringView("EUR"))
        symbol = QStringLiteral("€");
    return locale.toCurrencyString(amount.major(), symbol, 2);
}

QString date(const QDate &date)
{
    if (!date.isValid())
        return QCoreApplication::translate("DisplayText", "—", "no date");
    return QLocale().toString(date, QLocale::ShortFormat);
}

QString dateTime(const QDateTime &dateTime)
{
    if (!dateTime.isValid())
        return QString();
    const QDateTime local = dateTime.toLocalTime();
    const QLocale locale;
    return locale.toString(local.date(), QLocale::ShortFormat) + QLatin1Char(' ')
        + locale.toString(local.time(), QLocale::ShortFormat);
}

QString recentDateTime(const QDateTime &dateTime)
{
    if (!dateTime.isValid())
        return QString();
    const QDateTime local = dateTime.toLocalTime();
    if (local.date().year() != QDate::currentDate().year())
        return DisplayText::dateTime(dateTime);

    // The locale's short date without its year: "20/11", "20.11.", "11-20".
    const QLocale locale;
    QString format = locale.dateFormat(QLocale::ShortFormat);
    static const QRegularExpression year(QStringLiteral("[^dM]*y+[^dM]*"));
    const QRegularExpressionMatch match = year.match(format);
    if (match.hasMatch()) {
        const bool atEnd = match.capturedEnd() == format.size();
        format.remove(match.capturedStart(), match.capturedLength());
        // Finnish and Norwegian write day and month with a closing dot: "20.11."
        if (atEnd && format.contains(QLatin1Char('.')) && !format.endsWith(QLatin1Char('.')))
            format += QLatin1Char('.');
    }
    return locale.toString(local.date(), format) + QLatin1Char(' ')
        + locale.toString(local.time(), QLocale::ShortFormat);
}

QString expiry(const QDate &expiry)
{
    if (!expiry.isValid())
        return QString();
    return QStringLiteral("%1/%2")
        .arg(expiry.month(), 2, 10, QLatin1Char('0'))
        .arg(expiry.year());
}

QString languageName(const QString &code)
{
    if (code == QLatin1StringView("fi"))
        return QCoreApplication::translate("DisplayText", "Finnish");
    if (code == QLatin1StringView("sv"))
        return QCoreApplication::translate("DisplayText", "Swedish");
    if (code == QLatin1StringView("nb"))
        return QCoreApplication::translate("DisplayText", "Norwegian (Bokmål)");
    if (code == QLatin1StringView("en"))
        return QCoreApplication::translate("DisplayText", "English");
    return code;
}

QString tier(LoyaltyTier tier)
{
    switch (tier) {
    case LoyaltyTier::Basic:
        return QCoreApplication::translate("DisplayText", "Basic", "loyalty tier");
    case LoyaltyTier::Silver:
        return QCoreApplication::translate("DisplayText", "Silver", "loyalty tier");
    case LoyaltyTier::Gold:
        return QCoreApplication::translate("DisplayText", "Gold", "loyalty tier");
    case LoyaltyTier::Platinum:
        return QCoreApplication::translate("DisplayText", "Platinum", "loyalty tier");
    }
    return QString();
}

Pill::Tone tierTone(LoyaltyTier tier)
{
    switch (tier) {
    case LoyaltyTier::Gold:
        return Pill::Tone::Gold;
    case LoyaltyTier::Platinum:
        return Pill::Tone::Platinum;
    case LoyaltyTier::Silver:
        return Pill::Tone::Silver;
    case LoyaltyTier::Basic:
        break;
    }
    return Pill::Tone::Neutral;
}

QString cardStatus(CardStatus status)
{
    switch (status) {
    case CardStatus::Ordered:
        return QCoreApplication::translate("DisplayText", "Ordered", "card status");
    case CardStatus::Shipped:
        return QCoreApplication::translate("DisplayText", "Shipped", "card status");
    case CardStatus::Delivered:
        return QCoreApplication::translate("DisplayText", "Delivered", "card status");
    case CardStatus::PendingActivation:
        return QCoreApplication::translate("DisplayText", "Not activated", "card status");
    case CardStatus::Active:
        return QCoreApplication::translate("DisplayText", "Active", "card status");
    case CardStatus::Locked:
        return QCoreApplication::translate("DisplayText", "Locked", "card status");
    case CardStatus::Closed:
        return QCoreApplication::translate("DisplayText", "Closed", "card status");
    }
    return QString();
}

QString cardStatusReason(const QString &reason)
{
    if (reason.isEmpty())
        return QString();
    if (reason == QLatin1StringView("lost"))
        return QCoreApplication::translate("DisplayText", "Lost", "card status reason");
    if (reason == QLatin1StringView("stolen"))
        return QCoreApplication::translate("DisplayText", "Stolen", "card status reason");
    if (reason == QLatin1StringView("damaged"))
        return QCoreApplication::translate("DisplayText", "Damaged", "card status reason");
    if (reason == QLatin1StringView("fraud"))
        return QCoreApplication::translate("DisplayText", "Suspected fraud", "card status reason");
    if (reason == QLatin1StringView("customer_request"))
        return QCoreApplication::translate("DisplayText", "Customer request", "card status reason");
    if (reason == QLatin1StringView("replaced"))
        return QCoreApplication::translate("DisplayText", "Replaced", "card status reason");
    if (reason == QLatin1StringView("expired"))
        return QCoreApplication::translate("DisplayText", "Expired", "card status reason");
    if (reason == QLatin1StringView("undeliverable"))
        return QCoreApplication::translate("DisplayText", "Undeliverable", "card status reason");
    QString text = reason;
    text.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

Pill::Tone cardStatusTone(CardStatus status, const QString &reason)
{
    switch (status) {
    case CardStatus::Active:
        return Pill::Tone::Success;
    case CardStatus::Locked:
        return Pill::Tone::Warning;
    case CardStatus::Closed:
        // Closed because it is out of the customer's hands: the agent must see it.
        if (reason == QLatin1StringView("lost") || reason == QLatin1StringView("stolen")
            || reason == QLatin1StringView("fraud") || reason == QLatin1StringView("damaged"))
            return Pill::Tone::Danger;
        break;
    case CardStatus::Ordered:
    case CardStatus::Shipped:
    case CardStatus::Delivered:
    case CardStatus::PendingActivation:
        return Pill::Tone::Info;
    }
    return Pill::Tone::Neutral;
}

QString accountStatus(const QString &status)
{
    if (status == QLatin1StringView("open"))
        return QCoreApplication::translate("DisplayText", "Open", "account status");
    if (status == QLatin1StringView("overdue"))
        return QCoreApplication::translate("DisplayText", "Overdue", "account status");
    if (status == QLatin1StringView("closed"))
        return QCoreApplication::translate("DisplayText", "Closed", "account status");
    return status;
}

QString transactionStatus(TransactionStatus status)
{
    switch (status) {
    case TransactionStatus::Pending:
        return QCoreApplication::translate("DisplayText", "Pending", "transaction status");
    case TransactionStatus::Posted:
        return QCoreApplication::translate("DisplayText", "Posted", "transaction status");
    case TransactionStatus::Declined:
        return QCoreApplication::translate("DisplayText", "Declined", "transaction status");
    case TransactionStatus::Reversed:
        return QCoreApplication::translate("DisplayText", "Reversed", "transaction status");
    }
    return QString();
}

QString disputeStatus(const QString &status)
{
    if (status == QLatin1StringView("open"))
        return QCoreApplication::translate("DisplayText", "Dispute open");
    if (status == QLatin1StringView("won"))
        return QCoreApplication::translate("DisplayText", "Dispute won");
    if (status == QLatin1StringView("lost"))
        return QCoreApplication::translate("DisplayText", "Dispute lost");
    if (status.isEmpty())
        return QString();
    return QCoreApplication::translate("DisplayText", "Dispute: %1").arg(status);
}

QString lastFour(const QString &last4)
{
    return QStringLiteral("•••• ") + last4;
}

QString workflowSituation(CardWorkflow::Situation situation)
{
    switch (situation) {
    case CardWorkflow::Situation::Lost:
        return QCoreApplication::translate("DisplayText", "lost", "card workflow situation");
    case CardWorkflow::Situation::Stolen:
        return QCoreApplication::translate("DisplayText", "stolen", "card workflow situation");
    case CardWorkflow::Situation::Damaged:
        return QCoreApplication::translate("DisplayText", "damaged", "card workflow situation");
    case CardWorkflow::Situation::Compromised:
        return QCoreApplication::translate("DisplayText", "compromised", "card workflow situation");
    }
    return QString();
}

} // namespace DisplayText
