#pragma once

#include "auditentry.h"

#include <QByteArray>
#include <QList>
#include <QString>

/// @short SHA-256 hash chain over audit entries: an edit or a gap is detectable.
///
/// hash(n) = hex(SHA-256(prevHash(n) + '\n' + canonical(n))), where
/// canonical() is a fixed, documented serialisation of every field except
/// the hashes (JSON with sorted keys, UTC ISO-8601 time with milliseconds).
namespace AuditChain {

/// The prevHash of entry 1: 64 zeros.
QByteArray genesisHash();

QByteArray canonical(const AuditEntry &entry);

/// Hash of @p entry from its fields and its prevHash.
QByteArray computeHash(const AuditEntry &entry);

struct Verification
{
    /// What is wrong at firstBadSeq.
    enum Problem {
        NoProblem,
        Altered,        ///< the entry's content no longer matches its hash
        Missing,        ///< no entry carries this sequence number
        OutOfOrder,     ///< the entry appears where another was expected
        BrokenLink      ///< the entry does not carry the previous entry's hash
    };

    bool ok = true;
    qint64 firstBadSeq = 0;  ///< 0 when ok
    Problem problem = NoProblem;
    QString reason;          ///< "entry 7 was altered", "entry 5 is missing"
};

/// Checks sequence numbers (consecutive from the first), each prevHash
/// against the previous hash and each hash against the entry's content.
/// @p expectedPrev is the prevHash the first entry must carry.
Verification verify(const QList<AuditEntry> &entries,
                     const QByteArray &expectedPrev = genesisHash());

} // namespace AuditChain
