#include "mainwindow.h"

#include "presencebutton.h"

#include "remote/connectionstatus.h"

#include "languagemanager.h"
#include "shortcutsdialog.h"
#include "startuppage.h"

#include "audit/auditviewer.h"
#include "common/icons.h"

#include "services/backend.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>

namespace {
constexpr int AreaIdRole = Qt::UserRole + 1;
const QLatin1StringView GeometryKey("ui/mainWindowGeometry");
} // namespace

MainWindow::MainWindow(LanguageManager *languages, QWidget *parent)
    : QMainWindow(parent)
    , m_languages(languages)
    , m_root(new QStackedWidget(this))
    , m_startup(new StartupPage(this))
    , m_workspace(new QWidget(this))
    , m_navigation(new QListWidget(this))
    , m_areas(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(Icons::application());
    setMinimumSize(960, 600);

    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setFixedWidth(156);   // "Supervision" and its translations in full
    m_navigation->setIconSize(QSize(20, 20));
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_navigation->setSelectionMode(QAbstractItemView::SingleSelection);
    m_navigation->setFocusPolicy(Qt::TabFocus);

    auto *workspaceLayout = new QHBoxLayout(m_workspace);
    workspaceLayout->setContentsMargins(0, 0, 0, 0);
    workspaceLayout->setSpacing(0);
    workspaceLayout->addWidget(m_navigation);
    workspaceLayout->addWidget(m_areas, 1);

    m_root->addWidget(m_startup);
    m_root->addWidget(m_workspace);
    setCentralWidget(m_root);

    connect(m_navigation, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (!item)
            return;
        if (QWidget *widget = area(item->data(AreaIdRole).toString()))
            m_areas->setCurrentWidget(widget);
        updateWindowTitle();
    });

    createMenus();
    createStatusBar();
    retranslateUi();

    const QByteArray geometry = QSettings().value(GeometryKey).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        resize(1440, 900);
}

MainWindow::~MainWindow() = default;

void MainWindow::addArea(const QString &id, const QIcon &icon, const QString &title, QWidget *widget)
{
    Q_ASSERT(!m_areaItems.contains(id));
    if (widget->windowTitle().isEmpty())
        widget->setWindowTitle(title);

    auto *item = new QListWidgetItem(icon, widget->windowTitle());
    item->setData(AreaIdRole, id);
    item->setSizeHint(QSize(0, 38));
    m_navigation->addItem(item);
    m_areaItems.insert(id, item);
    m_areaWidgets.insert(id, widget);
    m_areas->addWidget(widget);

    connect(widget, &QWidget::windowTitleChanged, this, [this, item](const QString &newTitle) {
        item->setText(newTitle);
        updateWindowTitle();
    });

    if (!m_navigation->currentItem())
        m_navigation->setCurrentItem(item);
}

void MainWindow::showArea(const QString &id)
{
    if (QListWidgetItem *item = m_areaItems.value(id))
        m_navigation->setCurrentItem(item);
}

QString MainWindow::currentArea() const
{
    const QListWidgetItem *item = m_navigation->currentItem();
    return item ? item->data(AreaIdRole).toString() : QString();
}

QWidget *MainWindow::area(const QString &id) const
{
    return m_areaWidgets.value(id);
}

void MainWindow::showStartup(const QString &message)
{
    m_startup->setMessage(message);
    m_startup->setProgress(0, 0);
    m_root->setCurrentWidget(m_startup);
}

void MainWindow::setStartupProgress(const QString &message, int done, int total)
{
    m_startup->setMessage(message);
    m_startup->setProgress(done, total);
}

void MainWindow::showWorkspace()
{
    m_root->setCurrentWidget(m_workspace);
}

bool MainWindow::isWorkspaceShown() const
{
    return m_root->currentWidget() == m_workspace;
}

void MainWindow::setBackend(Backend *backend, qint64 customerCount)
{
    m_backend = backend;
    m_customerCount = customerCount;
    const bool supervisor = backend && backend->agent().role == Agent::RoleSupervisor;
    m_toolsMenu->menuAction()->setVisible(supervisor);
    m_auditAction->setEnabled(supervisor);
    m_presence->setService(backend ? backend->supervision() : nullptr);
    updateStatusBar();
}

PresenceButton *MainWindow::presenceButton() const
{
    return m_presence;
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings().setValue(GeometryKey, saveGeometry());
    // Closing is signing out: the presence this console set becomes offline
    // first (a command on the worker, never waited for here), and in remote
    // mode reaches the server if it can within a moment; then the window closes.
    if (!m_signedOut && m_presence->needsSignOut()) {
        event->ignore();
        m_presence->signOut([this] {
            const auto closeNow = [this] {
                m_signedOut = true;
                close();
            };
            if (!m_backend) {
                closeNow();
                return;
            }
            m_backend->settle(SettleTimeoutMs).then(this, closeNow);
        });
        return;
    }
    QMainWindow::closeEvent(event);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_quitAction = m_fileMenu->addAction(QString(), qApp, &QApplication::closeAllWindows);
    m_quitAction->setObjectName(QStringLiteral("quitAction"));
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);

    m_viewMenu = menuBar()->addMenu(QString());
    m_findAction = m_viewMenu->addAction(QString(), this, &MainWindow::findCustomerRequested);
    m_findAction->setObjectName(QStringLiteral("findCustomerAction"));
    m_findAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F));
    m_findAction->setShortcutContext(Qt::WindowShortcut);
    m_findAction->setIcon(Icons::search());
    m_cardWorkflowAction = m_viewMenu->addAction(QString(), this, &MainWindow::cardWorkflowRequested);
    m_cardWorkflowAction->setObjectName(QStringLiteral("cardWorkflowAction"));
    m_cardWorkflowAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    m_cardWorkflowAction->setShortcutContext(Qt::ApplicationShortcut);
    m_cardWorkflowAction->setIcon(Icons::card());

    // Supervisors only: shown once the signed-in agent is known (setBackend).
    m_toolsMenu = menuBar()->addMenu(QString());
    m_toolsMenu->menuAction()->setVisible(false);
    m_auditAction = m_toolsMenu->addAction(QString(), this, [this] {
        if (m_backend && m_backend->agent().role == Agent::RoleSupervisor)
            AuditViewer::showFor(m_backend->audit(), this);
    });
    m_auditAction->setObjectName(QStringLiteral("auditLogAction"));
    m_auditAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_auditAction->setEnabled(false);

    m_languageMenu = menuBar()->addMenu(QString());
    m_languageGroup = new QActionGroup(this);
    m_languageGroup->setExclusive(true);
    for (const LanguageManager::Language &language : LanguageManager::languages()) {
        QAction *action = m_languageMenu->addAction(language.nativeName);
        action->setObjectName(QStringLiteral("languageAction_") + language.code);
        action->setCheckable(true);
        action->setData(language.code);
        m_languageGroup->addAction(action);
    }
    connect(m_languageGroup, &QActionGroup::triggered, this, [this](QAction *action) {
        m_languages->setLanguage(action->data().toString());
    });
    connect(m_languages, &LanguageManager::languageChanged, this, &MainWindow::updateLanguageChecks);
    updateLanguageChecks();

    m_helpMenu = menuBar()->addMenu(QString());
    m_shortcutsAction = m_helpMenu->addAction(QString(), this, &MainWindow::showShortcuts);
    m_shortcutsAction->setShortcut(QKeySequence::HelpContents);
    m_helpMenu->addSeparator();
    m_aboutAction = m_helpMenu->addAction(QString(), this, &MainWindow::showAbout);
    m_aboutAction->setMenuRole(QAction::AboutRole);
}

void MainWindow::createStatusBar()
{
    m_agentLabel = new QLabel(this);
    m_agentLabel->setObjectName(QStringLiteral("statusAgent"));
    m_backendLabel = new QLabel(this);
    m_backendLabel->setObjectName(QStringLiteral("statusBackend"));
    m_backendLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("statusCustomerCount"));

    statusBar()->setSizeGripEnabled(false);
    m_presence = new PresenceButton(this);
    connect(m_presence, &PresenceButton::presenceRefused, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });

    statusBar()->addWidget(m_agentLabel);
    statusBar()->addWidget(m_presence);
    statusBar()->addWidget(m_backendLabel, 1);
    statusBar()->addPermanentWidget(m_countLabel);
}

void MainWindow::setConnectionStatus(ConnectionStatus *status)
{
    m_connection = status;
    if (!m_connectionLabel) {
        m_connectionLabel = new QLabel(this);
        m_connectionLabel->setObjectName(QStringLiteral("statusConnection"));
        statusBar()->addPermanentWidget(m_connectionLabel);
    }
    if (status)
        connect(status, &ConnectionStatus::changed, this, &MainWindow::updateConnectionLabel, Qt::UniqueConnection);
    updateConnectionLabel();
}

void MainWindow::updateConnectionLabel()
{
    if (!m_connectionLabel)
        return;
    m_connectionLabel->setText(m_connection ? m_connection->text() : QString());
    m_connectionLabel->setVisible(m_connection);
}

void MainWindow::retranslateUi()
{
    m_fileMenu->setTitle(tr("&File"));
    m_quitAction->setText(tr("&Quit"));
    m_viewMenu->setTitle(tr("&View"));
    m_findAction->setText(tr("&Find Customer"));
    m_cardWorkflowAction->setText(tr("&Lost or Stolen Card…"));
    m_toolsMenu->setTitle(tr("&Tools"));
    m_auditAction->setText(tr("&Audit Log…"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_shortcutsAction->setText(tr("&Keyboard Shortcuts"));
    m_aboutAction->setText(tr("&About CardDesk"));
    m_navigation->setAccessibleName(tr("Areas"));
    m_presence->retranslate();
    updateStatusBar();
    updateConnectionLabel();
    updateWindowTitle();
}

void MainWindow::updateStatusBar()
{
    if (!m_backend) {
        m_agentLabel->clear();
        m_backendLabel->clear();
        m_countLabel->clear();
        return;
    }
    const Agent agent = m_backend->agent();
    const QString role = agent.role == Agent::RoleSupervisor ? tr("Supervisor") : tr("Agent");
    m_agentLabel->setText(tr("%1 · %2", "agent name · role").arg(agent.displayName, role));
    m_backendLabel->setText(m_backend->description());
    m_backendLabel->setToolTip(m_backend->description());
    m_countLabel->setText(m_customerCount >= 0 ? tr("%Ln customer(s)", "", int(qMin<qint64>(m_customerCount, INT_MAX)))
                                               : QString());
}

void MainWindow::updateWindowTitle()
{
    const QListWidgetItem *item = m_navigation->currentItem();
    setWindowTitle(item ? tr("%1 — CardDesk", "area — application").arg(item->text()) : tr("CardDesk"));
}

void MainWindow::updateLanguageChecks()
{
    const QString current = m_languages->language();
    for (QAction *action : m_languageGroup->actions())
        action->setChecked(action->data().toString() == current);
}

void MainWindow::showShortcuts()
{
    auto *dialog = new ShortcutsDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showAbout()
{
    auto *box = new QMessageBox(this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowTitle(tr("About CardDesk"));
    box->setIconPixmap(Icons::application().pixmap(48, 48));
    box->setTextFormat(Qt::RichText);
    box->setText(QStringLiteral("<h3>CardDesk %1</h3>").arg(QCoreApplication::applicationVersion().toHtmlEscaped())
                 + tr("The customer-service console for card issuers: customers, cards and conversations in one "
                      "window.")
                       .toHtmlEscaped());
    box->setInformativeText(tr("Built with Qt %1.").arg(QString::fromLatin1(qVersion())).toHtmlEscaped());
    box->setStandardButtons(QMessageBox::Close);
    box->open();
}
