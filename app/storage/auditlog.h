#pragma once

#include "domain/auditchain.h"
#include "domain/auditentry.h"
#include "domain/auditquery.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

class Database;

/// @short The append-only, SHA-256-chained audit log in SQLite.
///
/// append() must run inside the caller's transaction, so an entry exists if
/// and only if the change it records does. The table refuses UPDATE and
/// DELETE by trigger; verify() detects anything done around that.
///
/// Beside each entry, append() records which customers, cards and
/// conversations it concerns (the audit_refs table, outside the hash), so
/// that query() finds a customer's entries about their cards too.
class AuditLog
{
public:
    /// One page of a chain check (verifyStep).
    struct ChainStep
    {
        AuditChain::Verification verification;
        int checked = 0;            ///< entries verified in this step
        qint64 nextSeq = 0;         ///< where the next step starts
        QByteArray lastHash;        ///< the hash the next step's first entry must link to
        bool atEnd = false;         ///< no entries from nextSeq on
    };

    struct Page
    {
        QList<AuditEntry> entries;
        qint64 nextBeforeSeq = 0;   ///< AuditQuery::beforeSeq of the next page; 0: this was the last
    };

    explicit AuditLog(Database &database);

    /// Fills in seq, prevHash and hash, and inserts. Returns false with *error.
    bool append(AuditEntry &entry, QString *error);

    /// Entries with seq in [fromSeq, fromSeq + limit), in order.
    QList<AuditEntry> entries(qint64 fromSeq, int limit, QString *error);

    /// Entries about one subject ("customer:1"), newest first.
    QList<AuditEntry> entriesFor(const QString &subject, int limit, QString *error);

    /// Entries matching @p query, newest first, one page.
    Page query(const AuditQuery &query, QString *error);

    /// The user names and the actions that occur in the log, sorted.
    QStringList agents(QString *error);
    QStringList actions(QString *error);

    /// For the filters: the customer with this customer number (0: none),
    /// the cards ending in @p last4 (of @p customerId when above 0), whether
    /// a card exists, and the agents' display names by user name.
    qint64 customerIdForNumber(const QString &customerNumber, QString *error);
    QList<qint64> cardIdsEndingIn(const QString &last4, qint64 customerId, QString *error);
    bool cardExists(qint64 cardId, QString *error);
    QHash<QString, QString> agentDisplayNames(QString *error);

    /// The highest seq in the log; 0 when it is empty.
    qint64 lastSeq(QString *error);
    /// The smallest seq above @p seq; 0 when there is none.
    qint64 nextSeqAfter(qint64 seq, QString *error);

    /// Verifies up to @p limit entries from @p fromSeq, which must link to
    /// @p expectedPrev (the genesis hash at seq 1). A chain check is a
    /// series of steps, each short enough not to hold up other work.
    ChainStep verifyStep(qint64 fromSeq, const QByteArray &expectedPrev, int limit, QString *error);

    /// Walks the whole chain in pages.
    AuditChain::Verification verify(QString *error);

private:
    bool recordReferences(const AuditEntry &entry, QString *error);
    QList<AuditEntry> select(const AuditQuery &query, qint64 low, qint64 high, int limit, QString *error);
    QStringList distinctValues(const QString &column, QString *error);
    /// The seq bounds of a time range, through the index on at; false when no entry is in range.
    bool seqRange(const QDateTime &from, const QDateTime &to, qint64 *low, qint64 *high, QString *error);

    Database &m_database;
};
