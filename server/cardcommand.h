#pragma once

#include "cardstore.h"
#include "commandexecutor.h"
#include "requestbody.h"
#include "requestcontext.h"
#include "serverresponse.h"

#include "domain/cardlifecycle.h"
#include "domain/command.h"
#include "domain/verification.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

/// @short The steps every card command shares, around the few that are its own.
///
/// run() applies one command on /v1/cards/{cardId}/... exactly once
/// (CommandExecutor: Idempotency-Key, one transaction, feed and audit):
/// 1. the body: a JSON object of expectedVersion and the command's own
///    fields (Spec::read checks those), anything else refused;
/// 2. If-Match: 400 when malformed, 428 when missing, 422 when the body's
///    expectedVersion says otherwise; then 422 for the body's errors;
/// 3. the card: 404; at another version than If-Match: 412
///    version_conflict with the card as it is now (current), who changed it
///    (changedBy) and when (changedAt);
/// 4. Spec::check, the command's refusals for the card's state (409);
/// 5. the caller verified by this agent to the level of Spec::action
///    (Verification::allows): 409 verification_required;
/// 6. Spec::apply, which changes the card through transition() (the
///    lifecycle's refusal is 409 transition_not_allowed) or touch(); a write
///    that loses a race with another command is 412 as in step 3;
/// 7. each card changed is read again and goes on the change feed, then
///    the card outcomes the command made (a card locked, a replacement
///    ordered: entity card_outcome, for the supervisors' figures); the
///    answer is the command's card with its ETag, unless Spec::respond
///    makes another. The audit entry names the customer, the card and its
///    last four (never more of the number) with what apply added.
class CardCommand
{
public:
    /// A refusal (or failure) that answers the command instead; nullopt: go on.
    using Refusal = std::optional<ServerResponse>;

    struct Spec
    {
        QString type;                                                     ///< "card.close"
        QStringList fields;                                               ///< the body's fields beside expectedVersion
        std::function<void(RequestBody &body)> read;                      ///< reads and checks them
        std::function<Refusal(const CardStore::Record &card)> check;      ///< optional
        std::function<Verification::Action(const CardStore::Record &card)> action;
        std::function<Refusal(const CardStore::Record &card)> apply;
        std::function<ServerResponse()> respond;                          ///< optional
    };

    explicit CardCommand(RequestContext &context);

    ServerResponse run(const Spec &spec);

    // For the steps of a Spec:
    const Command &command() const { return m_command; }
    QString agent() const;
    CardStore &cards() { return m_cards; }
    RequestContext &context() { return m_context; }
    QJsonObject &audit() { return m_audit; }

    /// Moves @p card to @p to, recording the event (closing needs @p closeReason;
    /// @p reasonCode is the lock or close reason as the body named it).
    Refusal transition(const CardStore::Record &card, CardLifecycle::State to,
                       std::optional<CardLifecycle::CloseReason> closeReason, const QString &reasonCode,
                       const QString &text);
    /// Raises @p card's version for a change beside its status (a closed card has none).
    Refusal touch(const CardStore::Record &card);
    /// Another card the command changed or made: it goes on the change feed too.
    void changed(qint64 cardId);
    /// A card outcome the command made (transition() records a lock itself):
    /// it goes on the change feed after the cards.
    void outcome(JsonCodec::CardOutcomeRecord::Kind kind, qint64 rowId, qint64 cardId);
    /// For Spec::respond: a changed card as it is now, and its version.
    QJsonObject cardJson(qint64 cardId) const { return m_after.value(cardId); }

    /// 404 not_found for a card id nobody issued.
    static ServerResponse notFound(qint64 cardId);
    /// "7" quoted: a card's version as its ETag.
    static QByteArray etag(int version);
    /// 409 with @p code ("transition_not_allowed", "already_exists") and @p detail.
    static ServerResponse conflict(const QString &code, const QString &detail);
    /// "The card ending 0123 is locked: <why>."
    static QString stateDetail(const Card &card, const QString &why);

private:
    CommandExecutor::Effect execute(const Spec &spec);
    Refusal readBody(const Spec &spec, int *ifMatch);
    Refusal lostRace(const Card &card);
    Refusal verified(const CardStore::Record &card, Verification::Action action);
    static ServerResponse versionConflict(const CardStore::Record &now, const QString &detail);

    RequestContext &m_context;
    CardStore m_cards;
    Command m_command;
    qint64 m_cardId = 0;
    QJsonObject m_audit;
    QList<qint64> m_changed;
    QList<JsonCodec::CardOutcomeRecord> m_outcomes;
    QHash<qint64, QJsonObject> m_after;
};
