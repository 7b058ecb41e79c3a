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

Q_SIGNALS:
    /// 0 when the PNG was written; @p message says what happened either way.
    void finished(int exitCode, const QString &message);

private:
    void onReady();
    void showInbox();
    void showAudit();
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
    QPointer<QWidget> m_target;
    QTimer *m_drive = nullptr;
    QString m_wizardStep;   ///< what to grab when not the main window
};
