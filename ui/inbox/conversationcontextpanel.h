#pragma once

#include "domain/conversation.h"
#include "domain/customer.h"

#include <QWidget>

class CustomerService;
class InboxService;
class QLabel;
class QPushButton;
class QVBoxLayout;
struct CustomerResult;

/// @short The customer beside a conversation: who they are, their cards and accounts, their other conversations.
///
/// A compact summary of the Customers area's view; Ctrl+Shift+C (or the
/// button) opens the full customer there. Loads asynchronously and drops an
/// answer for a customer the agent has already left.
class ConversationContextPanel : public QWidget
{
    Q_OBJECT

public:
    ConversationContextPanel(CustomerService *customers, InboxService *inbox, QWidget *parent = nullptr);
    ~ConversationContextPanel() override;

    /// Shows @p customerId (0: an unmatched sender, @p fallbackName shown).
    void showCustomer(qint64 customerId, qint64 currentConversationId, const QString &fallbackName);
    qint64 customerId() const;
    bool isLoaded() const;
    const CustomerDetails &details() const;

Q_SIGNALS:
    void customerLoaded(const CustomerDetails &details);
    void openCustomerRequested(qint64 customerId);
    void conversationRequested(qint64 conversationId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void onCustomer(quint64 generation, const CustomerResult &result);
    void onConversations(quint64 generation, const QList<ConversationSummary> &conversations);
    void rebuild();
    void clearContent();

    CustomerService *m_customers = nullptr;
    InboxService *m_inbox = nullptr;
    qint64 m_customerId = 0;
    qint64 m_conversationId = 0;
    QString m_fallbackName;
    quint64 m_generation = 0;
    bool m_loaded = false;
    bool m_failed = false;
    CustomerDetails m_details;
    QList<ConversationSummary> m_others;
    bool m_othersLoaded = false;

    QWidget *m_body = nullptr;
    QVBoxLayout *m_bodyLayout = nullptr;
    QPushButton *m_openButton = nullptr;
};
