#pragma once

#include "carddialog.h"
#include "cardactions.h"

#include <QFuture>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLineEdit;

/// @short One card action (lock, unlock, activate, PIN reset, card not received, confirm the address, order a new card) with its verification.
///
/// Shows what the action does and which verification it needs, lets the
/// agent record the caller's verification in place, then performs it.
class CardActionDialog : public CardDialog
{
    Q_OBJECT

public:
    /// For ConfirmAddress, @p card is unused (pass a default Card) and @p addressFlag says what was flagged.
    CardActionDialog(CardService *service, CardActions::Kind kind, qint64 customerId, const Card &card,
                     const std::optional<Verification::Outcome> &verification, const QString &addressFlag = QString(),
                     QWidget *parent = nullptr);

    CardActions::Kind kind() const;

private:
    QWidget *createForm();
    QFuture<CommandResult> perform();
    void submit();
    void updateAcceptable();

    CardActions::Kind m_kind;
    QString m_addressFlag;
    QComboBox *m_lockReason = nullptr;
    QLineEdit *m_note = nullptr;
    QCheckBox *m_confirm = nullptr;
    QButtonGroup *m_pinDelivery = nullptr;
    QButtonGroup *m_delivery = nullptr;      ///< OrderReplacement: post or courier
    QButtonGroup *m_pinChoice = nullptr;     ///< OrderReplacement: keep the PIN or a new one
    QPushButton *m_ok = nullptr;
    bool m_busy = false;
};
