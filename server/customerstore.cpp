#include "customerstore.h"

#include "cardorderstore.h"
#include "cardstore.h"
#include "sqlvalues.h"
#include "workflowstore.h"

#include "domain/jsoncodec.h"
#include "domain/nationalid.h"
#include "domain/phonenumbers.h"
#include "domain/searchtext.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <algorithm>

namespace {

constexpr int TrigramLength = 3;

const QString SummaryColumns = QStringLiteral(
    "c.id, c.customer_number, c.first_name, c.last_name, c.city, c.phone_e164, c.email, c.loyalty_tier, "
    "c.last_name_fold, c.first_name_fold");
constexpr int SummaryColumnCount = 10;

/// SummaryColumns and what decorate() adds, as columns (PostgreSQL): the
/// card last fours (not closed, in card order), a locked card, a card closed
/// as lost, stolen, fraud or damaged and not replaced, an overdue account.
const QString DecoratedColumns = SummaryColumns + QStringLiteral(
    ", (SELECT string_agg(k.last4, ' ' ORDER BY k.id) FROM cards k WHERE k.customer_id = c.id "
    "AND k.status <> 'closed'), "
    "EXISTS (SELECT 1 FROM cards k WHERE k.customer_id = c.id AND k.status = 'locked'), "
    "EXISTS (SELECT 1 FROM cards k WHERE k.customer_id = c.id AND k.status = 'closed' "
    "AND k.status_reason IN ('lost', 'stolen', 'fraud', 'damaged') "
    "AND NOT EXISTS (SELECT 1 FROM cards r WHERE r.replacement_of = k.id)), "
    "EXISTS (SELECT 1 FROM accounts a WHERE a.customer_id = c.id AND a.status = 'overdue')");

CustomerSummary summaryFrom(const QSqlQuery &query)
{
    CustomerSummary row;
    row.id = query.value(0).toLongLong();
    row.customerNumber = query.value(1).toString();
    row.name = query.value(2).toString() + QLatin1Char(' ') + query.value(3).toString();
    row.city = query.value(4).toString();
    row.phoneE164 = query.value(5).toString();
    row.email = query.value(6).toString();
    row.tier = JsonCodec::tierFromName(query.value(7).toString()).value_or(LoyaltyTier::Basic);
    row.lastNameFold = query.value(8).toString();
    row.firstNameFold = query.value(9).toString();
    if (row.tier == LoyaltyTier::Gold || row.tier == LoyaltyTier::Platinum)
        row.badges |= CustomerSummary::Vip;
    return row;
}

QString placeholders(qsizetype count)
{
    QString out;
    for (qsizetype i = 0; i < count; ++i)
        out += i ? QStringLiteral(", ?") : QStringLiteral("?");
    return out;
}

/// Card last fours and badges of one page's rows, in two small queries by
/// id (as columns of the search they would run per matching row). SQLite;
/// on PostgreSQL they come with the rows (DecoratedColumns).
bool decorate(QSqlDatabase db, QList<CustomerSummary> *rows, QString *error)
{
    if (rows->isEmpty())
        return true;
    QHash<qint64, CustomerSummary *> byId;
    QVariantList ids;
    for (CustomerSummary &row : *rows) {
        byId.insert(row.id, &row);
        ids << row.id;
    }
    QSqlQuery cards(db);
    cards.setForwardOnly(true);
    if (!SqlValues::exec(cards,
                         QStringLiteral("SELECT k.customer_id, k.last4, k.status, k.status_reason, "
                                        "EXISTS (SELECT 1 FROM cards r WHERE r.replacement_of = k.id) "
                                        "FROM cards k WHERE k.customer_id IN (")
                             + placeholders(ids.size()) + QStringLiteral(") ORDER BY k.customer_id, k.id"),
                         ids, error))
        return false;
    while (cards.next()) {
        CustomerSummary *row = byId.value(cards.value(0).toLongLong());
        if (!row)
            continue;
        const QString status = cards.value(2).toString();
        const QString reason = cards.value(3).toString();
        if (status != QLatin1StringView("closed")) {
            if (!row->cardLast4s.isEmpty())
                row->cardLast4s += QLatin1Char(' ');
            row->cardLast4s += cards.value(1).toString();
        }
        if (status == QLatin1StringView("locked"))
            row->badges |= CustomerSummary::HasLockedCard;
        // Closed as lost, stolen, fraud or damaged and not yet replaced.
        if (status == QLatin1StringView("closed") && !cards.value(4).toBool()
            && (reason == QLatin1StringView("lost") || reason == QLatin1StringView("stolen")
                || reason == QLatin1StringView("fraud") || reason == QLatin1StringView("damaged")))
            row->badges |= CustomerSummary::HasBlockedCard;
    }
    QSqlQuery overdue(db);
    overdue.setForwardOnly(true);
    if (!SqlValues::exec(overdue,
                         QStringLiteral("SELECT DISTINCT customer_id FROM accounts WHERE status = 'overdue' "
                                        "AND customer_id IN (")
                             + placeholders(ids.size()) + QLatin1Char(')'),
                         ids, error))
        return false;
    while (overdue.next()) {
        if (CustomerSummary *row = byId.value(overdue.value(0).toLongLong()))
            row->badges |= CustomerSummary::Overdue;
    }
    return true;
}

QString likeEscaped(const QString &text)
{
    QString out;
    out.reserve(text.size() + 4);
    for (const QChar c : text) {
        if (c == QLatin1Char('\\') || c == QLatin1Char('%') || c == QLatin1Char('_'))
            out += QLatin1Char('\\');
        out += c;
    }
    return out;
}

/// The cursor: where the name order continues.
struct Cursor
{
    QString last;
    QString first;
    qint64 id = 0;
};

QString encode(const Cursor &cursor)
{
    const QJsonObject object{{QStringLiteral("l"), cursor.last},
                             {QStringLiteral("f"), cursor.first},
                             {QStringLiteral("i"), cursor.id}};
    return QString::fromLatin1(QJsonDocument(object).toJson(QJsonDocument::Compact)
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<Cursor> decode(const QString &text)
{
    const auto bytes = QByteArray::fromBase64Encoding(
        text.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!bytes)
        return std::nullopt;
    const QJsonObject object = QJsonDocument::fromJson(*bytes).object();
    Cursor cursor;
    cursor.id = object.value(QStringLiteral("i")).toInteger();
    cursor.last = object.value(QStringLiteral("l")).toString();
    cursor.first = object.value(QStringLiteral("f")).toString();
    if (cursor.id <= 0 || !object.value(QStringLiteral("l")).isString())
        return std::nullopt;
    return cursor;
}

// PostgreSQL lookup strategy (see CustomerStore::search). A walk reads
// customers in name order through customers_search_order, an index that
// carries search_doc, testing each document without reading table rows (an
// index-only scan) and stopping at the first page of matches: cheap when
// matches are dense in name order ("anna", "karl", "helsinki"). The trigram
// GIN finds every match wherever it is, at the cost of a table row per
// match: cheap when matches are few ("0401234567", "rautio-niemi"), and the
// better of the two when they are many but bunched late in name order
// ("virtanen": 1 in 100 customers, all under V, after 450,000 others).
constexpr qint64 WalkRows = 10000;                      // a walk that finds too little gives way after this
constexpr qint64 UnboundedWalk = Q_INT64_C(1) << 40;    // for words too short for trigrams

const QString NameOrder = QStringLiteral("c.last_name_fold, c.first_name_fold, c.id");

void bindCursor(const std::optional<Cursor> &from, QString *sql, QVariantList *values, const QString &prefix)
{
    if (!from)
        return;
    *sql += prefix + QStringLiteral("(c.last_name_fold, c.first_name_fold, c.id) > (?, ?, ?)");
    *values << from->last << from->first << from->id;
}

/// The first @p wanted matches among the next @p budget customers in name
/// order after @p from. Fewer than asked: the rest lie further on (or there
/// are no more).
std::optional<QList<Cursor>> walk(QSqlDatabase db, const QString &match, const QVariantList &matchValues,
                                  const std::optional<Cursor> &from, qint64 budget, int wanted, QString *error)
{
    QVariantList values;
    QString sql = QStringLiteral("SELECT w.id, w.l, w.f FROM (SELECT c.id, c.last_name_fold AS l, "
                                 "c.first_name_fold AS f, c.search_doc FROM customers c");
    bindCursor(from, &sql, &values, QStringLiteral(" WHERE "));
    sql += QStringLiteral(" ORDER BY ") + NameOrder + QStringLiteral(" LIMIT ?) w WHERE ");
    values << budget;
    // The match conditions name c.search_doc; here the walked rows are w.
    sql += QString(match).replace(QLatin1StringView("c.search_doc"), QLatin1StringView("w.search_doc"));
    values += matchValues;
    // Ordering by the walk's own order needs no sort: rows stream from the
    // index, and the LIMIT stops the walk at the last match wanted.
    sql += QStringLiteral(" ORDER BY w.l, w.f, w.id LIMIT ?");
    values << wanted;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!SqlValues::exec(query, sql, values, error))
        return std::nullopt;
    QList<Cursor> keys;
    while (query.next())
        keys.append({query.value(1).toString(), query.value(2).toString(), query.value(0).toLongLong()});
    query.finish();
    return keys;
}

/// Every match after @p from through the trigram index, sorted, the first
/// @p wanted of them. The subquery is an optimisation fence: without it the
/// planner may walk the name order with the filter instead, which is what a
/// 450,000-row walk to "virtanen" looks like.
std::optional<QList<Cursor>> trigramMatches(QSqlDatabase db, const QString &match, const QVariantList &matchValues,
                                            const std::optional<Cursor> &from, int wanted, QString *error)
{
    QVariantList values = matchValues;
    QString sql = QStringLiteral("SELECT s.id, s.l, s.f FROM (SELECT c.id, c.last_name_fold AS l, "
                                 "c.first_name_fold AS f FROM customers c WHERE ")
                  + match + QStringLiteral(" OFFSET 0) s");
    if (from) {
        sql += QStringLiteral(" WHERE (s.l, s.f, s.id) > (?, ?, ?)");
        values << from->last << from->first << from->id;
    }
    sql += QStringLiteral(" ORDER BY s.l, s.f, s.id LIMIT ?");
    values << wanted;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!SqlValues::exec(query, sql, values, error))
        return std::nullopt;
    QList<Cursor> keys;
    while (query.next())
        keys.append({query.value(1).toString(), query.value(2).toString(), query.value(0).toLongLong()});
    query.finish();
    return keys;
}

/// The first page of matches in name order on PostgreSQL, the same rows in
/// the same order as the single statement gives (and SQLite runs): the way
/// it is found is chosen by what was typed. Words too short for trigrams:
/// the walk. Something selective (digits, an e-mail, two words or more): the
/// trigram index. One word of letters: a bounded walk, then the trigram index.
bool searchPostgres(QSqlDatabase db, const QString &match, const QVariantList &values, bool trigramUsable,
                    bool selective, const std::optional<Cursor> &cursor, int limit, CustomerStore::Page *page,
                    QString *error)
{
    // One more than the page, to know whether there is a next page.
    const int wanted = limit + 1;
    std::optional<QList<Cursor>> keys;
    if (!trigramUsable) {
        keys = walk(db, match, values, cursor, UnboundedWalk, wanted, error);
        page->strategy = QStringLiteral("walk");
    } else if (selective) {
        keys = trigramMatches(db, match, values, cursor, wanted, error);
        page->strategy = QStringLiteral("trigram");
    } else {
        keys = walk(db, match, values, cursor, WalkRows, wanted, error);
        page->strategy = QStringLiteral("walk %1").arg(WalkRows);
        if (keys && keys->size() < wanted) {
            // What the walk found is also among these.
            keys = trigramMatches(db, match, values, cursor, wanted, error);
            page->strategy += QStringLiteral(", trigram");
        }
    }
    if (!keys)
        return false;
    if (keys->isEmpty())
        return true;

    QVariantList ids;
    for (const Cursor &key : std::as_const(*keys))
        ids << key.id;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!SqlValues::exec(query,
                         QStringLiteral("SELECT ") + DecoratedColumns
                             + QStringLiteral(" FROM customers c WHERE c.id IN (") + placeholders(ids.size())
                             + QLatin1Char(')'),
                         ids, error))
        return false;
    constexpr int decorations = SummaryColumnCount;   // the first column after the summary's
    QHash<qint64, CustomerSummary> byId;
    while (query.next()) {
        CustomerSummary row = summaryFrom(query);
        row.cardLast4s = query.value(decorations).toString();
        if (query.value(decorations + 1).toBool())
            row.badges |= CustomerSummary::HasLockedCard;
        if (query.value(decorations + 2).toBool())
            row.badges |= CustomerSummary::HasBlockedCard;
        if (query.value(decorations + 3).toBool())
            row.badges |= CustomerSummary::Overdue;
        byId.insert(row.id, row);
    }
    query.finish();
    for (const Cursor &key : std::as_const(*keys)) {
        // A customer deleted between the two statements is left out.
        const auto it = byId.constFind(key.id);
        if (it != byId.constEnd())
            page->rows.append(*it);
    }
    return true;
}

} // namespace

CustomerStore::CustomerStore(QSqlDatabase db, SqlDialect dialect)
    : m_db(db)
    , m_dialect(dialect)
{
}

QString CustomerStore::searchDocument(const QString &firstName, const QString &lastName, const QString &email,
                                      const QString &customerNumber, const QString &city, const QString &phoneE164,
                                      const QStringList &cardLast4s)
{
    static const QString separator = QStringLiteral(" | ");
    QString doc = SearchText::fold(firstName + QLatin1Char(' ') + lastName);
    doc += separator + SearchText::fold(email);
    doc += separator + customerNumber;
    doc += separator + SearchText::fold(city);
    if (!phoneE164.isEmpty()) {
        doc += separator + SearchText::digitsOnly(phoneE164);
        doc += separator + PhoneNumbers::nationalDigits(phoneE164);
    }
    for (const QString &last4 : cardLast4s)
        doc += separator + last4;
    return doc;
}

std::optional<CustomerStore::Page> CustomerStore::search(const QString &text, int limit, const QString &after,
                                                         bool *badCursor, QString *error)
{
    *badCursor = false;
    const QString input = SearchText::sanitizeInput(text, 200).trimmed();
    QStringList words;
    if (PhoneNumbers::looksLikePhoneNumber(input)) {
        QString digits = SearchText::digitsOnly(input);
        if (input.startsWith(QLatin1StringView("00")))
            digits = digits.mid(2);
        words << digits;
    } else {
        words = SearchText::fold(input).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    }
    // Three characters or more match anywhere (pg_trgm serves these on
    // PostgreSQL); one or two match the start of a word. Every word must match.
    QStringList conditions;
    QVariantList values;
    bool trigramUsable = false;
    int longWords = 0;
    bool selective = false;
    for (const QString &word : std::as_const(words)) {
        if (word.size() >= TrigramLength) {
            ++longWords;
            // Digits (a phone number, card last four, customer number) and
            // e-mail parts are rare in any document; so is a pair of words.
            const bool digits = std::all_of(word.cbegin(), word.cend(), [](QChar c) { return c.isDigit(); });
            selective = selective || (digits && word.size() >= 4) || word.contains(QLatin1Char('@'))
                        || word.contains(QLatin1Char('.')) || longWords >= 2;
            conditions << QStringLiteral("c.search_doc LIKE ? ESCAPE '\\'");
            values << QStringLiteral("%") + likeEscaped(word) + QStringLiteral("%");
            trigramUsable = true;
        } else {
            conditions << QStringLiteral("(c.search_doc LIKE ? ESCAPE '\\' OR c.search_doc LIKE ? ESCAPE '\\')");
            values << likeEscaped(word) + QStringLiteral("%") << QStringLiteral("% ") + likeEscaped(word) + QStringLiteral("%");
        }
    }
    std::optional<Cursor> cursor;
    if (!after.isEmpty()) {
        cursor = decode(after);
        if (!cursor) {
            *badCursor = true;
            return std::nullopt;
        }
    }
    const QString match = conditions.isEmpty() ? QStringLiteral("TRUE") : conditions.join(QStringLiteral(" AND "));

    Page page;
    if (m_dialect == SqlDialect::PostgreSql) {
        if (!searchPostgres(m_db, match, values, trigramUsable, selective, cursor, limit, &page, error))
            return std::nullopt;
    } else {
        // One desk's data: one statement, the name index and a LIKE filter.
        QString statement = QStringLiteral("SELECT ") + SummaryColumns + QStringLiteral(" FROM customers c");
        if (!conditions.isEmpty())
            statement += QStringLiteral(" WHERE ") + match;
        bindCursor(cursor, &statement, &values,
                   conditions.isEmpty() ? QStringLiteral(" WHERE ") : QStringLiteral(" AND "));
        statement += QStringLiteral(" ORDER BY ") + NameOrder + QStringLiteral(" LIMIT ?");
        values << limit + 1;
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        if (!SqlValues::exec(query, statement, values, error))
            return std::nullopt;
        while (query.next())
            page.rows.append(summaryFrom(query));
        query.finish();
        page.strategy = QStringLiteral("statement");
    }
    if (page.rows.size() > limit) {
        page.rows.resize(limit);
        const CustomerSummary &last = page.rows.last();
        page.next = encode({last.lastNameFold, last.firstNameFold, last.id});
    }
    if (m_dialect == SqlDialect::Sqlite && !decorate(m_db, &page.rows, error))
        return std::nullopt;
    return page;
}

QString CustomerStore::nationalId(qint64 customerId, QString *error)
{
    QSqlQuery query(m_db);
    if (!SqlValues::exec(query, QStringLiteral("SELECT national_id FROM customers WHERE id = ?"), {customerId}, error))
        return QString();
    error->clear();
    return query.next() ? query.value(0).toString() : QString();
}

std::optional<CustomerStore::Record> CustomerStore::record(qint64 customerId, QString *error)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!SqlValues::exec(query,
                         QStringLiteral("SELECT id, customer_number, first_name, last_name, birth_date, national_id, "
                                        "country, phone_e164, email, street, postcode, city, language, loyalty_tier, "
                                        "consent_marketing, consent_sms, created_at, updated_at, version, updated_by "
                                        "FROM customers WHERE id = ?"),
                         {customerId}, error))
        return std::nullopt;
    if (!query.next())
        return std::nullopt;
    Record record;
    Customer &c = record.customer;
    c.id = query.value(0).toLongLong();
    c.customerNumber = query.value(1).toString();
    c.firstName = query.value(2).toString();
    c.lastName = query.value(3).toString();
    c.birthDate = SqlValues::toDay(query.value(4));
    c.country = query.value(6).toString();
    c.nationalIdMasked = NationalId::mask(query.value(5).toString(), c.country);   // the full one stays here
    c.contact.phoneE164 = query.value(7).toString();
    c.contact.email = query.value(8).toString();
    c.contact.street = query.value(9).toString();
    c.contact.postcode = query.value(10).toString();
    c.contact.city = query.value(11).toString();
    c.contact.language = query.value(12).toString();
    c.tier = JsonCodec::tierFromName(query.value(13).toString()).value_or(LoyaltyTier::Basic);
    c.consentMarketing = query.value(14).toBool();
    c.consentSms = query.value(15).toBool();
    c.createdAt = SqlValues::toTime(query.value(16));
    c.updatedAt = SqlValues::toTime(query.value(17));
    c.version = query.value(18).toInt();
    record.updatedBy = query.value(19).toString();
    query.finish();

    QSqlQuery benefits(m_db);
    benefits.setForwardOnly(true);
    if (!SqlValues::exec(benefits,
                         QStringLiteral("SELECT code, description, valid_until FROM customer_benefits "
                                        "WHERE customer_id = ? ORDER BY id"),
                         {customerId}, error))
        return std::nullopt;
    while (benefits.next())
        c.benefits.append({benefits.value(0).toString(), benefits.value(1).toString(),
                           SqlValues::toDay(benefits.value(2))});
    return record;
}

std::optional<JsonCodec::HolderView> CustomerStore::holder(qint64 customerId, const QString &agent, QString *error)
{
    // The card panel's status, with the unfinished card workflows (newest first).
    JsonCodec::HolderView holder;
    holder.customerId = customerId;
    error->clear();
    holder.verification = CardStore(m_db, m_dialect).latestVerification(customerId, agent, error);
    if (!error->isEmpty())
        return std::nullopt;
    CardOrderStore orders(m_db, m_dialect);
    holder.addressFlag = orders.addressFlag(customerId, error);
    for (const CardDelivery &delivery : orders.deliveriesOf(customerId, error))
        holder.deliveries.append(CardOrderStore::toJson(delivery));
    if (!error->isEmpty())
        return std::nullopt;
    for (const WorkflowRecord &workflow : WorkflowStore(m_db, m_dialect).openWorkflowsOfCustomer(customerId, error))
        holder.openWorkflows.append(WorkflowStore::toJson(workflow));
    if (!error->isEmpty())
        return std::nullopt;
    return holder;
}

bool CustomerStore::updateContact(qint64 customerId, int expectedVersion, const ContactDetails &contact,
                                  const QString &agent, const QDateTime &now, bool *conflict, QString *error)
{
    *conflict = false;
    // The search document is made of the new details, the name and number,
    // and the last fours of the cards that are not closed (as the console's).
    QSqlQuery names(m_db);
    names.setForwardOnly(true);
    if (!SqlValues::exec(names,
                         QStringLiteral("SELECT first_name, last_name, customer_number FROM customers WHERE id = ?"),
                         {customerId}, error))
        return false;
    if (!names.next()) {
        *conflict = true;
        *error = QStringLiteral("customer %1 is gone").arg(customerId);
        return false;
    }
    const QString firstName = names.value(0).toString();
    const QString lastName = names.value(1).toString();
    const QString customerNumber = names.value(2).toString();
    names.finish();
    QSqlQuery cards(m_db);
    cards.setForwardOnly(true);
    if (!SqlValues::exec(cards,
                         QStringLiteral("SELECT last4 FROM cards WHERE customer_id = ? AND status <> 'closed' "
                                        "ORDER BY id"),
                         {customerId}, error))
        return false;
    QStringList last4s;
    while (cards.next())
        last4s << cards.value(0).toString();
    cards.finish();
    const QString document = searchDocument(firstName, lastName, contact.email, customerNumber, contact.city,
                                            contact.phoneE164, last4s);

    QSqlQuery update(m_db);
    if (!SqlValues::exec(update,
                         QStringLiteral("UPDATE customers SET phone_e164 = ?, email = ?, street = ?, postcode = ?, "
                                        "city = ?, language = ?, search_doc = ?, updated_at = ?, updated_by = ?, "
                                        "version = version + 1 WHERE id = ? AND version = ?"),
                         {SqlValues::text(contact.phoneE164), SqlValues::text(contact.email),
                          SqlValues::text(contact.street), SqlValues::text(contact.postcode),
                          SqlValues::text(contact.city), contact.language, document, SqlValues::time(now), agent,
                          customerId, expectedVersion},
                         error))
        return false;
    if (update.numRowsAffected() != 1) {
        // Another change won between the read and this write (on PostgreSQL
        // the update waited for it, then found another version).
        *conflict = true;
        *error = QStringLiteral("customer %1 is no longer at version %2").arg(customerId).arg(expectedVersion);
        return false;
    }
    return true;
}

bool CustomerStore::clearAddressFlag(qint64 customerId, QString *error)
{
    QSqlQuery update(m_db);
    if (!SqlValues::exec(update,
                         QStringLiteral("UPDATE customers SET address_flag = NULL WHERE id = ? "
                                        "AND coalesce(address_flag, '') <> ''"),
                         {customerId}, error))
        return false;
    error->clear();
    return update.numRowsAffected() == 1;
}

std::optional<JsonCodec::CustomerView> CustomerStore::view(qint64 customerId, const QString &agent,
                                                           int recentTransactions, QString *error)
{
    std::optional<Record> record = this->record(customerId, error);
    if (!record)
        return std::nullopt;
    JsonCodec::CustomerView details;
    details.customer = std::move(record->customer);

    QSqlQuery accounts(m_db);
    accounts.setForwardOnly(true);
    if (!SqlValues::exec(accounts,
                         QStringLiteral("SELECT id, account_number, product, currency, credit_limit_minor, "
                                        "balance_minor, due_date, minimum_due_minor, status FROM accounts "
                                        "WHERE customer_id = ? ORDER BY id"),
                         {customerId}, error))
        return std::nullopt;
    while (accounts.next()) {
        Account a;
        a.id = accounts.value(0).toLongLong();
        a.accountNumber = accounts.value(1).toString();
        a.product = accounts.value(2).toString();
        const QString currency = accounts.value(3).toString();
        a.creditLimit = {accounts.value(4).toLongLong(), currency};
        a.balance = {accounts.value(5).toLongLong(), currency};
        a.dueDate = SqlValues::toDay(accounts.value(6));
        a.minimumDue = {accounts.value(7).toLongLong(), currency};
        a.status = accounts.value(8).toString();
        details.accounts.append(a);
    }

    CardStore cards(m_db, m_dialect);
    error->clear();
    details.cards = cards.cardsOfCustomer(customerId, error);
    if (!error->isEmpty())
        return std::nullopt;
    details.recentTransactions = cards.recentTransactionsOfCustomer(customerId, recentTransactions, error);
    if (!error->isEmpty())
        return std::nullopt;
    std::optional<JsonCodec::HolderView> holder = this->holder(customerId, agent, error);
    if (!holder)
        return std::nullopt;
    details.holder = std::move(*holder);
    return details;
}
