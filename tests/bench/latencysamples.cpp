#include "latencysamples.h"

#include <QStringList>

#include <algorithm>
#include <cmath>

void LatencySamples::add(qint64 nanoseconds, const QString &label)
{
    m_samples.append(Sample{nanoseconds, label});
}

void LatencySamples::append(const LatencySamples &other)
{
    m_samples.append(other.m_samples);
}

int LatencySamples::count() const
{
    return int(m_samples.size());
}

bool LatencySamples::isEmpty() const
{
    return m_samples.isEmpty();
}

QList<qint64> LatencySamples::sorted() const
{
    QList<qint64> values;
    values.reserve(m_samples.size());
    for (const Sample &sample : m_samples)
        values.append(sample.nanoseconds);
    std::sort(values.begin(), values.end());
    return values;
}

double LatencySamples::percentileMs(double fraction) const
{
    const QList<qint64> values = sorted();
    if (values.isEmpty())
        return 0.0;
    // Nearest rank: the smallest value with at least fraction * n values at or below it.
    const auto rank = qsizetype(std::ceil(fraction * double(values.size())));
    const qsizetype index = std::clamp<qsizetype>(rank - 1, 0, values.size() - 1);
    return double(values.at(index)) / 1e6;
}

double LatencySamples::maxMs() const
{
    qint64 worst = 0;
    for (const Sample &sample : m_samples)
        worst = std::max(worst, sample.nanoseconds);
    return double(worst) / 1e6;
}

double LatencySamples::meanMs() const
{
    if (m_samples.isEmpty())
        return 0.0;
    double total = 0.0;
    for (const Sample &sample : m_samples)
        total += double(sample.nanoseconds);
    return total / double(m_samples.size()) / 1e6;
}

QList<LatencySamples::Sample> LatencySamples::slowest(int n) const
{
    QList<Sample> samples = m_samples;
    std::stable_sort(samples.begin(), samples.end(),
                     [](const Sample &a, const Sample &b) { return a.nanoseconds > b.nanoseconds; });
    if (samples.size() > n)
        samples.resize(n);
    return samples;
}

LatencySamples LatencySamples::filtered(const QStringList &labels) const
{
    LatencySamples result;
    for (const Sample &sample : m_samples) {
        if (labels.contains(sample.label))
            result.m_samples.append(sample);
    }
    return result;
}
