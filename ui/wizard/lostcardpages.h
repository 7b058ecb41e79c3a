#pragma once

#include "lostcardwizard.h"

#include "domain/command.h"
#include "domain/verification.h"

#include <QList>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QDateTimeEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QStackedWidget;
class QTreeWidget;
class QTreeWidgetItem;

/// Which card, and what happened; Next locks the card (except a damaged one).
class SituationPage : public LostCardPage
{
    Q_OBJECT

public:
    explicit SituationPage(QWidget *parent = nullptr);

    void setChoices(const QList<Card> &cards, qint64 cardId, std::optional<CardWorkflow::Situation> situation);
    void initializePage() override;
    bool isComplete() const override;
    int nextId() const override;

protected:
    void commit(const std::function<void(bool)> &done) override;

private:
    void retranslateUi() override;
    void updateCommitText();
    std::optional<CardWorkflow::Situation> chosenSituation() const;
    void lockCard(const std::function<void(bool)> &done);

    QComboBox *m_card = nullptr;
    QLabel *m_cardLabel = nullptr;
    QLabel *m_whatLabel = nullptr;
    QButtonGroup *m_situations = nullptr;
    QList<QRadioButton *> m_situationButtons;
    QLabel *m_hint = nullptr;
    QLabel *m_wordsLabel = nullptr;
    QLineEdit *m_words = nullptr;
};

/// The lock's result, and when the card was last used with certainty.
class LockedPage : public LostCardPage
{
    Q_OBJECT

public:
    explicit LockedPage(QWidget *parent = nullptr);

    void initializePage() override;
    int nextId() const override;

protected:
    void commit(const std::function<void(bool)> &done) override;

private:
    void retranslateUi() override;

    QLabel *m_result = nullptr;
    QLabel *m_lastUseLabel = nullptr;
    QDateTimeEdit *m_lastUse = nullptr;
    QLabel *m_lastUseHint = nullptr;
};

/// What was spent since the last certain use: recognised or not; disputes with their evidence.
class ReviewPage : public LostCardPage
{
    Q_OBJECT

public:
    explicit ReviewPage(QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    int nextId() const override;
    /// Marks the current transaction (R / N keys) and moves to the next one.
    void markCurrent(LostCardState::Verdict verdict);

protected:
    void commit(const std::function<void(bool)> &done) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi() override;
    void fill(const QList<Transaction> &transactions);
    void updateRow(QTreeWidgetItem *item);
    void showDisputeFor(QTreeWidgetItem *item);
    void storeEvidence();
    qint64 currentTransaction() const;
    QString problemOf(qint64 transactionId) const;

    QList<Transaction> m_transactions;
    QLabel *m_intro = nullptr;
    QTreeWidget *m_list = nullptr;
    QPushButton *m_recognised = nullptr;
    QPushButton *m_notRecognised = nullptr;
    QWidget *m_disputeBox = nullptr;
    QLabel *m_disputeTitle = nullptr;
    QLabel *m_reasonLabel = nullptr;
    QComboBox *m_reason = nullptr;
    QStackedWidget *m_evidence = nullptr;
    QCheckBox *m_declaration = nullptr;
    QComboBox *m_duplicateOf = nullptr;
    QDoubleSpinBox *m_receiptAmount = nullptr;
    QDateEdit *m_expectedBy = nullptr;
    QCheckBox *m_merchantContacted = nullptr;
    QDateEdit *m_cancelledOn = nullptr;
    QLabel *m_evidenceProblem = nullptr;
    bool m_filling = false;
};

/// The police report reference; Next files the disputes.
class PolicePage : public LostCardPage
{
    Q_OBJECT

public:
    explicit PolicePage(QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    int nextId() const override;

protected:
    void commit(const std::function<void(bool)> &done) override;

private:
    void retranslateUi() override;
    bool required() const;
    void fileNext(QList<qint64> remaining, const std::function<void(bool)> &done);

    QLabel *m_intro = nullptr;
    QLabel *m_referenceLabel = nullptr;
    QLineEdit *m_reference = nullptr;
    QLabel *m_problem = nullptr;
    QLabel *m_disputes = nullptr;
};

/// The replacement: number rule, delivery, PIN, contact details confirmed.
class ReplacementPage : public LostCardPage
{
    Q_OBJECT

public:
    explicit ReplacementPage(QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    int nextId() const override;

protected:
    void commit(const std::function<void(bool)> &done) override;

private:
    void retranslateUi() override;
    void updateState();
    void verifyStrongly(Verification::Method method, bool passed);
    bool needsStrongVerification() const;
    QString chosenDelivery() const;
    void afterOrder(const CommandResult &result, const std::function<void(bool)> &done);

    QLabel *m_rule = nullptr;
    QLabel *m_deliveryLabel = nullptr;
    QButtonGroup *m_deliveries = nullptr;
    QRadioButton *m_post = nullptr;
    QRadioButton *m_pickup = nullptr;
    QRadioButton *m_expedited = nullptr;
    QRadioButton *m_none = nullptr;
    QLabel *m_address = nullptr;
    QLabel *m_addressFlag = nullptr;
    QComboBox *m_pickupPoints = nullptr;
    QWidget *m_verifyRow = nullptr;
    QLabel *m_verifyText = nullptr;
    QPushButton *m_bankId = nullptr;
    QPushButton *m_appConfirmed = nullptr;
    QPushButton *m_verifyFailed = nullptr;
    QLabel *m_pinLabel = nullptr;
    QRadioButton *m_keepPin = nullptr;
    QRadioButton *m_newPin = nullptr;
    QLabel *m_contact = nullptr;
    QCheckBox *m_contactConfirmed = nullptr;
    bool m_stronglyVerified = false;
};

/// Every action with its state; Finish sends the confirmation and the note, and completes the workflow.
class SummaryPage : public LostCardPage
{
    Q_OBJECT

public:
    explicit SummaryPage(QWidget *parent = nullptr);

    void initializePage() override;
    int nextId() const override;

protected:
    void commit(const std::function<void(bool)> &done) override;

private:
    void retranslateUi() override;
    void renderActions();
    bool replyOnConversation() const;
    QString channelText() const;
    QString language() const;
    void sendConfirmation(const std::function<void(bool)> &done);
    void addNote(const std::function<void(bool)> &done);
    /// Ends one of Finish's commands: shows a refusal, or records @p flag and locks @p editor.
    std::function<void(const CommandResult &)> stepDone(bool LostCardState::*flag, QPlainTextEdit *editor,
                                                        const std::function<void(bool)> &done);
    void complete(const std::function<void(bool)> &done);

    QLabel *m_actions = nullptr;
    QLabel *m_confirmationLabel = nullptr;
    QPlainTextEdit *m_confirmation = nullptr;
    QLabel *m_noteLabel = nullptr;
    QPlainTextEdit *m_note = nullptr;
};
