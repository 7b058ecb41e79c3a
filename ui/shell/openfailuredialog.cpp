#include "openfailuredialog.h"

#include "common/icons.h"
#include "common/theme.h"

#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

OpenFailureDialog::OpenFailureDialog(const OpenResult &result, QWidget *parent)
    : QDialog(parent)
    , m_result(result)
    , m_title(new QLabel(this))
    , m_message(new QLabel(this))
    , m_path(new QLabel(this))
    , m_chooseFolder(new QPushButton(this))
    , m_moveAside(new QPushButton(this))
    , m_tryAgain(new QPushButton(this))
    , m_quit(new QPushButton(this))
{
    setObjectName(QStringLiteral("openFailureDialog"));
    setModal(true);

    auto *icon = new QLabel(this);
    icon->setPixmap(Icons::statusIcon(Icons::Status::Error, Theme::danger()).pixmap(32, 32));
    icon->setAlignment(Qt::AlignTop);

    m_title->setProperty("role", QStringLiteral("emptyTitle"));
    m_title->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("openFailureMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_path->setProperty("role", QStringLiteral("caption"));
    m_path->setWordWrap(true);
    m_path->setTextFormat(Qt::PlainText);
    m_path->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_chooseFolder->setObjectName(QStringLiteral("chooseFolderButton"));
    m_moveAside->setObjectName(QStringLiteral("moveAsideButton"));
    m_tryAgain->setObjectName(QStringLiteral("tryAgainButton"));
    m_quit->setObjectName(QStringLiteral("quitButton"));
    m_chooseFolder->setProperty("primary", true);
    m_chooseFolder->setDefault(true);

    // Moving aside only helps when there is a file and it is what is wrong.
    const bool fileExists = QFileInfo::exists(result.path);
    m_moveAside->setVisible(fileExists
                            && (result.status == OpenResult::Corrupt || result.status == OpenResult::NewerSchema
                                || result.status == OpenResult::Failed));
    m_tryAgain->setVisible(result.status == OpenResult::Locked || result.status == OpenResult::Unreadable);

    auto *text = new QVBoxLayout;
    text->setSpacing(8);
    text->addWidget(m_title);
    text->addWidget(m_message);
    text->addWidget(m_path);

    auto *top = new QHBoxLayout;
    top->setSpacing(16);
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addLayout(text, 1);

    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(8);
    buttons->addWidget(m_quit);
    buttons->addStretch(1);
    buttons->addWidget(m_tryAgain);
    buttons->addWidget(m_moveAside);
    buttons->addWidget(m_chooseFolder);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(22, 20, 22, 16);
    layout->setSpacing(20);
    layout->addLayout(top);
    layout->addLayout(buttons);

    connect(m_chooseFolder, &QPushButton::clicked, this, [this] { done(ChooseAnotherFolder); });
    connect(m_moveAside, &QPushButton::clicked, this, [this] { done(MoveAsideAndStartFresh); });
    connect(m_tryAgain, &QPushButton::clicked, this, [this] { done(TryAgain); });
    connect(m_quit, &QPushButton::clicked, this, [this] { done(Quit); });

    retranslateUi();
    setMinimumWidth(720);
}

void OpenFailureDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void OpenFailureDialog::retranslateUi()
{
    setWindowTitle(tr("CardDesk could not open the customer database"));
    m_title->setText(tr("The customer database could not be opened"));
    m_message->setText(m_result.message.isEmpty() ? tr("An unknown error occurred.") : m_result.message);
    m_path->setText(tr("Database file: %1").arg(m_result.path));
    m_chooseFolder->setText(tr("Choose Another Folder…"));
    m_moveAside->setText(tr("Move the Damaged File Aside and Start Fresh"));
    m_tryAgain->setText(tr("Try Again"));
    m_quit->setText(tr("Quit"));
}
