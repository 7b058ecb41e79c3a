#include "screenshotrunner.h"

#include "languagemanager.h"
#include <QTreeWidget>
#include <QRadioButton>
#include <QPushButton>
#include <QDateTimeEdit>
#include <QComboBox>
#include <QCheckBox>
#include <QAbstractButton>
#include "wizard/lostcardpages.h"

#include "applicationcontroller.h"
#include "mainwindow.h"

#include "audit/auditentrymodel.h"
#include "audit/auditviewer.h"
#include "customer/customerview.h"
#include "inbox/conversationlistmodel.h"
#include "inbox/inboxpane.h"

#include <QLineEdit>

#include "services/inboxservice.h"
#include "lookup/customerlookuppane.h"
#include "lookup/customersearchmodel.h"
#include "supervision/agentspage.h"
#include "supervision/analyticspage.h"
#include "supervision/drilldownmodel.h"
#include "supervision/overviewpage.h"
#include "supervision/queueboardmodel.h"
#include "supervision/queueboardpage.h"
#include "supervision/supervisionworkspace.h"

#include <QAction>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QPixmap>
#include <QHash>
#include <QTimer>
#include <QTreeView>

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
    return {QStringLiteral("lookup"),
            QStringLiteral("inbox"),
            QStringLiteral("audit"),
            QStringLiteral("supervision"),
            QStringLiteral("supervision:overview"),
            QStringLiteral("supervision:queues"),
            QStringLiteral("supervision:agents"),
            QStringLiteral("supervision:analytics"),
            QStringLiteral("supervision:audit"),
            QStringLiteral("wizard:lost-card"),
            QStringLiteral("wizard:lost-card:review"),
            QStringLiteral("wizard:lost-card:replacement"),
            QStringLiteral("wizard:lost-card:summary")};
}

bool ScreenshotRunner::needsSupervisor(const QString &view)
{
    return view == QLatin1StringView("audit") || view.startsWith(QLatin1StringView("supervision"));
}

QString ScreenshotRunner::demoSupervisor()
{
    return QStringLiteral("riikka.nurmi");
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
    if (m_request.view == QLatin1StringView("audit")) {
        showAudit();
        return;
    }
    if (m_request.view.startsWith(QLatin1StringView("supervision"))) {
        showSupervision();
        return;
    }
    if (m_request.view.startsWith(QLatin1StringView("wizard:"))) {
        showWizard();
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

void ScreenshotRunner::showAudit()
{
    MainWindow *window = m_controller->mainWindow();
    QAction *open = window->findChild<QAction *>(QStringLiteral("auditLogAction"));
    if (!open || !open->isEnabled())
        return fail(tr("The audit log is for supervisors. Sign in as one, for example with --agent riikka.nurmi "
                       "(a demo supervisor)."));
    open->trigger();
    auto *viewer = window->findChild<AuditViewer *>();
    if (!viewer)
        return fail(tr("The audit log did not open."));
    viewer->resize(m_request.size);
    m_target = viewer;
    // The newest entry selected and the chain checked: the viewer as a supervisor uses it.
    connect(viewer, &AuditViewer::chainChecked, this, &ScreenshotRunner::grabSoon);
    const auto firstPageShown = [this, viewer](int rows) {
        if (m_auditShown)
            return;
        m_auditShown = true;
        if (rows > 0)
            viewer->view()->setCurrentIndex(viewer->model()->index(0, 0));
        viewer->checkChain();
    };
    connect(viewer, &AuditViewer::entriesShown, this, firstPageShown);
    // Showing the window may already have delivered the first page.
    if (viewer->model()->state() != AuditEntryModel::State::Loading)
        firstPageShown(viewer->model()->rowCount());
}

void ScreenshotRunner::showSupervision()
{
    SupervisionWorkspace *workspace = m_controller->supervisionWorkspace();
    if (!workspace)
        return fail(tr("The supervision workspace is for supervisors. Sign in as one, for example with --agent "
                       "riikka.nurmi (a demo supervisor)."));
    MainWindow *window = m_controller->mainWindow();
    const QString page = m_request.view.section(QLatin1Char(':'), 1);
    if (page.isEmpty() || page == QLatin1StringView("overview")) {
        // The wallboard once both boards and the charts are on screen.
        OverviewPage *overview = workspace->overview();
        const auto shownAll = [this, overview] {
            if (overview->isLoaded())
                grabSoon();
        };
        connect(overview, &OverviewPage::boardShown, this, shownAll);
        connect(overview, &OverviewPage::agentsShown, this, shownAll);
        connect(overview, &OverviewPage::analyticsShown, this, shownAll);
        workspace->showPage(SupervisionWorkspace::Page::Overview);
        window->showArea(QStringLiteral("supervision"));
        return;
    }
    if (page == QLatin1StringView("analytics")) {
        connect(workspace->analytics(), &AnalyticsPage::analyticsShown, this, &ScreenshotRunner::grabSoon);
        workspace->showPage(SupervisionWorkspace::Page::Analytics);
        window->showArea(QStringLiteral("supervision"));
        return;
    }
    if (page == QLatin1StringView("audit")) {
        window->showArea(QStringLiteral("supervision"));
        workspace->showPage(SupervisionWorkspace::Page::Audit);
        AuditViewer *viewer = workspace->auditViewer();
        if (!viewer)
            return fail(tr("The audit log did not open."));
        const auto shown = [this, viewer](int rows) {
            if (rows > 0)
                viewer->view()->setCurrentIndex(viewer->model()->index(0, 0));
            grabSoon();
        };
        if (viewer->model()->state() != AuditEntryModel::State::Loading)
            shown(viewer->model()->rowCount());
        else
            connect(viewer, &AuditViewer::entriesShown, this, shown, Qt::SingleShotConnection);
        return;
    }
    if (page == QLatin1StringView("agents")) {
        // The busiest agent is selected when the board arrives; two of their conversations
        // selected show the reassignment as a supervisor starts it.
        AgentsPage *agents = workspace->agents();
        connect(agents->conversationModel(), &DrillDownModel::loaded, this,
                [this, agents](int rows) {
                    QTreeView *view = agents->conversationView();
                    for (int row = 0; row < qMin(rows, 2); ++row)
                        view->selectionModel()->select(agents->conversationModel()->index(row, 0),
                                                       QItemSelectionModel::Select | QItemSelectionModel::Rows);
                    view->setFocus();
                    grabSoon();
                },
                Qt::SingleShotConnection);
        workspace->showPage(SupervisionWorkspace::Page::Agents);
        window->showArea(QStringLiteral("supervision"));
        return;
    }
    // "queues": the board, and beside it the breached conversations of the queue and channel with the most.
    QueueBoardPage *queues = workspace->queueBoard();
    connect(queues, &QueueBoardPage::boardShown, this, [this, queues] {
        if (m_supervisionDrilled)
            return;
        m_supervisionDrilled = true;
        QueueBoardModel *model = queues->boardModel();
        if (model->rowCount() == 0)
            return grabSoon();   // the empty board is what the supervisor would see
        QModelIndex cell = model->totalIndex(QueueBoardModel::BreachedColumn);   // unless one row stands out
        int most = 0;
        for (const QueueBoardRow &row : model->board().rows) {
            if (row.breached > most) {
                most = row.breached;
                cell = model->channelIndex(row.queue, row.channel, QueueBoardModel::BreachedColumn);
            }
        }
        queues->boardView()->setCurrentIndex(cell);
        connect(queues->drillDownModel(), &DrillDownModel::loaded, this, &ScreenshotRunner::grabSoon,
                Qt::SingleShotConnection);
        queues->showDrillDown(*model->drillDownAt(cell));
    });
    workspace->showPage(SupervisionWorkspace::Page::Queues);
    window->showArea(QStringLiteral("supervision"));
}

void ScreenshotRunner::showWizard()
{
    const QStringList parts = m_request.view.split(QLatin1Char(':'));
    m_wizardStep = parts.value(2, QStringLiteral("situation"));
    // Aino Virtanen (customer 1), the README's example, on the phone: her card was stolen.
    CustomerLookupPane *pane = m_controller->lookupPane();
    m_controller->mainWindow()->showArea(QStringLiteral("customers"));
    pane->customerView()->showCustomer(1);
    // What the agent types from the call, in the language the console runs in.
    static const QHash<QString, QString> customerWords = {
        {QStringLiteral("fi"), QStringLiteral("Laukku varastettiin raitiovaunussa")},
        {QStringLiteral("sv"), QStringLiteral("Väskan stals på spårvagnen")},
        {QStringLiteral("nb"), QStringLiteral("Vesken ble stjålet på trikken")},
    };
    const QString words = customerWords.value(m_controller->languageManager()->language(),
                                              QStringLiteral("Bag stolen on the tram"));
    LostCardWizard *wizard =
        m_controller->openCardWorkflow(1, 0, 0, CardWorkflow::Situation::Stolen, words);
    if (!wizard)
        return fail(tr("The card workflow did not open."));
    wizard->resize(980, 760);
    m_target = wizard;
    m_drive = new QTimer(this);
    m_drive->setInterval(60);
    connect(m_drive, &QTimer::timeout, this, &ScreenshotRunner::driveWizard);
    m_drive->start();
}

void ScreenshotRunner::driveWizard()
{
    auto *wizard = qobject_cast<LostCardWizard *>(m_target.data());
    if (!wizard)
        return fail(tr("The card workflow closed before it was captured."));
    if (wizard->isBusy() || !wizard->currentPage())
        return;
    const auto stopAndGrab = [this] {
        m_drive->stop();
        grabSoon();
    };
    const auto press = [wizard](QWizard::WizardButton which) {
        if (QAbstractButton *b = wizard->button(which); b && b->isVisible() && b->isEnabled())
            b->click();
    };
    switch (wizard->currentId()) {
    case LostCardWizard::SituationPageId: {
        auto *cards = wizard->currentPage()->findChild<QComboBox *>(QStringLiteral("cardChoice"));
        if (!cards || cards->count() == 0 || !wizard->currentPage()->isComplete())
            return;
        if (m_wizardStep == QLatin1StringView("situation"))
            return stopAndGrab();
        press(QWizard::CommitButton);
        return;
    }
    case LostCardWizard::LockedPageId:
        if (auto *lastUse = wizard->currentPage()->findChild<QDateTimeEdit *>(QStringLiteral("lastCertainUse")))
            lastUse->setDateTime(QDateTime::currentDateTime().addDays(-45));
        press(QWizard::NextButton);
        return;
    case LostCardWizard::ReviewPageId: {
        auto *page = static_cast<ReviewPage *>(wizard->currentPage());
        auto *list = page->findChild<QTreeWidget *>(QStringLiteral("reviewList"));
        if (!list || list->topLevelItemCount() == 0)
            return;
        if (!page->isComplete()) {
            // The customer recognises all but the newest purchase.
            for (int row = 0; row < list->topLevelItemCount(); ++row) {
                list->setCurrentItem(list->topLevelItem(row));
                page->markCurrent(row == 0 ? LostCardState::Verdict::NotRecognised
                                           : LostCardState::Verdict::Recognised);
            }
            if (auto *declaration = page->findChild<QCheckBox *>(QStringLiteral("declaration")))
                declaration->setChecked(true);
            list->setCurrentItem(list->topLevelItem(0));
            return;
        }
        if (m_wizardStep == QLatin1StringView("review"))
            return stopAndGrab();
        press(QWizard::NextButton);
        return;
    }
    case LostCardWizard::PolicePageId:
        if (auto *reference = wizard->currentPage()->findChild<QLineEdit *>(QStringLiteral("policeReference")))
            reference->setText(QStringLiteral("5500/R/48213/26"));
        press(QWizard::CommitButton);
        return;
    case LostCardWizard::ReplacementPageId: {
        QWizardPage *page = wizard->currentPage();
        auto *pickup = page->findChild<QRadioButton *>(QStringLiteral("deliveryPickupPoint"));
        auto *bankId = page->findChild<QPushButton *>(QStringLiteral("verifiedBankId"));
        auto *confirmed = page->findChild<QCheckBox *>(QStringLiteral("contactConfirmed"));
        if (!pickup || !bankId || !confirmed)
            return fail(tr("The replacement page is not as expected."));
        if (!pickup->isChecked())
            return pickup->setChecked(true);
        if (bankId->isVisible())
            return bankId->click();
        if (!confirmed->isChecked())
            return confirmed->setChecked(true);
        if (m_wizardStep == QLatin1StringView("replacement"))
            return stopAndGrab();
        press(QWizard::CommitButton);
        return;
    }
    case LostCardWizard::SummaryPageId:
        return stopAndGrab();
    default:
        return;
    }
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
    QWidget *target = m_target ? m_target.data() : m_controller->mainWindow();
    const QImage image = target->grab().toImage();
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
