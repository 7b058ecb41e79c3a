#include "lostcardwizard.h"

#include "lostcardpages.h"

#include "common/displaytext.h"
#include "common/icons.h"

#include "services/cardservice.h"
#include "services/customerservice.h"
#include "services/inboxservice.h"

#include <QAbstractButton>
#include <QEvent>
#include <QFuture>
#include <QVBoxLayout>

using CardWorkflow::Step;

// --- LostCardPage ------------------------------------------------------------

LostCardPage::LostCardPage(QWidget *parent)
    : QWizardPage(parent)
    , m_messageBar(new MessageBar(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    layout->addWidget(m_messageBar);
    m_body = new QVBoxLayout;
    m_body->setSpacing(10);
    layout->addLayout(m_body, 1);
    m_messageBar->hideMessage();
}

bool LostCardPage::validatePage()
{
    if (m_advance || m_resuming)
        return true;
    if (m_committing || wizardBusy())
        return false;
    m_committing = true;
    m_inCommitCall = true;
    m_finishedInCall = false;
    hideMessage();
    commit([this](bool ok) {
        m_committing = false;
        if (m_inCommitCall) {
            m_finishedInCall = true;
            m_resultInCall = ok;
            return;
        }
        if (!ok)
            return;
        m_advance = true;
        if (nextId() == -1)
            wizard()->accept();
        else
            wizard()->next();
        m_advance = false;
    });
    m_inCommitCall = false;
    return m_finishedInCall && m_resultInCall;
}

void LostCardPage::showMessage(const QString &text, MessageBar::Type type)
{
    m_messageBar->showMessage(text, type);
}

void LostCardPage::hideMessage()
{
    m_messageBar->hideMessage();
}

LostCardWizard *LostCardPage::lostCardWizard() const
{
    return static_cast<LostCardWizard *>(wizard());
}

LostCardState &LostCardPage::state() const
{
    return lostCardWizard()->state();
}

bool LostCardPage::wizardBusy() const
{
    const LostCardWizard *w = lostCardWizard();
    return w && w->isBusy();
}

void LostCardPage::commit(const std::function<void(bool)> &done)
{
    done(true);
}

void LostCardPage::setResuming(bool resuming)
{
    m_resuming = resuming;
}

void LostCardPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

QVBoxLayout *LostCardPage::body() const
{
    return m_body;
}

// --- LostCardWizard ----------------------------------------------------------

LostCardWizard::LostCardWizard(const Services &services, QWidget *parent)
    : QWizard(parent)
    , m_services(services)
{
    setObjectName(QStringLiteral("lostCardWizard"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::HaveHelpButton, false);
    setWindowIcon(Icons::card());
    setMinimumSize(760, 620);
    setPage(SituationPageId, new SituationPage(this));
    setPage(LockedPageId, new LockedPage(this));
    setPage(ReviewPageId, new ReviewPage(this));
    setPage(PolicePageId, new PolicePage(this));
    setPage(ReplacementPageId, new ReplacementPage(this));
    setPage(SummaryPageId, new SummaryPage(this));
    retranslateUi();
}

LostCardWizard::~LostCardWizard() = default;

LostCardState &LostCardWizard::state()
{
    return m_state;
}

const LostCardWizard::Services &LostCardWizard::services() const
{
    return m_services;
}

void LostCardWizard::start(qint64 customerId, qint64 cardId, qint64 conversationId,
                           std::optional<CardWorkflow::Situation> situation, const QString &reasonText)
{
    m_state = LostCardState();
    m_state.customerId = customerId;
    m_state.cardId = cardId;
    m_state.conversationId = conversationId;
    m_state.reasonText = reasonText;
    if (situation)
        m_state.situation = *situation;
    setBusy(true);
    loadContext([this, situation] {
        setBusy(false);
        auto *page = static_cast<SituationPage *>(this->page(SituationPageId));
        page->setChoices(m_state.customer.cards, m_state.cardId, situation);
        restart();
    });
}

void LostCardWizard::resume(qint64 workflowId)
{
    setBusy(true);
    m_services.cards->workflow(workflowId).then(this, [this](const WorkflowResult &answer) {
        if (!answer.result.ok()) {
            setBusy(false);
            showLoadFailure(answer.result.message);
            return;
        }
        m_state = LostCardState();
        m_state.restore(answer.workflow);
        loadContext([this] {
            setBusy(false);
            auto *situation = static_cast<SituationPage *>(page(SituationPageId));
            situation->setChoices(m_state.customer.cards, m_state.cardId, m_state.situation);
            restart();
            // Walk forward to the step it reached; the pages take their answers from the state.
            const int target = pageOf(m_state.step);
            while (currentId() != target && currentId() != -1) {
                auto *current = static_cast<LostCardPage *>(currentPage());
                current->setResuming(true);
                next();
                current->setResuming(false);
                if (currentPage() == current)
                    break;   // a page did not let it pass: stay there
            }
        });
    });
}

int LostCardWizard::pageOf(Step step)
{
    switch (step) {
    case Step::Situation:
        return SituationPageId;
    case Step::Locked:
        return LockedPageId;
    case Step::Review:
        return ReviewPageId;
    case Step::Police:
        return PolicePageId;
    case Step::Replacement:
        return ReplacementPageId;
    case Step::Summary:
    case Step::Done:
        return SummaryPageId;
    }
    return SituationPageId;
}

void LostCardWizard::loadContext(const std::function<void()> &then)
{
    m_services.customers->customer(m_state.customerId).then(this, [this, then](const CustomerResult &result) {
        if (!result.found) {
            setBusy(false);
            showLoadFailure(result.error.isEmpty() ? tr("The customer could not be found.") : result.error);
            return;
        }
        m_state.customer = result.details;
        if (!m_state.cardId) {
            for (const Card &card : result.details.cards) {
                if (card.status == CardStatus::Active || card.status == CardStatus::Locked) {
                    m_state.cardId = card.id;
                    break;
                }
            }
        }
        if (m_state.conversationId == 0 || !m_services.inbox) {
            then();
            return;
        }
        m_services.inbox->conversationsOfCustomer(m_state.customerId, 200)
            .then(this, [this, then](const QList<ConversationSummary> &conversations) {
                for (const ConversationSummary &c : conversations) {
                    if (c.id == m_state.conversationId)
                        m_state.conversationChannel = c.channel;
                }
                then();
            });
    });
}

void LostCardWizard::showLoadFailure(const QString &text)
{
    if (auto *current = qobject_cast<LostCardPage *>(currentPage()))
        current->showMessage(text, MessageBar::Error);
    else if (auto *first = qobject_cast<LostCardPage *>(page(SituationPageId)))
        first->showMessage(text, MessageBar::Error);
}

void LostCardWizard::save(Step step, const std::function<void(bool, const QString &)> &done)
{
    if (!m_state.workflowId) {
        done(false, tr("The workflow has not started yet."));
        return;
    }
    m_state.step = step;
    setBusy(true);
    m_services.cards->saveWorkflow(m_state.workflowId, m_state.workflowVersion, step, m_state.toJson())
        .then(this, [this, done](const WorkflowResult &answer) {
            setBusy(false);
            if (answer.result.status == CommandResult::Applied)
                m_state.workflowVersion = answer.workflow.version;
            done(answer.result.status == CommandResult::Applied, answer.result.message);
        });
}

void LostCardWizard::reloadCustomer(const std::function<void(bool, const QString &)> &done)
{
    m_services.customers->customer(m_state.customerId).then(this, [this, done](const CustomerResult &result) {
        if (result.found)
            m_state.customer = result.details;
        done(result.found, result.error);
    });
}

void LostCardWizard::setBusy(bool busy)
{
    m_busy = busy;
    if (busy) {
        for (const WizardButton which : {QWizard::NextButton, QWizard::CommitButton, QWizard::FinishButton,
                                         QWizard::BackButton}) {
            if (QAbstractButton *b = button(which))
                b->setEnabled(false);
        }
        setCursor(Qt::BusyCursor);
    } else {
        unsetCursor();
        // Let QWizard put the buttons back as the page's completeness says.
        if (QWizardPage *current = currentPage())
            Q_EMIT current->completeChanged();
    }
}

bool LostCardWizard::isBusy() const
{
    return m_busy;
}

void LostCardWizard::done(int result)
{
    if (result == QDialog::Rejected && m_state.workflowId) {
        // Closing early keeps what was done: the lock stays on, the workflow waits to be resumed.
        Q_EMIT outcome(m_state.locked
                           ? tr("The card %1 stays locked. The workflow is saved; you or a colleague can resume it "
                                "from the customer view.")
                                 .arg(DisplayText::lastFour(m_state.last4()))
                           : tr("The workflow is saved; you or a colleague can resume it from the customer view."),
                       MessageBar::Information);
    }
    QWizard::done(result);
}

void LostCardWizard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizard::changeEvent(event);
}

void LostCardWizard::retranslateUi()
{
    setWindowTitle(tr("Lost, stolen or damaged card"));
    setButtonText(QWizard::CommitButton, tr("Continue"));
}
