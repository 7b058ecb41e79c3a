#include "systeminfo.h"

#include <QFile>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSysInfo>
#include <QThread>

namespace {

/// The value after "key:" on the first line of @p path that starts with @p key.
QString procField(const QString &path, const QByteArray &key)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return QString();
    // Files in /proc report size 0, so read to the end rather than testing atEnd().
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (!line.startsWith(key))
            continue;
        const qsizetype colon = line.indexOf(':');
        if (colon < 0)
            continue;
        const QByteArray name = line.left(colon).trimmed();
        if (name != key)
            continue;
        return QString::fromUtf8(line.mid(colon + 1).trimmed());
    }
    return QString();
}

qint64 kbValue(const QString &value)
{
    // "123456 kB"
    bool ok = false;
    const qint64 kb = value.section(QLatin1Char(' '), 0, 0).toLongLong(&ok);
    return ok ? kb : -1;
}

} // namespace

namespace SystemInfo {

QString cpuModel()
{
    const QString model = procField(QStringLiteral("/proc/cpuinfo"), QByteArrayLiteral("model name"));
    return model.isEmpty() ? QSysInfo::currentCpuArchitecture() : model;
}

int cpuCount()
{
    // Honours the CPU affinity mask on Linux, as nproc does.
    return QThread::idealThreadCount();
}

qint64 memoryTotalKb()
{
    return kbValue(procField(QStringLiteral("/proc/meminfo"), QByteArrayLiteral("MemTotal")));
}

QString operatingSystem()
{
    return QSysInfo::prettyProductName() + QStringLiteral(", kernel ") + QSysInfo::kernelVersion();
}

qint64 selfStatusKb(const char *field)
{
    return kbValue(procField(QStringLiteral("/proc/self/status"), QByteArray(field)));
}

double loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return -1;
    bool ok = false;
    const double load = file.readAll().split(' ').value(0).toDouble(&ok);
    return ok ? load : -1;
}

QString sqliteVersion()
{
    const QString connectionName = QStringLiteral("carddesk-bench-version");
    QString version;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        db.setDatabaseName(QStringLiteral(":memory:"));
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("SELECT sqlite_version()")) && query.next())
                version = query.value(0).toString();
        }
    }
    QSqlDatabase::removeDatabase(connectionName);
    return version.isEmpty() ? QStringLiteral("unknown") : version;
}

QString formatBytes(qint64 bytes)
{
    if (bytes < 0)
        return QStringLiteral("unknown");
    if (bytes >= 1000LL * 1000 * 1000)
        return QString::number(double(bytes) / 1e9, 'f', 2) + QStringLiteral(" GB");
    if (bytes >= 1000LL * 1000)
        return QString::number(double(bytes) / 1e6, 'f', 1) + QStringLiteral(" MB");
    return QString::number(double(bytes) / 1e3, 'f', 1) + QStringLiteral(" kB");
}

} // namespace SystemInfo
