#include "contactdetailseditor.h"

#include "common/displaytext.h"

#include "domain/contactvalidator.h"
#include "domain/phonenumbers.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace {

const char *const LanguageCodes[] = {"fi", "sv", "nb", "en"};

} // namespace

ContactDetailsEditor::ContactDetailsEditor(QWidget *parent)
    : QWidget(parent)
    , m_language(new QComboBox(this))
    , m_save(new QPushButton(this))
    , m_cancel(new QPushButton(this))
{
    setObjectName(QStringLiteral("contactDetailsEditor"));

    auto *form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    form->setHorizontalSpacing(16);
    form->setVerticalSpacing(8);
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    static const char *const objectNames[FieldCount] = {
        "editPhone", "editEmail", "editStreet", "editPostcode", "editCity", "editLanguage"};

    for (const char *code : LanguageCodes)
        m_language->addItem(QString(), QString::fromLatin1(code));

    for (int i = 0; i < FieldCount; ++i) {
        Row &row = m_rows[i];
        row.label = new QLabel(this);
        row.label->setProperty("role", QStringLiteral("fieldLabel"));
        row.label->setContentsMargins(0, 6, 0, 0);
        if (i == Language) {
            row.input = m_language;
        } else {
            auto *edit = new QLineEdit(this);
            edit->setMaxLength(i == Street ? 120 : 80);
            row.input = edit;
            const auto field = Field(i);
            connect(edit, &QLineEdit::textEdited, this, [this, field] { onEdited(field); });
            connect(edit, &QLineEdit::editingFinished, this, [this, field] {
                m_rows[field].touched = true;
                showError(field, check(field));
            });
            connect(edit, &QLineEdit::returnPressed, this, &ContactDetailsEditor::saveRequested);
        }
        row.input->setObjectName(QString::fromLatin1(objectNames[i]));
        row.label->setBuddy(row.input);

        row.error = new QLabel(this);
        row.error->setObjectName(row.input->objectName() + QStringLiteral("Error"));
        row.error->setProperty("role", QStringLiteral("fieldError"));
        row.error->setWordWrap(true);
        row.error->setTextFormat(Qt::PlainText);
        row.error->hide();

        auto *cell = new QWidget(this);
        auto *cellLayout = new QVBoxLayout(cell);
        cellLayout->setContentsMargins(0, 0, 0, 0);
        cellLayout->setSpacing(3);
        cellLayout->addWidget(row.input);
        cellLayout->addWidget(row.error);
        form->addRow(row.label, cell);
    }

    m_save->setObjectName(QStringLiteral("contactSaveButton"));
    m_save->setProperty("primary", true);
    m_save->setDefault(true);
    m_cancel->setObjectName(QStringLiteral("contactCancelButton"));

    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(8);
    buttons->addStretch(1);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_save);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(14);
    layout->addLayout(form);
    layout->addLayout(buttons);

    connect(m_save, &QPushButton::clicked, this, &ContactDetailsEditor::saveRequested);
    connect(m_cancel, &QPushButton::clicked, this, &ContactDetailsEditor::cancelRequested);

    retranslateUi();
}

ContactDetailsEditor::~ContactDetailsEditor() = default;

void ContactDetailsEditor::setCustomer(const Customer &customer)
{
    m_country = customer.country;
    const ContactDetails &c = customer.contact;
    lineEdit(Phone)->setText(c.phoneE164.isEmpty() ? QString() : PhoneNumbers::formatInternational(c.phoneE164));
    lineEdit(Email)->setText(c.email);
    lineEdit(Street)->setText(c.street);
    lineEdit(Postcode)->setText(c.postcode);
    lineEdit(City)->setText(c.city);
    const int languageIndex = m_language->findData(c.language);
    m_language->setCurrentIndex(languageIndex >= 0 ? languageIndex : 0);

    for (int i = 0; i < FieldCount; ++i) {
        m_rows[i].touched = false;
        showError(Field(i), QString());
    }
    setBusy(false);
}

ContactDetails ContactDetailsEditor::details() const
{
    ContactDetails d;
    const QString phone = lineEdit(Phone)->text().trimmed();
    d.phoneE164 = PhoneNumbers::toE164(phone, m_country);
    if (d.phoneE164.isEmpty())
        d.phoneE164 = phone;   // the service refuses it with its own message
    d.email = lineEdit(Email)->text().trimmed();
    d.street = lineEdit(Street)->text().simplified();
    const QString postcode = lineEdit(Postcode)->text().trimmed();
    const QString normalized = ContactValidator::normalizePostcode(postcode, m_country);
    d.postcode = normalized.isEmpty() ? postcode : normalized;
    d.city = lineEdit(City)->text().simplified();
    d.language = m_language->currentData().toString();
    return d;
}

bool ContactDetailsEditor::validateAll()
{
    bool ok = true;
    for (int i = 0; i < FieldCount; ++i) {
        m_rows[i].touched = true;
        const QString message = check(Field(i));
        showError(Field(i), message);
        ok = ok && message.isEmpty();
    }
    updateSaveEnabled();
    return ok;
}

void ContactDetailsEditor::setFieldErrors(const QJsonObject &errors)
{
    // Accept the service's names in either spelling.
    static const struct
    {
        const char *key;
        Field field;
    } names[] = {
        {"phone", Phone}, {"phoneE164", Phone}, {"phone_e164", Phone},
        {"email", Email}, {"street", Street}, {"postcode", Postcode},
        {"city", City}, {"language", Language},
    };
    for (auto it = errors.begin(); it != errors.end(); ++it) {
        for (const auto &name : names) {
            if (it.key() == QLatin1StringView(name.key)) {
                m_rows[name.field].touched = true;
                showError(name.field, it.value().toString());
            }
        }
    }
}

void ContactDetailsEditor::setBusy(bool busy)
{
    m_busy = busy;
    for (const Row &row : m_rows)
        row.input->setEnabled(!busy);
    m_cancel->setEnabled(!busy);
    m_save->setText(busy ? tr("Saving…") : tr("Save"));
    updateSaveEnabled();
}

void ContactDetailsEditor::focusFirstField()
{
    lineEdit(Phone)->setFocus(Qt::OtherFocusReason);
    lineEdit(Phone)->selectAll();
}

void ContactDetailsEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

QLineEdit *ContactDetailsEditor::lineEdit(Field field) const
{
    return qobject_cast<QLineEdit *>(m_rows[field].input);
}

QString ContactDetailsEditor::check(Field field) const
{
    switch (field) {
    case Phone: {
        const QString phone = lineEdit(Phone)->text().trimmed();
        return phone.isEmpty() ? QString() : ContactValidator::checkPhone(phone, m_country);
    }
    case Email: {
        const QString email = lineEdit(Email)->text().trimmed();
        return email.isEmpty() ? QString() : ContactValidator::checkEmail(email);
    }
    case Street:
        return ContactValidator::checkStreet(lineEdit(Street)->text().simplified());
    case Postcode:
        return ContactValidator::checkPostcode(lineEdit(Postcode)->text().trimmed(), m_country);
    case City:
        return ContactValidator::checkCity(lineEdit(City)->text().simplified());
    case Language:
    case FieldCount:
        break;
    }
    return QString();
}

void ContactDetailsEditor::showError(Field field, const QString &message)
{
    Row &row = m_rows[field];
    row.error->setText(message);
    row.error->setVisible(!message.isEmpty());
    const bool invalid = !message.isEmpty();
    if (row.input->property("invalid").toBool() != invalid) {
        row.input->setProperty("invalid", invalid);
        row.input->style()->unpolish(row.input);
        row.input->style()->polish(row.input);
    }
}

void ContactDetailsEditor::onEdited(Field field)
{
    // Tell the agent at once when a field becomes right; tell them it is
    // wrong only once they have left it, or when it was already flagged.
    const QString message = check(field);
    if (message.isEmpty() || m_rows[field].touched || !m_rows[field].error->isHidden())
        showError(field, message);
    updateSaveEnabled();
}

void ContactDetailsEditor::updateSaveEnabled()
{
    bool ok = !m_busy;
    for (int i = 0; ok && i < FieldCount; ++i)
        ok = check(Field(i)).isEmpty();
    m_save->setEnabled(ok);
}

void ContactDetailsEditor::retranslateUi()
{
    m_rows[Phone].label->setText(tr("Phone"));
    m_rows[Email].label->setText(tr("Email"));
    m_rows[Street].label->setText(tr("Street address"));
    m_rows[Postcode].label->setText(tr("Postcode"));
    m_rows[City].label->setText(tr("City"));
    m_rows[Language].label->setText(tr("Language"));
    lineEdit(Phone)->setPlaceholderText(tr("For example +358 40 123 4567"));
    for (int i = 0; i < m_language->count(); ++i)
        m_language->setItemText(i, DisplayText::languageName(m_language->itemData(i).toString()));
    m_cancel->setText(tr("Cancel"));
    m_save->setText(m_busy ? tr("Saving…") : tr("Save"));
    // Re-check visible messages so they appear in the new language.
    for (int i = 0; i < FieldCount; ++i) {
        if (!m_rows[i].error->isHidden())
            showError(Field(i), check(Field(i)));
    }
}
