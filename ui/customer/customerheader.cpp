#include "customerheader.h"

#include "common/displaytext.h"
#include "common/pilllabel.h"
#include "common/theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

CustomerHeader::CustomerHeader(QWidget *parent)
    : QWidget(parent)
    , m_name(new QLabel(this))
    , m_tier(new PillLabel(this))
    , m_meta(new QLabel(this))
    , m_benefitsRow(new QWidget(this))
    , m_benefitsLabel(new QLabel(m_benefitsRow))
    , m_benefits(new QHBoxLayout)
{
    m_name->setObjectName(QStringLiteral("customerName"));
    m_name->setFont(Theme::derivedFont(font(), 9, QFont::Bold));
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_name->setTextFormat(Qt::PlainText);

    m_meta->setObjectName(QStringLiteral("customerMeta"));
    m_meta->setProperty("role", QStringLiteral("muted"));
    m_meta->setTextFormat(Qt::PlainText);
    m_meta->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_meta->setWordWrap(true);

    m_benefitsLabel->setProperty("role", QStringLiteral("muted"));

    auto *nameRow = new QHBoxLayout;
    nameRow->setSpacing(12);
    nameRow->addWidget(m_name);
    nameRow->addWidget(m_tier, 0, Qt::AlignVCenter);
    nameRow->addStretch(1);

    m_benefits->setContentsMargins(0, 0, 0, 0);
    m_benefits->setSpacing(6);
    auto *benefitsLayout = new QHBoxLayout(m_benefitsRow);
    benefitsLayout->setContentsMargins(0, 0, 0, 0);
    benefitsLayout->setSpacing(8);
    benefitsLayout->addWidget(m_benefitsLabel);
    benefitsLayout->addLayout(m_benefits);
    benefitsLayout->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addLayout(nameRow);
    layout->addWidget(m_meta);
    layout->addWidget(m_benefitsRow);
}

void CustomerHeader::setCustomer(const Customer &customer)
{
    m_name->setText(customer.displayName());
    m_tier->setText(tr("%1 member", "loyalty tier pill").arg(DisplayText::tier(customer.tier)));
    m_tier->setTone(DisplayText::tierTone(customer.tier));

    QStringList meta;
    meta << tr("Customer %1").arg(customer.customerNumber);
    meta << tr("Prefers %1").arg(DisplayText::languageName(customer.contact.language));
    if (customer.createdAt.isValid())
        meta << tr("Customer since %1").arg(customer.createdAt.date().year());
    m_meta->setText(meta.join(QStringLiteral("   ·   ")));

    clearBenefits();
    const QDate today = QDate::currentDate();
    int shown = 0;
    for (const Benefit &benefit : customer.benefits) {
        if (benefit.validUntil.isValid() && benefit.validUntil < today)
            continue;
        auto *pill = new PillLabel(benefit.code, Pill::Tone::Accent, m_benefitsRow);
        QString tip = benefit.description.toHtmlEscaped();
        if (benefit.validUntil.isValid())
            tip += QStringLiteral("<br>") + tr("Valid until %1").arg(DisplayText::date(benefit.validUntil));
        pill->setToolTip(tip);
        m_benefits->addWidget(pill);
        ++shown;
    }
    m_benefitsLabel->setText(tr("Active benefits:"));
    m_benefitsRow->setVisible(shown > 0);
}

void CustomerHeader::clearBenefits()
{
    while (QLayoutItem *item = m_benefits->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}
