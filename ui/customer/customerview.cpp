#include "customerview.h"

#include "services/cardservice.h"

#include "accountspanel.h"
#include "cardspanel.h"
#include "contactdetailspanel.h"
#include "customerheader.h"
#include "transactiondelegate.h"
#include "transactionmodel.h"

#include "common/displaytext.h"
#include "common/icons.h"
#include "common/sectionframe.h"
#include "common/theme.h"

#include "services/customerservice.h"

#include <QEvent>
#include <QResizeEvent>
#include <QLocale>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSet>
#include <QStackedWidget>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace {
/// Switching between customers with the arrow keys should not flash a
/// "Loading" page; it only appears when a load is noticeably slow.
constexpr int LoadingPageDelayMs = 300;
constexpr int MaxVisibleTransactions = 14;
} // namespace

CustomerView::CustomerView(CustomerService *service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_pages(new QStackedWidget(this))
    , m_loadingDelay(new QTimer(this))
{
    setObjectName(QStringLiteral("customerView"));
    setFocusPolicy(Qt::StrongFocus);
    setMinimumWidth(420);

    m_pages->addWidget(createPlaceholderPage());
    m_pages->addWidget(createLoadingPage());
    m_pages->addWidget(createFailurePage());
    m_pages->addWidget(createContentPage());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);

    m_loadingDelay->setSingleShot(true);
    m_loadingDelay->setInterval(LoadingPageDelayMs);
    connect(m_loadingDelay, &QTimer::timeout, this, [this] { m_pages->setCurrentWidget(m_loadingPage); });

    connect(m_service, &CustomerService::customerChanged, this, [this](qint64 customerId) {
        if (customerId == m_customerId)
            load(true);
    });
    connect(m_retryButton, &QPushButton::clicked, this, &CustomerView::reload);
    connect(m_messageBar, &MessageBar::actionTriggered, this, [this] {
        m_contact->cancelEditing();
        reload();
    });
    connect(m_contact, &ContactDetailsPanel::message, this, &CustomerView::showMessage);
    connect(m_cards, &CardsPanel::message, this, &CustomerView::showMessage);
    connect(m_workflowBar, &MessageBar::actionTriggered, this, [this] {
        if (m_openWorkflowId)
            Q_EMIT cardWorkflowResumeRequested(m_openWorkflowId);
    });
    connect(m_cards, &CardsPanel::reloadRequested, this, &CustomerView::reload);
    connect(m_cards, &CardsPanel::workflowRequested, this, [this](qint64 cardId) {
        Q_EMIT cardWorkflowRequested(m_customerId, cardId);
    });

    retranslateUi();
    m_pages->setCurrentWidget(m_placeholderPage);
}

CustomerView::~CustomerView() = default;

void CustomerView::setCardService(CardService *cards)
{
    if (m_cardService)
        disconnect(m_cardService, nullptr, this, nullptr);
    m_cardService = cards;
    m_cards->setCardService(cards);
    if (!cards)
        return;
    connect(cards, &CardService::cardChanged, this, [this](qint64, qint64 customerId) {
        if (customerId == m_customerId)
            load(true);
    });
}

CardService *CustomerView::cardService() const
{
    return m_cardService;
}

void CustomerView::showOutcome(const QString &text, MessageBar::Type type)
{
    showMessage(text, type, false);
    loadOpenWorkflows();
}

void CustomerView::loadOpenWorkflows()
{
    if (!m_cardService || !m_customerId) {
        m_workflowBar->hideMessage();
        return;
    }
    const qint64 customerId = m_customerId;
    m_cardService->openWorkflows(customerId).then(this, [this, customerId](const QList<WorkflowRecord> &open) {
        if (customerId != m_customerId)
            return;
        if (open.isEmpty()) {
            m_openWorkflowId = 0;
            m_workflowBar->hideMessage();
            return;
        }
        const WorkflowRecord &w = open.constFirst();
        QString last4;
        for (const Card &card : std::as_const(m_details.cards)) {
            if (card.id == w.cardId)
                last4 = card.last4;
        }
        m_openWorkflowId = w.id;
        m_workflowBar->showMessageWithAction(
            tr("Unfinished card workflow: card %2 %1, started by %3 at %4, last saved by %5.")
                .arg(DisplayText::workflowSituation(w.situation), DisplayText::lastFour(last4), w.startedBy,
                     DisplayText::recentDateTime(w.startedAt), w.updatedBy),
            MessageBar::Warning, tr("Resume"));
    });
}

QWidget *CustomerView::createPlaceholderPage()
{
    m_placeholderPage = new QWidget(this);
    auto *icon = new QLabel(m_placeholderPage);
    icon->setPixmap(Icons::customers().pixmap(48, 48, QIcon::Disabled));
    icon->setAlignment(Qt::AlignCenter);
    m_placeholderTitle = new QLabel(m_placeholderPage);
    m_placeholderTitle->setProperty("role", QStringLiteral("emptyTitle"));
    m_placeholderTitle->setAlignment(Qt::AlignCenter);
    m_placeholderBody = new QLabel(m_placeholderPage);
    m_placeholderBody->setProperty("role", QStringLiteral("emptyBody"));
    m_placeholderBody->setAlignment(Qt::AlignCenter);
    m_placeholderBody->setWordWrap(true);

    auto *layout = new QVBoxLayout(m_placeholderPage);
    layout->setContentsMargins(48, 0, 48, 0);
    layout->setSpacing(10);
    layout->addStretch(2);
    layout->addWidget(icon);
    layout->addWidget(m_placeholderTitle);
    layout->addWidget(m_placeholderBody);
    layout->addStretch(3);
    return m_placeholderPage;
}

QWidget *CustomerView::createLoadingPage()
{
    m_loadingPage = new QWidget(this);
    m_loadingLabel = new QLabel(m_loadingPage);
    m_loadingLabel->setProperty("role", QStringLiteral("emptyBody"));
    m_loadingLabel->setAlignment(Qt::AlignCenter);
    auto *layout = new QVBoxLayout(m_loadingPage);
    layout->addStretch(2);
    layout->addWidget(m_loadingLabel);
    layout->addStretch(3);
    return m_loadingPage;
}

QWidget *CustomerView::createFailurePage()
{
    m_failurePage = new QWidget(this);
    m_failureTitle = new QLabel(m_failurePage);
    m_failureTitle->setProperty("role", QStringLiteral("emptyTitle"));
    m_failureTitle->setAlignment(Qt::AlignCenter);
    m_failureText = new QLabel(m_failurePage);
    m_failureText->setObjectName(QStringLiteral("customerViewError"));
    m_failureText->setProperty("role", QStringLiteral("emptyBody"));
    m_failureText->setAlignment(Qt::AlignCenter);
    m_failureText->setWordWrap(true);
    m_failureText->setTextFormat(Qt::PlainText);
    m_retryButton = new QPushButton(m_failurePage);

    auto *buttonRow = new QHBoxLayout;
    buttonRow->addStretch(1);
    buttonRow->addWidget(m_retryButton);
    buttonRow->addStretch(1);

    auto *layout = new QVBoxLayout(m_failurePage);
    layout->setContentsMargins(48, 0, 48, 0);
    layout->setSpacing(12);
    layout->addStretch(2);
    layout->addWidget(m_failureTitle);
    layout->addWidget(m_failureText);
    layout->addLayout(buttonRow);
    layout->addStretch(3);
    return m_failurePage;
}

QWidget *CustomerView::createContentPage()
{
    m_contentPage = new QScrollArea(this);
    m_contentPage->setObjectName(QStringLiteral("customerContent"));
    m_contentPage->setWidgetResizable(true);
    m_contentPage->setFrameShape(QFrame::NoFrame);
    // Narrow windows stack the panels (resizeEvent); a scroll bar is the last resort.
    m_contentPage->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);

    auto *content = new QWidget;
    content->setObjectName(QStringLiteral("scrollContent"));

    m_header = new CustomerHeader(content);
    m_messageBar = new MessageBar(content);
    m_messageBar->setObjectName(QStringLiteral("customerMessageBar"));
    m_workflowBar = new MessageBar(content);
    m_workflowBar->setObjectName(QStringLiteral("openWorkflowBar"));
    m_workflowBar->hideMessage();
    m_contact = new ContactDetailsPanel(m_service, content);
    m_accounts = new AccountsPanel(content);
    m_cards = new CardsPanel(content);

    m_transactionsSection = new SectionFrame(content);
    m_transactionModel = new TransactionModel(this);
    m_transactionDelegate = new TransactionDelegate(this);
    m_transactionsView = new QTreeView(m_transactionsSection);
    m_transactionsView->setObjectName(QStringLiteral("transactionsView"));
    m_transactionsView->setModel(m_transactionModel);
    m_transactionsView->setItemDelegate(m_transactionDelegate);
    m_transactionsView->setUniformRowHeights(true);
    m_transactionsView->setRootIsDecorated(false);
    m_transactionsView->setItemsExpandable(false);
    m_transactionsView->setAlternatingRowColors(true);
    m_transactionsView->setAllColumnsShowFocus(true);
    m_transactionsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_transactionsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_transactionsView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_transactionsView->setFrameShape(QFrame::NoFrame);
    m_transactionsView->setStyleSheet(QStringLiteral("QTreeView { border: none; }"));
    QHeaderView *header = m_transactionsView->header();
    header->setStretchLastSection(false);
    header->setSectionsMovable(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(TransactionModel::Merchant, QHeaderView::Stretch);
    header->setMinimumSectionSize(44);
    header->setFont(Theme::derivedFont(header->font(), -1, QFont::Bold));
    m_noTransactions = new QLabel(m_transactionsSection);
    m_noTransactions->setProperty("role", QStringLiteral("muted"));
    m_transactionsSection->contentLayout()->addWidget(m_transactionsView);
    m_transactionsSection->contentLayout()->addWidget(m_noTransactions);

    m_topRow = new QHBoxLayout;
    m_topRow->setSpacing(16);
    m_topRow->addWidget(m_contact, 5);
    m_topRow->addWidget(m_accounts, 6);

    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(18, 18, 18, 20);
    layout->setSpacing(16);
    layout->addWidget(m_header);
    layout->addWidget(m_messageBar);
    layout->addWidget(m_workflowBar);
    layout->addLayout(m_topRow);
    layout->addWidget(m_cards);
    layout->addWidget(m_transactionsSection);
    layout->addStretch(1);

    m_contentPage->setWidget(content);
    return m_contentPage;
}

void CustomerView::showCustomer(qint64 customerId)
{
    if (customerId == m_customerId && (m_loaded || m_loadingDelay->isActive()))
        return;
    m_customerId = customerId;
    load(false);
}

void CustomerView::reload()
{
    if (m_customerId > 0)
        load(m_loaded);
}

void CustomerView::clear()
{
    ++m_generation;
    m_customerId = 0;
    m_loaded = false;
    m_loadingDelay->stop();
    m_pages->setCurrentWidget(m_placeholderPage);
}

qint64 CustomerView::customerId() const
{
    return m_customerId;
}

bool CustomerView::isLoaded() const
{
    return m_loaded;
}

void CustomerView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_transactionModel->retranslate();
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void CustomerView::load(bool quietly)
{
    const quint64 generation = ++m_generation;
    if (!quietly) {
        m_loaded = false;
        if (m_pages->currentWidget() == m_contentPage)
            m_loadingDelay->start();     // keep the previous customer a moment; no flash
        else
            m_pages->setCurrentWidget(m_loadingPage);
    }
    m_service->customer(m_customerId).then(this, [this, generation](const CustomerResult &result) {
        onLoaded(generation, result);
    });
}

void CustomerView::onLoaded(quint64 generation, const CustomerResult &result)
{
    if (generation != m_generation)
        return;     // the agent has moved on to another customer
    m_loadingDelay->stop();

    if (!result.found || !result.error.isEmpty()) {
        m_loaded = false;
        m_failureText->setText(result.error.isEmpty()
                                   ? tr("This customer could not be found. They may have been removed.")
                                   : result.error);
        m_pages->setCurrentWidget(m_failurePage);
        return;
    }

    const bool sameCustomer = m_details.customer.id == result.details.customer.id;
    m_details = result.details;
    m_loaded = true;
    if (!sameCustomer) {
        m_messageBar->hideMessage();
        m_contentPage->verticalScrollBar()->setValue(0);
    }
    render();
    m_pages->setCurrentWidget(m_contentPage);
    loadOpenWorkflows();
    emit customerLoaded(m_customerId);
}

void CustomerView::render()
{
    m_header->setCustomer(m_details.customer);
    m_contact->setCustomer(m_details.customer);
    m_accounts->setAccounts(m_details.accounts);
    m_cards->setCards(m_details.customer.id, m_details.cards);
    m_transactionModel->setTransactions(m_details.recentTransactions);
    const bool hasTransactions = !m_details.recentTransactions.isEmpty();
    m_transactionsView->setVisible(hasTransactions);
    // The card column only earns its width when more than one card appears.
    QSet<QString> cards;
    for (const Transaction &t : std::as_const(m_details.recentTransactions))
        cards.insert(t.cardLast4);
    m_transactionsView->setColumnHidden(TransactionModel::Card, cards.size() <= 1);
    m_noTransactions->setVisible(!hasTransactions);
    fitTransactionsHeight();
}

void CustomerView::showMessage(const QString &text, MessageBar::Type type, bool offerReload)
{
    if (offerReload)
        m_messageBar->showMessageWithAction(text, type, tr("Reload"));
    else
        m_messageBar->showMessage(text, type, type == MessageBar::Positive ? 6000 : 0);
}

void CustomerView::retranslateUi()
{
    m_placeholderTitle->setText(tr("No customer selected"));
    m_placeholderBody->setText(tr("Find a customer on the left and select them to see their details, "
                                  "accounts, cards and recent transactions here."));
    m_loadingLabel->setText(tr("Loading customer…"));
    m_failureTitle->setText(tr("The customer could not be shown"));
    m_retryButton->setText(tr("Try again"));
    m_transactionsSection->setTitle(tr("Recent transactions"));
    m_noTransactions->setText(tr("No transactions in the last months."));
    m_transactionsView->setAccessibleName(tr("Recent transactions"));

    // Widths from what the columns hold in this language and locale (Norwegian
    // and Finnish amounts are wider than English ones), never below the header.
    QHeaderView *header = m_transactionsView->header();
    const QFontMetrics headerMetrics(header->font());
    const QFontMetrics cellMetrics(m_transactionsView->font());
    // Samples as the model formats them: a four-digit amount in the widest
    // currency code, and a date of this year.
    const QString widestAmount = DisplayText::money({-999999, QStringLiteral("NOK")});
    const QString widestDate = DisplayText::recentDateTime(
        QDateTime(QDate(QDate::currentDate().year(), 12, 28), QTime(23, 58)));
    int widestStatus = 0;
    for (const TransactionStatus status : {TransactionStatus::Pending, TransactionStatus::Posted,
                                           TransactionStatus::Declined, TransactionStatus::Reversed})
        widestStatus = qMax(widestStatus, cellMetrics.horizontalAdvance(DisplayText::transactionStatus(status)));
    const struct
    {
        int column;
        int width;
    } widths[] = {
        {TransactionModel::Date, cellMetrics.horizontalAdvance(widestDate) + 24},
        {TransactionModel::Card, cellMetrics.horizontalAdvance(QStringLiteral("•••• 8888")) + 24},
        {TransactionModel::Country, cellMetrics.horizontalAdvance(QStringLiteral("WW")) + 20},
        {TransactionModel::Mcc, cellMetrics.horizontalAdvance(QStringLiteral("8888")) + 20},
        {TransactionModel::Amount, cellMetrics.horizontalAdvance(widestAmount) + 24},
        {TransactionModel::Status, widestStatus + 20},
    };
    for (const auto &w : widths) {
        const QString title = m_transactionModel->headerData(w.column, Qt::Horizontal).toString();
        header->resizeSection(w.column, qMax(w.width, headerMetrics.horizontalAdvance(title) + 20));
    }
}

void CustomerView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // Side by side needs room for both panels' labels and amounts.
    constexpr int SideBySideMinimum = 640;
    if (m_topRow)
        m_topRow->setDirection(width() >= SideBySideMinimum ? QBoxLayout::LeftToRight
                                                            : QBoxLayout::TopToBottom);
}

void CustomerView::fitTransactionsHeight()
{
    // The page scrolls as a whole; the list shows its rows without a scroll bar of its own.
    const int rows = qMin<int>(m_transactionModel->rowCount(), MaxVisibleTransactions);
    const int headerHeight = m_transactionsView->header()->sizeHint().height();
    m_transactionsView->setFixedHeight(headerHeight + rows * TransactionDelegate::RowHeight + 4);
}
