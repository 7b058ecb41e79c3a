#pragma once

#include <QIODevice>

typedef struct _GMimeStream GMimeStream;

/// @short A read-only QIODevice over a GMimeStream (for example a decoding
/// GMimeStreamFilter), so decoded MIME content streams into Qt code in
/// chunks and is never held whole in memory.
class GMimeStreamDevice : public QIODevice
{
public:
    /// Takes a reference on @p stream; the device is opened read-only.
    explicit GMimeStreamDevice(GMimeStream *stream);
    ~GMimeStreamDevice() override;

    bool isSequential() const override;
    bool atEnd() const override;

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 maxSize) override;

private:
    GMimeStream *m_stream;
    bool m_eos = false;
};
