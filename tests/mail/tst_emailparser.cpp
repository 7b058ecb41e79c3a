#include "mail/emailparser.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <thread>

namespace {

QString dataFile(const char *name)
{
    return QStringLiteral(CARDDESK_MAIL_TESTDATA "/") + QLatin1String(name);
}

/// Peak resident memory of this process (VmHWM), in KiB.
qint64 peakRssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

const ParsedEmail::Part *attachmentNamed(const ParsedEmail &email, const QString &name)
{
    for (const ParsedEmail::Part &part : email.attachments) {
        if (part.fileName == name)
            return &part;
    }
    return nullptr;
}

} // namespace

class TestEmailParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void latin1QuotedPrintable();
    void latin9Base64();
    void windows1252EightBit();
    void htmlOnlyIsSanitisedAndMasked();
    void nestedMultipart();
    void multipartRelatedInlineImages();
    void lyingAndMissingContentType();
    void malformedMimeSurvives();
    void notMail();
    void tooLargeMessageRefused();
    void hugeAttachmentIsStreamed();
    void enormousSingleLineBody();
    void deeplyNestedMultipart();
    void manyParts();
    void parseBytesMatchesParseFile();
    void forwardedMessageKeptWhole();
    void unknownAndMissingCharset();
    void hostileHeaders();
    void concurrentParsers();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AttachmentStore> m_store;
};

void TestEmailParser::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<AttachmentStore>(m_dir->path() + QStringLiteral("/store"));
}

void TestEmailParser::latin1QuotedPrintable()
{
    EmailParser parser(m_store.get());
    ParsedEmail email;
    QString error;
    QVERIFY2(parser.parseFile(dataFile("latin1-qp.eml"), &email, &error), qPrintable(error));
    QCOMPARE(email.subject, QStringLiteral("Kortti hävinnyt – ä ö å"));
    QCOMPARE(email.fromAddress, QStringLiteral("maija.makela@example.fi"));
    QCOMPARE(email.fromName, QStringLiteral("Maija Mäkelä"));
    QCOMPARE(email.to, QStringList {QStringLiteral("help@bank.example")});
    QCOMPARE(email.messageId, QStringLiteral("latin1-1@mail.example.fi"));
    QCOMPARE(email.date, QDateTime(QDate(2026, 11, 3), QTime(12, 5), Qt::UTC));
    QCOMPARE(email.date.timeSpec(), Qt::UTC);
    QVERIFY2(email.text.startsWith(QStringLiteral("Hyvää päivää,\n")), qPrintable(email.text));
    QVERIFY(email.text.contains(QStringLiteral("Maija Mäkelä (jatkuu)"))); // soft line break joined
    // The card number is masked before anything is returned.
    QVERIFY(!email.text.contains(QLatin1String("4111 1111 1111 1111")));
    QVERIFY2(email.text.contains(QLatin1String("4111 11** **** 1111")), qPrintable(email.text));
    QCOMPARE(email.maskedCardNumbers, 1);
    QVERIFY(email.html.isEmpty());
    QVERIFY(email.attachments.isEmpty());
}

void TestEmailParser::latin9Base64()
{
    EmailParser parser(m_store.get());
    ParsedEmail email;
    QString error;
    QVERIFY2(parser.parseFile(dataFile("latin9-base64.eml"), &email, &error), qPrintable(error));
    QCOMPARE(email.subject, QStringLiteral("Avgift 10 €"));
    QCOMPARE(email.text, QStringLiteral("Årsavgiften är 10 € och Šárka betalade.\n"));
    QCOMPARE(email.date, QDateTime(QDate(2026, 11, 4), QTime(8, 0), Qt::UTC));
    QCOMPARE(email.maskedCardNumbers, 0);
}

void TestEmailParser::windows1252EightBit()
{
    EmailParser parser(m_store.get());
    ParsedEmail email;
    QString error;
    QVERIFY2(parser.parseFile(dataFile("windows1252-8bit.eml"), &email, &error), qPrintable(error));
    QCOMPARE(email.text, QStringLiteral("Why was I charged €5? The “annual” fee – see receipt.\n"));
    QCOMPARE(email.fromAddress, QStringLiteral("anna@example.com"));
    QCOMPARE(email.fromName, QStringLiteral("O'Brien, Anna"));
    // 23:30 at -05:00 is the next day in UTC.
    QCOMPARE(email.date, QDateTime(QDate(2026, 11, 6), QTime(4, 30), Qt::UTC));
}

void TestEmailParser::htmlOnlyIsSanitisedAndMasked()
{
    EmailParser parser(m_store.get());
    ParsedEmail email;
    QString error;
    QVERIFY2(parser.parseFile(dataFile("utf8-html-only.eml"), &email, &error), qPrintable(error));
    QVERIFY(!email.html.isEmpty());
    QVERIFY(!email.html.contains(QLatin1String("script"), Qt::CaseInsensitive));
    QVERIFY(!email.html.contains(QLatin1String("onclick")));
    QVERIFY(!email.html.contains(QLatin1String("javascript")));
    QVERIFY(!email.html.contains(QLatin1String("track.example")));
    QVERIFY(!email.html.contains(QLatin1String("color:red")));
    QVERIFY2(email.html.contains(QStringLiteral("<p>Hej! Kortet 5555 55** **** 4444 är spärrat?</p>")),
             qPrintable(email.html));
    QVERIFY(email.html.contains(QLatin1String("klicka"))); // the link's text stays
    // No text/plain part: the text comes from the HTML, masked as well.
    QVERIFY2(email.text.startsWith(QStringLiteral("Hej! Kortet 5555 55** **** 4444 är spärrat?")),
             qPrintable(email.text));
    QVERIFY(!email.text.contains(QLatin1String("alert")));
    QCOMPARE(email.maskedCardNumbers, 1);

    // Digit groups joined by &nbsp; or written as entities are found as well.
    QVERIFY(parser.parseBytes(QByteArray("From: a@example.com\r\nContent-Type: text/html\r\n\r\n"
                                         "<p>4111&nbsp;1111&nbsp;1111&nbsp;1111 and &#53;555555555554444</p>"),
                              &email, &error));
    QCOMPARE(email.maskedCardNumbers, 2);
    QVERIFY2(email.html.contains(QStringLiteral("4111\u00a011**\u00a0****\u00a01111")), qPrintable(email.html));
    QVERIFY(email.html.contains(QStringLiteral("555555******4444")));
    QVERIFY(!email.text.contains(QLatin1String("5555555555554444")));
    QVERIFY(!email.text.contains(QStringLiteral("1111\u00a01111\u00a01111")));
}

void TestEmailParser::nestedMultipart()
{
    EmailParser parser(m_store.get());
    ParsedEmail email;
    QString error;
    QVERIFY2(parser.parseFile(dataFile("nested.eml"), &email, &error), qPrintable(error));
    QCOMPARE(email.subject, QStringLiteral("Re: Kuitti ja lasku äöå"));
    QCOMPARE(email.fromAddress, QStringLiteral("liisa.virtanen@example.fi"));
    QCOMPARE(email.fromName, QStringLiteral("Liisa Virtanen"));
    QCOMPARE(email.to,
             (QStringList {QStringLiteral("help@bank.example"), QStringLiteral("second@bank.example")}));
    QCOMPARE(email.messageId, QStringLiteral("reply-2@example.fi"));
    QCOMPARE(email.inReplyTo, QStringLiteral("original-1@bank.example"));
    QCOMPARE(
        email.references,
        (QStringList {QStringLiteral("thread-0@bank.example"), QStringLiteral("original-1@bank.example")}));
    QCOMPARE(email.date, QDateTime(QDate(2026, 11, 6), QTime(22, 30), Qt::UTC));
    QCOMPARE(email.text,
             QStringLiteral("Kuitti liitteenä.")); // the line break before a boundary is the boundary's
    // The inline image of the message is kept by its cid:, an unknown cid is not.
    QVERIFY2(email.html.contains(QLatin1String("<img src=\"cid:logo@example.fi\" alt=\"logo\">")),
             qPrintable(email.html));
    QVERIFY(!email.html.contains(QLatin1String("missing@example.fi")));
    QVERIFY(email.html.contains(QStringLiteral("<b>liitteenä</b>")));

    QCOMPARE(email.attachments.size(), 4);
    const ParsedEmail::Part &logo = email.attachments.at(0);
    QCOMPARE(logo.contentId, QStringLiteral("logo@example.fi"));
    QCOMPARE(logo.mimeType, QStringLiteral("image/png"));
    QVERIFY(logo.inlinePart);
    QVERIFY(!logo.fileName.isEmpty());
    QVERIFY(m_store->contains(logo.sha256));

    const ParsedEmail::Part *receipt = attachmentNamed(email, QStringLiteral("kuitti äö.pdf")); // RFC 2231
    QVERIFY(receipt);
    QCOMPARE(receipt->mimeType, QStringLiteral("application/pdf"));
    QVERIFY(!receipt->inlinePart);
    QFile stored(m_store->pathFor(receipt->sha256));
    QVERIFY(stored.open(QIODevice::ReadOnly));
    QVERIFY(stored.readAll().startsWith("%PDF-1.4\n1 0 obj"));
    QCOMPARE(receipt->size, stored.size());

    QVERIFY(attachmentNamed(email, QStringLiteral("lasku å.pdf"))); // RFC 2047 in a quoted name
    // A path in the file name is cut and control characters removed.
    QVERIFY(attachmentNamed(email, QStringLiteral("passwd")));
    for (const ParsedEmail::Part &part : std::as_const(email.attachments)) {
        QVERIFY(!part.fileName.contains(QLatin1Char('/')));
        QVERIFY(!part.fileName.contains(QLatin1Char('\\')));
    }
}

void TestEmailParser::multipartRelatedInlineImages()
{
    EmailParser parser(m_store.get());
    ParsedEmail email;
    QString error;
    QVERIFY2(parser.parseFile(dataFile("related.eml"), &email, &error), qPrintable(error));
    QCOMPARE(email.attachments.size(), 2);

    // Content-ID: <card-front@example.se>, no disposition: an inline part, its id without brackets.
    const ParsedEmail::Part &card = email.attachments.at(0);
    QCOMPARE(card.contentId, QStringLiteral("card-front@example.se"));
    QCOMPARE(card.mimeType, QStringLiteral("image/png"));
    QVERIFY(card.inlinePart);
    QFile cardBytes(m_store->pathFor(card.sha256));
    QVERIFY(cardBytes.open(QIODevice::ReadOnly));
    QVERIFY(cardBytes.readAll().startsWith("\x89PNG\r\n\x1a\n"));
    QCOMPARE(card.size, cardBytes.size());

    const ParsedEmail::Part &logo = email.attachments.at(1);
    QCOMPARE(logo.contentId, QStringLiteral("logo.png@01DB2C3D.4E5F6A70"));
    QCOMPARE(logo.fileName, QStringLiteral("logo.png"));
    QVERIFY(logo.inlinePart);

    // The message's own parts stay reachable by cid:; remote, file:, data: and
    // a cid: of no part of this message are dropped.
    QVERIFY2(email.html.contains(QLatin1String("<img src=\"cid:card-front@example.se\" alt=\"card\">")),
             qPrintable(email.html));
    QVERIFY2(email.html.contains(QLatin1String("<img src=\"cid:logo.png@01DB2C3D.4E5F6A70\" alt=\"logo\">")),
             qPrintable(email.html));
    for (const char *gone : {"tracker.example", "file:", "passwd", "data:", "base64", "not-in-this-message"})
        QVERIFY2(!email.html.contains(QLatin1String(gone)), gone);
    QCOMPARE(email.html.count(QLatin1String("<img")), 2);
}

void TestEmailParser::lyingAndMissingContentType()
{
    EmailParser parser(m_store.get());
    ParsedEmail email;
    QString error;
    QVERIFY2(parser.parseFile(dataFile("lying-type.eml"), &email, &error), qPrintable(error));
    QCOMPARE(email.text, QStringLiteral("See attached."));
    QCOMPARE(email.attachments.size(), 3);
    // Declared image/jpeg, but the bytes are a PNG.
    const ParsedEmail::Part *screen = attachmentNamed(email, QStringLiteral("screen.jpg"));
    QVERIFY(screen);
    QCOMPARE(screen->mimeType, QStringLiteral("image/png"));
    // No Content-Type at all: the bytes say PDF.
    const ParsedEmail::Part *statement = attachmentNamed(email, QStringLiteral("statement.pdf"));
    QVERIFY(statement);
    QCOMPARE(statement->mimeType, QStringLiteral("application/pdf"));
    // "text/plain" body that is really an image becomes an attachment with a name.
    const ParsedEmail::Part &third = email.attachments.at(2);
    QCOMPARE(third.mimeType, QStringLiteral("image/png"));
    QCOMPARE(third.fileName, QStringLiteral("attachment-3.png"));
    QVERIFY(!email.text.contains(QLatin1String("PNG")));
    QVERIFY(email.warnings.size() >= 2);
    QVERIFY(email.warnings.join(QLatin1Char('\n')).contains(QLatin1String("screen.jpg")));
}

void TestEmailParser::malformedMimeSurvives()
{
    EmailParser parser(m_store.get());
    ParsedEmail email;
    QString error;
    QVERIFY2(parser.parseFile(dataFile("malformed.eml"), &email, &error), qPrintable(error));
    // The unreadable date falls back to the file's time, said as a warning.
    QCOMPARE(email.date, QFileInfo(dataFile("malformed.eml")).lastModified().toUTC());
    QVERIFY(!email.warnings.isEmpty());
    QVERIFY(email.text.contains(QLatin1String("tail text")));
    QVERIFY(!email.subject.isEmpty());
    for (const QChar c : std::as_const(email.subject))
        QVERIFY(c.category() != QChar::Other_Control);
    QVERIFY(email.fromAddress.isEmpty());
    QVERIFY(email.warnings.join(QLatin1Char('\n')).contains(QLatin1String("sender")));
}

void TestEmailParser::notMail()
{
    EmailParser parser(m_store.get());
    ParsedEmail email;
    QString error;
    QVERIFY(!parser.parseBytes(QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16), &email, &error));
    QVERIFY(!error.isEmpty());
    error.clear();
    QVERIFY(!parser.parseBytes(QByteArray(), &email, &error));
    QVERIFY(!error.isEmpty());
    error.clear();
    QVERIFY(!parser.parseFile(m_dir->path() + QStringLiteral("/does-not-exist.eml"), &email, &error));
    QVERIFY(!error.isEmpty());
}

void TestEmailParser::tooLargeMessageRefused()
{
    EmailParser::Limits limits;
    limits.maxMessageBytes = 1024;
    EmailParser parser(m_store.get(), limits);
    ParsedEmail email;
    QString error;
    QVERIFY(!parser.parseFile(dataFile("nested.eml"), &email, &error));
    QVERIFY(error.contains(QLatin1String("limit")));
}

void TestEmailParser::hugeAttachmentIsStreamed()
{
    // A 50 MB attachment, base64-encoded into a temporary file in chunks.
    const qint64 attachmentBytes = 50LL * 1024 * 1024;
    const QString path = m_dir->path() + QStringLiteral("/huge.eml");
    QByteArray expectedHash;
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("From: big@example.com\r\nSubject: Scan\r\nDate: Mon, 9 Nov 2026 08:00:00 +0000\r\n"
                   "Message-ID: <big@example.com>\r\nMIME-Version: 1.0\r\n"
                   "Content-Type: multipart/mixed; boundary=\"X\"\r\n\r\n"
                   "--X\r\nContent-Type: text/plain\r\n\r\nScan attached.\r\n"
                   "--X\r\nContent-Type: application/pdf; name=\"scan.pdf\"\r\n"
                   "Content-Transfer-Encoding: base64\r\n\r\n");
        QCryptographicHash hash(QCryptographicHash::Sha256);
        // 57 raw bytes make one 76-character base64 line.
        QByteArray raw(57 * 1024, Qt::Uninitialized);
        qint64 written = 0;
        quint32 seed = 12345;
        bool first = true;
        while (written < attachmentBytes) {
            const qint64 n = qMin<qint64>(raw.size(), attachmentBytes - written);
            for (qint64 i = 0; i < n; ++i) {
                seed = seed * 1664525u + 1013904223u;
                raw[i] = char(seed >> 24);
            }
            if (first) {
                memcpy(raw.data(), "%PDF-1.7\n", 9);
                first = false;
            }
            const QByteArray chunk = raw.left(n);
            hash.addData(chunk);
            const QByteArray encoded = chunk.toBase64();
            for (qsizetype at = 0; at < encoded.size(); at += 76) {
                file.write(encoded.mid(at, 76));
                file.write("\r\n");
            }
            written += n;
        }
        file.write("--X--\r\n");
        expectedHash = hash.result().toHex();
    }
    QVERIFY(QFileInfo(path).size() > 68LL * 1024 * 1024);

    const qint64 before = peakRssKiB();
    EmailParser parser(m_store.get());
    ParsedEmail email;
    QString error;
    QVERIFY2(parser.parseFile(path, &email, &error), qPrintable(error));
    const qint64 after = peakRssKiB();
    QCOMPARE(email.attachments.size(), 1);
    QCOMPARE(email.attachments.at(0).size, attachmentBytes);
    QCOMPARE(email.attachments.at(0).sha256, expectedHash);
    QCOMPARE(email.attachments.at(0).mimeType, QStringLiteral("application/pdf"));
    QCOMPARE(QFileInfo(m_store->pathFor(expectedHash)).size(), attachmentBytes);
    QCOMPARE(email.text, QStringLiteral("Scan attached."));
    // Streamed: the peak resident memory grew by far less than the attachment.
    qInfo("peak RSS before %lld KiB, after %lld KiB", before, after);
    QVERIFY(before > 0);
#if !defined(__SANITIZE_ADDRESS__)
    // (AddressSanitizer's quarantine keeps freed chunks resident.)
    QVERIFY2(after - before < 16 * 1024, qPrintable(QString::number(after - before)));
#endif

    // Above the attachment limit: refused with a warning, the rest is kept.
    EmailParser::Limits limits;
    limits.maxAttachmentBytes = 10LL * 1024 * 1024;
    AttachmentStore other(m_dir->path() + QStringLiteral("/other"));
    EmailParser strict(&other, limits);
    ParsedEmail refused;
    QVERIFY(strict.parseFile(path, &refused, &error));
    QVERIFY(refused.attachments.isEmpty());
    QVERIFY(refused.warnings.join(QLatin1Char('\n')).contains(QLatin1String("scan.pdf")));
    QCOMPARE(refused.text, email.text);
    QVERIFY(!other.contains(expectedHash));
}

void TestEmailParser::enormousSingleLineBody()
{
    EmailParser::Limits limits;
    limits.maxBodyChars = 100000;
    EmailParser parser(m_store.get(), limits);
    QByteArray message("From: a@example.com\r\nSubject: long\r\nDate: Mon, 9 Nov 2026 08:00:00 +0000\r\n"
                       "Content-Type: text/plain; charset=utf-8\r\n\r\n");
    message.append(QByteArray(8 * 1024 * 1024, 'x'));
    ParsedEmail email;
    QString error;
    QVERIFY2(parser.parseBytes(message, &email, &error), qPrintable(error));
    QCOMPARE(email.text.size(), 100000);
    QVERIFY(email.warnings.join(QLatin1Char('\n')).contains(QLatin1String("100000")));

    // An enormous single-line HTML body is cut the same way and still sanitised.
    QByteArray html("From: a@example.com\r\nContent-Type: text/html\r\n\r\n<p>");
    for (int i = 0; i < 200000; ++i)
        html.append("<b onclick=x>a</b>");
    ParsedEmail htmlEmail;
    QVERIFY(parser.parseBytes(html, &htmlEmail, &error));
    QVERIFY(!htmlEmail.html.contains(QLatin1String("onclick")));
    QVERIFY(!htmlEmail.warnings.isEmpty());
}

void TestEmailParser::deeplyNestedMultipart()
{
    QByteArray message("From: a@example.com\r\nSubject: nest\r\nMIME-Version: 1.0\r\n");
    const int depth = 5000;
    for (int i = 0; i < depth; ++i)
        message.append("Content-Type: multipart/mixed; boundary=\"b" + QByteArray::number(i) + "\"\r\n\r\n--b"
                       + QByteArray::number(i) + "\r\n");
    message.append("Content-Type: text/plain\r\n\r\ndeep\r\n");
    EmailParser parser(m_store.get());
    ParsedEmail email;
    QString error;
    QElapsedTimer timer;
    timer.start();
    QVERIFY(!parser.parseBytes(message, &email, &error));
    QVERIFY(error.contains(QLatin1String("nested")));
    QVERIFY(timer.elapsed() < 30000);   // catches a hang, not speed

    // 40 levels (beyond the depth cap, within the marker count) parse with a warning.
    QByteArray moderate("From: a@example.com\r\nSubject: nest\r\nMIME-Version: 1.0\r\n");
    for (int i = 0; i < 40; ++i)
        moderate.append("Content-Type: multipart/mixed; boundary=\"b" + QByteArray::number(i)
                        + "\"\r\n\r\n--b" + QByteArray::number(i) + "\r\n");
    moderate.append("Content-Type: text/plain\r\n\r\ndeep\r\n");
    QVERIFY2(parser.parseBytes(moderate, &email, &error), qPrintable(error));
    QVERIFY(email.text.isEmpty());
    QVERIFY(email.warnings.join(QLatin1Char('\n')).contains(QLatin1String("nested")));
}

void TestEmailParser::manyParts()
{
    QByteArray message("From: a@example.com\r\nSubject: parts\r\nMIME-Version: 1.0\r\n"
                       "Content-Type: multipart/mixed; boundary=\"p\"\r\n\r\n");
    for (int i = 0; i < 500; ++i)
        message.append("--p\r\nContent-Type: application/octet-stream; name=\"f" + QByteArray::number(i)
                       + ".bin\"\r\n\r\ncontent " + QByteArray::number(i) + "\r\n");
    message.append("--p--\r\n");
    EmailParser::Limits limits;
    limits.maxParts = 50;
    EmailParser parser(m_store.get(), limits);
    ParsedEmail email;
    QString error;
    QVERIFY2(parser.parseBytes(message, &email, &error), qPrintable(error));
    QCOMPARE(email.attachments.size(), 49); // the multipart itself counts as one part
    QVERIFY(email.warnings.join(QLatin1Char('\n')).contains(QLatin1String("50")));
}

void TestEmailParser::parseBytesMatchesParseFile()
{
    QFile file(dataFile("nested.eml"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    EmailParser parser(m_store.get());
    ParsedEmail fromBytes;
    ParsedEmail fromFile;
    QString error;
    QVERIFY(parser.parseBytes(file.readAll(), &fromBytes, &error));
    QVERIFY(parser.parseFile(dataFile("nested.eml"), &fromFile, &error));
    QCOMPARE(fromBytes.subject, fromFile.subject);
    QCOMPARE(fromBytes.html, fromFile.html);
    QCOMPARE(fromBytes.text, fromFile.text);
    QCOMPARE(fromBytes.attachments.size(), fromFile.attachments.size());
    for (qsizetype i = 0; i < fromFile.attachments.size(); ++i)
        QCOMPARE(fromBytes.attachments.at(i).sha256, fromFile.attachments.at(i).sha256);
}

void TestEmailParser::forwardedMessageKeptWhole()
{
    const QByteArray message(
        "From: a@example.com\r\nSubject: Fwd: phishing?\r\nMIME-Version: 1.0\r\n"
        "Content-Type: multipart/mixed; boundary=\"f\"\r\n\r\n"
        "--f\r\nContent-Type: text/plain\r\n\r\nIs this from you?\r\n"
        "--f\r\nContent-Type: message/rfc822\r\n\r\n"
        "From: \"Bank\" <security@phish.example>\r\nSubject: Verify your card 4111111111111111\r\n\r\n"
        "Click here.\r\n--f--\r\n");
    EmailParser parser(m_store.get());
    ParsedEmail email;
    QString error;
    QVERIFY2(parser.parseBytes(message, &email, &error), qPrintable(error));
    QCOMPARE(email.text, QStringLiteral("Is this from you?"));
    QCOMPARE(email.attachments.size(), 1);
    const ParsedEmail::Part &forwarded = email.attachments.at(0);
    QCOMPARE(forwarded.mimeType, QStringLiteral("message/rfc822"));
    QCOMPARE(forwarded.fileName,
             QStringLiteral("Verify your card 411111______1111.eml")); // masked, "*" made safe
    QVERIFY(!forwarded.fileName.contains(QLatin1String("4111111111111111")));
    QVERIFY(forwarded.fileName.endsWith(QLatin1String(".eml")));
    QFile stored(m_store->pathFor(forwarded.sha256));
    QVERIFY(stored.open(QIODevice::ReadOnly));
    QVERIFY(stored.readAll().contains("Click here."));
}

void TestEmailParser::unknownAndMissingCharset()
{
    EmailParser parser(m_store.get());
    ParsedEmail email;
    QString error;
    // No Content-Type at all and 8-bit Latin-1 bytes: read as Windows-1252, CRLF made LF.
    QVERIFY(parser.parseBytes(
        QByteArray("From: a@example.com\r\nSubject: x\r\n\r\nHyv\xe4\xe4 p\xe4iv\xe4\xe4\r\nrivi 2\r\n"),
        &email, &error));
    QCOMPARE(email.text, QStringLiteral("Hyvää päivää\nrivi 2\n"));
    // A charset nobody knows: a warning, and the bytes still read.
    QVERIFY(parser.parseBytes(
        QByteArray("From: a@example.com\r\nContent-Type: text/plain; charset=x-no-such-charset\r\n\r\n"
                   "gr\xc3\xbc\xc3\x9f"
                   "e\r\n"),
        &email, &error));
    QCOMPARE(email.text, QStringLiteral("grüße\n"));
    QVERIFY(email.warnings.join(QLatin1Char('\n')).contains(QLatin1String("x-no-such-charset")));
    // Declared UTF-8 with one bad byte: the rest stays UTF-8.
    QVERIFY(parser.parseBytes(QByteArray("From: a@example.com\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
                                         "\xc3\xa4 \xff \xc3\xb6\r\n"),
                              &email, &error));
    QCOMPARE(email.text, QStringLiteral("ä \uFFFD ö\n"));
}

void TestEmailParser::hostileHeaders()
{
    EmailParser parser(m_store.get());
    ParsedEmail email;
    QString error;
    // A header block of many megabytes (GMime would hold it all) is refused plainly.
    QByteArray huge("From: a@example.com\r\nSubject: ");
    huge.append(QByteArray(3 * 1024 * 1024, 'x'));
    huge.append("\r\n\r\nbody\r\n");
    QVERIFY(!parser.parseBytes(huge, &email, &error));
    QVERIFY(error.contains(QLatin1String("headers")));
    // Thousands of References: the root and the nearest ancestors are kept, quickly.
    QByteArray references("From: a@example.com\r\nReferences:");
    for (int i = 0; i < 50000; ++i)
        references.append(" <r" + QByteArray::number(i) + "@x.example>");
    references.append("\r\nSubject: =?UTF-8?Q?bidi_=E2=80=AEtxt.exe?=\r\n\r\nbody\r\n");
    QElapsedTimer timer;
    timer.start();
    QVERIFY2(parser.parseBytes(references, &email, &error), qPrintable(error));
    QVERIFY(timer.elapsed() < 30000);   // catches a hang, not speed
    QCOMPARE(email.references.size(), 100);
    QCOMPARE(email.references.first(), QStringLiteral("r0@x.example"));
    QCOMPARE(email.references.last(), QStringLiteral("r49999@x.example"));
    QVERIFY(!email.subject.contains(QChar(0x202E))); // a right-to-left override is not kept
}

void TestEmailParser::concurrentParsers()
{
    // GMime is initialised once; parsers on several threads do not interfere.
    EmailParser parser(m_store.get());
    ParsedEmail reference;
    QString error;
    QVERIFY(parser.parseFile(dataFile("nested.eml"), &reference, &error));
    std::vector<std::thread> threads;
    std::atomic<int> matches {0};
    const char *files[] = {"nested.eml", "latin1-qp.eml"};
    ParsedEmail latin;
    QVERIFY(parser.parseFile(dataFile("latin1-qp.eml"), &latin, &error));
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&, t] {
            QTemporaryDir dir;
            AttachmentStore store(dir.path());
            EmailParser local(&store);
            for (int i = 0; i < 25; ++i) {
                ParsedEmail email;
                QString localError;
                const char *file = files[(t + i) % 2];
                if (!local.parseFile(dataFile(file), &email, &localError))
                    return;
                const ParsedEmail &expected = (t + i) % 2 ? latin : reference;
                if (email.subject == expected.subject && email.text == expected.text
                    && email.html == expected.html && email.attachments.size() == expected.attachments.size())
                    ++matches;
            }
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    QCOMPARE(matches.load(), 100);
}

QTEST_GUILESS_MAIN(TestEmailParser)
#include "tst_emailparser.moc"
