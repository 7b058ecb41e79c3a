#include "nationalidfield.h"

#include "revealreasondialog.h"

#include "common/icons.h"
#include "common/theme.h"

#include "services/customerservice.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

NationalIdField::NationalIdField(CustomerService *service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_value(new QLabel(this))
    , m_revealButton(new QPushButton(this))
    , m_note(new QLabel(this))
    , m_countdown(new QTimer(this))
{
    m_value->setObjectName(QStringLiteral("nationalIdValue"));
    m_value->setFont(Theme::monospaceFont());
    m_value->setTextFormat(Qt::PlainText);

    m_revealButton->setObjectName(QStringLiteral("nationalIdRevealButton"));
    m_revealButton->setProperty("link", true);
    m_revealButton->setIcon(Icons::eye());
    m_revealButton->setCursor(Qt::PointingHandCursor);

    m_note->setObjectName(QStringLiteral("nationalIdNote"));
    m_note->setProperty("role", QStringLiteral("caption"));
    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::PlainText);
    m_note->hide();

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(10);
    row->addWidget(m_value);
    row->addWidget(m_revealButton);
    row->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(row);
    layout->addWidget(m_note);

    m_countdown->setInterval(1000);
    connect(m_countdown, &QTimer::timeout, this, &NationalIdField::tick);
    connect(m_revealButton, &QPushButton::clicked, this, &NationalIdField::askForReason);

    retranslateUi();
}

NationalIdField::~NationalIdField() = default;

void NationalIdField::setCustomer(qint64 customerId, const QString &maskedId)
{
    if (customerId == m_customerId && maskedId == m_masked)
        return;
    const bool sameCustomer = customerId == m_customerId;
    m_customerId = customerId;
    m_masked = maskedId;
    if (!sameCustomer) {
        ++m_generation;     // an answer for the previous customer must not show here
        m_pending = false;
        m_error.clear();
        if (m_dialog)
            m_dialog->reject();
        mask();
    } else if (!isRevealed()) {
        m_value->setText(m_masked);
    }
}

bool NationalIdField::isRevealed() const
{
    return m_countdown->isActive();
}

void NationalIdField::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void NationalIdField::askForReason()
{
    if (m_dialog || m_customerId <= 0)
        return;
    m_dialog = new RevealReasonDialog(this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &QDialog::accepted, this, [this] {
        if (m_dialog)
            reveal(m_dialog->reason());
    });
    m_dialog->open();
}

void NationalIdField::reveal(const QString &reason)
{
    m_pending = true;
    m_error.clear();
    retranslateUi();
    const quint64 generation = m_generation;
    m_service->revealNationalId(m_customerId, reason)
        .then(this, [this, generation](const RevealResult &result) { onRevealed(generation, result); });
}

void NationalIdField::onRevealed(quint64 generation, const RevealResult &result)
{
    if (generation != m_generation)
        return;
    m_pending = false;
    if (!result.ok) {
        m_error = result.message.isEmpty() ? tr("The number could not be revealed.") : result.message;
        retranslateUi();
        return;
    }
    m_value->setText(result.nationalId);
    m_secondsLeft = RevealSeconds;
    m_countdown->start();
    retranslateUi();
}

void NationalIdField::tick()
{
    if (--m_secondsLeft <= 0) {
        mask();
        return;
    }
    retranslateUi();
}

void NationalIdField::mask()
{
    m_countdown->stop();
    m_secondsLeft = 0;
    m_value->setText(m_masked);
    retranslateUi();
}

void NationalIdField::retranslateUi()
{
    m_revealButton->setText(tr("Reveal…"));
    m_revealButton->setToolTip(tr("Show the full number for %n second(s). The reveal is audited.", "", RevealSeconds));
    m_revealButton->setVisible(!isRevealed());
    m_revealButton->setEnabled(!m_pending && m_customerId > 0);

    QString note;
    QColor colour = Theme::mutedText();
    if (isRevealed()) {
        note = tr("This reveal was recorded in the audit log. Hidden again in %n second(s).", "", m_secondsLeft);
    } else if (m_pending) {
        note = tr("Revealing…");
    } else if (!m_error.isEmpty()) {
        note = m_error;
        colour = Theme::danger();
    }
    m_note->setText(note);
    m_note->setStyleSheet(QStringLiteral("color: %1;").arg(colour.name()));
    m_note->setVisible(!note.isEmpty());
}
