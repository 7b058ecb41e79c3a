#include "presencebutton.h"

#include "services/supervisionservice.h"
#include "supervision/supervisiontext.h"

#include <QAction>
#include <QMenu>
#include <QTimer>

#include <memory>

PresenceButton::PresenceButton(QWidget *parent)
    : QToolButton(parent)
    , m_menu(new QMenu(this))
{
    setObjectName(QStringLiteral("statusPresence"));
    setAutoRaise(true);
    setPopupMode(QToolButton::InstantPopup);
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    setFocusPolicy(Qt::TabFocus);
    setMenu(m_menu);
    for (const Presence presence : SupervisionNames::allPresences()) {
        QAction *action = m_menu->addAction(QString(), this, [this, presence] { choose(presence); });
        action->setData(int(presence));
        action->setCheckable(true);
    }
    setEnabled(false);
    retranslate();
}

void PresenceButton::setService(SupervisionService *service)
{
    m_service = service;
    setEnabled(service);
}

void PresenceButton::markSignedIn()
{
    choose(Presence::Available);
}

Presence PresenceButton::presence() const
{
    return m_presence;
}

bool PresenceButton::needsSignOut() const
{
    return m_service && m_known && m_presence != Presence::Offline;
}

void PresenceButton::signOut(const std::function<void()> &done)
{
    if (!needsSignOut()) {
        done();
        return;
    }
    auto once = std::make_shared<std::function<void()>>(done);
    const auto finish = [once] {
        if (*once) {
            const std::function<void()> call = std::move(*once);
            *once = nullptr;
            call();
        }
    };
    m_service->setPresence(Presence::Offline).then(this, [this, finish](const CommandResult &result) {
        if (result.ok())
            show(Presence::Offline);
        finish();
    });
    QTimer::singleShot(SignOutTimeoutMs, this, finish);
}

void PresenceButton::retranslate()
{
    for (QAction *action : m_menu->actions()) {
        const auto presence = Presence(action->data().toInt());
        action->setText(SupervisionText::presence(presence));
        action->setIcon(SupervisionText::presenceIcon(presence));
    }
    show(m_presence);
}

void PresenceButton::choose(Presence presence)
{
    if (!m_service)
        return;
    m_service->setPresence(presence).then(this, [this, presence](const CommandResult &result) {
        if (result.ok()) {
            m_known = true;
            show(presence);
        } else {
            Q_EMIT presenceRefused(result.message);
            show(m_presence);   // the menu's check goes back to the presence that stands
        }
    });
}

void PresenceButton::show(Presence presence)
{
    m_presence = presence;
    setIcon(SupervisionText::presenceIcon(presence));
    // Until this console sets it (at sign-in), the stored presence is not known here.
    setText(m_known ? SupervisionText::presence(presence) : tr("Presence"));
    setToolTip(tr("Your presence, as supervisors see it. Click to change it."));
    setAccessibleName(tr("Presence: %1").arg(SupervisionText::presence(presence)));
    for (QAction *action : m_menu->actions())
        action->setChecked(m_known && Presence(action->data().toInt()) == presence);
}
