#include "controlsdialog.h"

#include "common/displaytext.h"

#include "services/cardservice.h"

#include <QCheckBox>
#include <QLabel>
#include <QVBoxLayout>

ControlsDialog::ControlsDialog(CardService *service, qint64 customerId, const Card &card,
                               const std::optional<Verification::Outcome> &verification, QWidget *parent)
    : CardSettingsDialog(service, customerId, card, verification, parent)
    , m_before(CardControls::of(card))
    , m_online(new QCheckBox(tr("Online purchases (card not present)"), this))
    , m_abroad(new QCheckBox(tr("Purchases abroad"), this))
    , m_contactless(new QCheckBox(tr("Contactless payments"), this))
    , m_atm(new QCheckBox(tr("ATM withdrawals"), this))
{
    setObjectName(QStringLiteral("controlsDialog"));
    setWindowTitle(tr("Card controls of %1").arg(DisplayText::lastFour(card.last4)));
    auto *editor = new QWidget(this);
    auto *intro = new QLabel(tr("What the card may be used for. Switching one off takes effect at once; switching "
                                "one on needs strong verification."),
                             editor);
    intro->setWordWrap(true);
    auto *layout = new QVBoxLayout(editor);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(intro);
    const struct
    {
        QCheckBox *box;
        const char *name;
        bool on;
    } boxes[] = {
        {m_online, "controlOnline", m_before.online},
        {m_abroad, "controlAbroad", m_before.abroad},
        {m_contactless, "controlContactless", m_before.contactless},
        {m_atm, "controlAtm", m_before.atm},
    };
    for (const auto &b : boxes) {
        b.box->setObjectName(QString::fromLatin1(b.name));
        b.box->setChecked(b.on);
        layout->addWidget(b.box);
        connect(b.box, &QCheckBox::toggled, this, &ControlsDialog::settingsEdited);
    }
    setEditor(editor, tr("Save controls"));
}

CardControls ControlsDialog::controls() const
{
    CardControls controls;
    controls.online = m_online->isChecked();
    controls.abroad = m_abroad->isChecked();
    controls.contactless = m_contactless->isChecked();
    controls.atm = m_atm->isChecked();
    return controls;
}

QString ControlsDialog::inputProblem() const
{
    return QString();
}

bool ControlsDialog::unchanged() const
{
    return controls() == m_before;
}

bool ControlsDialog::relaxes() const
{
    return controls().relaxes(m_before);
}

QFuture<ControlsPreview> ControlsDialog::requestPreview()
{
    return service()->previewControls(card().id, controls());
}

QFuture<CommandResult> ControlsDialog::save()
{
    return service()->setControls(card().id, card().version, controls());
}

QString ControlsDialog::declineReasonText(const QString &code) const
{
    if (code == QLatin1String("online"))
        return tr("Online off");
    if (code == QLatin1String("abroad"))
        return tr("Abroad off");
    if (code == QLatin1String("contactless"))
        return tr("Contactless off");
    if (code == QLatin1String("atm"))
        return tr("ATM off");
    return code;
}
