#pragma once

#include <QList>
#include <QString>

/// @short Latency samples with the text that produced each, and nearest-rank percentiles.
class LatencySamples
{
public:
    struct Sample
    {
        qint64 nanoseconds = 0;
        QString label;
    };

    void add(qint64 nanoseconds, const QString &label);
    void append(const LatencySamples &other);

    int count() const;
    bool isEmpty() const;

    /// Nearest-rank percentile in milliseconds (@p fraction 0.5, 0.95, 0.99); 0 when empty.
    double percentileMs(double fraction) const;
    double maxMs() const;
    double meanMs() const;

    /// The @p n slowest samples, slowest first.
    QList<Sample> slowest(int n) const;

    /// Samples whose label is one of @p labels.
    LatencySamples filtered(const QStringList &labels) const;

private:
    QList<qint64> sorted() const;

    QList<Sample> m_samples;
};
