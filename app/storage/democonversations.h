#pragma once

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

#include <functional>
#include <memory>

struct sqlite3;

/// @short The demo inbox: conversations, messages and attachments for the demo customers.
///
/// Called by DemoDataGenerator for each customer inside its transactions,
/// through the sqlite3 C API on the same connection. Deterministic like the
/// rest of the demo data: a private xoshiro256** stream per customer from
/// (seed, customer id), every time relative to the reference moment (12:00
/// UTC on the reference date, or Options::referenceTime that day: a console
/// seeding its demo sets the time it starts, so that its queue is due as a
/// real one is, whatever the hour).
///
/// conversationsPerMille() conversations per 1000 customers (one each up to
/// 100,000 customers, 0.2 from 500,000 on, so that a million customers still
/// seed within three minutes; Options::perMille overrides it, as the inbox's
/// second phase DemoDataGenerator::generateInbox does for a full-size inbox)
/// on the channels and topics a card issuer sees (alerts excepted: those come
/// from the fraud rules through addAlert()), in the customer's language
/// (Finnish, Swedish, Norwegian or English), with messagesPerConversation()
/// messages on average (five, three at scale): the customer's message,
/// answers, internal notes and follow-ups; statuses, priorities and demo
/// agents mixed. Open conversations are placed so that at the reference
/// moment about 10 % are breached and 6 % due within the hour (more as the
/// real clock moves past it), their messages all before it. Resolved and
/// closed ones were answered and resolved against their targets as a real
/// desk manages (about nine in ten in time; two of the agents, Ville and
/// Johan, late more often), and each got a satisfaction survey a minute
/// after it was resolved, on its channel: about a third answered, mostly 4
/// or 5, chat better than email, Ville's and Johan's customers less happy,
/// late resolutions less so. These draw from a stream of their own per
/// conversation, so the rest of the inbox is as before. Email about receipts and invoices
/// carries small generated PNG receipts and PDF statements, written once
/// each through Options::storeAttachment (content-addressed). Customer 1
/// (Aino Virtanen) always has an open email with a receipt attachment and
/// an open chat.
class DemoConversations
{
public:
    /// Stores the bytes (content-addressed) and returns their SHA-256 in hex, or empty.
    using AttachmentSink = std::function<QByteArray(const QByteArray &bytes)>;

    struct Options
    {
        quint64 seed = 20261122;
        QDate referenceDate;
        /// The moment the inbox is placed around; invalid: 12:00 UTC on referenceDate.
        QTime referenceTime;
        int customers = 0;
        AttachmentSink storeAttachment;   ///< may be empty: rows are written, no files
        /// Conversations per 1000 customers; below 0: conversationsPerMille(customers).
        int perMille = -1;
        /// Average messages per conversation; below 1: messagesPerConversation(customers).
        int messagesPerConversation = 0;
    };

    struct Customer
    {
        qint64 id = 0;
        QString firstName;
        QString lastName;
        QString language;     ///< fi, sv, nb, en
        QString email;
        QString phone;
        QString cardLast4;
    };

    explicit DemoConversations(const Options &options);
    ~DemoConversations();

    DemoConversations(const DemoConversations &) = delete;
    DemoConversations &operator=(const DemoConversations &) = delete;

    /// Prepares statements on @p db and drops the conversation list indexes
    /// for the bulk load (finish() builds them again). The dropped indexes'
    /// definitions are kept in the meta table until finish(), inside the
    /// caller's transaction, so that a load killed half-way gets them back
    /// from the next begin() (or restoreIndexes()).
    bool begin(sqlite3 *db, QString *error);
    /// Writes the customer's conversations; the caller owns the transaction.
    bool addCustomer(const Customer &customer, QString *error);

    /// @short An alert the fraud rules raised, as the inbox gets it.
    struct Alert
    {
        qint64 customerId = 0;
        qint64 cardId = 0;
        QString language;
        QString subject;
        QString body;                  ///< the evidence (Alert::evidenceText)
        QString rules;                 ///< rule names, space separated
        QString findingsJson;          ///< Alert::findingsToJson
        QList<qint64> transactionIds;
    };
    /// Writes an open alert conversation on the alert channel (queue
    /// "fraud", unassigned, urgent or high), its evidence message and its
    /// alerts row, raised minutes before the reference moment; the caller
    /// owns the transaction.
    bool addAlert(const Alert &alert, QString *error);
    /// Recreates the indexes, recounts the navigation counts and the search
    /// vocabulary, merges the full-text segments. Outside any transaction.
    bool finish(QString *error);
    /// Finalizes statements (also after a failure).
    void end();

    /// Recreates list indexes that an interrupted load dropped (their
    /// definitions are in the meta table); true when there was nothing to do.
    static bool restoreIndexes(sqlite3 *db, QString *error);

    /// Conversations per 1000 customers: 1000 up to 100,000 customers, then
    /// falling so that a million customers seed within the time budget.
    static int conversationsPerMille(int customers);
    /// Average messages per conversation for @p customers.
    static int messagesPerConversation(int customers);

private:
    struct Run;
    std::unique_ptr<Run> m_run;
};
