#include "composer.h"

#include "inboxtext.h"
#include "macropicker.h"

#include "common/displaytext.h"
#include "common/theme.h"

#include "domain/cardnumber.h"

#include <QButtonGroup>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBlock>
#include <QVBoxLayout>

Composer::Composer(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("composer"));

    m_replyButton = new QPushButton(this);
    m_replyButton->setObjectName(QStringLiteral("composerReplyMode"));
    m_replyButton->setCheckable(true);
    m_noteButton = new QPushButton(this);
    m_noteButton->setObjectName(QStringLiteral("composerNoteMode"));
    m_noteButton->setCheckable(true);
    auto *group = new QButtonGroup(this);
    group->addButton(m_replyButton);
    group->addButton(m_noteButton);
    group->setExclusive(true);
    m_replyButton->setChecked(true);
    // A segmented toggle: the chosen mode reads as pressed.
    const QString toggle = QStringLiteral("QPushButton:checked { background: %1; border-color: %2; color: %3; }")
                               .arg(Theme::accentSoft().name(), Theme::accent().name(), Theme::accentHover().name());
    m_replyButton->setStyleSheet(toggle);
    m_noteButton->setStyleSheet(toggle);
    m_macroButton = new QPushButton(this);
    m_macroButton->setObjectName(QStringLiteral("composerMacros"));
    m_macroButton->setProperty("link", true);
    m_macroButton->setFocusPolicy(Qt::NoFocus);

    m_hint = new QLabel(this);
    m_hint->setProperty("role", QStringLiteral("caption"));
    m_hint->setWordWrap(true);

    m_editor = new QPlainTextEdit(this);
    m_editor->setObjectName(QStringLiteral("composerEditor"));
    m_editor->setTabChangesFocus(true);
    m_editor->installEventFilter(this);
    m_editor->setMinimumHeight(72);

    m_sendButton = new QPushButton(this);
    m_sendButton->setObjectName(QStringLiteral("composerSend"));
    m_sendButton->setProperty("primary", true);

    auto *top = new QHBoxLayout;
    top->setSpacing(6);
    top->addWidget(m_replyButton);
    top->addWidget(m_noteButton);
    top->addStretch(1);
    top->addWidget(m_macroButton);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_hint, 1);
    bottom->addWidget(m_sendButton, 0, Qt::AlignTop);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 10);
    layout->setSpacing(6);
    layout->addLayout(top);
    layout->addWidget(m_editor, 1);
    layout->addLayout(bottom);

    connect(m_replyButton, &QPushButton::clicked, this, [this] { setMode(Mode::Reply); });
    connect(m_noteButton, &QPushButton::clicked, this, [this] { setMode(Mode::Note); });
    connect(m_macroButton, &QPushButton::clicked, this, &Composer::openMacroPicker);
    connect(m_sendButton, &QPushButton::clicked, this, &Composer::send);

    retranslateUi();
}

Composer::~Composer() = default;

void Composer::setConversation(const ConversationSummary &conversation)
{
    const bool other = conversation.id != m_conversation.id;
    m_conversation = conversation;
    if (other) {
        m_editor->clear();
        setMode(canReply() ? Mode::Reply : Mode::Note);
    }
    retranslateUi();
}

void Composer::setMacros(const QList<Macro> &macros)
{
    m_macros = macros;
    m_macroButton->setEnabled(!m_macros.isEmpty());
}

void Composer::setPlaceholderValues(const QHash<QString, QString> &values)
{
    m_values = values;
}

void Composer::setMode(Mode mode)
{
    if (mode == Mode::Reply && !canReply())
        mode = Mode::Note;
    m_mode = mode;
    updateModeButtons();
    retranslateUi();
}

bool Composer::canReply() const
{
    // Alerts come from a rule, not from a customer; a phone call is answered on the phone (Log call).
    return m_conversation.channel != Channel::Alert && m_conversation.channel != Channel::Phone;
}

Composer::Mode Composer::mode() const
{
    return m_mode;
}

void Composer::startWriting(Mode mode)
{
    setMode(mode);
    m_editor->setFocus(Qt::ShortcutFocusReason);
}

QString Composer::text() const
{
    return m_editor->toPlainText();
}

void Composer::setText(const QString &text)
{
    m_editor->setPlainText(text);
}

void Composer::clearDraft()
{
    m_editor->clear();
}

void Composer::setSending(bool sending)
{
    m_sending = sending;
    m_sendButton->setEnabled(!sending);
    m_editor->setReadOnly(sending);
}

QPlainTextEdit *Composer::editor() const
{
    return m_editor;
}

void Composer::openMacroPicker(bool fromSlash)
{
    if (m_macros.isEmpty())
        return;
    const QString language = m_conversation.language.isEmpty() ? QStringLiteral("en") : m_conversation.language;
    auto *picker = new MacroPicker(m_macros, language, this);
    picker->setAttribute(Qt::WA_DeleteOnClose);
    connect(picker, &QDialog::accepted, this, [this, picker] {
        const QStringList missing = insertMacro(picker->chosenId());
        m_editor->setFocus(Qt::OtherFocusReason);
        if (!missing.isEmpty())
            m_hint->setText(tr("Fill in before sending: %1").arg(missing.join(QStringLiteral(", "))));
    });
    connect(picker, &QDialog::rejected, this, [this, fromSlash] {
        if (fromSlash)
            m_editor->textCursor().insertText(QStringLiteral("/"));
        m_editor->setFocus(Qt::OtherFocusReason);
    });
    picker->open();
}

QStringList Composer::insertMacro(const QString &id)
{
    const QString language = m_conversation.language.isEmpty() ? QStringLiteral("en") : m_conversation.language;
    for (const Macro &macro : std::as_const(m_macros)) {
        if (macro.id != id)
            continue;
        QStringList missing;
        const QString body = MacroRenderer::render(macro.body(language), m_values, &missing);
        m_editor->textCursor().insertText(body);
        return missing;
    }
    return {};
}

void Composer::send()
{
    if (m_sending)
        return;
    const QString body = m_editor->toPlainText().trimmed();
    if (body.isEmpty()) {
        m_hint->setText(m_mode == Mode::Note ? tr("Write the note first.") : tr("Write the reply first."));
        m_editor->setFocus(Qt::OtherFocusReason);
        return;
    }
    if (CardNumber::containsCardNumber(body)) {
        askAboutCardNumber(body);
        return;
    }
    emit sendRequested(m_mode, body);
}

void Composer::askAboutCardNumber(const QString &body)
{
    auto *box = new QMessageBox(this);
    box->setObjectName(QStringLiteral("cardNumberGuard"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setIcon(QMessageBox::Warning);
    box->setWindowTitle(tr("Card Number in the Text"));
    box->setText(m_mode == Mode::Note
                     ? tr("This note contains a card number. Card numbers are never stored in full.")
                     : tr("This reply contains a card number. Card numbers are never sent or stored in full."));
    box->setInformativeText(tr("Mask it to the first six and last four digits and send, or go back and edit the "
                               "text."));
    QPushButton *mask = box->addButton(tr("Mask It and Send"), QMessageBox::AcceptRole);
    mask->setObjectName(QStringLiteral("maskAndSend"));
    QPushButton *edit = box->addButton(tr("Edit"), QMessageBox::RejectRole);
    edit->setObjectName(QStringLiteral("editText"));
    box->setDefaultButton(edit);
    connect(box, &QMessageBox::finished, this, [this, box, mask, body] {
        if (box->clickedButton() == mask) {
            const QString masked = CardNumber::maskInText(body);
            m_editor->setPlainText(masked);
            emit sendRequested(m_mode, masked);
            return;
        }
        // Back to the text with the number selected.
        const QList<CardNumber::Match> matches = CardNumber::findInText(m_editor->toPlainText());
        QTextCursor cursor = m_editor->textCursor();
        if (!matches.isEmpty()) {
            cursor.setPosition(int(matches.first().start));
            cursor.setPosition(int(matches.first().start + matches.first().length), QTextCursor::KeepAnchor);
            m_editor->setTextCursor(cursor);
        }
        m_editor->setFocus(Qt::OtherFocusReason);
    });
    box->open();
}

bool Composer::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_editor && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        const bool ctrl = key->modifiers() & Qt::ControlModifier;
        if (ctrl && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)) {
            send();
            return true;
        }
        if (key->key() == Qt::Key_Escape && key->modifiers() == Qt::NoModifier) {
            emit leaveRequested();
            return true;
        }
        if (ctrl && key->key() == Qt::Key_M) {
            openMacroPicker();
            return true;
        }
        if (key->text() == QLatin1StringView("/") && !m_macros.isEmpty()
            && m_editor->textCursor().positionInBlock() == 0 && !m_editor->textCursor().hasSelection()) {
            openMacroPicker(true);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void Composer::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void Composer::updateModeButtons()
{
    m_replyButton->setChecked(m_mode == Mode::Reply);
    m_noteButton->setChecked(m_mode == Mode::Note);
    m_replyButton->setEnabled(canReply());
    // A note is written on pale yellow, as it is shown in the thread.
    m_editor->setStyleSheet(m_mode == Mode::Note
                                ? QStringLiteral("QPlainTextEdit { background: #FFF8DC; border: 1px solid #E6D38C;"
                                                 " border-radius: 6px; padding: 4px; }")
                                : QStringLiteral("QPlainTextEdit { background: #FFFFFF; border: 1px solid #C7D0D5;"
                                                 " border-radius: 6px; padding: 4px; }"));
}

void Composer::retranslateUi()
{
    m_replyButton->setText(tr("Reply"));
    m_replyButton->setToolTip(tr("Reply to the customer by %1 (R)").arg(InboxText::channel(m_conversation.channel).toLower()));
    m_noteButton->setText(tr("Internal note"));
    m_noteButton->setToolTip(tr("A note only agents see (N)"));
    m_macroButton->setText(tr("Macros"));
    m_macroButton->setToolTip(tr("Insert a macro (Ctrl+M, or / at the start of a line)"));
    m_sendButton->setText(m_mode == Mode::Note ? tr("Add Note") : tr("Send Reply"));
    m_sendButton->setToolTip(tr("Ctrl+Enter"));
    if (m_mode == Mode::Note) {
        m_editor->setPlaceholderText(tr("Internal note — only agents see this."));
        if (m_conversation.channel == Channel::Phone)
            m_hint->setText(tr("Phone conversations are answered by phone: Ctrl+L logs a call. Notes are never "
                               "shown to the customer."));
        else
            m_hint->setText(tr("Never shown to the customer. Ctrl+Enter adds the note."));
    } else {
        m_editor->setPlaceholderText(tr("Write a reply, or type / for a macro…"));
        m_hint->setText(tr("Goes to the customer by %1. Macros in %2. Ctrl+Enter sends.")
                            .arg(InboxText::channel(m_conversation.channel).toLower(),
                                 DisplayText::languageName(m_conversation.language.isEmpty()
                                                               ? QStringLiteral("en")
                                                               : m_conversation.language)));
    }
    updateModeButtons();
}
