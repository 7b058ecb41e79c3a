#pragma once

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>

/// @short Stepwise schema migrations kept in resources (":/migrations/NNNN_name.sql").
///
/// Each migration runs in its own transaction together with its optional
/// C++ step (for data that SQL alone cannot compute, such as folded search
/// text) and the row in schema_migrations that records it. A database
/// written by a newer CardDesk (a version we do not know) is refused.
class Migrator
{
public:
    struct Migration
    {
        int version = 0;
        QString name;
        QString sql;
    };
    using Step = std::function<bool(QSqlDatabase &db, QString *error)>;

    explicit Migrator(QSqlDatabase db);

    /// Migrations found in @p resourceDir, sorted by version.
    static QList<Migration> available(const QString &resourceDir = QStringLiteral(":/migrations"));

    /// C++ work to run right after migration @p version's SQL, in the same transaction.
    void setStep(int version, Step step);

    /// Version of the newest migration applied; 0 for an empty database.
    int currentVersion(QString *error = nullptr) const;
    int latestVersion() const;

    /// Applies every migration above the current version, up to @p targetVersion
    /// (default: all). Returns false with a message on the first failure; the
    /// failed migration leaves nothing behind.
    bool migrate(QString *error, int targetVersion = -1);

    /// Runs a script of several statements (the C API, since QSqlQuery runs one).
    static bool execScript(QSqlDatabase &db, const QString &sql, QString *error);

private:
    QSqlDatabase m_db;
    QList<Migration> m_migrations;
    QHash<int, Step> m_steps;
};
