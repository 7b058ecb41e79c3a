#include "conversationview.h"

#include "alertevidencepanel.h"
#include "inboxtext.h"
#include "messagebrowser.h"

#include "common/displaytext.h"
#include "common/pilllabel.h"
#include "common/theme.h"

#include "services/inboxservice.h"

#include <QDesktopServices>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QImage>
#include <QImageReader>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSet>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace {

const QLatin1StringView AttachmentScheme("carddesk-attachment");
const QLatin1StringView ThreadScheme("carddesk-thread");
/// Larger inline parts are left as attachments to open, not decoded for display.
constexpr qint64 MaxInlineImageBytes = 16 * 1024 * 1024;

QString escapedText(const QString &text)
{
    QString html = text.toHtmlEscaped();
    html.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    return html;
}

/// The inside of <body> when the sanitiser handed a whole document.
QString bodyContent(const QString &html)
{
    const qsizetype bodyStart = html.indexOf(QLatin1StringView("<body"), 0, Qt::CaseInsensitive);
    if (bodyStart < 0)
        return html;
    const qsizetype open = html.indexOf(QLatin1Char('>'), bodyStart);
    const qsizetype close = html.lastIndexOf(QLatin1StringView("</body"), -1, Qt::CaseInsensitive);
    if (open < 0)
        return html;
    return html.mid(open + 1, close > open ? close - open - 1 : -1);
}

/// A file name safe to create in a folder of ours: no folders, no leading dots.
QString safeFileName(const QString &name)
{
    QString safe = QFileInfo(name).fileName();
    safe.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|\\x00-\\x1f]")), QStringLiteral("_"));
    while (safe.startsWith(QLatin1Char('.')))
        safe.remove(0, 1);
    return safe.isEmpty() ? QStringLiteral("attachment") : safe.left(120);
}

} // namespace

ConversationView::ConversationView(InboxService *service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
{
    setObjectName(QStringLiteral("conversationView"));

    m_placeholder = new QLabel(this);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setProperty("role", QStringLiteral("emptyBody"));
    m_placeholder->setWordWrap(true);

    m_content = new QWidget(this);
    m_subject = new QLabel(m_content);
    m_subject->setObjectName(QStringLiteral("conversationSubject"));
    m_subject->setFont(Theme::derivedFont(font(), 3, QFont::Bold));
    m_subject->setWordWrap(true);
    m_subject->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_meta = new QLabel(m_content);
    m_meta->setProperty("role", QStringLiteral("muted"));
    m_meta->setWordWrap(true);
    m_suggestion = new QLabel(m_content);
    m_suggestion->setObjectName(QStringLiteral("conversationSuggestion"));
    m_suggestion->setWordWrap(true);
    m_suggestion->setVisible(false);
    m_statusPill = new PillLabel(m_content);
    m_priorityPill = new PillLabel(m_content);

    auto *header = new QWidget(m_content);
    header->setObjectName(QStringLiteral("conversationHeader"));
    header->setAutoFillBackground(true);
    header->setStyleSheet(QStringLiteral("QWidget#conversationHeader { background: #FFFFFF;"
                                         " border-bottom: 1px solid %1; }")
                              .arg(Theme::border().name()));
    auto *titleRow = new QHBoxLayout;
    titleRow->setSpacing(8);
    titleRow->addWidget(m_subject, 1);
    titleRow->addWidget(m_priorityPill, 0, Qt::AlignTop);
    titleRow->addWidget(m_statusPill, 0, Qt::AlignTop);
    auto *headerLayout = new QVBoxLayout(header);
    headerLayout->setContentsMargins(16, 12, 16, 10);
    headerLayout->setSpacing(4);
    headerLayout->addLayout(titleRow);
    headerLayout->addWidget(m_meta);
    headerLayout->addWidget(m_suggestion);

    m_messageBar = new MessageBar(m_content);

    m_browser = new MessageBrowser(m_content);
    m_browser->setObjectName(QStringLiteral("conversationThread"));
    m_browser->setFrameShape(QFrame::NoFrame);
    m_browser->setStyleSheet(QStringLiteral("QTextBrowser { background: %1; }").arg(Theme::window().name()));
    m_browser->document()->setDocumentMargin(14);

    m_composer = new Composer(m_content);
    m_composer->setAutoFillBackground(true);

    auto *split = new QSplitter(Qt::Vertical, m_content);
    split->setChildrenCollapsible(false);
    split->setHandleWidth(1);
    split->addWidget(m_browser);
    split->addWidget(m_composer);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    split->setSizes({480, 190});

    auto *contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->setSpacing(0);
    contentLayout->addWidget(header);
    contentLayout->addWidget(m_messageBar);
    contentLayout->addWidget(split, 1);

    m_pages = new QStackedWidget(this);
    m_pages->addWidget(m_placeholder);
    m_pages->addWidget(m_content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);

    connect(m_composer, &Composer::sendRequested, this, &ConversationView::onSendRequested);
    connect(m_browser, &MessageBrowser::linkActivated, this, &ConversationView::onLinkActivated);
    connect(m_service, &InboxService::conversationChanged, this, [this](qint64 id) {
        if (id == m_conversationId && m_loaded)
            reload();
    });
    connect(m_service, &InboxService::conversationIdAssigned, this, [this](qint64 provisionalId, qint64 serverId) {
        if (provisionalId == m_conversationId)
            showConversation(serverId);   // the same conversation, under the server's id
    });

    retranslateUi();
}

ConversationView::~ConversationView() = default;

void ConversationView::setAgent(const Agent &agent)
{
    m_agent = agent;
    updatePlaceholderValues();
}

void ConversationView::setAlertService(AlertService *alerts)
{
    if (m_alertPanel || !alerts)
        return;
    m_alertPanel = new AlertEvidencePanel(alerts, m_content);
    // Between the header and the message bar: the evidence comes before the thread.
    static_cast<QVBoxLayout *>(m_content->layout())->insertWidget(1, m_alertPanel);
    connect(m_alertPanel, &AlertEvidencePanel::fraudConfirmed, this, &ConversationView::fraudConfirmed);
    connect(m_alertPanel, &AlertEvidencePanel::decided, this, [this](qint64 conversationId) {
        if (conversationId == m_conversationId)
            reload();
    });
    if (m_loaded && m_thread.conversation.channel == Channel::Alert)
        m_alertPanel->showConversation(m_conversationId);
}

AlertEvidencePanel *ConversationView::alertPanel() const
{
    return m_alertPanel;
}

void ConversationView::setMacros(const QList<Macro> &macros)
{
    m_macroList = macros;
    m_composer->setMacros(macros);
    updateSuggestion();
}

void ConversationView::setClassifier(std::shared_ptr<const IntentClassifier> classifier)
{
    m_classifier = std::move(classifier);
    updateSuggestion();
}

void ConversationView::updateSuggestion()
{
    // First-line automation: what the customer's latest message is about, and
    // the canned reply for it. Classifying one message takes about a
    // millisecond (the model was trained off this thread).
    m_suggestion->setVisible(false);
    if (!m_loaded || !m_classifier || !m_classifier->isTrained())
        return;
    QString text;
    for (auto it = m_thread.messages.crbegin(); it != m_thread.messages.crend(); ++it) {
        if (it->direction == MessageDirection::Inbound) {
            text = m_thread.conversation.subject + QLatin1Char('\n') + it->bodyText;
            break;
        }
    }
    if (text.trimmed().isEmpty())
        return;
    const IntentClassifier::Prediction prediction = m_classifier->classify(text);
    constexpr double MinimumConfidence = 0.35;
    if (prediction.topic == Topic::Other || prediction.confidence < MinimumConfidence)
        return;
    const QString topicName = ConversationNames::topicName(prediction.topic);
    QString line = tr("Suggested topic: %1 (%2 %)")
                       .arg(InboxText::topic(topicName))
                       .arg(qRound(prediction.confidence * 100));
    const QString language = m_thread.conversation.language.isEmpty() ? QStringLiteral("en")
                                                                       : m_thread.conversation.language;
    for (const Macro &macro : std::as_const(m_macroList)) {
        if (macro.topics.contains(topicName)) {
            line += QStringLiteral("  ·  ") + tr("Reply with “%1” (Ctrl+M)").arg(macro.title(language));
            break;
        }
    }
    m_suggestion->setText(line);
    m_suggestion->setToolTip(tr("A suggestion from the local topic classifier; check it before you use it."));
    m_suggestion->setVisible(true);
}

void ConversationView::setCustomerDetails(const CustomerDetails &details)
{
    m_customer = details;
    updatePlaceholderValues();
}

void ConversationView::showConversation(qint64 conversationId)
{
    if (conversationId == m_conversationId && (m_loaded || conversationId == 0))
        return;
    m_conversationId = conversationId;
    m_loaded = false;
    m_customer = CustomerDetails();
    m_messageBar->hideMessage();
    if (conversationId == 0) {
        clear();
        return;
    }
    load();
}

void ConversationView::reload()
{
    if (m_conversationId != 0)
        load();
}

void ConversationView::clear()
{
    ++m_generation;
    m_conversationId = 0;
    m_loaded = false;
    m_thread = ConversationThread();
    m_browser->clearParts();
    m_browser->clear();
    m_pages->setCurrentWidget(m_placeholder);
    if (m_alertPanel)
        m_alertPanel->showConversation(0);
}

void ConversationView::refreshCountdown()
{
    if (m_loaded)
        updateHeader();
}

qint64 ConversationView::conversationId() const
{
    return m_conversationId;
}

bool ConversationView::isLoaded() const
{
    return m_loaded;
}

const ConversationThread &ConversationView::thread() const
{
    return m_thread;
}

Composer *ConversationView::composer() const
{
    return m_composer;
}

MessageBrowser *ConversationView::browser() const
{
    return m_browser;
}

MessageBar *ConversationView::messageBar() const
{
    return m_messageBar;
}

void ConversationView::load()
{
    const quint64 generation = ++m_generation;
    m_service->thread(m_conversationId).then(this, [this, generation](const ThreadResult &result) {
        onLoaded(generation, result);
    });
}

void ConversationView::onLoaded(quint64 generation, const ThreadResult &result)
{
    if (generation != m_generation)
        return;   // the agent has moved on
    if (!result.found) {
        m_loaded = false;
        m_pages->setCurrentWidget(m_placeholder);
        m_placeholder->setText(result.error.isEmpty() ? tr("This conversation no longer exists.")
                                                      : tr("The conversation could not be opened: %1")
                                                            .arg(result.error));
        return;
    }
    const bool sameConversation = m_loaded && m_thread.conversation.id == result.thread.conversation.id;
    const int scroll = m_browser->verticalScrollBar()->value();
    const bool atBottom = scroll >= m_browser->verticalScrollBar()->maximum() - 4;
    m_thread = result.thread;
    m_loaded = true;
    if (!sameConversation) {
        m_browser->clearParts();   // only this conversation's own parts are ever served
        m_showEarlier = false;
    }
    m_composer->setConversation(m_thread.conversation);
    if (m_alertPanel)
        m_alertPanel->showConversation(m_thread.conversation.channel == Channel::Alert ? m_thread.conversation.id : 0);
    updateHeader();
    updateSuggestion();
    updatePlaceholderValues();
    render();
    m_pages->setCurrentWidget(m_content);
    // Open at the latest message; a reload keeps the agent's place unless they were at the end.
    QScrollBar *bar = m_browser->verticalScrollBar();
    bar->setValue(sameConversation && !atBottom && !m_scrollToEnd ? scroll : bar->maximum());
    m_scrollToEnd = false;
    loadInlineImages();
    emit threadLoaded(m_conversationId);
    emit summaryChanged(m_thread.conversation);
}

void ConversationView::render()
{
    // A long thread opens at its latest messages: laying out every one of
    // 200 messages costs the GUI thread about 25 ms, the latest 20 a few.
    // A little slack, so that a link never hides only one or two.
    const qsizetype total = m_thread.messages.size();
    const qsizetype first = !m_showEarlier && total > LatestMessagesShown + 10 ? total - LatestMessagesShown : 0;
    QString html;
    html.reserve(4096 + int(total - first) * 1024);
    if (first > 0)
        html += QStringLiteral("<p align=\"center\"><a href=\"%1:earlier\">%2</a></p>")
                    .arg(ThreadScheme, tr("Show the %n earlier message(s)", nullptr, int(first)).toHtmlEscaped());
    for (qsizetype i = first; i < total; ++i)
        html += messageHtml(m_thread.messages.at(i));
    if (m_thread.messages.isEmpty())
        html = QStringLiteral("<p style=\"color:%1\">%2</p>")
                   .arg(Theme::mutedText().name(), tr("No messages yet.").toHtmlEscaped());
    m_browser->setHtml(html);
}

void ConversationView::loadInlineImages()
{
    const quint64 generation = m_generation;
    m_pendingImages = 0;
    m_imagesArrived = false;
    QSet<QString> requested;
    for (const Message &message : std::as_const(m_thread.messages)) {
        if (message.bodyHtml.isEmpty())
            continue;
        for (const Attachment &a : message.attachments) {
            if (a.contentId.isEmpty() || !a.mimeType.startsWith(QLatin1StringView("image/"))
                || a.size > MaxInlineImageBytes || m_browser->hasPart(a.contentId)
                || requested.contains(a.contentId))
                continue;
            requested.insert(a.contentId);
            ++m_pendingImages;
            const QString contentId = a.contentId;
            m_service->attachmentPath(a.id).then(this, [this, generation, contentId](const QString &path) {
                if (generation != m_generation)
                    return;
                if (path.isEmpty()) {
                    onInlineImageLoaded(generation, contentId, QImage());
                    return;
                }
                QtConcurrent::run([path] {
                    QImageReader reader(path);
                    return reader.read();
                }).then(this, [this, generation, contentId](const QImage &image) {
                    onInlineImageLoaded(generation, contentId, image);
                });
            });
        }
    }
}

void ConversationView::onInlineImageLoaded(quint64 generation, const QString &contentId, const QImage &image)
{
    if (generation != m_generation)
        return;   // another conversation, or a newer load of this one, asks again itself
    --m_pendingImages;
    if (!image.isNull()) {
        m_browser->setPartImage(contentId, image);
        m_imagesArrived = true;
    }
    if (m_pendingImages > 0 || !m_imagesArrived)
        return;
    // The document asked for the images before they were here: lay it out
    // again with them, keeping the agent's place.
    m_imagesArrived = false;
    QScrollBar *bar = m_browser->verticalScrollBar();
    const int scroll = bar->value();
    const bool atBottom = scroll >= bar->maximum() - 4;
    render();
    bar->setValue(atBottom ? bar->maximum() : scroll);
}

QString ConversationView::messageHtml(const Message &m) const
{
    QString background;
    QString border;
    QString label;
    QString author = m.author.toHtmlEscaped();
    const QString when = DisplayText::recentDateTime(m.at).toHtmlEscaped();
    switch (m.direction) {
    case MessageDirection::Inbound:
        background = QStringLiteral("#FFFFFF");
        border = Theme::border().name();
        label = tr("From the customer by %1").arg(InboxText::channel(m_thread.conversation.channel).toLower());
        break;
    case MessageDirection::Outbound:
        background = QStringLiteral("#EAF4F3");
        border = QStringLiteral("#B9D9D6");
        label = tr("Reply to the customer");
        if (m.author == m_agent.username && !m_agent.displayName.isEmpty())
            author = m_agent.displayName.toHtmlEscaped();
        break;
    case MessageDirection::Note:
        background = QStringLiteral("#FFF8DC");
        border = QStringLiteral("#E6D38C");
        label = tr("Internal note — not visible to the customer");
        if (m.author == m_agent.username && !m_agent.displayName.isEmpty())
            author = m_agent.displayName.toHtmlEscaped();
        break;
    }

    QString body = m.bodyHtml.isEmpty() ? escapedText(m.bodyText) : bodyContent(m.bodyHtml);

    QString attachments;
    for (const Attachment &a : m.attachments) {
        attachments += QStringLiteral("<p style=\"margin-top:6px\"><b>%1</b> <span style=\"color:%2\">%3 · %4</span>"
                                      " &nbsp; <a href=\"%5:open/%6\">%7</a> · <a href=\"%5:save/%6\">%8</a></p>")
                           .arg(a.fileName.toHtmlEscaped(), Theme::mutedText().name(),
                                (a.mimeType.isEmpty() ? tr("unknown type") : a.mimeType).toHtmlEscaped(),
                                InboxText::fileSize(a.size).toHtmlEscaped(), AttachmentScheme, QString::number(a.id),
                                tr("Open").toHtmlEscaped(), tr("Save…").toHtmlEscaped());
    }

    QString delivery;
    if (m.direction == MessageDirection::Outbound) {
        const QColor colour = m.delivery == DeliveryState::Failed    ? Theme::danger()
                              : m.delivery == DeliveryState::Queued ? Theme::warning()
                                                                    : Theme::success();
        delivery = QStringLiteral("<p style=\"margin-top:6px; color:%1; font-size:small\">%2</p>")
                       .arg(colour.name(), InboxText::delivery(m.delivery).toHtmlEscaped());
    }

    return QStringLiteral(
               "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"10\" border=\"1\" bgcolor=\"%1\" "
               "style=\"border-color:%2; border-style:solid; margin-bottom:10px\"><tr><td>"
               "<p style=\"margin-bottom:6px\"><span style=\"font-weight:600\">%3</span>"
               " <span style=\"color:%4\">· %5 · %6</span></p>"
               "<div>%7</div>%8%9</td></tr></table>")
        .arg(background, border, author, Theme::mutedText().name(), label.toHtmlEscaped(), when, body, attachments,
             delivery);
}

void ConversationView::updateHeader()
{
    const ConversationSummary &c = m_thread.conversation;
    m_subject->setText(c.subject.isEmpty() ? tr("(no subject)") : c.subject);
    QStringList meta;
    meta << c.customerName << InboxText::channel(c.channel) << InboxText::queue(c.queue);
    meta << (c.assignee.isEmpty() ? tr("Unassigned")
                                  : (c.assignee == m_agent.username ? tr("Assigned to me")
                                                                    : tr("Assigned to %1").arg(c.assignee)));
    const QString countdown = InboxText::countdown(c, QDateTime::currentDateTime());
    if (!countdown.isEmpty())
        meta << tr("SLA: %1").arg(countdown);
    m_meta->setText(meta.join(QStringLiteral("  ·  ")));
    m_statusPill->setText(InboxText::status(c.status));
    m_statusPill->setTone(InboxText::statusTone(c.status));
    m_priorityPill->setText(InboxText::priority(c.priority));
    m_priorityPill->setTone(InboxText::priorityTone(c.priority));
    m_priorityPill->setVisible(c.priority == Priority::High || c.priority == Priority::Urgent);
}

void ConversationView::updatePlaceholderValues()
{
    QHash<QString, QString> values;
    const Customer &customer = m_customer.customer;
    if (m_customer.customer.id != 0 && m_customer.customer.id == m_thread.conversation.customerId) {
        values.insert(QStringLiteral("customer.first_name"), customer.firstName);
        values.insert(QStringLiteral("customer.last_name"), customer.lastName);
        values.insert(QStringLiteral("customer.name"), customer.displayName());
        values.insert(QStringLiteral("customer.number"), customer.customerNumber);
        for (const Card &card : m_customer.cards) {
            if (!card.last4.isEmpty()) {
                values.insert(QStringLiteral("card.last4"), card.last4);
                break;
            }
        }
    }
    const QString agentName = m_agent.displayName.isEmpty() ? m_agent.username : m_agent.displayName;
    values.insert(QStringLiteral("agent.name"), agentName);
    values.insert(QStringLiteral("agent.first_name"), agentName.section(QLatin1Char(' '), 0, 0));
    values.insert(QStringLiteral("conversation.subject"), m_thread.conversation.subject);
    QLocale locale(m_thread.conversation.language.isEmpty() ? QStringLiteral("en") : m_thread.conversation.language);
    values.insert(QStringLiteral("today"), locale.toString(QDate::currentDate(), QLocale::ShortFormat));
    m_composer->setPlaceholderValues(values);
}

void ConversationView::onSendRequested(Composer::Mode mode, const QString &body)
{
    const qint64 id = m_conversationId;
    if (id == 0)
        return;
    m_composer->setSending(true);
    QFuture<CommandResult> future = mode == Composer::Mode::Note ? m_service->addNote(id, body)
                                                                 : m_service->sendReply(id, body);
    future.then(this, [this, id, mode](const CommandResult &result) {
        m_composer->setSending(false);
        if (!result.ok()) {
            m_messageBar->showMessage(result.message.isEmpty() ? tr("The message was not stored.")
                                                               : result.message,
                                      MessageBar::Error);
            emit messageSent(id, false);
            return;
        }
        if (id == m_conversationId) {
            m_composer->clearDraft();
            m_scrollToEnd = true;
            m_messageBar->showMessage(mode == Composer::Mode::Note ? tr("Note added.")
                                                                   : tr("Reply stored. Its delivery state is shown "
                                                                        "under it."),
                                      MessageBar::Positive, 4000);
            reload();
        }
        emit messageSent(id, true);
    });
}

const Attachment *ConversationView::findAttachment(qint64 attachmentId) const
{
    for (const Message &m : m_thread.messages) {
        for (const Attachment &a : m.attachments) {
            if (a.id == attachmentId)
                return &a;
        }
    }
    return nullptr;
}

void ConversationView::onLinkActivated(const QUrl &url)
{
    if (url.scheme() == ThreadScheme) {
        // The whole thread, read from the top.
        m_showEarlier = true;
        render();
        m_browser->verticalScrollBar()->setValue(0);
        return;
    }
    if (url.scheme() == AttachmentScheme) {
        const QString action = url.path().section(QLatin1Char('/'), 0, 0);
        const qint64 id = url.path().section(QLatin1Char('/'), 1, 1).toLongLong();
        openAttachment(id, action == QLatin1StringView("save"));
        return;
    }
    if (url.scheme() != QLatin1StringView("http") && url.scheme() != QLatin1StringView("https")
        && url.scheme() != QLatin1StringView("mailto")) {
        m_messageBar->showMessage(tr("This link is not opened: “%1” is not a web or mail address.")
                                      .arg(url.toDisplayString()),
                                  MessageBar::Warning);
        return;
    }
    // Links in customer mail may be phishing: show the real address and ask.
    auto *box = new QMessageBox(this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setIcon(QMessageBox::Question);
    box->setWindowTitle(tr("Open Link"));
    box->setText(tr("Open this address in the web browser?"));
    box->setInformativeText(url.toDisplayString());
    QPushButton *open = box->addButton(tr("Open in Browser"), QMessageBox::AcceptRole);
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::finished, this, [box, open, url] {
        if (box->clickedButton() == open)
            QDesktopServices::openUrl(url);
    });
    box->open();
}

void ConversationView::openAttachment(qint64 attachmentId, bool save)
{
    const Attachment *attachment = findAttachment(attachmentId);
    if (!attachment)
        return;
    const QString fileName = safeFileName(attachment->fileName);
    m_service->attachmentPath(attachmentId).then(this, [this, fileName, save, attachmentId](const QString &path) {
        if (path.isEmpty()) {
            m_messageBar->showMessage(tr("The attachment “%1” is not in the attachment store.").arg(fileName),
                                      MessageBar::Error);
            return;
        }
        if (!save) {
            const QString folder = QDir(QDir::tempPath())
                                       .filePath(QStringLiteral("carddesk-attachments/%1").arg(attachmentId));
            copyAttachment(path, QDir(folder).filePath(fileName), true);
            return;
        }
        auto *dialog = new QFileDialog(this, tr("Save Attachment"),
                                       QDir(QStandardPaths::writableLocation(QStandardPaths::DownloadLocation))
                                           .filePath(fileName));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setAcceptMode(QFileDialog::AcceptSave);
        connect(dialog, &QFileDialog::fileSelected, this,
                [this, path](const QString &target) { copyAttachment(path, target, false); });
        dialog->open();
    });
}

void ConversationView::copyAttachment(const QString &source, const QString &target, bool openAfter)
{
    // Attachments may be large: the copy runs on the thread pool.
    QtConcurrent::run([source, target] {
        QDir().mkpath(QFileInfo(target).absolutePath());
        if (QFileInfo::exists(target))
            QFile::remove(target);
        return QFile::copy(source, target);
    }).then(this, [this, target, openAfter](bool ok) {
        if (!ok) {
            m_messageBar->showMessage(tr("Could not write “%1”.").arg(QDir::toNativeSeparators(target)),
                                      MessageBar::Error);
            return;
        }
        if (openAfter) {
            if (!QDesktopServices::openUrl(QUrl::fromLocalFile(target)))
                m_messageBar->showMessage(tr("No program is set up to open “%1”.").arg(QFileInfo(target).fileName()),
                                          MessageBar::Warning);
        } else {
            m_messageBar->showMessage(tr("Saved to %1.").arg(QDir::toNativeSeparators(target)), MessageBar::Positive,
                                      5000);
        }
    });
}

void ConversationView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ConversationView::retranslateUi()
{
    m_placeholder->setText(tr("Choose a conversation from the list.\nJ and K move down and up, R replies, "
                              "N adds a note, Ctrl+K lists every action."));
    if (m_loaded) {
        updateHeader();
        render();
    }
}
