#include "cardsettingsdialog.h"

#include "verificationbox.h"

#include "common/displaytext.h"

#include "services/cardservice.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

constexpr int PreviewDebounceMs = 300;

enum Column {
    DateColumn,
    MerchantColumn,
    AmountColumn,
    ReasonColumn
};

} // namespace

CardSettingsDialog::CardSettingsDialog(CardService *service, qint64 customerId, const Card &card,
                                       const std::optional<Verification::Outcome> &outcome, QWidget *parent)
    : CardDialog(service, customerId, card, outcome, parent)
    , m_summary(new QLabel(this))
    , m_declined(new QTreeWidget(this))
    , m_save(new QPushButton(this))
    , m_debounce(new QTimer(this))
{
    verification()->setAction(Verification::Action::RestrictControls);
    m_summary->setObjectName(QStringLiteral("previewSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_declined->setObjectName(QStringLiteral("previewDeclined"));
    m_declined->setRootIsDecorated(false);
    m_declined->setUniformRowHeights(true);
    m_declined->setAlternatingRowColors(true);
    m_declined->setSelectionMode(QAbstractItemView::NoSelection);
    m_declined->setHeaderLabels({tr("Date"), tr("Merchant"), tr("Amount"), tr("Declined by")});
    m_declined->header()->setStretchLastSection(false);
    m_declined->header()->setSectionResizeMode(MerchantColumn, QHeaderView::Stretch);
    m_declined->setAccessibleName(tr("Transactions these settings would have declined"));
    m_declined->setMinimumHeight(140);
    m_declined->hide();
    m_save->setObjectName(QStringLiteral("cardSettingsSave"));
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(PreviewDebounceMs);

    connect(m_debounce, &QTimer::timeout, this, &CardSettingsDialog::runPreview);
    connect(m_save, &QPushButton::clicked, this, &CardSettingsDialog::submit);
    setMinimumWidth(560);
}

void CardSettingsDialog::setEditor(QWidget *editor, const QString &saveText)
{
    m_save->setText(saveText);
    auto *previewTitle = new QLabel(tr("What they would have declined in the last %1 days").arg(CardService::PreviewDays),
                                    this);
    previewTitle->setProperty("role", QStringLiteral("caption"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 18, 20, 16);
    layout->setSpacing(12);
    layout->addWidget(editor);
    layout->addWidget(previewTitle);
    layout->addWidget(m_summary);
    layout->addWidget(m_declined, 1);
    layout->addWidget(verification());
    layout->addWidget(messageBar());
    layout->addLayout(createButtonRow(m_save));
    settingsEdited();
}

bool CardSettingsDialog::editable() const
{
    return true;
}

bool CardSettingsDialog::previewCurrent() const
{
    return m_previewShown && m_previewOf == m_edits;
}

QString CardSettingsDialog::previewSummary() const
{
    return m_summary->text();
}

void CardSettingsDialog::settingsEdited()
{
    ++m_edits;
    verification()->setAction(relaxes() ? Verification::Action::RelaxControls
                                        : Verification::Action::RestrictControls);
    const QString problem = inputProblem();
    if (!editable()) {
        m_debounce->stop();
        m_summary->setStyleSheet(QString());
        m_summary->setText(tr("Loading the card's current settings…"));
        m_declined->hide();
    } else if (!problem.isEmpty()) {
        m_debounce->stop();
        m_summary->setText(problem);
        m_summary->setStyleSheet(QStringLiteral("color: #A82C22;"));
        m_declined->hide();
    } else {
        m_summary->setStyleSheet(QString());
        m_summary->setText(tr("Checking the last %1 days…").arg(CardService::PreviewDays));
        m_debounce->start();
    }
    updateAcceptable();
}

void CardSettingsDialog::runPreview()
{
    const quint64 edit = m_edits;
    requestPreview().then(this, [this, edit](const ControlsPreview &preview) {
        if (edit != m_edits)
            return;   // the agent has edited since: another preview is on its way
        showPreview(preview);
        m_previewOf = edit;
        m_previewShown = preview.error.isEmpty();
        updateAcceptable();
    });
}

void CardSettingsDialog::showPreview(const ControlsPreview &preview)
{
    m_declined->clear();
    if (!preview.error.isEmpty()) {
        m_summary->setText(tr("The last %1 days could not be checked: %2").arg(CardService::PreviewDays)
                               .arg(preview.error));
        m_declined->hide();
        return;
    }
    const int declined = int(preview.declined.size());
    if (declined == 0) {
        m_summary->setText(tr("These settings would not have declined any of the %n purchase(s) in the last %1 days.",
                              "", preview.examined)
                               .arg(CardService::PreviewDays));
    } else {
        m_summary->setText(tr("These settings would have declined %1 of %n purchase(s) in the last %2 days.", "",
                              preview.examined)
                               .arg(declined)
                               .arg(CardService::PreviewDays));
    }
    for (int i = 0; i < declined; ++i) {
        const Transaction &t = preview.declined.at(i);
        auto *item = new QTreeWidgetItem(m_declined);
        item->setText(DateColumn, DisplayText::recentDateTime(t.occurredAt.toLocalTime()));
        item->setText(MerchantColumn, t.merchant);
        item->setText(AmountColumn, DisplayText::money(t.amount));
        item->setTextAlignment(AmountColumn, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(ReasonColumn, declineReasonText(preview.declinedBy.value(i)));
    }
    m_declined->setVisible(declined > 0);
    fitToContents();
    for (const int column : {DateColumn, AmountColumn, ReasonColumn})
        m_declined->resizeColumnToContents(column);
}

void CardSettingsDialog::updateAcceptable()
{
    m_save->setEnabled(!m_busy && editable() && previewCurrent() && !unchanged() && inputProblem().isEmpty());
    if (unchanged())
        m_save->setToolTip(tr("Nothing changed yet"));
    else if (!previewCurrent())
        m_save->setToolTip(tr("Wait for the preview of what these settings would have declined"));
    else
        m_save->setToolTip(QString());
}

void CardSettingsDialog::submit()
{
    if (!previewCurrent())
        return;
    m_busy = true;
    updateAcceptable();
    messageBar()->hideMessage();
    save().then(this, [this](const CommandResult &result) {
        m_busy = false;
        updateAcceptable();
        finishCommand(result);
    });
}
