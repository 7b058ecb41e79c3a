#pragma once

#include <QObject>
#include <QPointer>
#include <QSize>
#include <QString>

class ApplicationController;
class QTimer;
struct OpenResult;

/// @short --screenshot: drives the real window to a state, grabs it to a PNG and reports.
///
/// Waits for the database, runs the query, waits until the results are on
/// screen and the first customer has loaded, then saves the window. Fails
/// with a message after a timeout instead of hanging.
class ScreenshotRunner : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        QString file;
        QString view = QStringLiteral("lookup");
        QString query;
        QSize size = QSize(1440, 900);
        int timeoutMs = 60000;
    };

    ScreenshotRunner(ApplicationController *controller, const Request &request, QObject *parent = nullptr);

    /// Call after ApplicationController::start().
    void start();

    static QStringList supportedViews();
    /// Whether @p view shows what only a supervisor sees (audit, supervision…).
    static bool needsSupervisor(const QString &view);
    /// The demo supervisor a screenshot of such a view signs in as when no agent is given.
    static QString demoSupervisor();

Q_SIGNALS:
    /// 0 when the PNG was written; @p message says what happened either way.
    void finished(int exitCode, const QString &message);

private:
    void onReady();
    void showInbox();
    void showAudit();
    /// "supervision[:overview|:queues|:agents|:analytics|:audit]": the supervisor's workspace on that page
    /// (plain "supervision": the overview), with its figures loaded.
    void showSupervision();
    /// "wizard:lost-card[:situation|review|replacement|summary]": walks the wizard to that page.
    void showWizard();
    void driveWizard();
    void grabSoon();
    void grab();
    void fail(const QString &message);

    ApplicationController *m_controller = nullptr;
    Request m_request;
    QTimer *m_timeout = nullptr;
    bool m_done = false;
    bool m_inboxOpened = false;
    bool m_auditShown = false;
    bool m_supervisionDrilled = false;
    QPointer<QWidget> m_target;
    QTimer *m_drive = nullptr;
    QString m_wizardStep;   ///< what to grab when not the main window
};
