#include "../integration/fixtures.h"
#include "testsupport.h"

#include "inbox/conversationview.h"
#include "inbox/messagebrowser.h"
#include "services/inboxservice.h"
#include "services/localbackend.h"

#include <QApplication>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using TestSupport::await;

namespace {

QString dataFile(const char *name)
{
    return QStringLiteral(CARDDESK_MAIL_TESTDATA "/") + QLatin1String(name);
}

QImage resource(MessageBrowser *browser, const char *url)
{
    return browser->loadResource(QTextDocument::ImageResource, QUrl(QLatin1String(url))).value<QImage>();
}

} // namespace

/// @short Inline images end to end: an imported multipart/related mail shows its
/// own cid: parts in the conversation view, and nothing else is loaded.
class TestInlineImages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void importedCidImagesShowTheStoredBytes();

private:
    qint64 conversationWithSubject(const QString &subject);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LocalBackend> m_backend;
};

void TestInlineImages::init()
{
    TestSupport::pinEnvironment();
    m_dir = std::make_unique<QTemporaryDir>();
    QString error;
    m_backend = Fixtures::openBackend(m_dir->filePath(QStringLiteral("carddesk.sqlite")), &error);
    QVERIFY2(m_backend, qPrintable(error));
}

void TestInlineImages::cleanup()
{
    m_backend.reset();
    m_dir.reset();
}

qint64 TestInlineImages::conversationWithSubject(const QString &subject)
{
    InboxQuery query;
    query.view = InboxView::AllOpen;
    const ConversationPage page = await(m_backend->inbox()->conversations(query));
    for (const ConversationSummary &c : page.rows) {
        if (c.subject == subject)
            return c.id;
    }
    return 0;
}

void TestInlineImages::importedCidImagesShowTheStoredBytes()
{
    const ImportResult imported = await(
        m_backend->inbox()->importEmails({dataFile("related.eml"), dataFile("latin1-qp.eml")}));
    QVERIFY2(imported.refused.isEmpty(), qPrintable(imported.refused.join(QLatin1Char('\n'))));
    QCOMPARE(imported.imported, 2);
    const qint64 related = conversationWithSubject(QStringLiteral("My card is damaged, photo attached"));
    QVERIFY(related > 0);

    ConversationView view(m_backend->inbox());
    view.resize(800, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.showConversation(related);
    QTRY_VERIFY(view.isLoaded());
    const Message message = view.thread().messages.constFirst();
    QCOMPARE(message.attachments.size(), 2);
    QCOMPARE(message.attachments.at(0).contentId, QStringLiteral("card-front@example.se"));

    // The parts arrive off the GUI thread, then the thread is laid out again with them.
    MessageBrowser *browser = view.browser();
    QTRY_VERIFY(browser->hasPart(QStringLiteral("card-front@example.se")));
    QTRY_VERIFY(browser->hasPart(QStringLiteral("logo.png@01DB2C3D.4E5F6A70")));
    // The document asked for its two images and for nothing else (the sanitiser dropped the rest).
    QTRY_VERIFY(browser->requestedResources().contains(QUrl(QStringLiteral("cid:card-front@example.se"))));
    QVERIFY(browser->requestedResources().contains(QUrl(QStringLiteral("cid:logo.png@01DB2C3D.4E5F6A70"))));
    for (const QUrl &url : browser->requestedResources())
        QVERIFY2(url.scheme() == QLatin1String("cid"), qPrintable(url.toString()));
    const QImage card = resource(browser, "cid:card-front@example.se");
    QCOMPARE(card.size(), QSize(3, 3));
    QCOMPARE(card.pixelColor(1, 1), QColor(Qt::red));
    const QImage logo = resource(browser, "cid:logo.png@01DB2C3D.4E5F6A70");
    QCOMPARE(logo.size(), QSize(2, 2));
    QCOMPARE(logo.pixelColor(0, 0), QColor(Qt::blue));
    QCOMPARE(resource(browser, "cid:%3Ccard-front@example.se%3E").size(), QSize(3, 3));
    const QImage shown = browser->document()
                             ->resource(QTextDocument::ImageResource, QUrl(QStringLiteral("cid:card-front@example.se")))
                             .value<QImage>();
    QCOMPARE(shown.size(), QSize(3, 3));

    // Nothing that is not one of the conversation's own parts.
    QVERIFY(resource(browser, "cid:not-in-this-message@example.se").isNull());
    QVERIFY(resource(browser, "https://tracker.example/pixel.gif").isNull());
    QVERIFY(resource(browser, "file:///etc/passwd").isNull());
    QVERIFY(resource(browser, "data:image/png;base64,iVBORw0KGgo=").isNull());

    // Another conversation: the first one's parts are no longer served.
    const qint64 other = conversationWithSubject(QStringLiteral("Kortti hävinnyt – ä ö å"));
    QVERIFY(other > 0);
    view.showConversation(other);
    QTRY_COMPARE(view.thread().conversation.id, other);
    QVERIFY(!browser->hasPart(QStringLiteral("card-front@example.se")));
    QVERIFY(resource(browser, "cid:card-front@example.se").isNull());
}

QTEST_MAIN(TestInlineImages)
#include "tst_inlineimages.moc"
