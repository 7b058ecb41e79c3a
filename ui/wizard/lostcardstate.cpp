#include "lostcardstate.h"

#include <QJsonArray>

namespace {

QString verdictName(LostCardState::Verdict verdict)
{
    switch (verdict) {
    case LostCardState::Verdict::Recognised:
        return QStringLiteral("recognised");
    case LostCardState::Verdict::NotRecognised:
        return QStringLiteral("not_recognised");
    case LostCardState::Verdict::Unreviewed:
        break;
    }
    return QStringLiteral("unreviewed");
}

LostCardState::Verdict verdictFromName(const QString &name)
{
    if (name == QLatin1StringView("recognised"))
        return LostCardState::Verdict::Recognised;
    if (name == QLatin1StringView("not_recognised"))
        return LostCardState::Verdict::NotRecognised;
    return LostCardState::Verdict::Unreviewed;
}

QString time(const QDateTime &at)
{
    return at.isValid() ? at.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime timeOf(const QJsonValue &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

} // namespace

const Card *LostCardState::card() const
{
    for (const Card &card : customer.cards) {
        if (card.id == cardId)
            return &card;
    }
    return nullptr;
}

QString LostCardState::last4() const
{
    const Card *c = card();
    return c ? c->last4 : QString();
}

int LostCardState::notRecognisedCount() const
{
    int count = 0;
    for (const Verdict verdict : verdicts)
        count += verdict == Verdict::NotRecognised ? 1 : 0;
    return count;
}

QList<qint64> LostCardState::disputesToFile() const
{
    QList<qint64> out;
    for (auto it = verdicts.cbegin(); it != verdicts.cend(); ++it) {
        if (it.value() == Verdict::NotRecognised && !filed.contains(it.key()))
            out << it.key();
    }
    return out;
}

QJsonObject LostCardState::evidenceFor(qint64 transactionId) const
{
    QJsonObject out = evidence.value(transactionId);
    if (disputeReasons.value(transactionId, DisputeReasons::Reason::NotAuthorised)
        == DisputeReasons::Reason::NotAuthorised)
        out.insert(QStringLiteral("declaration"), declaration);
    return out;
}

WorkflowFacts LostCardState::facts(const QString &agentName) const
{
    WorkflowFacts f;
    f.firstName = customer.customer.firstName;
    f.last4 = last4();
    f.situation = situation;
    f.locked = locked;
    const bool newNumber = CardWorkflow::givesNewNumber(situation);
    f.closed = (replacementOrdered && newNumber) || closedWithoutReplacement;
    f.disputes = int(filed.size());
    f.policeReference = policeReference;
    f.replacementOrdered = replacementOrdered;
    f.newNumber = newNumber;
    f.newLast4 = newLast4;
    f.delivery = delivery;
    f.pickupPoint = pickupPoint;
    f.pinCarriesOver = pinCarriesOver;
    f.agentName = agentName;
    return f;
}

QJsonObject LostCardState::toJson() const
{
    QJsonObject verdictObject;
    for (auto it = verdicts.cbegin(); it != verdicts.cend(); ++it) {
        QJsonObject entry{{QStringLiteral("verdict"), verdictName(it.value())}};
        if (disputeReasons.contains(it.key()))
            entry.insert(QStringLiteral("reason"), DisputeReasons::reasonName(disputeReasons.value(it.key())));
        if (evidence.contains(it.key()))
            entry.insert(QStringLiteral("evidence"), evidence.value(it.key()));
        if (filed.contains(it.key()))
            entry.insert(QStringLiteral("filed"), filed.value(it.key()));
        verdictObject.insert(QString::number(it.key()), entry);
    }
    return {
        {QStringLiteral("reasonText"), reasonText},
        {QStringLiteral("locked"), locked},
        {QStringLiteral("lockedAt"), time(lockedAt)},
        {QStringLiteral("lockMessage"), lockMessage},
        {QStringLiteral("lastCertainUse"), time(lastCertainUse)},
        {QStringLiteral("transactions"), verdictObject},
        {QStringLiteral("declaration"), declaration},
        {QStringLiteral("policeReference"), policeReference},
        {QStringLiteral("replacementOrdered"), replacementOrdered},
        {QStringLiteral("closedWithoutReplacement"), closedWithoutReplacement},
        {QStringLiteral("replacementMessage"), replacementMessage},
        {QStringLiteral("newLast4"), newLast4},
        {QStringLiteral("delivery"), delivery},
        {QStringLiteral("pickupPoint"), pickupPoint},
        {QStringLiteral("pinCarriesOver"), pinCarriesOver},
        {QStringLiteral("contactConfirmed"), contactConfirmed},
        {QStringLiteral("confirmationSent"), confirmationSent},
        {QStringLiteral("noteAdded"), noteAdded},
    };
}

void LostCardState::restore(const WorkflowRecord &workflow)
{
    workflowId = workflow.id;
    workflowVersion = workflow.version;
    customerId = workflow.customerId;
    cardId = workflow.cardId;
    conversationId = workflow.conversationId;
    situation = workflow.situation;
    step = workflow.step;
    const QJsonObject &d = workflow.data;
    reasonText = d.value(QLatin1StringView("reasonText")).toString();
    locked = d.value(QLatin1StringView("locked")).toBool();
    lockedAt = timeOf(d.value(QLatin1StringView("lockedAt")));
    lockMessage = d.value(QLatin1StringView("lockMessage")).toString();
    lastCertainUse = timeOf(d.value(QLatin1StringView("lastCertainUse")));
    verdicts.clear();
    disputeReasons.clear();
    evidence.clear();
    filed.clear();
    const QJsonObject transactions = d.value(QLatin1StringView("transactions")).toObject();
    for (auto it = transactions.constBegin(); it != transactions.constEnd(); ++it) {
        const qint64 id = it.key().toLongLong();
        const QJsonObject entry = it.value().toObject();
        verdicts.insert(id, verdictFromName(entry.value(QLatin1StringView("verdict")).toString()));
        if (const auto reason = DisputeReasons::reasonFromName(entry.value(QLatin1StringView("reason")).toString()))
            disputeReasons.insert(id, *reason);
        if (entry.contains(QLatin1StringView("evidence")))
            evidence.insert(id, entry.value(QLatin1StringView("evidence")).toObject());
        if (entry.contains(QLatin1StringView("filed")))
            filed.insert(id, entry.value(QLatin1StringView("filed")).toString());
    }
    declaration = d.value(QLatin1StringView("declaration")).toBool();
    policeReference = d.value(QLatin1StringView("policeReference")).toString();
    replacementOrdered = d.value(QLatin1StringView("replacementOrdered")).toBool();
    closedWithoutReplacement = d.value(QLatin1StringView("closedWithoutReplacement")).toBool();
    replacementMessage = d.value(QLatin1StringView("replacementMessage")).toString();
    newLast4 = d.value(QLatin1StringView("newLast4")).toString();
    delivery = d.value(QLatin1StringView("delivery")).toString();
    pickupPoint = d.value(QLatin1StringView("pickupPoint")).toString();
    pinCarriesOver = d.value(QLatin1StringView("pinCarriesOver")).toBool(true);
    contactConfirmed = d.value(QLatin1StringView("contactConfirmed")).toBool();
    confirmationSent = d.value(QLatin1StringView("confirmationSent")).toBool();
    noteAdded = d.value(QLatin1StringView("noteAdded")).toBool();
}
