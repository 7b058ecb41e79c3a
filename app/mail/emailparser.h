#pragma once

#include "attachmentstore.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

/// @short One received email, parsed, masked and sanitised, ready to store.
struct ParsedEmail
{
    struct Part
    {
        QString fileName;        ///< sanitised (no paths), never empty ("attachment-2.bin")
        QString mimeType;        ///< from the content, not only the header, when they disagree
        QString contentId;       ///< for cid: references from the HTML body
        qint64 size = 0;
        QByteArray sha256;       ///< hex; in the AttachmentStore
        bool inlinePart = false;
    };

    QString messageId;           ///< without angle brackets
    QString inReplyTo;
    QStringList references;
    QString fromAddress;         ///< lower-case
    QString fromName;
    QStringList to;
    QString subject;             ///< RFC 2047 decoded; card numbers masked
    QDateTime date;              ///< UTC; the file's time when the header is missing
    QString text;                ///< plain text (from text/plain, or derived from HTML); masked
    QString html;                ///< sanitised to the allowlist; masked; empty when none
    QList<Part> attachments;
    QStringList warnings;        ///< what was odd but survivable, for the agent
    int maskedCardNumbers = 0;
};

/// @short Reads RFC 5322 / MIME mail with GMime 3: multipart, quoted-printable,
/// base64, ISO-8859-1/-15, Windows-1252, UTF-8, RFC 2047 headers.
///
/// Attachments are streamed into the AttachmentStore; bodies are decoded to
/// UTF-8, card numbers masked (CardNumber::maskInText) and HTML sanitised
/// (HtmlSanitizer) before anything leaves this class.
class EmailParser
{
public:
    struct Limits
    {
        qint64 maxMessageBytes = 80LL * 1024 * 1024;  ///< a 50 MB attachment is about 70 MB in base64
        qint64 maxAttachmentBytes = 55LL * 1024 * 1024;
        int maxParts = 200;
        int maxBodyChars = 2 * 1024 * 1024;   ///< longer bodies are cut, with a warning
    };

    explicit EmailParser(AttachmentStore *store);
    EmailParser(AttachmentStore *store, const Limits &limits);

    /// Parses one .eml file. Returns false with a sentence for the agent in
    /// *error when the file is not mail at all or exceeds the limits.
    bool parseFile(const QString &path, ParsedEmail *email, QString *error) const;
    bool parseBytes(const QByteArray &bytes, ParsedEmail *email, QString *error) const;

private:
    AttachmentStore *m_store;
    Limits m_limits;
};
