#pragma once

#include "domain/supervision.h"

#include <QDateTime>
#include <QHash>
#include <QPointer>
#include <QSet>
#include <QWidget>

#include <optional>

class DrillDownModel;
class ExportableSection;
class MessageBar;
class QLabel;
class QSplitter;
class QTreeView;
class QueueBoardModel;
class QueueBoardTiles;
class SupervisionService;

/// @short The live queue board: headline figures, queue × channel table, and the conversations behind a figure.
///
/// Double-click or Enter on a figure lists its conversations beside the
/// board (SupervisionService::drillDown, paged); Enter or double-click on
/// one of them asks for it to be opened in the inbox. refresh() reloads the
/// board and the open drill-down; the workspace calls it on figuresChanged()
/// and every 30 seconds.
class QueueBoardPage : public QWidget
{
    Q_OBJECT

public:
    explicit QueueBoardPage(SupervisionService *service, QWidget *parent = nullptr);
    ~QueueBoardPage() override;

    void refresh();
    /// Lists the conversations behind @p drillDown beside the board.
    void showDrillDown(const DrillDown &drillDown);
    /// Selects the cell of @p column that @p drillDown counts (now, or when the board arrives)
    /// and lists its conversations, as a double-click on it would.
    void showFigure(const DrillDown &drillDown, int column);
    void setAgentNames(const QHash<QString, QString> &names);

    QueueBoardModel *boardModel() const;
    QTreeView *boardView() const;
    QueueBoardTiles *tiles() const;
    DrillDownModel *drillDownModel() const;
    QTreeView *drillDownView() const;
    bool isLoading() const;

Q_SIGNALS:
    /// The board is on screen with figures of @p at (also when refused: see the message bar).
    void boardShown(const QDateTime &at);
    void openConversationRequested(qint64 conversationId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void onBoard(const QueueBoard &board);
    void selectPendingFigure();
    void updateDrillDownTitle();
    void updateDrillDownColumns();
    void openCurrentConversation();

    QPointer<SupervisionService> m_service;
    QueueBoardModel *m_board = nullptr;
    DrillDownModel *m_drill = nullptr;
    MessageBar *m_message = nullptr;
    QueueBoardTiles *m_tiles = nullptr;
    ExportableSection *m_boardSection = nullptr;
    ExportableSection *m_drillSection = nullptr;
    QTreeView *m_boardView = nullptr;
    QTreeView *m_drillView = nullptr;
    QLabel *m_updated = nullptr;
    QLabel *m_drillCaption = nullptr;
    QLabel *m_drillEmpty = nullptr;
    QSplitter *m_splitter = nullptr;
    quint64 m_generation = 0;
    qint64 m_keepConversation = 0;
    QSet<QString> m_collapsed;   ///< queues the supervisor folded
    struct PendingFigure
    {
        DrillDown drillDown;
        int column = 0;
    };
    std::optional<PendingFigure> m_pendingFigure;   ///< showFigure() before the board arrived
    bool m_loading = false;
};
