#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

/// @short Asks why the agent needs to see a national identity number.
///
/// The reason goes into the audit entry. It is recorded in English whatever
/// the interface language, so that an auditor reads one vocabulary.
class RevealReasonDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RevealReasonDialog(QWidget *parent = nullptr);

    /// "Customer verification: caller confirmed address", for the audit log.
    QString reason() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateAcceptable();
    bool detailsRequired() const;

    QLabel *m_intro = nullptr;
    QLabel *m_reasonLabel = nullptr;
    QLabel *m_detailsLabel = nullptr;
    QComboBox *m_reason = nullptr;
    QLineEdit *m_details = nullptr;
    QPushButton *m_reveal = nullptr;
    QPushButton *m_cancel = nullptr;
};
