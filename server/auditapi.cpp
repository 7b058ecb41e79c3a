#include "auditapi.h"

#include "requestcontext.h"
#include "router.h"
#include "serverauditlog.h"
#include "sqlvalues.h"

#include "domain/auditchain.h"

#include <QJsonArray>
#include <QSqlQuery>

namespace {

/// Entries read per step of a chain check: bounded memory whatever the log's size.
constexpr int ChainStep = 5000;

QString problemName(AuditChain::Verification::Problem problem)
{
    switch (problem) {
    case AuditChain::Verification::Altered:
        return QStringLiteral("altered");
    case AuditChain::Verification::Missing:
        return QStringLiteral("missing");
    case AuditChain::Verification::OutOfOrder:
        return QStringLiteral("out_of_order");
    case AuditChain::Verification::BrokenLink:
        return QStringLiteral("broken_link");
    case AuditChain::Verification::NoProblem:
        break;
    }
    return QString();
}

/// The chain from entry 1 to the last entry when the check starts (entries
/// appended meanwhile are for the next check), as the console's own check
/// (LocalAuditService) reads it: sequence numbers, links and hashes.
ServerResponse verify(RequestContext &context)
{
    QString error;
    QSqlQuery last(context.db);
    if (!SqlValues::exec(last, QStringLiteral("SELECT coalesce(max(seq), 0) FROM audit_log"), {}, &error)
        || !last.next())
        return context.storageFailure(error);
    const qint64 total = last.value(0).toLongLong();
    last.finish();

    ServerAuditLog log(context.db, context.dialect);
    qint64 next = 1;
    qint64 checked = 0;
    QByteArray expectedPrev = AuditChain::genesisHash();
    AuditChain::Verification verification;
    while (next <= total) {
        const std::optional<QList<AuditEntry>> page = log.range(next, ChainStep, &error);
        if (!page)
            return context.storageFailure(error);
        if (page->isEmpty() || page->constFirst().seq != next) {
            verification.ok = false;
            verification.firstBadSeq = next;
            verification.problem = AuditChain::Verification::Missing;
            verification.reason = QStringLiteral("entry %1 is missing").arg(next);
            break;
        }
        // Only the entries that were there when the check started.
        QList<AuditEntry> entries = *page;
        while (!entries.isEmpty() && entries.constLast().seq > total)
            entries.removeLast();
        verification = AuditChain::verify(entries, expectedPrev);
        if (!verification.ok) {
            checked += qMax<qint64>(0, verification.firstBadSeq - next);
            break;
        }
        checked += entries.size();
        next = entries.constLast().seq + 1;
        expectedPrev = entries.constLast().hash;
        if (page->size() < ChainStep)
            break;
    }
    if (verification.ok && checked < total) {
        // The page ended before the last entry: the rest is missing.
        verification.ok = false;
        verification.firstBadSeq = next;
        verification.problem = AuditChain::Verification::Missing;
        verification.reason = QStringLiteral("entry %1 is missing").arg(next);
    }

    QJsonValue entryToShow = QJsonValue::Null;
    if (!verification.ok) {
        entryToShow = verification.firstBadSeq;
        if (verification.problem == AuditChain::Verification::Missing) {
            // For a gap, the first entry after it.
            QSqlQuery after(context.db);
            if (!SqlValues::exec(after, QStringLiteral("SELECT min(seq) FROM audit_log WHERE seq > ?"),
                                 {verification.firstBadSeq}, &error))
                return context.storageFailure(error);
            entryToShow = after.next() && !after.value(0).isNull() ? QJsonValue(after.value(0).toLongLong())
                                                                    : QJsonValue(QJsonValue::Null);
        }
    }
    return ServerResponse::json(
        200, {{QStringLiteral("ok"), verification.ok},
              {QStringLiteral("checked"), checked},
              {QStringLiteral("total"), total},
              {QStringLiteral("firstBadSeq"), verification.ok ? QJsonValue(QJsonValue::Null)
                                                              : QJsonValue(verification.firstBadSeq)},
              {QStringLiteral("problem"), verification.ok ? QJsonValue(QJsonValue::Null)
                                                          : QJsonValue(problemName(verification.problem))},
              {QStringLiteral("reason"), verification.ok ? QJsonValue(QJsonValue::Null)
                                                         : QJsonValue(verification.reason)},
              {QStringLiteral("entryToShow"), entryToShow}});
}

ServerResponse filterChoices(RequestContext &context)
{
    QString error;
    QSqlQuery agents(context.db);
    if (!SqlValues::exec(agents,
                         QStringLiteral("SELECT l.agent, a.display_name FROM (SELECT DISTINCT agent FROM audit_log) AS l"
                                        " LEFT JOIN agents AS a ON a.username = l.agent ORDER BY l.agent"),
                         {}, &error))
        return context.storageFailure(error);
    QJsonArray agentItems;
    while (agents.next()) {
        agentItems.append(QJsonObject{{QStringLiteral("username"), agents.value(0).toString()},
                                      {QStringLiteral("displayName"), agents.value(1).isNull()
                                                                          ? QJsonValue(QJsonValue::Null)
                                                                          : QJsonValue(agents.value(1).toString())}});
    }
    QSqlQuery actions(context.db);
    if (!SqlValues::exec(actions, QStringLiteral("SELECT DISTINCT action FROM audit_log ORDER BY action"), {}, &error))
        return context.storageFailure(error);
    QJsonArray actionItems;
    while (actions.next())
        actionItems.append(actions.value(0).toString());
    return ServerResponse::json(200, {{QStringLiteral("agents"), agentItems}, {QStringLiteral("actions"), actionItems}});
}

} // namespace

void AuditApi::addRoutes(Router &router)
{
    router.add("POST", QStringLiteral("/v1/audit/verify"), Router::Access::Supervisor, &verify);
    router.add("GET", QStringLiteral("/v1/audit/filter-choices"), Router::Access::Supervisor, &filterChoices);
}
