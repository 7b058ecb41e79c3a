#include "attachmentstore.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QIODevice>
#include <QTemporaryFile>

namespace {

constexpr qint64 ChunkSize = 64 * 1024;

bool isHexKey(const QByteArray &key)
{
    if (key.size() != 64)
        return false;
    for (const char c : key) {
        const bool digit = c >= '0' && c <= '9';
        const bool lowerHex = c >= 'a' && c <= 'f';
        if (!digit && !lowerHex)
            return false;
    }
    return true;
}

} // namespace

AttachmentStore::AttachmentStore(const QString &root)
    : m_root(QDir::cleanPath(root))
{ }

QString AttachmentStore::root() const
{
    return m_root;
}

AttachmentStore::Stored AttachmentStore::store(QIODevice *device, qint64 maxBytes)
{
    Stored result;
    if (!device || !device->isOpen() || !device->isReadable()) {
        result.error = QCoreApplication::translate("AttachmentStore", "The attachment could not be read.");
        return result;
    }
    if (!QDir().mkpath(m_root)) {
        result.error
            = QCoreApplication::translate("AttachmentStore", "The attachment folder %1 could not be created.")
                  .arg(m_root);
        return result;
    }

    // The temporary file lives in the store's root, on the same file system
    // as its final place, so the rename below is atomic.
    QTemporaryFile temp(m_root + QStringLiteral("/incoming-XXXXXX.part"));
    if (!temp.open()) {
        result.error
            = QCoreApplication::translate("AttachmentStore", "The attachment could not be written: %1")
                  .arg(temp.errorString());
        return result;
    }

    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray chunk(ChunkSize, Qt::Uninitialized);
    qint64 total = 0;
    for (;;) {
        const qint64 n = device->read(chunk.data(), chunk.size());
        if (n < 0) {
            result.error
                = QCoreApplication::translate("AttachmentStore", "The attachment could not be read: %1")
                      .arg(device->errorString());
            return result;
        }
        if (n == 0) {
            if (device->atEnd() || !device->waitForReadyRead(30000))
                break;
            continue;
        }
        total += n;
        if (total > maxBytes) {
            result.error = QCoreApplication::translate(
                               "AttachmentStore",
                               "The attachment is larger than the limit of %1 MB and was not stored.")
                               .arg(maxBytes / (1024 * 1024));
            return result; // QTemporaryFile removes the partial file
        }
        hash.addData(QByteArrayView(chunk.constData(), n));
        if (temp.write(chunk.constData(), n) != n) {
            result.error
                = QCoreApplication::translate("AttachmentStore", "The attachment could not be written: %1")
                      .arg(temp.errorString());
            return result;
        }
    }
    if (!temp.flush()) {
        result.error
            = QCoreApplication::translate("AttachmentStore", "The attachment could not be written: %1")
                  .arg(temp.errorString());
        return result;
    }

    const QByteArray key = hash.result().toHex();
    const QString dir = m_root + QLatin1Char('/') + QString::fromLatin1(key.left(2));
    const QString target = dir + QLatin1Char('/') + QString::fromLatin1(key.mid(2));
    result.sha256 = key;
    result.size = total;

    if (QFileInfo::exists(target)) {
        result.ok = true; // the same content is stored once
        return result;
    }
    if (!QDir().mkpath(dir)) {
        result.error
            = QCoreApplication::translate("AttachmentStore", "The attachment folder %1 could not be created.")
                  .arg(dir);
        return result;
    }
    temp.close();
    if (!temp.rename(target)) {
        if (QFileInfo::exists(target)) { // stored meanwhile by another writer
            result.ok = true;
            return result;
        }
        result.error
            = QCoreApplication::translate("AttachmentStore", "The attachment could not be stored: %1")
                  .arg(temp.errorString());
        return result;
    }
    temp.setAutoRemove(false);
    QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    result.ok = true;
    return result;
}

AttachmentStore::Stored AttachmentStore::storeBytes(const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return store(&buffer, qMax<qint64>(bytes.size(), 1));
}

QString AttachmentStore::pathFor(const QByteArray &sha256) const
{
    const QByteArray key = sha256.toLower();
    if (!isHexKey(key))
        return {};
    const QString path = m_root + QLatin1Char('/') + QString::fromLatin1(key.left(2)) + QLatin1Char('/')
        + QString::fromLatin1(key.mid(2));
    return QFileInfo(path).isFile() ? path : QString();
}

bool AttachmentStore::contains(const QByteArray &sha256) const
{
    return !pathFor(sha256).isEmpty();
}
