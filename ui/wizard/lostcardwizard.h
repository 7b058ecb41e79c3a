#pragma once

#include "lostcardstate.h"

#include "common/messagebar.h"

#include "domain/agent.h"

#include <QWizard>
#include <QWizardPage>

#include <functional>
#include <optional>

class CardService;
class CustomerService;
class InboxService;
class QLabel;
class QVBoxLayout;

/// @short The guided way through a lost, stolen, damaged or compromised card.
///
/// Situation -> lock (at once, with its result shown) -> last certain use ->
/// review what was spent and dispute what the customer does not recognise ->
/// police reference -> replacement -> summary with the confirmation to the
/// customer in their language. Every step is a service command; the answers
/// are saved with the workflow after each step, so closing the wizard keeps
/// what was done (the lock stays on) and any agent can resume it from the
/// customer view. Never waits on the GUI thread: a step's Next waits for its
/// command and moves on when it is done.
class LostCardWizard : public QWizard
{
    Q_OBJECT

public:
    struct Services
    {
        CardService *cards = nullptr;
        CustomerService *customers = nullptr;
        InboxService *inbox = nullptr;
        Agent agent;
    };

    enum PageId {
        SituationPageId,
        LockedPageId,
        ReviewPageId,
        PolicePageId,
        ReplacementPageId,
        SummaryPageId
    };

    explicit LostCardWizard(const Services &services, QWidget *parent = nullptr);
    ~LostCardWizard() override;

    /// A new workflow for @p cardId (0: the customer's first card in use),
    /// from @p conversationId (0: none), the situation preselected when known.
    void start(qint64 customerId, qint64 cardId, qint64 conversationId,
               std::optional<CardWorkflow::Situation> situation = std::nullopt,
               const QString &reasonText = QString());
    /// Continues a saved workflow at the step it reached.
    void resume(qint64 workflowId);

    LostCardState &state();
    const Services &services() const;

    /// Saves the answers and @p step with the workflow; @p done(ok) afterwards.
    void save(CardWorkflow::Step step, const std::function<void(bool ok, const QString &message)> &done);
    /// Reads the customer (cards, contact details) again; @p done(ok) afterwards.
    void reloadCustomer(const std::function<void(bool ok, const QString &message)> &done);
    /// Disables the buttons while a command runs, and says what runs.
    void setBusy(bool busy);
    bool isBusy() const;

Q_SIGNALS:
    /// The wizard closed: what was done, for the agent (the customer view shows it).
    void outcome(const QString &text, MessageBar::Type type);

protected:
    void done(int result) override;
    void changeEvent(QEvent *event) override;

private:
    /// The page where a workflow saved at @p step continues.
    static int pageOf(CardWorkflow::Step step);
    void loadContext(const std::function<void()> &then);
    void showLoadFailure(const QString &text);
    void retranslateUi();

    Services m_services;
    LostCardState m_state;
    bool m_busy = false;
};

/// @short A page of the wizard: a message bar on top, an asynchronous commit on Next.
class LostCardPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit LostCardPage(QWidget *parent = nullptr);

    bool validatePage() override;
    /// Shows @p text above the page's content.
    void showMessage(const QString &text, MessageBar::Type type);
    void hideMessage();
    /// While resuming a saved workflow, Next passes without doing the step again.
    void setResuming(bool resuming);

protected:
    LostCardWizard *lostCardWizard() const;
    LostCardState &state() const;
    /// Whether a command of the wizard runs (false while the page is still being built).
    bool wizardBusy() const;
    /// The page's work when the agent presses Next (or Finish): call
    /// @p done(true) to move on, done(false) to stay (after showing why).
    /// May call @p done at once or later, from a QFuture continuation.
    virtual void commit(const std::function<void(bool ok)> &done);
    /// The layout below the message bar.
    QVBoxLayout *body() const;
    /// Sets the page's texts; called again when the language changes.
    virtual void retranslateUi() {}
    void changeEvent(QEvent *event) override;

private:
    MessageBar *m_messageBar = nullptr;
    QVBoxLayout *m_body = nullptr;
    bool m_advance = false;
    bool m_resuming = false;
    bool m_committing = false;
    bool m_inCommitCall = false;
    bool m_finishedInCall = false;
    bool m_resultInCall = false;
};
