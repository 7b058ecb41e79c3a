#include "auditentrymodel.h"

#include "audittext.h"

#include "common/icons.h"
#include "common/theme.h"

#include <algorithm>

AuditEntryModel::AuditEntryModel(AuditService *service, QObject *parent)
    : QAbstractTableModel(parent)
    , m_service(service)
{
}

AuditEntryModel::~AuditEntryModel() = default;

void AuditEntryModel::setFilter(const AuditFilter &filter, qint64 beforeSeq)
{
    beginResetModel();
    m_filter = filter;
    m_startBeforeSeq = qMax<qint64>(0, beforeSeq);
    m_rows.clear();
    m_nextBeforeSeq = 0;
    ++m_generation;
    m_fetching = false;
    m_state = State::Loading;
    m_message.clear();
    m_field = AuditPage::NoField;
    m_retryable = false;
    endResetModel();
    emit stateChanged();
    requestPage();
}

AuditFilter AuditEntryModel::filter() const
{
    return m_filter;
}

qint64 AuditEntryModel::startBeforeSeq() const
{
    return m_startBeforeSeq;
}

void AuditEntryModel::reload()
{
    setFilter(m_filter, m_startBeforeSeq);
}

void AuditEntryModel::setAgentNames(const QHash<QString, QString> &names)
{
    m_agentNames = names;
    retranslate();
}

void AuditEntryModel::setBrokenSeq(qint64 seq)
{
    const QModelIndex before = indexFromSeq(m_brokenSeq);
    m_brokenSeq = seq;
    const QModelIndex after = indexFromSeq(seq);
    for (const QModelIndex &index : {before, after}) {
        if (index.isValid())
            emit dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    }
}

qint64 AuditEntryModel::brokenSeq() const
{
    return m_brokenSeq;
}

AuditEntryModel::State AuditEntryModel::state() const
{
    return m_state;
}

QString AuditEntryModel::message() const
{
    return m_message;
}

AuditPage::Field AuditEntryModel::field() const
{
    return m_field;
}

bool AuditEntryModel::isRetryable() const
{
    return m_retryable;
}

bool AuditEntryModel::hasMore() const
{
    return m_nextBeforeSeq > 0;
}

bool AuditEntryModel::isCapped() const
{
    return hasMore() && m_rows.size() >= MaxRows;
}

const AuditEntry &AuditEntryModel::entryAt(int row) const
{
    return m_rows.at(row).entry;
}

QModelIndex AuditEntryModel::indexFromSeq(qint64 seq) const
{
    if (seq <= 0 || m_rows.isEmpty())
        return {};
    // Rows are in descending seq order: binary search.
    const auto it = std::lower_bound(m_rows.cbegin(), m_rows.cend(), seq,
                                     [](const Row &row, qint64 value) { return row.entry.seq > value; });
    if (it == m_rows.cend() || it->entry.seq != seq)
        return {};
    return index(int(it - m_rows.cbegin()), 0);
}

QString AuditEntryModel::agentName(const QString &username) const
{
    const QString name = m_agentNames.value(username);
    return name.isEmpty() ? username : name;
}

int AuditEntryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AuditEntryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditEntryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const bool broken = m_brokenSeq > 0 && row.entry.seq == m_brokenSeq;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return row.time;
        case AgentColumn:
            return row.agent;
        case ActionColumn:
            return row.action;
        case SubjectColumn:
            return row.subject;
        case DetailsColumn:
            return row.summary;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == ActionColumn)
            return row.entry.action;
        if (index.column() == AgentColumn)
            return row.entry.agent;
        if (broken && index.column() == TimeColumn)
            return tr("The chain check found this entry broken.");
        break;
    case Qt::DecorationRole:
        if (broken && index.column() == TimeColumn) {
            static const QIcon icon = Icons::statusIcon(Icons::Status::Error, Theme::danger());
            return icon;
        }
        break;
    case Qt::ForegroundRole:
        if (broken)
            return Theme::danger();
        if (index.column() == TimeColumn || index.column() == DetailsColumn)
            return Theme::mutedText();
        break;
    case SeqRole:
        return row.entry.seq;
    case ActionRole:
        return row.entry.action;
    case AgentRole:
        return row.entry.agent;
    }
    return {};
}

QVariant AuditEntryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case AgentColumn:
        return tr("Agent");
    case ActionColumn:
        return tr("Action");
    case SubjectColumn:
        return tr("Subject");
    case DetailsColumn:
        return tr("Details");
    }
    return {};
}

bool AuditEntryModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && hasMore() && !m_fetching && !m_inserting && m_rows.size() < MaxRows;
}

void AuditEntryModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        requestPage();
}

void AuditEntryModel::requestPage()
{
    if (!m_service || m_fetching)
        return;
    m_fetching = true;
    const bool firstPage = m_rows.isEmpty() && m_nextBeforeSeq == 0;
    const qint64 before = firstPage ? m_startBeforeSeq : m_nextBeforeSeq;
    const quint64 generation = m_generation;
    m_service->entries(m_filter, before, PageSize).then(this, [this, generation, firstPage](const AuditPage &page) {
        if (generation != m_generation)
            return;   // the filter changed meanwhile
        m_fetching = false;
        if (page.refused || (firstPage && !page.message.isEmpty())) {
            m_state = page.refused ? State::Refused : State::Empty;
            m_message = page.message;
            m_field = page.field;
            m_retryable = page.retryable;
            m_nextBeforeSeq = 0;
            emit stateChanged();
            emit pageLoaded(firstPage);
            return;
        }
        m_nextBeforeSeq = page.nextBeforeSeq;
        if (!page.entries.isEmpty()) {
            QList<Row> rows;
            rows.reserve(page.entries.size());
            for (const AuditEntry &entry : page.entries)
                rows.append(prepare(entry));
            // No fetch from inside the insertion: an answer that is ready at
            // once would be inserted in the middle of this one.
            m_inserting = true;
            beginInsertRows(QModelIndex(), int(m_rows.size()), int(m_rows.size() + rows.size() - 1));
            m_rows.append(std::move(rows));
            endInsertRows();
            m_inserting = false;
        }
        const State state = m_rows.isEmpty() ? State::Empty : State::Results;
        if (state != m_state || firstPage) {
            m_state = state;
            emit stateChanged();
        }
        emit pageLoaded(firstPage);
    });
}

AuditEntryModel::Row AuditEntryModel::prepare(const AuditEntry &entry) const
{
    Row row;
    row.entry = entry;
    row.time = AuditText::time(entry.at);
    row.agent = agentName(entry.agent);
    row.action = AuditText::action(entry.action);
    row.subject = AuditText::subject(entry);
    row.summary = AuditText::summary(entry);
    return row;
}

void AuditEntryModel::retranslate()
{
    if (m_rows.isEmpty())
        return;
    for (Row &row : m_rows)
        row = prepare(row.entry);
    emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}
