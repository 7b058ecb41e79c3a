#include "gmimestreamdevice.h"

#include <gmime/gmime.h>

GMimeStreamDevice::GMimeStreamDevice(GMimeStream *stream)
    : m_stream(stream)
{
    g_object_ref(m_stream);
    open(QIODevice::ReadOnly);
}

GMimeStreamDevice::~GMimeStreamDevice()
{
    g_object_unref(m_stream);
}

bool GMimeStreamDevice::isSequential() const
{
    return true;
}

bool GMimeStreamDevice::atEnd() const
{
    return m_eos && QIODevice::atEnd();
}

qint64 GMimeStreamDevice::readData(char *data, qint64 maxSize)
{
    if (m_eos || maxSize <= 0)
        return 0;
    const size_t wanted = static_cast<size_t>(qMin<qint64>(maxSize, 1 << 20));
    // A filter stream may return 0 bytes while it still holds input (a
    // base64 line break, say); keep reading until data or the true end.
    for (qint64 spins = 0; spins < (qint64(1) << 32); ++spins) {
        const ssize_t n = g_mime_stream_read(m_stream, data, wanted);
        if (n < 0) {
            setErrorString(QStringLiteral("MIME stream read error"));
            m_eos = true;
            return -1;
        }
        if (n > 0)
            return n;
        if (g_mime_stream_eos(m_stream)) {
            m_eos = true;
            return 0;
        }
    }
    m_eos = true; // no progress: treat as the end rather than spin forever
    return 0;
}

qint64 GMimeStreamDevice::writeData(const char *, qint64)
{
    return -1;
}
