#pragma once

#include "sqldialect.h"

#include "domain/alert.h"
#include "domain/customer.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QUuid>

#include <optional>

/// @short Suspicious-transaction alerts (migration 0009): the list, one alert with its evidence, the decision.
///
/// The alert is the console's (app/domain/alert.h, AlertRepository): what the
/// fraud rules found as findings that name their evidence transactions, and
/// the agent's decision, made once. The list is newest first (raised_at, id),
/// paged by an opaque keyset cursor (base64url JSON of the last row's time and id).
class AlertStore
{
public:
    /// What GET /v1/alerts narrows by; unset parts do not narrow.
    struct Filter
    {
        std::optional<Alert::Status> status;
        qint64 conversationId = 0;
        qint64 customerId = 0;
    };

    struct Page
    {
        QList<Alert> alerts;   ///< newest first
        QString next;          ///< opaque cursor; empty when this was the last page
    };

    AlertStore(QSqlDatabase db, SqlDialect dialect);

    /// One page of @p filter's alerts after @p after. nullopt: *error, or
    /// *badCursor when @p after is not a cursor of this list.
    std::optional<Page> list(const Filter &filter, int limit, const QString &after, bool *badCursor, QString *error);

    /// nullopt with an empty *error: no such alert. @p forUpdate locks the
    /// row until the transaction ends (PostgreSQL; SQLite's write transaction
    /// holds the database), so that two decisions of one alert go one after the other.
    std::optional<Alert> alert(qint64 alertId, bool forUpdate, QString *error);

    /// The alert's evidence transactions (those its findings name), oldest
    /// first, each with its card's last four.
    QList<Transaction> evidence(const Alert &alert, QString *error);

    /// The last four digits of @p cardId (empty with an empty *error when there is no such card).
    QString cardLast4(qint64 cardId, QString *error);

    /// Records the decision on an open alert, as AlertRepository::decide does;
    /// false with *conflict when it was no longer open.
    bool decide(qint64 alertId, Alert::Status status, const QString &note, const QString &agent,
                const QDateTime &at, const QUuid &commandId, bool *conflict, QString *error);

    /// The contract's Alert.
    static QJsonObject toJson(const Alert &alert);

private:
    std::optional<QList<Alert>> select(const QString &where, const QVariantList &values, QString *error);

    QSqlDatabase m_db;
    SqlDialect m_dialect;
};
