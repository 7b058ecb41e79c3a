#include "alertevidencepanel.h"

#include "common/displaytext.h"
#include "common/messagebar.h"
#include "common/pilllabel.h"
#include "common/theme.h"
#include "services/alertservice.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

enum Column {
    TimeColumn,
    AmountColumn,
    MerchantColumn,
    CountryColumn,
    EntryColumn,
    StatusColumn,
    ColumnCount
};

} // namespace

AlertEvidencePanel::AlertEvidencePanel(AlertService *alerts, QWidget *parent)
    : QWidget(parent)
    , m_alerts(alerts)
{
    setObjectName(QStringLiteral("alertEvidencePanel"));
    setAttribute(Qt::WA_StyledBackground, true);
    setStyleSheet(QStringLiteral("QWidget#alertEvidencePanel { background: %1; border-bottom: 1px solid %2;"
                                 " border-left: 3px solid %3; }")
                      .arg(Theme::surface().name(), Theme::border().name(), Theme::warning().name()));

    m_title = new QLabel(this);
    m_title->setFont(Theme::derivedFont(font(), 1, QFont::DemiBold));
    m_statusPill = new PillLabel(this);
    m_genuine = new QPushButton(this);
    m_genuine->setObjectName(QStringLiteral("alertGenuineButton"));
    m_fraud = new QPushButton(this);
    m_fraud->setObjectName(QStringLiteral("alertFraudButton"));

    m_findings = new QLabel(this);
    m_findings->setObjectName(QStringLiteral("alertFindings"));
    m_findings->setWordWrap(true);
    m_findings->setTextFormat(Qt::RichText);
    m_findings->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("alertEvidenceTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setFocusPolicy(Qt::TabFocus);
    m_table->verticalHeader()->setVisible(false);
    m_table->setShowGrid(false);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(MerchantColumn, QHeaderView::Stretch);
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);

    m_decision = new QLabel(this);
    m_decision->setObjectName(QStringLiteral("alertDecision"));
    m_decision->setWordWrap(true);
    m_decision->setProperty("role", QStringLiteral("muted"));
    m_decision->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_messageBar = new MessageBar(this);

    auto *titleRow = new QHBoxLayout;
    titleRow->setSpacing(8);
    titleRow->addWidget(m_title);
    titleRow->addWidget(m_statusPill, 0, Qt::AlignVCenter);
    titleRow->addStretch(1);
    titleRow->addWidget(m_genuine);
    titleRow->addWidget(m_fraud);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 10, 16, 10);
    layout->setSpacing(6);
    layout->addLayout(titleRow);
    layout->addWidget(m_findings);
    layout->addWidget(m_table);
    layout->addWidget(m_decision);
    layout->addWidget(m_messageBar);

    connect(m_genuine, &QPushButton::clicked, this, &AlertEvidencePanel::markGenuine);
    connect(m_fraud, &QPushButton::clicked, this, &AlertEvidencePanel::markFraud);
    connect(m_alerts, &AlertService::alertChanged, this, [this](qint64, qint64 conversationId) {
        if (conversationId == m_conversationId && !m_busy)
            load();
    });

    retranslateUi();
    setVisible(false);
}

AlertEvidencePanel::~AlertEvidencePanel() = default;

void AlertEvidencePanel::showConversation(qint64 conversationId)
{
    if (conversationId == m_conversationId && m_loaded)
        return;
    m_conversationId = conversationId;
    m_details = AlertDetails();
    m_loaded = false;
    m_messageBar->hideMessage();
    if (conversationId == 0) {
        ++m_generation;
        setVisible(false);
        return;
    }
    load();
}

qint64 AlertEvidencePanel::conversationId() const
{
    return m_conversationId;
}

bool AlertEvidencePanel::isLoaded() const
{
    return m_loaded;
}

const AlertDetails &AlertEvidencePanel::details() const
{
    return m_details;
}

QPushButton *AlertEvidencePanel::genuineButton() const
{
    return m_genuine;
}

QPushButton *AlertEvidencePanel::fraudButton() const
{
    return m_fraud;
}

QTableWidget *AlertEvidencePanel::evidenceTable() const
{
    return m_table;
}

QString AlertEvidencePanel::ruleTitle(const QString &ruleName)
{
    const std::optional<FraudRules::Rule> rule = FraudRules::ruleFromName(ruleName);
    if (!rule)
        return ruleName;
    switch (*rule) {
    case FraudRules::Rule::AmountAboveUsual: return tr("Amount far above usual");
    case FraudRules::Rule::NightHours: return tr("At night, hours the customer never uses");
    case FraudRules::Rule::NewCountry: return tr("New country while the card was used elsewhere");
    case FraudRules::Rule::RapidSeries: return tr("Rapid series of transactions");
    case FraudRules::Rule::CardNotPresentHighRisk: return tr("Online in a high-risk category");
    }
    return ruleName;
}

void AlertEvidencePanel::load()
{
    const quint64 generation = ++m_generation;
    const qint64 conversationId = m_conversationId;
    m_alerts->alertOfConversation(conversationId).then(this, [this, generation](const AlertDetails &details) {
        onLoaded(generation, details);
    });
}

void AlertEvidencePanel::onLoaded(quint64 generation, const AlertDetails &details)
{
    if (generation != m_generation)
        return;   // the agent has moved on
    m_details = details;
    m_loaded = true;
    if (!details.found && details.error.isEmpty()) {
        setVisible(false);
        return;
    }
    render();
    setVisible(true);
}

void AlertEvidencePanel::render()
{
    if (!m_details.error.isEmpty()) {
        m_messageBar->showMessage(m_details.error, MessageBar::Error);
        m_genuine->setEnabled(false);
        m_fraud->setEnabled(false);
        return;
    }
    const Alert &alert = m_details.alert;
    switch (alert.status) {
    case Alert::Status::Open:
        m_statusPill->setText(tr("Open", "fraud alert"));
        m_statusPill->setTone(Pill::Tone::Attention);
        break;
    case Alert::Status::Genuine:
        m_statusPill->setText(tr("Genuine", "fraud alert"));
        m_statusPill->setTone(Pill::Tone::Success);
        break;
    case Alert::Status::Fraud:
        m_statusPill->setText(tr("Fraud", "fraud alert"));
        m_statusPill->setTone(Pill::Tone::Danger);
        break;
    }
    m_title->setText(tr("Suspicious transactions on %1").arg(DisplayText::lastFour(m_details.cardLast4)));

    QString html;
    for (const AlertFinding &finding : alert.findings) {
        html += QStringLiteral("<p style=\"margin:2px 0\"><b>%1</b>").arg(ruleTitle(finding.rule).toHtmlEscaped());
        for (const QString &figure : finding.figures)
            html += QStringLiteral("<br>%1").arg(figure.toHtmlEscaped());
        html += QStringLiteral("</p>");
    }
    m_findings->setText(html);

    m_table->setRowCount(int(m_details.evidence.size()));
    for (int row = 0; row < m_details.evidence.size(); ++row) {
        const Transaction &t = m_details.evidence.at(row);
        const auto cell = [this, row](int column, const QString &text, Qt::Alignment alignment = Qt::AlignLeft) {
            auto *item = new QTableWidgetItem(text);
            item->setTextAlignment(alignment | Qt::AlignVCenter);
            m_table->setItem(row, column, item);
        };
        cell(TimeColumn, DisplayText::recentDateTime(t.occurredAt.toLocalTime()));
        cell(AmountColumn, DisplayText::money(t.amount), Qt::AlignRight);
        cell(MerchantColumn, t.merchant);
        cell(CountryColumn, t.country);
        cell(EntryColumn, t.entryMode == u"online"        ? tr("online")
                          : t.entryMode == u"contactless" ? tr("contactless")
                          : t.entryMode == u"atm"         ? tr("ATM")
                                                          : tr("chip"));
        cell(StatusColumn, DisplayText::transactionStatus(t.status));
    }
    // Small: every row visible up to eight, then it scrolls.
    const int rows = std::min<int>(int(m_details.evidence.size()), 8);
    const int rowHeight = m_table->verticalHeader()->defaultSectionSize();
    m_table->setFixedHeight(m_table->horizontalHeader()->sizeHint().height() + rows * rowHeight + 2 * m_table->frameWidth());

    const bool open = alert.status == Alert::Status::Open;
    m_genuine->setVisible(open);
    m_fraud->setVisible(open);
    m_genuine->setEnabled(open && !m_busy);
    m_fraud->setEnabled(open && !m_busy);
    if (open) {
        m_decision->clear();
        m_decision->setVisible(false);
    } else {
        const QString when = QLocale().toString(alert.decidedAt.toLocalTime(), QLocale::ShortFormat);
        const QString who = alert.decidedBy;
        QString text = alert.status == Alert::Status::Genuine
                           ? tr("Closed as genuine by %1, %2.").arg(who, when)
                           : tr("Recorded as fraud by %1, %2.").arg(who, when);
        if (!alert.decisionNote.isEmpty())
            text += QLatin1Char(' ') + alert.decisionNote;
        m_decision->setText(text);
        m_decision->setVisible(true);
    }
}

void AlertEvidencePanel::markGenuine()
{
    if (!m_details.found || m_busy)
        return;
    bool ok = false;
    const QString note = QInputDialog::getMultiLineText(
        this, tr("Genuine transactions"),
        tr("How did the customer confirm these transactions? The note closes the alert."), QString(), &ok);
    if (!ok)
        return;
    if (note.trimmed().isEmpty()) {
        m_messageBar->showMessage(tr("Write how the customer confirmed the transactions; the alert stays open."),
                                  MessageBar::Warning);
        return;
    }
    const qint64 conversationId = m_conversationId;
    setBusy(true);
    m_alerts->markGenuine(m_details.alert.id, note).then(this, [this, conversationId](const CommandResult &result) {
        setBusy(false);
        if (conversationId != m_conversationId)
            return;
        m_messageBar->showMessage(result.message, result.ok() ? MessageBar::Positive : MessageBar::Error,
                                  result.ok() ? 5000 : 0);
        if (result.ok()) {
            load();
            emit decided(conversationId);
        }
    });
}

void AlertEvidencePanel::markFraud()
{
    if (!m_details.found || m_busy)
        return;
    bool ok = false;
    const QString note = QInputDialog::getMultiLineText(
        this, tr("Fraud"),
        tr("The customer does not recognise these transactions. The compromised-card steps start next: lock the "
           "card first.\n\nNote (optional):"),
        QString(), &ok);
    if (!ok)
        return;
    const qint64 conversationId = m_conversationId;
    setBusy(true);
    m_alerts->markFraud(m_details.alert.id, note).then(this, [this, conversationId](const FraudDecision &decision) {
        setBusy(false);
        if (conversationId == m_conversationId) {
            m_messageBar->showMessage(decision.result.message,
                                      decision.result.ok() ? MessageBar::Positive : MessageBar::Error,
                                      decision.result.ok() ? 5000 : 0);
            if (decision.result.ok())
                load();
        }
        if (decision.result.ok()) {
            emit decided(conversationId);
            emit fraudConfirmed(decision.customerId, decision.cardId, decision.reasonText);
        }
    });
}

void AlertEvidencePanel::setBusy(bool busy)
{
    m_busy = busy;
    const bool open = m_details.found && m_details.alert.status == Alert::Status::Open;
    m_genuine->setEnabled(open && !busy);
    m_fraud->setEnabled(open && !busy);
}

void AlertEvidencePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        if (m_loaded && m_details.found)
            render();
    }
    QWidget::changeEvent(event);
}

void AlertEvidencePanel::retranslateUi()
{
    m_genuine->setText(tr("Genuine…"));
    m_genuine->setToolTip(tr("The customer confirms the transactions: close the alert with a note."));
    m_fraud->setText(tr("Fraud…"));
    m_fraud->setToolTip(tr("Not the customer: record fraud and start the compromised-card steps."));
    m_table->setHorizontalHeaderLabels({tr("Time"), tr("Amount"), tr("Merchant"), tr("Country"),
                                        tr("How", "card used: chip, online…"), tr("Status")});
}
