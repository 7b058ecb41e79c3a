#pragma once

#include "domain/intentclassifier.h"

#include <memory>

#include "composer.h"

#include "common/messagebar.h"

#include "domain/agent.h"
#include "domain/conversation.h"
#include "domain/customer.h"

#include <QWidget>

class AlertEvidencePanel;
class AlertService;
class InboxService;
class MessageBrowser;
class PillLabel;
class QImage;
class QLabel;
class QStackedWidget;
class QUrl;
struct ThreadResult;

/// @short One conversation: its header, the thread (inbound, outbound, internal notes) and the composer.
///
/// Loads asynchronously; an answer for a conversation the agent has already
/// left is dropped. Attachments are opened or saved on request: the service
/// gives the stored file's path and the copy runs off the GUI thread.
class ConversationView : public QWidget
{
    Q_OBJECT

public:
    explicit ConversationView(InboxService *service, QWidget *parent = nullptr);
    ~ConversationView() override;

    void setAgent(const Agent &agent);
    /// Alerts: an alert conversation shows its evidence and the Genuine / Fraud decision above the thread.
    void setAlertService(AlertService *alerts);
    /// Null until setAlertService().
    AlertEvidencePanel *alertPanel() const;
    void setMacros(const QList<Macro> &macros);
    /// The topic suggester (trained off the GUI thread by the pane); null until ready.
    void setClassifier(std::shared_ptr<const IntentClassifier> classifier);
    /// The customer's details for macro placeholders ({customer.first_name}, {card.last4}).
    void setCustomerDetails(const CustomerDetails &details);

    void showConversation(qint64 conversationId);
    void reload();
    void clear();
    /// Recomputes the SLA countdown in the header (the inbox's one timer calls this).
    void refreshCountdown();

    qint64 conversationId() const;
    bool isLoaded() const;
    const ConversationThread &thread() const;

    Composer *composer() const;
    MessageBrowser *browser() const;
    /// A long thread opens with its latest messages and a link to the earlier ones.
    static constexpr int LatestMessagesShown = 20;
    MessageBar *messageBar() const;

Q_SIGNALS:
    void threadLoaded(qint64 conversationId);
    /// The conversation's row changed (after a reply, a note): the list can update its row.
    void summaryChanged(const ConversationSummary &summary);
    /// A reply or note was stored (ok) or refused.
    void messageSent(qint64 conversationId, bool ok);
    /// The agent recorded fraud on an alert: start the compromised-card workflow.
    void fraudConfirmed(qint64 customerId, qint64 cardId, const QString &reasonText);

protected:
    void changeEvent(QEvent *event) override;

private:
    void load();
    void onLoaded(quint64 generation, const ThreadResult &result);
    void render();
    /// Fetches the image parts the thread's HTML refers to by cid: (path from
    /// the service, bytes read and decoded on the thread pool) and hands them to the browser.
    void loadInlineImages();
    void onInlineImageLoaded(quint64 generation, const QString &contentId, const QImage &image);
    QString messageHtml(const Message &message) const;
    void updateHeader();
    void updateSuggestion();
    void updatePlaceholderValues();
    void onSendRequested(Composer::Mode mode, const QString &body);
    void onLinkActivated(const QUrl &url);
    void openAttachment(qint64 attachmentId, bool save);
    void copyAttachment(const QString &source, const QString &target, bool openAfter);
    const Attachment *findAttachment(qint64 attachmentId) const;
    void retranslateUi();

    InboxService *m_service = nullptr;
    Agent m_agent;
    CustomerDetails m_customer;
    ConversationThread m_thread;
    qint64 m_conversationId = 0;
    quint64 m_generation = 0;
    bool m_loaded = false;
    bool m_scrollToEnd = false;   ///< after a send: show the new message
    bool m_showEarlier = false;   ///< a long thread shown whole, not only its latest messages
    int m_pendingImages = 0;      ///< inline images of this generation still loading
    bool m_imagesArrived = false; ///< one of them has: render again when the last is in

    QStackedWidget *m_pages = nullptr;
    QLabel *m_placeholder = nullptr;
    QWidget *m_content = nullptr;
    QLabel *m_subject = nullptr;
    QLabel *m_meta = nullptr;
    PillLabel *m_statusPill = nullptr;
    PillLabel *m_priorityPill = nullptr;
    MessageBar *m_messageBar = nullptr;
    MessageBrowser *m_browser = nullptr;
    Composer *m_composer = nullptr;
    std::shared_ptr<const IntentClassifier> m_classifier;
    QList<Macro> m_macroList;
    QLabel *m_suggestion = nullptr;
    AlertEvidencePanel *m_alertPanel = nullptr;
};
