#include "auditchain.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace AuditChain {

namespace {

Verification failure(qint64 seq, Verification::Problem problem, const QString &reason)
{
    Verification result;
    result.ok = false;
    result.firstBadSeq = seq;
    result.problem = problem;
    result.reason = reason;
    return result;
}

bool containsSeq(const QList<AuditEntry> &entries, qsizetype from, qint64 seq)
{
    for (qsizetype i = from; i < entries.size(); ++i) {
        if (entries.at(i).seq == seq)
            return true;
    }
    return false;
}

} // namespace

QByteArray genesisHash()
{
    return QByteArray(64, '0');
}

QByteArray canonical(const AuditEntry &entry)
{
    // QJsonObject keeps its keys sorted, and so does the compact JSON it
    // writes: the serialisation is fixed by the field values alone.
    QJsonObject object;
    object.insert(QLatin1StringView("seq"), entry.seq);
    object.insert(QLatin1StringView("commandId"),
                  entry.commandId.isNull() ? QString()
                                           : entry.commandId.toString(QUuid::WithoutBraces));
    static const QString timeFormat = QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz'Z'");
    object.insert(QLatin1StringView("at"),
                  entry.at.isValid() ? QLocale::c().toString(entry.at.toUTC(), timeFormat)
                                     : QString());
    object.insert(QLatin1StringView("agent"), entry.agent);
    object.insert(QLatin1StringView("action"), entry.action);
    object.insert(QLatin1StringView("subject"), entry.subject);
    object.insert(QLatin1StringView("details"), entry.details);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray computeHash(const AuditEntry &entry)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(entry.prevHash);
    hash.addData(QByteArrayView("\n", 1));
    hash.addData(canonical(entry));
    return hash.result().toHex();
}

Verification verify(const QList<AuditEntry> &entries, const QByteArray &expectedPrev)
{
    if (entries.isEmpty())
        return Verification();

    // A chain verified from its start must start at 1: a missing first
    // entry is a gap like any other.
    if (expectedPrev == genesisHash() && entries.first().seq > 1 && !containsSeq(entries, 0, 1)) {
        const QString reason = QCoreApplication::translate("AuditChain", "entry %1 is missing");
        return failure(1, Verification::Missing, reason.arg(1));
    }

    QByteArray previousHash = expectedPrev;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const AuditEntry &entry = entries.at(i);
        if (i > 0) {
            const qint64 expectedSeq = entries.at(i - 1).seq + 1;
            if (entry.seq != expectedSeq) {
                // The expected entry further down the list means the order
                // was changed; nowhere means it was removed.
                if (entry.seq < expectedSeq || containsSeq(entries, i + 1, expectedSeq)) {
                    const QString reason =
                            QCoreApplication::translate("AuditChain", "entry %1 is out of order");
                    return failure(entry.seq, Verification::OutOfOrder, reason.arg(entry.seq));
                }
                const QString reason =
                        QCoreApplication::translate("AuditChain", "entry %1 is missing");
                return failure(expectedSeq, Verification::Missing, reason.arg(expectedSeq));
            }
        }
        if (entry.prevHash != previousHash) {
            if (i == 0) {
                const QString reason = QCoreApplication::translate(
                        "AuditChain", "entry %1 does not continue the chain");
                return failure(entry.seq, Verification::BrokenLink, reason.arg(entry.seq));
            }
            const QString reason = QCoreApplication::translate(
                    "AuditChain", "entry %1 does not link to entry %2: one of them was altered");
            return failure(entry.seq, Verification::BrokenLink, reason.arg(entry.seq).arg(entries.at(i - 1).seq));
        }
        if (computeHash(entry) != entry.hash) {
            const QString reason =
                    QCoreApplication::translate("AuditChain", "entry %1 was altered");
            return failure(entry.seq, Verification::Altered, reason.arg(entry.seq));
        }
        previousHash = entry.hash;
    }
    return Verification();
}

} // namespace AuditChain
