#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

class CustomerSearchModel;
class QEventLoop;
class QLineEdit;
class QWidget;

/// @short Times one keystroke in the real lookup pane: key -> model has the answer -> first paint.
///
/// arm() before sending the key; the probe notes when the model takes the
/// answer for the field's text (CustomerSearchModel::searchFinished) and then
/// the first Paint event of a watched widget (the results viewport, or the
/// "no matches" page), and quits the waiting event loop.
class KeystrokeProbe : public QObject
{
    Q_OBJECT

public:
    KeystrokeProbe(QLineEdit *searchEdit, CustomerSearchModel *model, const QList<QWidget *> &paintTargets,
                   QObject *parent = nullptr);

    /// Starts the clock for one keystroke; call right before sending the key.
    void arm();
    /// Runs the event loop until the answer is painted or @p timeoutMs passes; false on timeout.
    bool waitForPaint(int timeoutMs);
    void disarm();

    qint64 answerNs() const;   ///< key -> model took the answer
    qint64 paintNs() const;    ///< key -> first paint after that
    int rowCount() const;      ///< rows in the first page that was painted

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onSearchFinished(const QString &text, int rowCount);

    QPointer<QLineEdit> m_searchEdit;
    QList<QWidget *> m_paintTargets;
    QElapsedTimer m_clock;
    QEventLoop *m_loop = nullptr;
    bool m_armed = false;
    bool m_answered = false;
    bool m_painted = false;
    qint64 m_answerNs = -1;
    qint64 m_paintNs = -1;
    int m_rowCount = 0;
};
