#include "domain/cardnumber.h"
#include "domain/conversation.h"
#include "domain/macro.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

namespace {

const QStringList Languages = {QStringLiteral("fi"), QStringLiteral("sv"), QStringLiteral("nb"), QStringLiteral("en")};

/// The placeholders macro.h documents; a macro may use no others.
const QSet<QString> KnownPlaceholders = {
        QStringLiteral("customer.first_name"), QStringLiteral("customer.last_name"),
        QStringLiteral("customer.name"),       QStringLiteral("customer.number"),
        QStringLiteral("card.last4"),          QStringLiteral("agent.name"),
        QStringLiteral("agent.first_name"),    QStringLiteral("conversation.subject"),
        QStringLiteral("today"),
};

QHash<QString, QString> allValues()
{
    return {
            {QStringLiteral("customer.first_name"), QStringLiteral("Aino")},
            {QStringLiteral("customer.last_name"), QStringLiteral("Mäkinen")},
            {QStringLiteral("customer.name"), QStringLiteral("Aino Mäkinen")},
            {QStringLiteral("customer.number"), QStringLiteral("C-100234")},
            {QStringLiteral("card.last4"), QStringLiteral("2345")},
            {QStringLiteral("agent.name"), QStringLiteral("Liisa Virtanen")},
            {QStringLiteral("agent.first_name"), QStringLiteral("Liisa")},
            {QStringLiteral("conversation.subject"), QStringLiteral("Kortti")},
            {QStringLiteral("today"), QStringLiteral("22.11.2026")},
    };
}

QString writeFile(const QTemporaryDir &dir, const QByteArray &content)
{
    const QString path = dir.filePath(QStringLiteral("macros.json"));
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(content);
    return path;
}

} // namespace

class TestMacro : public QObject
{
    Q_OBJECT

private slots:
    void titleAndBodyFallBackToEnglish();
    void render_data();
    void render();
    void renderDoesNotExpandValuesAgain();
    void renderListsEachMissingPlaceholderOnce();
    void renderWithoutMissingList();
    void shippedCatalogue();
    void shippedBodiesRenderCompletely();
    void shippedMacrosCoverEveryCustomerTopic();
    void loadErrors_data();
    void loadErrors();
    void loadFromFile();
    void benchmarkRender();
};

void TestMacro::titleAndBodyFallBackToEnglish()
{
    Macro macro;
    macro.titles = {{QStringLiteral("en"), QStringLiteral("Card locked")}, {QStringLiteral("fi"), QStringLiteral("Kortti suljettu")}};
    macro.bodies = {{QStringLiteral("en"), QStringLiteral("Locked.")}, {QStringLiteral("sv"), QStringLiteral("Spärrat.")}};
    QCOMPARE(macro.title(QStringLiteral("fi")), QStringLiteral("Kortti suljettu"));
    QCOMPARE(macro.title(QStringLiteral("sv")), QStringLiteral("Card locked"));
    QCOMPARE(macro.body(QStringLiteral("sv")), QStringLiteral("Spärrat."));
    QCOMPARE(macro.body(QStringLiteral("nb")), QStringLiteral("Locked."));
    QCOMPARE(macro.body(QString()), QStringLiteral("Locked."));
    QCOMPARE(Macro().body(QStringLiteral("fi")), QString());
}

void TestMacro::render_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QStringList>("missing");

    QTest::addRow("plain text") << QStringLiteral("No placeholders here.") << QStringLiteral("No placeholders here.")
                                << QStringList();
    QTest::addRow("one") << QStringLiteral("Hei {customer.first_name}!") << QStringLiteral("Hei Aino!") << QStringList();
    QTest::addRow("several, adjacent")
            << QStringLiteral("{customer.first_name}{agent.first_name} {card.last4}")
            << QStringLiteral("AinoLiisa 2345") << QStringList();
    QTest::addRow("at both ends") << QStringLiteral("{today}: {agent.name}") << QStringLiteral("22.11.2026: Liisa Virtanen")
                                  << QStringList();
    QTest::addRow("unknown stays and is listed")
            << QStringLiteral("Dear {customer.title} {customer.last_name}")
            << QStringLiteral("Dear {customer.title} Mäkinen") << QStringList{QStringLiteral("customer.title")};
    QTest::addRow("empty value stays and is listed")
            << QStringLiteral("Case {case.number} for {customer.name}")
            << QStringLiteral("Case {case.number} for Aino Mäkinen") << QStringList{QStringLiteral("case.number")};
    QTest::addRow("braces in ordinary text")
            << QStringLiteral("Use the form {see attachment} or {} or { agent.name }.")
            << QStringLiteral("Use the form {see attachment} or {} or { agent.name }.") << QStringList();
    QTest::addRow("upper case is not a placeholder") << QStringLiteral("{Agent.Name}") << QStringLiteral("{Agent.Name}")
                                                    << QStringList();
    QTest::addRow("lone opening brace") << QStringLiteral("a { b {agent.first_name}")
                                        << QStringLiteral("a { b Liisa") << QStringList();
    QTest::addRow("unclosed at the end") << QStringLiteral("Hi {agent.first_name") << QStringLiteral("Hi {agent.first_name")
                                         << QStringList();
    QTest::addRow("double opening brace") << QStringLiteral("{{agent.first_name}}")
                                          << QStringLiteral("{Liisa}") << QStringList();
    QTest::addRow("closing brace alone") << QStringLiteral("} {card.last4} }") << QStringLiteral("} 2345 }")
                                         << QStringList();
    QTest::addRow("json-like text") << QStringLiteral(R"({"a": 1} {today})") << QStringLiteral(R"({"a": 1} 22.11.2026)")
                                    << QStringList();
    QTest::addRow("trailing dot is not a name") << QStringLiteral("{agent.}") << QStringLiteral("{agent.}")
                                               << QStringList();
    QTest::addRow("nordic letters around") << QString::fromUtf8("Hyvä {customer.first_name}, kiitos!")
                                           << QString::fromUtf8("Hyvä Aino, kiitos!") << QStringList();
    QTest::addRow("empty body") << QString() << QString() << QStringList();
}

void TestMacro::render()
{
    QFETCH(QString, body);
    QFETCH(QString, expected);
    QFETCH(QStringList, missing);
    QHash<QString, QString> values = allValues();
    values.insert(QStringLiteral("case.number"), QString());   // present but empty
    QStringList reported = {QStringLiteral("stale entry")};
    QCOMPARE(MacroRenderer::render(body, values, &reported), expected);
    QCOMPARE(reported, missing);
}

void TestMacro::renderDoesNotExpandValuesAgain()
{
    // A customer who calls himself "{agent.name}" must not get the agent's name,
    // and a value with braces is inserted literally.
    QHash<QString, QString> values = allValues();
    values.insert(QStringLiteral("customer.first_name"), QStringLiteral("{agent.name}"));
    values.insert(QStringLiteral("conversation.subject"), QStringLiteral("{customer.number} {"));
    QStringList missing;
    QCOMPARE(MacroRenderer::render(QStringLiteral("Hi {customer.first_name}, re: {conversation.subject}"), values, &missing),
             QStringLiteral("Hi {agent.name}, re: {customer.number} {"));
    QVERIFY(missing.isEmpty());
}

void TestMacro::renderListsEachMissingPlaceholderOnce()
{
    QStringList missing;
    const QString out = MacroRenderer::render(QStringLiteral("{card.last4} {agent.name} {card.last4} {today}"),
                                              {{QStringLiteral("agent.name"), QStringLiteral("Liisa")}}, &missing);
    QCOMPARE(out, QStringLiteral("{card.last4} Liisa {card.last4} {today}"));
    QCOMPARE(missing, (QStringList{QStringLiteral("card.last4"), QStringLiteral("today")}));
}

void TestMacro::renderWithoutMissingList()
{
    QCOMPARE(MacroRenderer::render(QStringLiteral("{x} {agent.first_name}"), allValues()), QStringLiteral("{x} Liisa"));
}

void TestMacro::shippedCatalogue()
{
    QString error = QStringLiteral("not cleared");
    const QList<Macro> macros = MacroCatalog::load(QString(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(macros.size() >= 20);

    const QRegularExpression placeholder(QStringLiteral("\\{([a-z0-9_.]+)\\}"));
    const QRegularExpression longDigits(QStringLiteral("\\d[\\d \\-]{11,}\\d"));
    QSet<QString> ids;
    for (const Macro &macro : macros) {
        QVERIFY(!ids.contains(macro.id));
        ids.insert(macro.id);
        QVERIFY2(!macro.topics.isEmpty(), qPrintable(macro.id));
        for (const QString &language : Languages) {
            const QByteArray where = (macro.id + QLatin1Char('/') + language).toUtf8();
            // Every language has its own text, not the English fallback.
            QVERIFY2(macro.titles.contains(language), where.constData());
            QVERIFY2(macro.bodies.contains(language), where.constData());
            if (language != QLatin1String("en"))
                QVERIFY2(macro.bodies.value(language) != macro.bodies.value(QStringLiteral("en")), where.constData());
            const QString body = macro.body(language);
            QVERIFY2(body.size() > 80, where.constData());
            QVERIFY2(!CardNumber::containsCardNumber(body), where.constData());
            QVERIFY2(!longDigits.match(body).hasMatch(), where.constData());
            // No internal jargon or unfilled template syntax.
            QVERIFY2(!body.contains(QLatin1String("TODO")) && !body.contains(QLatin1String("XXX"))
                             && !body.contains(QLatin1String("{{")) && !body.contains(QLatin1String("[")),
                     where.constData());
            auto it = placeholder.globalMatch(body);
            while (it.hasNext()) {
                const QString name = it.next().captured(1);
                QVERIFY2(KnownPlaceholders.contains(name), qPrintable(QString::fromUtf8(where) + QLatin1Char(' ') + name));
            }
            // Every reply is signed by the agent.
            QVERIFY2(body.contains(QLatin1String("{agent.name}")) || body.contains(QLatin1String("{agent.first_name}")),
                     where.constData());
        }
    }
    QVERIFY(ids.contains(QStringLiteral("card_locked_confirmation")));
    QVERIFY(ids.contains(QStringLiteral("phishing_warning")));
}

void TestMacro::shippedBodiesRenderCompletely()
{
    QString error;
    const QList<Macro> macros = MacroCatalog::load(QString(), &error);
    QVERIFY(!macros.isEmpty());
    for (const Macro &macro : macros) {
        for (const QString &language : Languages) {
            QStringList missing;
            const QString out = MacroRenderer::render(macro.body(language), allValues(), &missing);
            QVERIFY2(missing.isEmpty(), qPrintable(macro.id + QLatin1Char(' ') + missing.join(QLatin1Char(','))));
            QVERIFY2(!out.contains(QLatin1Char('{')), qPrintable(macro.id));
            QVERIFY(out.contains(QLatin1String("Liisa")));
        }
    }
    // The phishing warning says plainly what we never ask for, in every language.
    const auto phishing = std::find_if(macros.cbegin(), macros.cend(), [](const Macro &m) {
        return m.id == QLatin1String("phishing_warning");
    });
    QVERIFY(phishing != macros.cend());
    QVERIFY(phishing->body(QStringLiteral("en")).contains(QLatin1String("never ask for your card number")));
    QVERIFY(phishing->body(QStringLiteral("fi")).contains(QString::fromUtf8("Emme koskaan kysy")));
    QVERIFY(phishing->body(QStringLiteral("sv")).contains(QString::fromUtf8("Vi frågar aldrig")));
    QVERIFY(phishing->body(QStringLiteral("nb")).contains(QString::fromUtf8("Vi spør aldri")));
}

void TestMacro::shippedMacrosCoverEveryCustomerTopic()
{
    QString error;
    const QList<Macro> macros = MacroCatalog::load(QString(), &error);
    QSet<QString> covered;
    QSet<QString> shortcuts;
    for (const Macro &macro : macros) {
        for (const QString &topic : macro.topics) {
            bool ok = false;
            ConversationNames::topicFromName(topic, &ok);
            QVERIFY2(ok, qPrintable(macro.id + QLatin1Char(' ') + topic));
            covered.insert(topic);
        }
        QVERIFY2(!macro.shortcut.isEmpty(), qPrintable(macro.id));
        QVERIFY(!shortcuts.contains(macro.shortcut));
        shortcuts.insert(macro.shortcut);
    }
    const QList<Topic> topics = ConversationNames::allTopics();
    for (Topic topic : topics)
        QVERIFY2(covered.contains(ConversationNames::topicName(topic)), qPrintable(ConversationNames::topicName(topic)));
}

void TestMacro::loadErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addRow("not json") << QByteArray("macros: []");
    QTest::addRow("no macros list") << QByteArray(R"({"version": 1})");
    QTest::addRow("entry not an object") << QByteArray(R"({"macros": [42]})");
    QTest::addRow("missing id") << QByteArray(R"({"macros": [{"titles": {"en": "T"}, "bodies": {"en": "B"}}]})");
    QTest::addRow("duplicate id")
            << QByteArray(R"({"macros": [{"id": "a", "titles": {"en": "T"}, "bodies": {"en": "B"}},
                                         {"id": "a", "titles": {"en": "T"}, "bodies": {"en": "B"}}]})");
    QTest::addRow("no english body") << QByteArray(R"({"macros": [{"id": "a", "titles": {"en": "T"}, "bodies": {"fi": "B"}}]})");
    QTest::addRow("body not a string")
            << QByteArray(R"({"macros": [{"id": "a", "titles": {"en": "T"}, "bodies": {"en": ["B"]}}]})");
    QTest::addRow("topics not a list")
            << QByteArray(R"({"macros": [{"id": "a", "titles": {"en": "T"}, "bodies": {"en": "B"}, "topics": "pin"}]})");
    QTest::addRow("duplicate shortcut")
            << QByteArray(R"({"macros": [{"id": "a", "shortcut": "x", "titles": {"en": "T"}, "bodies": {"en": "B"}},
                                         {"id": "b", "shortcut": "x", "titles": {"en": "T"}, "bodies": {"en": "B"}}]})");
}

void TestMacro::loadErrors()
{
    QFETCH(QByteArray, json);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString error;
    const QList<Macro> macros = MacroCatalog::load(writeFile(dir, json), &error);
    QVERIFY(macros.isEmpty());
    QVERIFY(!error.isEmpty());

    error.clear();
    QVERIFY(MacroCatalog::load(dir.filePath(QStringLiteral("does-not-exist.json")), &error).isEmpty());
    QVERIFY(!error.isEmpty());
}

void TestMacro::loadFromFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QByteArray json = R"({"macros": [
        {"id": "greet", "shortcut": "hi", "topics": ["other"],
         "titles": {"en": "Greeting", "sv": "Hälsning"},
         "bodies": {"en": "Hello {customer.first_name}", "sv": "Hej {customer.first_name}", "fi": ""}}
    ]})";
    QString error = QStringLiteral("not cleared");
    const QList<Macro> macros = MacroCatalog::load(writeFile(dir, json), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(macros.size(), 1);
    const Macro &macro = macros.constFirst();
    QCOMPARE(macro.id, QStringLiteral("greet"));
    QCOMPARE(macro.shortcut, QStringLiteral("hi"));
    QCOMPARE(macro.topics, QStringList{QStringLiteral("other")});
    QCOMPARE(macro.title(QStringLiteral("sv")), QString::fromUtf8("Hälsning"));
    QCOMPARE(macro.body(QStringLiteral("sv")), QStringLiteral("Hej {customer.first_name}"));
    // An empty Finnish body falls back to English rather than sending nothing.
    QCOMPARE(macro.body(QStringLiteral("fi")), QStringLiteral("Hello {customer.first_name}"));
}

void TestMacro::benchmarkRender()
{
    QString error;
    const QList<Macro> macros = MacroCatalog::load(QString(), &error);
    QVERIFY(!macros.isEmpty());
    const QString body = macros.constFirst().body(QStringLiteral("fi"));
    const QHash<QString, QString> values = allValues();
    QString out;
    QBENCHMARK {
        out = MacroRenderer::render(body, values);
    }
    QVERIFY(out.contains(QLatin1String("2345")));
}

QTEST_GUILESS_MAIN(TestMacro)
#include "tst_macro.moc"
