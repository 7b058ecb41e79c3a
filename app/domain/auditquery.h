#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

/// @short Which audit entries to read, newest first, one page at a time.
///
/// Every condition that is set must hold. Ids are resolved already: the
/// service turns a customer number or a card's last four into ids.
struct AuditQuery
{
    QString agent;              ///< exact user name; empty: every agent
    qint64 customerId = 0;      ///< entries about the customer, their cards and conversations
    QList<qint64> cardIds;      ///< entries about any of these cards; empty: every card
    QString action;             ///< exact action ("card.lock"); empty: every action
    QString actionPrefix;       ///< actions starting with this ("card."); empty: no prefix condition
    QDateTime from;             ///< entries at or after (UTC); invalid: open
    QDateTime to;               ///< entries before (UTC); invalid: open
    qint64 beforeSeq = 0;       ///< keyset: entries with a smaller seq; 0: from the newest
    int limit = 100;
};
