#pragma once

#include <QByteArray>
#include <QString>

class QIODevice;

/// @short Attachment bytes, content-addressed by SHA-256, outside the database rows.
///
/// Files live at <root>/ab/cdef…(64 hex). Writes stream through a temporary
/// file in fixed-size chunks (never the whole attachment in memory) and are
/// renamed into place, so a crash leaves no half-written blob under its
/// hash. The same content is stored once.
class AttachmentStore
{
public:
    struct Stored
    {
        bool ok = false;
        QByteArray sha256;     ///< hex
        qint64 size = 0;
        QString error;
    };

    explicit AttachmentStore(const QString &root);

    QString root() const;

    /// Streams @p device to the store. @p maxBytes refuses anything larger
    /// (the partial file is removed) with a clear error.
    Stored store(QIODevice *device, qint64 maxBytes = 100LL * 1024 * 1024);
    Stored storeBytes(const QByteArray &bytes);

    /// The path of a stored blob, or empty when @p sha256 is not a valid key or not present.
    QString pathFor(const QByteArray &sha256) const;
    bool contains(const QByteArray &sha256) const;

private:
    QString m_root;
};
