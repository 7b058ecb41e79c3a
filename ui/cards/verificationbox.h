#pragma once

#include "domain/command.h"
#include "domain/verification.h"

#include <QFrame>

#include <optional>

class CardService;
class QComboBox;
class QLabel;
class QPushButton;
class QWidget;

/// @short Which verification an action needs, how the caller is verified now, and recording it in place.
///
/// The agent picks the method used on the call and records whether it
/// passed; the box records it through CardService::recordVerification
/// and shows at once whether that is enough for the action.
class VerificationBox : public QFrame
{
    Q_OBJECT

public:
    VerificationBox(CardService *service, qint64 customerId, qint64 cardId, QWidget *parent = nullptr);

    /// The caller's verification as last recorded by this agent (nullopt: none in this call).
    void setOutcome(const std::optional<Verification::Outcome> &outcome);
    std::optional<Verification::Outcome> outcome() const;
    /// The action the verification is judged for.
    void setAction(Verification::Action action);
    /// Whether the recorded verification allows the action now.
    bool satisfied() const;

    /// "Strong verification (bank ID or the app)", … for the agent.
    static QString levelText(Verification::Level level);
    static QString methodText(Verification::Method method);

Q_SIGNALS:
    /// A verification was recorded (passed or failed).
    void recorded(const Verification::Outcome &outcome);
    /// Recording failed; @p text says why.
    void failed(const QString &text);

private:
    void record(bool passed);
    void update();

    CardService *m_service;
    qint64 m_customerId;
    qint64 m_cardId;
    Verification::Action m_action = Verification::Action::ProtectiveLock;
    std::optional<Verification::Outcome> m_outcome;
    QLabel *m_needs;
    QLabel *m_state;
    QWidget *m_recordRow;
    QComboBox *m_method;
    QPushButton *m_passed;
    QPushButton *m_failed;
};
