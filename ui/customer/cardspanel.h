#pragma once

#include <QHash>
#include <QStringList>

#include "common/messagebar.h"
#include "common/sectionframe.h"

#include "cards/cardactions.h"

#include "domain/customer.h"
#include "services/cardservice.h"

#include <QList>

class PillLabel;
class QMenu;
class QToolButton;

/// @short The customer's cards: masked number, status with reason, expiry, controls, delivery, and the card actions.
///
/// With a CardService each card gets an Actions menu with what its state
/// allows; each action opens a dialog that shows the verification it needs
/// and performs it. The panel also shows how cards on their way travel, the
/// customer's address flag (a card sent there never arrived) with a way to
/// clear it, and how the caller is verified in this call.
class CardsPanel : public SectionFrame
{
    Q_OBJECT

public:
    explicit CardsPanel(QWidget *parent = nullptr);

    void setCards(qint64 customerId, const QList<Card> &cards);
    /// Card actions go through @p service; without one the panel is read-only.
    void setCardService(CardService *service);

    /// The Actions menu of @p cardId, if the card has one (keyboard: Tab to it, Space).
    QMenu *actionsMenu(qint64 cardId) const;
    /// The deliveries, address flag and verification as last fetched.
    const CardHolderStatus &holderStatus() const;

Q_SIGNALS:
    /// Start the lost / stolen / damaged / compromised card workflow for @p cardId.
    void workflowRequested(qint64 cardId);
    /// A result or a refusal for the agent (MessageBar::Type).
    void message(const QString &text, MessageBar::Type type, bool offerReload);
    /// Someone changed a card while the agent looked at it: show the customer anew.
    void reloadRequested();
    /// The deliveries, address flag and verification have arrived (after setCards or an action).
    void holderStatusLoaded();

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();
    void fetchHolderStatus();
    void updateCallerPill();
    QWidget *createCardWidget(const Card &card);
    QWidget *createAddressFlag();
    QToolButton *createActionsButton(const Card &card, QWidget *parent);
    void runAction(CardActions::Kind kind, const Card &card);
    void connectDialog(QDialog *dialog);
    QString actionText(CardActions::Kind kind) const;
    QString relationText(const Card &card) const;
    QString controlsHtml(const Card &card) const;
    QString deliveryText(const CardDelivery &delivery) const;
    QString unsentText(const QString &commandType) const;

    CardService *m_service = nullptr;
    qint64 m_customerId = 0;
    QList<Card> m_cards;
    CardHolderStatus m_status;
    QHash<qint64, QStringList> m_unsent;   ///< remote mode: card id -> actions the server has not taken yet
    quint64 m_statusGeneration = 0;
    QWidget *m_body = nullptr;
    PillLabel *m_callerPill = nullptr;
};
