#pragma once

#include <QDateTime>
#include <QStyledItemDelegate>

class ConversationListModel;

/// @short Paints one inbox row: channel, customer, subject and preview, topics, assignee, SLA countdown.
///
/// Reads the row straight from ConversationListModel::summaryAt() (no
/// QVariant copies). The countdown is computed against now(), which the view's
/// one timer advances with setNow() before it repaints the viewport.
class ConversationDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit ConversationDelegate(const ConversationListModel *model, QObject *parent = nullptr);

    void setNow(const QDateTime &now);
    QDateTime now() const;

    /// The username painted as "Me".
    void setCurrentAgent(const QString &username);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    const ConversationListModel *m_model = nullptr;
    QDateTime m_now;
    QString m_agent;
};
