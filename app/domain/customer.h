#pragma once

#include "cardlifecycle.h"

#include "money.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

enum class LoyaltyTier {
    Basic,
    Silver,
    Gold,
    Platinum
};

/// @short Contact details an agent may change (through a command).
struct ContactDetails
{
    QString phoneE164;
    QString email;
    QString street;
    QString postcode;
    QString city;
    QString language;   ///< "fi", "sv", "nb", "en"
};

struct Benefit
{
    QString code;        ///< campaign or benefit code, e.g. "BONUS-2X-XMAS"
    QString description;
    QDate validUntil;
};

struct Customer
{
    qint64 id = 0;
    QString customerNumber;
    QString firstName;
    QString lastName;
    QDate birthDate;
    QString nationalIdMasked;   ///< the full number never leaves the service unaudited
    QString country;            ///< "FI", "SE", "NO"
    ContactDetails contact;
    LoyaltyTier tier = LoyaltyTier::Basic;
    bool consentMarketing = false;
    bool consentSms = false;
    QDateTime createdAt;
    QDateTime updatedAt;
    int version = 1;
    QList<Benefit> benefits;

    QString displayName() const { return firstName + QLatin1Char(' ') + lastName; }
};

/// A card's state in its lifecycle (see CardLifecycle).
using CardStatus = CardLifecycle::State;

struct Card
{
    qint64 id = 0;
    qint64 accountId = 0;
    QString bin;        ///< first six digits
    QString last4;
    QString product;    ///< "Stockmann Mastercard", …
    QString embossedName;
    CardStatus status = CardStatus::Active;
    QString statusReason;   ///< why it is locked or closed: "lost", "stolen", "customer_request", …
    QString replacementReason;   ///< why it replaced replacementOf: "lost", "expired", …
    QDate expiry;           ///< last day of the expiry month
    qint64 replacementOf = 0;
    int version = 1;        ///< optimistic concurrency: every change bumps it
    bool onlineEnabled = true;
    bool abroadEnabled = true;
    bool contactlessEnabled = true;
    bool atmEnabled = true;
};

struct Account
{
    qint64 id = 0;
    QString accountNumber;
    QString product;
    Money creditLimit;
    Money balance;          ///< amount owed (positive)
    QDate dueDate;
    Money minimumDue;
    QString status;         ///< "open", "overdue", "closed"
};

enum class TransactionStatus {
    Pending,
    Posted,
    Declined,
    Reversed
};

struct Transaction
{
    qint64 id = 0;
    qint64 cardId = 0;
    QString cardLast4;
    QDateTime occurredAt;
    Money amount;
    QString merchant;
    QString mcc;        ///< ISO 18245 merchant category code, 4 digits
    QString country;    ///< ISO 3166 alpha-2
    TransactionStatus status = TransactionStatus::Posted;
    QString disputeStatus;  ///< empty, "open", "won", "lost"
    QString entryMode;      ///< "chip", "contactless", "online" (card not present), "atm"
};

/// @short Everything the customer view shows, fetched in one call.
struct CustomerDetails
{
    Customer customer;
    QList<Account> accounts;
    QList<Card> cards;
    QList<Transaction> recentTransactions;  ///< newest first
};

/// @short One row of a lookup result: cheap to hold, cheap to paint.
struct CustomerSummary
{
    enum Badge {
        NoBadge = 0,
        HasLockedCard = 1 << 0,
        HasBlockedCard = 1 << 1,
        Overdue = 1 << 2,
        Vip = 1 << 3       ///< gold or platinum
    };

    qint64 id = 0;
    QString customerNumber;
    QString name;
    QString city;
    QString cardLast4s;     ///< "1234 5678"
    QString phoneE164;
    QString email;
    LoyaltyTier tier = LoyaltyTier::Basic;
    int badges = NoBadge;
    QString lastNameFold;   ///< sort keys of the name order (paging cursor)
    QString firstNameFold;
};

Q_DECLARE_METATYPE(Customer)
Q_DECLARE_METATYPE(CustomerSummary)
Q_DECLARE_METATYPE(CustomerDetails)
