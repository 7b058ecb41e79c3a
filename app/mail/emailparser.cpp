#include "emailparser.h"

#include "domain/cardnumber.h"
#include "gmimestreamdevice.h"
#include "htmlsanitizer.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QSet>
#include <QStringDecoder>
#include <QTemporaryFile>

#include <gmime/gmime.h>

#include <fcntl.h>

#include <memory>
#include <mutex>

namespace {

constexpr int MaxDepth = 24; ///< nested multiparts and messages
constexpr int MaxMultipartMarkers = 1000; ///< "multipart/" in the raw message
constexpr int MaxFileNameChars = 120;
constexpr int MaxReferences = 100; ///< ids kept from References
constexpr int MaxSubjectChars = 1000;
constexpr qint64 MaxHeaderBytes = 2 * 1024 * 1024; ///< the message's own header block

void ensureGMime()
{
    static std::once_flag once;
    std::call_once(once, [] { g_mime_init(); });
}

struct GObjectUnref
{
    void operator()(gpointer p) const
    {
        if (p)
            g_object_unref(p);
    }
};
template<typename T> using GPtr = std::unique_ptr<T, GObjectUnref>;

struct OptionsFree
{
    void operator()(GMimeParserOptions *p) const { g_mime_parser_options_free(p); }
};

QString fromUtf8(const char *s)
{
    return s ? QString::fromUtf8(s) : QString();
}

/// A decoded header for display: control and bidi-override characters
/// (from broken or hostile encoded words) become spaces, runs collapse.
QString headerText(const char *s)
{
    QString text = fromUtf8(s);
    for (QChar &c : text) {
        if (c.category() == QChar::Other_Control || (c.unicode() >= 0x202A && c.unicode() <= 0x202E)
            || (c.unicode() >= 0x2066 && c.unicode() <= 0x2069))
            c = QLatin1Char(' ');
    }
    return text.simplified();
}

/// CardNumber::maskInText, also across no-break and thin spaces (HTML's
/// &nbsp; between digit groups): those are read as spaces for the search
/// and kept in the result.
QString maskCardNumbers(const QString &text, int *count = nullptr)
{
    QString probe = text;
    bool changed = false;
    for (QChar &c : probe) {
        const char16_t u = c.unicode();
        if (u == 0x00A0 || u == 0x2007 || u == 0x2009 || u == 0x202F) {
            c = QLatin1Char(' ');
            changed = true;
        }
    }
    int found = 0;
    QString masked = CardNumber::maskInText(changed ? probe : text, &found);
    if (count)
        *count = found;
    if (!changed || found == 0 || masked.size() != text.size())
        return found == 0 ? text : masked;
    for (qsizetype i = 0; i < masked.size(); ++i) {
        if (probe.at(i) != text.at(i))
            masked[i] = text.at(i);
    }
    return masked;
}

// --- bytes and types ----------------------------------------------------------

/// The type the bytes say they are, for the common attachment formats.
QString sniffMimeType(const QByteArray &head)
{
    if (head.startsWith("\x89PNG\r\n\x1a\n"))
        return QStringLiteral("image/png");
    if (head.startsWith("\xff\xd8\xff"))
        return QStringLiteral("image/jpeg");
    if (head.startsWith("GIF87a") || head.startsWith("GIF89a"))
        return QStringLiteral("image/gif");
    if (head.startsWith("%PDF-"))
        return QStringLiteral("application/pdf");
    if (head.startsWith("PK\x03\x04") || head.startsWith("PK\x05\x06"))
        return QStringLiteral("application/zip");
    if (head.startsWith("MZ"))
        return QStringLiteral("application/vnd.microsoft.portable-executable");
    if (head.startsWith("\x7f"
                        "ELF"))
        return QStringLiteral("application/x-executable");
    return {};
}

/// ZIP is the container of many documents: a declared OOXML/ODF type stays.
bool declaredFitsSniffed(const QString &declared, const QString &sniffed)
{
    if (declared == sniffed)
        return true;
    if (sniffed == QLatin1String("application/zip")) {
        return declared.startsWith(QLatin1String("application/vnd.openxmlformats"))
            || declared.startsWith(QLatin1String("application/vnd.oasis.opendocument"))
            || declared.startsWith(QLatin1String("application/vnd.ms-"))
            || declared.endsWith(QLatin1String("+zip"))
            || declared == QLatin1String("application/x-zip-compressed")
            || declared == QLatin1String("application/java-archive");
    }
    if (sniffed == QLatin1String("image/jpeg"))
        return declared == QLatin1String("image/jpg") || declared == QLatin1String("image/pjpeg");
    return false;
}

/// Windows-1252 (the HTML5 reading of "ISO-8859-1" too) for text with no usable charset.
QString fromWindows1252(const QByteArray &bytes)
{
    static const char16_t high[32]
        = {0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
           0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
           0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178};
    QString out(bytes.size(), Qt::Uninitialized);
    QChar *dst = out.data();
    for (const char ch : bytes) {
        const auto b = static_cast<unsigned char>(ch);
        *dst++ = (b >= 0x80 && b < 0xA0) ? QChar(high[b - 0x80]) : QChar(char16_t(b));
    }
    return out;
}

bool isValidUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString ignored = decoder.decode(bytes);
    return !decoder.hasError();
}

QString sanitizeFileName(const QString &raw, int index, const QString &mimeType)
{
    QString name = raw;
    const qsizetype slash = qMax(name.lastIndexOf(QLatin1Char('/')), name.lastIndexOf(QLatin1Char('\\')));
    if (slash >= 0)
        name = name.mid(slash + 1);
    QString clean;
    clean.reserve(name.size());
    for (const QChar c : std::as_const(name)) {
        const QChar::Category category = c.category();
        if (category == QChar::Other_Control || category == QChar::Other_Format
            || category == QChar::Other_Surrogate || category == QChar::Other_NotAssigned
            || c == QChar::LineSeparator || c == QChar::ParagraphSeparator)
            continue;
        if (QStringView(u":*?\"<>|").contains(c))
            clean.append(QLatin1Char('_'));
        else
            clean.append(c);
    }
    clean = clean.simplified();
    while (clean.startsWith(QLatin1Char('.')) || clean.startsWith(QLatin1Char(' ')))
        clean.remove(0, 1);
    while (clean.endsWith(QLatin1Char('.')) || clean.endsWith(QLatin1Char(' ')))
        clean.chop(1);
    if (clean.size() > MaxFileNameChars) {
        const qsizetype dot = clean.lastIndexOf(QLatin1Char('.'));
        const qsizetype extension = (dot > 0 && clean.size() - dot <= 10) ? clean.size() - dot : 0;
        clean = clean.left(MaxFileNameChars - extension) + clean.right(extension);
    }
    if (clean.isEmpty()) {
        const QString suffix = QMimeDatabase().mimeTypeForName(mimeType).preferredSuffix();
        clean = QStringLiteral("attachment-%1.%2")
                    .arg(index)
                    .arg(suffix.isEmpty() ? QStringLiteral("bin") : suffix);
    }
    return clean;
}

// --- the walk over the MIME tree ----------------------------------------------

class Walker
{
public:
    Walker(const EmailParser::Limits &limits, AttachmentStore *store, ParsedEmail *email)
        : m_limits(limits)
        , m_store(store)
        , m_email(email)
    { }

    void walk(GMimeObject *object, int depth);
    void finish();

private:
    bool countPart();
    void leaf(GMimePart *part);
    void embeddedMessage(GMimeMessagePart *part);
    GPtr<GMimeStream> decodedStream(GMimePart *part, const char *charset);
    QString readText(GMimePart *part, bool *cut);
    void storeAttachment(GMimePart *part, QIODevice *device, const QString &declared, bool declaredPresent,
                         const QString &rawName);
    void addWarning(const QString &warning);

    const EmailParser::Limits &m_limits;
    AttachmentStore *m_store;
    ParsedEmail *m_email;
    int m_parts = 0;
    bool m_partsCapped = false;
    bool m_depthCapped = false;
    bool m_haveText = false;
    bool m_haveHtml = false;
    QString m_text;
    QString m_html;
};

void Walker::addWarning(const QString &warning)
{
    if (!m_email->warnings.contains(warning))
        m_email->warnings.append(warning);
}

bool Walker::countPart()
{
    if (++m_parts <= m_limits.maxParts)
        return true;
    if (!m_partsCapped) {
        m_partsCapped = true;
        addWarning(QCoreApplication::translate(
                       "EmailParser", "The message has more than %1 parts; only the first %1 were read.")
                       .arg(m_limits.maxParts));
    }
    return false;
}

void Walker::walk(GMimeObject *object, int depth)
{
    if (!object || !countPart())
        return;
    if (depth > MaxDepth) {
        if (!m_depthCapped) {
            m_depthCapped = true;
            addWarning(
                QCoreApplication::translate("EmailParser", "Parts nested deeper than %1 levels were skipped.")
                    .arg(MaxDepth));
        }
        return;
    }
    if (GMIME_IS_MULTIPART(object)) {
        GMimeMultipart *multipart = GMIME_MULTIPART(object);
        const int count = g_mime_multipart_get_count(multipart);
        for (int i = 0; i < count && !m_partsCapped; ++i)
            walk(g_mime_multipart_get_part(multipart, i), depth + 1);
    } else if (GMIME_IS_MESSAGE_PART(object)) {
        embeddedMessage(GMIME_MESSAGE_PART(object));
    } else if (GMIME_IS_PART(object)) {
        leaf(GMIME_PART(object));
    }
}

GPtr<GMimeStream> Walker::decodedStream(GMimePart *part, const char *charset)
{
    GMimeDataWrapper *content = g_mime_part_get_content(part);
    if (!content)
        return nullptr;
    GMimeStream *source = g_mime_data_wrapper_get_stream(content);
    if (!source)
        return nullptr;
    g_mime_stream_reset(source);
    GPtr<GMimeStream> filtered(g_mime_stream_filter_new(source));
    const GMimeContentEncoding encoding = g_mime_data_wrapper_get_encoding(content);
    if (encoding == GMIME_CONTENT_ENCODING_BASE64 || encoding == GMIME_CONTENT_ENCODING_QUOTEDPRINTABLE
        || encoding == GMIME_CONTENT_ENCODING_UUENCODE) {
        GPtr<GMimeFilter> decoder(g_mime_filter_basic_new(encoding, FALSE));
        g_mime_stream_filter_add(GMIME_STREAM_FILTER(filtered.get()), decoder.get());
    }
    if (charset) {
        GPtr<GMimeFilter> converter(g_mime_filter_charset_new(charset, "UTF-8"));
        if (!converter)
            return nullptr;
        g_mime_stream_filter_add(GMIME_STREAM_FILTER(filtered.get()), converter.get());
    }
    return filtered;
}

QString Walker::readText(GMimePart *part, bool *cut)
{
    *cut = false;
    QByteArray declared = QByteArray(g_mime_object_get_content_type_parameter(GMIME_OBJECT(part), "charset"))
                              .trimmed()
                              .toLower();
    if (declared == "iso-8859-1" || declared == "latin1" || declared == "us-ascii" || declared == "ascii")
        declared = "windows-1252"; // the WHATWG reading: a superset seen in practice
    const bool utf8 = declared.isEmpty() || declared == "utf-8" || declared == "utf8";

    GPtr<GMimeStream> stream = decodedStream(part, utf8 ? nullptr : declared.constData());
    bool unknownCharset = false;
    if (!stream && !utf8) {
        unknownCharset = true;
        addWarning(QCoreApplication::translate(
                       "EmailParser",
                       "The text is in an unknown character set (%1); it was read as UTF-8 or Windows-1252.")
                       .arg(QString::fromLatin1(declared)));
        stream = decodedStream(part, nullptr);
    }
    if (!stream)
        return {};

    // Up to four UTF-8 bytes per character, then cut on characters below.
    const qint64 byteCap = qint64(m_limits.maxBodyChars) * 4 + 4;
    GMimeStreamDevice device(stream.get());
    QByteArray bytes;
    QByteArray chunk(64 * 1024, Qt::Uninitialized);
    for (;;) {
        const qint64 n = device.read(chunk.data(), chunk.size());
        if (n <= 0)
            break;
        if (bytes.size() + n > byteCap) {
            bytes.append(chunk.constData(), byteCap - bytes.size());
            *cut = true;
            break;
        }
        bytes.append(chunk.constData(), n);
    }
    // Declared UTF-8 stays UTF-8 (a bad byte becomes U+FFFD); text with no
    // usable charset that is not valid UTF-8 is Windows-1252, as browsers read it.
    const bool guess = declared.isEmpty() || unknownCharset;
    QString text = (guess && !isValidUtf8(bytes)) ? fromWindows1252(bytes) : QString::fromUtf8(bytes);
    if (text.size() > m_limits.maxBodyChars) {
        text.truncate(m_limits.maxBodyChars);
        *cut = true;
    }
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    return text;
}

void Walker::leaf(GMimePart *part)
{
    GMimeObject *object = GMIME_OBJECT(part);
    GMimeContentType *contentType = g_mime_object_get_content_type(object);
    std::unique_ptr<char, decltype(&g_free)> typeName(
        contentType ? g_mime_content_type_get_mime_type(contentType) : nullptr, &g_free);
    QString declared = typeName ? QString::fromUtf8(typeName.get()).toLower() : QString();
    const bool declaredPresent = g_mime_object_get_header(object, "Content-Type") != nullptr;
    if (!declaredPresent)
        declared = QStringLiteral("text/plain"); // RFC 2045's default
    const QString rawName = fromUtf8(g_mime_part_get_filename(part));
    const QByteArray disposition = QByteArray(g_mime_object_get_disposition(object)).toLower();

    const bool isText = declared == QLatin1String("text/plain") || declared == QLatin1String("text/html");
    const bool bodyCandidate = isText && disposition != "attachment" && rawName.isEmpty();
    if (bodyCandidate) {
        // A body part whose bytes are really an image or a document (a missing
        // or lying Content-Type) is an attachment.
        GPtr<GMimeStream> stream = decodedStream(part, nullptr);
        QString sniffed;
        if (stream) {
            GMimeStreamDevice device(stream.get());
            sniffed = sniffMimeType(device.peek(16));
        }
        if (sniffed.isEmpty()) {
            bool cut = false;
            const QString text = readText(part, &cut);
            if (cut)
                addWarning(QCoreApplication::translate(
                               "EmailParser", "A very long message body was cut to its first %1 characters.")
                               .arg(m_limits.maxBodyChars));
            if (declared == QLatin1String("text/html")) {
                if (m_haveHtml)
                    m_html.append(QLatin1String("<hr>"));
                m_html.append(text);
                m_haveHtml = true;
            } else {
                if (m_haveText)
                    m_text.append(QLatin1String("\n\n"));
                m_text.append(text);
                m_haveText = true;
            }
            return;
        }
    }

    GPtr<GMimeStream> stream = decodedStream(part, nullptr);
    if (!stream) {
        addWarning(QCoreApplication::translate("EmailParser",
                                               "A part of the message could not be read and was skipped."));
        return;
    }
    GMimeStreamDevice device(stream.get());
    storeAttachment(part, &device, declared, declaredPresent, rawName);
}

void Walker::storeAttachment(GMimePart *part, QIODevice *device, const QString &declared,
                             bool declaredPresent, const QString &rawName)
{
    ParsedEmail::Part stored;
    const int index = int(m_email->attachments.size()) + 1;
    const QString sniffed = sniffMimeType(device->peek(16));
    stored.mimeType = declared;
    if (!sniffed.isEmpty() && !declaredFitsSniffed(declared, sniffed)) {
        stored.mimeType = sniffed;
        const QString shown = rawName.isEmpty() ? QString::number(index) : rawName;
        if (declaredPresent)
            addWarning(QCoreApplication::translate(
                           "EmailParser",
                           "The attachment %1 claims to be %2 but its content is %3; it is treated as %3.")
                           .arg(shown, declared, sniffed));
        else
            addWarning(QCoreApplication::translate(
                           "EmailParser", "The attachment %1 has no content type; its content is %2.")
                           .arg(shown, sniffed));
    } else if (!declaredPresent) {
        stored.mimeType = rawName.isEmpty()
            ? QStringLiteral("application/octet-stream")
            : QMimeDatabase().mimeTypeForFile(rawName, QMimeDatabase::MatchExtension).name();
    }
    stored.fileName = sanitizeFileName(maskCardNumbers(rawName), index, stored.mimeType);
    const QByteArray disposition
        = part ? QByteArray(g_mime_object_get_disposition(GMIME_OBJECT(part))).toLower() : QByteArray();
    if (part)
        stored.contentId = fromUtf8(g_mime_object_get_content_id(GMIME_OBJECT(part))).trimmed();
    stored.inlinePart = disposition == "inline" || (disposition.isEmpty() && !stored.contentId.isEmpty());

    const AttachmentStore::Stored result = m_store->store(device, m_limits.maxAttachmentBytes);
    if (!result.ok) {
        addWarning(QCoreApplication::translate("EmailParser", "The attachment %1 was not stored: %2")
                       .arg(stored.fileName, result.error));
        return;
    }
    stored.sha256 = result.sha256;
    stored.size = result.size;
    m_email->attachments.append(stored);
}

void Walker::embeddedMessage(GMimeMessagePart *part)
{
    // A forwarded message is kept whole, as an .eml attachment, written
    // through a temporary file (never whole in memory).
    GMimeMessage *message = g_mime_message_part_get_message(part);
    if (!message)
        return;
    QTemporaryFile temp;
    if (!temp.open()) {
        addWarning(QCoreApplication::translate("EmailParser", "An attached message could not be saved."));
        return;
    }
    GPtr<GMimeStream> out(g_mime_stream_fs_new(dup(temp.handle())));
    if (g_mime_object_write_to_stream(GMIME_OBJECT(message), nullptr, out.get()) < 0
        || g_mime_stream_flush(out.get()) < 0) {
        addWarning(QCoreApplication::translate("EmailParser", "An attached message could not be saved."));
        return;
    }
    out.reset();
    QFile file(temp.fileName());
    if (!file.open(QIODevice::ReadOnly)) {
        addWarning(QCoreApplication::translate("EmailParser", "An attached message could not be saved."));
        return;
    }
    QString subject = headerText(g_mime_message_get_subject(message));
    if (subject.isEmpty())
        subject = QStringLiteral("message");
    storeAttachment(nullptr, &file, QStringLiteral("message/rfc822"), true, subject + QStringLiteral(".eml"));
}

void Walker::finish()
{
    QSet<QString> contentIds;
    for (const ParsedEmail::Part &part : std::as_const(m_email->attachments)) {
        if (!part.contentId.isEmpty())
            contentIds.insert(part.contentId);
    }
    int masked = 0;
    int count = 0;
    if (m_haveHtml) {
        m_email->html = maskCardNumbers(HtmlSanitizer::sanitize(m_html, contentIds), &count);
        masked += count;
    }
    if (m_haveText) {
        m_email->text = maskCardNumbers(m_text, &count);
        masked += count;
    } else if (m_haveHtml) {
        // Derived from the HTML: the same numbers, counted there already.
        m_email->text = maskCardNumbers(HtmlSanitizer::toPlainText(m_html));
    }
    m_email->subject = maskCardNumbers(m_email->subject, &count);
    masked += count;
    m_email->fromName = maskCardNumbers(m_email->fromName, &count);
    masked += count;
    m_email->maskedCardNumbers = masked;
    if (masked > 0)
        addWarning(QCoreApplication::translate("EmailParser", "%n card number(s) in the message were masked.",
                                               nullptr, masked));
}

// --- headers ------------------------------------------------------------------

void firstMailbox(InternetAddressList *list, QString *address, QString *name)
{
    if (!list)
        return;
    const int count = internet_address_list_length(list);
    for (int i = 0; i < count; ++i) {
        InternetAddress *entry = internet_address_list_get_address(list, i);
        if (INTERNET_ADDRESS_IS_MAILBOX(entry)) {
            *address = fromUtf8(internet_address_mailbox_get_addr(INTERNET_ADDRESS_MAILBOX(entry)));
            *name = headerText(internet_address_get_name(entry));
            return;
        }
        if (INTERNET_ADDRESS_IS_GROUP(entry)) {
            firstMailbox(internet_address_group_get_members(INTERNET_ADDRESS_GROUP(entry)), address, name);
            if (!address->isEmpty())
                return;
        }
    }
}

void allMailboxes(InternetAddressList *list, QStringList *out)
{
    if (!list)
        return;
    const int count = internet_address_list_length(list);
    for (int i = 0; i < count; ++i) {
        InternetAddress *entry = internet_address_list_get_address(list, i);
        if (INTERNET_ADDRESS_IS_MAILBOX(entry)) {
            const QString address
                = fromUtf8(internet_address_mailbox_get_addr(INTERNET_ADDRESS_MAILBOX(entry))).toLower();
            if (!address.isEmpty())
                out->append(address);
        } else if (INTERNET_ADDRESS_IS_GROUP(entry)) {
            allMailboxes(internet_address_group_get_members(INTERNET_ADDRESS_GROUP(entry)), out);
        }
    }
}

QStringList messageIds(GMimeParserOptions *options, const char *header)
{
    QStringList ids;
    if (!header)
        return ids;
    GMimeReferences *references = g_mime_references_parse(options, header);
    if (!references)
        return ids;
    // Threading needs the root and the nearest ancestors; a hostile header
    // with hundreds of thousands of ids is cut to those.
    const int count = g_mime_references_length(references);
    QSet<QString> seen;
    for (int i = 0; i < count; ++i) {
        if (i > 0 && i < count - (MaxReferences - 1))
            continue;
        const QString id = fromUtf8(g_mime_references_get_message_id(references, i)).trimmed();
        if (!id.isEmpty() && !seen.contains(id)) {
            seen.insert(id);
            ids.append(id);
        }
    }
    g_mime_references_free(references);
    return ids;
}

/// True when the message's own header block ends within MaxHeaderBytes
/// (GMime keeps every header in memory, at many times its size).
bool headerBlockIsSane(const QByteArray &start, qint64 totalSize)
{
    if (start.contains("\n\n") || start.contains("\n\r\n"))
        return true;
    return totalSize <= MaxHeaderBytes;
}

/// Counts "multipart/" in the raw message: a message nested deeper than any
/// real mail is refused before GMime's recursive parser sees it.
int countMultipartMarkers(QIODevice *device)
{
    static const QByteArray marker("multipart/");
    int count = 0;
    QByteArray carry;
    while (!device->atEnd()) {
        QByteArray chunk = carry + device->read(1024 * 1024).toLower();
        if (chunk.size() == carry.size())
            break;
        qsizetype from = 0;
        while ((from = chunk.indexOf(marker, from)) >= 0) {
            ++count;
            from += marker.size();
        }
        carry = chunk.right(marker.size() - 1);
        if (count > MaxMultipartMarkers)
            break;
    }
    return count;
}

bool parseStream(GMimeStream *stream, const EmailParser::Limits &limits, AttachmentStore *store,
                 const QDateTime &fallbackDate, ParsedEmail *email, QString *error)
{
    std::unique_ptr<GMimeParserOptions, OptionsFree> options(g_mime_parser_options_new());
    const char *fallbackCharsets[] = {"UTF-8", "windows-1252", nullptr};
    g_mime_parser_options_set_fallback_charsets(options.get(), fallbackCharsets);
    g_mime_parser_options_set_rfc2047_compliance_mode(options.get(), GMIME_RFC_COMPLIANCE_LOOSE);
    g_mime_parser_options_set_parameter_compliance_mode(options.get(), GMIME_RFC_COMPLIANCE_LOOSE);
    g_mime_parser_options_set_address_compliance_mode(options.get(), GMIME_RFC_COMPLIANCE_LOOSE);

    GPtr<GMimeParser> parser(g_mime_parser_new_with_stream(stream));
    g_mime_parser_set_persist_stream(parser.get(), TRUE); // content stays in the file
    GPtr<GMimeMessage> message(g_mime_parser_construct_message(parser.get(), options.get()));
    if (!message) {
        *error = QCoreApplication::translate("EmailParser", "The file is not an email message.");
        return false;
    }
    GMimeObject *object = GMIME_OBJECT(message.get());
    const bool looksLikeMail = g_mime_object_get_header(object, "From")
        || g_mime_object_get_header(object, "Subject") || g_mime_object_get_header(object, "Date")
        || g_mime_object_get_header(object, "Message-ID") || g_mime_object_get_header(object, "MIME-Version")
        || g_mime_object_get_header(object, "Received");
    if (!looksLikeMail) {
        *error = QCoreApplication::translate(
            "EmailParser", "The file is not an email message: it has none of the headers of one.");
        return false;
    }

    *email = ParsedEmail();
    email->messageId = fromUtf8(g_mime_message_get_message_id(message.get())).trimmed();
    const QStringList inReplyTo = messageIds(options.get(), g_mime_object_get_header(object, "In-Reply-To"));
    email->inReplyTo = inReplyTo.value(0);
    email->references = messageIds(options.get(), g_mime_object_get_header(object, "References"));
    firstMailbox(g_mime_message_get_from(message.get()), &email->fromAddress, &email->fromName);
    email->fromAddress = email->fromAddress.trimmed().toLower();
    if (email->fromAddress.isEmpty())
        email->warnings.append(
            QCoreApplication::translate("EmailParser", "The message has no sender address."));
    allMailboxes(g_mime_message_get_to(message.get()), &email->to);
    email->subject = headerText(g_mime_message_get_subject(message.get()));
    if (email->subject.size() > MaxSubjectChars) {
        email->subject.truncate(MaxSubjectChars);
        email->warnings.append(
            QCoreApplication::translate("EmailParser", "The subject was cut to its first %1 characters.")
                .arg(MaxSubjectChars));
    }

    if (GDateTime *date = g_mime_message_get_date(message.get())) {
        email->date = QDateTime::fromSecsSinceEpoch(g_date_time_to_unix(date), Qt::UTC);
    } else {
        email->date = fallbackDate.toUTC();
        email->warnings.append(
            g_mime_object_get_header(object, "Date")
                ? QCoreApplication::translate(
                    "EmailParser", "The message's date could not be read; the file's time is used.")
                : QCoreApplication::translate("EmailParser",
                                              "The message has no date; the file's time is used."));
    }

    Walker walker(limits, store, email);
    walker.walk(g_mime_message_get_mime_part(message.get()), 0);
    walker.finish();
    return true;
}

} // namespace

EmailParser::EmailParser(AttachmentStore *store)
    : EmailParser(store, Limits())
{ }

EmailParser::EmailParser(AttachmentStore *store, const Limits &limits)
    : m_store(store)
    , m_limits(limits)
{
    ensureGMime();
}

bool EmailParser::parseFile(const QString &path, ParsedEmail *email, QString *error) const
{
    QString ignored;
    if (!error)
        error = &ignored;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("EmailParser", "The file %1 could not be opened: %2")
                     .arg(path, file.errorString());
        return false;
    }
    if (file.size() > m_limits.maxMessageBytes) {
        *error = QCoreApplication::translate(
                     "EmailParser", "The message is larger than the limit of %1 MB and was not imported.")
                     .arg(m_limits.maxMessageBytes / (1024 * 1024));
        return false;
    }
    if (file.size() == 0) {
        *error = QCoreApplication::translate("EmailParser", "The file is empty.");
        return false;
    }
    if (!headerBlockIsSane(file.peek(MaxHeaderBytes), file.size())) {
        *error = QCoreApplication::translate(
                     "EmailParser", "The message's headers are larger than %1 MB; it was not imported.")
                     .arg(MaxHeaderBytes / (1024 * 1024));
        return false;
    }
    if (countMultipartMarkers(&file) > MaxMultipartMarkers) {
        *error = QCoreApplication::translate(
            "EmailParser", "The message has too many nested parts to be read safely and was not imported.");
        return false;
    }
    const QDateTime fileTime = QFileInfo(file).lastModified();

    const int fd = dup(file.handle());
    file.close();
    if (fd < 0 || lseek(fd, 0, SEEK_SET) < 0) {
        *error = QCoreApplication::translate("EmailParser", "The file %1 could not be opened.").arg(path);
        return false;
    }
    GPtr<GMimeStream> stream(g_mime_stream_fs_new(fd)); // owns fd
    return parseStream(stream.get(), m_limits, m_store, fileTime, email, error);
}

bool EmailParser::parseBytes(const QByteArray &bytes, ParsedEmail *email, QString *error) const
{
    QString ignored;
    if (!error)
        error = &ignored;
    if (bytes.size() > m_limits.maxMessageBytes) {
        *error = QCoreApplication::translate(
                     "EmailParser", "The message is larger than the limit of %1 MB and was not imported.")
                     .arg(m_limits.maxMessageBytes / (1024 * 1024));
        return false;
    }
    if (bytes.isEmpty()) {
        *error = QCoreApplication::translate("EmailParser", "The message is empty.");
        return false;
    }
    if (!headerBlockIsSane(bytes.left(MaxHeaderBytes), bytes.size())) {
        *error = QCoreApplication::translate(
                     "EmailParser", "The message's headers are larger than %1 MB; it was not imported.")
                     .arg(MaxHeaderBytes / (1024 * 1024));
        return false;
    }
    if (bytes.toLower().count("multipart/") > MaxMultipartMarkers) {
        *error = QCoreApplication::translate(
            "EmailParser", "The message has too many nested parts to be read safely and was not imported.");
        return false;
    }
    GPtr<GMimeStream> stream(g_mime_stream_mem_new_with_buffer(bytes.constData(), size_t(bytes.size())));
    return parseStream(stream.get(), m_limits, m_store, QDateTime::currentDateTimeUtc(), email, error);
}
