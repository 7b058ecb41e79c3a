#pragma once

#include "sqldialect.h"

#include "domain/cardcontrols.h"
#include "domain/cardlifecycle.h"
#include "domain/customer.h"
#include "domain/jsoncodec.h"
#include "domain/verification.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QUuid>

#include <optional>

/// @short Cards, their transitions, transactions and the caller verifications they depend on.
class CardStore
{
public:
    /// A card with what the API needs around it.
    struct Record
    {
        Card card;
        qint64 customerId = 0;
        QString currency;      ///< the card account's
        QString homeCountry;   ///< the holder's ("FI"): what "abroad" means for the card controls
        CardLimits limits;     ///< the desk's spending limits (unset: none)
        QDateTime issuedAt;
        QDateTime updatedAt;   ///< when it last changed (invalid: never since import)
        QString updatedBy;

        /// Who changed the card last and when, for a 412 answer ("system" and
        /// the issue time for a card nobody changed since).
        QString changedBy() const { return updatedBy.isEmpty() ? QStringLiteral("system") : updatedBy; }
        QDateTime changedAt() const { return updatedAt.isValid() ? updatedAt : issuedAt; }
        JsonCodec::CardView view() const;
    };

    struct TransactionPage
    {
        QList<Transaction> transactions;   ///< newest first
        QString next;                      ///< opaque cursor; empty when this was the last page
    };

    CardStore(QSqlDatabase db, SqlDialect dialect);

    /// nullopt with an empty *error: no such card.
    std::optional<Record> card(qint64 cardId, QString *error);
    QList<JsonCodec::CardView> cardsOfCustomer(qint64 customerId, QString *error);

    /// Moves the card along @p event (from -> to), when it is still at
    /// @p expectedVersion: status, reason, version + 1, who and when, and the
    /// event row (its id in *eventId, when given). *conflict is set when the
    /// version moved on meanwhile.
    bool transition(const CardEvent &event, int expectedVersion, const QString &statusReason, bool *conflict,
                    QString *error, qint64 *eventId = nullptr);

    /// Raises the card's version (it was changed beside its status: controls,
    /// limits, an order), when it is still at @p expectedVersion and not
    /// closed. *conflict is set when the version moved on meanwhile.
    bool touch(qint64 cardId, int expectedVersion, const QDateTime &at, const QString &agent, bool *conflict,
               QString *error);
    bool setControls(qint64 cardId, const CardControls &controls, QString *error);
    bool setLimits(qint64 cardId, const CardLimits &limits, QString *error);

    /// The card that replaces @p cardId; 0 (with an empty *error) when none does.
    qint64 replacedBy(qint64 cardId, QString *error);
    /// A new card for @p old: the same account, product, name, controls and
    /// limits, status ordered, replacement_of and replacement_reason set,
    /// issued (and changed last, by @p agent) at @p at; its id, or 0 on failure.
    qint64 insertReplacement(const Record &old, const QString &last4, CardLifecycle::CloseReason reason,
                             const QDate &expiry, const QDateTime &at, const QString &agent, QString *error);

    /// The card's transactions since @p since, newest first (for the previews).
    QList<Transaction> transactionsSince(qint64 cardId, const QDateTime &since, QString *error);

    /// The card's transactions newest first, since @p since (invalid: all),
    /// one page after the opaque cursor @p after (empty: from the newest).
    /// *badCursor is set when @p after cannot be read.
    std::optional<TransactionPage> transactions(qint64 cardId, const QDateTime &since, int limit, const QString &after,
                                                bool *badCursor, QString *error);
    QList<Transaction> recentTransactionsOfCustomer(qint64 customerId, int limit, QString *error);

    bool recordVerification(qint64 customerId, qint64 cardId, const Verification::Outcome &outcome,
                            const QString &agent, const QUuid &commandId, QString *error);
    /// @p agent's latest verification of the customer; nullopt with an empty *error: none.
    std::optional<JsonCodec::VerificationRecord> latestVerification(qint64 customerId, const QString &agent,
                                                                    QString *error);

    QList<CardEvent> events(qint64 cardId, QString *error);

    /// The columns cardFrom() reads, with the table aliased as k.
    static QString cardColumns();
    static Card cardFrom(const QSqlQuery &query, int first = 0);
    /// The limit columns of card_limits aliased as l, and their reader.
    static QString limitColumns();
    static CardLimits limitsFrom(const QSqlQuery &query, int first);
    static QString transactionColumns();   ///< t.* and the card's last four as k.last4
    static Transaction transactionFrom(const QSqlQuery &query, int first = 0);

private:
    /// The transactions (with their card's last four) WHERE @p condition, which also orders and limits.
    QList<Transaction> transactionsWhere(const QString &condition, const QVariantList &values, QString *error);

    QSqlDatabase m_db;
    SqlDialect m_dialect;
};
