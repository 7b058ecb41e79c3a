// The last two pages of the lost-card wizard: the replacement and the summary.

#include "lostcardpages.h"

#include "common/displaytext.h"
#include "common/theme.h"

#include "services/cardservice.h"
#include "services/customerservice.h"
#include "services/inboxservice.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

#include <algorithm>

using CardWorkflow::Situation;
using CardWorkflow::Step;

namespace {

QString resultLine(bool ok, const QString &text)
{
    const QString colour = ok ? Theme::success().name() : Theme::mutedText().name();
    return QStringLiteral("<tr><td style=\"color:%1; font-weight:600; padding-right:8px\">%2</td><td>%3</td></tr>")
        .arg(colour, ok ? QStringLiteral("✓") : QStringLiteral("○"), text.toHtmlEscaped());
}

QString address(const ContactDetails &c)
{
    QStringList parts;
    for (const QString &p : {c.street, QStringLiteral("%1 %2").arg(c.postcode, c.city).trimmed()}) {
        if (!p.isEmpty())
            parts << p;
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace

// --- ReplacementPage ---------------------------------------------------------

ReplacementPage::ReplacementPage(QWidget *parent)
    : LostCardPage(parent)
    , m_deliveries(new QButtonGroup(this))
    , m_pickupPoints(new QComboBox(this))
{
    setObjectName(QStringLiteral("replacementPage"));
    setCommitPage(true);
    m_rule = new QLabel(this);
    m_rule->setObjectName(QStringLiteral("replacementRule"));
    m_rule->setWordWrap(true);
    m_rule->setStyleSheet(QStringLiteral("padding: 8px 10px; border-radius: 6px; background: %1;")
                              .arg(Theme::accentSoft().name()));
    m_deliveryLabel = new QLabel(this);
    m_deliveryLabel->setProperty("role", QStringLiteral("fieldLabel"));
    m_post = new QRadioButton(this);
    m_post->setObjectName(QStringLiteral("deliveryPost"));
    m_pickup = new QRadioButton(this);
    m_pickup->setObjectName(QStringLiteral("deliveryPickupPoint"));
    m_expedited = new QRadioButton(this);
    m_expedited->setObjectName(QStringLiteral("deliveryExpedited"));
    m_none = new QRadioButton(this);
    m_none->setObjectName(QStringLiteral("deliveryNone"));
    m_deliveries->addButton(m_post);
    m_deliveries->addButton(m_pickup);
    m_deliveries->addButton(m_expedited);
    m_deliveries->addButton(m_none);
    m_address = new QLabel(this);
    m_address->setProperty("role", QStringLiteral("muted"));
    m_address->setWordWrap(true);
    m_addressFlag = new QLabel(this);
    m_addressFlag->setObjectName(QStringLiteral("addressFlag"));
    m_addressFlag->setWordWrap(true);
    m_addressFlag->setStyleSheet(QStringLiteral("color: %1;").arg(Theme::warning().darker(140).name()));
    m_pickupPoints->setObjectName(QStringLiteral("pickupPoints"));

    m_verifyRow = new QWidget(this);
    m_verifyRow->setObjectName(QStringLiteral("strongVerification"));
    m_verifyText = new QLabel(m_verifyRow);
    m_verifyText->setWordWrap(true);
    m_bankId = new QPushButton(m_verifyRow);
    m_bankId->setObjectName(QStringLiteral("verifiedBankId"));
    m_appConfirmed = new QPushButton(m_verifyRow);
    m_verifyFailed = new QPushButton(m_verifyRow);
    auto *verifyButtons = new QHBoxLayout;
    verifyButtons->setContentsMargins(0, 0, 0, 0);
    verifyButtons->addWidget(m_bankId);
    verifyButtons->addWidget(m_appConfirmed);
    verifyButtons->addWidget(m_verifyFailed);
    verifyButtons->addStretch(1);
    auto *verifyLayout = new QVBoxLayout(m_verifyRow);
    verifyLayout->setContentsMargins(20, 0, 0, 0);
    verifyLayout->addWidget(m_verifyText);
    verifyLayout->addLayout(verifyButtons);

    m_pinLabel = new QLabel(this);
    m_pinLabel->setProperty("role", QStringLiteral("fieldLabel"));
    m_keepPin = new QRadioButton(this);
    m_newPin = new QRadioButton(this);
    m_newPin->setObjectName(QStringLiteral("newPin"));
    auto *pins = new QButtonGroup(this);
    pins->addButton(m_keepPin);
    pins->addButton(m_newPin);

    m_contact = new QLabel(this);
    m_contact->setObjectName(QStringLiteral("contactDetails"));
    m_contact->setWordWrap(true);
    m_contact->setTextFormat(Qt::PlainText);
    m_contactConfirmed = new QCheckBox(this);
    m_contactConfirmed->setObjectName(QStringLiteral("contactConfirmed"));

    auto *pickupRow = new QHBoxLayout;
    pickupRow->setContentsMargins(20, 0, 0, 0);
    pickupRow->addWidget(m_pickupPoints, 1);

    auto *layout = body();
    layout->addWidget(m_rule);
    layout->addSpacing(4);
    layout->addWidget(m_deliveryLabel);
    layout->addWidget(m_post);
    auto *addressRow = new QVBoxLayout;
    addressRow->setContentsMargins(20, 0, 0, 0);
    addressRow->addWidget(m_address);
    addressRow->addWidget(m_addressFlag);
    layout->addLayout(addressRow);
    layout->addWidget(m_pickup);
    layout->addLayout(pickupRow);
    layout->addWidget(m_verifyRow);
    layout->addWidget(m_expedited);
    layout->addWidget(m_none);
    layout->addSpacing(6);
    layout->addWidget(m_pinLabel);
    layout->addWidget(m_keepPin);
    layout->addWidget(m_newPin);
    layout->addSpacing(6);
    layout->addWidget(m_contact);
    layout->addWidget(m_contactConfirmed);
    layout->addStretch(1);

    connect(m_deliveries, &QButtonGroup::buttonToggled, this, [this](QAbstractButton *, bool checked) {
        if (checked) {
            updateState();
            if (m_pickup->isChecked())
                m_pickupPoints->setFocus();
        }
    });
    connect(m_pickupPoints, &QComboBox::currentIndexChanged, this, [this] { updateState(); });
    connect(m_contactConfirmed, &QCheckBox::toggled, this, [this] { updateState(); });
    connect(m_bankId, &QPushButton::clicked, this,
            [this] { verifyStrongly(Verification::Method::StrongElectronicId, true); });
    connect(m_appConfirmed, &QPushButton::clicked, this,
            [this] { verifyStrongly(Verification::Method::AppConfirmation, true); });
    connect(m_verifyFailed, &QPushButton::clicked, this,
            [this] { verifyStrongly(Verification::Method::StrongElectronicId, false); });
    retranslateUi();
}

void ReplacementPage::initializePage()
{
    const LostCardState &s = state();
    const QString last4 = DisplayText::lastFour(s.last4());
    m_rule->setText(CardWorkflow::givesNewNumber(s.situation)
                        ? tr("A new card with a new number. %1 is closed for good when you order it.").arg(last4)
                        : tr("A new card with the same number. %1 keeps working until the new one is activated.")
                              .arg(last4));
    const Customer &customer = s.customer.customer;
    m_address->setText(address(customer.contact));
    m_addressFlag->setVisible(false);
    m_pickupPoints->clear();
    for (const PickupPoint &point : PickupPoints::forCustomer(customer.country, customer.contact.city))
        m_pickupPoints->addItem(point.displayName(), point.displayName());
    m_none->setVisible(s.situation != Situation::Damaged);
    if (!m_deliveries->checkedButton())
        m_post->setChecked(true);
    const bool newPin = CardWorkflow::suggestsNewPin(s.situation);
    m_newPin->setChecked(newPin);
    m_keepPin->setChecked(!newPin);
    m_contact->setText(tr("Registered address: %1\nPhone: %2\nEmail: %3")
                           .arg(address(customer.contact),
                                customer.contact.phoneE164.isEmpty() ? tr("none") : customer.contact.phoneE164,
                                customer.contact.email.isEmpty() ? tr("none") : customer.contact.email));
    m_contactConfirmed->setChecked(s.contactConfirmed);
    m_stronglyVerified = false;
    // The address flag (a card sent there never arrived) is on the card holder's status.
    lostCardWizard()->services().cards->holderStatus(s.customerId).then(this, [this](const CardHolderStatus &status) {
        if (status.addressFlag.isEmpty())
            return;
        m_addressFlag->setText(tr("⚠ A card sent to this address did not arrive (%1). Confirm the address, or "
                                  "choose a pickup point.")
                                   .arg(status.addressFlag));
        m_addressFlag->setVisible(true);
    });
    updateState();
    m_post->setFocus();
}

bool ReplacementPage::needsStrongVerification() const
{
    return m_pickup->isChecked();
}

void ReplacementPage::updateState()
{
    m_pickupPoints->setEnabled(m_pickup->isChecked());
    m_verifyRow->setVisible(needsStrongVerification());
    m_verifyText->setText(m_stronglyVerified
                              ? tr("✓ The customer is strongly verified.")
                              : tr("Another address than the registered one needs strong verification: verify the "
                                   "customer with bank ID or in the app."));
    for (QPushButton *b : {m_bankId, m_appConfirmed, m_verifyFailed})
        b->setVisible(!m_stronglyVerified);
    const bool replacing = !m_none->isChecked();
    m_keepPin->setEnabled(replacing);
    m_newPin->setEnabled(replacing);
    m_contactConfirmed->setEnabled(replacing);
    if (wizard())
        wizard()->setButtonText(QWizard::CommitButton, replacing ? tr("&Order replacement") : tr("&Close the card"));
    Q_EMIT completeChanged();
}

void ReplacementPage::verifyStrongly(Verification::Method method, bool passed)
{
    LostCardState &s = state();
    LostCardWizard *w = lostCardWizard();
    w->setBusy(true);
    w->services().cards->recordVerification(s.customerId, s.cardId, method, passed)
        .then(this, [this, passed](const CommandResult &result) {
            lostCardWizard()->setBusy(false);
            if (!result.ok()) {
                showMessage(result.message, MessageBar::Error);
                return;
            }
            m_stronglyVerified = passed;
            if (!passed)
                showMessage(tr("Verification failed: send the card to the registered address, or verify again."),
                            MessageBar::Warning);
            updateState();
        });
}

bool ReplacementPage::isComplete() const
{
    if (wizardBusy())
        return false;
    if (m_none->isChecked())
        return true;
    if (!m_contactConfirmed->isChecked())
        return false;
    if (m_pickup->isChecked())
        return m_pickupPoints->currentIndex() >= 0 && m_stronglyVerified;
    return m_deliveries->checkedButton() != nullptr;
}

int ReplacementPage::nextId() const
{
    return LostCardWizard::SummaryPageId;
}

QString ReplacementPage::chosenDelivery() const
{
    if (m_pickup->isChecked())
        return QStringLiteral("pickup_point");
    if (m_expedited->isChecked())
        return QStringLiteral("expedited");
    return QStringLiteral("post");
}

void ReplacementPage::commit(const std::function<void(bool)> &done)
{
    LostCardState &s = state();
    s.contactConfirmed = m_contactConfirmed->isChecked();
    if (s.replacementOrdered || s.closedWithoutReplacement) {   // resumed after it was done
        done(true);
        return;
    }
    LostCardWizard *w = lostCardWizard();
    w->setBusy(true);
    // The card moved (locked) since the wizard read it: act on its version now.
    w->reloadCustomer([this, done](bool ok, const QString &message) {
        LostCardState &s = state();
        LostCardWizard *w = lostCardWizard();
        const Card *card = s.card();
        if (!ok || !card) {
            w->setBusy(false);
            showMessage(message.isEmpty() ? tr("The card could not be read again.") : message, MessageBar::Error);
            done(false);
            return;
        }
        CardService *cards = w->services().cards;
        if (m_none->isChecked()) {
            cards->close(card->id, card->version, CardWorkflow::closeReason(s.situation),
                         s.reasonText.isEmpty() ? tr("closed without a replacement") : s.reasonText)
                .then(this, [this, done](const CommandResult &result) {
                    if (result.ok())
                        state().closedWithoutReplacement = true;
                    afterOrder(result, done);
                });
            return;
        }
        ReplacementOrder order;
        order.reason = CardWorkflow::closeReason(s.situation);
        const QString delivery = chosenDelivery();
        order.delivery = delivery == QLatin1StringView("pickup_point") ? ReplacementOrder::Delivery::PickupPoint
                         : delivery == QLatin1StringView("expedited")  ? ReplacementOrder::Delivery::Expedited
                                                                       : ReplacementOrder::Delivery::Post;
        order.pickupPoint = order.delivery == ReplacementOrder::Delivery::PickupPoint
                                ? m_pickupPoints->currentData().toString()
                                : QString();
        order.pinCarriesOver = m_keepPin->isChecked();
        s.delivery = delivery;
        s.pickupPoint = order.pickupPoint;
        s.pinCarriesOver = order.pinCarriesOver;
        cards->orderReplacement(card->id, card->version, order).then(this, [this, done](const CommandResult &result) {
            if (result.ok())
                state().replacementOrdered = true;
            afterOrder(result, done);
        });
    });
}

void ReplacementPage::afterOrder(const CommandResult &result, const std::function<void(bool)> &done)
{
    LostCardWizard *w = lostCardWizard();
    if (!result.ok()) {
        w->setBusy(false);
        showMessage(result.message, MessageBar::Error);
        done(false);
        return;
    }
    state().replacementMessage = result.message;
    // Read the new card back: its last four go into the confirmation.
    w->reloadCustomer([this, done](bool, const QString &) {
        LostCardState &s = state();
        for (const Card &card : s.customer.cards) {
            if (card.replacementOf == s.cardId)
                s.newLast4 = card.last4;
        }
        lostCardWizard()->setBusy(false);
        lostCardWizard()->save(Step::Summary, [this, done](bool ok, const QString &message) {
            if (!ok)
                showMessage(message, MessageBar::Error);
            done(true);   // the order is placed; the summary says what is left
        });
    });
}

void ReplacementPage::retranslateUi()
{
    setTitle(tr("Replacement card"));
    setSubTitle(tr("How the new card travels, and its PIN."));
    m_deliveryLabel->setText(tr("Delivery"));
    m_post->setText(tr("By &post to the registered address (5 business days)"));
    m_pickup->setText(tr("To a p&ickup point"));
    m_expedited->setText(tr("E&xpedited by courier to the registered address (2 business days)"));
    m_none->setText(tr("No replacement: close the card only"));
    m_bankId->setText(tr("Verified with &bank ID"));
    m_appConfirmed->setText(tr("Confirmed in the &app"));
    m_verifyFailed->setText(tr("Verification failed"));
    m_pinLabel->setText(tr("PIN"));
    m_keepPin->setText(tr("&Keep the current PIN"));
    m_newPin->setText(tr("&New PIN, sent by letter separately"));
    m_contactConfirmed->setText(tr("Address, phone and email &confirmed with the customer (changes need strong "
                                   "verification: edit them in the customer view)"));
    updateState();
}

// --- SummaryPage -------------------------------------------------------------

SummaryPage::SummaryPage(QWidget *parent)
    : LostCardPage(parent)
    , m_confirmation(new QPlainTextEdit(this))
    , m_note(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("summaryPage"));
    setFinalPage(true);
    m_actions = new QLabel(this);
    m_actions->setObjectName(QStringLiteral("summaryActions"));
    m_actions->setTextFormat(Qt::RichText);
    m_actions->setWordWrap(true);
    m_confirmationLabel = new QLabel(this);
    m_confirmationLabel->setProperty("role", QStringLiteral("fieldLabel"));
    m_confirmationLabel->setWordWrap(true);
    m_confirmationLabel->setBuddy(m_confirmation);
    m_confirmation->setObjectName(QStringLiteral("confirmationText"));
    m_confirmation->setTabChangesFocus(true);
    m_noteLabel = new QLabel(this);
    m_noteLabel->setProperty("role", QStringLiteral("fieldLabel"));
    m_noteLabel->setBuddy(m_note);
    m_note->setObjectName(QStringLiteral("internalNote"));
    m_note->setTabChangesFocus(true);
    m_note->setMaximumHeight(90);

    body()->addWidget(m_actions);
    body()->addWidget(m_confirmationLabel);
    body()->addWidget(m_confirmation, 1);
    body()->addWidget(m_noteLabel);
    body()->addWidget(m_note);
    retranslateUi();
}

QString SummaryPage::language() const
{
    const QString language = state().customer.customer.contact.language;
    return WorkflowMessages::languages().contains(language) ? language : QStringLiteral("en");
}

bool SummaryPage::replyOnConversation() const
{
    const LostCardState &s = state();
    return s.conversationId != 0 && s.conversationChannel && *s.conversationChannel != Channel::Phone
           && *s.conversationChannel != Channel::Alert;
}

QString SummaryPage::channelText() const
{
    const LostCardState &s = state();
    if (replyOnConversation()) {
        switch (*s.conversationChannel) {
        case Channel::Email:
            return tr("as a reply to the customer's email");
        case Channel::Chat:
            return tr("in the chat");
        case Channel::WebForm:
            return tr("as a reply to the web form");
        case Channel::Social:
            return tr("as a reply on social media");
        case Channel::App:
            return tr("as a message in the app");
        default:
            break;
        }
    }
    return s.customer.customer.contact.email.isEmpty() ? tr("as a message in the app")
                                                       : tr("by email to %1").arg(s.customer.customer.contact.email);
}

void SummaryPage::initializePage()
{
    const LostCardState &s = state();
    renderActions();
    const WorkflowFacts facts = s.facts(lostCardWizard()->services().agent.displayName);
    m_confirmation->setPlainText(WorkflowMessages::confirmation(language(), facts));
    m_confirmationLabel->setText(tr("Confirmation to the customer, in %1, %2")
                                     .arg(DisplayText::languageName(language()), channelText()));
    QStringList note;
    note << tr("Card %2 %1 (%3).", "card •••• 1234 stolen (customer's words)")
                .arg(DisplayText::workflowSituation(s.situation), DisplayText::lastFour(s.last4()),
                     s.reasonText.isEmpty() ? tr("no details given") : s.reasonText);
    if (s.locked)
        note << tr("Locked at once.");
    if (s.lastCertainUse.isValid())
        note << tr("Last certain use %1; %n transaction(s) reviewed, %2 disputed.", "",
                   int(s.verdicts.size()))
                    .arg(DisplayText::dateTime(s.lastCertainUse.toLocalTime()))
                    .arg(s.filed.size());
    if (!s.policeReference.isEmpty())
        note << tr("Police reference %1.").arg(s.policeReference);
    if (!s.replacementMessage.isEmpty())
        note << s.replacementMessage;
    m_note->setPlainText(note.join(QLatin1Char(' ')));
    m_confirmation->setReadOnly(s.confirmationSent);
    m_note->setReadOnly(s.noteAdded);
    if (wizard())
        wizard()->setButtonText(QWizard::FinishButton, tr("&Send and finish"));
}

void SummaryPage::renderActions()
{
    const LostCardState &s = state();
    QString rows;
    const QString last4 = DisplayText::lastFour(s.last4());
    if (CardWorkflow::locksCard(s.situation))
        rows += resultLine(s.locked, s.locked ? tr("%1 locked").arg(last4) : tr("%1 not locked").arg(last4));
    if (CardWorkflow::reviewsTransactions(s.situation))
        rows += resultLine(true, tr("%n transaction(s) reviewed", "", int(s.verdicts.size())));
    for (const QString &filed : s.filed)
        rows += resultLine(true, filed);
    if (!s.policeReference.isEmpty())
        rows += resultLine(true, tr("Police reference %1 recorded").arg(s.policeReference));
    if (s.replacementOrdered)
        rows += resultLine(true, s.replacementMessage);
    else if (s.closedWithoutReplacement)
        rows += resultLine(true, s.replacementMessage);
    else
        rows += resultLine(false, tr("No replacement ordered"));
    rows += resultLine(s.confirmationSent, s.confirmationSent ? tr("Confirmation sent to the customer")
                                                              : tr("Confirmation to the customer: sent when you finish"));
    rows += resultLine(s.noteAdded, s.noteAdded ? tr("Internal note added")
                                                : tr("Internal note: added when you finish"));
    m_actions->setText(QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">%1</table>").arg(rows));
}

int SummaryPage::nextId() const
{
    return -1;
}

void SummaryPage::commit(const std::function<void(bool)> &done)
{
    sendConfirmation([this, done](bool ok) {
        if (!ok) {
            done(false);
            return;
        }
        addNote([this, done](bool ok) {
            if (!ok) {
                done(false);
                return;
            }
            complete(done);
        });
    });
}

std::function<void(const CommandResult &)> SummaryPage::stepDone(bool LostCardState::*flag, QPlainTextEdit *editor,
                                                                 const std::function<void(bool)> &done)
{
    return [this, flag, editor, done](const CommandResult &result) {
        lostCardWizard()->setBusy(false);
        if (!result.ok()) {
            showMessage(result.message, MessageBar::Error);
            done(false);
            return;
        }
        state().*flag = true;   // a retried Finish does not send it twice
        editor->setReadOnly(true);
        renderActions();
        done(true);
    };
}

void SummaryPage::sendConfirmation(const std::function<void(bool)> &done)
{
    LostCardState &s = state();
    if (s.confirmationSent) {
        done(true);
        return;
    }
    LostCardWizard *w = lostCardWizard();
    InboxService *inbox = w->services().inbox;
    const QString text = m_confirmation->toPlainText();
    w->setBusy(true);
    const auto handle = stepDone(&LostCardState::confirmationSent, m_confirmation, done);
    if (replyOnConversation()) {
        inbox->sendReply(s.conversationId, text).then(this, handle);
        return;
    }
    const Channel channel = s.customer.customer.contact.email.isEmpty() ? Channel::App : Channel::Email;
    inbox->writeToCustomer(s.customerId, channel, WorkflowMessages::subject(language(), s.facts(QString())), text)
        .then(this, [handle](const OutboundResult &sent) { handle(sent.result); });
}

void SummaryPage::addNote(const std::function<void(bool)> &done)
{
    LostCardState &s = state();
    if (s.noteAdded) {
        done(true);
        return;
    }
    LostCardWizard *w = lostCardWizard();
    InboxService *inbox = w->services().inbox;
    const QString text = m_note->toPlainText();
    w->setBusy(true);
    const auto handle = stepDone(&LostCardState::noteAdded, m_note, done);
    if (s.conversationId != 0) {
        inbox->addNote(s.conversationId, text).then(this, handle);
        return;
    }
    // Started in the customer view, on the phone: the call is logged with the note.
    const qint64 elapsed = s.lockedAt.isValid()
                               ? QDateTime::currentDateTimeUtc().toSecsSinceEpoch() - s.lockedAt.toSecsSinceEpoch()
                               : 0;
    const int seconds = int(std::clamp<qint64>(elapsed, 0, 4 * 3600));
    inbox->logCall(s.customerId, 0, tr("Lost, stolen or damaged card"), text, seconds)
        .then(this, [this, handle](const LogCallResult &call) {
            if (call.result.ok())
                state().conversationId = call.conversationId;
            handle(call.result);
        });
}

void SummaryPage::complete(const std::function<void(bool)> &done)
{
    LostCardState &s = state();
    LostCardWizard *w = lostCardWizard();
    w->setBusy(true);
    w->services().cards->finishWorkflow(s.workflowId, s.workflowVersion, true, s.toJson())
        .then(this, [this, done](const WorkflowResult &answer) {
            lostCardWizard()->setBusy(false);
            if (answer.result.status != CommandResult::Applied) {
                showMessage(answer.result.message, MessageBar::Error);
                done(false);
                return;
            }
            state().workflowVersion = answer.workflow.version;
            state().step = Step::Done;
            Q_EMIT lostCardWizard()->outcome(
                tr("Done: %1. The confirmation is queued for the customer and the note is on the conversation.")
                    .arg(DisplayText::lastFour(state().last4())),
                MessageBar::Positive);
            done(true);
        });
}

void SummaryPage::retranslateUi()
{
    setTitle(tr("Summary"));
    setSubTitle(tr("What was done, and what the customer is told."));
    m_noteLabel->setText(tr("Internal &note (never shown to the customer)"));
}
