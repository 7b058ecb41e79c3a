#include "carddialog.h"

#include "verificationbox.h"

#include <QHBoxLayout>
#include <QLayout>
#include <QPushButton>
#include <QTimer>

CardDialog::CardDialog(CardService *service, qint64 customerId, const Card &card,
                       const std::optional<Verification::Outcome> &verification, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_customerId(customerId)
    , m_card(card)
    , m_verification(new VerificationBox(service, customerId, card.id, this))
    , m_messageBar(new MessageBar(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
{
    m_verification->setOutcome(verification);
    m_messageBar->setObjectName(QStringLiteral("cardDialogMessage"));
    m_cancel->setObjectName(QStringLiteral("cardDialogCancel"));
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_verification, &VerificationBox::recorded, this, [this](const Verification::Outcome &outcome) {
        m_messageBar->hideMessage();
        Q_EMIT verificationRecorded(outcome);
    });
    connect(m_verification, &VerificationBox::failed, this,
            [this](const QString &text) {
                m_messageBar->showMessage(text, MessageBar::Error);
                fitToContents();
            });
}

void CardDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    fitToContents();
}

void CardDialog::fitToContents()
{
    // Word-wrapped labels need the height for the dialog's real width,
    // which a top-level layout does not ask for by itself.
    QTimer::singleShot(0, this, [this] {
        QLayout *top = layout();
        if (!top)
            return;
        top->activate();
        const int needed = top->hasHeightForWidth() ? top->totalHeightForWidth(width())
                                                    : top->totalSizeHint().height();
        if (needed > height())
            resize(width(), needed);
    });
}

CardService *CardDialog::service() const
{
    return m_service;
}

qint64 CardDialog::customerId() const
{
    return m_customerId;
}

const Card &CardDialog::card() const
{
    return m_card;
}

VerificationBox *CardDialog::verification() const
{
    return m_verification;
}

MessageBar *CardDialog::messageBar() const
{
    return m_messageBar;
}

QPushButton *CardDialog::cancelButton() const
{
    return m_cancel;
}

QHBoxLayout *CardDialog::createButtonRow(QPushButton *primary)
{
    primary->setProperty("primary", true);
    primary->setDefault(true);
    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(8);
    buttons->addStretch(1);
    buttons->addWidget(m_cancel);
    buttons->addWidget(primary);
    return buttons;
}

void CardDialog::finishCommand(const CommandResult &result)
{
    switch (result.status) {
    case CommandResult::Applied:
    case CommandResult::AlreadyApplied:
        Q_EMIT message(result.message, MessageBar::Positive, false);
        Q_EMIT applied();
        accept();
        return;
    case CommandResult::Conflict:
        // What the other change was goes to the panel, which shows the card anew.
        Q_EMIT message(result.message, MessageBar::Warning, false);
        Q_EMIT reloadRequested();
        reject();
        return;
    case CommandResult::Rejected:
        m_messageBar->showMessage(result.message, MessageBar::Warning);
        fitToContents();
        return;
    case CommandResult::Failed:
        m_messageBar->showMessage(result.message, MessageBar::Error);
        fitToContents();
        return;
    }
}
