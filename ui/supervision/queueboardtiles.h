#pragma once

#include <QPointer>
#include <QWidget>

class FigureTile;
class QueueBoardModel;

/// @short The queue board's headline figures: open, waiting, oldest waiting, due soon, breached.
///
/// A row of FigureTile over a QueueBoardModel; the tiles follow the model
/// (a new board, a new "now") by themselves. The queue board and the
/// overview both show it, over their own models.
class QueueBoardTiles : public QWidget
{
    Q_OBJECT

public:
    explicit QueueBoardTiles(const QueueBoardModel *model, QWidget *parent = nullptr);

    FigureTile *openTile() const;
    FigureTile *waitingTile() const;
    FigureTile *oldestWaitingTile() const;
    FigureTile *dueSoonTile() const;
    FigureTile *breachedTile() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateTiles();

    QPointer<const QueueBoardModel> m_model;
    FigureTile *m_openTile = nullptr;
    FigureTile *m_waitingTile = nullptr;
    FigureTile *m_oldestTile = nullptr;
    FigureTile *m_dueSoonTile = nullptr;
    FigureTile *m_breachedTile = nullptr;
};
