#include "guistallmonitor.h"

#include <QTimer>

namespace {
constexpr qint64 RememberGapsOverNs = 8'000'000;
} // namespace

GuiStallMonitor::GuiStallMonitor(QObject *parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    m_timer->setTimerType(Qt::PreciseTimer);
    m_timer->setInterval(1);
    connect(m_timer, &QTimer::timeout, this, &GuiStallMonitor::tick);
}

void GuiStallMonitor::start()
{
    m_clock.start();
    m_lastTickNs = m_clock.nsecsElapsed();
    m_timer->start();
}

void GuiStallMonitor::stop()
{
    tick();
    m_timer->stop();
}

void GuiStallMonitor::setContext(const QString &context)
{
    m_context = context;
}

void GuiStallMonitor::tick()
{
    const qint64 now = m_clock.nsecsElapsed();
    const qint64 gap = now - m_lastTickNs;
    m_lastTickNs = now;
    ++m_ticks;
    if (gap > m_worstGapNs) {
        m_worstGapNs = gap;
        m_worstContext = m_context;
    }
    if (gap > RememberGapsOverNs)
        m_longGapsNs.append(gap);
}

double GuiStallMonitor::worstGapMs() const
{
    return double(m_worstGapNs) / 1e6;
}

QString GuiStallMonitor::worstGapContext() const
{
    return m_worstContext;
}

int GuiStallMonitor::gapsOver(double milliseconds) const
{
    int count = 0;
    for (qint64 gap : m_longGapsNs) {
        if (double(gap) / 1e6 > milliseconds)
            ++count;
    }
    return count;
}

qint64 GuiStallMonitor::ticks() const
{
    return m_ticks;
}
