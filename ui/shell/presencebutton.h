#pragma once

#include "domain/supervision.h"

#include <QPointer>

#include <functional>
#include <QToolButton>

class QMenu;
class SupervisionService;

/// @short The signed-in agent's own presence, in the status bar: shows it and sets it.
///
/// Available, busy, away or offline, chosen from its menu; each choice is a
/// command (SupervisionService::setPresence, audited) and what the
/// supervisor's agent board shows. The button says what the service
/// accepted; a refusal is told through presenceRefused() and the button keeps
/// the presence that stands. Signing in sets available (see markSignedIn()).
class PresenceButton : public QToolButton
{
    Q_OBJECT

public:
    explicit PresenceButton(QWidget *parent = nullptr);

    void setService(SupervisionService *service);
    /// Sets available, as a sign-in does (the server does so itself in remote mode; the command is harmless there).
    void markSignedIn();
    Presence presence() const;
    /// @short Closing the console: sets offline if this console set a presence, then calls @p done.
    ///
    /// @p done is called once: when the command is stored, or after
    /// SignOutTimeoutMs if the worker does not answer, so a quit never hangs on it.
    void signOut(const std::function<void()> &done);
    /// Whether signOut() has something to do (this console set a presence other than offline).
    bool needsSignOut() const;
    static constexpr int SignOutTimeoutMs = 2000;
    /// After a language change.
    void retranslate();

Q_SIGNALS:
    /// Setting @p presence was refused or failed; @p message is for the agent, translated.
    void presenceRefused(const QString &message);

private:
    void choose(Presence presence);
    void show(Presence presence);

    QPointer<SupervisionService> m_service;
    QMenu *m_menu;
    Presence m_presence = Presence::Offline;
    bool m_known = false;
};
