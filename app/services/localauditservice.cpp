#include "localauditservice.h"

#include "domain/auditquery.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/databaseworker.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPromise>
#include <QRegularExpression>

#include <memory>

namespace {

QString supervisorsOnly()
{
    return QCoreApplication::translate("LocalAuditService", "The audit log is for supervisors. Ask a supervisor if you need to know who did what.");
}

QString notOpen()
{
    return QCoreApplication::translate("LocalAuditService", "The database is not open.");
}

QString unreadable()
{
    return QCoreApplication::translate("LocalAuditService", "The audit log could not be read. Try again; if it keeps failing, tell IT support.");
}

AuditPage refusedPage(const QString &message, AuditPage::Field field = AuditPage::NoField)
{
    AuditPage page;
    page.refused = true;
    page.field = field;
    page.message = message;
    return page;
}

using CheckedFilter = LocalAuditService::CheckedFilter;

/// Reads what the supervisor typed. Nothing typed is echoed back in a
/// message: a pasted card number must not travel further.
CheckedFilter readFilter(const AuditFilter &filter)
{
    constexpr int MaxField = 100;
    CheckedFilter checked;

    const QString agent = filter.agent.trimmed();
    if (agent.size() > MaxField) {
        checked.refusal = refusedPage(QCoreApplication::translate("LocalAuditService", "There is no agent with a name that long."), AuditPage::AgentField);
        return checked;
    }
    checked.query.agent = agent;

    QString number = filter.customerNumber;
    number.remove(QRegularExpression(QStringLiteral("\\s")));
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,20}$"));
    if (!number.isEmpty() && !digits.match(number).hasMatch()) {
        checked.refusal = refusedPage(QCoreApplication::translate("LocalAuditService", "A customer number has digits only, such as 100000042."),
                                      AuditPage::CustomerField);
        return checked;
    }
    checked.customerNumber = number;

    const QString card = filter.card.trimmed();
    static const QRegularExpression lastFour(QStringLiteral("^[0-9]{4}$"));
    static const QRegularExpression cardId(QStringLiteral("^(?:#|card:)\\s*([0-9]{1,18})$"));
    if (!card.isEmpty()) {
        const QRegularExpressionMatch id = cardId.match(card);
        if (lastFour.match(card).hasMatch())
            checked.last4 = card;
        else if (id.hasMatch() && id.captured(1).toLongLong() > 0)
            checked.cardId = id.captured(1).toLongLong();
        else {
            checked.refusal = refusedPage(QCoreApplication::translate("LocalAuditService", "Enter a card's last four digits, such as 1234, or its id, such as #45. "
                                             "Never enter a full card number."),
                                          AuditPage::CardField);
            return checked;
        }
    }

    const QString action = filter.action.trimmed();
    static const QRegularExpression actionPattern(QStringLiteral("^[a-z][a-z0-9_]*(?:\\.[a-z0-9_]+)*\\.?$"));
    if (!action.isEmpty() && (action.size() > MaxField || !actionPattern.match(action).hasMatch())) {
        checked.refusal = refusedPage(QCoreApplication::translate("LocalAuditService", "An action looks like card.lock, or card. for every card action."),
                                      AuditPage::ActionField);
        return checked;
    }
    if (action.endsWith(QLatin1Char('.')))
        checked.query.actionPrefix = action;
    else
        checked.query.action = action;

    if (filter.from.isValid() && filter.to.isValid() && filter.from > filter.to) {
        checked.refusal = refusedPage(QCoreApplication::translate("LocalAuditService", "The first day is after the last day."), AuditPage::DateField);
        return checked;
    }
    // Whole days in the supervisor's time zone.
    if (filter.from.isValid())
        checked.query.from = filter.from.startOfDay().toUTC();
    if (filter.to.isValid())
        checked.query.to = filter.to.addDays(1).startOfDay().toUTC();
    return checked;
}

struct ChainCheck
{
    QPromise<AuditChainReport> promise;
    qint64 next = 1;
    QByteArray expectedPrev = AuditChain::genesisHash();
    qint64 checked = 0;
    qint64 total = -1;
};

int progressValue(qint64 value)
{
    return int(qMin<qint64>(value, std::numeric_limits<int>::max()));
}

QString brokenMessage(const AuditChain::Verification &verification, qint64 checked)
{
    QString what;
    const QString seq = QString::number(verification.firstBadSeq);
    switch (verification.problem) {
    case AuditChain::Verification::Altered:
        what = QCoreApplication::translate("LocalAuditService", "Entry %1 was altered after it was written: its content no longer matches its hash.").arg(seq);
        break;
    case AuditChain::Verification::Missing:
        what = QCoreApplication::translate("LocalAuditService", "Entry %1 is missing: it was removed from the log.").arg(seq);
        break;
    case AuditChain::Verification::OutOfOrder:
        what = QCoreApplication::translate("LocalAuditService", "Entry %1 is out of order: the entries were rearranged.").arg(seq);
        break;
    case AuditChain::Verification::BrokenLink:
    case AuditChain::Verification::NoProblem:
        what = QCoreApplication::translate("LocalAuditService", "Entry %1 does not link to the entry before it: one of the two was altered.").arg(seq);
        break;
    }
    return QCoreApplication::translate("LocalAuditService", "The chain is broken. %1 The %Ln entries before it are intact.", nullptr, progressValue(checked))
        .arg(what);
}

/// One job of the chain check; posts the next one until the end of the log.
void runChainStep(DatabaseWorker *worker, std::shared_ptr<ChainCheck> check)
{
    worker->run([worker, check](Database &db) {
        QPromise<AuditChainReport> &promise = check->promise;
        if (promise.isCanceled()) {
            promise.finish();
            return;
        }
        AuditChainReport report;
        const auto finishWith = [&] {
            report.checked = check->checked;
            report.total = qMax<qint64>(check->total, 0);
            promise.addResult(report);
            promise.finish();
        };
        if (!db.isOpen()) {
            report.refused = true;
            report.message = notOpen();
            return finishWith();
        }
        AuditLog log(db);
        QString error;
        if (check->total < 0) {
            check->total = log.lastSeq(&error);
            promise.setProgressRange(0, progressValue(check->total));
        }
        AuditLog::ChainStep step;
        if (error.isEmpty())
            step = log.verifyStep(check->next, check->expectedPrev, LocalAuditService::ChainStepSize, &error);
        if (!error.isEmpty()) {
            qWarning("LocalAuditService: chain check: %s", qUtf8Printable(error));
            report.refused = true;
            report.message = unreadable();
            return finishWith();
        }
        check->checked += step.checked;
        promise.setProgressValue(progressValue(check->checked));

        if (!step.verification.ok) {
            report.verification = step.verification;
            report.entryToShow = step.verification.firstBadSeq;
            if (step.verification.problem == AuditChain::Verification::Missing)
                report.entryToShow = log.nextSeqAfter(step.verification.firstBadSeq, &error);
            report.message = brokenMessage(step.verification, check->checked);
            return finishWith();
        }
        // Entries appended while the check ran are for the next check.
        if (step.atEnd || step.nextSeq > check->total) {
            report.ok = true;
            report.message = LocalAuditService::chainMessage(step.verification, check->checked);
            return finishWith();
        }
        check->next = step.nextSeq;
        check->expectedPrev = step.lastHash;
        runChainStep(worker, check);
    });
}

} // namespace

LocalAuditService::LocalAuditService(DatabaseWorker *worker, QObject *parent)
    : AuditService(parent)
    , m_worker(worker)
{
}

void LocalAuditService::setAgent(const Agent &agent)
{
    m_agent = agent;
}

LocalAuditService::CheckedFilter LocalAuditService::checkFilter(const AuditFilter &filter)
{
    return readFilter(filter);
}

QString LocalAuditService::supervisorsOnlyMessage()
{
    return supervisorsOnly();
}

QString LocalAuditService::chainMessage(const AuditChain::Verification &verification, qint64 checked)
{
    if (verification.ok)
        return tr("The chain is intact: all %Ln entries are as they were written.", nullptr, progressValue(checked));
    return brokenMessage(verification, checked);
}

bool LocalAuditService::isSupervisor() const
{
    return m_agent.role == Agent::RoleSupervisor;
}

QFuture<AuditPage> LocalAuditService::entries(const AuditFilter &filter, qint64 beforeSeq, int limit)
{
    if (!isSupervisor())
        return QtFuture::makeReadyFuture(refusedPage(supervisorsOnly()));
    CheckedFilter checked = checkFilter(filter);
    if (checked.refusal.refused)
        return QtFuture::makeReadyFuture(checked.refusal);
    checked.query.beforeSeq = qMax<qint64>(0, beforeSeq);
    checked.query.limit = qBound(1, limit, 500);

    return m_worker->run([checked](Database &db) mutable {
        if (!db.isOpen())
            return refusedPage(notOpen());
        AuditLog log(db);
        QString error;
        AuditPage page;
        if (!checked.customerNumber.isEmpty()) {
            checked.query.customerId = log.customerIdForNumber(checked.customerNumber, &error);
            if (error.isEmpty() && checked.query.customerId == 0) {
                page.field = AuditPage::CustomerField;
                page.message = tr("There is no customer %1.").arg(checked.customerNumber);
                return page;
            }
        }
        if (error.isEmpty() && !checked.last4.isEmpty()) {
            checked.query.cardIds = log.cardIdsEndingIn(checked.last4, checked.query.customerId, &error);
            if (error.isEmpty() && checked.query.cardIds.isEmpty()) {
                page.field = AuditPage::CardField;
                page.message = checked.query.customerId > 0
                                   ? tr("Customer %1 has no card ending in %2.").arg(checked.customerNumber, checked.last4)
                                   : tr("No card ends in %1.").arg(checked.last4);
                return page;
            }
        }
        if (error.isEmpty() && checked.cardId > 0) {
            if (!log.cardExists(checked.cardId, &error) && error.isEmpty()) {
                page.field = AuditPage::CardField;
                page.message = tr("There is no card #%1.").arg(checked.cardId);
                return page;
            }
            checked.query.cardIds = {checked.cardId};
        }
        if (error.isEmpty()) {
            const AuditLog::Page found = log.query(checked.query, &error);
            page.entries = found.entries;
            page.nextBeforeSeq = found.nextBeforeSeq;
        }
        if (!error.isEmpty()) {
            qWarning("LocalAuditService: entries: %s", qUtf8Printable(error));
            return refusedPage(unreadable());
        }
        return page;
    });
}

QFuture<AuditFilterChoices> LocalAuditService::filterChoices()
{
    if (!isSupervisor()) {
        AuditFilterChoices refused;
        refused.refused = true;
        refused.message = supervisorsOnly();
        return QtFuture::makeReadyFuture(refused);
    }
    return m_worker->run([](Database &db) {
        AuditFilterChoices choices;
        if (!db.isOpen()) {
            choices.refused = true;
            choices.message = notOpen();
            return choices;
        }
        AuditLog log(db);
        QString error;
        const QStringList agents = log.agents(&error);
        const QHash<QString, QString> names = log.agentDisplayNames(&error);
        choices.actions = log.actions(&error);
        if (!error.isEmpty()) {
            qWarning("LocalAuditService: filter choices: %s", qUtf8Printable(error));
            return AuditFilterChoices{{}, {}, true, unreadable()};
        }
        for (const QString &username : agents)
            choices.agents.append({username, names.value(username)});
        return choices;
    });
}

QFuture<AuditChainReport> LocalAuditService::checkChain()
{
    auto check = std::make_shared<ChainCheck>();
    QFuture<AuditChainReport> future = check->promise.future();
    check->promise.start();
    if (!isSupervisor()) {
        AuditChainReport refused;
        refused.refused = true;
        refused.message = supervisorsOnly();
        check->promise.addResult(refused);
        check->promise.finish();
        return future;
    }
    runChainStep(m_worker, check);
    return future;
}
