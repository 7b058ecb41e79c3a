#include "revealreasondialog.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

enum ReasonIndex {
    CustomerVerification,
    FraudInvestigation,
    LegalRequest,
    Other
};

/// The audit vocabulary: stable, untranslated.
QString auditReason(int index)
{
    switch (index) {
    case CustomerVerification:
        return QStringLiteral("Customer verification");
    case FraudInvestigation:
        return QStringLiteral("Fraud investigation");
    case LegalRequest:
        return QStringLiteral("Legal request");
    default:
        return QStringLiteral("Other");
    }
}

} // namespace

RevealReasonDialog::RevealReasonDialog(QWidget *parent)
    : QDialog(parent)
    , m_intro(new QLabel(this))
    , m_reasonLabel(new QLabel(this))
    , m_detailsLabel(new QLabel(this))
    , m_reason(new QComboBox(this))
    , m_details(new QLineEdit(this))
{
    setObjectName(QStringLiteral("revealReasonDialog"));
    m_intro->setWordWrap(true);
    m_reason->setObjectName(QStringLiteral("revealReasonCombo"));
    m_details->setObjectName(QStringLiteral("revealReasonDetails"));
    m_details->setMaxLength(200);
    for (int i = 0; i <= Other; ++i)
        m_reason->addItem(QString());

    m_reveal = new QPushButton(this);
    m_reveal->setObjectName(QStringLiteral("revealConfirmButton"));
    m_reveal->setProperty("primary", true);
    m_reveal->setDefault(true);
    m_cancel = new QPushButton(this);
    m_cancel->setObjectName(QStringLiteral("revealCancelButton"));
    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(8);
    buttons->addStretch(1);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_reveal);

    auto *form = new QFormLayout;
    form->setHorizontalSpacing(12);
    form->setVerticalSpacing(10);
    form->addRow(m_reasonLabel, m_reason);
    form->addRow(m_detailsLabel, m_details);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 18, 20, 16);
    layout->setSpacing(14);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addLayout(buttons);

    connect(m_reveal, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_reason, &QComboBox::currentIndexChanged, this, &RevealReasonDialog::updateAcceptable);
    connect(m_details, &QLineEdit::textChanged, this, &RevealReasonDialog::updateAcceptable);

    retranslateUi();
    updateAcceptable();
    setMinimumWidth(440);
}

QString RevealReasonDialog::reason() const
{
    const QString base = auditReason(m_reason->currentIndex());
    const QString details = m_details->text().simplified();
    return details.isEmpty() ? base : base + QStringLiteral(": ") + details;
}

void RevealReasonDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void RevealReasonDialog::retranslateUi()
{
    setWindowTitle(tr("Reveal national identity number"));
    m_intro->setText(tr("The full number is shown for 30 seconds. The reveal, with your name and the reason, "
                        "is recorded in the audit log."));
    m_reasonLabel->setText(tr("Reason:"));
    m_detailsLabel->setText(tr("Details:"));
    m_reason->setItemText(CustomerVerification, tr("Customer verification"));
    m_reason->setItemText(FraudInvestigation, tr("Fraud investigation"));
    m_reason->setItemText(LegalRequest, tr("Legal request"));
    m_reason->setItemText(Other, tr("Other (describe below)"));
    m_reveal->setText(tr("Reveal"));
    m_cancel->setText(tr("Cancel"));
    updateAcceptable();
}

void RevealReasonDialog::updateAcceptable()
{
    m_details->setPlaceholderText(detailsRequired() ? tr("Required: why is the number needed?")
                                                    : tr("Optional, for example a case number"));
    m_reveal->setEnabled(!detailsRequired() || !m_details->text().simplified().isEmpty());
}

bool RevealReasonDialog::detailsRequired() const
{
    return m_reason->currentIndex() == Other;
}
