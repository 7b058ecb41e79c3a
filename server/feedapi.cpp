#include "feedapi.h"

#include "changefeed.h"
#include "dbtransaction.h"
#include "queryparams.h"
#include "requestlog.h"
#include "router.h"
#include "serverauditlog.h"
#include "sqlvalues.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace {

/// Whether @p json, a stored change's data (UTF-8 JSON text), could hold a
/// card number in one of its strings. Deliberately loose, so that it never
/// says no to one (a yes costs only the parse and the masking):
///
/// the masker (CardNumber::findInText) finds 13 to 19 digits grouped by
/// single separators (space, hyphen, dot, or a non-ASCII space or dash),
/// ASCII or not. JSON text carries a string's characters as themselves:
/// PostgreSQL's jsonb and QJsonDocument escape only quotes, backslashes and
/// control characters, none of them a digit or a separator, so a card number
/// in a string is a run of the text made of nothing but ASCII digits,
/// spaces, hyphens, dots and non-ASCII characters. Such a run with 13 or
/// more characters that may be digits (ASCII digits, and every non-ASCII
/// character, which may be a digit of another script) is a yes, whatever
/// surrounds it; so is any backslash-u escape, which can spell a digit.
bool mayHoldCardNumber(QByteArrayView json)
{
    constexpr int MinDigits = 13;   // CardNumber's shortest card number
    int digits = 0;
    const qsizetype size = json.size();
    for (qsizetype i = 0; i < size; ++i) {
        const uchar c = uchar(json[i]);
        if ((c >= '0' && c <= '9') || c >= 0xC0) {   // a digit, or the first byte of a non-ASCII character
            if (++digits >= MinDigits)
                return true;
        } else if (c >= 0x80 || c == ' ' || c == '-' || c == '.') {
            continue;   // the rest of a non-ASCII character, or a separator: the run goes on
        } else if (c == '\\' && i + 1 < size && json[i + 1] == 'u') {
            return true;
        } else {
            digits = 0;
        }
    }
    return false;
}

/// Whether the stored data is an object with something in it (the feed
/// leaves out a change's data when it has none).
bool isFilledObject(QByteArrayView json)
{
    const QByteArrayView text = json.trimmed();
    return text.startsWith('{') && text.sliced(1).trimmed() != QByteArrayView("}");
}

void appendJsonString(QByteArray &out, const QString &text)
{
    out += '"';
    for (const char c : text.toUtf8()) {
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        default:
            if (uchar(c) < 0x20)
                out += QByteArray("\\u00") + QByteArray::number(uchar(c), 16).rightJustified(2, '0');
            else
                out += c;
        }
    }
    out += '"';
}

/// One change of a ChangePage (docs/api/openapi.yaml), as JsonCodec::toJson(Change)
/// writes it. The stored data goes out as the text it was stored as: parsing
/// and writing it again was most of the cost of a page (about 30 us a change,
/// the masking of every string included). No full card number leaves the
/// server all the same: data that could hold one (mayHoldCardNumber) takes
/// the parse and JsonCodec's masking, as every change did before; the changes
/// the server writes itself hold none (free text with one is refused, with
/// 422 card_number_in_text, and the codec masks what it writes), so they
/// rarely do.
void appendChange(QByteArray &out, const ChangeFeed::StoredChange &stored)
{
    const bool hasData = !stored.data.isEmpty() && isFilledObject(stored.data);
    if (hasData && mayHoldCardNumber(stored.data)) {
        JsonCodec::Change change;
        change.seq = stored.seq;
        change.entity = stored.entity;
        change.entityId = stored.entityId;
        change.op = stored.op;
        change.version = stored.version;
        change.data = QJsonDocument::fromJson(stored.data).object();
        change.at = stored.at;
        out += QJsonDocument(JsonCodec::toJson(change)).toJson(QJsonDocument::Compact);
        return;
    }
    out += "{\"at\":";
    appendJsonString(out, JsonCodec::timestamp(stored.at));
    if (hasData) {
        out += ",\"data\":";
        out += stored.data;
    }
    out += ",\"entity\":";
    appendJsonString(out, stored.entity);
    out += ",\"entityId\":";
    out += QByteArray::number(stored.entityId);
    out += ",\"op\":";
    appendJsonString(out, stored.op);
    out += ",\"seq\":";
    out += QByteArray::number(stored.seq);
    if (stored.version) {
        out += ",\"version\":";
        out += QByteArray::number(*stored.version);
    }
    out += '}';
}

/// Feed cursors are the last seq read, as text; audit cursors the seq to continue below.
bool parseSeq(const QString &text, qint64 *seq)
{
    bool ok = false;
    *seq = text.toLongLong(&ok);
    return ok && *seq >= 0;
}

ServerResponse changes(RequestContext &context)
{
    QueryParams params(context.request);
    const QString since = params.cursor(QStringLiteral("since"));
    const int limit = params.limit(500, 1000);
    qint64 sinceSeq = 0;
    if (!since.isEmpty() && !parseSeq(since, &sinceSeq))
        params.addError(QStringLiteral("since"), QStringLiteral("must be the cursor of a previous answer, unchanged"));
    if (params.hasErrors())
        return params.problem();
    ChangeFeed feed(context.db, context.dialect);
    QString error;
    const std::optional<ChangeFeed::Page> page = feed.read(sinceSeq, limit, &error);
    if (!page)
        return context.storageFailure(error);
    // ChangePage, written out (see appendChange).
    qsizetype size = 64;
    for (const ChangeFeed::StoredChange &change : page->changes)
        size += change.data.size() + 160;
    ServerResponse response;
    response.status = 200;
    QByteArray &body = response.body;
    body.reserve(size);
    body += "{\"changes\":[";
    // Satisfaction scores are per agent: only a supervisor's console keeps
    // them (as only supervisors read /v1/supervision/*). The cursor still
    // passes them, so an agent's console never asks for them again.
    const bool scores = context.agent.isSupervisor();
    bool first = true;
    for (const ChangeFeed::StoredChange &change : page->changes) {
        if (!scores && (change.entity == QLatin1String("csat_request") || change.entity == QLatin1String("csat_answer")))
            continue;
        if (!first)
            body += ',';
        first = false;
        appendChange(body, change);
    }
    body += "],\"cursor\":\"";
    body += QByteArray::number(page->cursor);
    body += "\",\"hasMore\":";
    body += page->hasMore ? "true" : "false";
    body += '}';
    return response;
}

ServerResponse audit(RequestContext &context)
{
    QueryParams params(context.request);
    ServerAuditLog::Query query;
    query.agent = params.text(QStringLiteral("agent"), false, 64);
    query.customerId = params.id(QStringLiteral("customerId"));
    query.cardId = params.id(QStringLiteral("cardId"));
    query.action = params.text(QStringLiteral("action"), false, 100);
    static const QRegularExpression actionPattern(QStringLiteral("^[a-z][a-z0-9_.]*$"));
    if (!query.action.isEmpty() && !actionPattern.match(query.action).hasMatch())
        params.addError(QStringLiteral("action"), QStringLiteral("must be an action such as card.lock, or a prefix "
                                                                 "ending in a dot such as card."));
    query.from = params.time(QStringLiteral("from"));
    query.to = params.time(QStringLiteral("to"));
    query.limit = params.limit(50, 200);
    const QString after = params.cursor(QStringLiteral("after"));
    if (!after.isEmpty() && (!parseSeq(after, &query.beforeSeq) || query.beforeSeq < 1))
        params.addError(QStringLiteral("after"), QStringLiteral("must be the next cursor of a previous page"));
    if (params.hasErrors())
        return params.problem();

    ServerAuditLog log(context.db, context.dialect);
    QString error;
    const std::optional<ServerAuditLog::Page> page = log.query(query, &error);
    if (!page)
        return context.storageFailure(error);

    // Reading the log is itself audited.
    {
        QJsonObject filters;
        const QList<std::pair<QString, QString>> items = context.request.query.queryItems(QUrl::FullyDecoded);
        for (const auto &item : items)
            filters.insert(item.first.left(40), JsonCodec::safeText(item.second.left(200)));
        AuditEntry entry;
        entry.at = SqlValues::now();
        entry.agent = context.agent.agent.username;
        entry.action = QStringLiteral("audit.read");
        entry.subject = QStringLiteral("audit:log");
        entry.details = {{QStringLiteral("filters"), filters},
                         {QStringLiteral("returned"), int(page->entries.size())}};
        DbTransaction transaction(context.db, context.dialect);
        if (!log.append(entry, 0, 0, &error) || !transaction.commit())
            return context.storageFailure(error.isEmpty() ? transaction.lastError() : error);
    }

    QJsonArray items;
    for (const AuditEntry &entry : page->entries)
        items.append(JsonCodec::toJson(entry));
    return ServerResponse::json(200, {{QStringLiteral("items"), items},
                                   {QStringLiteral("next"), page->nextBeforeSeq > 0
                                                                ? QJsonValue(QString::number(page->nextBeforeSeq))
                                                                : QJsonValue(QJsonValue::Null)}});
}

} // namespace

void FeedApi::addRoutes(Router &router)
{
    router.add("GET", QStringLiteral("/v1/changes"), Router::Access::Agent, &changes);
    router.add("GET", QStringLiteral("/v1/audit"), Router::Access::Supervisor, &audit);
}
