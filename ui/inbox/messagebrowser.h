#pragma once

#include <QHash>
#include <QImage>
#include <QTextBrowser>

/// @short Shows a conversation's messages; loads nothing from outside and follows no link by itself.
///
/// loadResource() answers only cid: URLs of the shown message's own parts
/// (registered with setPartImage()); every other URL, file: and http: included,
/// gets nothing. Links are never followed: linkActivated() reports them and
/// the owner decides (with the agent's confirmation) what to do.
class MessageBrowser : public QTextBrowser
{
    Q_OBJECT

public:
    explicit MessageBrowser(QWidget *parent = nullptr);

    /// Makes "cid:@p contentId" resolvable for the current document.
    void setPartImage(const QString &contentId, const QImage &image);
    bool hasPart(const QString &contentId) const;
    void clearParts();

    QVariant loadResource(int type, const QUrl &name) override;

    /// Every URL loadResource() was asked for, for tests and diagnostics.
    QList<QUrl> requestedResources() const;

Q_SIGNALS:
    void linkActivated(const QUrl &url);

private:
    QHash<QString, QImage> m_parts;
    QList<QUrl> m_requested;
};
