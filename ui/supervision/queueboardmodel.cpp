#include "queueboardmodel.h"

#include "supervisiontext.h"
#include "supervisionviews.h"

#include "common/csvexporter.h"
#include "common/icons.h"
#include "common/theme.h"
#include "inbox/inboxtext.h"

#include <QFont>
#include <QGuiApplication>
#include <QLocale>

namespace {
/// internalId of a channel row: its queue's row + 1; of a top-level row: 0.
constexpr quintptr TopLevel = 0;
} // namespace

QueueBoardModel::QueueBoardModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_now(QDateTime::currentDateTimeUtc())
{
}

void QueueBoardModel::add(QueueBoardRow *sum, const QueueBoardRow &row)
{
    sum->waiting += row.waiting;
    sum->inProgress += row.inProgress;
    sum->pendingCustomer += row.pendingCustomer;
    sum->dueSoon += row.dueSoon;
    sum->breached += row.breached;
    if (row.oldestWaitingSince.isValid()
        && (!sum->oldestWaitingSince.isValid() || row.oldestWaitingSince < sum->oldestWaitingSince))
        sum->oldestWaitingSince = row.oldestWaitingSince;
}

void QueueBoardModel::setBoard(const QueueBoard &board)
{
    beginResetModel();
    m_board = board;
    if (m_board.refused)
        m_board.rows.clear();
    m_queues.clear();
    m_totals = QueueBoardRow();
    for (const QueueBoardRow &row : std::as_const(m_board.rows)) {
        if (m_queues.isEmpty() || m_queues.last().name != row.queue) {
            Queue queue;
            queue.name = row.queue;
            queue.subtotal.queue = row.queue;
            m_queues.append(queue);
        }
        m_queues.last().channels.append(row);
        add(&m_queues.last().subtotal, row);
        add(&m_totals, row);
    }
    if (board.at.isValid())
        m_now = board.at;
    endResetModel();
}

const QueueBoard &QueueBoardModel::board() const
{
    return m_board;
}

void QueueBoardModel::setNow(const QDateTime &now)
{
    m_now = now;
    if (m_queues.isEmpty())
        return;
    emit dataChanged(index(0, OldestWaitingColumn), index(rowCount() - 1, OldestWaitingColumn));
    for (int row = 0; row < m_queues.size(); ++row) {
        const QModelIndex parent = index(row, 0);
        emit dataChanged(index(0, OldestWaitingColumn, parent),
                         index(rowCount(parent) - 1, OldestWaitingColumn, parent));
    }
}

QDateTime QueueBoardModel::now() const
{
    return m_now;
}

void QueueBoardModel::retranslate()
{
    if (!m_queues.isEmpty()) {
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        for (int row = 0; row < m_queues.size(); ++row) {
            const QModelIndex parent = index(row, 0);
            emit dataChanged(index(0, 0, parent), index(rowCount(parent) - 1, ColumnCount - 1, parent));
        }
    }
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

QueueBoardRow QueueBoardModel::totals() const
{
    return m_totals;
}

QStringList QueueBoardModel::queues() const
{
    QStringList names;
    for (const Queue &queue : m_queues)
        names.append(queue.name);
    return names;
}

QModelIndex QueueBoardModel::queueIndex(const QString &queue, int column) const
{
    for (int row = 0; row < m_queues.size(); ++row) {
        if (m_queues.at(row).name == queue)
            return index(row, column);
    }
    return QModelIndex();
}

QModelIndex QueueBoardModel::channelIndex(const QString &queue, Channel channel, int column) const
{
    const QModelIndex parent = queueIndex(queue);
    if (!parent.isValid())
        return QModelIndex();
    const QList<QueueBoardRow> &channels = m_queues.at(parent.row()).channels;
    for (int row = 0; row < channels.size(); ++row) {
        if (channels.at(row).channel == channel)
            return index(row, column, parent);
    }
    return QModelIndex();
}

QModelIndex QueueBoardModel::totalIndex(int column) const
{
    return m_queues.isEmpty() ? QModelIndex() : index(int(m_queues.size()), column);
}

bool QueueBoardModel::isTotal(const QModelIndex &index) const
{
    return index.isValid() && index.internalId() == TopLevel && index.row() == m_queues.size();
}

QueueFigure QueueBoardModel::figureOfColumn(int column)
{
    switch (column) {
    case WaitingColumn:
    case OldestWaitingColumn:
        return QueueFigure::Waiting;
    case InProgressColumn:
        return QueueFigure::InProgress;
    case PendingColumn:
        return QueueFigure::PendingCustomer;
    case DueSoonColumn:
        return QueueFigure::DueSoon;
    case BreachedColumn:
        return QueueFigure::Breached;
    default:
        break;
    }
    return QueueFigure::Open;
}

std::optional<DrillDown> QueueBoardModel::drillDownAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || !rowAt(index))
        return std::nullopt;
    DrillDown drill;
    drill.figure = figureOfColumn(index.column());
    if (isTotal(index))
        return drill;
    if (index.internalId() == TopLevel) {
        drill.queue = m_queues.at(index.row()).name;
        return drill;
    }
    const Queue &queue = m_queues.at(int(index.internalId() - 1));
    drill.queue = queue.name;
    drill.channel = queue.channels.at(index.row()).channel;
    return drill;
}

QModelIndex QueueBoardModel::indexFromDrillDown(const DrillDown &drillDown, int column) const
{
    if (drillDown.queue.isEmpty())
        return drillDown.channel ? QModelIndex() : totalIndex(column);   // the totals have no channel rows
    if (drillDown.channel)
        return channelIndex(drillDown.queue, *drillDown.channel, column);
    return queueIndex(drillDown.queue, column);
}

const QueueBoardRow *QueueBoardModel::rowAt(const QModelIndex &index) const
{
    if (!index.isValid())
        return nullptr;
    if (index.internalId() == TopLevel) {
        if (index.row() < m_queues.size())
            return &m_queues.at(index.row()).subtotal;
        return index.row() == m_queues.size() ? &m_totals : nullptr;
    }
    const int queue = int(index.internalId() - 1);
    if (queue >= m_queues.size() || index.row() >= m_queues.at(queue).channels.size())
        return nullptr;
    return &m_queues.at(queue).channels.at(index.row());
}

int QueueBoardModel::figure(const QueueBoardRow &row, int column)
{
    switch (column) {
    case WaitingColumn:
        return row.waiting;
    case InProgressColumn:
        return row.inProgress;
    case PendingColumn:
        return row.pendingCustomer;
    case DueSoonColumn:
        return row.dueSoon;
    case BreachedColumn:
        return row.breached;
    case OpenColumn:
        return row.open();
    default:
        break;
    }
    return 0;
}

QModelIndex QueueBoardModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return QModelIndex();
    if (!parent.isValid())
        return row < rowCount() ? createIndex(row, column, TopLevel) : QModelIndex();
    if (parent.internalId() != TopLevel || parent.row() >= m_queues.size())
        return QModelIndex();
    if (row >= m_queues.at(parent.row()).channels.size())
        return QModelIndex();
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex QueueBoardModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == TopLevel)
        return QModelIndex();
    return createIndex(int(child.internalId() - 1), 0, TopLevel);
}

int QueueBoardModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return m_queues.isEmpty() ? 0 : int(m_queues.size()) + 1;   // the queues and the totals
    if (parent.column() != 0 || parent.internalId() != TopLevel || parent.row() >= m_queues.size())
        return 0;
    return int(m_queues.at(parent.row()).channels.size());
}

int QueueBoardModel::columnCount(const QModelIndex &parent) const
{
    Q_UNUSED(parent)
    return ColumnCount;
}

Qt::ItemFlags QueueBoardModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.internalId() != TopLevel || isTotal(index))
        flags |= Qt::ItemNeverHasChildren;
    return flags;
}

QVariant QueueBoardModel::data(const QModelIndex &index, int role) const
{
    const QueueBoardRow *figures = rowAt(index);
    if (!figures)
        return QVariant();
    const QueueBoardRow &row = *figures;
    const bool total = isTotal(index);
    const bool queueRow = index.internalId() == TopLevel && !total;
    const int column = index.column();
    const bool isFigure = column != NameColumn && column != OldestWaitingColumn;

    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn:
            if (total)
                return tr("All queues");
            return queueRow ? InboxText::queue(row.queue) : InboxText::channel(row.channel);
        case OldestWaitingColumn:
            return SupervisionText::age(row.oldestWaitingSince, m_now);
        default:
            return QLocale().toString(figure(row, column));
        }
    case RawRole:
        switch (column) {
        case NameColumn:
            return data(index, Qt::DisplayRole);
        case OldestWaitingColumn:
            return row.oldestWaitingSince.isValid() ? QVariant(row.oldestWaitingSince.secsTo(m_now) / 60) : QVariant();
        default:
            return figure(row, column);
        }
    case IsTotalRole:
        return total;
    case QueueRole:
        return total ? QString() : row.queue;
    case Qt::DecorationRole:
        if (column == NameColumn && !total && !queueRow)
            return Icons::channel(row.channel);
        return QVariant();
    case Qt::TextAlignmentRole:
        if (column != NameColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::FontRole:
        if (total || queueRow || (column == BreachedColumn && row.breached > 0)) {
            QFont font = QGuiApplication::font();
            font.setWeight(total || (column == BreachedColumn && row.breached > 0) ? QFont::Bold : QFont::DemiBold);
            return font;
        }
        return QVariant();
    case Qt::ForegroundRole:
        if (column == BreachedColumn && row.breached > 0)
            return Theme::warning();
        if ((isFigure && figure(row, column) == 0)
            || (column == OldestWaitingColumn && !row.oldestWaitingSince.isValid()))
            return QColor(0xA3, 0xAD, 0xB3);   // zeros recede
        return QVariant();
    case Qt::BackgroundRole:
        if (total)
            return QColor(0xEE, 0xF3, 0xF3);
        if (queueRow)
            return Theme::alternateSurface();
        return QVariant();
    case Qt::ToolTipRole: {
        const QString where =
            total ? tr("all queues")
            : queueRow
                ? InboxText::queue(row.queue)
                : tr("%1, %2", "queue, channel").arg(InboxText::queue(row.queue), InboxText::channel(row.channel));
        return tr("%1 in %2. Double-click or press Enter to list them.")
            .arg(SupervisionText::figure(figureOfColumn(column)), where);
    }
    case Qt::AccessibleTextRole:
        return data(index, Qt::DisplayRole);
    default:
        break;
    }
    return QVariant();
}

QVariant QueueBoardModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QVariant();
    if (role == Qt::TextAlignmentRole)
        return section != NameColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                     : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    if (role == RawRole) {
        // The file's header: one line, with the unit where the value needs one.
        if (section == OldestWaitingColumn)
            return tr("Oldest waiting (minutes)");
        return headerData(section, orientation, Qt::DisplayRole)
            .toString()
            .replace(QLatin1Char('\n'), QLatin1Char(' '));
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case WaitingColumn:
            return tr("New, or not assigned to anyone yet");
        case InProgressColumn:
            return tr("Assigned to an agent, open or on hold");
        case PendingColumn:
            return tr("Waiting for the customer's answer");
        case OldestWaitingColumn:
            return tr("How long the oldest waiting conversation has waited");
        case DueSoonColumn:
            return tr("The SLA deadline that applies now falls within the next hour");
        case BreachedColumn:
            return tr("The SLA deadline that applies now has passed");
        case OpenColumn:
            return tr("Waiting, in progress and pending customer together");
        default:
            return QVariant();
        }
    }
    if (role != Qt::DisplayRole)
        return QVariant();
    // Figures' headers on two lines, so the columns stay narrow in every language.
    using SupervisionViews::twoLines;
    switch (section) {
    case NameColumn:
        return tr("Queue");
    case WaitingColumn:
        return twoLines(SupervisionText::figure(QueueFigure::Waiting));
    case InProgressColumn:
        return twoLines(SupervisionText::figure(QueueFigure::InProgress));
    case PendingColumn:
        return twoLines(SupervisionText::figure(QueueFigure::PendingCustomer));
    case OldestWaitingColumn:
        return twoLines(tr("Oldest waiting"));
    case DueSoonColumn:
        return twoLines(SupervisionText::figure(QueueFigure::DueSoon));
    case BreachedColumn:
        return twoLines(SupervisionText::figure(QueueFigure::Breached));
    case OpenColumn:
        return twoLines(SupervisionText::figure(QueueFigure::Open));
    default:
        break;
    }
    return QVariant();
}

QByteArray QueueBoardModel::toCsv() const
{
    CsvExporter csv;
    QStringList header{tr("Queue"), tr("Channel")};
    for (int column = WaitingColumn; column < ColumnCount; ++column)
        header.append(headerData(column, Qt::Horizontal, RawRole).toString());
    csv.setHeader(header);
    const auto addRow = [this, &csv](const QString &queue, const QString &channel, const QueueBoardRow &row) {
        QVariantList values{queue, channel};
        for (int column = WaitingColumn; column < ColumnCount; ++column) {
            if (column == OldestWaitingColumn)
                values.append(row.oldestWaitingSince.isValid() ? QVariant(row.oldestWaitingSince.secsTo(m_now) / 60)
                                                               : QVariant());
            else
                values.append(figure(row, column));
        }
        csv.addRow(values);
    };
    for (const Queue &queue : m_queues) {
        for (const QueueBoardRow &row : queue.channels)
            addRow(InboxText::queue(queue.name), InboxText::channel(row.channel), row);
        addRow(InboxText::queue(queue.name), tr("All channels"), queue.subtotal);
    }
    if (!m_queues.isEmpty())
        addRow(tr("All queues"), tr("All channels"), m_totals);
    return csv.toUtf8();
}
