#pragma once

#include "domain/customer.h"

#include <QByteArray>
#include <QDate>
#include <QSqlDatabase>
#include <QString>

#include <functional>

/// @short Fills an empty, migrated database with realistic, deterministic demo data.
///
/// Same Options give byte-identical data on every platform: a private
/// xoshiro256** generator seeded per customer from (seed, customer id), integer
/// arithmetic only, and every time relative to Options::referenceDate. A
/// customer's own data (name, contact, accounts, cards, transactions) depends
/// only on the seed, the reference date, its id and the transaction density,
/// so customer 42 looks the same in a 20,000 and a 1,000,000 customer set as
/// long as both use the same density (see below).
///
/// Volume: customers 60 % FI / 25 % SE / 15 % NO; one account each (10 % two);
/// one card per account plus replacements; about 25 transactions per customer
/// over the 90 days that end at the reference date up to 100,000 customers,
/// a nominal 7 (about 6.3 written) from 500,000 customers on (in between the
/// density falls linearly), so that one million customers are written in
/// well under three minutes (about 90 s on the 2-core build machine).
///
/// Fraud: 0.8 % of the customers (never a showcase customer) have one
/// fraud pattern planted on their current card one or two days before the
/// reference date, one per rule of FraudRules (an amount far above their
/// usual, a purchase at night, a copy of the card used abroad while they
/// shop at home, card testing in a rapid series, online gambling or
/// crypto). With an inbox, the real rules screen the last three days of
/// those customers and of every 50th customer against the rest, and what
/// they find becomes an open alert (DemoConversations::addAlert).
///
/// Card states (CardLifecycle): mostly active; about 5 % locked
/// (customer_request); 6 % closed as lost, stolen, damaged or fraud and 4 %
/// closed as expired, each with an active replacement card whose
/// replacement_of points at it and whose replacement_reason says why; 2 %
/// pending activation (issued, not yet activated). About 4 % of accounts are overdue.
///
/// Showcase customers, fixed for tests, demos and screenshots:
///  - 1 (100000001) Aino Virtanen, Helsinki 00100, fi, +358401234567,
///    aino.virtanen@example.fi, gold, benefit BONUS2X-NOV; Aurora Department
///    Store Mastercard card ending 4021 active, Nordbank Mastercard card
///    ending 7715 locked at her request.
///  - 2 (100000002) Mikko Mäkinen, Tampere 33100, fi, +358501234567, silver;
///    card ending 3388 closed as stolen six days before the reference date,
///    replacement ending 9104 active.
///  - 3 (100000003) Åsa Lindström, Stockholm 111 22, sv, +46701234567,
///    SEK account, card ending 2206 active.
///  - 4 (100000004) Øystein Bjørnstad, Oslo 0150, nb, +4791234567, platinum,
///    NOK account, card ending 5150 active.
///  - 5 (100000005) Matti Virtanen, Oulu 90100, fi, +358441234567, overdue
///    account, card ending 6071 active.
///  - 6 (100000006) Johan Sjöberg, Vaasa 65100, sv (Finland-Swedish),
///    +358451234567; card ending 8842 closed for fraud with open disputes,
///    replacement ending 1937 active.
///  - 7 (100000007) Liisa Korhonen, Turku 20100, fi, no phone and no e-mail,
///    new account, card ending 4455 pending activation.
///  - 8 (100000008) Ingrid Ødegård, Bergen 5003, en, +4792345678; card ending
///    3020 closed as expired, renewal ending 7781 active.
/// Agents: 12, agent 1 "aino.lehtonen" is the default agent; "riikka.nurmi"
/// and "henrik.dahl" are supervisors.
///
/// Meta rows: demo_seed, demo_customers, demo_reference_date (yyyy-MM-dd),
/// demo_conversations (Options::conversations as asked: -1 for the density by scale).
/// Times are UTC "yyyy-MM-ddTHH:mm:ssZ", dates "yyyy-MM-dd", card expiry
/// "yyyy-MM" (the card is valid to the end of that month).
class DemoDataGenerator
{
public:
    struct Options
    {
        int customers = 20000;
        quint64 seed = 20261122;
        QDate referenceDate = QDate::currentDate();
        /// The inbox's reference moment on referenceDate (UTC); invalid: 12:00.
        QTime referenceTime;
        /// Stores demo attachment bytes (content-addressed), returns the SHA-256 hex; optional.
        std::function<QByteArray(const QByteArray &bytes)> storeAttachment;
        /// Conversations in the demo inbox: below 0 the density for the scale
        /// (DemoConversations::conversationsPerMille), 0 none, otherwise about
        /// this many with FullInboxMessagesPerConversation messages each on average.
        int conversations = -1;
    };

    /// Average messages per conversation when Options::conversations is given.
    static constexpr int FullInboxMessagesPerConversation = 5;

    using Progress = std::function<void(int done, int total)>;

    explicit DemoDataGenerator(const Options &options);

    /// Fills @p db (open, migrated, empty) — returns false and sets *error on failure; leaves no half-written transaction.
    bool generate(QSqlDatabase db, const Progress &progress, QString *error);

    /// Replaces the inbox of a database that holds demo customers (from
    /// generate()) with Options::conversations conversations (Options::customers
    /// is taken from the database): the inbox's second phase, for a full-size
    /// inbox beside a million customers. Committed in chunks; a run that is
    /// killed half-way leaves a partial inbox that the next run replaces
    /// (dropped indexes included, see DemoConversations::begin()). Sets the
    /// meta row demo_conversations to Options::conversations.
    bool generateInbox(QSqlDatabase db, const Progress &progress, QString *error);

    /// Average transactions per customer used for @p customers.
    static int transactionsPerCustomer(int customers);

    /// @short One customer's everyday spending, as the demo models it.
    struct Spending
    {
        qint64 customerId = 0;
        QString homeCountry;               ///< "FI", "SE", "NO"
        QList<Transaction> transactions;   ///< oldest first; ids 1, 2, … within the customer
    };
    /// The everyday spending of customers @p firstCustomerId … over @p days
    /// days that end at the reference date, by the same model as generate()
    /// (the density of Options::customers, trips abroad, occasional large
    /// purchases, cards lost and replaced) but without the planted fraud:
    /// what the fraud rules must not alarm on. No database is needed.
    QList<Spending> everydaySpending(qint64 firstCustomerId, int count, int days) const;

private:
    Options m_options;
};
