#pragma once

#include "domain/supervision.h"

#include <QAbstractItemModel>
#include <QByteArray>
#include <QDateTime>
#include <QList>

#include <optional>

/// @short The live queue board as a tree: each queue with its subtotals, its channels below it, and a totals row.
///
/// Every figure cell can be drilled into (drillDownAt()): a channel's cell
/// lists that queue and channel, a queue's cell the whole queue, the totals'
/// cell every queue. Ages ("2 h 14 min") are computed against now(), the
/// time of the figures, which setNow() moves.
class QueueBoardModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,   ///< the queue, or the channel under it
        WaitingColumn,
        InProgressColumn,
        PendingColumn,
        OldestWaitingColumn,
        DueSoonColumn,
        BreachedColumn,
        OpenColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        RawRole = Qt::UserRole,   ///< the value for export: numbers, full names, minutes
        IsTotalRole = Qt::UserRole + 1,
        QueueRole = Qt::UserRole + 2   ///< QString, the queue's stored name; empty on the totals row
    };
    Q_ENUM(Role)

    explicit QueueBoardModel(QObject *parent = nullptr);

    void setBoard(const QueueBoard &board);
    const QueueBoard &board() const;
    void setNow(const QDateTime &now);
    QDateTime now() const;
    /// Prepares the texts again (after a language change).
    void retranslate();

    /// The totals over every queue and channel.
    QueueBoardRow totals() const;
    /// The queues in board order.
    QStringList queues() const;

    QModelIndex queueIndex(const QString &queue, int column = 0) const;
    QModelIndex channelIndex(const QString &queue, Channel channel, int column = 0) const;
    QModelIndex totalIndex(int column = 0) const;
    bool isTotal(const QModelIndex &index) const;

    /// What double-clicking @p index lists; nullopt for no cell.
    std::optional<DrillDown> drillDownAt(const QModelIndex &index) const;
    /// The cell of @p column on the row @p drillDown names (its queue and channel, a queue, or
    /// the totals); invalid when that row is not on the board. The inverse of drillDownAt().
    QModelIndex indexFromDrillDown(const DrillDown &drillDown, int column) const;
    /// Which figure @p column counts (the name column: every open one).
    static QueueFigure figureOfColumn(int column);

    /// The board as a flat CSV: queue, channel and the figures, a subtotal per queue, the totals.
    QByteArray toCsv() const;

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    struct Queue
    {
        QString name;
        QueueBoardRow subtotal;
        QList<QueueBoardRow> channels;
    };

    /// The figures of the row at @p index (a channel, a queue's subtotal or the totals).
    const QueueBoardRow *rowAt(const QModelIndex &index) const;
    static int figure(const QueueBoardRow &row, int column);
    static void add(QueueBoardRow *sum, const QueueBoardRow &row);

    QueueBoard m_board;
    QList<Queue> m_queues;
    QueueBoardRow m_totals;
    QDateTime m_now;
};
