#pragma once

#include "services/auditservice.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

/// @short The audit viewer's filters: agent, customer number, card, action and days.
///
/// Emits filterChanged() when a choice changes, and shortly after typing
/// stops (at once on Enter). It only collects what is asked for; the service
/// checks it, and markInvalid() points at the field it refused.
class AuditFilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit AuditFilterBar(QWidget *parent = nullptr);
    ~AuditFilterBar() override;

    AuditFilter filter() const;
    /// Clears every field without emitting filterChanged().
    void clear();

    /// Fills the agent and action lists; keeps the current choices where they still exist.
    void setChoices(const AuditFilterChoices &choices);

    void markInvalid(AuditPage::Field field);
    void clearInvalid();

Q_SIGNALS:
    void filterChanged();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi();
    void fillActions();
    void fillAgents();
    void scheduleChange();
    QWidget *labelled(QLabel **label, QWidget *field);

    AuditFilterChoices m_choices;
    QComboBox *m_agent = nullptr;
    QLineEdit *m_customer = nullptr;
    QLineEdit *m_card = nullptr;
    QComboBox *m_action = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QPushButton *m_clear = nullptr;
    QLabel *m_agentLabel = nullptr;
    QLabel *m_customerLabel = nullptr;
    QLabel *m_cardLabel = nullptr;
    QLabel *m_actionLabel = nullptr;
    QLabel *m_fromLabel = nullptr;
    QLabel *m_toLabel = nullptr;
    QTimer *m_typing = nullptr;
    bool m_quiet = false;
};
