#pragma once

#include <QFrame>

class QHBoxLayout;
class QLabel;
class QPushButton;
class QTimer;
class QToolButton;

/// @short An inline message above a panel: information, success, warning or error.
///
/// Recoverable problems are told here rather than in a modal box (KeePassXC
/// MessageWidget). A message can carry one action button ("Reload") and can
/// hide itself after a while.
class MessageBar : public QFrame
{
    Q_OBJECT

public:
    enum Type {
        Information,
        Positive,
        Warning,
        Error
    };
    Q_ENUM(Type)

    explicit MessageBar(QWidget *parent = nullptr);
    ~MessageBar() override;

    /// Shows @p text (plain text). @p autoHideMs = 0 keeps it until closed.
    void showMessage(const QString &text, Type type, int autoHideMs = 0);

    /// Shows a message with one action button; actionTriggered() fires when clicked.
    void showMessageWithAction(const QString &text, Type type, const QString &actionText);

    void hideMessage();
    QString text() const;
    Type type() const;

Q_SIGNALS:
    void actionTriggered();

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void applyType();

    QLabel *m_icon = nullptr;
    QLabel *m_label = nullptr;
    QPushButton *m_action = nullptr;
    QToolButton *m_close = nullptr;
    QTimer *m_autoHide = nullptr;
    Type m_type = Information;
};
