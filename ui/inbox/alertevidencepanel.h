#pragma once

#include "domain/alert.h"

#include <QWidget>

class AlertService;
class MessageBar;
class PillLabel;
class QLabel;
class QPushButton;
class QTableWidget;
class QVBoxLayout;

/// @short An alert conversation's evidence and decision: the rules, their figures, the transactions, Genuine / Fraud.
///
/// Shown above the thread of an alert conversation. Loads the alert
/// asynchronously and drops an answer for a conversation the agent has
/// left. "Genuine…" asks for a note and closes the alert; "Fraud…" records
/// the decision and emits fraudConfirmed() with what the compromised-card
/// workflow starts from.
class AlertEvidencePanel : public QWidget
{
    Q_OBJECT

public:
    explicit AlertEvidencePanel(AlertService *alerts, QWidget *parent = nullptr);
    ~AlertEvidencePanel() override;

    /// Shows the alert of @p conversationId (hidden when it has none); 0 clears.
    void showConversation(qint64 conversationId);
    qint64 conversationId() const;
    bool isLoaded() const;
    const AlertDetails &details() const;

    QPushButton *genuineButton() const;
    QPushButton *fraudButton() const;
    QTableWidget *evidenceTable() const;

    /// The translated title of a rule ("amount_above_usual" -> "Amount far above usual").
    static QString ruleTitle(const QString &ruleName);

Q_SIGNALS:
    /// The alert was decided (the conversation changed with it).
    void decided(qint64 conversationId);
    /// The agent recorded fraud: start the compromised-card workflow.
    void fraudConfirmed(qint64 customerId, qint64 cardId, const QString &reasonText);

protected:
    void changeEvent(QEvent *event) override;

private:
    void load();
    void onLoaded(quint64 generation, const AlertDetails &details);
    void render();
    void markGenuine();
    void markFraud();
    void setBusy(bool busy);
    void retranslateUi();

    AlertService *m_alerts = nullptr;
    qint64 m_conversationId = 0;
    quint64 m_generation = 0;
    bool m_loaded = false;
    bool m_busy = false;
    AlertDetails m_details;

    QLabel *m_title = nullptr;
    PillLabel *m_statusPill = nullptr;
    QLabel *m_findings = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_decision = nullptr;
    QPushButton *m_genuine = nullptr;
    QPushButton *m_fraud = nullptr;
    MessageBar *m_messageBar = nullptr;
};
