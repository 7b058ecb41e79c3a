#include "lostcardpages.h"

#include "common/displaytext.h"
#include "common/theme.h"

#include "services/cardservice.h"
#include "services/customerservice.h"
#include "services/inboxservice.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTreeWidget>
#include <QVBoxLayout>

using CardWorkflow::Situation;
using CardWorkflow::Step;
using DisputeReasons::Reason;
using Verdict = LostCardState::Verdict;

namespace {

constexpr int TransactionIdRole = Qt::UserRole + 1;

QLabel *mutedLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setProperty("role", QStringLiteral("muted"));
    label->setWordWrap(true);
    return label;
}

QString reasonText(Reason reason)
{
    switch (reason) {
    case Reason::NotAuthorised:
        return LostCardWizard::tr("Not made or allowed by the customer");
    case Reason::Duplicate:
        return LostCardWizard::tr("Charged twice");
    case Reason::AmountDiffers:
        return LostCardWizard::tr("Amount differs from the receipt");
    case Reason::NotReceived:
        return LostCardWizard::tr("Goods or service not received");
    case Reason::CancelledRecurring:
        return LostCardWizard::tr("Subscription already cancelled");
    }
    return QString();
}

/// A result line: a coloured mark and the text.
QString resultHtml(bool ok, const QString &text)
{
    const QString colour = ok ? Theme::success().name() : Theme::danger().name();
    return QStringLiteral("<span style=\"color:%1; font-weight:600\">%2</span>&nbsp; %3")
        .arg(colour, ok ? QStringLiteral("✓") : QStringLiteral("✕"), text.toHtmlEscaped());
}

QString transactionText(const Transaction &t)
{
    return QStringLiteral("%1 · %2 · %3").arg(DisplayText::recentDateTime(t.occurredAt), t.merchant,
                                             DisplayText::money(t.amount));
}

} // namespace

// --- SituationPage -----------------------------------------------------------

SituationPage::SituationPage(QWidget *parent)
    : LostCardPage(parent)
    , m_card(new QComboBox(this))
    , m_situations(new QButtonGroup(this))
    , m_words(new QLineEdit(this))
{
    setObjectName(QStringLiteral("situationPage"));
    setCommitPage(true);
    m_card->setObjectName(QStringLiteral("cardChoice"));
    m_cardLabel = new QLabel(this);
    m_cardLabel->setBuddy(m_card);
    m_whatLabel = new QLabel(this);
    m_whatLabel->setProperty("role", QStringLiteral("fieldLabel"));

    auto *choices = new QVBoxLayout;
    choices->setSpacing(6);
    for (const Situation situation : CardWorkflow::AllSituations) {
        auto *button = new QRadioButton(this);
        button->setObjectName(QStringLiteral("situation_") + CardWorkflow::situationName(situation));
        m_situations->addButton(button, int(situation));
        m_situationButtons << button;
        choices->addWidget(button);
    }
    m_hint = mutedLabel(this);
    m_hint->setObjectName(QStringLiteral("situationHint"));
    m_words->setObjectName(QStringLiteral("customerWords"));
    m_words->setMaxLength(2000);
    m_wordsLabel = new QLabel(this);
    m_wordsLabel->setBuddy(m_words);

    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignLeft);
    form->setVerticalSpacing(12);
    form->addRow(m_cardLabel, m_card);
    form->addRow(m_whatLabel, choices);
    form->addRow(QString(), m_hint);
    form->addRow(m_wordsLabel, m_words);
    body()->addLayout(form);
    body()->addStretch(1);

    connect(m_situations, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (checked) {
            updateCommitText();
            Q_EMIT completeChanged();
        }
    });
    connect(m_card, &QComboBox::currentIndexChanged, this, [this] {
        updateCommitText();
        Q_EMIT completeChanged();
    });
    retranslateUi();
}

void SituationPage::setChoices(const QList<Card> &cards, qint64 cardId, std::optional<Situation> situation)
{
    m_card->clear();
    for (const Card &card : cards) {
        const bool usable = card.status == CardStatus::Active || card.status == CardStatus::Locked;
        m_card->addItem(tr("%1 · %2 · %3", "masked number · product · status")
                            .arg(DisplayText::lastFour(card.last4), card.product, DisplayText::cardStatus(card.status)),
                        card.id);
        if (!usable) {
            // Shown, so the agent sees the whole picture, but not chosen: a card
            // on its way is "not received", a closed one has nothing to lock.
            if (auto *model = qobject_cast<QStandardItemModel *>(m_card->model()))
                model->item(m_card->count() - 1)->setEnabled(false);
        }
        if (card.id == cardId)
            m_card->setCurrentIndex(m_card->count() - 1);
    }
    if (QAbstractButton *checked = m_situations->checkedButton()) {
        m_situations->setExclusive(false);
        checked->setChecked(false);
        m_situations->setExclusive(true);
    }
    if (situation)
        m_situations->button(int(*situation))->setChecked(true);
    m_words->setText(state().reasonText);
    updateCommitText();
    Q_EMIT completeChanged();
}

void SituationPage::initializePage()
{
    const bool started = state().workflowId > 0;
    m_card->setEnabled(!started);
    for (QRadioButton *button : std::as_const(m_situationButtons))
        button->setEnabled(!started);
    updateCommitText();
    if (QAbstractButton *checked = m_situations->checkedButton())
        checked->setFocus();
    else if (!m_situationButtons.isEmpty())
        m_situationButtons.constFirst()->setFocus();
}

std::optional<Situation> SituationPage::chosenSituation() const
{
    const int id = m_situations->checkedId();
    if (id < 0)
        return std::nullopt;
    return Situation(id);
}

bool SituationPage::isComplete() const
{
    return chosenSituation().has_value() && m_card->currentData().toLongLong() != 0
           && !wizardBusy();
}

int SituationPage::nextId() const
{
    const std::optional<Situation> situation = chosenSituation();
    if (situation && !CardWorkflow::locksCard(*situation))
        return LostCardWizard::ReplacementPageId;
    return LostCardWizard::LockedPageId;
}

void SituationPage::updateCommitText()
{
    if (!wizard())
        return;   // still being built
    const std::optional<Situation> situation = chosenSituation();
    const bool locks = !situation || CardWorkflow::locksCard(*situation);
    const qint64 cardId = m_card->currentData().toLongLong();
    bool alreadyLocked = false;
    for (const Card &card : state().customer.cards) {
        if (card.id == cardId)
            alreadyLocked = card.status == CardStatus::Locked;
    }
    if (wizard())
        wizard()->setButtonText(QWizard::CommitButton, locks && !alreadyLocked && !state().locked
                                                           ? tr("Card identified — &lock now")
                                                           : tr("Continue"));
    if (!situation)
        m_hint->setText(tr("Ask which card, and what happened. The card is locked as soon as you continue: "
                           "identifying the card is enough for a protective lock."));
    else if (!locks)
        m_hint->setText(tr("A damaged card keeps working until its replacement is activated; nothing is locked."));
    else if (*situation == Situation::Compromised)
        m_hint->setText(tr("Someone else may have the card's details. The card is locked now and replaced with a "
                           "new number."));
    else
        m_hint->setText(tr("The card is locked as soon as you continue. A lock can be lifted if the card turns up."));
}

void SituationPage::commit(const std::function<void(bool)> &done)
{
    LostCardState &s = state();
    const std::optional<Situation> situation = chosenSituation();
    if (!situation) {
        done(false);
        return;
    }
    s.reasonText = m_words->text().trimmed();
    if (s.workflowId) {   // resumed, or came back: the lock is done already
        done(true);
        return;
    }
    s.cardId = m_card->currentData().toLongLong();
    s.situation = *situation;
    LostCardWizard *w = lostCardWizard();
    w->setBusy(true);
    w->services().cards->startWorkflow(s.customerId, s.cardId, s.situation, s.conversationId)
        .then(this, [this, done](const WorkflowResult &answer) {
            LostCardState &s = state();
            if (answer.result.status != CommandResult::Applied) {
                lostCardWizard()->setBusy(false);
                showMessage(answer.result.message, MessageBar::Warning);
                if (answer.workflow.id) {
                    // Someone started one for this card: offer to continue theirs.
                    const qint64 open = answer.workflow.id;
                    QMetaObject::invokeMethod(lostCardWizard(), [w = lostCardWizard(), open] { w->resume(open); },
                                              Qt::QueuedConnection);
                }
                done(false);
                return;
            }
            s.workflowId = answer.workflow.id;
            s.workflowVersion = answer.workflow.version;
            if (!CardWorkflow::locksCard(s.situation)) {
                lostCardWizard()->setBusy(false);
                lostCardWizard()->save(Step::Replacement, [this, done](bool ok, const QString &message) {
                    if (!ok)
                        showMessage(message, MessageBar::Error);
                    done(ok);
                });
                return;
            }
            lockCard(done);
        });
}

void SituationPage::lockCard(const std::function<void(bool)> &done)
{
    LostCardState &s = state();
    const Card *card = s.card();
    LostCardWizard *w = lostCardWizard();
    if (!card) {
        w->setBusy(false);
        done(false);
        return;
    }
    const auto saveLocked = [this, done] {
        lostCardWizard()->save(Step::Locked, [this, done](bool ok, const QString &message) {
            if (!ok)
                showMessage(message, MessageBar::Error);
            done(true);   // the lock is what matters; a failed save is shown and retried on the next step
        });
    };
    if (card->status == CardStatus::Locked) {
        s.locked = true;
        s.lockMessage = tr("The card %1 was already locked; it stays locked.").arg(DisplayText::lastFour(card->last4));
        w->setBusy(false);
        saveLocked();
        return;
    }
    const qint64 cardId = card->id;
    const int version = card->version;
    CardService *cards = w->services().cards;
    cards->recordVerification(s.customerId, cardId, Verification::Method::CardIdentified, true)
        .then(this, [this, cards, cardId, version](const CommandResult &verified) {
            if (!verified.ok())
                return QtFuture::makeReadyFuture(verified);
            const QString why = state().reasonText.isEmpty() ? DisplayText::workflowSituation(state().situation)
                                                             : state().reasonText;
            return cards->lock(cardId, version, CardWorkflow::lockReason(state().situation), why);
        })
        .unwrap()
        .then(this, [this, done, saveLocked](const CommandResult &locked) {
            LostCardState &s = state();
            lostCardWizard()->setBusy(false);
            if (!locked.ok()) {
                s.lockMessage = locked.message;
                showMessage(tr("The card is NOT locked: %1").arg(locked.message), MessageBar::Error);
                done(false);
                return;
            }
            s.locked = true;
            s.lockedAt = QDateTime::currentDateTimeUtc();
            s.lockMessage = locked.message;
            saveLocked();
        });
}

void SituationPage::retranslateUi()
{
    setTitle(tr("What happened?"));
    setSubTitle(tr("Lock the card first; everything else can follow."));
    m_cardLabel->setText(tr("&Card"));
    m_whatLabel->setText(tr("What happened"));
    const QStringList texts = {tr("&Lost"), tr("&Stolen"), tr("&Damaged (still in the customer's hands)"),
                               tr("C&ompromised (someone else used the card's details)")};
    for (int i = 0; i < m_situationButtons.size() && i < texts.size(); ++i)
        m_situationButtons.at(i)->setText(texts.at(i));
    m_wordsLabel->setText(tr("In the customer's &words"));
    m_words->setPlaceholderText(tr("Optional: where and when, what they noticed"));
    updateCommitText();
}

// --- LockedPage --------------------------------------------------------------

LockedPage::LockedPage(QWidget *parent)
    : LostCardPage(parent)
    , m_result(new QLabel(this))
    , m_lastUse(new QDateTimeEdit(this))
{
    setObjectName(QStringLiteral("lockedPage"));
    m_result->setObjectName(QStringLiteral("lockResult"));
    m_result->setTextFormat(Qt::RichText);
    m_result->setWordWrap(true);
    m_result->setStyleSheet(QStringLiteral("font-size: 15px; padding: 10px 12px; border-radius: 6px;"
                                           " background: %1;")
                                .arg(Theme::accentSoft().name()));
    m_lastUse->setObjectName(QStringLiteral("lastCertainUse"));
    m_lastUse->setCalendarPopup(true);
    m_lastUse->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
    m_lastUseLabel = new QLabel(this);
    m_lastUseLabel->setBuddy(m_lastUse);
    m_lastUseHint = mutedLabel(this);

    auto *form = new QFormLayout;
    form->setVerticalSpacing(12);
    form->addRow(m_lastUseLabel, m_lastUse);
    form->addRow(QString(), m_lastUseHint);
    body()->addWidget(m_result);
    body()->addSpacing(8);
    body()->addLayout(form);
    body()->addStretch(1);
    retranslateUi();
}

void LockedPage::initializePage()
{
    const LostCardState &s = state();
    if (s.locked) {
        const QString when = s.lockedAt.isValid() ? DisplayText::recentDateTime(s.lockedAt) : QString();
        m_result->setText(resultHtml(true, when.isEmpty()
                                               ? s.lockMessage
                                               : tr("%1 is locked since %2. No new purchases can go through.")
                                                     .arg(DisplayText::lastFour(s.last4()), when)));
    } else {
        m_result->setText(resultHtml(false, s.lockMessage));
    }
    const QDateTime now = QDateTime::currentDateTime();
    m_lastUse->setMaximumDateTime(now);
    m_lastUse->setDateTime(s.lastCertainUse.isValid()
                               ? s.lastCertainUse.toLocalTime()
                               : QDateTime(now.date().addDays(-2), QTime(now.time().hour(), 0)));
    m_lastUse->setFocus();
}

int LockedPage::nextId() const
{
    return CardWorkflow::reviewsTransactions(state().situation) ? LostCardWizard::ReviewPageId
                                                                : LostCardWizard::ReplacementPageId;
}

void LockedPage::commit(const std::function<void(bool)> &done)
{
    state().lastCertainUse = m_lastUse->dateTime().toUTC();
    lostCardWizard()->save(Step::Review, [this, done](bool ok, const QString &message) {
        if (!ok)
            showMessage(message, MessageBar::Error);
        done(ok);
    });
}

void LockedPage::retranslateUi()
{
    setTitle(tr("The card is locked"));
    setSubTitle(tr("Now find out what was spent since the customer last had the card for sure."));
    m_lastUseLabel->setText(tr("Last &certain use"));
    m_lastUseHint->setText(tr("When the customer last used the card or saw it themselves. Everything after that "
                              "is reviewed on the next page."));
}

// --- ReviewPage --------------------------------------------------------------

ReviewPage::ReviewPage(QWidget *parent)
    : LostCardPage(parent)
    , m_list(new QTreeWidget(this))
    , m_reason(new QComboBox(this))
    , m_evidence(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("reviewPage"));
    m_intro = mutedLabel(this);
    m_list->setObjectName(QStringLiteral("reviewList"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setColumnCount(5);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_list->installEventFilter(this);

    m_recognised = new QPushButton(this);
    m_recognised->setObjectName(QStringLiteral("markRecognised"));
    m_notRecognised = new QPushButton(this);
    m_notRecognised->setObjectName(QStringLiteral("markNotRecognised"));
    for (QPushButton *b : {m_recognised, m_notRecognised})
        b->setFocusPolicy(Qt::NoFocus);   // the keys R and N work from the list
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_recognised);
    buttons->addWidget(m_notRecognised);
    buttons->addStretch(1);

    // The dispute of the current not-recognised transaction, and the evidence its reason needs.
    m_disputeBox = new QWidget(this);
    m_disputeBox->setObjectName(QStringLiteral("disputeBox"));
    m_disputeTitle = new QLabel(m_disputeBox);
    m_disputeTitle->setProperty("role", QStringLiteral("fieldLabel"));
    m_reasonLabel = new QLabel(m_disputeBox);
    m_reasonLabel->setBuddy(m_reason);
    m_reason->setObjectName(QStringLiteral("disputeReason"));
    for (const Reason reason : DisputeReasons::AllReasons)
        m_reason->addItem(QString(), int(reason));

    m_declaration = new QCheckBox(m_evidence);
    m_declaration->setObjectName(QStringLiteral("declaration"));
    m_duplicateOf = new QComboBox(m_evidence);
    m_receiptAmount = new QDoubleSpinBox(m_evidence);
    m_receiptAmount->setDecimals(2);
    m_receiptAmount->setMaximum(1e9);
    m_expectedBy = new QDateEdit(m_evidence);
    m_expectedBy->setCalendarPopup(true);
    m_merchantContacted = new QCheckBox(m_evidence);
    m_cancelledOn = new QDateEdit(m_evidence);
    m_cancelledOn->setCalendarPopup(true);
    const auto wrap = [this](std::initializer_list<QWidget *> widgets) {
        auto *page = new QWidget(m_evidence);
        auto *layout = new QVBoxLayout(page);
        layout->setContentsMargins(0, 0, 0, 0);
        for (QWidget *w : widgets) {
            w->setParent(page);
            layout->addWidget(w);
        }
        layout->addStretch(1);
        m_evidence->addWidget(page);
    };
    wrap({m_declaration});
    wrap({m_duplicateOf});
    wrap({m_receiptAmount});
    wrap({m_expectedBy, m_merchantContacted});
    wrap({m_cancelledOn});
    m_evidenceProblem = new QLabel(m_disputeBox);
    m_evidenceProblem->setObjectName(QStringLiteral("evidenceProblem"));
    m_evidenceProblem->setWordWrap(true);
    m_evidenceProblem->setStyleSheet(QStringLiteral("color: %1;").arg(Theme::danger().name()));

    auto *disputeForm = new QFormLayout(m_disputeBox);
    disputeForm->setContentsMargins(0, 4, 0, 0);
    disputeForm->addRow(m_disputeTitle);
    disputeForm->addRow(m_reasonLabel, m_reason);
    disputeForm->addRow(QString(), m_evidence);
    disputeForm->addRow(QString(), m_evidenceProblem);

    body()->addWidget(m_intro);
    body()->addWidget(m_list, 1);
    body()->addLayout(buttons);
    body()->addWidget(m_disputeBox);

    connect(m_recognised, &QPushButton::clicked, this, [this] { markCurrent(Verdict::Recognised); });
    connect(m_notRecognised, &QPushButton::clicked, this, [this] { markCurrent(Verdict::NotRecognised); });
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) { showDisputeFor(item); });
    connect(m_reason, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_evidence->setCurrentIndex(index);
        storeEvidence();
    });
    connect(m_declaration, &QCheckBox::toggled, this, &ReviewPage::storeEvidence);
    connect(m_duplicateOf, &QComboBox::currentIndexChanged, this, &ReviewPage::storeEvidence);
    connect(m_receiptAmount, &QDoubleSpinBox::valueChanged, this, &ReviewPage::storeEvidence);
    connect(m_expectedBy, &QDateEdit::dateChanged, this, &ReviewPage::storeEvidence);
    connect(m_merchantContacted, &QCheckBox::toggled, this, &ReviewPage::storeEvidence);
    connect(m_cancelledOn, &QDateEdit::dateChanged, this, &ReviewPage::storeEvidence);
    retranslateUi();
}

void ReviewPage::initializePage()
{
    m_transactions.clear();
    m_list->clear();
    m_disputeBox->setVisible(false);
    const LostCardState &s = state();
    m_intro->setText(tr("Since %1. Ask about each one: press R if the customer recognises it, N if not. "
                        "Purchases the customer does not recognise are disputed.")
                         .arg(DisplayText::dateTime(s.lastCertainUse.toLocalTime())));
    LostCardWizard *w = lostCardWizard();
    w->setBusy(true);
    w->services().cards->transactionsSince(s.cardId, s.lastCertainUse).then(this, [this](const TransactionList &list) {
        lostCardWizard()->setBusy(false);
        if (!list.error.isEmpty()) {
            showMessage(tr("The transactions could not be read: %1").arg(list.error), MessageBar::Error);
            return;
        }
        fill(list.transactions);
        if (!list.notice.isEmpty())
            showMessage(list.notice, MessageBar::Warning);   // e.g. offline: some may be missing
    });
}

void ReviewPage::fill(const QList<Transaction> &transactions)
{
    m_filling = true;
    m_transactions = transactions;
    LostCardState &s = state();
    m_duplicateOf->clear();
    for (const Transaction &t : transactions) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setData(0, TransactionIdRole, t.id);
        item->setText(0, DisplayText::recentDateTime(t.occurredAt));
        item->setText(1, t.merchant);
        item->setText(2, t.country);
        item->setText(3, DisplayText::money(t.amount));
        item->setTextAlignment(3, Qt::AlignRight | Qt::AlignVCenter);
        if (!t.disputeStatus.isEmpty() && !s.filed.contains(t.id))
            s.verdicts.insert(t.id, Verdict::Recognised);   // disputed before: nothing more to ask
        else if (!s.verdicts.contains(t.id))
            s.verdicts.insert(t.id, Verdict::Unreviewed);
        updateRow(item);
        m_duplicateOf->addItem(transactionText(t), t.id);
        s.descriptions.insert(t.id, transactionText(t));
    }
    // Verdicts of transactions no longer in the window (the last use moved) do not count.
    for (auto it = s.verdicts.begin(); it != s.verdicts.end();) {
        const bool shown = std::any_of(transactions.cbegin(), transactions.cend(),
                                       [&it](const Transaction &t) { return t.id == it.key(); });
        it = shown || s.filed.contains(it.key()) ? std::next(it) : s.verdicts.erase(it);
    }
    m_filling = false;
    if (transactions.isEmpty()) {
        auto *none = new QTreeWidgetItem(m_list);
        none->setText(1, tr("No transactions since then."));
        none->setFlags(Qt::NoItemFlags);
    }
    m_recognised->setEnabled(!transactions.isEmpty());
    m_notRecognised->setEnabled(!transactions.isEmpty());
    if (!transactions.isEmpty())
        m_list->setCurrentItem(m_list->topLevelItem(0));
    m_list->setFocus();
    Q_EMIT completeChanged();
}

void ReviewPage::updateRow(QTreeWidgetItem *item)
{
    const qint64 id = item->data(0, TransactionIdRole).toLongLong();
    const LostCardState &s = state();
    QString text;
    QColor colour = Theme::mutedText();
    if (s.filed.contains(id)) {
        text = tr("Disputed");
        colour = Theme::warning();
    } else {
        for (const Transaction &t : m_transactions) {
            if (t.id == id && !t.disputeStatus.isEmpty()) {
                text = DisplayText::disputeStatus(t.disputeStatus);
                colour = Theme::warning();
            }
        }
    }
    if (text.isEmpty()) {
        switch (s.verdicts.value(id)) {
        case Verdict::Recognised:
            text = tr("✓ Recognised");
            colour = Theme::success();
            break;
        case Verdict::NotRecognised:
            text = tr("✕ Not recognised");
            colour = Theme::danger();
            break;
        case Verdict::Unreviewed:
            text = tr("Ask");
            break;
        }
    }
    item->setText(4, text);
    item->setForeground(4, colour);
}

qint64 ReviewPage::currentTransaction() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(0, TransactionIdRole).toLongLong() : 0;
}

void ReviewPage::markCurrent(Verdict verdict)
{
    QTreeWidgetItem *item = m_list->currentItem();
    const qint64 id = currentTransaction();
    LostCardState &s = state();
    if (!item || !id || s.filed.contains(id))
        return;
    for (const Transaction &t : std::as_const(m_transactions)) {
        if (t.id == id && !t.disputeStatus.isEmpty())
            return;   // already disputed earlier
    }
    s.verdicts.insert(id, verdict);
    if (verdict == Verdict::NotRecognised && !s.disputeReasons.contains(id))
        s.disputeReasons.insert(id, Reason::NotAuthorised);
    updateRow(item);
    // Move on to the next one still to ask about, so the agent can go R, R, N, R …
    // A not-authorised purchase needs only the declaration, common to all of
    // them; another reason needs its own evidence here first.
    const int row = m_list->indexOfTopLevelItem(item);
    const bool needsOwnEvidence = verdict == Verdict::NotRecognised
                                  && s.disputeReasons.value(id) != Reason::NotAuthorised;
    if (!needsOwnEvidence && row + 1 < m_list->topLevelItemCount())
        m_list->setCurrentItem(m_list->topLevelItem(row + 1));
    else
        showDisputeFor(item);
    Q_EMIT completeChanged();
}

void ReviewPage::showDisputeFor(QTreeWidgetItem *item)
{
    const LostCardState &s = state();
    const qint64 id = item ? item->data(0, TransactionIdRole).toLongLong() : 0;
    // The declaration covers every not-authorised purchase: keep it in view once one is marked.
    const bool anyNotAuthorised = std::any_of(s.verdicts.keyValueBegin(), s.verdicts.keyValueEnd(), [&s](auto kv) {
        return kv.second == Verdict::NotRecognised && !s.filed.contains(kv.first)
               && s.disputeReasons.value(kv.first, Reason::NotAuthorised) == Reason::NotAuthorised;
    });
    const bool thisOne = id && s.verdicts.value(id) == Verdict::NotRecognised && !s.filed.contains(id);
    m_disputeBox->setVisible(thisOne || anyNotAuthorised);
    if (!m_disputeBox->isVisible())
        return;
    m_filling = true;
    const qint64 shown = thisOne ? id : 0;
    const Reason reason = shown ? s.disputeReasons.value(id, Reason::NotAuthorised) : Reason::NotAuthorised;
    m_reason->setEnabled(shown);
    m_reason->setCurrentIndex(m_reason->findData(int(reason)));
    m_evidence->setCurrentIndex(m_reason->currentIndex());
    const QJsonObject evidence = s.evidence.value(id);
    m_declaration->setChecked(s.declaration);
    m_duplicateOf->setCurrentIndex(qMax(0, m_duplicateOf->findData(evidence.value(QLatin1StringView("duplicateOf")).toVariant().toLongLong())));
    m_receiptAmount->setValue(evidence.value(QLatin1StringView("receiptAmountMinor")).toDouble() / 100.0);
    const QDate expected = QDate::fromString(evidence.value(QLatin1StringView("expectedBy")).toString(), Qt::ISODate);
    m_expectedBy->setDate(expected.isValid() ? expected : QDate::currentDate().addDays(-1));
    m_merchantContacted->setChecked(evidence.value(QLatin1StringView("merchantContacted")).toBool());
    const QDate cancelled = QDate::fromString(evidence.value(QLatin1StringView("cancelledOn")).toString(), Qt::ISODate);
    m_cancelledOn->setDate(cancelled.isValid() ? cancelled : QDate::currentDate().addMonths(-1));
    for (const Transaction &t : std::as_const(m_transactions)) {
        if (t.id == shown)
            m_disputeTitle->setText(tr("Dispute: %1").arg(transactionText(t)));
    }
    if (!shown)
        m_disputeTitle->setText(tr("Disputes of purchases the customer did not make"));
    m_filling = false;
    const QString problem = shown ? problemOf(shown) : QString();
    m_evidenceProblem->setText(problem);
    m_evidenceProblem->setVisible(!problem.isEmpty());
}

void ReviewPage::storeEvidence()
{
    if (m_filling)
        return;
    LostCardState &s = state();
    s.declaration = m_declaration->isChecked();
    const qint64 id = currentTransaction();
    if (id && s.verdicts.value(id) == Verdict::NotRecognised && !s.filed.contains(id)) {
        const Reason reason = Reason(m_reason->currentData().toInt());
        s.disputeReasons.insert(id, reason);
        QJsonObject evidence;
        switch (reason) {
        case Reason::NotAuthorised:
            break;   // the declaration, common to all
        case Reason::Duplicate:
            if (m_duplicateOf->currentData().toLongLong() != id)
                evidence.insert(QStringLiteral("duplicateOf"), m_duplicateOf->currentData().toLongLong());
            break;
        case Reason::AmountDiffers:
            evidence.insert(QStringLiteral("receiptAmountMinor"), qRound64(m_receiptAmount->value() * 100));
            break;
        case Reason::NotReceived:
            evidence.insert(QStringLiteral("expectedBy"), m_expectedBy->date().toString(Qt::ISODate));
            evidence.insert(QStringLiteral("merchantContacted"), m_merchantContacted->isChecked());
            break;
        case Reason::CancelledRecurring:
            evidence.insert(QStringLiteral("cancelledOn"), m_cancelledOn->date().toString(Qt::ISODate));
            break;
        }
        s.evidence.insert(id, evidence);
        const QString problem = problemOf(id);
        m_evidenceProblem->setText(problem);
        m_evidenceProblem->setVisible(!problem.isEmpty());
    }
    Q_EMIT completeChanged();
}

QString ReviewPage::problemOf(qint64 transactionId) const
{
    const LostCardState &s = state();
    const Reason reason = s.disputeReasons.value(transactionId, Reason::NotAuthorised);
    for (const Transaction &t : m_transactions) {
        if (t.id != transactionId)
            continue;
        const QString key = DisputeReasons::evidenceProblem(reason, s.evidenceFor(transactionId), t.amount.minor,
                                                            t.occurredAt);
        return key.isEmpty() ? QString() : DisputeReasons::evidenceMessage(key);
    }
    return QString();
}

bool ReviewPage::isComplete() const
{
    if (wizardBusy())
        return false;
    const LostCardState &s = state();
    for (const Transaction &t : m_transactions) {
        const Verdict verdict = s.verdicts.value(t.id, Verdict::Unreviewed);
        if (verdict == Verdict::Unreviewed)
            return false;
        if (verdict == Verdict::NotRecognised && !s.filed.contains(t.id) && !problemOf(t.id).isEmpty())
            return false;
    }
    return true;
}

int ReviewPage::nextId() const
{
    const LostCardState &s = state();
    return s.situation == Situation::Stolen || s.notRecognisedCount() > 0 ? LostCardWizard::PolicePageId
                                                                           : LostCardWizard::ReplacementPageId;
}

void ReviewPage::commit(const std::function<void(bool)> &done)
{
    lostCardWizard()->save(nextId() == LostCardWizard::PolicePageId ? Step::Police : Step::Replacement,
                           [this, done](bool ok, const QString &message) {
                               if (!ok)
                                   showMessage(message, MessageBar::Error);
                               done(ok);
                           });
}

bool ReviewPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_list && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->modifiers() == Qt::NoModifier || key->modifiers() == Qt::ShiftModifier) {
            if (key->key() == Qt::Key_R) {
                markCurrent(Verdict::Recognised);
                return true;
            }
            if (key->key() == Qt::Key_N) {
                markCurrent(Verdict::NotRecognised);
                return true;
            }
        }
    }
    return LostCardPage::eventFilter(watched, event);
}

void ReviewPage::retranslateUi()
{
    setTitle(tr("Review what was spent"));
    setSubTitle(tr("Every transaction since the last certain use, newest first."));
    m_list->setHeaderLabels({tr("When"), tr("Merchant"), tr("Country"), tr("Amount"), tr("Customer says")});
    m_recognised->setText(tr("Recognised (R)"));
    m_notRecognised->setText(tr("Not recognised (N)"));
    m_reasonLabel->setText(tr("&Reason"));
    for (int i = 0; i < m_reason->count(); ++i)
        m_reason->setItemText(i, reasonText(Reason(m_reason->itemData(i).toInt())));
    m_declaration->setText(tr("The customer &declares they neither made nor allowed the purchases marked "
                              "not recognised"));
    m_receiptAmount->setPrefix(tr("Receipt: "));
    m_expectedBy->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    m_expectedBy->setToolTip(tr("When it should have arrived"));
    m_merchantContacted->setText(tr("The customer has contacted the merchant"));
    m_cancelledOn->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    m_cancelledOn->setToolTip(tr("When the customer cancelled"));
}

// --- PolicePage --------------------------------------------------------------

PolicePage::PolicePage(QWidget *parent)
    : LostCardPage(parent)
    , m_reference(new QLineEdit(this))
{
    setObjectName(QStringLiteral("policePage"));
    setCommitPage(true);
    m_intro = mutedLabel(this);
    m_reference->setObjectName(QStringLiteral("policeReference"));
    m_reference->setMaxLength(40);
    m_referenceLabel = new QLabel(this);
    m_referenceLabel->setBuddy(m_reference);
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: %1;").arg(Theme::danger().name()));
    m_disputes = new QLabel(this);
    m_disputes->setObjectName(QStringLiteral("disputesToFile"));
    m_disputes->setTextFormat(Qt::RichText);
    m_disputes->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(m_referenceLabel, m_reference);
    form->addRow(QString(), m_problem);
    body()->addWidget(m_intro);
    body()->addLayout(form);
    body()->addSpacing(8);
    body()->addWidget(m_disputes);
    body()->addStretch(1);
    connect(m_reference, &QLineEdit::textChanged, this, [this] {
        const QString text = m_reference->text().trimmed();
        const bool bad = !text.isEmpty() && !CardWorkflow::isPlausiblePoliceReference(text);
        m_problem->setText(bad ? tr("A reference has 4 to 40 letters, digits, spaces, / - or . and at least one "
                                    "digit. Check it with the customer.")
                               : QString());
        m_problem->setVisible(bad);
        Q_EMIT completeChanged();
    });
    retranslateUi();
}

bool PolicePage::required() const
{
    const LostCardState &s = state();
    return CardWorkflow::policeReferenceRequired(s.situation, s.notRecognisedCount());
}

void PolicePage::initializePage()
{
    const LostCardState &s = state();
    m_reference->setText(s.policeReference);
    m_intro->setText(required()
                         ? tr("Required: the card was stolen and purchases are disputed. Ask for the reference of "
                              "the customer's police report.")
                         : tr("Optional: if the customer has reported it to the police, note the reference."));
    QStringList lines;
    for (auto it = s.verdicts.cbegin(); it != s.verdicts.cend(); ++it) {
        if (it.value() != Verdict::NotRecognised)
            continue;
        lines << (s.filed.contains(it.key()) ? resultHtml(true, tr("Filed: %1").arg(s.filed.value(it.key())))
                                             : tr("To file: %1 (%2)")
                                                   .arg(s.descriptions.value(it.key(), QString::number(it.key())),
                                                        reasonText(s.disputeReasons.value(it.key())))
                                                   .toHtmlEscaped());
    }
    m_disputes->setText(lines.isEmpty() ? tr("No disputes to file.").toHtmlEscaped() : lines.join(QStringLiteral("<br>")));
    if (wizard())
        wizard()->setButtonText(QWizard::CommitButton,
                                s.disputesToFile().isEmpty() ? tr("Continue") : tr("&File disputes"));
    m_reference->setFocus();
}

bool PolicePage::isComplete() const
{
    if (wizardBusy())
        return false;
    const QString text = m_reference->text().trimmed();
    if (text.isEmpty())
        return !required();
    return CardWorkflow::isPlausiblePoliceReference(text);
}

int PolicePage::nextId() const
{
    return LostCardWizard::ReplacementPageId;
}

void PolicePage::commit(const std::function<void(bool)> &done)
{
    state().policeReference = m_reference->text().trimmed();
    fileNext(state().disputesToFile(), done);
}

void PolicePage::fileNext(QList<qint64> remaining, const std::function<void(bool)> &done)
{
    LostCardWizard *w = lostCardWizard();
    if (remaining.isEmpty()) {
        w->save(Step::Replacement, [this, done](bool ok, const QString &message) {
            if (!ok)
                showMessage(message, MessageBar::Error);
            done(ok);
        });
        return;
    }
    const qint64 id = remaining.takeFirst();
    LostCardState &s = state();
    w->setBusy(true);
    w->services().cards->fileDispute(s.workflowId, id, s.disputeReasons.value(id, Reason::NotAuthorised),
                                     s.evidenceFor(id), s.policeReference)
        .then(this, [this, id, remaining, done](const CommandResult &result) {
            lostCardWizard()->setBusy(false);
            if (!result.ok()) {
                showMessage(result.message, MessageBar::Error);
                // What was filed stays filed: save it, so a retry files only the rest.
                lostCardWizard()->save(Step::Police, [done](bool, const QString &) { done(false); });
                initializePage();
                return;
            }
            state().filed.insert(id, tr("Dispute filed: %1").arg(state().descriptions.value(id, result.message)));
            fileNext(remaining, done);
        });
}

void PolicePage::retranslateUi()
{
    setTitle(tr("Police report"));
    setSubTitle(tr("The disputes are filed when you continue."));
    m_referenceLabel->setText(tr("Police &reference"));
    m_reference->setPlaceholderText(tr("e.g. 5500/R/12345/26"));
}
