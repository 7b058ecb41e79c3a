#pragma once

#include <QString>

/// @short What the report says about the machine and the process.
namespace SystemInfo {

QString cpuModel();           ///< "model name" from /proc/cpuinfo
int cpuCount();               ///< logical processors, as nproc counts them
qint64 memoryTotalKb();       ///< MemTotal from /proc/meminfo
QString operatingSystem();    ///< pretty product name and kernel

/// A field of /proc/self/status in kB ("VmRSS", "VmHWM"); -1 if unknown.
qint64 selfStatusKb(const char *field);

/// The 1-minute load average from /proc/loadavg; -1 if unknown.
double loadAverage();

/// The SQLite library behind Qt's QSQLITE driver.
QString sqliteVersion();

/// "12.3 MB", "1.42 GB" (decimal units, as ls -h --si).
QString formatBytes(qint64 bytes);

} // namespace SystemInfo
