#pragma once

#include <QHash>
#include <QMainWindow>
#include <QPointer>

class Backend;
class ConnectionStatus;
class LanguageManager;
class PresenceButton;
class QAction;
class QActionGroup;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QMenu;
class QStackedWidget;
class StartupPage;

/// @short The window frame: navigation between areas, menus and the status bar.
///
/// Deliberately thin. Each area (Customers now; Inbox, Cards and Supervision
/// later) is its own widget registered with addArea(); the composition root
/// wires actions to areas. An area keeps its navigation title current by
/// updating its own windowTitle when the language changes.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(LanguageManager *languages, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Adds an area to the navigation. @p title is used until @p widget sets its windowTitle.
    void addArea(const QString &id, const QIcon &icon, const QString &title, QWidget *widget);
    void showArea(const QString &id);
    QString currentArea() const;
    QWidget *area(const QString &id) const;

    /// Covers the workspace with a start-up message (opening, seeding).
    void showStartup(const QString &message);
    void setStartupProgress(const QString &message, int done, int total);
    void showWorkspace();
    bool isWorkspaceShown() const;

    /// Agent, backend description and customer count in the status bar.
    void setBackend(Backend *backend, qint64 customerCount);
    /// Remote mode: online, offline since HH:MM with N pending, syncing; in the status bar.
    void setConnectionStatus(ConnectionStatus *status);
    /// The agent's own presence, in the status bar.
    PresenceButton *presenceButton() const;

Q_SIGNALS:
    void findCustomerRequested();
    /// The lost / stolen card shortcut: the wizard for the customer on screen.
    void cardWorkflowRequested();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void createStatusBar();
    void retranslateUi();
    void updateStatusBar();
    void updateConnectionLabel();
    void updateWindowTitle();
    void updateLanguageChecks();
    void showShortcuts();
    void showAbout();

    LanguageManager *m_languages = nullptr;
    /// How long closing waits for the sign-out to reach the server (remote mode, online).
    static constexpr int SettleTimeoutMs = 2000;
    QPointer<Backend> m_backend;
    QPointer<ConnectionStatus> m_connection;
    QLabel *m_connectionLabel = nullptr;
    qint64 m_customerCount = -1;

    QStackedWidget *m_root = nullptr;
    StartupPage *m_startup = nullptr;
    QWidget *m_workspace = nullptr;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_areas = nullptr;
    QHash<QString, QListWidgetItem *> m_areaItems;
    QHash<QString, QWidget *> m_areaWidgets;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_toolsMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_cardWorkflowAction = nullptr;
    QAction *m_auditAction = nullptr;
    QAction *m_shortcutsAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QActionGroup *m_languageGroup = nullptr;

    QLabel *m_agentLabel = nullptr;
    PresenceButton *m_presence = nullptr;
    bool m_signedOut = false;   ///< the presence has been set offline (or there was none to set)
    QLabel *m_backendLabel = nullptr;
    QLabel *m_countLabel = nullptr;
};
