#pragma once

/// @short The two SQL dialects carddesk-server runs on.
///
/// PostgreSQL (QPSQL) is the production default: several stateless server
/// instances share it. SQLite (QSQLITE) serves a single desk.
enum class SqlDialect {
    PostgreSql,
    Sqlite
};
