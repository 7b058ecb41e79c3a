#include "queueboardpage.h"

#include "drilldownmodel.h"
#include "exportablesection.h"
#include "queueboardmodel.h"
#include "queueboardtiles.h"
#include "supervisiontext.h"
#include "supervisionviews.h"

#include "common/messagebar.h"
#include "common/theme.h"
#include "inbox/inboxtext.h"

#include "services/supervisionservice.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

QueueBoardPage::QueueBoardPage(SupervisionService *service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_board(new QueueBoardModel(this))
    , m_drill(new DrillDownModel(service, this))
    , m_message(new MessageBar(this))
    , m_tiles(new QueueBoardTiles(m_board, this))
    , m_boardSection(new ExportableSection(this))
    , m_drillSection(new ExportableSection(this))
    , m_updated(new QLabel(this))
    , m_drillCaption(new QLabel(this))
    , m_drillEmpty(new QLabel(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
{
    setObjectName(QStringLiteral("queueBoardPage"));
    m_message->setObjectName(QStringLiteral("queueBoardMessage"));
    m_message->hide();

    // The board.
    m_boardView = SupervisionViews::makeTable(m_boardSection);
    m_boardView->setObjectName(QStringLiteral("queueBoardView"));
    m_boardView->setModel(m_board);
    m_boardView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_boardView->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_boardView->setAllColumnsShowFocus(false);
    // Queues with their channels below them; a queue can be folded away.
    m_boardView->setRootIsDecorated(true);
    m_boardView->setItemsExpandable(true);
    m_boardView->setExpandsOnDoubleClick(false);   // a double-click drills down
    m_boardView->setIndentation(16);
    QHeaderView *boardHeader = m_boardView->header();
    boardHeader->setSectionResizeMode(QueueBoardModel::NameColumn, QHeaderView::Stretch);
    for (int column = QueueBoardModel::WaitingColumn; column < QueueBoardModel::ColumnCount; ++column)
        boardHeader->setSectionResizeMode(column, QHeaderView::ResizeToContents);   // a few dozen rows at most
    m_updated->setProperty("role", QStringLiteral("caption"));
    m_updated->setObjectName(QStringLiteral("queueBoardHint"));
    m_boardSection->addHeaderWidget(m_updated);
    m_boardSection->addCsvExport([this] { return m_board->toCsv(); });
    m_boardSection->setFileBase([] {
        return QStringLiteral("queue-board-%1")
            .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd-HHmm")));
    });
    m_boardSection->contentLayout()->addWidget(m_boardView, 1);
    m_boardSection->setMinimumWidth(520);

    // The conversations behind a figure.
    m_drillView = SupervisionViews::makeTable(m_drillSection);
    m_drillView->setObjectName(QStringLiteral("drillDownView"));
    m_drillView->setModel(m_drill);
    m_drillView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_drillView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_drillView->setAllColumnsShowFocus(true);
    m_drillView->setAlternatingRowColors(true);
    QHeaderView *drillHeader = m_drillView->header();
    drillHeader->setSectionResizeMode(QHeaderView::Interactive);
    drillHeader->resizeSection(DrillDownModel::CustomerColumn, 140);
    drillHeader->setSectionResizeMode(DrillDownModel::SubjectColumn, QHeaderView::Stretch);
    drillHeader->resizeSection(DrillDownModel::ChannelColumn, 110);
    drillHeader->resizeSection(DrillDownModel::QueueColumn, 80);
    drillHeader->resizeSection(DrillDownModel::StatusColumn, 110);
    drillHeader->resizeSection(DrillDownModel::AssigneeColumn, 112);
    drillHeader->resizeSection(DrillDownModel::AgeColumn, 64);
    drillHeader->resizeSection(DrillDownModel::DueColumn, 116);
    m_drillCaption->setProperty("role", QStringLiteral("caption"));
    m_drillCaption->setObjectName(QStringLiteral("drillDownCaption"));
    m_drillEmpty->setProperty("role", QStringLiteral("emptyBody"));
    m_drillEmpty->setWordWrap(true);
    m_drillEmpty->setAlignment(Qt::AlignCenter);
    m_drillEmpty->setObjectName(QStringLiteral("drillDownEmpty"));
    m_drillSection->addHeaderWidget(m_drillCaption);
    m_drillSection->addCsvExport(m_drill);
    m_drillSection->setFileBase([this] {
        const DrillDown drill = m_drill->drillDown();
        QString base = QStringLiteral("conversations-%1").arg(SupervisionText::figure(drill.figure));
        if (!drill.queue.isEmpty())
            base += QLatin1Char('-') + drill.queue;
        if (drill.channel)
            base += QLatin1Char('-') + ConversationNames::channelName(*drill.channel);
        return base.toLower().replace(QLatin1Char(' '), QLatin1Char('-'));
    });
    m_drillSection->contentLayout()->addWidget(m_drillView, 1);
    m_drillSection->contentLayout()->addWidget(m_drillEmpty, 1);
    m_drillSection->setMinimumWidth(380);
    m_drillView->hide();

    SupervisionViews::sideBySide(m_splitter, QStringLiteral("queueBoardSplitter"), m_boardSection, m_drillSection, 3, 2,
                                 {735, 535});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(14);
    layout->addWidget(m_message);
    layout->addWidget(m_tiles);
    layout->addWidget(m_splitter, 1);

    connect(m_boardView, &QTreeView::activated, this, [this](const QModelIndex &index) {
        if (const std::optional<DrillDown> drill = m_board->drillDownAt(index))
            showDrillDown(*drill);
    });
    connect(m_drillView, &QTreeView::activated, this, &QueueBoardPage::openCurrentConversation);
    connect(m_drill, &DrillDownModel::stateChanged, this, &QueueBoardPage::updateDrillDownTitle);
    // A refresh reloads the list: the conversation the supervisor is on stays current.
    connect(m_drill, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_keepConversation = m_drill->conversationIdFromIndex(m_drillView->currentIndex()); });
    connect(m_drill, &QAbstractItemModel::modelReset, this, [this] {
        const QModelIndex keep = m_drill->indexFromConversationId(m_keepConversation);
        if (keep.isValid())
            m_drillView->setCurrentIndex(keep);
    });
    connect(m_drill, &QAbstractItemModel::rowsInserted, this, &QueueBoardPage::updateDrillDownTitle);
    for (ExportableSection *section : {m_boardSection, m_drillSection}) {
        connect(section, &ExportableSection::exported, this, [this](const QString &text, MessageBar::Type type) {
            m_message->showMessage(text, type, type == MessageBar::Positive ? 6000 : 0);
        });
    }

    retranslateUi();
}

QueueBoardPage::~QueueBoardPage() = default;

QueueBoardModel *QueueBoardPage::boardModel() const
{
    return m_board;
}

QTreeView *QueueBoardPage::boardView() const
{
    return m_boardView;
}

QueueBoardTiles *QueueBoardPage::tiles() const
{
    return m_tiles;
}

DrillDownModel *QueueBoardPage::drillDownModel() const
{
    return m_drill;
}

QTreeView *QueueBoardPage::drillDownView() const
{
    return m_drillView;
}

bool QueueBoardPage::isLoading() const
{
    return m_loading;
}

void QueueBoardPage::setAgentNames(const QHash<QString, QString> &names)
{
    m_drill->setAgentNames(names);
}

void QueueBoardPage::refresh()
{
    if (!m_service)
        return;
    const quint64 generation = ++m_generation;
    m_loading = true;
    if (m_board->rowCount() == 0)
        m_updated->setText(tr("Loading…"));
    m_service->queueBoard().then(this, [this, generation](const QueueBoard &board) {
        if (generation != m_generation)
            return;
        m_loading = false;
        onBoard(board);
    });
    if (m_drill->hasDrillDown())
        m_drill->reload();
}

void QueueBoardPage::onBoard(const QueueBoard &board)
{
    // Keep the cell the supervisor is on, and the queues they folded, across the refresh.
    const QModelIndex current = m_boardView->currentIndex();
    const int currentColumn = current.column();
    const bool onTotal = m_board->isTotal(current);
    const QString currentQueue = current.data(QueueBoardModel::QueueRole).toString();
    const bool onQueue = current.isValid() && !current.parent().isValid();
    const std::optional<DrillDown> where = m_board->drillDownAt(current);
    for (const QString &queue : m_board->queues()) {
        if (!m_boardView->isExpanded(m_board->queueIndex(queue)))
            m_collapsed.insert(queue);
        else
            m_collapsed.remove(queue);
    }
    m_board->setBoard(board);
    m_boardView->expandAll();
    for (const QString &queue : std::as_const(m_collapsed))
        m_boardView->collapse(m_board->queueIndex(queue));
    if (current.isValid()) {
        QModelIndex restore;
        if (onTotal)
            restore = m_board->totalIndex(currentColumn);
        else if (onQueue)
            restore = m_board->queueIndex(currentQueue, currentColumn);
        else if (where && where->channel)
            restore = m_board->channelIndex(currentQueue, *where->channel, currentColumn);
        if (restore.isValid())
            m_boardView->setCurrentIndex(restore);
    }
    selectPendingFigure();
    m_drill->setNow(board.at.isValid() ? board.at : QDateTime::currentDateTimeUtc());

    if (board.refused || !board.message.isEmpty())
        m_message->showMessage(board.message.isEmpty() ? tr("The queue board could not be read.") : board.message,
                               board.refused ? MessageBar::Error : MessageBar::Warning);
    else if (m_message->isVisible() && m_message->type() != MessageBar::Positive)
        m_message->hideMessage();

    const QDateTime at = board.at.isValid() ? board.at : QDateTime::currentDateTimeUtc();
    m_updated->setText(board.refused              ? QString()
                       : m_board->rowCount() == 0 ? tr("No open conversations")
                                                  : tr("Double-click a figure for its conversations"));
    emit boardShown(at);
}

void QueueBoardPage::showDrillDown(const DrillDown &drillDown)
{
    m_drill->setDrillDown(drillDown);
    updateDrillDownColumns();
    updateDrillDownTitle();
}

void QueueBoardPage::showFigure(const DrillDown &drillDown, int column)
{
    m_pendingFigure = PendingFigure{drillDown, column};
    if (m_board->rowCount() > 0)
        selectPendingFigure();   // else when the board arrives
    showDrillDown(drillDown);
}

void QueueBoardPage::selectPendingFigure()
{
    if (!m_pendingFigure)
        return;
    const QModelIndex cell = m_board->indexFromDrillDown(m_pendingFigure->drillDown, m_pendingFigure->column);
    m_pendingFigure.reset();
    if (!cell.isValid())
        return;   // not on the board now: the drill-down says so
    if (cell.parent().isValid())
        m_boardView->expand(cell.parent());
    m_boardView->setCurrentIndex(cell);
    m_boardView->scrollTo(cell);
}

void QueueBoardPage::updateDrillDownColumns()
{
    // What tells something about this figure: the channel is the customer's icon; the queue only
    // when the list spans queues; the status only for all open ones; who has them unless nobody
    // does; how long they wait where waiting is the point, else the deadline.
    const DrillDown drill = m_drill->drillDown();
    const QueueFigure figure = drill.figure;
    m_drillView->setColumnHidden(DrillDownModel::ChannelColumn, true);
    m_drillView->setColumnHidden(DrillDownModel::QueueColumn, !drill.queue.isEmpty());
    m_drillView->setColumnHidden(DrillDownModel::StatusColumn, figure != QueueFigure::Open);
    m_drillView->setColumnHidden(DrillDownModel::AssigneeColumn, figure == QueueFigure::Waiting);
    m_drillView->setColumnHidden(DrillDownModel::AgeColumn,
                                 figure != QueueFigure::Waiting && figure != QueueFigure::PendingCustomer);
    m_drillView->setColumnHidden(DrillDownModel::DueColumn, figure == QueueFigure::PendingCustomer);
}

void QueueBoardPage::updateDrillDownTitle()
{
    if (!m_drill->hasDrillDown()) {
        m_drillSection->setTitle(tr("Conversations"));
        m_drillCaption->clear();
        m_drillEmpty->setText(tr("Double-click a figure, or select it and press Enter, to list the conversations "
                                 "behind it."));
        m_drillEmpty->show();
        m_drillView->hide();
        m_drillSection->csvButton()->setEnabled(false);
        return;
    }
    const DrillDown drill = m_drill->drillDown();
    QString where = drill.queue.isEmpty() ? tr("All queues") : InboxText::queue(drill.queue);
    if (drill.channel)
        where = tr("%1, %2", "queue, channel").arg(where, InboxText::channel(*drill.channel));
    m_drillSection->setTitle(tr("%1 · %2", "figure · where").arg(SupervisionText::figure(drill.figure), where));

    const int rows = m_drill->rowCount();
    const QLocale locale;
    switch (m_drill->state()) {
    case DrillDownModel::State::Idle:
    case DrillDownModel::State::Loading:
        m_drillCaption->setText(tr("Loading…"));
        break;
    case DrillDownModel::State::Error:
        m_drillCaption->clear();
        m_drillEmpty->setText(m_drill->errorString());
        break;
    case DrillDownModel::State::Empty:
        m_drillCaption->clear();
        m_drillEmpty->setText(tr("None now. The figures have moved since the board was read."));
        break;
    case DrillDownModel::State::Results:
        m_drillCaption->setText(m_drill->hasMore() ? tr("%1 shown, more as you scroll").arg(locale.toString(rows))
                                                   : tr("%Ln conversation(s)", nullptr, rows));
        break;
    }
    const bool list = m_drill->state() == DrillDownModel::State::Results
                      || (m_drill->state() == DrillDownModel::State::Loading && rows > 0);
    m_drillView->setVisible(list);
    m_drillEmpty->setVisible(!list);
    if (!list && m_drill->state() == DrillDownModel::State::Loading)
        m_drillEmpty->setText(tr("Loading…"));
    m_drillSection->csvButton()->setEnabled(rows > 0);
    if (m_drill->state() == DrillDownModel::State::Results && !m_drillView->currentIndex().isValid() && rows > 0)
        m_drillView->setCurrentIndex(m_drill->index(0, 0));
}

void QueueBoardPage::openCurrentConversation()
{
    const qint64 id = m_drill->conversationIdFromIndex(m_drillView->currentIndex());
    if (id != 0)
        emit openConversationRequested(id);
}

void QueueBoardPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        m_board->retranslate();
        m_drill->retranslate();
    }
    QWidget::changeEvent(event);
}

void QueueBoardPage::retranslateUi()
{
    m_boardSection->setTitle(tr("Queues by channel"));
    m_boardView->setAccessibleName(tr("Queue board"));
    m_drillView->setAccessibleName(tr("Conversations behind the figure"));
    updateDrillDownTitle();
}
