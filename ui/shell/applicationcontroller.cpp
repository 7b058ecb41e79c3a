#include "applicationcontroller.h"

#include "wizard/lostcardwizard.h"

#include "languagemanager.h"
#include "mainwindow.h"
#include "presencebutton.h"
#include "openfailuredialog.h"

#include "common/icons.h"
#include "customer/customerview.h"
#include "inbox/inboxpane.h"
#include "lookup/customerlookuppane.h"
#include "supervision/supervisionworkspace.h"

#include "services/inboxservice.h"
#include "services/localbackend.h"
#include "remote/connectionstatus.h"
#include "remote/outboxsender.h"
#include "remote/remotebackend.h"
#include "remote/tokenstore.h"

#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QTimer>
#include <QUrl>

ApplicationController::ApplicationController(const Options &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_languages(std::make_unique<LanguageManager>())
{
    const QString language = LanguageManager::isSupported(options.language) ? options.language
                                                                             : m_languages->preferredLanguage();
    m_languages->setLanguage(language, options.language.isEmpty() ? LanguageManager::Persistence::Remember
                                                                  : LanguageManager::Persistence::ThisSessionOnly);
    m_window = std::make_unique<MainWindow>(m_languages.get());

    connect(m_languages.get(), &LanguageManager::languageChanged, this, &ApplicationController::retranslateStartup);
    connect(m_window.get(), &MainWindow::findCustomerRequested, this, [this] {
        if (m_inbox && m_window->currentArea() == QLatin1StringView("inbox")) {
            m_inbox->focusSearch();   // Ctrl+F in the inbox searches conversations
            return;
        }
        if (!m_lookup)
            return;
        m_window->showArea(QStringLiteral("customers"));
        m_lookup->focusSearch();
    });
}

ApplicationController::~ApplicationController()
{
    // Widgets hold the backend's services: they go first.
    m_window.reset();
    delete m_backend;
}

void ApplicationController::start()
{
    m_window->showStartup(tr("Opening the customer database…"));
    m_window->show();
    // Open after the first paint so the window appears at once.
    QTimer::singleShot(0, this, &ApplicationController::openDatabase);
}

MainWindow *ApplicationController::mainWindow() const
{
    return m_window.get();
}

LanguageManager *ApplicationController::languageManager() const
{
    return m_languages.get();
}

CustomerLookupPane *ApplicationController::lookupPane() const
{
    return m_lookup;
}

InboxPane *ApplicationController::inboxPane() const
{
    return m_inbox;
}

SupervisionWorkspace *ApplicationController::supervisionWorkspace() const
{
    return m_supervision;
}

bool ApplicationController::isReady() const
{
    return m_lookup != nullptr;
}

QString ApplicationController::databasePath(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("carddesk.sqlite"));
}

void ApplicationController::openDatabase()
{
    if (m_opening)
        return;
    m_opening = true;
    m_seedDone = 0;
    m_seedTotal = 0;
    m_window->showStartup(tr("Opening the customer database…"));

    // A backend that failed to open is replaced rather than reused.
    delete m_backend;
    m_backend = nullptr;
    if (!m_options.serverUrl.isEmpty()) {
        openRemote();
        return;
    }
    auto *local = new LocalBackend(this);
    m_backend = local;
    connect(local, &LocalBackend::seedProgress, this, [this](int done, int total) {
        m_seedDone = done;
        m_seedTotal = total;
        retranslateStartup();
    });

    // The folder is made by Database::open on the worker, which reports a failure with its reason.
    LocalBackend::Options options;
    options.databasePath = databasePath(m_options.dataDir);
    options.seedDemoIfEmpty = true;
    options.demoClockNow = true;
    options.demoCustomers = m_options.demoCustomers;
    options.agentUsername = m_options.agentUsername;
    local->open(options).then(this, [this](const OpenResult &result) { onOpened(result); });
}

void ApplicationController::openRemote()
{
    // A session saved in the OS keychain by an earlier start is used first:
    // no password needed while the server accepts it, and the console opens
    // offline on its cache with it when the server cannot be reached.
    auto *tokens = new TokenStore(this);
    tokens->load(QUrl(m_options.serverUrl), m_options.agentUsername)
        .then(this, [this, tokens](const TokenStore::Result &loaded) {
            tokens->deleteLater();
            openRemoteWith(loaded.ok ? loaded.token : QString());
        });
}

void ApplicationController::openRemoteWith(const QString &token)
{
    if (token.isEmpty() && m_options.password.isEmpty()) {
        askForPassword(QString());
        return;
    }
    auto *remote = new RemoteBackend(this);
    m_backend = remote;
    RemoteBackend::Options options;
    options.serverUrl = QUrl(m_options.serverUrl);
    options.username = m_options.agentUsername;
    options.password = m_options.password;
    options.token = token;
    options.caFile = m_options.caFile;
    options.cachePath = RemoteBackend::cachePathFor(m_options.dataDir, options.serverUrl, options.username);
    QDir().mkpath(m_options.dataDir);
    // A refused command is shown to the agent, never dropped silently.
    connect(remote, &RemoteBackend::commandRejected, this,
            [this](const QUuid &, const QString &, const QString &, const QString &message) {
                m_window->statusBar()->showMessage(message, 30000);
            });
    remote->open(options).then(this, [this, options](const OpenResult &result) {
        auto *remoteBackend = qobject_cast<RemoteBackend *>(m_backend);
        if (result.needsPassword && m_options.interactive) {
            askForPassword(result.message);
            return;
        }
        if (result.ok() && remoteBackend) {
            m_window->setConnectionStatus(remoteBackend->connectionStatus());
            connect(remoteBackend->sender(), &OutboxSender::authenticationRequired, this,
                    [this] { askToSignInAgain(); });
            // The token goes to the OS keychain; without one it is kept for this session only, never in a file.
            auto *tokens = new TokenStore(this);
            tokens->save(options.serverUrl, options.username, remoteBackend->token())
                .then(this, [tokens](const TokenStore::Result &saved) {
                    tokens->deleteLater();
                    if (!saved.ok)
                        qWarning("ApplicationController: the session token is not in a keychain: %s",
                                 qUtf8Printable(saved.error));
                });
        }
        onOpened(result);
    });
}

void ApplicationController::askForPassword(const QString &why)
{
    if (!m_options.interactive) {
        OpenResult failed;
        failed.status = OpenResult::Failed;
        failed.message = why.isEmpty() ? tr("No password for %1: set CARDDESK_PASSWORD, or start without "
                                            "--screenshot to be asked.")
                                             .arg(m_options.agentUsername)
                                       : why;
        onOpened(failed);
        return;
    }
    auto *dialog = new QInputDialog(m_window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Sign in to CardDesk"));
    QString text = tr("Password of %1 on %2:")
                       .arg(m_options.agentUsername, QUrl(m_options.serverUrl).toDisplayString(QUrl::RemoveUserInfo));
    if (!why.isEmpty())
        text = why + QStringLiteral("\n\n") + text;
    dialog->setLabelText(text);
    dialog->setTextEchoMode(QLineEdit::Password);
    dialog->setOkButtonText(tr("Sign in"));
    connect(dialog, &QInputDialog::textValueSelected, this, [this](const QString &password) {
        m_options.password = password;
        m_opening = false;
        openDatabase();
    });
    connect(dialog, &QInputDialog::rejected, this, [this] {
        OpenResult failed;
        failed.status = OpenResult::Failed;
        failed.message = tr("Not signed in: CardDesk needs the password of %1 to reach %2.")
                             .arg(m_options.agentUsername,
                                  QUrl(m_options.serverUrl).toDisplayString(QUrl::RemoveUserInfo));
        onOpened(failed);
    });
    dialog->open();
}

void ApplicationController::askToSignInAgain(const QString &problem)
{
    auto *remote = qobject_cast<RemoteBackend *>(m_backend);
    if (!remote || !m_options.interactive || m_signInAgain)
        return;
    auto *dialog = new QInputDialog(m_window.get());
    m_signInAgain = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Sign in again"));
    QString text = tr("Your session on %1 has ended. Enter the password of %2 to go on. What you did meanwhile "
                      "waits on this computer and is sent once you are signed in.")
                       .arg(QUrl(m_options.serverUrl).toDisplayString(QUrl::RemoveUserInfo), remote->agent().username);
    if (!problem.isEmpty())
        text += QStringLiteral("\n\n") + problem;
    dialog->setLabelText(text);
    dialog->setTextEchoMode(QLineEdit::Password);
    dialog->setOkButtonText(tr("Sign in"));
    connect(dialog, &QInputDialog::textValueSelected, this, [this](const QString &password) {
        auto *remote = qobject_cast<RemoteBackend *>(m_backend);
        if (!remote)
            return;
        m_window->statusBar()->showMessage(tr("Signing in…"));
        remote->renewSession(password).then(this, [this, remote](const QString &error) {
            if (!error.isEmpty()) {
                m_window->statusBar()->clearMessage();
                askToSignInAgain(error);
                return;
            }
            m_window->statusBar()->showMessage(tr("Signed in again. Waiting work is being sent."), 10000);
            auto *tokens = new TokenStore(this);
            tokens->save(QUrl(m_options.serverUrl), remote->agent().username, remote->token())
                .then(this, [tokens](const TokenStore::Result &) { tokens->deleteLater(); });
        });
    });
    dialog->open();
}

void ApplicationController::onOpened(const OpenResult &result)
{
    m_opening = false;
    if (!result.ok()) {
        emit openFailed(result);
        if (m_options.interactive)
            askAfterFailure(result);
        return;
    }
    buildWorkspace(result.customerCount);
    emit ready();
}

void ApplicationController::buildWorkspace(qint64 customerCount)
{
    auto *lookup = new CustomerLookupPane(m_backend->customers());
    m_lookup = lookup;
    lookup->customerView()->setCardService(m_backend->cards());
    connect(lookup->customerView(), &CustomerView::cardWorkflowRequested, this,
            [this](qint64 customerId, qint64 cardId) { openCardWorkflow(customerId, cardId, 0); });
    connect(lookup->customerView(), &CustomerView::cardWorkflowResumeRequested, this,
            [this](qint64 workflowId) { resumeCardWorkflow(workflowId); });
    m_window->addArea(QStringLiteral("customers"), Icons::customers(), tr("Customers"), lookup);
    if (InboxService *inboxService = m_backend->inbox()) {
        auto *inbox = new InboxPane(inboxService, m_backend->customers(), m_backend->agent());
        m_inbox = inbox;
        inbox->setAlertService(m_backend->alerts());
        m_window->addArea(QStringLiteral("inbox"), Icons::inbox(), tr("Inbox"), inbox);
        connect(inbox, &InboxPane::cardWorkflowRequested, this,
                [this](qint64 customerId, qint64 cardId, const QString &reasonText) {
                    const std::optional<ConversationSummary> current =
                        m_inbox ? m_inbox->currentConversation() : std::nullopt;
                    openCardWorkflow(customerId, cardId, current ? current->id : 0,
                                     CardWorkflow::Situation::Compromised, reasonText);
                });
        connect(inbox, &InboxPane::openCustomerRequested, this, [this](qint64 customerId) {
            if (!m_lookup)
                return;
            m_window->showArea(QStringLiteral("customers"));
            m_lookup->customerView()->showCustomer(customerId);
        });
    }
    // The supervisor's area: for a supervisor only (the services refuse anyone else all the same).
    if (m_backend->agent().role == Agent::RoleSupervisor && m_backend->supervision()) {
        SupervisionWorkspace::Services services;
        services.supervision = m_backend->supervision();
        services.inbox = m_backend->inbox();
        services.audit = m_backend->audit();
        auto *supervision = new SupervisionWorkspace(services, m_backend->agent());
        m_supervision = supervision;
        m_window->addArea(QStringLiteral("supervision"), Icons::supervision(), tr("Supervision"), supervision);
        connect(supervision, &SupervisionWorkspace::openConversationRequested, this, [this](qint64 conversationId) {
            if (!m_inbox)
                return;
            m_window->showArea(QStringLiteral("inbox"));
            m_inbox->openConversation(conversationId);
        });
    }
    m_window->setBackend(m_backend, customerCount);
    // Signing in makes the agent available, as the server does in remote mode
    // (an audited command; screenshots and tests leave presence as it is).
    if (m_options.interactive)
        m_window->presenceButton()->markSignedIn();
    connect(m_window.get(), &MainWindow::cardWorkflowRequested, this, &ApplicationController::startCardWorkflowForCurrent,
            Qt::UniqueConnection);
    m_window->showArea(QStringLiteral("customers"));
    m_window->showWorkspace();
    lookup->focusSearch();
    if (!m_pendingCall.isEmpty())
        handleCall(m_pendingCall);
}

void ApplicationController::handleCall(const QString &phoneNumber)
{
    const QString number = phoneNumber;   // may alias m_pendingCall, cleared below
    m_pendingCall = number;
    if (!m_lookup)
        return;
    m_pendingCall.clear();
    m_window->showArea(QStringLiteral("customers"));
    if (m_window->isMinimized())
        m_window->showNormal();
    m_window->raise();
    m_window->activateWindow();
    m_lookup->screenPop(number);
}

void ApplicationController::askAfterFailure(const OpenResult &result)
{
    m_window->showStartup(tr("The customer database is not open."));
    auto *dialog = new OpenFailureDialog(result, m_window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString path = result.path.isEmpty() ? databasePath(m_options.dataDir) : result.path;
    connect(dialog, &QDialog::finished, this, [this, path](int choice) {
        switch (choice) {
        case OpenFailureDialog::ChooseAnotherFolder:
            chooseAnotherFolder();
            break;
        case OpenFailureDialog::MoveAsideAndStartFresh:
            confirmMoveAside(path);
            break;
        case OpenFailureDialog::TryAgain:
            openDatabase();
            break;
        default:
            QCoreApplication::exit(1);
            break;
        }
    });
    dialog->open();
}

void ApplicationController::chooseAnotherFolder()
{
    auto *dialog = new QFileDialog(m_window.get(), tr("Choose a Folder for the Customer Database"),
                                   m_options.dataDir);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly, true);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &folder) {
        m_options.dataDir = folder;
        openDatabase();
    });
    connect(dialog, &QDialog::rejected, this, [this] {
        // Back to the choices rather than leaving the agent with an empty window.
        OpenResult again;
        again.status = OpenResult::Failed;
        again.path = databasePath(m_options.dataDir);
        again.message = tr("No folder was chosen. The customer database is still not open.");
        askAfterFailure(again);
    });
    dialog->open();
}

void ApplicationController::confirmMoveAside(const QString &path)
{
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QString aside = path + QStringLiteral(".damaged-") + stamp;

    auto *box = new QMessageBox(m_window.get());
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setIcon(QMessageBox::Warning);
    box->setWindowTitle(tr("Move the Damaged File Aside"));
    box->setText(tr("Move “%1” aside and start with a new, empty database?").arg(QFileInfo(path).fileName()));
    box->setInformativeText(tr("The file is renamed to “%1” and kept in the same folder, so it can still be "
                               "examined or recovered. Nothing is deleted.")
                                .arg(QFileInfo(aside).fileName()));
    QPushButton *move = box->addButton(tr("Move Aside"), QMessageBox::AcceptRole);
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::finished, this, [this, box, move, path, aside] {
        if (box->clickedButton() != move) {
            OpenResult again;
            again.status = OpenResult::Corrupt;
            again.path = path;
            again.message = tr("The damaged file was left where it is. The customer database is still not open.");
            askAfterFailure(again);
            return;
        }
        // Rename the database and its WAL companions together; never delete.
        bool ok = QFile::rename(path, aside);
        for (const QLatin1StringView suffix : {QLatin1StringView("-wal"), QLatin1StringView("-shm")}) {
            if (ok && QFileInfo::exists(path + suffix))
                ok = QFile::rename(path + suffix, aside + suffix);
        }
        if (!ok) {
            OpenResult failed;
            failed.status = OpenResult::Unreadable;
            failed.path = path;
            failed.message = tr("The file could not be renamed. Check that you may write to the folder, "
                                "or choose another folder.");
            askAfterFailure(failed);
            return;
        }
        openDatabase();
    });
    box->open();
}

void ApplicationController::retranslateStartup()
{
    if (m_window->isWorkspaceShown() || !m_opening)
        return;
    if (m_seedTotal > 0) {
        const QLocale locale;
        m_window->setStartupProgress(tr("Preparing demo customers: %1 of %2…")
                                         .arg(locale.toString(m_seedDone), locale.toString(m_seedTotal)),
                                     m_seedDone, m_seedTotal);
    } else {
        m_window->setStartupProgress(tr("Opening the customer database…"), 0, 0);
    }
}

LostCardWizard *ApplicationController::createWizard()
{
    if (m_wizard) {
        // One workflow at a time on this desk: bring the open one forward.
        m_wizard->raise();
        m_wizard->activateWindow();
        return nullptr;
    }
    LostCardWizard::Services services;
    services.cards = m_backend->cards();
    services.customers = m_backend->customers();
    services.inbox = m_backend->inbox();
    services.agent = m_backend->agent();
    auto *wizard = new LostCardWizard(services, m_window.get());
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->setWindowModality(Qt::NonModal);
    connect(wizard, &LostCardWizard::outcome, this, [this](const QString &text, MessageBar::Type type) {
        if (m_lookup)
            m_lookup->customerView()->showOutcome(text, type);
    });
    m_wizard = wizard;
    return wizard;
}

LostCardWizard *ApplicationController::openCardWorkflow(qint64 customerId, qint64 cardId, qint64 conversationId,
                                                        std::optional<CardWorkflow::Situation> situation,
                                                        const QString &reasonText)
{
    if (!m_backend || customerId <= 0)
        return nullptr;
    LostCardWizard *wizard = createWizard();
    if (!wizard)
        return m_wizard;
    wizard->start(customerId, cardId, conversationId, situation, reasonText);
    wizard->show();
    wizard->activateWindow();
    return wizard;
}

LostCardWizard *ApplicationController::resumeCardWorkflow(qint64 workflowId)
{
    if (!m_backend)
        return nullptr;
    LostCardWizard *wizard = createWizard();
    if (!wizard)
        return m_wizard;
    wizard->resume(workflowId);
    wizard->show();
    wizard->activateWindow();
    return wizard;
}

void ApplicationController::startCardWorkflowForCurrent()
{
    if (!m_window)
        return;
    if (m_window->currentArea() == QLatin1StringView("inbox") && m_inbox) {
        if (const std::optional<ConversationSummary> current = m_inbox->currentConversation();
            current && current->customerId > 0) {
            openCardWorkflow(current->customerId, 0, current->id);
            return;
        }
    }
    if (m_lookup && m_lookup->customerView()->isLoaded()) {
        m_window->showArea(QStringLiteral("customers"));
        openCardWorkflow(m_lookup->customerView()->customerId(), 0, 0);
        return;
    }
    m_window->statusBar()->showMessage(tr("Open a customer or a conversation first: the card workflow is for "
                                          "the customer on screen."),
                                       6000);
}
