#include "customersearchmodel.h"

#include "common/displaytext.h"

#include "services/customerservice.h"

#include <QStringList>

CustomerSearchModel::CustomerSearchModel(CustomerService *service, QObject *parent)
    : QAbstractTableModel(parent)
    , m_service(service)
{
}

CustomerSearchModel::~CustomerSearchModel() = default;

void CustomerSearchModel::setQuery(const QString &text)
{
    const QString query = text.trimmed();
    if (query == m_query && m_state != State::Error)
        return;

    m_query = query;
    ++m_generation;           // every answer still on its way is now stale
    m_fetchingMore = false;
    m_nextCursor.clear();
    m_hasMore = false;
    setError(QString());

    if (m_query.isEmpty()) {
        if (!m_rows.isEmpty()) {
            beginResetModel();
            m_rows.clear();
            endResetModel();
        }
        setBusy(false);
        setState(State::Idle);
        return;
    }

    setBusy(true);
    setState(State::Searching);
    const quint64 generation = m_generation;
    m_service->search(SearchRequest{m_query, QString(), PageSize})
        .then(this, [this, generation](const SearchPage &page) { onFirstPage(generation, page); });
}

QString CustomerSearchModel::query() const
{
    return m_query;
}

CustomerSearchModel::State CustomerSearchModel::state() const
{
    return m_state;
}

bool CustomerSearchModel::isBusy() const
{
    return m_busy;
}

bool CustomerSearchModel::hasMore() const
{
    return m_hasMore;
}

QString CustomerSearchModel::errorString() const
{
    return m_error;
}

void CustomerSearchModel::setFetchMoreBlocked(bool blocked)
{
    m_fetchMoreBlocked = blocked;
}

void CustomerSearchModel::retranslate()
{
    for (Row &row : m_rows)
        row.statusText = statusTextFor(row.summary);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

qint64 CustomerSearchModel::customerIdFromIndex(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_rows.size())
        return 0;
    return m_rows.at(index.row()).summary.id;
}

QModelIndex CustomerSearchModel::indexFromCustomerId(qint64 customerId, int column) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).summary.id == customerId)
            return index(row, column);
    }
    return QModelIndex();
}

int CustomerSearchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CustomerSearchModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CustomerSearchModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return QVariant();

    const Row &row = m_rows.at(index.row());
    const CustomerSummary &s = row.summary;

    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return s.name;
        case CustomerNumber:
            return s.customerNumber;
        case Cards:
            return row.cardsText;
        case City:
            return s.city;
        case Status:
            return row.statusText;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == Status && !row.statusText.isEmpty())
            return row.statusText;
        if (index.column() == Cards && !s.cardLast4s.isEmpty())
            return s.cardLast4s;
        break;
    case CustomerIdRole:
        return s.id;
    case BadgesRole:
        return s.badges;
    case TierRole:
        return int(s.tier);
    default:
        break;
    }
    return QVariant();
}

QVariant CustomerSearchModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);

    switch (section) {
    case Name:
        return tr("Name");
    case CustomerNumber:
        return tr("Customer no.");
    case Cards:
        return tr("Cards");
    case City:
        return tr("City");
    case Status:
        return tr("Status");
    }
    return QVariant();
}

bool CustomerSearchModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_hasMore && !m_nextCursor.isEmpty() && !m_busy && !m_fetchingMore
        && !m_fetchMoreBlocked;
}

void CustomerSearchModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;

    m_fetchingMore = true;
    const quint64 generation = m_generation;
    // A finished future runs its continuation at once, inside this call.
    // Views call fetchMore() in the middle of their own layout or reset, so
    // rows are never inserted from in here: such an answer waits one turn
    // of the event loop.
    m_requestingPage = true;
    m_service->search(SearchRequest{m_query, m_nextCursor, PageSize})
        .then(this, [this, generation](const SearchPage &page) {
            if (m_requestingPage) {
                QMetaObject::invokeMethod(
                    this, [this, generation, page] { onNextPage(generation, page); }, Qt::QueuedConnection);
                return;
            }
            onNextPage(generation, page);
        });
    m_requestingPage = false;
}

void CustomerSearchModel::onFirstPage(quint64 generation, const SearchPage &page)
{
    // Stale: the agent typed on, or the service skipped it for a newer one.
    if (generation != m_generation || page.text != m_query || page.superseded)
        return;

    setBusy(false);

    QList<Row> rows;
    rows.reserve(page.rows.size());
    for (const CustomerSummary &summary : page.rows)
        rows.append(makeRow(summary));

    beginResetModel();
    m_rows = std::move(rows);
    m_nextCursor = page.nextCursor;
    m_hasMore = page.hasMore && !page.nextCursor.isEmpty();
    endResetModel();

    if (!page.error.isEmpty()) {
        setError(page.error);
        setState(State::Error);
    } else {
        setState(m_rows.isEmpty() ? State::Empty : State::Results);
    }
    emit searchFinished(m_query, int(m_rows.size()), m_hasMore);
}

void CustomerSearchModel::onNextPage(quint64 generation, const SearchPage &page)
{
    if (generation != m_generation || page.text != m_query)
        return;

    m_fetchingMore = false;
    if (page.superseded)
        return;
    if (!page.error.isEmpty()) {
        m_hasMore = false;
        setError(page.error);
        return;
    }

    if (!page.rows.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows(QModelIndex(), first, first + int(page.rows.size()) - 1);
        m_rows.reserve(m_rows.size() + page.rows.size());
        for (const CustomerSummary &summary : page.rows)
            m_rows.append(makeRow(summary));
        endInsertRows();
    }
    m_nextCursor = page.nextCursor;
    m_hasMore = page.hasMore && !page.nextCursor.isEmpty();
}

CustomerSearchModel::Row CustomerSearchModel::makeRow(const CustomerSummary &summary) const
{
    Row row;
    row.summary = summary;

    const QStringList fours = summary.cardLast4s.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    // Last fours as the caller reads them out: "4021 · 7715", then "+n".
    if (!fours.isEmpty()) {
        row.cardsText = fours.mid(0, 2).join(QStringLiteral(" · "));
        if (fours.size() > 2)
            row.cardsText += QStringLiteral(" +%1").arg(fours.size() - 2);
    }
    row.statusText = statusTextFor(summary);
    return row;
}

QString CustomerSearchModel::statusTextFor(const CustomerSummary &summary) const
{
    QStringList parts;
    if (summary.badges & CustomerSummary::HasBlockedCard)
        parts << tr("Blocked card");
    if (summary.badges & CustomerSummary::HasLockedCard)
        parts << tr("Locked card");
    if (summary.badges & CustomerSummary::Overdue)
        parts << tr("Overdue");
    if (summary.tier == LoyaltyTier::Gold || summary.tier == LoyaltyTier::Platinum)
        parts << DisplayText::tier(summary.tier);
    return parts.join(QStringLiteral(", "));
}

void CustomerSearchModel::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void CustomerSearchModel::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    emit busyChanged(busy);
}

void CustomerSearchModel::setError(const QString &error)
{
    if (m_error == error)
        return;
    m_error = error;
    emit errorChanged(error);
}
