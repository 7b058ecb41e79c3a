#include "databaseworker.h"

#include "database.h"

#include <QMetaObject>

namespace {
constexpr int IdleCheckpointMs = 2000;
}

namespace {
QAtomicInt workerCount;
}

DatabaseWorker::DatabaseWorker(const QString &connectionName, QObject *parent)
    : QObject(parent)
    // Qt SQL connection names are process-wide: two workers (two backends,
    // as in tests or a future second window) must never share one.
    , m_connectionName(connectionName + QLatin1Char('-') + QString::number(workerCount.fetchAndAddRelaxed(1)))
{
    m_thread.setObjectName(QStringLiteral("CardDesk database"));
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    m_idleTimer = new QTimer;
    m_idleTimer->setSingleShot(true);
    m_idleTimer->setInterval(IdleCheckpointMs);
    m_idleTimer->moveToThread(&m_thread);
    connect(m_idleTimer, &QTimer::timeout, m_context, [this] {
        if (m_database)
            m_database->checkpoint();
    });
    m_thread.start();
}

DatabaseWorker::~DatabaseWorker()
{
    // Close the connection on the thread that opened it, then stop.
    QMetaObject::invokeMethod(
        m_context,
        [this] {
            delete m_idleTimer;
            m_idleTimer = nullptr;
            m_database.reset();
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_context;
}

int DatabaseWorker::pendingJobs() const
{
    return m_pending.loadAcquire();
}

void DatabaseWorker::post(std::function<void()> job)
{
    m_pending.ref();
    QMetaObject::invokeMethod(
        m_context,
        [this, job = std::move(job)] {
            job();
            if (!m_pending.deref() && m_idleTimer)
                m_idleTimer->start();
        },
        Qt::QueuedConnection);
}

Database &DatabaseWorker::database()
{
    Q_ASSERT(QThread::currentThread() == &m_thread);
    if (!m_database)
        m_database = std::make_unique<Database>(m_connectionName);
    return *m_database;
}
