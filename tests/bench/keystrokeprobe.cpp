#include "keystrokeprobe.h"

#include "lookup/customersearchmodel.h"

#include <QEvent>
#include <QEventLoop>
#include <QLineEdit>
#include <QTimer>
#include <QWidget>

KeystrokeProbe::KeystrokeProbe(QLineEdit *searchEdit, CustomerSearchModel *model,
                               const QList<QWidget *> &paintTargets, QObject *parent)
    : QObject(parent)
    , m_searchEdit(searchEdit)
    , m_paintTargets(paintTargets)
{
    for (QWidget *target : paintTargets)
        target->installEventFilter(this);
    connect(model, &CustomerSearchModel::searchFinished, this,
            [this](const QString &text, int rowCount, bool) { onSearchFinished(text, rowCount); });
}

void KeystrokeProbe::arm()
{
    m_armed = true;
    m_answered = false;
    m_painted = false;
    m_answerNs = -1;
    m_paintNs = -1;
    m_rowCount = 0;
    m_clock.start();
}

void KeystrokeProbe::disarm()
{
    m_armed = false;
}

bool KeystrokeProbe::waitForPaint(int timeoutMs)
{
    if (!m_painted) {
        QEventLoop loop;
        QTimer timeout;
        timeout.setSingleShot(true);
        connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
        timeout.start(timeoutMs);
        m_loop = &loop;
        loop.exec();
        m_loop = nullptr;
    }
    disarm();
    return m_painted;
}

qint64 KeystrokeProbe::answerNs() const
{
    return m_answerNs;
}

qint64 KeystrokeProbe::paintNs() const
{
    return m_paintNs;
}

int KeystrokeProbe::rowCount() const
{
    return m_rowCount;
}

void KeystrokeProbe::onSearchFinished(const QString &text, int rowCount)
{
    // Only the answer to what the field shows now; the model drops the rest itself.
    if (!m_armed || m_answered || !m_searchEdit || text != m_searchEdit->text().trimmed())
        return;
    m_answerNs = m_clock.nsecsElapsed();
    m_answered = true;
    m_rowCount = rowCount;
}

bool KeystrokeProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint && m_armed && m_answered && !m_painted) {
        m_paintNs = m_clock.nsecsElapsed();
        m_painted = true;
        if (m_loop)
            m_loop->quit();
    }
    return QObject::eventFilter(watched, event);
}
