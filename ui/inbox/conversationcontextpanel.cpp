#include "conversationcontextpanel.h"

#include "inboxtext.h"

#include "common/displaytext.h"
#include "common/icons.h"
#include "common/pilllabel.h"
#include "common/theme.h"

#include "services/customerservice.h"
#include "services/inboxservice.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace {

QLabel *makeLabel(const QString &text, const QString &role, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    if (!role.isEmpty())
        label->setProperty("role", role);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Long addresses without spaces must not widen the panel: they wrap anywhere.
    label->setMinimumWidth(1);
    return label;
}

QLabel *sectionTitle(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text.toUpper(), parent);
    label->setFont(Theme::derivedFont(parent->font(), -2, QFont::DemiBold));
    label->setProperty("role", QStringLiteral("muted"));
    label->setContentsMargins(0, 8, 0, 0);
    return label;
}

} // namespace

ConversationContextPanel::ConversationContextPanel(CustomerService *customers, InboxService *inbox, QWidget *parent)
    : QWidget(parent)
    , m_customers(customers)
    , m_inbox(inbox)
{
    setObjectName(QStringLiteral("conversationContext"));
    setMinimumWidth(210);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_body = new QWidget;
    m_body->setObjectName(QStringLiteral("scrollContent"));
    m_bodyLayout = new QVBoxLayout(m_body);
    m_bodyLayout->setContentsMargins(14, 12, 14, 12);
    m_bodyLayout->setSpacing(4);
    scroll->setWidget(m_body);

    m_openButton = new QPushButton(this);
    m_openButton->setObjectName(QStringLiteral("openCustomerButton"));
    m_openButton->setEnabled(false);
    connect(m_openButton, &QPushButton::clicked, this, [this] {
        if (m_customerId != 0)
            emit openCustomerRequested(m_customerId);
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 8);
    layout->setSpacing(6);
    layout->addWidget(scroll, 1);
    auto *buttonRow = new QHBoxLayout;
    buttonRow->setContentsMargins(14, 0, 14, 0);
    buttonRow->addWidget(m_openButton);
    layout->addLayout(buttonRow);

    setAutoFillBackground(true);
    QPalette p = palette();
    p.setColor(QPalette::Window, Theme::surface());
    setPalette(p);

    connect(m_customers, &CustomerService::customerChanged, this, [this](qint64 id) {
        if (id == m_customerId && m_loaded)
            showCustomer(m_customerId, m_conversationId, m_fallbackName);
    });
    rebuild();
}

ConversationContextPanel::~ConversationContextPanel() = default;

void ConversationContextPanel::showCustomer(qint64 customerId, qint64 currentConversationId,
                                            const QString &fallbackName)
{
    const bool same = customerId == m_customerId && m_loaded;
    m_customerId = customerId;
    m_conversationId = currentConversationId;
    m_fallbackName = fallbackName;
    const quint64 generation = ++m_generation;
    if (!same) {
        m_loaded = false;
        m_failed = false;
        m_details = CustomerDetails();
        m_others.clear();
        m_othersLoaded = false;
        rebuild();
    }
    if (customerId == 0) {
        m_loaded = true;
        rebuild();
        return;
    }
    m_customers->customer(customerId).then(this, [this, generation](const CustomerResult &result) {
        onCustomer(generation, result);
    });
    m_inbox->conversationsOfCustomer(customerId, 6)
        .then(this, [this, generation](const QList<ConversationSummary> &conversations) {
            onConversations(generation, conversations);
        });
}

qint64 ConversationContextPanel::customerId() const
{
    return m_customerId;
}

bool ConversationContextPanel::isLoaded() const
{
    return m_loaded;
}

const CustomerDetails &ConversationContextPanel::details() const
{
    return m_details;
}

void ConversationContextPanel::onCustomer(quint64 generation, const CustomerResult &result)
{
    if (generation != m_generation)
        return;
    m_loaded = true;
    m_failed = !result.found;
    m_details = result.details;
    rebuild();
    if (result.found)
        emit customerLoaded(m_details);
}

void ConversationContextPanel::onConversations(quint64 generation, const QList<ConversationSummary> &conversations)
{
    if (generation != m_generation)
        return;
    m_others = conversations;
    m_othersLoaded = true;
    if (m_loaded)
        rebuild();
}

void ConversationContextPanel::clearContent()
{
    while (QLayoutItem *item = m_bodyLayout->takeAt(0)) {
        if (QWidget *w = item->widget()) {
            w->hide();
            w->deleteLater();
        } else if (QLayout *l = item->layout()) {
            while (QLayoutItem *child = l->takeAt(0)) {
                if (QWidget *w = child->widget()) {
                    w->hide();
                    w->deleteLater();
                }
                delete child;
            }
            delete l;
            continue;
        }
        delete item;
    }
}

void ConversationContextPanel::rebuild()
{
    clearContent();
    m_openButton->setText(tr("Open Customer"));
    m_openButton->setToolTip(tr("Open the full customer in Customers (Ctrl+Shift+C)"));
    m_openButton->setEnabled(m_customerId != 0 && m_loaded && !m_failed);

    if (!m_loaded) {
        m_bodyLayout->addWidget(makeLabel(m_customerId == 0 && m_fallbackName.isEmpty()
                                              ? tr("The customer is shown here.")
                                              : tr("Loading the customer…"),
                                          QStringLiteral("muted"), m_body));
        m_bodyLayout->addStretch(1);
        return;
    }
    if (m_customerId == 0) {
        auto *name = makeLabel(m_fallbackName, QString(), m_body);
        name->setFont(Theme::derivedFont(font(), 2, QFont::Bold));
        m_bodyLayout->addWidget(name);
        m_bodyLayout->addWidget(makeLabel(tr("Not matched to a customer. Check the sender before giving out "
                                             "any account details."),
                                          QStringLiteral("muted"), m_body));
        m_bodyLayout->addStretch(1);
        return;
    }
    if (m_failed) {
        m_bodyLayout->addWidget(makeLabel(tr("The customer could not be loaded."), QStringLiteral("fieldError"),
                                          m_body));
        m_bodyLayout->addStretch(1);
        return;
    }

    const Customer &c = m_details.customer;
    auto *name = makeLabel(c.displayName(), QString(), m_body);
    name->setObjectName(QStringLiteral("contextCustomerName"));
    name->setFont(Theme::derivedFont(font(), 3, QFont::Bold));
    m_bodyLayout->addWidget(name);

    auto *pills = new QHBoxLayout;
    pills->setSpacing(4);
    pills->addWidget(new PillLabel(DisplayText::tier(c.tier), DisplayText::tierTone(c.tier), m_body));
    pills->addWidget(new PillLabel(DisplayText::languageName(c.contact.language), Pill::Tone::Neutral, m_body));
    pills->addStretch(1);
    m_bodyLayout->addLayout(pills);
    m_bodyLayout->addWidget(makeLabel(tr("Customer no. %1").arg(c.customerNumber), QStringLiteral("muted"), m_body));

    m_bodyLayout->addWidget(sectionTitle(tr("Contact"), m_body));
    if (!c.contact.phoneE164.isEmpty())
        m_bodyLayout->addWidget(makeLabel(c.contact.phoneE164, QString(), m_body));
    if (!c.contact.email.isEmpty())
        m_bodyLayout->addWidget(makeLabel(c.contact.email, QString(), m_body));
    if (!c.contact.city.isEmpty())
        m_bodyLayout->addWidget(makeLabel(c.contact.postcode + QLatin1Char(' ') + c.contact.city, QString(), m_body));

    if (!m_details.cards.isEmpty()) {
        m_bodyLayout->addWidget(sectionTitle(tr("Cards"), m_body));
        for (const Card &card : m_details.cards) {
            auto *row = new QHBoxLayout;
            row->setSpacing(6);
            auto *text = makeLabel(DisplayText::lastFour(card.last4) + QStringLiteral("  ") + card.product, QString(),
                                   m_body);
            row->addWidget(text, 1);
            row->addWidget(new PillLabel(DisplayText::cardStatus(card.status), DisplayText::cardStatusTone(card.status, card.statusReason),
                                         m_body),
                           0, Qt::AlignTop);
            m_bodyLayout->addLayout(row);
        }
    }
    for (const Account &account : m_details.accounts) {
        m_bodyLayout->addWidget(sectionTitle(tr("Account"), m_body));
        m_bodyLayout->addWidget(makeLabel(tr("Balance %1 of %2")
                                              .arg(DisplayText::money(account.balance),
                                                   DisplayText::money(account.creditLimit)),
                                          QString(), m_body));
        if (account.dueDate.isValid())
            m_bodyLayout->addWidget(makeLabel(tr("Due %1: %2 (%3)")
                                                  .arg(DisplayText::date(account.dueDate),
                                                       DisplayText::money(account.minimumDue),
                                                       DisplayText::accountStatus(account.status)),
                                              account.status == QLatin1StringView("overdue")
                                                  ? QStringLiteral("fieldError")
                                                  : QStringLiteral("muted"),
                                              m_body));
    }

    m_bodyLayout->addWidget(sectionTitle(tr("Other conversations"), m_body));
    int shown = 0;
    for (const ConversationSummary &other : std::as_const(m_others)) {
        if (other.id == m_conversationId)
            continue;
        auto *button = new QPushButton(m_body);
        button->setProperty("link", true);
        button->setIcon(Icons::channel(other.channel));
        button->setCursor(Qt::PointingHandCursor);
        const QString text = tr("%1 — %2").arg(other.subject.isEmpty() ? InboxText::channel(other.channel)
                                                                       : other.subject,
                                               InboxText::status(other.status));
        button->setText(QFontMetrics(button->font()).elidedText(text, Qt::ElideRight, 230));
        button->setToolTip(text);
        button->setStyleSheet(QStringLiteral("text-align: left;"));
        const qint64 id = other.id;
        connect(button, &QPushButton::clicked, this, [this, id] { emit conversationRequested(id); });
        m_bodyLayout->addWidget(button);
        ++shown;
    }
    if (shown == 0)
        m_bodyLayout->addWidget(makeLabel(m_othersLoaded ? tr("None.") : tr("Loading…"), QStringLiteral("muted"),
                                          m_body));
    m_bodyLayout->addStretch(1);
}

void ConversationContextPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QWidget::changeEvent(event);
}
