#pragma once

#include "domain/customer.h"

#include <QAbstractTableModel>
#include <QList>
#include <QString>

class CustomerService;
struct SearchPage;

/// @short Lookup results as a table, fetched page by page from CustomerService.
///
/// Every setQuery() starts a new generation; an answer that belongs to an
/// older generation or to other text is dropped, so results never jump back
/// to what the agent typed a keystroke ago. Rows stay on screen until the
/// newer answer replaces them (no flicker while typing). Further pages come
/// through canFetchMore()/fetchMore(), one page in flight at a time.
class CustomerSearchModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Name,
        CustomerNumber,
        Cards,
        City,
        Status,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        CustomerIdRole = Qt::UserRole + 1,   ///< qint64
        BadgesRole,                          ///< int, CustomerSummary::Badge flags
        TierRole                             ///< int, LoyaltyTier
    };
    Q_ENUM(Role)

    enum class State {
        Idle,        ///< nothing typed
        Searching,   ///< the first page of a new query is on its way
        Results,
        Empty,
        Error
    };
    Q_ENUM(State)

    static constexpr int PageSize = 50;

    explicit CustomerSearchModel(CustomerService *service, QObject *parent = nullptr);
    ~CustomerSearchModel() override;

    /// Starts a search for @p text (trimmed); an empty text clears the results.
    void setQuery(const QString &text);
    QString query() const;

    State state() const;
    bool isBusy() const;
    bool hasMore() const;
    QString errorString() const;

    /// While blocked, canFetchMore() is false: lets a view lay out without paging (see CustomerResultsView).
    void setFetchMoreBlocked(bool blocked);

    /// Re-creates the translated texts after a language change.
    void retranslate();

    qint64 customerIdFromIndex(const QModelIndex &index) const;
    QModelIndex indexFromCustomerId(qint64 customerId, int column = Name) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    /// The first page of @p text is in the model (also when it is empty).
    void searchFinished(const QString &text, int rowCount, bool hasMore);
    void errorChanged(const QString &error);
    void stateChanged(CustomerSearchModel::State state);
    void busyChanged(bool busy);

private:
    struct Row
    {
        CustomerSummary summary;
        QString cardsText;    ///< "•••• 1234 +1", made once, not in data()
        QString statusText;   ///< "Locked card, Overdue", for tooltips and accessibility
    };

    void onFirstPage(quint64 generation, const SearchPage &page);
    void onNextPage(quint64 generation, const SearchPage &page);
    Row makeRow(const CustomerSummary &summary) const;
    QString statusTextFor(const CustomerSummary &summary) const;
    void setState(State state);
    void setBusy(bool busy);
    void setError(const QString &error);

    CustomerService *m_service = nullptr;
    QList<Row> m_rows;
    QString m_query;
    QString m_nextCursor;
    QString m_error;
    quint64 m_generation = 0;
    State m_state = State::Idle;
    bool m_hasMore = false;
    bool m_busy = false;
    bool m_fetchingMore = false;
    bool m_fetchMoreBlocked = false;
    bool m_requestingPage = false;
};
