#include "verificationbox.h"

#include "common/displaytext.h"

#include "services/cardservice.h"

#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

VerificationBox::VerificationBox(CardService *service, qint64 customerId, qint64 cardId, QWidget *parent)
    : QFrame(parent)
    , m_service(service)
    , m_customerId(customerId)
    , m_cardId(cardId)
    , m_needs(new QLabel(this))
    , m_state(new QLabel(this))
    , m_recordRow(new QWidget(this))
    , m_method(new QComboBox(m_recordRow))
    , m_passed(new QPushButton(tr("Passed"), m_recordRow))
    , m_failed(new QPushButton(tr("Failed"), m_recordRow))
{
    setObjectName(QStringLiteral("verificationBox"));
    setStyleSheet(QStringLiteral("QFrame#verificationBox { background: #F4F7F8; border: 1px solid #DDE4E7;"
                                 " border-radius: 6px; }"));
    m_needs->setObjectName(QStringLiteral("verificationNeeds"));
    m_needs->setWordWrap(true);
    m_needs->setTextFormat(Qt::RichText);
    m_state->setObjectName(QStringLiteral("verificationState"));
    m_state->setWordWrap(true);
    m_state->setTextFormat(Qt::RichText);
    m_method->setObjectName(QStringLiteral("verificationMethod"));
    m_method->setAccessibleName(tr("Verification method"));
    for (const Verification::Method method : Verification::AllMethods)
        m_method->addItem(methodText(method), Verification::methodName(method));
    m_passed->setObjectName(QStringLiteral("verificationPassed"));
    m_failed->setObjectName(QStringLiteral("verificationFailed"));
    m_passed->setToolTip(tr("The caller passed this check: record it"));
    m_failed->setToolTip(tr("The caller failed this check: record it (it counts for nothing)"));

    auto *recordLabel = new QLabel(tr("Record:"), m_recordRow);
    recordLabel->setProperty("role", QStringLiteral("fieldLabel"));
    recordLabel->setBuddy(m_method);
    auto *row = new QHBoxLayout(m_recordRow);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(8);
    row->addWidget(recordLabel);
    row->addWidget(m_method, 1);
    row->addWidget(m_passed);
    row->addWidget(m_failed);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->setSpacing(6);
    layout->addWidget(m_needs);
    layout->addWidget(m_state);
    layout->addWidget(m_recordRow);

    connect(m_passed, &QPushButton::clicked, this, [this] { record(true); });
    connect(m_failed, &QPushButton::clicked, this, [this] { record(false); });
    update();
}

QString VerificationBox::levelText(Verification::Level level)
{
    switch (level) {
    case Verification::Level::None:
        return tr("no verification");
    case Verification::Level::CardIdentified:
        return tr("the caller identifies the card (last four digits, name on the card)");
    case Verification::Level::Strong:
        return tr("strong verification (bank ID or a confirmation in the app)");
    }
    return QString();
}

QString VerificationBox::methodText(Verification::Method method)
{
    switch (method) {
    case Verification::Method::StrongElectronicId:
        return tr("Bank ID (strong)");
    case Verification::Method::AppConfirmation:
        return tr("Confirmation in the app (strong)");
    case Verification::Method::KnowledgeQuestions:
        return tr("Knowledge questions");
    case Verification::Method::CardIdentified:
        return tr("Caller identified the card");
    }
    return QString();
}

void VerificationBox::setOutcome(const std::optional<Verification::Outcome> &outcome)
{
    m_outcome = outcome;
    update();
}

std::optional<Verification::Outcome> VerificationBox::outcome() const
{
    return m_outcome;
}

void VerificationBox::setAction(Verification::Action action)
{
    if (m_action == action)
        return;
    m_action = action;
    update();
}

bool VerificationBox::satisfied() const
{
    return Verification::allows(m_outcome, m_action, QDateTime::currentDateTimeUtc());
}

void VerificationBox::record(bool passed)
{
    const std::optional<Verification::Method> method = Verification::methodFromName(m_method->currentData().toString());
    if (!method || !m_service)
        return;
    m_passed->setEnabled(false);
    m_failed->setEnabled(false);
    m_service->recordVerification(m_customerId, m_cardId, *method, passed)
        .then(this, [this, method, passed](const CommandResult &result) {
            m_passed->setEnabled(true);
            m_failed->setEnabled(true);
            if (!result.ok()) {
                Q_EMIT failed(result.message);
                return;
            }
            const Verification::Outcome outcome{*method, passed, QDateTime::currentDateTimeUtc()};
            setOutcome(outcome);
            Q_EMIT recorded(outcome);
        });
}

void VerificationBox::update()
{
    const Verification::Level level = Verification::required(m_action);
    m_needs->setText(tr("<b>Needs:</b> %1").arg(levelText(level).toHtmlEscaped()));

    const bool ok = satisfied();
    QString state;
    if (!m_outcome) {
        state = tr("The caller has not been verified in this call.");
    } else {
        const QString how = methodText(m_outcome->method);
        const QString when = DisplayText::recentDateTime(m_outcome->at.toLocalTime());
        if (!m_outcome->passed)
            state = tr("The caller failed %1 at %2.").arg(how, when);
        else if (ok)
            state = tr("Verified: %1 at %2.").arg(how, when);
        else if (m_outcome->at.secsTo(QDateTime::currentDateTimeUtc()) > Verification::ValidSeconds)
            state = tr("%1 at %2 has expired; verify the caller again.").arg(how, when);
        else
            state = tr("%1 at %2 is not enough for this.").arg(how, when);
    }
    const QString colour = ok ? QStringLiteral("#2B734A") : QStringLiteral("#9A5B00");
    m_state->setText(QStringLiteral("<span style=\"color:%1\">%2 %3</span>")
                         .arg(colour, ok ? QStringLiteral("✓") : QStringLiteral("!"), state.toHtmlEscaped()));
    m_recordRow->setVisible(!ok);
    // Offer the weakest method that is enough: no stronger check than needed.
    if (!ok) {
        for (int i = m_method->count() - 1; i >= 0; --i) {
            const auto method = Verification::methodFromName(m_method->itemData(i).toString());
            if (method && Verification::levelOf(*method) >= level) {
                m_method->setCurrentIndex(i);
                break;
            }
        }
    }
}
