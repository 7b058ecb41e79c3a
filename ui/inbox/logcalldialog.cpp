#include "logcalldialog.h"

#include "inboxtext.h"

#include "common/messagebar.h"

#include "domain/cardnumber.h"
#include "services/customerservice.h"
#include "services/inboxservice.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

LogCallDialog::LogCallDialog(CustomerService *customers, InboxService *inbox, qint64 customerId,
                             const QString &customerName, qint64 phoneConversationId, QWidget *parent)
    : QDialog(parent)
    , m_customers(customers)
    , m_inbox(inbox)
    , m_customerId(customerId)
    , m_conversationId(phoneConversationId)
    , m_tick(new QTimer(this))
{
    setObjectName(QStringLiteral("logCallDialog"));
    setWindowTitle(tr("Log Call"));
    resize(520, 460);
    m_elapsed.start();

    m_messageBar = new MessageBar(this);
    m_customerLabel = new QLabel(customerId != 0 ? customerName : tr("No customer chosen"), this);
    m_customerLabel->setObjectName(QStringLiteral("logCallCustomer"));
    m_customerLabel->setWordWrap(true);
    QFont bold = m_customerLabel->font();
    bold.setBold(true);
    m_customerLabel->setFont(bold);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("logCallCustomerSearch"));
    m_search->setPlaceholderText(tr("Find another customer: name, number or phone"));
    m_matches = new QComboBox(this);
    m_matches->setObjectName(QStringLiteral("logCallMatches"));
    m_matches->setVisible(false);

    m_reason = new QComboBox(this);
    m_reason->setObjectName(QStringLiteral("logCallReason"));
    for (const InboxText::Choice &topic : InboxText::topicChoices())
        m_reason->addItem(topic.text, topic.name);

    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(QStringLiteral("logCallNotes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setPlaceholderText(tr("What the customer wanted and what was agreed"));

    m_duration = new QLabel(this);
    m_duration->setObjectName(QStringLiteral("logCallDuration"));

    auto *form = new QFormLayout;
    form->addRow(tr("Customer:"), m_customerLabel);
    form->addRow(QString(), m_search);
    form->addRow(QString(), m_matches);
    form->addRow(tr("Reason:"), m_reason);
    form->addRow(tr("Notes:"), m_notes);
    form->addRow(tr("Duration:"), m_duration);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_saveButton = buttons->addButton(tr("Log Call"), QDialogButtonBox::AcceptRole);
    m_saveButton->setObjectName(QStringLiteral("logCallSave"));
    m_saveButton->setProperty("primary", true);
    m_saveButton->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_messageBar);
    layout->addLayout(form, 1);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_saveButton, &QPushButton::clicked, this, &LogCallDialog::save);
    connect(m_search, &QLineEdit::textChanged, this, &LogCallDialog::search);
    connect(m_matches, &QComboBox::activated, this, [this](int index) {
        const qint64 id = m_matches->itemData(index).toLongLong();
        if (id == 0)
            return;
        m_customerId = id;
        m_conversationId = 0;   // another customer: a new phone conversation
        m_customerLabel->setText(m_matches->itemText(index));
    });
    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, &LogCallDialog::updateDuration);
    m_tick->start();
    updateDuration();
    m_notes->setFocus();
}

LogCallDialog::~LogCallDialog() = default;

qint64 LogCallDialog::customerId() const
{
    return m_customerId;
}

int LogCallDialog::elapsedSeconds() const
{
    return int(m_elapsed.elapsed() / 1000);
}

QLineEdit *LogCallDialog::customerSearch() const
{
    return m_search;
}

QPlainTextEdit *LogCallDialog::notesEdit() const
{
    return m_notes;
}

QComboBox *LogCallDialog::reasonBox() const
{
    return m_reason;
}

void LogCallDialog::search(const QString &text)
{
    const quint64 generation = ++m_searchGeneration;
    if (text.trimmed().isEmpty()) {
        m_matches->clear();
        m_matches->setVisible(false);
        return;
    }
    m_customers->search(SearchRequest{text.trimmed(), QString(), 10})
        .then(this, [this, generation](const SearchPage &page) {
            if (generation != m_searchGeneration || page.superseded)
                return;
            m_matches->clear();
            if (page.rows.isEmpty()) {
                m_matches->addItem(tr("No customer matches"), qint64(0));
            } else {
                m_matches->addItem(tr("Choose the customer…"), qint64(0));
                for (const CustomerSummary &row : page.rows)
                    m_matches->addItem(tr("%1 (%2)").arg(row.name, row.customerNumber), row.id);
            }
            m_matches->setVisible(true);
        });
}

void LogCallDialog::updateDuration()
{
    const int seconds = elapsedSeconds();
    m_duration->setText(tr("%1:%2 (running since this window opened)")
                            .arg(seconds / 60)
                            .arg(seconds % 60, 2, 10, QLatin1Char('0')));
}

void LogCallDialog::save()
{
    if (m_customerId == 0) {
        m_messageBar->showMessage(tr("Choose the customer who called."), MessageBar::Warning);
        m_search->setFocus();
        return;
    }
    // A card number read out on the phone is masked before it is stored.
    int masked = 0;
    const QString notes = CardNumber::maskInText(m_notes->toPlainText().trimmed(), &masked);
    if (masked > 0)
        m_notes->setPlainText(notes);
    m_tick->stop();
    m_saveButton->setEnabled(false);
    m_inbox->logCall(m_customerId, m_conversationId, m_reason->currentData().toString(), notes, elapsedSeconds())
        .then(this, [this](const LogCallResult &result) {
            m_saveButton->setEnabled(true);
            if (!result.result.ok()) {
                m_tick->start();
                m_messageBar->showMessage(result.result.message.isEmpty() ? tr("The call was not logged.")
                                                                          : result.result.message,
                                          MessageBar::Error);
                return;
            }
            emit callLogged(result.conversationId);
            accept();
        });
}
