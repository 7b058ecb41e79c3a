#include "localsupervisionservice.h"

#include "cardservice.h"
#include "commandprocessor.h"
#include "inboxservice.h"

#include "storage/database.h"
#include "storage/databaseworker.h"
#include "storage/supervisionrepository.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace {

QString supervisorsOnly()
{
    return QCoreApplication::translate("LocalSupervisionService",
                                       "The supervision figures are for supervisors. Ask a supervisor if you need "
                                       "to know how the queues are doing.");
}

QString notOpen()
{
    return QCoreApplication::translate("LocalSupervisionService", "The database is not open.");
}

QString unreadable()
{
    return QCoreApplication::translate("LocalSupervisionService",
                                       "The figures could not be read. Try again; if it keeps failing, tell IT "
                                       "support.");
}

template <typename Result>
Result refused(const QString &message)
{
    Result result;
    result.refused = true;
    result.message = message;
    return result;
}

CommandResult commandRejected(const QString &message)
{
    CommandResult result;
    result.status = CommandResult::Rejected;
    result.message = message;
    return result;
}

} // namespace

LocalSupervisionService::LocalSupervisionService(DatabaseWorker *worker, QObject *parent)
    : SupervisionService(parent)
    , m_worker(worker)
    , m_policy(SlaPolicy::defaults())
    , m_zone(QTimeZone::systemTimeZone())
{
    m_changeTimer.setSingleShot(true);
    m_changeTimer.setInterval(ChangeDelayMs);
    connect(&m_changeTimer, &QTimer::timeout, this, &SupervisionService::figuresChanged);
}

void LocalSupervisionService::setAgent(const Agent &agent)
{
    m_agent = agent;
    if (isSupervisor())
        catchUp();
}

void LocalSupervisionService::followChanges(InboxService *inbox, CardService *cards)
{
    if (inbox) {
        connect(inbox, &InboxService::conversationChanged, this, &LocalSupervisionService::noteChange);
        connect(inbox, &InboxService::countsChanged, this, &LocalSupervisionService::noteChange);
    }
    if (cards)
        connect(cards, &CardService::cardChanged, this, &LocalSupervisionService::noteChange);
}

void LocalSupervisionService::setSlaPolicy(const SlaPolicy &policy)
{
    m_policy = policy;
}

void LocalSupervisionService::setTimeZone(const QTimeZone &zone)
{
    if (zone.isValid())
        m_zone = zone;
}

bool LocalSupervisionService::isSupervisor() const
{
    return m_agent.role == Agent::RoleSupervisor;
}

void LocalSupervisionService::noteChange()
{
    // Coalesced: the first change starts the timer, the ones after it ride along.
    if (!m_changeTimer.isActive())
        m_changeTimer.start();
}

void LocalSupervisionService::catchUp()
{
    if (m_catchingUp)
        return;
    m_catchingUp = true;
    const SlaPolicy policy = m_policy;
    m_worker->run([policy](Database &db) {
                if (!db.isOpen())
                    return 0;
                QString error;
                const int left = SupervisionRepository(db, policy).refreshStaleHours(CatchUpHoursPerJob, &error);
                if (left < 0)
                    qWarning("LocalSupervisionService: the rollup could not be brought up to date: %s",
                             qUtf8Printable(error));
                return std::max(left, 0);
            })
        .then(this, [this](int left) {
            m_catchingUp = false;
            if (left > 0)
                catchUp();
        });
}

QFuture<QueueBoard> LocalSupervisionService::queueBoard()
{
    if (!isSupervisor())
        return QtFuture::makeReadyFuture(refused<QueueBoard>(supervisorsOnly()));
    const SlaPolicy policy = m_policy;
    return m_worker->run([policy](Database &db) {
        if (!db.isOpen())
            return refused<QueueBoard>(notOpen());
        QString error;
        QueueBoard board = SupervisionRepository(db, policy).queueBoard(QDateTime::currentDateTimeUtc(), &error);
        if (!error.isEmpty()) {
            qWarning("LocalSupervisionService: queue board: %s", qUtf8Printable(error));
            return refused<QueueBoard>(unreadable());
        }
        return board;
    });
}

QFuture<AgentBoard> LocalSupervisionService::agentBoard()
{
    if (!isSupervisor())
        return QtFuture::makeReadyFuture(refused<AgentBoard>(supervisorsOnly()));
    const SlaPolicy policy = m_policy;
    const QTimeZone zone = m_zone;
    return m_worker->run([policy, zone](Database &db) {
        if (!db.isOpen())
            return refused<AgentBoard>(notOpen());
        SupervisionRepository repository(db, policy);
        repository.setTimeZone(zone);
        QString error;
        AgentBoard board = repository.agentBoard(QDateTime::currentDateTimeUtc(), &error);
        if (!error.isEmpty()) {
            qWarning("LocalSupervisionService: agent board: %s", qUtf8Printable(error));
            return refused<AgentBoard>(unreadable());
        }
        return board;
    });
}

QFuture<ConversationPage> LocalSupervisionService::drillDown(const DrillDown &drillDown, const QString &cursor,
                                                             int limit)
{
    if (!isSupervisor()) {
        ConversationPage page;
        page.error = supervisorsOnly();
        return QtFuture::makeReadyFuture(page);
    }
    return m_worker->run([drillDown, cursor, limit](Database &db) {
        if (!db.isOpen()) {
            ConversationPage page;
            page.error = notOpen();
            return page;
        }
        return SupervisionRepository(db).drillDown(drillDown, cursor, limit, QDateTime::currentDateTimeUtc());
    });
}

QFuture<Analytics> LocalSupervisionService::analytics(const AnalyticsPeriod &period)
{
    if (!isSupervisor())
        return QtFuture::makeReadyFuture(refused<Analytics>(supervisorsOnly()));
    if (!period.from.isValid() || !period.to.isValid() || period.from > period.to) {
        Analytics invalid = refused<Analytics>(tr("Choose a period whose first day is not after its last day."));
        invalid.period = period;
        return QtFuture::makeReadyFuture(invalid);
    }
    const SlaPolicy policy = m_policy;
    const QTimeZone zone = m_zone;
    const QString notice = m_analyticsNotice;
    return m_worker->run([policy, zone, period, notice](Database &db) {
        if (!db.isOpen())
            return refused<Analytics>(notOpen());
        SupervisionRepository repository(db, policy);
        repository.setTimeZone(zone);
        QString error;
        Analytics figures = repository.analytics(period, &error);
        if (!error.isEmpty()) {
            qWarning("LocalSupervisionService: analytics: %s", qUtf8Printable(error));
            Analytics failed = refused<Analytics>(unreadable());
            failed.period = period;
            return failed;
        }
        if (figures.message.isEmpty())
            figures.message = notice;
        return figures;
    });
}

void LocalSupervisionService::setAnalyticsNotice(const QString &notice)
{
    if (m_analyticsNotice == notice)
        return;
    m_analyticsNotice = notice;
    noteChange();
}

QFuture<CommandResult> LocalSupervisionService::setPresence(Presence presence)
{
    if (m_agent.username.isEmpty())
        return QtFuture::makeReadyFuture(commandRejected(tr("Sign in first.")));
    const QString name = SupervisionNames::presenceName(presence);
    // The payload is the body of the server's POST /v1/agents/me/presence (remote mode's outbox sends it).
    const Command command = Command::make(QStringLiteral("agent.presence.set"),
                                          QStringLiteral("agent:") + m_agent.username,
                                          QJsonObject{{QStringLiteral("presence"), name}}, m_agent.username);
    return m_worker->run([this, command, presence, name](Database &db) {
        if (!db.isOpen()) {
            CommandResult result;
            result.status = CommandResult::Failed;
            result.message = notOpen();
            return result;
        }
        const CommandResult result = CommandProcessor(db).apply(command, [&](Database &db, const Command &,
                                                                              QJsonObject *audit) {
            SupervisionRepository repository(db);
            QString error;
            const std::optional<Presence> before = repository.presenceOf(command.agent, &error);
            CommandResult outcome;
            if (!before || !repository.setPresence(command.agent, presence, command.issuedAt, &error)) {
                if (!error.isEmpty()) {
                    qWarning("LocalSupervisionService: presence: %s", qUtf8Printable(error));
                    outcome.status = CommandResult::Failed;
                    outcome.message = tr("Your presence could not be saved, and nothing was changed. Try again.");
                } else {
                    outcome.status = CommandResult::Rejected;
                    outcome.message = tr("There is no agent called %1 in this database.").arg(command.agent);
                }
                return outcome;
            }
            *audit = QJsonObject{{QStringLiteral("from"), SupervisionNames::presenceName(*before)},
                                 {QStringLiteral("to"), name}};
            outcome.status = CommandResult::Applied;
            return outcome;
        });
        // The service outlives the worker's jobs (the backend drains the worker first).
        if (result.status == CommandResult::Applied)
            QMetaObject::invokeMethod(this, &LocalSupervisionService::noteChange, Qt::QueuedConnection);
        return result;
    });
}
