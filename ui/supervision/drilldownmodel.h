#pragma once

#include "domain/inboxquery.h"
#include "domain/supervision.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QPointer>

class SupervisionService;

/// @short The conversations behind one figure (SupervisionService::drillDown), fetched page by page.
///
/// Like ConversationListModel: setDrillDown() starts a new generation and an
/// answer of an older one is dropped; further pages come through
/// canFetchMore()/fetchMore(), one in flight at a time. Rows can be dragged
/// (ConversationIdsMimeType) onto an agent to reassign them.
class DrillDownModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        CustomerColumn,
        SubjectColumn,
        ChannelColumn,
        QueueColumn,
        StatusColumn,
        AssigneeColumn,
        AgeColumn,
        DueColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        RawRole = Qt::UserRole,                 ///< the value for export
        ConversationIdRole = Qt::UserRole + 1   ///< qint64
    };
    Q_ENUM(Role)

    enum class State {
        Idle,   ///< nothing asked yet
        Loading,
        Results,
        Empty,
        Error
    };
    Q_ENUM(State)

    static constexpr int PageSize = 100;
    static const QLatin1StringView ConversationIdsMimeType;

    explicit DrillDownModel(SupervisionService *service, QObject *parent = nullptr);
    ~DrillDownModel() override;

    void setDrillDown(const DrillDown &drillDown);
    DrillDown drillDown() const;
    bool hasDrillDown() const;
    /// The same drill-down again from its first page (after a change).
    void reload();
    void clear();

    /// Display names by user name, for the assignee column.
    void setAgentNames(const QHash<QString, QString> &names);
    void setNow(const QDateTime &now);
    void retranslate();

    State state() const;
    QString errorString() const;
    bool hasMore() const;

    const ConversationSummary &summaryAt(int row) const;   ///< row must be valid
    qint64 conversationIdFromIndex(const QModelIndex &index) const;
    QModelIndex indexFromConversationId(qint64 id) const;

    /// Conversation ids as the drag carries them, and back.
    static QByteArray encodeIds(const QList<qint64> &ids);
    static QList<qint64> decodeIds(const QByteArray &data);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override;

Q_SIGNALS:
    /// The first page of the current drill-down is in (also when empty or failed).
    void loaded(int rowCount, bool hasMore);
    void stateChanged();

private:
    void request(quint64 generation, bool firstPage);
    QString assigneeName(const QString &username) const;

    QPointer<SupervisionService> m_service;
    DrillDown m_drillDown;
    bool m_hasDrillDown = false;
    QList<ConversationSummary> m_rows;
    QHash<QString, QString> m_agentNames;
    QString m_nextCursor;
    QString m_error;
    quint64 m_generation = 0;
    State m_state = State::Idle;
    bool m_hasMore = false;
    bool m_fetching = false;
    QDateTime m_now;
};
