#include "agentboardmodel.h"

#include "drilldownmodel.h"
#include "supervisiontext.h"
#include "supervisionviews.h"

#include "common/theme.h"
#include "inbox/inboxtext.h"

#include <QFont>
#include <QGuiApplication>
#include <QLocale>
#include <QMimeData>

AgentBoardModel::AgentBoardModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void AgentBoardModel::setBoard(const AgentBoard &board)
{
    QList<AgentFigure> agents = board.refused ? QList<AgentFigure>() : board.agents;
    // Same agents in the same order: update in place so the selection and the current row stay.
    bool sameRows = agents.size() == m_board.agents.size();
    for (int i = 0; sameRows && i < agents.size(); ++i)
        sameRows = agents.at(i).username == m_board.agents.at(i).username;
    if (sameRows) {
        m_board = board;
        m_board.agents = agents;
        if (!agents.isEmpty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_board = board;
    m_board.agents = agents;
    endResetModel();
}

const AgentBoard &AgentBoardModel::board() const
{
    return m_board;
}

void AgentBoardModel::retranslate()
{
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

const AgentFigure &AgentBoardModel::agentAt(int row) const
{
    return m_board.agents.at(row);
}

QModelIndex AgentBoardModel::indexFromUsername(const QString &username) const
{
    for (int row = 0; row < m_board.agents.size(); ++row) {
        if (m_board.agents.at(row).username == username)
            return index(row, 0);
    }
    return QModelIndex();
}

QHash<QString, QString> AgentBoardModel::names() const
{
    QHash<QString, QString> names;
    for (const AgentFigure &agent : m_board.agents)
        names.insert(agent.username, agent.displayName.isEmpty() ? agent.username : agent.displayName);
    return names;
}

int AgentBoardModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_board.agents.size());
}

int AgentBoardModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AgentBoardModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_board.agents.size())
        return QVariant();
    const AgentFigure &agent = m_board.agents.at(index.row());
    const int column = index.column();
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case AgentColumn:
            return agent.displayName.isEmpty() ? agent.username : agent.displayName;
        case PresenceColumn:
            return SupervisionText::presence(agent.presence);
        case QueuesColumn: {
            QStringList queues;
            for (const QString &queue : agent.queues)
                queues.append(InboxText::queue(queue));
            return queues.join(tr(", ", "between queue names"));
        }
        case OpenColumn:
            return locale.toString(agent.open);
        case BreachedColumn:
            return locale.toString(agent.breached);
        case HandledTodayColumn:
            return locale.toString(agent.handledToday);
        case FirstResponseColumn:
            return SupervisionText::duration(agent.averageFirstResponseSeconds);
        default:
            break;
        }
        return QVariant();
    case RawRole:
        switch (column) {
        case PresenceColumn:
            return SupervisionNames::presenceName(agent.presence);
        case OpenColumn:
            return agent.open;
        case BreachedColumn:
            return agent.breached;
        case HandledTodayColumn:
            return agent.handledToday;
        case FirstResponseColumn:
            return agent.averageFirstResponseSeconds >= 0 ? QVariant(agent.averageFirstResponseSeconds / 60.0)
                                                          : QVariant();
        default:
            return data(index, Qt::DisplayRole);
        }
    case UsernameRole:
        return agent.username;
    case Qt::DecorationRole:
        if (column == PresenceColumn)
            return SupervisionText::presenceIcon(agent.presence);
        return QVariant();
    case Qt::FontRole:
        if (column == AgentColumn || (column == BreachedColumn && agent.breached > 0)) {
            QFont font = QGuiApplication::font();
            font.setWeight(column == AgentColumn ? QFont::DemiBold : QFont::Bold);
            return font;
        }
        return QVariant();
    case Qt::ForegroundRole:
        if (column == BreachedColumn && agent.breached > 0)
            return Theme::warning();
        if ((column == BreachedColumn && agent.breached == 0) || (column == OpenColumn && agent.open == 0)
            || (column == HandledTodayColumn && agent.handledToday == 0)
            || (column == FirstResponseColumn && agent.averageFirstResponseSeconds < 0))
            return QColor(0xA3, 0xAD, 0xB3);
        if (column == PresenceColumn || column == QueuesColumn)
            return Theme::mutedText();
        return QVariant();
    case Qt::TextAlignmentRole:
        if (column >= OpenColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (column == AgentColumn) {
            const QString role = agent.role == Agent::RoleSupervisor ? tr("Supervisor") : tr("Agent");
            return tr("%1 (%2), %3. Drop conversations here to reassign them.")
                .arg(agent.username, role, SupervisionText::presence(agent.presence));
        }
        if (column == PresenceColumn && agent.presenceSince.isValid())
            return tr("Since %1").arg(locale.toString(agent.presenceSince.toLocalTime(), QLocale::ShortFormat));
        if (column == FirstResponseColumn && agent.firstResponsesToday > 0)
            return tr("Average over %n first response(s) today, in SLA time", nullptr, agent.firstResponsesToday);
        return QVariant();
    default:
        break;
    }
    return QVariant();
}

QVariant AgentBoardModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QVariant();
    if (role == Qt::TextAlignmentRole)
        return section >= OpenColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                     : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    if (role == RawRole && section == FirstResponseColumn)
        return tr("Average first response today (minutes)");
    if (role == RawRole && section == PresenceColumn)
        return tr("Presence");
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case OpenColumn:
            return tr("Open conversations assigned to the agent");
        case BreachedColumn:
            return tr("Of those, past the SLA deadline that applies now");
        case HandledTodayColumn:
            return tr("Resolved or closed by the agent since midnight");
        case FirstResponseColumn:
            return tr("Average time to the first response today, in SLA time");
        default:
            return QVariant();
        }
    }
    if (role == RawRole)
        return headerData(section, orientation, Qt::DisplayRole)
            .toString()
            .replace(QLatin1Char('\n'), QLatin1Char(' '));
    if (role != Qt::DisplayRole)
        return QVariant();
    // Figures' headers on two lines, so the columns stay narrow in every language.
    using SupervisionViews::twoLines;
    switch (section) {
    case AgentColumn:
        return tr("Agent");
    case PresenceColumn:
        return tr("Presence");
    case QueuesColumn:
        return tr("Queues");
    case OpenColumn:
        return tr("Open", "open conversations");
    case BreachedColumn:
        return tr("Breached", "past the SLA deadline");
    case HandledTodayColumn:
        return twoLines(tr("Handled today"));
    case FirstResponseColumn:
        return twoLines(tr("Avg. first response"));
    default:
        break;
    }
    return QVariant();
}

Qt::ItemFlags AgentBoardModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDropEnabled | Qt::ItemNeverHasChildren;
}

QStringList AgentBoardModel::mimeTypes() const
{
    return {QString(DrillDownModel::ConversationIdsMimeType)};
}

Qt::DropActions AgentBoardModel::supportedDropActions() const
{
    return Qt::MoveAction | Qt::CopyAction;
}

int AgentBoardModel::targetRow(int row, const QModelIndex &parent) const
{
    // Dropped on an item: the item's row. Between rows is no agent.
    if (parent.isValid() && parent.model() == this)
        return parent.row();
    Q_UNUSED(row)
    return -1;
}

bool AgentBoardModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                      const QModelIndex &parent) const
{
    Q_UNUSED(column)
    if (!data || !(action & (Qt::MoveAction | Qt::CopyAction)))
        return false;
    if (!data->hasFormat(QString(DrillDownModel::ConversationIdsMimeType)))
        return false;
    const int target = targetRow(row, parent);
    return target >= 0 && target < m_board.agents.size();
}

bool AgentBoardModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                   const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const QList<qint64> ids = DrillDownModel::decodeIds(data->data(QString(DrillDownModel::ConversationIdsMimeType)));
    if (ids.isEmpty())
        return false;
    emit reassignRequested(ids, m_board.agents.at(targetRow(row, parent)).username);
    // The conversations leave the source list when the command has gone through and the
    // lists reload; DrillDownModel has no removeRows(), so a move drag removes nothing itself.
    return true;
}
