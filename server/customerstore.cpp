#include "customerstore.h"

#include "cardstore.h"
#include "sqlvalues.h"

#include "domain/jsoncodec.h"
#include "domain/nationalid.h"
#include "domain/phonenumbers.h"
#include "domain/searchtext.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace {

constexpr int TrigramLength = 3;

const QString SummaryColumns = QStringLiteral(
    "c.id, c.customer_number, c.first_name, c.last_name, c.city, c.phone_e164, c.email, c.loyalty_tier, "
    "c.last_name_fold, c.first_name_fold");

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
/// id (as columns of the search they would run per matching row).
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
    for (const QString &word : std::as_const(words)) {
        if (word.size() >= TrigramLength) {
            conditions << QStringLiteral("c.search_doc LIKE ? ESCAPE '\\'");
            values << QStringLiteral("%") + likeEscaped(word) + QStringLiteral("%");
        } else {
            conditions << QStringLiteral("(c.search_doc LIKE ? ESCAPE '\\' OR c.search_doc LIKE ? ESCAPE '\\')");
            values << likeEscaped(word) + QStringLiteral("%") << QStringLiteral("% ") + likeEscaped(word) + QStringLiteral("%");
        }
    }
    if (!after.isEmpty()) {
        const std::optional<Cursor> cursor = decode(after);
        if (!cursor) {
            *badCursor = true;
            return std::nullopt;
        }
        conditions << QStringLiteral("(c.last_name_fold, c.first_name_fold, c.id) > (?, ?, ?)");
        values << cursor->last << cursor->first << cursor->id;
    }
    QString statement = QStringLiteral("SELECT ") + SummaryColumns + QStringLiteral(" FROM customers c");
    if (!conditions.isEmpty())
        statement += QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    statement += QStringLiteral(" ORDER BY c.last_name_fold, c.first_name_fold, c.id");
    statement += QStringLiteral(" LIMIT ?");
    values << limit + 1;

    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!SqlValues::exec(query, statement, values, error))
        return std::nullopt;
    Page page;
    while (query.next()) {
        if (page.rows.size() == limit) {
            const CustomerSummary &last = page.rows.last();
            page.next = encode({last.lastNameFold, last.firstNameFold, last.id});
            break;
        }
        page.rows.append(summaryFrom(query));
    }
    query.finish();
    if (!decorate(m_db, &page.rows, error))
        return std::nullopt;
    return page;
}

std::optional<JsonCodec::CustomerView> CustomerStore::view(qint64 customerId, const QString &agent,
                                                           int recentTransactions, QString *error)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!SqlValues::exec(query,
                         QStringLiteral("SELECT id, customer_number, first_name, last_name, birth_date, national_id, "
                                        "country, phone_e164, email, street, postcode, city, language, loyalty_tier, "
                                        "consent_marketing, consent_sms, created_at, updated_at, version "
                                        "FROM customers WHERE id = ?"),
                         {customerId}, error))
        return std::nullopt;
    if (!query.next())
        return std::nullopt;
    JsonCodec::CustomerView details;
    Customer &c = details.customer;
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
    // The card panel's status. Deliveries, the address flag and workflows
    // come with the card-order and workflow tables (not in this schema yet).
    details.holder.customerId = customerId;
    details.holder.verification = cards.latestVerification(customerId, agent, error);
    if (!error->isEmpty())
        return std::nullopt;
    return details;
}
