#pragma once

#include "common/messagebar.h"

#include "domain/customer.h"

#include <QWidget>

class AccountsPanel;
class CardService;
class CardsPanel;
class ContactDetailsPanel;
class CustomerHeader;
class CustomerService;
class QLabel;
class QPushButton;
class QScrollArea;
class QStackedWidget;
class QTimer;
class QTreeView;
class SectionFrame;
class TransactionDelegate;
class TransactionModel;
struct CustomerResult;

/// @short One customer: profile, contact details, accounts, cards and recent transactions.
///
/// Loads asynchronously; a load for a customer the agent has already left is
/// dropped. Reloads by itself when the service reports a change to the
/// customer on screen.
class QBoxLayout;
class QResizeEvent;

class CustomerView : public QWidget
{
    Q_OBJECT

public:
    explicit CustomerView(CustomerService *service, QWidget *parent = nullptr);
    ~CustomerView() override;

    /// Card actions act through @p cards; without it the cards are shown read-only.
    void setCardService(CardService *cards);
    CardService *cardService() const;

    void showCustomer(qint64 customerId);
    /// Shows what a card workflow did, in the customer view's message bar.
    void showOutcome(const QString &text, MessageBar::Type type);
    void reload();
    void clear();

    qint64 customerId() const;
    /// The shown customer's details are on screen (not loading, no error).
    bool isLoaded() const;

Q_SIGNALS:
    void customerLoaded(qint64 customerId);
    /// The agent asked for the lost / stolen / damaged / compromised card workflow.
    void cardWorkflowRequested(qint64 customerId, qint64 cardId);
    /// The agent wants to continue an unfinished workflow.
    void cardWorkflowResumeRequested(qint64 workflowId);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    QWidget *createPlaceholderPage();
    QWidget *createLoadingPage();
    QWidget *createFailurePage();
    QWidget *createContentPage();
    void load(bool quietly);
    void onLoaded(quint64 generation, const CustomerResult &result);
    void render();
    void showMessage(const QString &text, MessageBar::Type type, bool offerReload);
    void retranslateUi();
    void fitTransactionsHeight();
    void loadOpenWorkflows();

    CustomerService *m_service = nullptr;
    CardService *m_cardService = nullptr;
    CustomerDetails m_details;
    qint64 m_customerId = 0;
    quint64 m_generation = 0;
    bool m_loaded = false;

    QStackedWidget *m_pages = nullptr;
    QWidget *m_placeholderPage = nullptr;
    QLabel *m_placeholderTitle = nullptr;
    QLabel *m_placeholderBody = nullptr;
    QWidget *m_loadingPage = nullptr;
    QLabel *m_loadingLabel = nullptr;
    QWidget *m_failurePage = nullptr;
    QLabel *m_failureTitle = nullptr;
    QLabel *m_failureText = nullptr;
    QPushButton *m_retryButton = nullptr;
    QScrollArea *m_contentPage = nullptr;
    QTimer *m_loadingDelay = nullptr;

    MessageBar *m_messageBar = nullptr;
    MessageBar *m_workflowBar = nullptr;   ///< an unfinished card workflow, with Resume
    qint64 m_openWorkflowId = 0;
    CustomerHeader *m_header = nullptr;
    ContactDetailsPanel *m_contact = nullptr;
    AccountsPanel *m_accounts = nullptr;
    CardsPanel *m_cards = nullptr;
    SectionFrame *m_transactionsSection = nullptr;
    QLabel *m_noTransactions = nullptr;
    QTreeView *m_transactionsView = nullptr;
    TransactionModel *m_transactionModel = nullptr;
    TransactionDelegate *m_transactionDelegate = nullptr;
    QBoxLayout *m_topRow = nullptr;     ///< contact | accounts; stacked when narrow
};
