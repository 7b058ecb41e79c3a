#pragma once

#include "domain/conversation.h"
#include "domain/inboxquery.h"

#include <QAbstractListModel>
#include <QList>
#include <QString>

class InboxService;

/// @short One inbox view as a list, fetched page by page (keyset paging) from InboxService.
///
/// As CustomerSearchModel: every setQuery() starts a new generation and an
/// answer of an older generation is dropped; further pages come through
/// canFetchMore()/fetchMore(), one page in flight at a time. data() only
/// reads prepared rows; the delegate paints straight from summaryAt().
class ConversationListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        ConversationIdRole = Qt::UserRole + 1,   ///< qint64
        CustomerIdRole,                          ///< qint64
        ChannelRole,                             ///< int, Channel
        StatusRole,                              ///< int, ConversationStatus
        PriorityRole,                            ///< int, Priority
        AssigneeRole,                            ///< QString
        SubjectRole                              ///< QString
    };
    Q_ENUM(Role)

    enum class State {
        Loading,     ///< the first page of a new query is on its way
        Results,
        Empty,
        Error
    };
    Q_ENUM(State)

    static constexpr int PageSize = 100;

    explicit ConversationListModel(InboxService *service, QObject *parent = nullptr);
    ~ConversationListModel() override;

    /// Starts loading @p query from its first page (the cursor is ignored).
    void setQuery(const InboxQuery &query);
    InboxQuery query() const;
    /// Loads the current query again from the first page (after a change).
    void reload();

    State state() const;
    bool hasMore() const;
    bool isFetchingMore() const;
    QString errorString() const;

    const ConversationSummary &summaryAt(int row) const;   ///< row must be valid
    qint64 conversationIdFromIndex(const QModelIndex &index) const;
    QModelIndex indexFromConversationId(qint64 conversationId) const;
    /// Replaces the row of @p summary's conversation, if it is listed.
    void updateSummary(const ConversationSummary &summary);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    /// The first page of the current query is in the model (also when empty or failed).
    void loaded(int rowCount, bool hasMore);
    void stateChanged(ConversationListModel::State state);

private:
    void onFirstPage(quint64 generation, const ConversationPage &page);
    void onNextPage(quint64 generation, const ConversationPage &page);
    void setState(State state);

    InboxService *m_service = nullptr;
    InboxQuery m_query;
    QList<ConversationSummary> m_rows;
    QString m_nextCursor;
    QString m_error;
    quint64 m_generation = 0;
    State m_state = State::Loading;
    bool m_hasMore = false;
    bool m_fetchingMore = false;
    bool m_requestingPage = false;
};
