#pragma once

#include <QPointer>
#include <QWidget>

class CustomerService;
class QLabel;
class QPushButton;
class QTimer;
class RevealReasonDialog;
struct RevealResult;

/// @short A national identity number, masked until the agent reveals it with a reason.
///
/// A reveal shows the full number for 30 seconds, then masks it again; the
/// service records each reveal in the audit log.
class NationalIdField : public QWidget
{
    Q_OBJECT

public:
    static constexpr int RevealSeconds = 30;

    explicit NationalIdField(CustomerService *service, QWidget *parent = nullptr);
    ~NationalIdField() override;

    void setCustomer(qint64 customerId, const QString &maskedId);

    bool isRevealed() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void askForReason();
    void reveal(const QString &reason);
    void onRevealed(quint64 generation, const RevealResult &result);
    void tick();
    void mask();
    void retranslateUi();

    CustomerService *m_service = nullptr;
    QLabel *m_value = nullptr;
    QPushButton *m_revealButton = nullptr;
    QLabel *m_note = nullptr;
    QTimer *m_countdown = nullptr;
    QPointer<RevealReasonDialog> m_dialog;
    QString m_masked;
    qint64 m_customerId = 0;
    quint64 m_generation = 0;
    int m_secondsLeft = 0;
    bool m_pending = false;
    QString m_error;
};
