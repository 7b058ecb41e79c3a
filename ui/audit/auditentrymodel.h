#pragma once

#include "services/auditservice.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QString>

/// @short The filtered audit log as a table, fetched page by page (keyset paging).
///
/// setFilter() starts a new generation; an answer for an older one is
/// dropped. Further pages come through canFetchMore()/fetchMore(), one in
/// flight at a time, up to MaxRows (narrower filters reach older entries).
/// Display texts are prepared when a page arrives, so data() only reads.
class AuditEntryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        TimeColumn,
        AgentColumn,
        ActionColumn,
        SubjectColumn,
        DetailsColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        SeqRole = Qt::UserRole + 1,   ///< qint64
        ActionRole,                   ///< QString, as stored
        AgentRole                     ///< QString, user name
    };
    Q_ENUM(Role)

    enum class State {
        Idle,        ///< no filter set yet
        Loading,     ///< the first page of a new filter is on its way
        Results,
        Empty,
        Refused      ///< see message() and field()
    };
    Q_ENUM(State)

    static constexpr int PageSize = 200;
    static constexpr int MaxRows = 20000;

    explicit AuditEntryModel(AuditService *service, QObject *parent = nullptr);
    ~AuditEntryModel() override;

    /// Loads entries matching @p filter, newest first; from the entries
    /// below @p beforeSeq only when it is above 0 (to show an older entry).
    void setFilter(const AuditFilter &filter, qint64 beforeSeq = 0);
    AuditFilter filter() const;
    qint64 startBeforeSeq() const;
    void reload();

    /// Display names by user name ("Riikka Nurmi" for riikka.nurmi).
    void setAgentNames(const QHash<QString, QString> &names);
    /// The entry the chain check found broken: marked in the table. 0: none.
    void setBrokenSeq(qint64 seq);
    qint64 brokenSeq() const;
    /// Prepares the display texts again (after a language change).
    void retranslate();

    State state() const;
    QString message() const;
    AuditPage::Field field() const;
    /// The refusal is for now only (offline): the same filter may be read later.
    bool isRetryable() const;
    bool hasMore() const;
    bool isCapped() const;     ///< MaxRows reached with more to come

    const AuditEntry &entryAt(int row) const;   ///< row must be valid
    QModelIndex indexFromSeq(qint64 seq) const;
    QString agentName(const QString &username) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    /// A page arrived (or was refused); @p firstPage for the first of a filter.
    void pageLoaded(bool firstPage);
    void stateChanged();

private:
    struct Row
    {
        AuditEntry entry;
        QString time;
        QString agent;
        QString action;
        QString subject;
        QString summary;
    };

    void requestPage();
    Row prepare(const AuditEntry &entry) const;

    QPointer<AuditService> m_service;
    AuditFilter m_filter;
    qint64 m_startBeforeSeq = 0;
    QList<Row> m_rows;
    QHash<QString, QString> m_agentNames;
    qint64 m_nextBeforeSeq = 0;
    qint64 m_brokenSeq = 0;
    quint64 m_generation = 0;
    bool m_fetching = false;
    bool m_inserting = false;
    State m_state = State::Idle;
    QString m_message;
    AuditPage::Field m_field = AuditPage::NoField;
    bool m_retryable = false;
};
