#pragma once

#include "cardsettingsdialog.h"

#include "domain/cardcontrols.h"

class QCheckBox;

/// @short Switches a card's controls (online, abroad, contactless, ATM) with the 90-day preview.
class ControlsDialog : public CardSettingsDialog
{
    Q_OBJECT

public:
    ControlsDialog(CardService *service, qint64 customerId, const Card &card,
                   const std::optional<Verification::Outcome> &verification, QWidget *parent = nullptr);

    CardControls controls() const;

protected:
    QString inputProblem() const override;
    bool unchanged() const override;
    bool relaxes() const override;
    QFuture<ControlsPreview> requestPreview() override;
    QFuture<CommandResult> save() override;
    QString declineReasonText(const QString &code) const override;

private:
    CardControls m_before;
    QCheckBox *m_online;
    QCheckBox *m_abroad;
    QCheckBox *m_contactless;
    QCheckBox *m_atm;
};
