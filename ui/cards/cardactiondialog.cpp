#include "cardactiondialog.h"

#include "verificationbox.h"

#include "common/displaytext.h"

#include "services/cardservice.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

using CardActions::Kind;
using CardLifecycle::LockReason;

namespace {

QString lockReasonText(LockReason reason)
{
    switch (reason) {
    case LockReason::CustomerRequest:
        return CardActionDialog::tr("The customer wants a pause");
    case LockReason::Misplaced:
        return CardActionDialog::tr("Misplaced; it may turn up");
    case LockReason::Lost:
        return CardActionDialog::tr("Lost");
    case LockReason::Stolen:
        return CardActionDialog::tr("Stolen");
    case LockReason::SuspectedFraud:
        return CardActionDialog::tr("Suspected fraud");
    case LockReason::Damaged:
        return CardActionDialog::tr("Damaged");
    }
    return QString();
}

} // namespace

CardActionDialog::CardActionDialog(CardService *service, Kind kind, qint64 customerId, const Card &card,
                                   const std::optional<Verification::Outcome> &outcome,
                                   const QString &addressFlag, QWidget *parent)
    : CardDialog(service, customerId, card, outcome, parent)
    , m_kind(kind)
    , m_addressFlag(addressFlag)
    , m_ok(new QPushButton(this))
{
    setObjectName(QStringLiteral("cardActionDialog"));
    m_ok->setObjectName(QStringLiteral("cardActionConfirm"));
    verification()->setAction(CardActions::verificationAction(kind));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 18, 20, 16);
    layout->setSpacing(14);
    layout->addWidget(createForm());
    layout->addWidget(verification());
    layout->addWidget(messageBar());
    layout->addLayout(createButtonRow(m_ok));
    setMinimumWidth(480);

    connect(m_ok, &QPushButton::clicked, this, &CardActionDialog::submit);
    updateAcceptable();
}

CardActions::Kind CardActionDialog::kind() const
{
    return m_kind;
}

QWidget *CardActionDialog::createForm()
{
    auto *form = new QWidget(this);
    auto *layout = new QVBoxLayout(form);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    auto *intro = new QLabel(form);
    intro->setObjectName(QStringLiteral("cardActionIntro"));
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    layout->addWidget(intro);
    auto *fields = new QFormLayout;
    fields->setHorizontalSpacing(12);
    fields->setVerticalSpacing(10);
    layout->addLayout(fields);

    const QString card = DisplayText::lastFour(this->card().last4);
    const auto addNote = [this, form, fields](const QString &label, const QString &placeholder) {
        m_note = new QLineEdit(form);
        m_note->setObjectName(QStringLiteral("cardActionNote"));
        m_note->setMaxLength(500);
        m_note->setPlaceholderText(placeholder);
        fields->addRow(label, m_note);
    };
    switch (m_kind) {
    case Kind::Lock:
        setWindowTitle(tr("Lock the card %1").arg(card));
        intro->setText(tr("A temporary lock: the card declines every payment until it is unlocked. The customer "
                          "keeps the card and its number. If it is surely lost or stolen, use \"Lost, stolen or "
                          "damaged…\" instead: it locks, reviews the spending and orders a new card in one go."));
        m_lockReason = new QComboBox(form);
        m_lockReason->setObjectName(QStringLiteral("lockReason"));
        for (const LockReason reason : CardLifecycle::AllLockReasons)
            m_lockReason->addItem(lockReasonText(reason), int(reason));
        m_lockReason->setCurrentIndex(m_lockReason->findData(int(LockReason::Misplaced)));
        fields->addRow(tr("Reason:"), m_lockReason);
        addNote(tr("Note:"), tr("Optional: what the customer said"));
        m_ok->setText(tr("Lock card"));
        break;
    case Kind::Unlock:
        setWindowTitle(tr("Unlock the card %1").arg(card));
        intro->setText(tr("The card works again at once, for everything its controls allow."));
        addNote(tr("Why:"), tr("Required: for example, the customer found the card"));
        m_ok->setText(tr("Unlock card"));
        break;
    case Kind::Activate:
        setWindowTitle(tr("Activate the card %1").arg(card));
        intro->setText(tr("Activate a card only while the customer holds it: ask them to read the last four "
                          "digits from the card in their hand. A replacement for a damaged or expired card "
                          "closes the old card now."));
        m_confirm = new QCheckBox(tr("The customer confirms the card %1 is in their hands").arg(card), form);
        m_confirm->setObjectName(QStringLiteral("receiptConfirmed"));
        layout->addWidget(m_confirm);
        m_ok->setText(tr("Activate card"));
        break;
    case Kind::ResetPin: {
        setWindowTitle(tr("New PIN for the card %1").arg(card));
        intro->setText(tr("The card gets a new PIN; the old one stops working when the new one is delivered."));
        m_pinDelivery = new QButtonGroup(form);
        auto *letter = new QRadioButton(tr("PIN letter to the registered address"), form);
        letter->setObjectName(QStringLiteral("pinByLetter"));
        auto *app = new QRadioButton(tr("Show the new PIN in the customer's app"), form);
        app->setObjectName(QStringLiteral("pinInApp"));
        m_pinDelivery->addButton(letter, 1);
        m_pinDelivery->addButton(app, 0);
        app->setChecked(true);
        layout->addWidget(app);
        layout->addWidget(letter);
        m_ok->setText(tr("Reset PIN"));
        break;
    }
    case Kind::NotReceived:
        setWindowTitle(tr("Card %1 not received").arg(card));
        intro->setText(tr("The card is closed now, as it may be in someone else's hands, and the address it was "
                          "sent to is flagged. Then confirm the address with the customer and order a new card."));
        m_ok->setText(tr("Close card and flag address"));
        break;
    case Kind::ConfirmAddress:
        setWindowTitle(tr("Confirm the customer's address"));
        intro->setText(tr("The address is flagged: %1. Clear the flag only after the customer has confirmed their "
                          "registered address; new cards and PIN letters go there again.")
                           .arg(m_addressFlag));
        m_confirm = new QCheckBox(tr("The customer has confirmed the registered address"), form);
        m_confirm->setObjectName(QStringLiteral("addressConfirmed"));
        layout->addWidget(m_confirm);
        addNote(tr("Note:"), tr("Optional: for example, the name was missing from the mailbox"));
        m_ok->setText(tr("Clear the flag"));
        connect(m_confirm, &QCheckBox::toggled, this, &CardActionDialog::updateAcceptable);
        break;
    case Kind::OrderReplacement: {
        const auto reason = CardLifecycle::closeReasonFromName(this->card().statusReason);
        const auto rule = reason ? CardLifecycle::replacementRule(*reason) : std::nullopt;
        setWindowTitle(tr("A new card for %1").arg(card));
        intro->setText(rule && rule->newNumber
                           ? tr("The card %1 is closed. The new card gets a new number and the same controls and "
                                "limits; it goes to the registered address. Confirm the address with the customer "
                                "first.").arg(card)
                           : tr("The card %1 is closed. The new card keeps the number, controls and limits; it goes "
                                "to the registered address. Confirm the address with the customer first.").arg(card));
        m_delivery = new QButtonGroup(form);
        auto *post = new QRadioButton(tr("By post (5 business days)"), form);
        post->setObjectName(QStringLiteral("replacementByPost"));
        auto *courier = new QRadioButton(tr("By courier, expedited (2 business days)"), form);
        courier->setObjectName(QStringLiteral("replacementExpedited"));
        m_delivery->addButton(post, int(ReplacementOrder::Delivery::Post));
        m_delivery->addButton(courier, int(ReplacementOrder::Delivery::Expedited));
        post->setChecked(true);
        layout->addWidget(post);
        layout->addWidget(courier);
        m_pinChoice = new QButtonGroup(form);
        auto *keepPin = new QRadioButton(tr("Keep the current PIN"), form);
        keepPin->setObjectName(QStringLiteral("replacementKeepPin"));
        auto *newPin = new QRadioButton(tr("New PIN, sent by letter separately"), form);
        newPin->setObjectName(QStringLiteral("replacementNewPin"));
        m_pinChoice->addButton(keepPin, 1);
        m_pinChoice->addButton(newPin, 0);
        keepPin->setChecked(true);
        layout->addWidget(keepPin);
        layout->addWidget(newPin);
        m_ok->setText(tr("Order the new card"));
        break;
    }
    case Kind::Controls:
    case Kind::Limits:
    case Kind::LostStolenDamaged:
        break;   // dialogs of their own
    }
    return form;
}

void CardActionDialog::updateAcceptable()
{
    // Only the address needs a tick before it can be sent; everything else
    // goes to the service, which says what is missing.
    const bool ready = m_kind != Kind::ConfirmAddress || (m_confirm && m_confirm->isChecked());
    m_ok->setEnabled(!m_busy && ready);
}

QFuture<CommandResult> CardActionDialog::perform()
{
    const QString note = m_note ? m_note->text().simplified() : QString();
    CardService *cards = service();
    const Card &card = this->card();
    switch (m_kind) {
    case Kind::Lock:
        return cards->lock(card.id, card.version, LockReason(m_lockReason->currentData().toInt()), note);
    case Kind::Unlock:
        return cards->unlock(card.id, card.version, note);
    case Kind::Activate:
        return cards->activate(card.id, card.version, m_confirm->isChecked());
    case Kind::ResetPin:
        return cards->resetPin(card.id, card.version, m_pinDelivery->checkedId() == 1);
    case Kind::NotReceived:
        return cards->reportNotReceived(card.id, card.version);
    case Kind::ConfirmAddress:
        return cards->clearAddressFlag(customerId(), note);
    case Kind::OrderReplacement: {
        ReplacementOrder order;
        order.reason = CardLifecycle::closeReasonFromName(card.statusReason).value_or(order.reason);
        order.delivery = ReplacementOrder::Delivery(m_delivery->checkedId());
        order.pinCarriesOver = m_pinChoice->checkedId() == 1;
        return cards->orderReplacement(card.id, card.version, order);
    }
    case Kind::Controls:
    case Kind::Limits:
    case Kind::LostStolenDamaged:
        break;
    }
    return QFuture<CommandResult>();
}

void CardActionDialog::submit()
{
    if (m_kind == Kind::Unlock && m_note->text().simplified().isEmpty()) {
        messageBar()->showMessage(tr("Write why the card is unlocked, for example \"the customer found it\"."),
                                  MessageBar::Warning);
        m_note->setFocus();
        return;
    }
    m_busy = true;
    updateAcceptable();
    messageBar()->hideMessage();
    perform().then(this, [this](const CommandResult &result) {
        m_busy = false;
        updateAcceptable();
        finishCommand(result);
    });
}
