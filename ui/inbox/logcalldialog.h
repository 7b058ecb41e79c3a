#pragma once

#include <QDialog>
#include <QElapsedTimer>

class CustomerService;
class InboxService;
class MessageBar;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTimer;

/// @short Ctrl+L: log a phone call with its reason, notes and duration (timed from opening).
///
/// Starts with the customer of the open conversation, or lets the agent find
/// one by name, number or phone. Saving calls InboxService::logCall and
/// reports the conversation it opened or continued.
class LogCallDialog : public QDialog
{
    Q_OBJECT

public:
    LogCallDialog(CustomerService *customers, InboxService *inbox, qint64 customerId, const QString &customerName,
                  qint64 phoneConversationId, QWidget *parent = nullptr);
    ~LogCallDialog() override;

    qint64 customerId() const;
    int elapsedSeconds() const;
    QLineEdit *customerSearch() const;
    QPlainTextEdit *notesEdit() const;
    QComboBox *reasonBox() const;

Q_SIGNALS:
    void callLogged(qint64 conversationId);

private:
    void search(const QString &text);
    void updateDuration();
    void save();

    CustomerService *m_customers = nullptr;
    InboxService *m_inbox = nullptr;
    qint64 m_customerId = 0;
    qint64 m_conversationId = 0;
    quint64 m_searchGeneration = 0;
    QElapsedTimer m_elapsed;

    QLabel *m_customerLabel = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_matches = nullptr;
    QComboBox *m_reason = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QLabel *m_duration = nullptr;
    MessageBar *m_messageBar = nullptr;
    QPushButton *m_saveButton = nullptr;
    QTimer *m_tick = nullptr;
};
