#include "domain/cardnumber.h"
#include "domain/conversation.h"
#include "domain/intentclassifier.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QMap>
#include <QTest>

#include <algorithm>

namespace {

QList<IntentClassifier::Example> loadExamples(const QString &resource)
{
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QString error;
    QList<IntentClassifier::Example> examples = IntentClassifier::parseTsv(file.readAll(), &error);
    if (!error.isEmpty())
        qWarning("%s: %s", qPrintable(resource), qPrintable(error));
    return examples;
}

QString name(Topic topic)
{
    return ConversationNames::topicName(topic);
}

} // namespace

namespace QTest {
template<>
char *toString(const Topic &topic)
{
    return qstrdup(qPrintable(ConversationNames::topicName(topic)));
}
} // namespace QTest

class TestIntentClassifier : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void parseTsv();
    void parseTsvRejectsBadLines_data();
    void parseTsvRejectsBadLines();
    void datasetsAreDisjointAndCoverEveryTopic();
    void heldOutAccuracyBeatsMajorityBaseline();
    void untrainedPredictsOtherWithNoConfidence();
    void emptyAndUnknownTextHasNoConfidence_data();
    void emptyAndUnknownTextHasNoConfidence();
    void hostileInputIsHandled();
    void rankingIsAProbabilityDistribution();
    void inflectedFinnishFormsShareEvidence();
    void deterministic();
    void moveKeepsTheModel();
    void trainingWithNothingLeavesItUntrained();
    void benchmarkClassify();

private:
    QList<IntentClassifier::Example> m_train;
    QList<IntentClassifier::Example> m_test;
    IntentClassifier m_classifier;
};

void TestIntentClassifier::initTestCase()
{
    m_train = loadExamples(QStringLiteral(":/classifier/train.tsv"));
    m_test = loadExamples(QStringLiteral(":/classifier/test.tsv"));
    QVERIFY2(m_train.size() >= 600, "the shipped training set is too small");
    QVERIFY2(m_test.size() >= 200, "the held-out set is too small");

    QString error = QStringLiteral("not cleared");
    m_classifier = IntentClassifier::shipped(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(m_classifier.isTrained());
}

void TestIntentClassifier::parseTsv()
{
    const QByteArray tsv = "# comment line\n"
                           "fi\tpin\tUnohdin PIN-koodini\r\n"
                           "\n"
                           "sv\tphishing\tMisstänkt sms\tmed tabb i texten\n"
                           "en\tother\t  Thanks!  \n";
    QString error = QStringLiteral("not cleared");
    const QList<IntentClassifier::Example> examples = IntentClassifier::parseTsv(tsv, &error);
    QVERIFY(error.isEmpty());
    QCOMPARE(examples.size(), 3);
    QCOMPARE(examples.at(0).language, QStringLiteral("fi"));
    QCOMPARE(examples.at(0).topic, Topic::Pin);
    QCOMPARE(examples.at(0).text, QStringLiteral("Unohdin PIN-koodini"));
    QCOMPARE(examples.at(1).topic, Topic::Phishing);
    QCOMPARE(examples.at(1).text, QStringLiteral("Misstänkt sms\tmed tabb i texten"));
    QCOMPARE(examples.at(2).topic, Topic::Other);
    QCOMPARE(examples.at(2).text, QStringLiteral("Thanks!"));
}

void TestIntentClassifier::parseTsvRejectsBadLines_data()
{
    QTest::addColumn<QByteArray>("tsv");
    QTest::addColumn<QString>("lineMarker");
    QTest::addRow("unknown topic") << QByteArray("fi\tpin\tok\nfi\tweather\tsataa\n") << QStringLiteral("2");
    QTest::addRow("missing text column") << QByteArray("en\tpin\n") << QStringLiteral("1");
    QTest::addRow("spaces instead of tabs") << QByteArray("en pin forgot my pin\n") << QStringLiteral("1");
    QTest::addRow("empty text") << QByteArray("en\tpin\t   \n") << QStringLiteral("1");
}

void TestIntentClassifier::parseTsvRejectsBadLines()
{
    QFETCH(QByteArray, tsv);
    QFETCH(QString, lineMarker);
    QString error;
    const QList<IntentClassifier::Example> examples = IntentClassifier::parseTsv(tsv, &error);
    QVERIFY(examples.isEmpty());
    QVERIFY(!error.isEmpty());
    QVERIFY2(error.contains(lineMarker), qPrintable(error));
}

void TestIntentClassifier::datasetsAreDisjointAndCoverEveryTopic()
{
    QHash<QString, bool> trainTexts;
    QMap<int, int> trainPerTopic;
    QMap<int, int> testPerTopic;
    for (const IntentClassifier::Example &example : std::as_const(m_train)) {
        trainTexts.insert(example.text.toCaseFolded(), true);
        ++trainPerTopic[int(example.topic)];
        QVERIFY2(!CardNumber::containsCardNumber(example.text), qPrintable(example.text));
    }
    for (const IntentClassifier::Example &example : std::as_const(m_test)) {
        QVERIFY2(!trainTexts.contains(example.text.toCaseFolded()),
                 qPrintable(QStringLiteral("held-out line also in training: ") + example.text));
        ++testPerTopic[int(example.topic)];
    }
    const QList<Topic> topics = ConversationNames::allTopics();
    for (Topic topic : topics) {
        QVERIFY2(trainPerTopic.value(int(topic)) >= 55, qPrintable(name(topic)));
        QVERIFY2(testPerTopic.value(int(topic)) >= 18, qPrintable(name(topic)));
    }
}

void TestIntentClassifier::heldOutAccuracyBeatsMajorityBaseline()
{
    const QList<Topic> topics = ConversationNames::allTopics();
    QMap<int, int> truePositive;
    QMap<int, int> predictedCount;
    QMap<int, int> actualCount;
    QMap<QString, QPair<int, int>> perLanguage;   // correct, total
    int correct = 0;

    // The majority baseline guesses the topic most common in training.
    QMap<int, int> trainCount;
    for (const IntentClassifier::Example &example : std::as_const(m_train))
        ++trainCount[int(example.topic)];
    const int majority = std::max_element(trainCount.begin(), trainCount.end()).key();
    int baselineCorrect = 0;

    for (const IntentClassifier::Example &example : std::as_const(m_test)) {
        const IntentClassifier::Prediction prediction = m_classifier.classify(example.text);
        const bool ok = prediction.topic == example.topic;
        correct += ok;
        baselineCorrect += int(example.topic) == majority;
        ++actualCount[int(example.topic)];
        ++predictedCount[int(prediction.topic)];
        if (ok)
            ++truePositive[int(example.topic)];
        QPair<int, int> &language = perLanguage[example.language];
        language.first += ok;
        ++language.second;
        if (!ok)
            qDebug("miss [%s] %s -> %s (%.2f)", qPrintable(name(example.topic)), qPrintable(example.text),
                   qPrintable(name(prediction.topic)), prediction.confidence);
    }

    double f1Sum = 0;
    for (Topic topic : topics) {
        const int tp = truePositive.value(int(topic));
        const double precision = predictedCount.value(int(topic)) ? double(tp) / predictedCount.value(int(topic)) : 0;
        const double recall = actualCount.value(int(topic)) ? double(tp) / actualCount.value(int(topic)) : 0;
        const double f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0;
        f1Sum += f1;
        qInfo("  %-24s precision %.2f recall %.2f F1 %.2f", qPrintable(name(topic)), precision, recall, f1);
    }
    const double accuracy = double(correct) / m_test.size();
    const double baseline = double(baselineCorrect) / m_test.size();
    const double macroF1 = f1Sum / topics.size();
    for (auto it = perLanguage.cbegin(); it != perLanguage.cend(); ++it)
        qInfo("  accuracy %s: %.3f (%d/%d)", qPrintable(it.key()), double(it.value().first) / it.value().second,
              it.value().first, it.value().second);
    qInfo("held-out accuracy %.3f (%d/%lld), macro-F1 %.3f, majority baseline (%s) %.3f", accuracy, correct,
          qlonglong(m_test.size()), macroF1, qPrintable(name(Topic(majority))), baseline);

    QVERIFY2(accuracy >= 0.75, qPrintable(QString::number(accuracy)));
    QVERIFY2(accuracy >= baseline + 0.5, qPrintable(QString::number(accuracy - baseline)));
    QVERIFY2(macroF1 >= 0.7, qPrintable(QString::number(macroF1)));
    for (auto it = perLanguage.cbegin(); it != perLanguage.cend(); ++it) {
        const double languageAccuracy = double(it.value().first) / it.value().second;
        QVERIFY2(languageAccuracy >= 0.6, qPrintable(it.key()));
    }
}

void TestIntentClassifier::untrainedPredictsOtherWithNoConfidence()
{
    const IntentClassifier untrained;
    QVERIFY(!untrained.isTrained());
    const IntentClassifier::Prediction prediction = untrained.classify(QStringLiteral("I lost my card"));
    QCOMPARE(prediction.topic, Topic::Other);
    QCOMPARE(prediction.confidence, 0.0);
    QVERIFY(prediction.ranked.isEmpty());
}

void TestIntentClassifier::emptyAndUnknownTextHasNoConfidence_data()
{
    QTest::addColumn<QString>("text");
    QTest::addRow("empty") << QString();
    QTest::addRow("white space") << QStringLiteral(" \t\n  ");
    QTest::addRow("punctuation") << QStringLiteral("?!... ,,, ---");
    QTest::addRow("emoji only") << QString::fromUtf8("\xF0\x9F\x98\x80\xF0\x9F\x98\xA1");
    QTest::addRow("unseen script") << QString::fromUtf8("東京都庁舎");
}

void TestIntentClassifier::emptyAndUnknownTextHasNoConfidence()
{
    QFETCH(QString, text);
    const IntentClassifier::Prediction prediction = m_classifier.classify(text);
    QCOMPARE(prediction.topic, Topic::Other);
    QCOMPARE(prediction.confidence, 0.0);
}

void TestIntentClassifier::hostileInputIsHandled()
{
    // A huge single-line body, unpaired surrogates, NULs and control
    // characters: a prediction comes back quickly and sanely.
    QString huge = QStringLiteral("kortti varastettiin ");
    huge += QString(2'000'000, QLatin1Char('A'));
    QElapsedTimer timer;
    timer.start();
    const IntentClassifier::Prediction hugePrediction = m_classifier.classify(huge);
    QVERIFY2(timer.elapsed() < 20000, "a huge input must be cut, not processed whole");   // catches a hang, not speed
    QCOMPARE(hugePrediction.topic, Topic::LostStolenCard);

    QString hostile = QStringLiteral("unohdin pin");
    hostile += QChar(0xD800);   // unpaired high surrogate
    hostile += QChar(u'\0');
    hostile += QChar(0xDC00);   // unpaired low surrogate
    hostile += QStringLiteral("\x1b[31m<script>alert(1)</script>{customer.name}%s%n");
    const IntentClassifier::Prediction prediction = m_classifier.classify(hostile);
    QVERIFY(prediction.confidence >= 0.0 && prediction.confidence <= 1.0);
    QCOMPARE(prediction.topic, Topic::Pin);

    // A masked card number is one anonymous token, not evidence of anything.
    const IntentClassifier::Prediction masked =
            m_classifier.classify(QStringLiteral("5413 33** **** 2345 lompakko varastettiin"));
    QCOMPARE(masked.topic, Topic::LostStolenCard);
}

void TestIntentClassifier::rankingIsAProbabilityDistribution()
{
    const IntentClassifier::Prediction prediction =
            m_classifier.classify(QStringLiteral("Kampanjakoodi ei toiminut verkkokaupassa"));
    QCOMPARE(prediction.topic, Topic::LoyaltyCampaign);
    QCOMPARE(prediction.ranked.size(), ConversationNames::allTopics().size());
    double sum = 0;
    for (qsizetype i = 0; i < prediction.ranked.size(); ++i) {
        sum += prediction.ranked.at(i).second;
        if (i > 0)
            QVERIFY(prediction.ranked.at(i - 1).second >= prediction.ranked.at(i).second);
    }
    QVERIFY(qAbs(sum - 1.0) < 1e-9);
    QCOMPARE(prediction.ranked.constFirst().first, prediction.topic);
    QCOMPARE(prediction.ranked.constFirst().second, prediction.confidence);
    QVERIFY(prediction.confidence > 0.5);
}

void TestIntentClassifier::inflectedFinnishFormsShareEvidence()
{
    // Trained on three sentences; the inflected forms never occur as words,
    // only the character n-grams can connect them.
    IntentClassifier classifier;
    classifier.train({
            {QStringLiteral("fi"), Topic::LostStolenCard, QStringLiteral("kortti varastettiin")},
            {QStringLiteral("fi"), Topic::InvoiceDueDate, QStringLiteral("lasku erääntyy")},
            {QStringLiteral("fi"), Topic::AddressChange, QStringLiteral("osoite muuttui")},
    });
    QCOMPARE(classifier.classify(QStringLiteral("korttini varastettu")).topic, Topic::LostStolenCard);
    QCOMPARE(classifier.classify(QStringLiteral("laskuni eräpäivä")).topic, Topic::InvoiceDueDate);
    QCOMPARE(classifier.classify(QStringLiteral("osoitteeni")).topic, Topic::AddressChange);
    // Case and diacritics are folded before the features are taken.
    QCOMPARE(classifier.classify(QStringLiteral("LASKU ERAANTYY")).topic, Topic::InvoiceDueDate);
}

void TestIntentClassifier::deterministic()
{
    IntentClassifier again;
    again.train(m_train);
    for (qsizetype i = 0; i < m_test.size(); i += 7) {
        const QString &text = m_test.at(i).text;
        const IntentClassifier::Prediction a = m_classifier.classify(text);
        const IntentClassifier::Prediction b = again.classify(text);
        const IntentClassifier::Prediction c = m_classifier.classify(text);
        QCOMPARE(a.topic, b.topic);
        QCOMPARE(a.confidence, b.confidence);
        QCOMPARE(a.confidence, c.confidence);
        QCOMPARE(a.ranked, c.ranked);
    }
}

void TestIntentClassifier::moveKeepsTheModel()
{
    IntentClassifier source;
    source.train(m_train);
    IntentClassifier moved(std::move(source));
    QVERIFY(moved.isTrained());
    QCOMPARE(moved.classify(QStringLiteral("I forgot my PIN")).topic, Topic::Pin);
}

void TestIntentClassifier::trainingWithNothingLeavesItUntrained()
{
    IntentClassifier classifier;
    classifier.train({});
    QVERIFY(!classifier.isTrained());
    classifier.train({{QStringLiteral("en"), Topic::Pin, QStringLiteral("!!!")}});
    QVERIFY(!classifier.isTrained());
    QCOMPARE(classifier.classify(QStringLiteral("pin")).topic, Topic::Other);
}

void TestIntentClassifier::benchmarkClassify()
{
    const QString text = QStringLiteral("Hei, sain tekstiviestin jossa pyydetään vahvistamaan korttitiedot linkistä. "
                                        "Onko tämä teiltä vai huijaus? Kortin numero päättyy 4821.");
    Topic topic = Topic::Other;
    QBENCHMARK {
        topic = m_classifier.classify(text).topic;
    }
    QCOMPARE(topic, Topic::Phishing);
}

QTEST_GUILESS_MAIN(TestIntentClassifier)
#include "tst_intentclassifier.moc"
