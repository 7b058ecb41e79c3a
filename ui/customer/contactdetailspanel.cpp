#include "contactdetailspanel.h"

#include "contactdetailseditor.h"
#include "nationalidfield.h"

#include "common/displaytext.h"
#include "common/icons.h"

#include "domain/phonenumbers.h"
#include "services/customerservice.h"

#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace {

QLabel *makeValueLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

} // namespace

ContactDetailsPanel::ContactDetailsPanel(CustomerService *service, QWidget *parent)
    : SectionFrame(parent)
    , m_service(service)
    , m_editButton(new QPushButton(this))
    , m_stack(new QStackedWidget(this))
    , m_display(new QWidget(this))
    , m_identityTitle(new QLabel(this))
    , m_nationalIdLabel(new QLabel(this))
    , m_nationalId(new NationalIdField(service, this))
    , m_editor(new ContactDetailsEditor(this))
{
    setObjectName(QStringLiteral("section"));
    m_editButton->setObjectName(QStringLiteral("contactEditButton"));
    m_editButton->setProperty("link", true);
    m_editButton->setIcon(Icons::edit());
    m_editButton->setCursor(Qt::PointingHandCursor);
    addHeaderWidget(m_editButton);

    static const char *const valueNames[ValueCount] = {
        "contactPhone", "contactEmail", "contactAddress", "contactLanguage", "contactConsents", "customerBirthDate"};

    auto *grid = new QGridLayout(m_display);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(20);
    grid->setVerticalSpacing(11);
    grid->setColumnMinimumWidth(0, 110);
    grid->setColumnStretch(1, 1);

    int row = 0;
    for (int i = 0; i < ValueCount; ++i) {
        if (i == BirthDate) {
            auto *line = new QFrame(m_display);
            line->setFrameShape(QFrame::HLine);
            line->setStyleSheet(QStringLiteral("color: #E6EAED;"));
            grid->addWidget(line, row++, 0, 1, 2);
            m_identityTitle->setProperty("role", QStringLiteral("caption"));
            grid->addWidget(m_identityTitle, row++, 0, 1, 2);
        }
        m_labels[i] = new QLabel(m_display);
        m_labels[i]->setProperty("role", QStringLiteral("fieldLabel"));
        m_values[i] = makeValueLabel(m_display);
        m_values[i]->setObjectName(QString::fromLatin1(valueNames[i]));
        grid->addWidget(m_labels[i], row, 0, Qt::AlignTop);
        grid->addWidget(m_values[i], row, 1);
        ++row;
    }
    m_nationalIdLabel->setProperty("role", QStringLiteral("fieldLabel"));
    grid->addWidget(m_nationalIdLabel, row, 0, Qt::AlignTop);
    grid->addWidget(m_nationalId, row, 1);

    m_stack->addWidget(m_display);
    m_stack->addWidget(m_editor);
    contentLayout()->addWidget(m_stack);

    connect(m_editButton, &QPushButton::clicked, this, &ContactDetailsPanel::startEditing);
    connect(m_editor, &ContactDetailsEditor::cancelRequested, this, &ContactDetailsPanel::cancelEditing);
    connect(m_editor, &ContactDetailsEditor::saveRequested, this, &ContactDetailsPanel::save);

    retranslateUi();
}

ContactDetailsPanel::~ContactDetailsPanel() = default;

void ContactDetailsPanel::setCustomer(const Customer &customer)
{
    if (customer.id != m_customer.id) {
        ++m_generation;     // a save still running belongs to the previous customer
        cancelEditing();
    }
    m_customer = customer;
    m_nationalId->setCustomer(customer.id, customer.nationalIdMasked);
    render();
}

bool ContactDetailsPanel::isEditing() const
{
    return m_stack->currentWidget() == m_editor;
}

void ContactDetailsPanel::startEditing()
{
    if (m_customer.id <= 0)
        return;
    m_editVersion = m_customer.version;
    m_editor->setCustomer(m_customer);
    m_stack->setCurrentWidget(m_editor);
    m_editButton->hide();
    m_editor->focusFirstField();
}

void ContactDetailsPanel::cancelEditing()
{
    m_stack->setCurrentWidget(m_display);
    m_editButton->show();
}

void ContactDetailsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        render();
    }
    SectionFrame::changeEvent(event);
}

void ContactDetailsPanel::save()
{
    if (!m_editor->validateAll())
        return;
    m_editor->setBusy(true);
    const quint64 generation = m_generation;
    m_service->updateContactDetails(m_customer.id, m_editVersion, m_editor->details())
        .then(this, [this, generation](const CommandResult &result) { onSaved(generation, result); });
}

void ContactDetailsPanel::onSaved(quint64 generation, const CommandResult &result)
{
    if (generation != m_generation)
        return;
    m_editor->setBusy(false);

    if (result.ok()) {
        cancelEditing();
        emit message(tr("Contact details saved."), MessageBar::Positive, false);
        return;
    }
    if (!result.fieldErrors.isEmpty()) {
        m_editor->setFieldErrors(result.fieldErrors);
        emit message(result.message.isEmpty() ? tr("Some details need correcting. See the messages next to the fields.")
                                              : result.message,
                     MessageBar::Error, false);
        return;
    }
    if (result.status == CommandResult::Conflict) {
        emit message(result.message.isEmpty()
                         ? tr("The customer was changed by someone else while you were editing. "
                              "Reload to see the current details, then make your change again.")
                         : result.message,
                     MessageBar::Warning, true);
        return;
    }
    emit message(result.message.isEmpty() ? tr("The change could not be saved. Nothing was changed; try again.")
                                          : result.message,
                 MessageBar::Error, false);
}

void ContactDetailsPanel::render()
{
    const ContactDetails &c = m_customer.contact;
    const QString none = tr("Not given");

    m_values[Phone]->setText(c.phoneE164.isEmpty() ? none : PhoneNumbers::formatInternational(c.phoneE164));
    m_values[Email]->setText(c.email.isEmpty() ? none : c.email);
    QString address = c.street;
    const QString town = QStringList{c.postcode, c.city}.join(QLatin1Char(' ')).trimmed();
    if (!town.isEmpty())
        address += (address.isEmpty() ? QString() : QStringLiteral("\n")) + town;
    m_values[Address]->setText(address.isEmpty() ? none : address);
    m_values[Language]->setText(DisplayText::languageName(c.language));
    m_values[Consents]->setText(tr("Marketing: %1  ·  SMS: %2")
                                    .arg(m_customer.consentMarketing ? tr("yes") : tr("no"),
                                         m_customer.consentSms ? tr("yes") : tr("no")));
    m_values[BirthDate]->setText(DisplayText::date(m_customer.birthDate));

    for (int i = Phone; i <= Address; ++i) {
        const bool missing = m_values[i]->text() == none;
        m_values[i]->setProperty("role", missing ? QStringLiteral("muted") : QString());
        m_values[i]->setStyleSheet(missing ? QStringLiteral("color: #8A969D;") : QString());
    }
}

void ContactDetailsPanel::retranslateUi()
{
    setTitle(tr("Contact details"));
    m_editButton->setText(tr("Edit"));
    m_editButton->setToolTip(tr("Change phone, email, address or language"));
    m_labels[Phone]->setText(tr("Phone"));
    m_labels[Email]->setText(tr("Email"));
    m_labels[Address]->setText(tr("Address"));
    m_labels[Language]->setText(tr("Language"));
    m_labels[Consents]->setText(tr("Consents"));
    m_labels[BirthDate]->setText(tr("Date of birth"));
    m_identityTitle->setText(tr("IDENTITY"));
    m_nationalIdLabel->setText(tr("National ID"));
}
