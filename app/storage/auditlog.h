#pragma once

#include "domain/auditchain.h"
#include "domain/auditentry.h"

#include <QList>
#include <QString>

class Database;

/// @short The append-only, SHA-256-chained audit log in SQLite.
///
/// append() must run inside the caller's transaction, so an entry exists if
/// and only if the change it records does. The table refuses UPDATE and
/// DELETE by trigger; verify() detects anything done around that.
class AuditLog
{
public:
    explicit AuditLog(Database &database);

    /// Fills in seq, prevHash and hash, and inserts. Returns false with *error.
    bool append(AuditEntry &entry, QString *error);

    /// Entries with seq in [fromSeq, fromSeq + limit), in order.
    QList<AuditEntry> entries(qint64 fromSeq, int limit, QString *error);

    /// Entries about one subject ("customer:1"), newest first.
    QList<AuditEntry> entriesFor(const QString &subject, int limit, QString *error);

    /// Walks the whole chain in pages.
    AuditChain::Verification verify(QString *error);

private:
    Database &m_database;
};
