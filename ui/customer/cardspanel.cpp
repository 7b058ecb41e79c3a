#include "cardspanel.h"

#include "common/displaytext.h"
#include "common/icons.h"
#include "common/pilllabel.h"
#include "common/theme.h"

#include "domain/cardnumber.h"

#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

CardsPanel::CardsPanel(QWidget *parent)
    : SectionFrame(parent)
{
    setObjectName(QStringLiteral("section"));
    setTitle(tr("Cards"));
}

void CardsPanel::setCards(const QList<Card> &cards)
{
    m_cards = cards;
    render();
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
