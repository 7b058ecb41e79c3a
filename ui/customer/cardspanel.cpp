#include "cardspanel.h"

#include "cards/cardactiondialog.h"
#include "cards/controlsdialog.h"
#include "cards/limitsdialog.h"
#include "cards/verificationbox.h"

#include "common/displaytext.h"
#include "common/icons.h"
#include "common/pilllabel.h"
#include "common/theme.h"

#include "domain/cardnumber.h"

#include <algorithm>

#include <QDateTime>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

using CardActions::Kind;

CardsPanel::CardsPanel(QWidget *parent)
    : SectionFrame(parent)
{
    setObjectName(QStringLiteral("section"));
    setTitle(tr("Cards"));
    m_callerPill = new PillLabel(this);
    m_callerPill->setObjectName(QStringLiteral("callerVerification"));
    m_callerPill->hide();
    addHeaderWidget(m_callerPill);
}

void CardsPanel::setCards(qint64 customerId, const QList<Card> &cards)
{
    if (customerId != m_customerId) {
        // Another customer's deliveries and verification must not show for a moment.
        m_status = CardHolderStatus();
        m_status.customerId = customerId;
        m_unsent.clear();
    }
    m_customerId = customerId;
    m_cards = cards;
    render();
    fetchHolderStatus();
}

void CardsPanel::setCardService(CardService *service)
{
    m_service = service;
    render();
    fetchHolderStatus();
}

const CardHolderStatus &CardsPanel::holderStatus() const
{
    return m_status;
}

QMenu *CardsPanel::actionsMenu(qint64 cardId) const
{
    if (!m_body)
        return nullptr;
    for (QToolButton *button : m_body->findChildren<QToolButton *>(QStringLiteral("cardActions"))) {
        if (button->property("cardId").toLongLong() == cardId)
            return button->menu();
    }
    return nullptr;
}

void CardsPanel::fetchHolderStatus()
{
    const quint64 generation = ++m_statusGeneration;
    if (!m_service || m_customerId <= 0) {
        updateCallerPill();
        return;
    }
    m_service->holderStatus(m_customerId).then(this, [this, generation](const CardHolderStatus &status) {
        if (generation != m_statusGeneration)
            return;   // another customer, or a newer answer is on its way
        if (!status.error.isEmpty())
            qWarning("CardsPanel: card status of customer %lld: %s", status.customerId, qUtf8Printable(status.error));
        m_status = status;
        // Remote mode: actions the server has not taken yet are requested, not done.
        m_service->unsentActions(m_customerId).then(this, [this, generation](const QHash<qint64, QStringList> &unsent) {
            if (generation != m_statusGeneration)
                return;
            m_unsent = unsent;
            render();
            Q_EMIT holderStatusLoaded();
        });
    });
}

QString CardsPanel::unsentText(const QString &commandType) const
{
    if (commandType == QLatin1String("card.lock"))
        return tr("Lock requested, not yet in effect — if the link stays down, ask the customer to lock the card "
                  "in the app or call the card hotline.");
    if (commandType == QLatin1String("card.close"))
        return tr("Closing requested, not yet in effect — if the link stays down, call the card hotline to block "
                  "the card.");
    if (commandType == QLatin1String("card.unlock"))
        return tr("Unlock requested, not yet in effect — the card stays locked until the server confirms it.");
    return tr("Change requested, not yet in effect — it is sent when the link to the server is back.");
}

void CardsPanel::updateCallerPill()
{
    const std::optional<Verification::Outcome> &outcome = m_status.verification;
    if (!m_service || m_customerId <= 0) {
        m_callerPill->hide();
        return;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const bool current = outcome && outcome->at.secsTo(now) <= Verification::ValidSeconds;
    if (!current) {
        m_callerPill->setText(tr("Caller not verified"));
        m_callerPill->setTone(Pill::Tone::Neutral);
    } else if (!outcome->passed) {
        m_callerPill->setText(tr("Caller failed verification"));
        m_callerPill->setTone(Pill::Tone::Danger);
    } else if (Verification::levelOf(outcome->method) == Verification::Level::Strong) {
        m_callerPill->setText(tr("Caller strongly verified"));
        m_callerPill->setTone(Pill::Tone::Success);
    } else {
        m_callerPill->setText(tr("Caller identified the card"));
        m_callerPill->setTone(Pill::Tone::Info);
    }
    m_callerPill->setToolTip(current ? tr("%1 at %2; valid for %n minute(s) in this call", "",
                                          Verification::ValidSeconds / 60)
                                           .arg(VerificationBox::methodText(outcome->method),
                                                DisplayText::recentDateTime(outcome->at.toLocalTime()))
                                     : tr("Record the caller's verification in any card action."));
    m_callerPill->show();
}

void CardsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        setTitle(tr("Cards"));
        render();
    }
    SectionFrame::changeEvent(event);
}

void CardsPanel::render()
{
    delete m_body;
    m_body = new QWidget(this);
    auto *layout = new QVBoxLayout(m_body);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    updateCallerPill();

    if (m_status.customerId == m_customerId && !m_status.addressFlag.isEmpty())
        layout->addWidget(createAddressFlag());
    if (m_cards.isEmpty()) {
        auto *none = new QLabel(tr("This customer has no cards."), m_body);
        none->setProperty("role", QStringLiteral("muted"));
        layout->addWidget(none);
    }
    for (int i = 0; i < m_cards.size(); ++i) {
        if (i > 0) {
            auto *line = new QFrame(m_body);
            line->setFrameShape(QFrame::HLine);
            line->setStyleSheet(QStringLiteral("color: #E6EAED;"));
            layout->addWidget(line);
        }
        layout->addWidget(createCardWidget(m_cards.at(i)));
    }
    contentLayout()->addWidget(m_body);
}

QWidget *CardsPanel::createCardWidget(const Card &card)
{
    auto *widget = new QWidget(m_body);
    widget->setObjectName(QStringLiteral("card"));
    const bool inactive = card.status == CardStatus::Closed;

    auto *icon = new QLabel(widget);
    icon->setPixmap(Icons::card().pixmap(32, 32, inactive ? QIcon::Disabled : QIcon::Normal));
    icon->setFixedWidth(36);

    auto *number = new QLabel(CardNumber::displayMasked(card.bin, card.last4), widget);
    number->setObjectName(QStringLiteral("cardNumber"));
    number->setFont(Theme::monospaceFont());
    number->setTextFormat(Qt::PlainText);
    number->setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (inactive)
        number->setStyleSheet(QStringLiteral("color: #7A878E;"));

    QString statusText = DisplayText::cardStatus(card.status);
    const QString reason = DisplayText::cardStatusReason(card.statusReason);
    if (!reason.isEmpty() && card.status != CardStatus::Active && reason != statusText)
        statusText = tr("%1 · %2", "card status · reason").arg(statusText, reason);
    auto *status = new PillLabel(statusText, DisplayText::cardStatusTone(card.status, card.statusReason), widget);
    status->setObjectName(QStringLiteral("cardStatus"));

    auto *topRow = new QHBoxLayout;
    topRow->setSpacing(12);
    topRow->addWidget(number);
    topRow->addWidget(status);
    topRow->addStretch(1);
    if (QToolButton *actions = createActionsButton(card, widget))
        topRow->addWidget(actions);

    // Expiry sits with the product line, which wraps: the top row must stay
    // narrow enough for a half-width window.

    QStringList details;
    details << card.product.toHtmlEscaped();
    if (!card.embossedName.isEmpty())
        details << card.embossedName.toHtmlEscaped();
    details << tr("Expires %1").arg(DisplayText::expiry(card.expiry)).toHtmlEscaped();
    const QString relation = relationText(card);
    if (!relation.isEmpty())
        details << relation.toHtmlEscaped();
    auto *detailLine = new QLabel(details.join(QStringLiteral("&nbsp;· ")), widget);
    detailLine->setTextFormat(Qt::RichText);
    detailLine->setProperty("role", QStringLiteral("muted"));
    detailLine->setWordWrap(true);

    auto *controls = new QLabel(controlsHtml(card), widget);
    controls->setObjectName(QStringLiteral("cardControls"));
    controls->setTextFormat(Qt::RichText);
    controls->setWordWrap(true);

    auto *text = new QVBoxLayout;
    text->setSpacing(4);
    text->addLayout(topRow);
    text->addWidget(detailLine);
    for (const CardDelivery &delivery : std::as_const(m_status.deliveries)) {
        if (delivery.cardId != card.id)
            continue;
        auto *line = new QLabel(deliveryText(delivery), widget);
        line->setObjectName(QStringLiteral("cardDelivery"));
        line->setTextFormat(Qt::PlainText);
        line->setWordWrap(true);
        line->setStyleSheet(QStringLiteral("color: #1F5F8B;"));
        text->addWidget(line);
    }
    for (const QString &type : m_unsent.value(card.id)) {
        auto *line = new QLabel(unsentText(type), widget);
        line->setObjectName(QStringLiteral("cardUnsent"));
        line->setTextFormat(Qt::PlainText);
        line->setWordWrap(true);
        line->setStyleSheet(QStringLiteral("color: #9A5B00;"));
        text->addWidget(line);
    }
    text->addWidget(controls);

    auto *layout = new QHBoxLayout(widget);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    layout->addWidget(icon, 0, Qt::AlignTop);
    layout->addLayout(text, 1);
    return widget;
}

QString CardsPanel::relationText(const Card &card) const
{
    QStringList parts;
    if (card.replacementOf > 0) {
        for (const Card &other : m_cards) {
            if (other.id == card.replacementOf) {
                parts << tr("Replaces %1").arg(DisplayText::lastFour(other.last4));
                break;
            }
        }
        if (parts.isEmpty())
            parts << tr("Replacement card");
    }
    for (const Card &other : m_cards) {
        if (other.replacementOf == card.id && other.id != card.id)
            parts << tr("Replaced by %1").arg(DisplayText::lastFour(other.last4));
    }
    return parts.join(QStringLiteral(", "));
}

QString CardsPanel::controlsHtml(const Card &card) const
{
    const struct
    {
        QString name;
        bool enabled;
    } controls[] = {
        {tr("Online"), card.onlineEnabled},
        {tr("Abroad"), card.abroadEnabled},
        {tr("Contactless"), card.contactlessEnabled},
        {tr("ATM"), card.atmEnabled},
    };
    QStringList parts;
    for (const auto &control : controls) {
        const QString mark = control.enabled
            ? QStringLiteral("<span style=\"color:#2B734A\">✓</span>")
            : QStringLiteral("<span style=\"color:#A82C22\">✕</span>");
        const QString colour = control.enabled ? QStringLiteral("#3F4C53") : QStringLiteral("#8A969D");
        parts << QStringLiteral("%1&nbsp;<span style=\"color:%2\">%3</span>")
                     .arg(mark, colour, control.name.toHtmlEscaped());
    }
    return QStringLiteral("<span style=\"font-size:12px\">%1</span>")
        .arg(parts.join(QStringLiteral("&nbsp;&nbsp;&nbsp; ")));   // may wrap between controls
}

QWidget *CardsPanel::createAddressFlag()
{
    auto *banner = new QFrame(m_body);
    banner->setObjectName(QStringLiteral("addressFlag"));
    banner->setStyleSheet(QStringLiteral("QFrame#addressFlag { background: #FFF4E0; border: 1px solid #F0C987;"
                                         " border-radius: 6px; } QFrame#addressFlag QLabel { color: #6B4300; }"));
    auto *title = new QLabel(tr("Address flagged"), banner);
    title->setFont(Theme::derivedFont(title->font(), 0, QFont::Bold));
    auto *text = new QLabel(tr("%1. Confirm the registered address with the customer before a new card or a PIN "
                               "letter goes there.")
                                .arg(m_status.addressFlag),
                            banner);
    text->setObjectName(QStringLiteral("addressFlagText"));
    text->setTextFormat(Qt::PlainText);
    text->setWordWrap(true);
    // The wrapped text has a row of its own: beside a button it would wrap
    // by a width the scroll area does not know yet, and squeeze the page.
    auto *titleRow = new QHBoxLayout;
    titleRow->setSpacing(12);
    titleRow->addWidget(title, 1);
    if (m_service) {
        auto *confirm = new QPushButton(tr("Address confirmed…"), banner);
        confirm->setObjectName(QStringLiteral("confirmAddress"));
        connect(confirm, &QPushButton::clicked, this, [this] { runAction(Kind::ConfirmAddress, Card()); });
        titleRow->addWidget(confirm);
    }
    auto *layout = new QVBoxLayout(banner);
    layout->setContentsMargins(12, 8, 12, 10);
    layout->setSpacing(4);
    layout->addLayout(titleRow);
    layout->addWidget(text);
    return banner;
}

QToolButton *CardsPanel::createActionsButton(const Card &card, QWidget *parent)
{
    if (!m_service)
        return nullptr;
    const bool hasReplacement = std::any_of(m_cards.cbegin(), m_cards.cend(),
                                            [&card](const Card &other) { return other.replacementOf == card.id; });
    const QList<Kind> kinds = CardActions::available(card, hasReplacement);
    if (kinds.isEmpty())
        return nullptr;
    auto *button = new QToolButton(parent);
    button->setObjectName(QStringLiteral("cardActions"));
    button->setProperty("cardId", card.id);
    button->setText(tr("Actions"));
    button->setAccessibleName(tr("Actions for the card %1").arg(DisplayText::lastFour(card.last4)));
    button->setPopupMode(QToolButton::InstantPopup);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setFocusPolicy(Qt::StrongFocus);
    button->setStyleSheet(QStringLiteral(
        "QToolButton { border: 1px solid #C7D0D5; border-radius: 5px; padding: 3px 10px; background: #FFFFFF; }"
        " QToolButton:hover { background: #F1F5F6; } QToolButton:focus { border-color: #1F7A74; }"
        " QToolButton::menu-indicator { image: none; width: 0; }"));
    auto *menu = new QMenu(button);
    menu->setObjectName(QStringLiteral("cardActionsMenu"));
    Kind previous = kinds.constFirst();
    for (const Kind kind : kinds) {
        // Groups: the card's state; its settings; the workflow.
        const auto group = [](Kind k) { return k == Kind::Controls || k == Kind::Limits ? 1
                                               : k == Kind::LostStolenDamaged           ? 2
                                               : k == Kind::OrderReplacement            ? 3
                                                                                        : 0; };
        if (group(kind) != group(previous))
            menu->addSeparator();
        previous = kind;
        QAction *action = menu->addAction(actionText(kind));
        action->setObjectName(QStringLiteral("cardAction%1").arg(int(kind)));
        action->setData(int(kind));
        action->setToolTip(tr("Needs %1").arg(VerificationBox::levelText(
            Verification::required(CardActions::verificationAction(kind)))));
        connect(action, &QAction::triggered, this, [this, kind, card] { runAction(kind, card); });
    }
    menu->setToolTipsVisible(true);
    button->setMenu(menu);
    return button;
}

QString CardsPanel::actionText(Kind kind) const
{
    switch (kind) {
    case Kind::Lock:
        return tr("Lock…");
    case Kind::Unlock:
        return tr("Unlock…");
    case Kind::Activate:
        return tr("Activate…");
    case Kind::ResetPin:
        return tr("New PIN…");
    case Kind::NotReceived:
        return tr("Card not received…");
    case Kind::Controls:
        return tr("Controls…");
    case Kind::Limits:
        return tr("Limits…");
    case Kind::LostStolenDamaged:
        return tr("Lost, stolen or damaged…");
    case Kind::ConfirmAddress:
        return tr("Address confirmed…");
    case Kind::OrderReplacement:
        return tr("Order a new card…");
    }
    return QString();
}

void CardsPanel::runAction(Kind kind, const Card &card)
{
    if (!m_service)
        return;
    if (kind == Kind::LostStolenDamaged) {
        Q_EMIT workflowRequested(card.id);
        return;
    }
    const std::optional<Verification::Outcome> verification =
        m_status.customerId == m_customerId ? m_status.verification : std::nullopt;
    QDialog *dialog = nullptr;
    if (kind == Kind::Controls) {
        dialog = new ControlsDialog(m_service, m_customerId, card, verification, this);
    } else if (kind == Kind::Limits) {
        dialog = new LimitsDialog(m_service, m_customerId, card, m_status.currencies.value(card.id), verification,
                                  this);
    } else {
        dialog = new CardActionDialog(m_service, kind, m_customerId, card, verification, m_status.addressFlag, this);
    }
    connectDialog(dialog);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void CardsPanel::connectDialog(QDialog *dialog)
{
    auto *cardDialog = qobject_cast<CardDialog *>(dialog);
    if (!cardDialog)
        return;
    connect(cardDialog, &CardDialog::message, this, &CardsPanel::message);
    connect(cardDialog, &CardDialog::reloadRequested, this, &CardsPanel::reloadRequested);
    connect(cardDialog, &CardDialog::verificationRecorded, this, [this](const Verification::Outcome &outcome) {
        m_status.verification = outcome;
        updateCallerPill();
    });
    // The card itself comes back through CardService::cardChanged; the
    // address flag is the customer's, so fetch it here.
    connect(cardDialog, &CardDialog::applied, this, &CardsPanel::fetchHolderStatus);
}

QString CardsPanel::deliveryText(const CardDelivery &delivery) const
{
    QString how;
    switch (delivery.method) {
    case DeliverySchedule::Method::Post:
        how = tr("by post to the registered address");
        break;
    case DeliverySchedule::Method::PickupPoint:
        how = delivery.pickupPoint.isEmpty() ? tr("to a pickup point")
                                             : tr("to the pickup point %1").arg(delivery.pickupPoint);
        break;
    case DeliverySchedule::Method::Expedited:
        how = tr("by courier (expedited) to the registered address");
        break;
    }
    const QString ordered = DisplayText::date(delivery.orderedAt.toLocalTime().date());
    const QString arrives = DisplayText::date(delivery.deliveredAt().toLocalTime().date());
    // The card system may deliver sooner than the schedule says: never a date still to come for an arrival.
    const bool arrivalKnown = delivery.deliveredAt() <= QDateTime::currentDateTimeUtc();
    switch (delivery.status) {
    case CardStatus::Ordered:
        return tr("Ordered %1, %2; leaves %3, arrives about %4")
            .arg(ordered, how, DisplayText::date(delivery.shippedAt().toLocalTime().date()), arrives);
    case CardStatus::Shipped:
        return tr("On its way %1 (ordered %2); arrives about %3").arg(how, ordered, arrives);
    case CardStatus::Delivered:
    case CardStatus::PendingActivation:
        if (delivery.method == DeliverySchedule::Method::PickupPoint)
            return arrivalKnown ? tr("At the pickup point since %1 (ordered %2); activate it once the customer has it")
                                      .arg(arrives, ordered)
                                : tr("At the pickup point (ordered %1); activate it once the customer has it")
                                      .arg(ordered);
        return arrivalKnown ? tr("Delivered %1 %2 (ordered %3); activate it once the customer has it")
                                  .arg(arrives, how, ordered)
                            : tr("Delivered %1 (ordered %2); activate it once the customer has it").arg(how, ordered);
    default:
        return QString();
    }
}
