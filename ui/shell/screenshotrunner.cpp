#include "screenshotrunner.h"

#include "applicationcontroller.h"
#include "mainwindow.h"

#include "customer/customerview.h"
#include "inbox/conversationlistmodel.h"
#include "inbox/inboxpane.h"

#include <QLineEdit>

#include "services/inboxservice.h"
#include "lookup/customerlookuppane.h"
#include "lookup/customersearchmodel.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QPixmap>
#include <QTimer>

ScreenshotRunner::ScreenshotRunner(ApplicationController *controller, const Request &request, QObject *parent)
    : QObject(parent)
    , m_controller(controller)
    , m_request(request)
    , m_timeout(new QTimer(this))
{
    m_timeout->setSingleShot(true);
    connect(m_timeout, &QTimer::timeout, this, [this] {
        fail(tr("Timed out after %1 seconds before the window reached the requested state.")
                 .arg(m_request.timeoutMs / 1000));
    });
}

QStringList ScreenshotRunner::supportedViews()
{
    return {QStringLiteral("lookup"), QStringLiteral("inbox")};
}

void ScreenshotRunner::start()
{
    if (!supportedViews().contains(m_request.view)) {
        QTimer::singleShot(0, this, [this] {
            fail(tr("Unknown view “%1”. Known views: %2.")
                     .arg(m_request.view, supportedViews().join(QStringLiteral(", "))));
        });
        return;
    }
    m_controller->mainWindow()->resize(m_request.size);
    m_timeout->start(m_request.timeoutMs);

    connect(m_controller, &ApplicationController::openFailed, this, [this](const OpenResult &result) {
        fail(tr("The customer database could not be opened: %1").arg(result.message));
    });
    if (m_controller->isReady())
        onReady();
    else
        connect(m_controller, &ApplicationController::ready, this, &ScreenshotRunner::onReady);
}

void ScreenshotRunner::onReady()
{
    if (m_request.view == QLatin1StringView("inbox")) {
        showInbox();
        return;
    }
    CustomerLookupPane *pane = m_controller->lookupPane();
    m_controller->mainWindow()->showArea(QStringLiteral("customers"));

    const QString query = m_request.query.trimmed();
    if (query.isEmpty()) {
        grabSoon();
        return;
    }

    connect(pane->customerView(), &CustomerView::customerLoaded, this, &ScreenshotRunner::grabSoon);
    connect(pane, &CustomerLookupPane::resultsShown, this, [this, pane, query](const QString &text, int rows) {
        if (text != query)
            return;
        if (rows == 0 || !pane->selectFirstResult())
            grabSoon();   // the empty state is what the agent would see
    });
    pane->setSearchText(m_request.query);
}

void ScreenshotRunner::showInbox()
{
    InboxPane *pane = m_controller->inboxPane();
    if (!pane)
        return fail(tr("This backend has no inbox."));
    m_controller->mainWindow()->showArea(QStringLiteral("inbox"));
    connect(pane, &InboxPane::conversationShown, this, &ScreenshotRunner::grabSoon);
    connect(pane, &InboxPane::listLoaded, this, [this, pane](int rows) {
        if (m_inboxOpened)
            return;
        m_inboxOpened = true;
        if (rows == 0)
            return grabSoon();   // the empty view is what the agent would see
        // Prefer Aino Virtanen's (customer 1) email, the README's example; else the first row.
        const qint64 first = pane->model()->summaryAt(0).id;
        InboxService *inbox = pane->service();
        inbox->conversationsOfCustomer(1, 20).then(pane, [pane, first](const QList<ConversationSummary> &rows) {
            qint64 chosen = first;
            for (const ConversationSummary &s : rows) {
                if (s.channel == Channel::Email && s.status != ConversationStatus::Resolved
                    && s.status != ConversationStatus::Closed) {
                    chosen = s.id;
                    break;
                }
            }
            pane->openConversation(chosen);
        });
    });
    // --query searches the conversations, as typed in the inbox's search field.
    pane->searchEdit()->setText(m_request.query.trimmed());
    pane->selectView(InboxView::AllOpen);
}

void ScreenshotRunner::grabSoon()
{
    // Let layouts settle and pending paints happen before grabbing.
    QTimer::singleShot(100, this, &ScreenshotRunner::grab);
}

void ScreenshotRunner::grab()
{
    if (m_done)
        return;
    MainWindow *window = m_controller->mainWindow();
    const QImage image = window->grab().toImage();
    if (image.isNull())
        return fail(tr("The window could not be captured."));

    const QFileInfo info(m_request.file);
    QDir().mkpath(info.absolutePath());
    if (!image.save(info.absoluteFilePath(), "PNG"))
        return fail(tr("Could not write “%1”. Check the folder exists and is writable.").arg(info.absoluteFilePath()));

    m_done = true;
    m_timeout->stop();
    emit finished(0, tr("Saved %1 (%2×%3).").arg(info.absoluteFilePath()).arg(image.width()).arg(image.height()));
}

void ScreenshotRunner::fail(const QString &message)
{
    if (m_done)
        return;
    m_done = true;
    m_timeout->stop();
    emit finished(1, message);
}
