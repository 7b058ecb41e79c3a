#pragma once

#include "domain/supervision.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

/// @short The agents' live figures as a table; conversations dropped on a row are to be reassigned to that agent.
///
/// A drop (DrillDownModel::ConversationIdsMimeType) does not assign anything
/// itself: it emits reassignRequested() and the page runs the command, so a
/// drop and the keyboard take the same path.
class AgentBoardModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        AgentColumn,
        PresenceColumn,
        QueuesColumn,
        OpenColumn,
        BreachedColumn,
        HandledTodayColumn,
        FirstResponseColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        RawRole = Qt::UserRole,           ///< the value for export
        UsernameRole = Qt::UserRole + 1   ///< QString
    };
    Q_ENUM(Role)

    explicit AgentBoardModel(QObject *parent = nullptr);

    /// Keeps rows (and so the selection) of agents still on the board.
    void setBoard(const AgentBoard &board);
    const AgentBoard &board() const;
    void retranslate();

    const AgentFigure &agentAt(int row) const;   ///< row must be valid
    QModelIndex indexFromUsername(const QString &username) const;
    /// Display names by user name.
    QHash<QString, QString> names() const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    Qt::DropActions supportedDropActions() const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

Q_SIGNALS:
    /// Conversations were dropped on @p username's row.
    void reassignRequested(const QList<qint64> &conversationIds, const QString &username);

private:
    int targetRow(int row, const QModelIndex &parent) const;

    AgentBoard m_board;
};
