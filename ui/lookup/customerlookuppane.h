#pragma once

#include <QWidget>

class CustomerResultDelegate;
class CustomerResultsView;
class CustomerSearchModel;
class CustomerService;
class CustomerView;
class QLabel;
class QLineEdit;
class QModelIndex;
class QSplitter;
class QStackedWidget;
class QTimer;
class QTreeView;

/// @short The Customers area: search on the left, the chosen customer on the right.
///
/// Searches on every keystroke (the service answers in milliseconds and the
/// model drops stale answers). Keyboard first: Down moves from the search
/// field into the results, Enter opens, Escape clears.
class CustomerLookupPane : public QWidget
{
    Q_OBJECT

public:
    explicit CustomerLookupPane(CustomerService *service, QWidget *parent = nullptr);
    ~CustomerLookupPane() override;

    /// Focuses the search field and selects its text (Ctrl+F).
    void focusSearch();

    /// Puts @p text in the search field, as if typed.
    void setSearchText(const QString &text);

    /// Makes the first result current, which shows it on the right.
    bool selectFirstResult();

    /// Screen pop for an incoming call: searches @p phoneNumber and opens the
    /// customer when exactly one matches; otherwise leaves the results (none
    /// or several) in front of the agent with the number filled in.
    void screenPop(const QString &phoneNumber);

    CustomerSearchModel *model() const;
    CustomerView *customerView() const;

Q_SIGNALS:
    /// The first page of results for @p text is on screen.
    void resultsShown(const QString &text, int rowCount);
    /// The agent opened a customer (Enter or double click).
    void customerOpened(qint64 customerId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QWidget *createSearchSide();
    QWidget *createMessagePage();
    void retranslateUi();
    void updateStatePresentation();
    void updateCaption();
    void onCurrentRowChanged(const QModelIndex &current);
    void openIndex(const QModelIndex &index);
    void openCurrentOrFirst();
    void moveIntoResults();
    void clearSearch();

    CustomerSearchModel *m_model = nullptr;
    CustomerResultDelegate *m_delegate = nullptr;
    QSplitter *m_splitter = nullptr;
    QLineEdit *m_searchEdit = nullptr;
    QLabel *m_caption = nullptr;
    QStackedWidget *m_resultsStack = nullptr;
    CustomerResultsView *m_resultsView = nullptr;
    QWidget *m_messagePage = nullptr;
    QLabel *m_messageIcon = nullptr;
    QLabel *m_messageTitle = nullptr;
    QLabel *m_messageBody = nullptr;
    QTimer *m_busyDelay = nullptr;
    CustomerView *m_customerView = nullptr;
    QString m_pendingScreenPop;
};
