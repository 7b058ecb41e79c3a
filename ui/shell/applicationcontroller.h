#pragma once

#include "domain/cardworkflow.h"

#include "services/openresult.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>

class QDialog;

class CustomerLookupPane;
class LostCardWizard;
class InboxPane;
class LanguageManager;
class SupervisionWorkspace;
class Backend;
class MainWindow;

/// @short The composition root: creates the backend, the window and the areas, and wires them.
///
/// start() shows the window at once with an "Opening…" page, then opens the
/// database on the backend's thread; the Customers area is added when it has
/// opened. A failed open shows OpenFailureDialog with the ways out.
class ApplicationController : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QString dataDir;              ///< the database is <dataDir>/carddesk.sqlite
        QString language;             ///< empty: the saved or system language
        QString agentUsername;        ///< empty: the first demo agent
        int demoCustomers = 20000;    ///< demo fill of an empty database
        bool interactive = true;      ///< false: no dialogs (screenshots, tests); failures only signalled
        QString serverUrl;            ///< set: remote mode (`--server`), the cache in dataDir
        QString caFile;               ///< remote mode: extra certificate authorities (PEM)
        QString password;             ///< remote mode: for the sign-in only
    };

    explicit ApplicationController(const Options &options, QObject *parent = nullptr);
    ~ApplicationController() override;

    /// Shows the window and starts opening the database; returns at once.
    void start();

    MainWindow *mainWindow() const;
    LanguageManager *languageManager() const;
    /// Null until ready().
    CustomerLookupPane *lookupPane() const;
    /// Null until ready(), and when the backend has no inbox.
    InboxPane *inboxPane() const;
    /// The supervisor's workspace; null until ready(), and always for an agent.
    SupervisionWorkspace *supervisionWorkspace() const;
    bool isReady() const;

    static QString databasePath(const QString &dataDir);

    /// Screen pop for an incoming call (`--call`, or handed over by a later
    /// start): brings the window forward and looks the number up; taken as
    /// soon as the workspace is ready when it arrives earlier.
    void handleCall(const QString &phoneNumber);

    /// Opens the lost / stolen / damaged / compromised card wizard (non-modal).
    LostCardWizard *openCardWorkflow(qint64 customerId, qint64 cardId, qint64 conversationId,
                                     std::optional<CardWorkflow::Situation> situation = std::nullopt,
                                     const QString &reasonText = QString());
    /// Opens the wizard on a saved workflow.
    LostCardWizard *resumeCardWorkflow(qint64 workflowId);
    /// The shortcut: the wizard for the customer (and conversation) on screen.
    void startCardWorkflowForCurrent();

Q_SIGNALS:
    /// The database is open and the Customers area is on screen.
    void ready();
    /// Opening failed; in interactive mode the agent is also asked what to do.
    void openFailed(const OpenResult &result);

private:
    void openDatabase();
    void openRemote();
    /// Opens remote mode with @p token (saved in the keychain; may be empty) and the password, if any.
    void openRemoteWith(const QString &token);
    /// Asks for the password in a dialog over the startup screen; @p why says what went before.
    void askForPassword(const QString &why);
    void onOpened(const OpenResult &result);
    void buildWorkspace(qint64 customerCount);
    void askAfterFailure(const OpenResult &result);
    /// Remote mode: the session expired; asks for the password without blocking, then signs in again.
    void askToSignInAgain(const QString &problem = QString());
    void chooseAnotherFolder();
    void confirmMoveAside(const QString &path);
    void moveAsideAndReopen(const QString &path);
    void retranslateStartup();
    LostCardWizard *createWizard();

    Options m_options;
    std::unique_ptr<LanguageManager> m_languages;
    std::unique_ptr<MainWindow> m_window;
    Backend *m_backend = nullptr;
    QPointer<CustomerLookupPane> m_lookup;
    QPointer<InboxPane> m_inbox;
    QPointer<SupervisionWorkspace> m_supervision;
    QPointer<LostCardWizard> m_wizard;
    QPointer<QDialog> m_signInAgain;
    int m_seedDone = 0;
    int m_seedTotal = 0;
    bool m_opening = false;
    QString m_pendingCall;
};
