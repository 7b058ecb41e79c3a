#include "customerlookuppane.h"

#include "customerresultdelegate.h"
#include "customerresultsview.h"
#include "customersearchmodel.h"

#include "common/icons.h"
#include "common/theme.h"
#include "customer/customerview.h"

#include <QAction>
#include <QCoreApplication>
#include <QEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QStackedWidget>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace {
/// Only say "Searching…" when an answer is noticeably late; most arrive within a frame.
constexpr int BusyCaptionDelayMs = 250;
} // namespace

CustomerLookupPane::CustomerLookupPane(CustomerService *service, QWidget *parent)
    : QWidget(parent)
    , m_model(new CustomerSearchModel(service, this))
    , m_delegate(new CustomerResultDelegate(this))
    , m_busyDelay(new QTimer(this))
{
    setObjectName(QStringLiteral("customerLookupPane"));

    m_customerView = new CustomerView(service, this);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setHandleWidth(1);
    m_splitter->addWidget(createSearchSide());
    m_splitter->addWidget(m_customerView);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({600, 840});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    m_busyDelay->setSingleShot(true);
    m_busyDelay->setInterval(BusyCaptionDelayMs);
    connect(m_busyDelay, &QTimer::timeout, this, &CustomerLookupPane::updateCaption);

    connect(m_searchEdit, &QLineEdit::textChanged, m_model, &CustomerSearchModel::setQuery);
    connect(m_model, &CustomerSearchModel::busyChanged, this, [this](bool busy) {
        if (busy)
            m_busyDelay->start();
        else
            m_busyDelay->stop();
        updateCaption();
    });
    connect(m_model, &CustomerSearchModel::stateChanged, this, &CustomerLookupPane::updateStatePresentation);
    connect(m_model, &CustomerSearchModel::errorChanged, this, &CustomerLookupPane::updateStatePresentation);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &CustomerLookupPane::updateCaption);
    connect(m_model, &CustomerSearchModel::searchFinished, this, [this](const QString &text, int rowCount) {
        updateStatePresentation();
        emit resultsShown(text, rowCount);
        if (!m_pendingScreenPop.isEmpty() && text.trimmed() == m_pendingScreenPop) {
            m_pendingScreenPop.clear();
            // Exactly one customer has this number: open them. None or
            // several: the agent sees the list with the number filled in.
            if (rowCount == 1 && !m_model->canFetchMore(QModelIndex()))
                selectFirstResult();
            else
                m_searchEdit->setFocus();
        }
    });
    connect(m_resultsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CustomerLookupPane::onCurrentRowChanged);
    connect(m_resultsView, &QTreeView::activated, this, &CustomerLookupPane::openIndex);

    retranslateUi();
    updateStatePresentation();
}

CustomerLookupPane::~CustomerLookupPane() = default;

QWidget *CustomerLookupPane::createSearchSide()
{
    auto *side = new QWidget(this);
    side->setObjectName(QStringLiteral("lookupSearchSide"));
    side->setMinimumWidth(420);

    m_searchEdit = new QLineEdit(side);
    m_searchEdit->setObjectName(QStringLiteral("lookupSearchEdit"));
    m_searchEdit->setClearButtonEnabled(true);
    m_searchEdit->addAction(Icons::search(), QLineEdit::LeadingPosition);
    m_searchEdit->setMaxLength(200);
    m_searchEdit->installEventFilter(this);

    m_caption = new QLabel(side);
    m_caption->setObjectName(QStringLiteral("lookupCaption"));
    m_caption->setProperty("role", QStringLiteral("caption"));
    m_caption->setTextFormat(Qt::PlainText);

    m_resultsView = new CustomerResultsView(side);
    m_resultsView->setObjectName(QStringLiteral("lookupResults"));
    m_resultsView->setSearchModel(m_model);
    m_resultsView->setItemDelegate(m_delegate);
    m_resultsView->setUniformRowHeights(true);
    m_resultsView->setRootIsDecorated(false);
    m_resultsView->setItemsExpandable(false);
    m_resultsView->setAlternatingRowColors(true);
    m_resultsView->setAllColumnsShowFocus(true);
    m_resultsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_resultsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_resultsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_resultsView->setTextElideMode(Qt::ElideRight);
    m_resultsView->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_resultsView->installEventFilter(this);

    QHeaderView *header = m_resultsView->header();
    m_resultsView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    header->setStretchLastSection(false);
    header->setSectionsMovable(false);
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setMinimumSectionSize(60);
    // Fixed widths and one stretching column: cheap on any number of rows
    // (never ResizeToContents), and no horizontal scroll bar.
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(CustomerSearchModel::Name, QHeaderView::Stretch);
    header->setFont(Theme::derivedFont(header->font(), -1, QFont::Bold));

    m_resultsStack = new QStackedWidget(side);
    m_resultsStack->addWidget(m_resultsView);
    m_resultsStack->addWidget(createMessagePage());

    auto *layout = new QVBoxLayout(side);
    layout->setContentsMargins(16, 16, 14, 14);
    layout->setSpacing(8);
    layout->addWidget(m_searchEdit);
    layout->addWidget(m_caption);
    layout->addWidget(m_resultsStack, 1);
    return side;
}

QWidget *CustomerLookupPane::createMessagePage()
{
    m_messagePage = new QWidget(this);
    m_messagePage->setObjectName(QStringLiteral("lookupMessage"));

    m_messageIcon = new QLabel(m_messagePage);
    m_messageIcon->setAlignment(Qt::AlignCenter);

    m_messageTitle = new QLabel(m_messagePage);
    m_messageTitle->setObjectName(QStringLiteral("lookupMessageTitle"));
    m_messageTitle->setProperty("role", QStringLiteral("emptyTitle"));
    m_messageTitle->setAlignment(Qt::AlignCenter);
    m_messageTitle->setWordWrap(true);

    m_messageBody = new QLabel(m_messagePage);
    m_messageBody->setObjectName(QStringLiteral("lookupMessageBody"));
    m_messageBody->setProperty("role", QStringLiteral("emptyBody"));
    m_messageBody->setAlignment(Qt::AlignCenter);
    m_messageBody->setWordWrap(true);
    m_messageBody->setTextFormat(Qt::RichText);

    auto *layout = new QVBoxLayout(m_messagePage);
    layout->setContentsMargins(32, 64, 32, 32);
    layout->setSpacing(10);
    layout->addWidget(m_messageIcon);
    layout->addWidget(m_messageTitle);
    layout->addWidget(m_messageBody);
    layout->addStretch(1);
    return m_messagePage;
}

void CustomerLookupPane::focusSearch()
{
    m_searchEdit->setFocus(Qt::ShortcutFocusReason);
    m_searchEdit->selectAll();
}

void CustomerLookupPane::setSearchText(const QString &text)
{
    m_searchEdit->setText(text);
}

void CustomerLookupPane::screenPop(const QString &phoneNumber)
{
    m_pendingScreenPop = phoneNumber.trimmed();
    setSearchText(m_pendingScreenPop);
}

bool CustomerLookupPane::selectFirstResult()
{
    if (m_model->rowCount() == 0)
        return false;
    m_resultsView->setCurrentIndex(m_model->index(0, CustomerSearchModel::Name));
    return true;
}

CustomerSearchModel *CustomerLookupPane::model() const
{
    return m_model;
}

CustomerView *CustomerLookupPane::customerView() const
{
    return m_customerView;
}

bool CustomerLookupPane::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);

    auto *key = static_cast<QKeyEvent *>(event);
    const bool plain = (key->modifiers() & ~(Qt::KeypadModifier | Qt::ShiftModifier)) == Qt::NoModifier;

    if (watched == m_searchEdit && plain) {
        switch (key->key()) {
        case Qt::Key_Down:
        case Qt::Key_PageDown:
            moveIntoResults();
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            openCurrentOrFirst();
            return true;
        case Qt::Key_Escape:
            if (!m_searchEdit->text().isEmpty()) {
                clearSearch();
                return true;
            }
            break;
        default:
            break;
        }
    } else if (watched == m_resultsView && plain) {
        switch (key->key()) {
        case Qt::Key_Return:
        case Qt::Key_Enter:
            openCurrentOrFirst();
            return true;
        case Qt::Key_Escape:
            clearSearch();
            return true;
        case Qt::Key_Up:
            if (m_resultsView->currentIndex().row() <= 0) {
                focusSearch();
                return true;
            }
            break;
        default:
            // Typing while the results have focus goes on into the search.
            if (!key->text().isEmpty() && key->text().at(0).isPrint() && key->key() != Qt::Key_Space) {
                m_searchEdit->setFocus(Qt::OtherFocusReason);
                QCoreApplication::sendEvent(m_searchEdit, key);
                return true;
            }
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void CustomerLookupPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_model->retranslate();
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void CustomerLookupPane::retranslateUi()
{
    m_searchEdit->setPlaceholderText(tr("Name, phone, email, customer number or card last four"));
    m_searchEdit->setAccessibleName(tr("Find customer"));
    m_resultsView->setAccessibleName(tr("Matching customers"));

    // Fixed widths, widened when a translation's header needs more room.
    QHeaderView *header = m_resultsView->header();
    const QFontMetrics fm(header->font());
    const struct
    {
        int column;
        int width;
    } widths[] = {
        {CustomerSearchModel::CustomerNumber, 92},
        {CustomerSearchModel::Cards, 86},
        // Room for the long Nordic town names agents see every day.
        {CustomerSearchModel::City,
         QFontMetrics(m_resultsView->font()).horizontalAdvance(QStringLiteral("Lappeenranta")) + 20},
        {CustomerSearchModel::Status, 128},
    };
    for (const auto &w : widths) {
        const QString title = m_model->headerData(w.column, Qt::Horizontal).toString();
        header->resizeSection(w.column, qMax(w.width, fm.horizontalAdvance(title) + 20));
    }
    updateStatePresentation();
}

void CustomerLookupPane::updateStatePresentation()
{
    using State = CustomerSearchModel::State;
    const State state = m_model->state();

    auto showMessage = [this](Icons::Status status, const QString &title, const QString &body) {
        m_messageIcon->setPixmap(Icons::statusIcon(status, QColor(0xA7, 0xB4, 0xBA)).pixmap(32, 32));
        m_messageTitle->setText(title);
        m_messageBody->setText(body);
        m_resultsStack->setCurrentWidget(m_messagePage);
    };

    switch (state) {
    case State::Idle:
        m_messageIcon->setPixmap(Icons::search().pixmap(40, 40));
        m_messageTitle->setText(tr("Find a customer"));
        m_messageBody->setText(
            tr("Start typing a name, phone number, email address, customer number or the last four digits of a card. "
               "Results appear as you type.")
                .toHtmlEscaped()
            + QStringLiteral("<br><br>")
            + tr("Press %1 from anywhere to come back to this field.")
                  .arg(QStringLiteral("<b>Ctrl+F</b>")));
        m_resultsStack->setCurrentWidget(m_messagePage);
        break;
    case State::Searching:
        // Keep what is on screen until the answer arrives: no flicker per keystroke.
        break;
    case State::Results:
        m_resultsStack->setCurrentWidget(m_resultsView);
        break;
    case State::Empty:
        showMessage(Icons::Status::Information, tr("No matches"),
                    tr("No customers match “%1”. Try a phone number, an email or the last four digits of a card.")
                        .arg(QStringLiteral("<b>%1</b>").arg(m_model->query().toHtmlEscaped())));
        break;
    case State::Error:
        showMessage(Icons::Status::Warning, tr("The search did not work"), m_model->errorString().toHtmlEscaped());
        break;
    }
    updateCaption();
}

void CustomerLookupPane::updateCaption()
{
    using State = CustomerSearchModel::State;
    const int rows = m_model->rowCount();
    QString caption;
    if (m_model->isBusy() && !m_busyDelay->isActive()) {
        caption = tr("Searching…");
    } else {
        switch (m_model->state()) {
        case State::Results:
            caption = m_model->hasMore()
                ? tr("Showing the first %n customer(s); scroll for more or keep typing to narrow down", "", rows)
                : tr("%n customer(s)", "", rows);
            break;
        case State::Empty:
            caption = tr("No matches");
            break;
        case State::Idle:
        case State::Searching:
        case State::Error:
            break;
        }
    }
    // Keep the line's height so the list below does not jump.
    m_caption->setText(caption.isEmpty() ? QStringLiteral(" ") : caption);
}

void CustomerLookupPane::onCurrentRowChanged(const QModelIndex &current)
{
    const qint64 id = m_model->customerIdFromIndex(current);
    if (id > 0)
        m_customerView->showCustomer(id);
}

void CustomerLookupPane::openIndex(const QModelIndex &index)
{
    const qint64 id = m_model->customerIdFromIndex(index);
    if (id <= 0)
        return;
    m_customerView->showCustomer(id);
    m_customerView->setFocus(Qt::OtherFocusReason);
    emit customerOpened(id);
}

void CustomerLookupPane::openCurrentOrFirst()
{
    QModelIndex index = m_resultsView->currentIndex();
    if (!index.isValid() && m_model->rowCount() > 0) {
        index = m_model->index(0, CustomerSearchModel::Name);
        m_resultsView->setCurrentIndex(index);
    }
    openIndex(index);
}

void CustomerLookupPane::moveIntoResults()
{
    if (m_model->rowCount() == 0)
        return;
    m_resultsStack->setCurrentWidget(m_resultsView);
    m_resultsView->setFocus(Qt::TabFocusReason);
    if (!m_resultsView->currentIndex().isValid())
        selectFirstResult();
}

void CustomerLookupPane::clearSearch()
{
    m_searchEdit->clear();
    m_searchEdit->setFocus(Qt::OtherFocusReason);
}
