#include "messagebrowser.h"

MessageBrowser::MessageBrowser(QWidget *parent)
    : QTextBrowser(parent)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setReadOnly(true);
    setTextInteractionFlags(Qt::TextBrowserInteraction | Qt::TextSelectableByKeyboard);
    // QTextBrowser::setSource() would fetch and follow: never called; anchors are reported only.
    connect(this, &QTextBrowser::anchorClicked, this, &MessageBrowser::linkActivated);
}

void MessageBrowser::setPartImage(const QString &contentId, const QImage &image)
{
    m_parts.insert(contentId, image);
}

bool MessageBrowser::hasPart(const QString &contentId) const
{
    return m_parts.contains(contentId);
}

void MessageBrowser::clearParts()
{
    m_parts.clear();
    m_requested.clear();
}

QVariant MessageBrowser::loadResource(int type, const QUrl &name)
{
    m_requested.append(name);
    if (type == QTextDocument::ImageResource && name.scheme() == QLatin1StringView("cid")) {
        // RFC 2392: the id is percent-encoded in the URL; some senders keep its angle brackets.
        QString contentId = name.path(QUrl::FullyDecoded);
        if (contentId.startsWith(QLatin1Char('<')) && contentId.endsWith(QLatin1Char('>')))
            contentId = contentId.mid(1, contentId.size() - 2);
        const auto it = m_parts.constFind(contentId);
        if (it != m_parts.constEnd())
            return *it;
    }
    // Remote images, tracking pixels, local files, style sheets: nothing.
    return QVariant();
}

QList<QUrl> MessageBrowser::requestedResources() const
{
    return m_requested;
}
