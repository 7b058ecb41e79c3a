#include "queueboardtiles.h"

#include "figuretile.h"
#include "queueboardmodel.h"
#include "supervisiontext.h"

#include "inbox/inboxtext.h"

#include <QCoreApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLocale>

// The tiles' words were first translated as the queue board's (QueueBoardPage); they keep that
// context so the catalogues keep their translations.

QueueBoardTiles::QueueBoardTiles(const QueueBoardModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_openTile(new FigureTile(this))
    , m_waitingTile(new FigureTile(this))
    , m_oldestTile(new FigureTile(this))
    , m_dueSoonTile(new FigureTile(this))
    , m_breachedTile(new FigureTile(this))
{
    setObjectName(QStringLiteral("queueBoardTiles"));
    m_openTile->setObjectName(QStringLiteral("tileOpen"));
    m_waitingTile->setObjectName(QStringLiteral("tileWaiting"));
    m_oldestTile->setObjectName(QStringLiteral("tileOldestWaiting"));
    m_dueSoonTile->setObjectName(QStringLiteral("tileDueSoon"));
    m_breachedTile->setObjectName(QStringLiteral("tileBreached"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    for (FigureTile *tile : {m_openTile, m_waitingTile, m_oldestTile, m_dueSoonTile, m_breachedTile})
        layout->addWidget(tile, 1);

    if (model) {
        connect(model, &QAbstractItemModel::modelReset, this, &QueueBoardTiles::updateTiles);
        connect(model, &QAbstractItemModel::dataChanged, this, &QueueBoardTiles::updateTiles);   // a new "now"
    }
    retranslateUi();
}

FigureTile *QueueBoardTiles::openTile() const
{
    return m_openTile;
}

FigureTile *QueueBoardTiles::waitingTile() const
{
    return m_waitingTile;
}

FigureTile *QueueBoardTiles::oldestWaitingTile() const
{
    return m_oldestTile;
}

FigureTile *QueueBoardTiles::dueSoonTile() const
{
    return m_dueSoonTile;
}

FigureTile *QueueBoardTiles::breachedTile() const
{
    return m_breachedTile;
}

void QueueBoardTiles::updateTiles()
{
    if (!m_model)
        return;
    const QueueBoardRow totals = m_model->totals();
    const QLocale locale;
    m_openTile->setValue(locale.toString(totals.open()));
    m_openTile->setDetail(QCoreApplication::translate("QueueBoardPage", "%1 in progress · %2 pending")
                              .arg(locale.toString(totals.inProgress), locale.toString(totals.pendingCustomer)));
    m_waitingTile->setValue(locale.toString(totals.waiting));
    m_waitingTile->setDetail(QCoreApplication::translate("QueueBoardPage", "New or not assigned"));
    m_oldestTile->setValue(SupervisionText::age(totals.oldestWaitingSince, m_model->now()));
    // Which queue it is in.
    QString oldestWhere;
    for (const QueueBoardRow &row : m_model->board().rows) {
        if (row.oldestWaitingSince.isValid() && row.oldestWaitingSince == totals.oldestWaitingSince) {
            oldestWhere = QCoreApplication::translate("QueueBoardPage", "%1, %2", "queue, channel")
                              .arg(InboxText::queue(row.queue), InboxText::channel(row.channel));
            break;
        }
    }
    m_oldestTile->setDetail(oldestWhere.isEmpty() ? QCoreApplication::translate("QueueBoardPage", "Nobody is waiting")
                                                  : oldestWhere);
    m_dueSoonTile->setValue(locale.toString(totals.dueSoon));
    m_dueSoonTile->setDetail(QCoreApplication::translate("QueueBoardPage", "Deadline within the hour"));
    m_breachedTile->setValue(locale.toString(totals.breached));
    m_breachedTile->setWarning(totals.breached > 0);
    m_breachedTile->setDetail(totals.open() > 0
                                  ? QCoreApplication::translate("QueueBoardPage", "%1 of open conversations")
                                        .arg(SupervisionText::percent(totals.breached, totals.open()))
                                  : QString());
}

void QueueBoardTiles::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void QueueBoardTiles::retranslateUi()
{
    m_openTile->setCaption(QCoreApplication::translate("QueueBoardPage", "Open conversations"));
    m_waitingTile->setCaption(SupervisionText::figure(QueueFigure::Waiting));
    m_oldestTile->setCaption(QCoreApplication::translate("QueueBoardPage", "Oldest waiting"));
    m_dueSoonTile->setCaption(SupervisionText::figure(QueueFigure::DueSoon));
    m_breachedTile->setCaption(QCoreApplication::translate("QueueBoardPage", "Breached SLA"));
    updateTiles();
}
