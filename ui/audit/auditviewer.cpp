#include "auditviewer.h"

#include "auditentrydetails.h"
#include "auditentrymodel.h"
#include "auditfilterbar.h"
#include "audittext.h"

#include "common/csvexporter.h"
#include "common/exportsaver.h"
#include "common/icons.h"
#include "common/messagebar.h"
#include "common/theme.h"

#include <QDateTime>
#include <QDir>
#include <QEvent>
#include <QJsonDocument>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

AuditViewer::AuditViewer(AuditService *service, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_service(service)
    , m_model(new AuditEntryModel(service, this))
    , m_filters(new AuditFilterBar(this))
    , m_message(new MessageBar(this))
    , m_view(new QTreeView(this))
    , m_details(new AuditEntryDetails(this))
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_footer(new QLabel(this))
    , m_showNewest(new QPushButton(this))
    , m_check(new QPushButton(this))
    , m_export(new QPushButton(this))
    , m_cancel(new QPushButton(this))
    , m_progress(new QProgressBar(this))
{
    setObjectName(QStringLiteral("auditViewer"));
    setWindowIcon(Icons::application());
    setAutoFillBackground(true);
    QPalette background = palette();
    background.setColor(QPalette::Window, Theme::window());
    setPalette(background);
    resize(1320, 820);

    m_title->setProperty("role", QStringLiteral("emptyTitle"));
    m_subtitle->setProperty("role", QStringLiteral("muted"));
    m_check->setObjectName(QStringLiteral("auditCheckChain"));
    m_check->setProperty("primary", true);
    m_export->setObjectName(QStringLiteral("auditExportCsv"));
    m_cancel->setObjectName(QStringLiteral("auditCancelCheck"));
    m_cancel->setProperty("link", true);
    m_cancel->hide();
    m_progress->setObjectName(QStringLiteral("auditCheckProgress"));
    m_progress->setTextVisible(false);
    m_progress->setFixedWidth(180);
    m_progress->hide();
    m_footer->setObjectName(QStringLiteral("auditFooter"));
    m_footer->setProperty("role", QStringLiteral("caption"));
    m_showNewest->setObjectName(QStringLiteral("auditShowNewest"));
    m_showNewest->setProperty("link", true);
    m_showNewest->hide();
    m_message->setObjectName(QStringLiteral("auditMessage"));
    m_message->hide();

    m_view->setObjectName(QStringLiteral("auditEntries"));
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setStyleSheet(QStringLiteral("QTreeView::item { padding: 3px 0; }"));
    m_view->setTextElideMode(Qt::ElideRight);
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(true);
    header->setSectionsMovable(false);
    header->setMinimumSectionSize(48);
    header->resizeSection(AuditEntryModel::TimeColumn, 158);
    header->resizeSection(AuditEntryModel::AgentColumn, 140);
    header->resizeSection(AuditEntryModel::ActionColumn, 205);
    header->resizeSection(AuditEntryModel::SubjectColumn, 175);

    auto *detailsFrame = new QFrame(this);
    detailsFrame->setObjectName(QStringLiteral("section"));
    auto *detailsLayout = new QVBoxLayout(detailsFrame);
    detailsLayout->setContentsMargins(1, 1, 1, 1);
    detailsLayout->addWidget(m_details);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("auditSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->setHandleWidth(10);
    splitter->addWidget(m_view);
    splitter->addWidget(detailsFrame);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({900, 420});
    // The handle is spacing here, not a line.
    splitter->setStyleSheet(QStringLiteral("QSplitter::handle { background: transparent; }"));

    auto *titles = new QVBoxLayout;
    titles->setSpacing(2);
    titles->addWidget(m_title);
    titles->addWidget(m_subtitle);
    auto *top = new QHBoxLayout;
    top->addLayout(titles, 1);
    top->addWidget(m_progress, 0, Qt::AlignVCenter);
    top->addWidget(m_cancel, 0, Qt::AlignVCenter);
    top->addWidget(m_export, 0, Qt::AlignVCenter);
    top->addWidget(m_check, 0, Qt::AlignVCenter);

    auto *footer = new QHBoxLayout;
    footer->addWidget(m_footer);
    footer->addWidget(m_showNewest);
    footer->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 12);
    layout->setSpacing(12);
    layout->addLayout(top);
    layout->addWidget(m_filters);
    layout->addWidget(m_message);
    layout->addWidget(splitter, 1);
    layout->addLayout(footer);

    connect(m_filters, &AuditFilterBar::filterChanged, this, &AuditViewer::applyFilters);
    connect(m_model, &AuditEntryModel::pageLoaded, this, &AuditViewer::onPageLoaded);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_details->showNothing();
        updateFooter();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AuditViewer::onCurrentChanged);
    connect(m_check, &QPushButton::clicked, this, &AuditViewer::checkChain);
    connect(m_cancel, &QPushButton::clicked, this, &AuditViewer::cancelChainCheck);
    connect(m_export, &QPushButton::clicked, this, &AuditViewer::exportCsv);
    connect(m_showNewest, &QPushButton::clicked, this, [this] {
        m_selectAfterLoad = 0;
        m_model->setFilter(m_filters->filter());
    });
    connect(m_message, &MessageBar::actionTriggered, this, [this] {
        if (m_lastReport.entryToShow > 0)
            showEntry(m_lastReport.entryToShow);
    });
    connect(&m_chainWatcher, &QFutureWatcherBase::progressRangeChanged, m_progress, &QProgressBar::setRange);
    connect(&m_chainWatcher, &QFutureWatcherBase::progressValueChanged, m_progress, &QProgressBar::setValue);
    connect(&m_chainWatcher, &QFutureWatcherBase::finished, this, &AuditViewer::onChainCheckFinished);
    auto *close = new QShortcut(QKeySequence::Close, this);
    connect(close, &QShortcut::activated, this, [this] {
        if (isWindow())   // not when it is a page of the supervisor's workspace
            this->close();
    });

    retranslateUi();
    loadChoices();
    m_model->setFilter(AuditFilter());
}

AuditViewer::~AuditViewer()
{
    // A check still running is of no use to anyone once the window is gone.
    if (m_chainWatcher.isRunning())
        m_chainWatcher.cancel();
}

AuditViewer *AuditViewer::showFor(AuditService *service, QWidget *parent)
{
    AuditViewer *viewer = parent ? parent->findChild<AuditViewer *>(QString(), Qt::FindDirectChildrenOnly) : nullptr;
    if (!viewer) {
        viewer = new AuditViewer(service, parent);
        viewer->setAttribute(Qt::WA_DeleteOnClose);
    }
    viewer->show();
    viewer->raise();
    viewer->activateWindow();
    return viewer;
}

AuditEntryModel *AuditViewer::model() const
{
    return m_model;
}

AuditFilterBar *AuditViewer::filterBar() const
{
    return m_filters;
}

QTreeView *AuditViewer::view() const
{
    return m_view;
}

MessageBar *AuditViewer::messageBar() const
{
    return m_message;
}

void AuditViewer::loadChoices()
{
    if (!m_service)
        return;
    m_service->filterChoices().then(this, [this](const AuditFilterChoices &choices) {
        if (choices.refused)
            return;   // the entries' refusal says why
        m_filters->setChoices(choices);
        QHash<QString, QString> names;
        for (const AuditFilterChoices::AgentChoice &agent : choices.agents) {
            if (!agent.displayName.isEmpty())
                names.insert(agent.username, agent.displayName);
        }
        m_model->setAgentNames(names);
    });
}

void AuditViewer::applyFilters()
{
    m_selectAfterLoad = 0;
    m_filters->clearInvalid();
    m_model->setFilter(m_filters->filter());
}

void AuditViewer::onPageLoaded(bool firstPage)
{
    updateFooter();
    if (!firstPage)
        return;
    const AuditEntryModel::State state = m_model->state();
    if (state == AuditEntryModel::State::Refused) {
        m_message->showMessage(m_model->message(), MessageBar::Error);
        m_filters->markInvalid(m_model->field());
        // Refused outright (not a supervisor): nothing here can be used. Offline
        // is for now only: the filters stay, and applying them reads again.
        if (m_model->field() == AuditPage::NoField && !m_model->isRetryable()) {
            m_refused = true;
            m_filters->setEnabled(false);
            m_check->setEnabled(false);
        }
    } else if (!m_model->message().isEmpty()) {
        m_message->showMessage(m_model->message(), MessageBar::Warning);
        m_filters->markInvalid(m_model->field());
    } else if (m_message->isVisible() && m_message->type() != MessageBar::Positive
               && !(m_message->type() == MessageBar::Error && m_lastReport.entryToShow > 0)) {
        m_message->hideMessage();   // the filters are fine again
    }

    if (m_selectAfterLoad > 0) {
        const QModelIndex index = m_model->indexFromSeq(m_selectAfterLoad);
        m_selectAfterLoad = 0;
        if (index.isValid()) {
            m_view->setCurrentIndex(index);
            m_view->scrollTo(index, QAbstractItemView::PositionAtCenter);
            m_view->setFocus();
        }
    }
    emit entriesShown(m_model->rowCount());
}

void AuditViewer::onCurrentChanged()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid()) {
        m_details->showNothing();
        return;
    }
    const AuditEntry &entry = m_model->entryAt(current.row());
    QString problem;
    if (!m_lastReport.verification.ok && entry.seq == m_model->brokenSeq()) {
        problem = m_lastReport.verification.problem == AuditChain::Verification::Missing
                      ? tr("entry %1 before this one is missing").arg(m_lastReport.verification.firstBadSeq)
                      : AuditText::problem(m_lastReport.verification.problem);
    }
    m_details->showEntry(entry, m_model->agentName(entry.agent), problem);
}

void AuditViewer::checkChain()
{
    if (!m_service || m_refused || m_checking)
        return;
    m_lastReport = AuditChainReport();
    m_model->setBrokenSeq(0);
    m_message->showMessage(tr("Checking the chain…"), MessageBar::Information);
    setChecking(true);
    m_progress->setRange(0, 0);
    m_chainWatcher.setFuture(m_service->checkChain());
}

void AuditViewer::cancelChainCheck()
{
    if (m_chainWatcher.isRunning())
        m_chainWatcher.cancel();
}

bool AuditViewer::isCheckingChain() const
{
    return m_checking;
}

void AuditViewer::onChainCheckFinished()
{
    setChecking(false);
    if (m_chainWatcher.isCanceled() || m_chainWatcher.future().resultCount() == 0) {
        m_message->showMessage(tr("The chain check was stopped after %Ln entries; nothing wrong was found in them.",
                                  nullptr, m_chainWatcher.progressValue()),
                               MessageBar::Information);
        return;
    }
    m_lastReport = m_chainWatcher.result();
    if (m_lastReport.ok) {
        m_message->showMessage(m_lastReport.message, MessageBar::Positive);
    } else if (m_lastReport.refused || m_lastReport.entryToShow <= 0) {
        m_message->showMessage(m_lastReport.message, MessageBar::Error);
    } else {
        m_model->setBrokenSeq(m_lastReport.entryToShow);
        m_message->showMessageWithAction(m_lastReport.message, MessageBar::Error,
                                         tr("Show Entry %1").arg(m_lastReport.entryToShow));
    }
    onCurrentChanged();
    emit chainChecked(m_lastReport);
}

void AuditViewer::showEntry(qint64 seq)
{
    if (seq <= 0)
        return;
    m_filters->clear();
    m_selectAfterLoad = seq;
    // A few newer entries above it, for context.
    m_model->setFilter(AuditFilter(), seq + 3);
}

QByteArray AuditViewer::entriesCsv() const
{
    CsvExporter csv;
    csv.setHeader({tr("Entry"), tr("Time (UTC)"), tr("Agent"), tr("Agent name"), tr("Action"), tr("Action code"),
                   tr("Subject"), tr("Details"), tr("Command"), tr("Hash")});
    const int rows = m_model->rowCount();
    for (int row = 0; row < rows; ++row) {
        const AuditEntry &entry = m_model->entryAt(row);
        csv.addRow({entry.seq, entry.at.toUTC(), entry.agent, m_model->agentName(entry.agent),
                    m_model->index(row, AuditEntryModel::ActionColumn).data().toString(), entry.action,
                    entry.subject, QString::fromUtf8(QJsonDocument(entry.details).toJson(QJsonDocument::Compact)),
                    entry.commandId.isNull() ? QString() : entry.commandId.toString(QUuid::WithoutBraces),
                    QString::fromLatin1(entry.hash)});
    }
    return csv.toUtf8();
}

void AuditViewer::exportCsv()
{
    const int rows = m_model->rowCount();
    if (rows == 0 || m_refused)
        return;
    const bool partial = m_model->hasMore();
    const QString name = CsvExporter::fileName(
        QStringLiteral("audit-log-%1").arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd-HHmm"))),
        QStringLiteral("csv"));
    QPointer<AuditViewer> self(this);
    ExportSaver::saveCsv(this, name, entriesCsv(), [self, rows, partial](const QString &path, const QString &error) {
        if (!self)
            return;
        if (!error.isEmpty()) {
            self->m_message->showMessage(tr("Could not save %1: %2").arg(QDir::toNativeSeparators(path), error),
                                         MessageBar::Error);
            return;
        }
        QString text = tr("%Ln entries saved to %1.", nullptr, rows).arg(QDir::toNativeSeparators(path));
        if (partial)
            text += QLatin1Char(' ') + tr("These are the entries loaded so far; scroll further or narrow the filters "
                                          "to include older ones.");
        self->m_message->showMessage(text, MessageBar::Positive, partial ? 0 : 8000);
    });
}

void AuditViewer::setChecking(bool checking)
{
    m_checking = checking;
    m_check->setEnabled(!checking && !m_refused);
    m_progress->setVisible(checking);
    m_cancel->setVisible(checking);
}

void AuditViewer::updateFooter()
{
    const int rows = m_model->rowCount();
    const QLocale locale;
    QString text;
    switch (m_model->state()) {
    case AuditEntryModel::State::Idle:
    case AuditEntryModel::State::Loading:
        text = tr("Loading…");
        break;
    case AuditEntryModel::State::Refused:
        text.clear();
        break;
    case AuditEntryModel::State::Empty:
        text = tr("No entries match these filters.");
        break;
    case AuditEntryModel::State::Results:
        if (m_model->isCapped())
            text = tr("Showing the newest %1 matching entries. Narrow the filters to reach older ones.")
                       .arg(locale.toString(rows));
        else if (m_model->hasMore())
            text = tr("%1 entries shown, newest first; more load as you scroll.").arg(locale.toString(rows));
        else
            text = tr("%Ln matching entries, newest first.", nullptr, rows);
        break;
    }
    if (m_model->startBeforeSeq() > 0 && m_model->state() == AuditEntryModel::State::Results)
        text = tr("Showing entry %1 and older.").arg(m_model->startBeforeSeq() - 1) + QLatin1Char(' ') + text;
    m_footer->setText(text);
    m_showNewest->setVisible(m_model->startBeforeSeq() > 0);
    m_export->setEnabled(rows > 0 && !m_refused);
}

void AuditViewer::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        m_model->retranslate();
    }
    QWidget::changeEvent(event);
}

void AuditViewer::retranslateUi()
{
    setWindowTitle(tr("Audit Log — CardDesk"));
    m_title->setText(tr("Audit log"));
    m_subtitle->setText(tr("Every card action, identity reveal, change and sign-in, chained by SHA-256 so that an "
                           "edited or removed entry shows."));
    m_check->setText(tr("Check Chain"));
    m_export->setText(tr("Export CSV…"));
    m_export->setToolTip(tr("Save the entries shown as a CSV file"));
    m_check->setToolTip(tr("Verify every entry's hash and link, from the first entry to the last"));
    m_cancel->setText(tr("Stop"));
    m_showNewest->setText(tr("Show newest"));
    m_view->setAccessibleName(tr("Audit entries"));
    m_details->setAccessibleName(tr("Entry details"));
    updateFooter();
}
