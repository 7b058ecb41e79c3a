#pragma once

#include "domain/customer.h"

#include <QJsonObject>
#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

/// @short The inline form for a customer's contact details, checked as the agent types.
///
/// Uses ContactValidator for instant, per-field messages next to each field;
/// the service validates again when the change is saved.
class ContactDetailsEditor : public QWidget
{
    Q_OBJECT

public:
    explicit ContactDetailsEditor(QWidget *parent = nullptr);
    ~ContactDetailsEditor() override;

    /// Starts editing @p customer's details.
    void setCustomer(const Customer &customer);

    /// The details as entered: phone in E.164, postcode normalised.
    ContactDetails details() const;

    /// Shows every field's problem; true when all fields are acceptable.
    bool validateAll();

    /// Shows the service's messages (field name -> message) next to the fields.
    void setFieldErrors(const QJsonObject &errors);

    void setBusy(bool busy);
    void focusFirstField();

Q_SIGNALS:
    void saveRequested();
    void cancelRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    enum Field {
        Phone,
        Email,
        Street,
        Postcode,
        City,
        Language,
        FieldCount
    };

    struct Row
    {
        QLabel *label = nullptr;
        QWidget *input = nullptr;
        QLabel *error = nullptr;
        bool touched = false;
    };

    QLineEdit *lineEdit(Field field) const;
    QString check(Field field) const;
    void showError(Field field, const QString &message);
    void onEdited(Field field);
    void updateSaveEnabled();
    void retranslateUi();

    Row m_rows[FieldCount];
    QComboBox *m_language = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_cancel = nullptr;
    QString m_country;
    bool m_busy = false;
};
