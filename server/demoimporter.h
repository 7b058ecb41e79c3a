#pragma once

#include "sqldialect.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

#include <functional>

/// @short Copies a console demo database into the server's: customers, accounts, cards, transactions, the
/// inbox (conversations, topics, messages, attachments), fraud alerts and their evidence links, agents.
///
/// The source is a SQLite file made by `carddesk --seed-demo N --data-dir
/// DIR` (DemoDataGenerator), opened read-only. Rows travel in batches of a
/// few thousand as one JSON array per statement (PostgreSQL
/// json_populate_recordset, SQLite json_each), each batch in its own
/// transaction, so a million customers take minutes, not hours. The
/// console's search documents are kept as they are; card expiry months
/// become the month's last day. Conversations, messages, attachments and
/// alerts keep their ids; satisfaction surveys and their answers follow their
/// conversations (one survey per conversation, as the server keeps them).
/// Attachment bytes come from the console's attachment folder beside the file
/// (<dir>/attachments, content-addressed by SHA-256) when it is there, each
/// file once and only when its bytes still match its hash.
/// The demo agents are created (or updated) with @p demoPassword, hashed
/// with Argon2id; each works the queues of the conversations assigned to
/// them (every queue when none is). The target must hold no customers yet.
class DemoImporter
{
public:
    struct Counts
    {
        qint64 customers = 0;
        qint64 benefits = 0;
        qint64 accounts = 0;
        qint64 cards = 0;
        qint64 transactions = 0;
        qint64 conversations = 0;
        qint64 conversationTopics = 0;
        qint64 messages = 0;
        qint64 attachments = 0;        ///< metadata rows
        qint64 attachmentBytes = 0;    ///< distinct files copied from the console's attachment folder
        qint64 alerts = 0;             ///< fraud alerts (none from a console file older than its migration 13)
        qint64 alertTransactions = 0;  ///< their evidence links
        qint64 workflows = 0;          ///< card workflows (none from a console file older than its migration 12)
        qint64 disputes = 0;
        qint64 cardEvents = 0;         ///< the cards' history: locks, unlocks, closures (console migration 8)
        qint64 cardOrders = 0;         ///< replacement cards and PIN letters ordered (console migration 10)
        qint64 surveys = 0;            ///< satisfaction surveys (none from a console file older than its migration 18)
        qint64 surveyAnswers = 0;
        int agents = 0;
    };

    using Progress = std::function<void(const QString &table, qint64 done)>;

    DemoImporter(QSqlDatabase target, SqlDialect dialect);

    bool run(const QString &sqlitePath, const QByteArray &demoPassword, Counts *counts, const Progress &progress,
             QString *error);

private:
    struct Table;
    bool copyTable(QSqlDatabase source, const Table &table, qint64 *count, const Progress &progress, QString *error);
    /// PostgreSQL: drops the inbox tables' secondary indexes for the load; *rebuild gets their definitions.
    bool dropInboxIndexes(QStringList *rebuild, QString *error);
    bool importAttachmentBytes(QSqlDatabase source, const QString &root, qint64 *count, const Progress &progress,
                               QString *error);
    bool importAgents(QSqlDatabase source, const QByteArray &demoPassword, int *count, QString *error);
    /// The console's card workflows and their disputes, ids kept (after the cards, transactions and inbox).
    bool importWorkflows(QSqlDatabase source, Counts *counts, const Progress &progress, QString *error);
    /// The cards' history (card_events, card_orders), ids kept, when the file has it.
    bool importCardHistory(QSqlDatabase source, Counts *counts, const Progress &progress, QString *error);
    /// The console's satisfaction surveys and answers (its migration 18), when the file has them.
    bool importSatisfaction(QSqlDatabase source, Counts *counts, const Progress &progress, QString *error);

    QSqlDatabase m_target;
    SqlDialect m_dialect;
};
