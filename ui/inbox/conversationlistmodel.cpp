#include "conversationlistmodel.h"

#include "services/inboxservice.h"

ConversationListModel::ConversationListModel(InboxService *service, QObject *parent)
    : QAbstractListModel(parent)
    , m_service(service)
{
}

ConversationListModel::~ConversationListModel() = default;

void ConversationListModel::setQuery(const InboxQuery &query)
{
    m_query = query;
    m_query.cursor.clear();
    if (m_query.limit <= 0)
        m_query.limit = PageSize;
    reload();
}

InboxQuery ConversationListModel::query() const
{
    return m_query;
}

void ConversationListModel::reload()
{
    ++m_generation;   // every answer still on its way is now stale
    m_fetchingMore = false;
    m_nextCursor.clear();
    m_hasMore = false;
    m_error.clear();
    // Rows stay on screen until the answer replaces them: no flicker on a reload.
    setState(State::Loading);

    const quint64 generation = m_generation;
    InboxQuery first = m_query;
    first.cursor.clear();
    m_service->conversations(first).then(this, [this, generation](const ConversationPage &page) {
        onFirstPage(generation, page);
    });
}

ConversationListModel::State ConversationListModel::state() const
{
    return m_state;
}

bool ConversationListModel::hasMore() const
{
    return m_hasMore;
}

bool ConversationListModel::isFetchingMore() const
{
    return m_fetchingMore;
}

QString ConversationListModel::errorString() const
{
    return m_error;
}

const ConversationSummary &ConversationListModel::summaryAt(int row) const
{
    return m_rows.at(row);
}

qint64 ConversationListModel::conversationIdFromIndex(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_rows.size())
        return 0;
    return m_rows.at(index.row()).id;
}

QModelIndex ConversationListModel::indexFromConversationId(qint64 conversationId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == conversationId)
            return index(row, 0);
    }
    return QModelIndex();
}

void ConversationListModel::updateSummary(const ConversationSummary &summary)
{
    const QModelIndex at = indexFromConversationId(summary.id);
    if (!at.isValid())
        return;
    m_rows[at.row()] = summary;
    emit dataChanged(at, at);
}

int ConversationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ConversationListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return QVariant();
    const ConversationSummary &s = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return s.customerName;   // the delegate paints the rest straight from summaryAt()
    case Qt::AccessibleTextRole:
        return s.subject.isEmpty() ? s.customerName : s.customerName + QStringLiteral(" — ") + s.subject;
    case Qt::ToolTipRole:
        return s.preview;
    case ConversationIdRole:
        return s.id;
    case CustomerIdRole:
        return s.customerId;
    case ChannelRole:
        return int(s.channel);
    case StatusRole:
        return int(s.status);
    case PriorityRole:
        return int(s.priority);
    case AssigneeRole:
        return s.assignee;
    case SubjectRole:
        return s.subject;
    default:
        break;
    }
    return QVariant();
}

bool ConversationListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_state != State::Loading && m_hasMore && !m_nextCursor.isEmpty()
        && !m_fetchingMore;
}

void ConversationListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;

    m_fetchingMore = true;
    const quint64 generation = m_generation;
    InboxQuery next = m_query;
    next.cursor = m_nextCursor;
    // A finished future runs its continuation inside this call, but views call
    // fetchMore() in the middle of their own layout: insert one turn later.
    m_requestingPage = true;
    m_service->conversations(next).then(this, [this, generation](const ConversationPage &page) {
        if (m_requestingPage) {
            QMetaObject::invokeMethod(
                this, [this, generation, page] { onNextPage(generation, page); }, Qt::QueuedConnection);
            return;
        }
        onNextPage(generation, page);
    });
    m_requestingPage = false;
}

void ConversationListModel::onFirstPage(quint64 generation, const ConversationPage &page)
{
    if (generation != m_generation)
        return;   // stale: the agent switched view or filter since

    beginResetModel();
    m_rows = page.rows;
    m_nextCursor = page.nextCursor;
    m_hasMore = page.hasMore && !page.nextCursor.isEmpty();
    endResetModel();

    if (!page.error.isEmpty()) {
        m_error = page.error;
        setState(State::Error);
    } else {
        setState(m_rows.isEmpty() ? State::Empty : State::Results);
    }
    emit loaded(int(m_rows.size()), m_hasMore);
}

void ConversationListModel::onNextPage(quint64 generation, const ConversationPage &page)
{
    if (generation != m_generation)
        return;

    m_fetchingMore = false;
    if (!page.error.isEmpty()) {
        m_hasMore = false;
        m_error = page.error;
        return;
    }
    if (!page.rows.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows(QModelIndex(), first, first + int(page.rows.size()) - 1);
        m_rows.append(page.rows);
        endInsertRows();
    }
    m_nextCursor = page.nextCursor;
    m_hasMore = page.hasMore && !page.nextCursor.isEmpty();
}

void ConversationListModel::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}
