#include "intentclassifier.h"

#include "searchtext.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QList>

#include <algorithm>
#include <cmath>
#include <vector>

namespace {

/// Laplace (add-one) smoothing: a feature never seen with a topic keeps a
/// small probability instead of vetoing it. (Smaller pseudo-counts, 0.1 and
/// 0.3, scored within one held-out message of it.)
constexpr double Alpha = 1.0;
/// Longer texts add nothing to the intent but cost time; hostile input is cut.
constexpr qsizetype MaxInputLength = 4000;
constexpr int MinGram = 3;
constexpr int MaxGram = 5;

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber();
}

bool isAllDigits(QStringView word)
{
    return std::all_of(word.begin(), word.end(), [](QChar c) { return c.isDigit(); });
}

/// The distinct features of @p text, in order of first appearance (so that
/// floating-point sums run in the same order every time).
QStringList extractFeatures(const QString &text)
{
    const QString folded = SearchText::fold(SearchText::sanitizeInput(text, MaxInputLength));

    QStringList words;
    qsizetype start = -1;
    for (qsizetype i = 0; i <= folded.size(); ++i) {
        const bool inWord = i < folded.size() && isWordChar(folded.at(i));
        if (inWord && start < 0) {
            start = i;
        } else if (!inWord && start >= 0) {
            const QStringView word = QStringView(folded).mid(start, i - start);
            // Digits say little about the intent, and a masked card number
            // must not become a feature: every number is one token.
            words.append(isAllDigits(word) ? QStringLiteral("#") : word.toString());
            start = -1;
        }
    }

    QStringList features;
    QHash<QString, bool> seen;
    const auto add = [&features, &seen](QString feature) {
        if (!seen.contains(feature)) {
            seen.insert(feature, true);
            features.append(std::move(feature));
        }
    };
    for (qsizetype w = 0; w < words.size(); ++w) {
        const QString &word = words.at(w);
        add(QStringLiteral("w:") + word);
        if (w + 1 < words.size())
            add(QStringLiteral("b:") + word + QLatin1Char(' ') + words.at(w + 1));
        if (word == QLatin1String("#"))
            continue;
        // Character n-grams of the word with boundary marks: "<kortti>"
        // shares "<kor", "ort", "rtt" with "korttini" and "kortin".
        const QString padded = QLatin1Char('<') + word + QLatin1Char('>');
        for (int n = MinGram; n <= MaxGram; ++n) {
            for (qsizetype i = 0; i + n <= padded.size(); ++i)
                add(QStringLiteral("c:") + padded.mid(i, n));
        }
    }
    return features;
}

} // namespace

struct IntentClassifier::Model
{
    QList<Topic> topics;                // the labels, in enum order
    std::vector<double> logPrior;       // per topic
    QHash<QString, qint32> featureIndex;
    std::vector<double> logLikelihood;  // feature * topics.size() + topic
};

IntentClassifier::IntentClassifier() = default;
IntentClassifier::~IntentClassifier() = default;
IntentClassifier::IntentClassifier(IntentClassifier &&) noexcept = default;
IntentClassifier &IntentClassifier::operator=(IntentClassifier &&) noexcept = default;

QList<IntentClassifier::Example> IntentClassifier::parseTsv(const QByteArray &tsv, QString *error)
{
    QList<Example> examples;
    const QString text = QString::fromUtf8(tsv);
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype n = 0; n < lines.size(); ++n) {
        QString line = lines.at(n);
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (line.trimmed().isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const qsizetype firstTab = line.indexOf(QLatin1Char('\t'));
        const qsizetype secondTab = firstTab < 0 ? -1 : line.indexOf(QLatin1Char('\t'), firstTab + 1);
        const auto fail = [error, n](const QString &message) {
            if (error)
                *error = QCoreApplication::translate("IntentClassifier", "Line %1: %2").arg(n + 1).arg(message);
            return QList<Example>();
        };
        if (secondTab < 0)
            return fail(QCoreApplication::translate("IntentClassifier",
                                                    "expected language, topic and text separated by tabs"));
        Example example;
        example.language = line.left(firstTab).trimmed();
        const QString topic = line.mid(firstTab + 1, secondTab - firstTab - 1).trimmed();
        example.text = line.mid(secondTab + 1).trimmed();
        bool ok = false;
        example.topic = ConversationNames::topicFromName(topic, &ok);
        if (!ok)
            return fail(QCoreApplication::translate("IntentClassifier", "unknown topic \"%1\"").arg(topic));
        if (example.language.isEmpty() || example.text.isEmpty())
            return fail(QCoreApplication::translate("IntentClassifier", "empty language or text"));
        examples.append(example);
    }
    if (error)
        error->clear();
    return examples;
}

void IntentClassifier::train(const QList<Example> &examples)
{
    auto model = std::make_unique<Model>();
    model->topics = ConversationNames::allTopics();
    const qsizetype topicCount = model->topics.size();
    QHash<int, qsizetype> topicSlot;
    for (qsizetype t = 0; t < topicCount; ++t)
        topicSlot.insert(int(model->topics.at(t)), t);

    std::vector<double> documents(size_t(topicCount), 0.0);
    std::vector<double> totals(size_t(topicCount), 0.0);
    std::vector<double> counts;   // feature * topicCount + topic
    qsizetype used = 0;
    for (const Example &example : examples) {
        const auto slot = topicSlot.constFind(int(example.topic));
        if (slot == topicSlot.constEnd())
            continue;
        const QStringList features = extractFeatures(example.text);
        if (features.isEmpty())
            continue;
        ++used;
        documents[size_t(*slot)] += 1.0;
        for (const QString &feature : features) {
            auto it = model->featureIndex.constFind(feature);
            if (it == model->featureIndex.constEnd()) {
                it = model->featureIndex.insert(feature, qint32(model->featureIndex.size()));
                counts.resize(counts.size() + size_t(topicCount), 0.0);
            }
            counts[size_t(*it) * size_t(topicCount) + size_t(*slot)] += 1.0;
            totals[size_t(*slot)] += 1.0;
        }
    }
    if (used == 0) {
        m_model.reset();
        return;
    }

    const double vocabulary = double(model->featureIndex.size());
    model->logPrior.resize(size_t(topicCount));
    for (qsizetype t = 0; t < topicCount; ++t)
        model->logPrior[size_t(t)] = std::log((documents[size_t(t)] + 1.0) / (double(used) + double(topicCount)));

    model->logLikelihood.resize(counts.size());
    for (size_t f = 0; f < size_t(model->featureIndex.size()); ++f) {
        for (size_t t = 0; t < size_t(topicCount); ++t) {
            const size_t i = f * size_t(topicCount) + t;
            model->logLikelihood[i] = std::log((counts[i] + Alpha) / (totals[t] + Alpha * vocabulary));
        }
    }
    m_model = std::move(model);
}

bool IntentClassifier::isTrained() const
{
    return m_model != nullptr;
}

IntentClassifier::Prediction IntentClassifier::classify(const QString &text) const
{
    Prediction prediction;
    if (!m_model)
        return prediction;

    const size_t topicCount = size_t(m_model->topics.size());
    std::vector<double> scores = m_model->logPrior;
    int known = 0;
    const QStringList features = extractFeatures(text);
    for (const QString &feature : features) {
        const auto it = m_model->featureIndex.constFind(feature);
        if (it == m_model->featureIndex.constEnd())
            continue;   // never seen in training: no evidence either way
        ++known;
        const double *row = m_model->logLikelihood.data() + size_t(*it) * topicCount;
        for (size_t t = 0; t < topicCount; ++t)
            scores[t] += row[t];
    }
    if (known == 0)
        return prediction;   // nothing we recognise: Other, with no confidence

    // Posterior by softmax in log space.
    const double best = *std::max_element(scores.begin(), scores.end());
    double sum = 0.0;
    for (double &score : scores) {
        score = std::exp(score - best);
        sum += score;
    }
    for (size_t t = 0; t < topicCount; ++t)
        prediction.ranked.append(qMakePair(m_model->topics.at(qsizetype(t)), scores[t] / sum));
    std::stable_sort(prediction.ranked.begin(), prediction.ranked.end(),
                     [](const QPair<Topic, double> &a, const QPair<Topic, double> &b) { return a.second > b.second; });
    prediction.topic = prediction.ranked.constFirst().first;
    prediction.confidence = prediction.ranked.constFirst().second;
    return prediction;
}

IntentClassifier IntentClassifier::shipped(QString *error)
{
    IntentClassifier classifier;
    QFile file(QStringLiteral(":/classifier/train.tsv"));
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QCoreApplication::translate("IntentClassifier", "Cannot open the classifier's training data: %1")
                             .arg(file.errorString());
        return classifier;
    }
    QString parseError;
    const QList<Example> examples = parseTsv(file.readAll(), &parseError);
    if (!parseError.isEmpty() || examples.isEmpty()) {
        if (error)
            *error = parseError.isEmpty()
                    ? QCoreApplication::translate("IntentClassifier", "The classifier's training data is empty.")
                    : parseError;
        return classifier;
    }
    classifier.train(examples);
    if (error)
        error->clear();
    return classifier;
}
