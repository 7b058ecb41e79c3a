#pragma once

#include "conversation.h"

#include <QList>
#include <QString>

#include <memory>

/// @short Suggests a message's topic: a small local model trained on labelled examples.
///
/// Multinomial naive Bayes over folded word unigrams/bigrams and character
/// n-grams, so that Finnish inflections ("korttini", "kortin") share evidence.
/// Trained from TSV lines "language<TAB>topic<TAB>text" (resources/classifier/).
class IntentClassifier
{
public:
    struct Example
    {
        QString language;
        Topic topic = Topic::Other;
        QString text;
    };

    struct Prediction
    {
        Topic topic = Topic::Other;
        double confidence = 0.0;    ///< posterior of the best topic, 0..1
        QList<QPair<Topic, double>> ranked;
    };

    IntentClassifier();
    ~IntentClassifier();
    IntentClassifier(IntentClassifier &&) noexcept;
    IntentClassifier &operator=(IntentClassifier &&) noexcept;

    static QList<Example> parseTsv(const QByteArray &tsv, QString *error);

    void train(const QList<Example> &examples);
    bool isTrained() const;
    Prediction classify(const QString &text) const;

    /// Trained on the shipped ":/classifier/train.tsv"; empty (untrained) on error.
    static IntentClassifier shipped(QString *error);

private:
    struct Model;
    std::unique_ptr<Model> m_model;
};
