#pragma once

#include "common/messagebar.h"
#include "common/sectionframe.h"

#include "domain/command.h"
#include "domain/customer.h"

class ContactDetailsEditor;
class CustomerService;
class NationalIdField;
class QGridLayout;
class QLabel;
class QPushButton;
class QStackedWidget;

/// @short Contact details and identity, shown or edited in place.
///
/// Edit opens ContactDetailsEditor in the panel; Save sends the change as a
/// command with the version the agent started from, so a change made
/// meanwhile by someone else is refused instead of overwritten.
class ContactDetailsPanel : public SectionFrame
{
    Q_OBJECT

public:
    explicit ContactDetailsPanel(CustomerService *service, QWidget *parent = nullptr);
    ~ContactDetailsPanel() override;

    void setCustomer(const Customer &customer);
    bool isEditing() const;
    void startEditing();
    void cancelEditing();

Q_SIGNALS:
    /// For the view's message bar; @p offerReload adds a "Reload" action.
    void message(const QString &text, MessageBar::Type type, bool offerReload);

protected:
    void changeEvent(QEvent *event) override;

private:
    enum Value {
        Phone,
        Email,
        Address,
        Language,
        Consents,
        BirthDate,
        ValueCount
    };

    void save();
    void onSaved(quint64 generation, const CommandResult &result);
    void render();
    void retranslateUi();

    CustomerService *m_service = nullptr;
    QPushButton *m_editButton = nullptr;
    QStackedWidget *m_stack = nullptr;
    QWidget *m_display = nullptr;
    QLabel *m_labels[ValueCount] = {};
    QLabel *m_values[ValueCount] = {};
    QLabel *m_identityTitle = nullptr;
    QLabel *m_nationalIdLabel = nullptr;
    NationalIdField *m_nationalId = nullptr;
    ContactDetailsEditor *m_editor = nullptr;
    Customer m_customer;
    int m_editVersion = 0;
    quint64 m_generation = 0;
};
