#include "drilldownmodel.h"

#include "supervisiontext.h"

#include "common/icons.h"
#include "common/theme.h"
#include "inbox/inboxtext.h"

#include "services/supervisionservice.h"

#include <QDataStream>
#include <QIODevice>
#include <QMimeData>

const QLatin1StringView DrillDownModel::ConversationIdsMimeType("application/x-carddesk-conversation-ids");

DrillDownModel::DrillDownModel(SupervisionService *service, QObject *parent)
    : QAbstractTableModel(parent)
    , m_service(service)
    , m_now(QDateTime::currentDateTimeUtc())
{
}

DrillDownModel::~DrillDownModel() = default;

void DrillDownModel::setDrillDown(const DrillDown &drillDown)
{
    m_drillDown = drillDown;
    m_hasDrillDown = true;
    reload();
}

DrillDown DrillDownModel::drillDown() const
{
    return m_drillDown;
}

bool DrillDownModel::hasDrillDown() const
{
    return m_hasDrillDown;
}

void DrillDownModel::reload()
{
    if (!m_hasDrillDown)
        return;
    const quint64 generation = ++m_generation;
    m_fetching = false;
    m_state = State::Loading;
    m_error.clear();
    emit stateChanged();
    request(generation, true);
}

void DrillDownModel::clear()
{
    ++m_generation;
    beginResetModel();
    m_rows.clear();
    m_hasDrillDown = false;
    m_hasMore = false;
    m_fetching = false;
    m_nextCursor.clear();
    endResetModel();
    m_state = State::Idle;
    emit stateChanged();
}

void DrillDownModel::request(quint64 generation, bool firstPage)
{
    if (!m_service)
        return;
    m_fetching = true;
    const QString cursor = firstPage ? QString() : m_nextCursor;
    QFuture<ConversationPage> future = m_service->drillDown(m_drillDown, cursor, PageSize);
    future.then(this, [this, generation, firstPage](const ConversationPage &page) {
        if (generation != m_generation)
            return;   // a newer drill-down has started
        m_nextCursor = page.nextCursor;
        m_hasMore = page.hasMore && page.error.isEmpty();
        m_error = page.error;
        // Still "fetching" while the rows go in, so a view (or a tester) asking
        // for more from inside the insertion does not fetch the same page again.
        if (firstPage) {
            beginResetModel();
            m_rows = page.rows;
            endResetModel();
        } else if (!page.rows.isEmpty()) {
            beginInsertRows(QModelIndex(), int(m_rows.size()), int(m_rows.size() + page.rows.size() - 1));
            m_rows.append(page.rows);
            endInsertRows();
        }
        m_fetching = false;
        if (firstPage) {
            m_state = !page.error.isEmpty() ? State::Error : m_rows.isEmpty() ? State::Empty : State::Results;
            emit stateChanged();
            emit loaded(int(m_rows.size()), m_hasMore);
        }
    });
}

void DrillDownModel::setAgentNames(const QHash<QString, QString> &names)
{
    m_agentNames = names;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, AssigneeColumn), index(rowCount() - 1, AssigneeColumn));
}

void DrillDownModel::setNow(const QDateTime &now)
{
    m_now = now;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, AgeColumn), index(rowCount() - 1, DueColumn));
}

void DrillDownModel::retranslate()
{
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

DrillDownModel::State DrillDownModel::state() const
{
    return m_state;
}

QString DrillDownModel::errorString() const
{
    return m_error;
}

bool DrillDownModel::hasMore() const
{
    return m_hasMore;
}

const ConversationSummary &DrillDownModel::summaryAt(int row) const
{
    return m_rows.at(row);
}

qint64 DrillDownModel::conversationIdFromIndex(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_rows.size())
        return 0;
    return m_rows.at(index.row()).id;
}

QModelIndex DrillDownModel::indexFromConversationId(qint64 id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id)
            return index(row, 0);
    }
    return QModelIndex();
}

QByteArray DrillDownModel::encodeIds(const QList<qint64> &ids)
{
    QByteArray data;
    QDataStream stream(&data, QIODevice::WriteOnly);
    stream << ids;
    return data;
}

QList<qint64> DrillDownModel::decodeIds(const QByteArray &data)
{
    QList<qint64> ids;
    QDataStream stream(data);
    stream >> ids;
    if (stream.status() != QDataStream::Ok)
        return {};
    return ids;
}

QString DrillDownModel::assigneeName(const QString &username) const
{
    if (username.isEmpty())
        return tr("Unassigned");
    return m_agentNames.value(username, username);
}

int DrillDownModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DrillDownModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DrillDownModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return QVariant();
    const ConversationSummary &row = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case CustomerColumn:
            return row.customerName.isEmpty() ? tr("Unknown sender") : row.customerName;
        case SubjectColumn:
            return row.subject.isEmpty() ? row.preview : row.subject;
        case ChannelColumn:
            return InboxText::channel(row.channel);
        case QueueColumn:
            return InboxText::queue(row.queue);
        case StatusColumn:
            return InboxText::status(row.status);
        case AssigneeColumn:
            return assigneeName(row.assignee);
        case AgeColumn:
            return SupervisionText::age(row.createdAt, m_now);
        case DueColumn: {
            const QString countdown = InboxText::countdown(row, m_now);
            return countdown.isEmpty() ? SupervisionText::none() : countdown;
        }
        default:
            break;
        }
        return QVariant();
    case RawRole:
        switch (column) {
        case AssigneeColumn:
            return row.assignee;
        case AgeColumn:
            return row.createdAt;
        case DueColumn: {
            const QDateTime due = InboxText::activeDue(row);
            return due.isValid() ? QVariant(due) : QVariant();
        }
        default:
            return data(index, Qt::DisplayRole);
        }
    case ConversationIdRole:
        return row.id;
    case Qt::DecorationRole:
        // The channel's icon beside the customer, as in the inbox list.
        if (column == ChannelColumn || column == CustomerColumn)
            return Icons::channel(row.channel);
        return QVariant();
    case Qt::ForegroundRole:
        if (column == DueColumn)
            return InboxText::urgencyColour(InboxText::urgency(row, m_now));
        if (column == AssigneeColumn && row.assignee.isEmpty())
            return Theme::mutedText();
        if (column == AgeColumn)
            return Theme::mutedText();
        return QVariant();
    case Qt::ToolTipRole:
        if (column == SubjectColumn)
            return row.preview.isEmpty() ? QVariant() : QVariant(row.preview);
        if (column == CustomerColumn)
            return InboxText::channel(row.channel);
        if (column == DueColumn) {
            const QDateTime due = InboxText::activeDue(row);
            return due.isValid() ? QVariant(QLocale().toString(due.toLocalTime(), QLocale::ShortFormat)) : QVariant();
        }
        return QVariant();
    case Qt::TextAlignmentRole:
        if (column == AgeColumn || column == DueColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    default:
        break;
    }
    return QVariant();
}

QVariant DrillDownModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QVariant();
    if (role == Qt::TextAlignmentRole)
        return section == AgeColumn || section == DueColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                            : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    if (role == RawRole) {
        if (section == AgeColumn)
            return tr("Came in");
        if (section == DueColumn)
            return tr("Due");
        if (section == AssigneeColumn)
            return tr("Assignee (user name)");
        return QVariant();
    }
    if (role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case CustomerColumn:
        return tr("Customer");
    case SubjectColumn:
        return tr("Subject");
    case ChannelColumn:
        return tr("Channel");
    case QueueColumn:
        return tr("Queue");
    case StatusColumn:
        return tr("Status");
    case AssigneeColumn:
        return tr("Assignee");
    case AgeColumn:
        return tr("Age", "how long ago the conversation came in");
    case DueColumn:
        return tr("SLA", "time left until the SLA deadline");
    default:
        break;
    }
    return QVariant();
}

Qt::ItemFlags DrillDownModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled | Qt::ItemNeverHasChildren;
}

bool DrillDownModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_hasMore && !m_fetching && m_state == State::Results;
}

void DrillDownModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    request(m_generation, false);
}

QStringList DrillDownModel::mimeTypes() const
{
    return {QString(ConversationIdsMimeType)};
}

QMimeData *DrillDownModel::mimeData(const QModelIndexList &indexes) const
{
    QList<qint64> ids;
    for (const QModelIndex &index : indexes) {
        const qint64 id = conversationIdFromIndex(index);
        if (id != 0 && !ids.contains(id))
            ids.append(id);
    }
    if (ids.isEmpty())
        return nullptr;
    auto *mime = new QMimeData;
    mime->setData(QString(ConversationIdsMimeType), encodeIds(ids));
    return mime;
}

Qt::DropActions DrillDownModel::supportedDragActions() const
{
    return Qt::MoveAction;
}
