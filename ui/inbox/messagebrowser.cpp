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

void MessageBrowser::clearParts()
{
    m_parts.clear();
    m_requested.clear();
}

QVariant MessageBrowser::loadResource(int type, const QUrl &name)
{
    m_requested.append(name);
    if (type == QTextDocument::ImageResource && name.scheme() == QLatin1StringView("cid")) {
        const auto it = m_parts.constFind(name.path());
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
