#pragma once

#include "cardsettingsdialog.h"

#include "domain/cardcontrols.h"

#include <optional>

class QLineEdit;

/// @short Sets a card's spending limits (per purchase, daily, daily cash) with the 90-day preview.
///
/// Amounts are in the account's currency; an empty field is no limit.
/// The card's current limits are fetched first; editing starts once they are shown.
class LimitsDialog : public CardSettingsDialog
{
    Q_OBJECT

public:
    LimitsDialog(CardService *service, qint64 customerId, const Card &card, const QString &currency,
                 const std::optional<Verification::Outcome> &verification, QWidget *parent = nullptr);

    /// The limits as entered (meaningful when inputProblem() is empty).
    CardLimits limits() const;

protected:
    bool editable() const override;
    QString inputProblem() const override;
    bool unchanged() const override;
    bool relaxes() const override;
    QFuture<ControlsPreview> requestPreview() override;
    QFuture<CommandResult> save() override;
    QString declineReasonText(const QString &code) const override;

private:
    struct Field
    {
        QLineEdit *edit = nullptr;
        QString name;   ///< for messages: "the per-purchase limit"
    };
    /// The amount in @p field in minor units; nullopt when empty; *ok false when it is not an amount.
    std::optional<qint64> parse(const Field &field, bool *ok) const;
    QString format(const std::optional<qint64> &minor) const;

    QString m_currency;
    CardLimits m_before;
    bool m_loaded = false;
    Field m_perPurchase;
    Field m_daily;
    Field m_dailyCash;
};
