#include "testsupport.h"

#include "remote/tokenstore.h"

#include <QDirIterator>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using TestSupport::await;

class TestTokenStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void tokenNeverReachesPlainSettings();
    void keysSeparateServersAndAgents();

private:
    /// Every file under the settings folder that holds @p needle.
    QStringList filesHolding(const QByteArray &needle) const;

    QTemporaryDir m_settingsDir;
};

void TestTokenStore::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    // Every QSettings of this process, qtkeychain's included, writes below here.
    for (const QSettings::Format format : {QSettings::NativeFormat, QSettings::IniFormat}) {
        QSettings::setPath(format, QSettings::UserScope, m_settingsDir.path());
        QSettings::setPath(format, QSettings::SystemScope, m_settingsDir.path());
    }
    qputenv("XDG_CONFIG_HOME", m_settingsDir.path().toUtf8());
}

QStringList TestTokenStore::filesHolding(const QByteArray &needle) const
{
    QStringList found;
    QDirIterator it(m_settingsDir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
            found << file.fileName();
    }
    return found;
}

void TestTokenStore::tokenNeverReachesPlainSettings()
{
    const QUrl server(QStringLiteral("https://carddesk.internal"));
    const QString username = QStringLiteral("aino.laine");
    const QString token = QStringLiteral("cdt_9f2c41d0e8b7a6c5_secret");
    TokenStore store;
    store.setServiceName(QStringLiteral("CardDeskTest"));

    const TokenStore::Result saved = await(store.save(server, username, token));
    if (saved.ok) {
        // A machine with a keychain: the token goes there and comes back.
        const TokenStore::Result loaded = await(store.load(server, username));
        QVERIFY(loaded.ok);
        QCOMPARE(loaded.token, token);
        QVERIFY(await(store.remove(server, username)).ok);
    } else {
        // This headless machine: no secret service. A clear message, nothing written.
        QVERIFY2(saved.noKeychain, qPrintable(saved.error));
        QCOMPARE(saved.error, QStringLiteral("No keychain is available on this machine: CardDesk keeps the token "
                                             "for this session only and asks for the password next time"));
        // The session goes on with the token in memory ...
        const TokenStore::Result loaded = await(store.load(server, username));
        QVERIFY(loaded.ok);
        QCOMPARE(loaded.token, token);
        // ... and the next session asks for the password again.
        TokenStore nextSession;
        nextSession.setServiceName(QStringLiteral("CardDeskTest"));
        const TokenStore::Result later = await(nextSession.load(server, username));
        QVERIFY(!later.ok);
        QVERIFY(later.token.isEmpty());
        QVERIFY(later.noKeychain || later.notFound);
        // Signing out forgets it here too.
        await(store.remove(server, username));
        QVERIFY(await(store.load(server, username)).token.isEmpty());
    }
    // Either way: no settings file, no file at all, holds the token.
    QSettings settings(QStringLiteral("CardDeskTest"));
    settings.sync();
    QVERIFY2(settings.allKeys().isEmpty(), qPrintable(settings.allKeys().join(QLatin1Char(','))));
    QVERIFY2(filesHolding(token.toUtf8()).isEmpty(), qPrintable(filesHolding(token.toUtf8()).join(QLatin1Char(','))));
    QVERIFY(filesHolding(token.toUtf8().toBase64()).isEmpty());
}

void TestTokenStore::keysSeparateServersAndAgents()
{
    const QString a = TokenStore::keyFor(QUrl(QStringLiteral("https://carddesk.internal/")), QStringLiteral("Aino.Laine"));
    QCOMPARE(a, TokenStore::keyFor(QUrl(QStringLiteral("https://carddesk.internal")), QStringLiteral("aino.laine")));
    QVERIFY(a != TokenStore::keyFor(QUrl(QStringLiteral("https://carddesk-test.internal")), QStringLiteral("aino.laine")));
    QVERIFY(a != TokenStore::keyFor(QUrl(QStringLiteral("https://carddesk.internal")), QStringLiteral("mikko.aalto")));
    // No password or token of a URL ends up in the key.
    QVERIFY(!TokenStore::keyFor(QUrl(QStringLiteral("https://user:pw@carddesk.internal")), QStringLiteral("a"))
                 .contains(QLatin1String("pw")));
}

QTEST_GUILESS_MAIN(TestTokenStore)
#include "tst_tokenstore.moc"
