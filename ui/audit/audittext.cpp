#include "audittext.h"

#include "common/displaytext.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QLocale>
#include <QStringList>

namespace AuditText {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("AuditText", text, disambiguation, n);
}

QString scalar(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool() ? tr("yes") : tr("no");
    case QJsonValue::Double:
        return QLocale().toString(value.toDouble(), 'g', 15);
    case QJsonValue::String:
        return value.toString();
    default:
        return QString();
    }
}

} // namespace

QString action(const QString &action)
{
    struct Known
    {
        const char *action;
        const char *words;
    };
    static const Known known[] = {
        {"session.login", QT_TRANSLATE_NOOP("AuditText", "Signed in")},
        {"card.lock", QT_TRANSLATE_NOOP("AuditText", "Card locked")},
        {"card.unlock", QT_TRANSLATE_NOOP("AuditText", "Card unlocked")},
        {"card.close", QT_TRANSLATE_NOOP("AuditText", "Card closed")},
        {"card.activate", QT_TRANSLATE_NOOP("AuditText", "Card activated")},
        {"card.controls.set", QT_TRANSLATE_NOOP("AuditText", "Card controls changed")},
        {"card.limits.set", QT_TRANSLATE_NOOP("AuditText", "Spending limits changed")},
        {"card.replacement.order", QT_TRANSLATE_NOOP("AuditText", "Replacement card ordered")},
        {"card.pin.reset", QT_TRANSLATE_NOOP("AuditText", "PIN reset")},
        {"card.not_received", QT_TRANSLATE_NOOP("AuditText", "Card reported not received")},
        {"customer.verification.record", QT_TRANSLATE_NOOP("AuditText", "Identity verification recorded")},
        {"customer.contact.update", QT_TRANSLATE_NOOP("AuditText", "Contact details changed")},
        {"customer.national_id.reveal", QT_TRANSLATE_NOOP("AuditText", "National ID revealed")},
        {"conversation.reply", QT_TRANSLATE_NOOP("AuditText", "Reply sent")},
        {"conversation.note", QT_TRANSLATE_NOOP("AuditText", "Internal note added")},
        {"conversation.assign", QT_TRANSLATE_NOOP("AuditText", "Conversations assigned")},
        {"conversation.status", QT_TRANSLATE_NOOP("AuditText", "Conversation status changed")},
        {"conversation.priority", QT_TRANSLATE_NOOP("AuditText", "Conversation priority changed")},
        {"conversation.topics", QT_TRANSLATE_NOOP("AuditText", "Topics added")},
        {"conversation.call", QT_TRANSLATE_NOOP("AuditText", "Call logged")},
        {"conversation.import_email", QT_TRANSLATE_NOOP("AuditText", "Email imported")},
    };
    for (const Known &entry : known) {
        if (action == QLatin1StringView(entry.action))
            return QCoreApplication::translate("AuditText", entry.words);
    }
    return action;
}

QString actionGroup(const QString &prefix)
{
    if (prefix == QLatin1StringView("card."))
        return tr("All card actions");
    if (prefix == QLatin1StringView("customer."))
        return tr("All customer actions");
    if (prefix == QLatin1StringView("conversation."))
        return tr("All conversation actions");
    if (prefix == QLatin1StringView("session."))
        return tr("All sign-ins");
    return QString();
}

QString subject(const AuditEntry &entry)
{
    const qsizetype colon = entry.subject.indexOf(QLatin1Char(':'));
    if (colon <= 0)
        return entry.subject;
    const QStringView kind = QStringView(entry.subject).left(colon);
    const QString rest = entry.subject.mid(colon + 1);
    if (kind == u"customer")
        return tr("Customer #%1").arg(rest);
    if (kind == u"card") {
        const QString last4 = entry.details.value(QLatin1StringView("last4")).toString();
        return last4.isEmpty() ? tr("Card #%1").arg(rest)
                               : tr("Card #%1 %2").arg(rest, DisplayText::lastFour(last4));
    }
    if (kind == u"conversation") {
        const int count = int(rest.count(QLatin1Char(',')) + 1);
        return count == 1 ? tr("Conversation %1").arg(rest) : tr("%Ln conversation(s)", nullptr, count);
    }
    if (kind == u"agent")
        return tr("Agent %1").arg(rest);
    if (kind == u"message")
        return tr("Incoming email");
    return entry.subject;
}

QString summary(const AuditEntry &entry)
{
    const QJsonObject &details = entry.details;
    QStringList parts;
    const QString from = details.value(QLatin1StringView("from")).toString();
    const QString to = details.value(QLatin1StringView("to")).toString();
    if (!from.isEmpty() && !to.isEmpty())
        parts << tr("%1 → %2", "state before → after").arg(from, to);
    // The keys that say most, in this order; ids are in the subject already.
    static const char *const telling[] = {"reason", "method", "status", "priority", "assignee", "queue"};
    for (const char *key : telling) {
        const QJsonValue value = details.value(QLatin1StringView(key));
        const QString text = scalar(value);
        if (!text.isEmpty())
            parts << text;
        if (parts.size() >= 3)
            break;
    }
    const QJsonValue passed = details.value(QLatin1StringView("passed"));
    if (passed.isBool())
        parts << (passed.toBool() ? tr("passed", "verification") : tr("failed", "verification"));
    if (details.contains(QLatin1StringView("changes")))
        parts << tr("%Ln field(s)", nullptr, int(details.value(QLatin1StringView("changes")).toObject().size()));
    QString line = parts.join(QStringLiteral(" · "));
    line.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return line.left(160);
}

QString time(const QDateTime &at)
{
    if (!at.isValid())
        return QString();
    const QDateTime local = at.toLocalTime();
    const QLocale locale;
    return locale.toString(local.date(), QLocale::ShortFormat) + QLatin1Char(' ')
        + local.time().toString(QStringLiteral("HH:mm:ss"));
}

QString problem(AuditChain::Verification::Problem problem)
{
    switch (problem) {
    case AuditChain::Verification::Altered:
        return tr("altered after it was written");
    case AuditChain::Verification::Missing:
        return tr("an entry before it is missing");
    case AuditChain::Verification::OutOfOrder:
        return tr("out of order");
    case AuditChain::Verification::BrokenLink:
        return tr("does not link to the entry before it");
    case AuditChain::Verification::NoProblem:
        break;
    }
    return QString();
}

} // namespace AuditText
