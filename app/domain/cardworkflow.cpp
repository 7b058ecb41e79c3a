#include "cardworkflow.h"

#include "enumnames.h"

#include <QCoreApplication>
#include <QDate>
#include <algorithm>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

using EnumNames::fromName;

namespace CardWorkflow {

QString situationName(Situation situation)
{
    switch (situation) {
    case Situation::Lost:
        return QStringLiteral("lost");
    case Situation::Stolen:
        return QStringLiteral("stolen");
    case Situation::Damaged:
        return QStringLiteral("damaged");
    case Situation::Compromised:
        return QStringLiteral("compromised");
    }
    return QString();
}

std::optional<Situation> situationFromName(const QString &name)
{
    return fromName(name, AllSituations, &situationName);
}

QString stepName(Step step)
{
    switch (step) {
    case Step::Situation:
        return QStringLiteral("situation");
    case Step::Locked:
        return QStringLiteral("locked");
    case Step::Review:
        return QStringLiteral("review");
    case Step::Police:
        return QStringLiteral("police");
    case Step::Replacement:
        return QStringLiteral("replacement");
    case Step::Summary:
        return QStringLiteral("summary");
    case Step::Done:
        return QStringLiteral("done");
    }
    return QString();
}

std::optional<Step> stepFromName(const QString &name)
{
    return fromName(name, AllSteps, &stepName);
}

bool locksCard(Situation situation)
{
    return situation != Situation::Damaged;
}

CardLifecycle::LockReason lockReason(Situation situation)
{
    switch (situation) {
    case Situation::Lost:
        return CardLifecycle::LockReason::Lost;
    case Situation::Stolen:
        return CardLifecycle::LockReason::Stolen;
    case Situation::Damaged:
        return CardLifecycle::LockReason::Damaged;
    case Situation::Compromised:
        return CardLifecycle::LockReason::SuspectedFraud;
    }
    return CardLifecycle::LockReason::CustomerRequest;
}

bool reviewsTransactions(Situation situation)
{
    return situation != Situation::Damaged;
}

CardLifecycle::CloseReason closeReason(Situation situation)
{
    switch (situation) {
    case Situation::Lost:
        return CardLifecycle::CloseReason::Lost;
    case Situation::Stolen:
        return CardLifecycle::CloseReason::Stolen;
    case Situation::Damaged:
        return CardLifecycle::CloseReason::Damaged;
    case Situation::Compromised:
        return CardLifecycle::CloseReason::Fraud;
    }
    return CardLifecycle::CloseReason::Lost;
}

bool policeReferenceRequired(Situation situation, int disputes)
{
    return situation == Situation::Stolen && disputes > 0;
}

bool isPlausiblePoliceReference(const QString &reference)
{
    static const QRegularExpression shape(QStringLiteral("^[\\p{L}\\p{N} ./-]{4,40}$"));
    static const QRegularExpression digit(QStringLiteral("\\p{N}"));
    const QString trimmed = reference.trimmed();
    return shape.match(trimmed).hasMatch() && digit.match(trimmed).hasMatch();
}

bool givesNewNumber(Situation situation)
{
    const std::optional<CardLifecycle::ReplacementRule> rule = CardLifecycle::replacementRule(closeReason(situation));
    return rule && rule->newNumber;
}

bool suggestsNewPin(Situation situation)
{
    // A thief or a fraudster may have seen the PIN; a lost or damaged card's PIN is safe.
    return situation == Situation::Stolen || situation == Situation::Compromised;
}

} // namespace CardWorkflow

namespace DisputeReasons {

QString reasonName(Reason reason)
{
    switch (reason) {
    case Reason::NotAuthorised:
        return QStringLiteral("not_authorised");
    case Reason::Duplicate:
        return QStringLiteral("duplicate");
    case Reason::AmountDiffers:
        return QStringLiteral("amount_differs");
    case Reason::NotReceived:
        return QStringLiteral("not_received");
    case Reason::CancelledRecurring:
        return QStringLiteral("cancelled_recurring");
    }
    return QString();
}

std::optional<Reason> reasonFromName(const QString &name)
{
    return fromName(name, AllReasons, &reasonName);
}

QStringList requiredEvidence(Reason reason)
{
    switch (reason) {
    case Reason::NotAuthorised:
        return {QStringLiteral("declaration")};
    case Reason::Duplicate:
        return {QStringLiteral("duplicateOf")};
    case Reason::AmountDiffers:
        return {QStringLiteral("receiptAmountMinor")};
    case Reason::NotReceived:
        return {QStringLiteral("expectedBy"), QStringLiteral("merchantContacted")};
    case Reason::CancelledRecurring:
        return {QStringLiteral("cancelledOn")};
    }
    return {};
}

QString evidenceProblem(Reason reason, const QJsonObject &evidence, qint64 chargedMinor, const QDateTime &chargedAt)
{
    const auto date = [&](const QString &key) {
        return QDate::fromString(evidence.value(key).toString(), Qt::ISODate);
    };
    switch (reason) {
    case Reason::NotAuthorised:
        return evidence.value(QLatin1StringView("declaration")).toBool() ? QString() : QStringLiteral("declaration");
    case Reason::Duplicate: {
        const qint64 other = qint64(evidence.value(QLatin1StringView("duplicateOf")).toDouble());
        return other > 0 ? QString() : QStringLiteral("duplicateOf");
    }
    case Reason::AmountDiffers: {
        const QJsonValue receipt = evidence.value(QLatin1StringView("receiptAmountMinor"));
        const qint64 amount = qint64(receipt.toDouble(-1));
        return receipt.isDouble() && amount >= 0 && amount < qAbs(chargedMinor) ? QString()
                                                                                 : QStringLiteral("receiptAmountMinor");
    }
    case Reason::NotReceived: {
        const QDate expected = date(QStringLiteral("expectedBy"));
        if (!expected.isValid() || expected > QDate::currentDate())
            return QStringLiteral("expectedBy");
        return evidence.value(QLatin1StringView("merchantContacted")).toBool() ? QString()
                                                                               : QStringLiteral("merchantContacted");
    }
    case Reason::CancelledRecurring: {
        const QDate cancelled = date(QStringLiteral("cancelledOn"));
        return cancelled.isValid() && (!chargedAt.isValid() || cancelled <= chargedAt.date()) ? QString()
                                                                                              : QStringLiteral("cancelledOn");
    }
    }
    return QStringLiteral("reason");
}

QString evidenceMessage(const QString &key)
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("DisputeReasons", text); };
    if (key == QLatin1StringView("declaration"))
        return tr("Confirm that the customer declares they neither made nor allowed this purchase.");
    if (key == QLatin1StringView("duplicateOf"))
        return tr("Choose the purchase this one duplicates.");
    if (key == QLatin1StringView("receiptAmountMinor"))
        return tr("Enter the amount on the receipt; it must be less than the amount charged.");
    if (key == QLatin1StringView("expectedBy"))
        return tr("Enter when the goods or service should have arrived (a date in the past).");
    if (key == QLatin1StringView("merchantContacted"))
        return tr("The customer must have contacted the merchant first; confirm that they did.");
    if (key == QLatin1StringView("cancelledOn"))
        return tr("Enter when the customer cancelled the subscription (on or before the charge).");
    return tr("The dispute's evidence is incomplete.");
}

} // namespace DisputeReasons

namespace WorkflowMessages {

namespace {

QJsonObject loadPhrases()
{
    QFile file(QStringLiteral(":/workflows/confirmation.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("WorkflowMessages: %s is missing", qUtf8Printable(file.fileName()));
        return {};
    }
    return QJsonDocument::fromJson(file.readAll()).object().value(QLatin1StringView("languages")).toObject();
}

const QJsonObject &phrases()
{
    static const QJsonObject all = loadPhrases();
    return all;
}

QJsonObject phrasesFor(const QString &language)
{
    const QJsonObject own = phrases().value(language).toObject();
    return own.isEmpty() ? phrases().value(QLatin1StringView("en")).toObject() : own;
}

QString fill(QString text, const WorkflowFacts &facts, int count = 0)
{
    const QList<std::pair<QString, QString>> values = {
        {QStringLiteral("{firstName}"), facts.firstName},
        {QStringLiteral("{last4}"), facts.last4},
        {QStringLiteral("{newLast4}"), facts.newLast4},
        {QStringLiteral("{pickupPoint}"), facts.pickupPoint},
        {QStringLiteral("{policeReference}"), facts.policeReference},
        {QStringLiteral("{agentName}"), facts.agentName},
        {QStringLiteral("{count}"), QString::number(count)},
    };
    for (const auto &[key, value] : values)
        text.replace(key, value);
    return text;
}

} // namespace

QStringList languages()
{
    return phrases().keys();
}

QString subject(const QString &language, const WorkflowFacts &facts)
{
    return fill(phrasesFor(language).value(QLatin1StringView("subject")).toString(), facts);
}

QString confirmation(const QString &language, const WorkflowFacts &facts)
{
    const QJsonObject p = phrasesFor(language);
    const auto phrase = [&](const QString &key) { return fill(p.value(key).toString(), facts, facts.disputes); };

    QStringList paragraphs;
    paragraphs << phrase(QStringLiteral("greeting")) + QLatin1Char('\n')
                      + phrase(QStringLiteral("intro.") + CardWorkflow::situationName(facts.situation));

    QStringList state;
    if (facts.locked)
        state << phrase(QStringLiteral("locked"));
    if (facts.closed)
        state << phrase(QStringLiteral("closed"));
    if (facts.situation == CardWorkflow::Situation::Damaged && facts.replacementOrdered && !facts.closed)
        state << phrase(QStringLiteral("damaged.keeps_working"));
    if (!state.isEmpty())
        paragraphs << state.join(QLatin1Char(' '));

    if (facts.disputes > 0) {
        QString disputes = phrase(facts.disputes == 1 ? QStringLiteral("disputes.one") : QStringLiteral("disputes.many"));
        if (!facts.policeReference.isEmpty())
            disputes += QLatin1Char(' ') + phrase(QStringLiteral("police"));
        paragraphs << disputes;
    } else if (!facts.policeReference.isEmpty()) {
        paragraphs << phrase(QStringLiteral("police"));
    }

    if (facts.replacementOrdered) {
        QStringList replacement;
        replacement << phrase(facts.newNumber && !facts.newLast4.isEmpty() ? QStringLiteral("replacement.new_number")
                                                                           : QStringLiteral("replacement.same_number"));
        const QString delivery = facts.delivery.isEmpty() ? QStringLiteral("post") : facts.delivery;
        replacement << phrase(QStringLiteral("delivery.") + delivery);
        replacement << phrase(facts.pinCarriesOver ? QStringLiteral("pin.same") : QStringLiteral("pin.new"));
        paragraphs << replacement.join(QLatin1Char(' '));
        paragraphs << phrase(QStringLiteral("activation"));
    }
    paragraphs << phrase(QStringLiteral("closing"));
    paragraphs.removeAll(QString());
    return paragraphs.join(QStringLiteral("\n\n"));
}

} // namespace WorkflowMessages

QString PickupPoint::displayName() const
{
    return name + QStringLiteral(", ") + address;
}

namespace PickupPoints {

namespace {

QList<PickupPoint> loadAll()
{
    QList<PickupPoint> points;
    QFile file(QStringLiteral(":/workflows/pickup_points.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("PickupPoints: %s is missing", qUtf8Printable(file.fileName()));
        return points;
    }
    const QJsonArray array =
        QJsonDocument::fromJson(file.readAll()).object().value(QLatin1StringView("pickupPoints")).toArray();
    for (const QJsonValue &value : array) {
        const QJsonObject o = value.toObject();
        points << PickupPoint{o.value(QLatin1StringView("id")).toString(), o.value(QLatin1StringView("country")).toString(),
                              o.value(QLatin1StringView("city")).toString(), o.value(QLatin1StringView("name")).toString(),
                              o.value(QLatin1StringView("address")).toString()};
    }
    return points;
}

} // namespace

QList<PickupPoint> forCustomer(const QString &country, const QString &city)
{
    static const QList<PickupPoint> all = loadAll();
    QList<PickupPoint> out;
    for (const PickupPoint &point : all) {
        if (point.country.compare(country, Qt::CaseInsensitive) == 0)
            out << point;
    }
    std::stable_sort(out.begin(), out.end(), [&city](const PickupPoint &a, const PickupPoint &b) {
        const bool aHome = a.city.compare(city, Qt::CaseInsensitive) == 0;
        const bool bHome = b.city.compare(city, Qt::CaseInsensitive) == 0;
        if (aHome != bHome)
            return aHome;
        return a.city == b.city ? a.name < b.name : a.city < b.city;
    });
    return out;
}

} // namespace PickupPoints
