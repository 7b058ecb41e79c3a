#pragma once

#include "services/auditservice.h"

#include <QFutureWatcher>
#include <QPointer>
#include <QWidget>

class AuditEntryDetails;
class AuditEntryModel;
class AuditFilterBar;
class MessageBar;
class QLabel;
class QProgressBar;
class QPushButton;
class QTreeView;

/// @short The supervisor's audit log: filters, a lazily paged list, the entry in full, and the chain check.
///
/// A tool window of its own beside the main window. Everything comes from
/// AuditService, which refuses anyone but a supervisor; the viewer then
/// says so and offers nothing else.
class AuditViewer : public QWidget
{
    Q_OBJECT

public:
    explicit AuditViewer(AuditService *service, QWidget *parent = nullptr);
    ~AuditViewer() override;

    /// Shows the viewer of @p parent's window, creating it the first time.
    static AuditViewer *showFor(AuditService *service, QWidget *parent);

    AuditEntryModel *model() const;
    AuditFilterBar *filterBar() const;
    QTreeView *view() const;
    MessageBar *messageBar() const;

    /// Starts the chain check (nothing when one is running).
    void checkChain();
    void cancelChainCheck();
    bool isCheckingChain() const;
    /// Lists the log from just above entry @p seq, without filters, and selects it.
    void showEntry(qint64 seq);
    /// The entries on screen (those loaded for the current filters) as CSV (CsvExporter).
    QByteArray entriesCsv() const;
    /// Asks where to save entriesCsv() and writes it off the GUI thread; the outcome shows in the message bar.
    void exportCsv();

Q_SIGNALS:
    /// The first page of the current filters is on screen (or was refused).
    void entriesShown(int rows);
    void chainChecked(const AuditChainReport &report);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void applyFilters();
    void loadChoices();
    void onPageLoaded(bool firstPage);
    void onCurrentChanged();
    void onChainCheckFinished();
    void updateFooter();
    void setChecking(bool checking);

    QPointer<AuditService> m_service;
    AuditEntryModel *m_model = nullptr;
    AuditFilterBar *m_filters = nullptr;
    MessageBar *m_message = nullptr;
    QTreeView *m_view = nullptr;
    AuditEntryDetails *m_details = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    QLabel *m_footer = nullptr;
    QPushButton *m_showNewest = nullptr;
    QPushButton *m_check = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_cancel = nullptr;
    QProgressBar *m_progress = nullptr;
    QFutureWatcher<AuditChainReport> m_chainWatcher;
    AuditChainReport m_lastReport;
    qint64 m_selectAfterLoad = 0;
    bool m_refused = false;
    bool m_checking = false;   ///< until the result is shown, not only computed
};
