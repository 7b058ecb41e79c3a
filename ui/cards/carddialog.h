#pragma once

#include "common/messagebar.h"

#include "domain/command.h"
#include "domain/customer.h"
#include "domain/verification.h"

#include <QDialog>

#include <optional>

class CardService;
class QHBoxLayout;
class QPushButton;
class VerificationBox;

/// @short What every card dialog shares: the verification box, an inline message bar, and how a result ends it.
///
/// A refusal stays in the dialog for the agent to put right; a result goes
/// to message() and closes the dialog; a collision with someone else's
/// change goes to message() too, asks for a reload and closes it.
class CardDialog : public QDialog
{
    Q_OBJECT

Q_SIGNALS:
    /// The outcome for the panel's message bar.
    void message(const QString &text, MessageBar::Type type, bool offerReload);
    /// Someone changed the card meanwhile: show it again.
    void reloadRequested();
    /// The caller's verification was recorded in this dialog.
    void verificationRecorded(const Verification::Outcome &outcome);
    /// The action was applied.
    void applied();

protected:
    CardDialog(CardService *service, qint64 customerId, const Card &card,
               const std::optional<Verification::Outcome> &verification, QWidget *parent);

    CardService *service() const;
    qint64 customerId() const;
    const Card &card() const;
    VerificationBox *verification() const;
    MessageBar *messageBar() const;
    QPushButton *cancelButton() const;
    /// Cancel and @p primary, right-aligned.
    QHBoxLayout *createButtonRow(QPushButton *primary);
    /// Ends the dialog or shows the refusal, by @p result's status.
    void finishCommand(const CommandResult &result);
    /// Grows the dialog to what its wrapped text and new parts need, once the layout has settled.
    void fitToContents();

    void showEvent(QShowEvent *event) override;

private:
    CardService *m_service;
    qint64 m_customerId;
    Card m_card;
    VerificationBox *m_verification;
    MessageBar *m_messageBar;
    QPushButton *m_cancel;
};
