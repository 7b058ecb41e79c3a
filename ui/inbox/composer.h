#pragma once

#include "domain/conversation.h"
#include "domain/macro.h"

#include <QHash>
#include <QList>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;

/// @short Writes a reply on the conversation's channel or an internal note.
///
/// Ctrl+Enter sends; Ctrl+M, or "/" at the start of a line, opens the macro
/// picker; a macro is rendered in the customer's language with the values set
/// by setPlaceholderValues(). Before anything is handed on, the card-number
/// guard asks to mask a card number found in the text (the service refuses
/// one anyway).
class Composer : public QWidget
{
    Q_OBJECT

public:
    enum class Mode {
        Reply,
        Note
    };
    Q_ENUM(Mode)

    explicit Composer(QWidget *parent = nullptr);
    ~Composer() override;

    void setConversation(const ConversationSummary &conversation);
    void setMacros(const QList<Macro> &macros);
    void setPlaceholderValues(const QHash<QString, QString> &values);

    void setMode(Mode mode);
    Mode mode() const;
    /// False on channels without a written reply (phone, alerts): notes only.
    bool canReply() const;
    /// Switches to @p mode and puts the cursor in the editor.
    void startWriting(Mode mode);

    QString text() const;
    void setText(const QString &text);
    void clearDraft();

    /// Disables sending while a send is on its way.
    void setSending(bool sending);

    /// Opens the macro picker (Ctrl+M). From "/": a cancelled picker leaves the "/" typed.
    void openMacroPicker(bool fromSlash = false);
    /// Inserts macro @p id rendered for this conversation; returns the placeholders left unfilled.
    QStringList insertMacro(const QString &id);

    /// Checks and sends: runs the card-number guard first.
    void send();

    QPlainTextEdit *editor() const;

Q_SIGNALS:
    /// The text passed the guard: the owner calls the service.
    void sendRequested(Composer::Mode mode, const QString &body);
    /// Escape in the editor: the agent wants back to the list (the draft stays).
    void leaveRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateModeButtons();
    void askAboutCardNumber(const QString &body);

    ConversationSummary m_conversation;
    QList<Macro> m_macros;
    QHash<QString, QString> m_values;
    Mode m_mode = Mode::Reply;
    bool m_sending = false;

    QPushButton *m_replyButton = nullptr;
    QPushButton *m_noteButton = nullptr;
    QPushButton *m_macroButton = nullptr;
    QLabel *m_hint = nullptr;
    QPlainTextEdit *m_editor = nullptr;
    QPushButton *m_sendButton = nullptr;
};
