#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QString>

class QTimer;

/// @short Measures how long the GUI thread's event loop goes without turning.
///
/// A 1 ms precise timer ticks on the GUI thread; the gap between two ticks is
/// how long the thread was busy (or blocked) in between. The caller names
/// what is going on (setContext) so the worst gap can be attributed.
class GuiStallMonitor : public QObject
{
    Q_OBJECT

public:
    explicit GuiStallMonitor(QObject *parent = nullptr);

    void start();
    void stop();
    void setContext(const QString &context);

    double worstGapMs() const;
    QString worstGapContext() const;
    int gapsOver(double milliseconds) const;
    qint64 ticks() const;

private:
    void tick();

    QTimer *m_timer = nullptr;
    QElapsedTimer m_clock;
    qint64 m_lastTickNs = -1;
    qint64 m_worstGapNs = 0;
    QString m_worstContext;
    QString m_context;
    QList<qint64> m_longGapsNs;   ///< every gap over 8 ms
    qint64 m_ticks = 0;
};
