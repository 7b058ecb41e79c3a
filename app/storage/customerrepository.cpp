#include "customerrepository.h"

#include "customersearchdocument.h"
#include "database.h"

#include "domain/nationalid.h"
#include "domain/phonenumbers.h"
#include "domain/searchtext.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace {

// Columns of a result row, shared by every search path.
const QString SummaryColumns = QStringLiteral(
    "c.id, c.customer_number, c.first_name, c.last_name, c.city, c.phone_e164, c.email, "
    "c.loyalty_tier, c.last_name_fold, c.first_name_fold, "
    "(SELECT group_concat(k.last4, ' ') FROM cards k "
    "  WHERE k.customer_id = c.id AND k.status <> 'closed'), "
    "EXISTS (SELECT 1 FROM cards k WHERE k.customer_id = c.id AND k.status = 'locked'), "
    "EXISTS (SELECT 1 FROM cards k WHERE k.customer_id = c.id AND k.status = 'closed' "
    "        AND k.status_reason IN ('lost', 'stolen', 'fraud', 'damaged') "
    "        AND NOT EXISTS (SELECT 1 FROM cards r WHERE r.replacement_of = k.id)), "
    "EXISTS (SELECT 1 FROM accounts a WHERE a.customer_id = c.id AND a.status = 'overdue')");

enum SummaryColumn {
    ColId,
    ColNumber,
    ColFirst,
    ColLast,
    ColCity,
    ColPhone,
    ColEmail,
    ColTier,
    ColLastFold,
    ColFirstFold,
    ColLast4s,
    ColLocked,
    ColBlocked,
    ColOverdue
};

LoyaltyTier tierFromString(const QString &tier)
{
    if (tier == QLatin1String("silver"))
        return LoyaltyTier::Silver;
    if (tier == QLatin1String("gold"))
        return LoyaltyTier::Gold;
    if (tier == QLatin1String("platinum"))
        return LoyaltyTier::Platinum;
    return LoyaltyTier::Basic;
}

CardStatus cardStatusFromString(const QString &status)
{
    // The schema's CHECK admits only lifecycle names; anything else reads as closed.
    return CardLifecycle::stateFromName(status).value_or(CardStatus::Closed);
}

TransactionStatus transactionStatusFromString(const QString &status)
{
    if (status == QLatin1String("pending"))
        return TransactionStatus::Pending;
    if (status == QLatin1String("declined"))
        return TransactionStatus::Declined;
    if (status == QLatin1String("reversed"))
        return TransactionStatus::Reversed;
    return TransactionStatus::Posted;
}

CustomerSummary summaryFromRow(const QSqlQuery &query)
{
    CustomerSummary row;
    row.id = query.value(ColId).toLongLong();
    row.customerNumber = query.value(ColNumber).toString();
    row.name = query.value(ColFirst).toString() + QLatin1Char(' ') + query.value(ColLast).toString();
    row.lastNameFold = query.value(ColLastFold).toString();
    row.firstNameFold = query.value(ColFirstFold).toString();
    row.city = query.value(ColCity).toString();
    row.phoneE164 = query.value(ColPhone).toString();
    row.email = query.value(ColEmail).toString();
    row.tier = tierFromString(query.value(ColTier).toString());
    row.cardLast4s = query.value(ColLast4s).toString();
    if (query.value(ColLocked).toBool())
        row.badges |= CustomerSummary::HasLockedCard;
    if (query.value(ColBlocked).toBool())
        row.badges |= CustomerSummary::HasBlockedCard;
    if (query.value(ColOverdue).toBool())
        row.badges |= CustomerSummary::Overdue;
    if (row.tier == LoyaltyTier::Gold || row.tier == LoyaltyTier::Platinum)
        row.badges |= CustomerSummary::Vip;
    return row;
}

/// An FTS5 string literal: the text in double quotes, inner quotes doubled.
/// Inside quotes every FTS operator (*, ^, -, NEAR, OR, column filters) is text.
QString ftsLiteral(const QString &text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

/// Reads up to @p limit rows of an executed summary query; one row more
/// tells that there is a next page.
void readPage(QSqlQuery &query, int limit, SearchPage *page)
{
    while (query.next()) {
        if (page->rows.size() == limit) {
            page->hasMore = true;
            break;
        }
        page->rows.append(summaryFromRow(query));
    }
    query.finish();
}

/// The smallest string above every string that starts with @p prefix.
QString prefixUpperBound(const QString &prefix)
{
    QString upper = prefix;
    while (!upper.isEmpty() && upper.back().unicode() == 0xffff)
        upper.chop(1);
    if (!upper.isEmpty())
        upper.back() = QChar(char16_t(upper.back().unicode() + 1));
    return upper;
}

QString searchError()
{
    return QCoreApplication::translate("CustomerRepository",
                                       "The search could not be completed. Try again; if it "
                                       "keeps failing, restart CardDesk.");
}

QDate dateFrom(const QVariant &value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

QDateTime dateTimeFrom(const QVariant &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODate);
}

} // namespace

CustomerRepository::CustomerRepository(Database &database)
    : m_database(database)
{
}

SearchPage CustomerRepository::search(const SearchRequest &request)
{
    const QString input = SearchText::sanitizeInput(request.text, MaxQueryLength).trimmed();
    if (input.isEmpty()) {
        SearchPage page;
        page.text = request.text;
        return page;
    }

    // A whole customer number: one B-tree probe, before anything fuzzier
    // (its digits are also in phone numbers, and trigrams of zeros are in
    // every document).
    if (request.cursor.isEmpty() && input.size() == CustomerNumberLength
        && std::all_of(input.cbegin(), input.cend(), [](QChar c) { return c.isDigit(); })) {
        SearchPage exact = searchCustomerNumberExact(request, input);
        if (!exact.rows.isEmpty() || !exact.error.isEmpty()) {
            exact.text = request.text;
            return exact;
        }
    }

    // Part of a customer number being typed: the B-tree prefix, because "100"
    // and "000" are trigrams of every document. Four digits stay with the
    // full text (card last fours), and no FI/SE/NO phone number in any form
    // starts with "10".
    const QString rawDigits = SearchText::digitsOnly(input);
    if (rawDigits == input && input.size() > 4 && input.size() < CustomerNumberLength
        && input.startsWith(QLatin1String("10"))) {
        SearchPage page = searchCustomerNumberPrefix(request, rawDigits);
        page.text = request.text;
        return page;
    }

    // A phone number, typed any way: let libphonenumber read it, and match the
    // E.164 and national digit forms that every search document holds.
    if (PhoneNumbers::looksLikePhoneNumber(input)) {
        const QStringList candidates = PhoneNumbers::candidatesE164(input);
        // A complete number: the phone index answers at once. A partial one
        // (the agent is still typing) falls through to the digit trigrams.
        if (request.cursor.isEmpty() && !candidates.isEmpty()) {
            SearchPage exact = searchPhoneExact(request, candidates);
            if (!exact.rows.isEmpty() || !exact.error.isEmpty()) {
                exact.text = request.text;
                return exact;
            }
        }
        // Partial: one substring of the national digit form, which every
        // document holds ("0401234567"); an OR of international and national
        // forms costs more, since "358", "46" and "47" are in most documents.
        QString national = rawDigits;
        if (input.startsWith(QLatin1Char('+')) || national.startsWith(QLatin1String("00"))) {
            if (national.startsWith(QLatin1String("00")))
                national.remove(0, 2);
            if (national.startsWith(QLatin1String("358")))
                national.replace(0, 3, QStringLiteral("0"));
            else if (national.startsWith(QLatin1String("46")))
                national.replace(0, 2, QStringLiteral("0"));
            else if (national.startsWith(QLatin1String("47")))
                national.remove(0, 2);
            if (national.startsWith(QLatin1String("00")))   // "+46 (0)70…": the (0) is the trunk prefix
                national.remove(0, 1);
        }
        if (national.size() >= 3) {
            SearchPage page = searchFullText(request, ftsLiteral(national), {});
            page.text = request.text;
            return page;
        }
    }

    // Query syntax is never passed through: characters that are FTS5 or SQL
    // operators and never part of a name, email, phone or number become
    // spaces, and words without a letter or digit (emoji, lone dashes) are
    // ignored rather than matching nothing.
    QString folded = SearchText::fold(input);
    for (QChar &c : folded) {
        if (QStringView(u"\"*^(){}[]:;,!?<>=|\\").contains(c))
            c = QLatin1Char(' ');
    }
    QStringList terms;
    const QStringList words = folded.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (QString word : words) {
        while (!word.isEmpty() && (word.front() == QLatin1Char('-') || word.front() == QLatin1Char('\'')))
            word.remove(0, 1);
        while (!word.isEmpty() && (word.back() == QLatin1Char('-') || word.back() == QLatin1Char('\'')))
            word.chop(1);
        if (std::any_of(word.cbegin(), word.cend(), [](QChar c) { return c.isLetterOrNumber(); }))
            terms << word;
        if (terms.size() == MaxQueryTerms)
            break;
    }
    if (terms.isEmpty()) {
        SearchPage page;
        page.text = request.text;
        return page;
    }

    QStringList longTerms;
    QStringList shortTerms;
    for (const QString &term : std::as_const(terms))
        (term.size() >= 3 ? longTerms : shortTerms) << term;

    SearchPage page;
    if (!longTerms.isEmpty()) {
        QStringList literals;
        for (const QString &term : std::as_const(longTerms))
            literals << ftsLiteral(term);
        page = searchFullText(request, literals.join(QLatin1Char(' ')), shortTerms);
    } else {
        // One or two characters: too short for trigrams; use the B-tree.
        const QString prefix = shortTerms.join(QLatin1Char(' '));
        bool allDigits = !prefix.isEmpty();
        for (const QChar c : prefix)
            allDigits = allDigits && c.isDigit();
        page = allDigits ? searchCustomerNumberPrefix(request, prefix)
                         : searchNamePrefix(request, shortTerms.constFirst());
    }
    page.text = request.text;
    return page;
}

SearchPage CustomerRepository::searchFullText(const SearchRequest &request,
                                              const QString &matchExpression,
                                              const QStringList &shortTerms)
{
    SearchPage page;
    const int limit = qBound(1, request.limit, 500);
    const qint64 after = request.cursor.startsWith(QLatin1String("f:"))
                             ? request.cursor.mid(2).toLongLong()
                             : 0;

    // The full-text table drives the join in rowid (= customer number) order,
    // so LIMIT stops the scan early however common the term is. Terms shorter
    // than a trigram filter the document text.
    QString sql = QStringLiteral("SELECT ") + SummaryColumns
                  + QStringLiteral(" FROM customer_search AS s CROSS JOIN customers AS c"
                                   " ON c.id = s.rowid"
                                   " WHERE s.doc MATCH ? AND s.rowid > ?");
    for (qsizetype i = 0; i < shortTerms.size(); ++i)
        sql += QStringLiteral(" AND instr(s.doc, ?) > 0");
    sql += QStringLiteral(" ORDER BY s.rowid LIMIT ?");

    QSqlQuery &query = m_database.prepared(sql);
    int position = 0;
    query.bindValue(position++, matchExpression);
    query.bindValue(position++, after);
    for (const QString &term : shortTerms)
        query.bindValue(position++, term);
    query.bindValue(position++, limit + 1);
    if (!query.exec()) {
        qWarning("CustomerRepository: search failed: %s", qUtf8Printable(query.lastError().text()));
        page.error = searchError();
        return page;
    }
    readPage(query, limit, &page);
    if (page.hasMore)
        page.nextCursor = QStringLiteral("f:") + QString::number(page.rows.constLast().id);
    return page;
}

SearchPage CustomerRepository::searchNamePrefix(const SearchRequest &request, const QString &prefix)
{
    SearchPage page;
    const int limit = qBound(1, request.limit, 500);
    // Cursor: "n:" last_name_fold \x1f first_name_fold \x1f id
    // Empty, not null: a null QString binds as SQL NULL and compares to nothing.
    QString lastFold = QStringLiteral("");
    QString firstFold = QStringLiteral("");
    qint64 afterId = 0;
    if (request.cursor.startsWith(QLatin1String("n:"))) {
        const QStringList parts = request.cursor.mid(2).split(QChar(0x1f));
        if (parts.size() == 3) {
            lastFold = parts.at(0);
            firstFold = parts.at(1);
            afterId = parts.at(2).toLongLong();
        }
    }
    // Prefix range on the (last_name_fold, first_name_fold) index.
    const QString upper = prefixUpperBound(prefix);
    const QString sql = QStringLiteral("SELECT ") + SummaryColumns
                        + QStringLiteral(" FROM customers AS c"
                                         " WHERE c.last_name_fold >= ? AND c.last_name_fold < ?"
                                         " AND (c.last_name_fold, c.first_name_fold, c.id) > (?, ?, ?)"
                                         " ORDER BY c.last_name_fold, c.first_name_fold, c.id"
                                         " LIMIT ?");
    QSqlQuery &query = m_database.prepared(sql);
    query.bindValue(0, prefix);
    query.bindValue(1, upper);
    query.bindValue(2, lastFold);
    query.bindValue(3, firstFold);
    query.bindValue(4, afterId);
    query.bindValue(5, limit + 1);
    if (!query.exec()) {
        qWarning("CustomerRepository: prefix search failed: %s",
                 qUtf8Printable(query.lastError().text()));
        page.error = searchError();
        return page;
    }
    readPage(query, limit, &page);
    if (page.hasMore) {
        const CustomerSummary &last = page.rows.constLast();
        page.nextCursor = QStringLiteral("n:") + last.lastNameFold + QChar(0x1f)
                          + last.firstNameFold + QChar(0x1f) + QString::number(last.id);
    }
    return page;
}

SearchPage CustomerRepository::searchPhoneExact(const SearchRequest &request,
                                                const QStringList &candidatesE164)
{
    SearchPage page;
    const int limit = qBound(1, request.limit, 500);
    // At most one candidate per region (FI, SE, NO), so three placeholders.
    QSqlQuery &query = m_database.prepared(QStringLiteral("SELECT ") + SummaryColumns
                                           + QStringLiteral(" FROM customers AS c WHERE c.phone_e164 IN (?, ?, ?)"
                                                            " ORDER BY c.id LIMIT ?"));
    for (int i = 0; i < 3; ++i)
        query.bindValue(i, candidatesE164.value(i, candidatesE164.constFirst()));
    query.bindValue(3, limit + 1);
    if (!query.exec()) {
        page.error = searchError();
        return page;
    }
    readPage(query, limit, &page);
    // Shared numbers beyond one page are rare; paging continues by full text.
    if (page.hasMore)
        page.nextCursor = QStringLiteral("f:") + QString::number(page.rows.constLast().id);
    return page;
}

SearchPage CustomerRepository::searchCustomerNumberExact(const SearchRequest &request,
                                                         const QString &number)
{
    Q_UNUSED(request)
    SearchPage page;
    QSqlQuery &query = m_database.prepared(QStringLiteral("SELECT ") + SummaryColumns
                                           + QStringLiteral(" FROM customers AS c WHERE c.customer_number = ?"));
    query.bindValue(0, number);
    if (!query.exec()) {
        page.error = searchError();
        return page;
    }
    readPage(query, 1, &page);
    return page;
}

SearchPage CustomerRepository::searchCustomerNumberPrefix(const SearchRequest &request,
                                                          const QString &digits)
{
    SearchPage page;
    const int limit = qBound(1, request.limit, 500);
    const QString after = request.cursor.startsWith(QLatin1String("d:")) ? request.cursor.mid(2)
                                                                          : QStringLiteral("");
    const QString sql = QStringLiteral("SELECT ") + SummaryColumns
                        + QStringLiteral(" FROM customers AS c"
                                         " WHERE c.customer_number >= ? AND c.customer_number < ?"
                                         " AND c.customer_number > ?"
                                         " ORDER BY c.customer_number LIMIT ?");
    QSqlQuery &query = m_database.prepared(sql);
    query.bindValue(0, digits);
    query.bindValue(1, prefixUpperBound(digits));
    query.bindValue(2, after);
    query.bindValue(3, limit + 1);
    if (!query.exec()) {
        page.error = searchError();
        return page;
    }
    readPage(query, limit, &page);
    if (page.hasMore)
        page.nextCursor = QStringLiteral("d:") + page.rows.constLast().customerNumber;
    return page;
}

std::optional<Customer> CustomerRepository::customer(qint64 customerId, QString *error)
{
    QSqlQuery &query = m_database.prepared(QStringLiteral(
        "SELECT id, customer_number, first_name, last_name, birth_date, national_id, country,"
        " phone_e164, email, street, postcode, city, language, loyalty_tier,"
        " consent_marketing, consent_sms, created_at, updated_at, version"
        " FROM customers WHERE id = ?"));
    query.bindValue(0, customerId);
    if (!query.exec()) {
        if (error)
            *error = query.lastError().text();
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;

    Customer c;
    c.id = query.value(0).toLongLong();
    c.customerNumber = query.value(1).toString();
    c.firstName = query.value(2).toString();
    c.lastName = query.value(3).toString();
    c.birthDate = dateFrom(query.value(4));
    c.country = query.value(6).toString();
    c.nationalIdMasked = NationalId::mask(query.value(5).toString(), c.country);
    c.contact.phoneE164 = query.value(7).toString();
    c.contact.email = query.value(8).toString();
    c.contact.street = query.value(9).toString();
    c.contact.postcode = query.value(10).toString();
    c.contact.city = query.value(11).toString();
    c.contact.language = query.value(12).toString();
    c.tier = tierFromString(query.value(13).toString());
    c.consentMarketing = query.value(14).toBool();
    c.consentSms = query.value(15).toBool();
    c.createdAt = dateTimeFrom(query.value(16));
    c.updatedAt = dateTimeFrom(query.value(17));
    c.version = query.value(18).toInt();
    query.finish();

    QSqlQuery &benefits = m_database.prepared(QStringLiteral(
        "SELECT code, description, valid_until FROM customer_benefits"
        " WHERE customer_id = ? ORDER BY valid_until"));
    benefits.bindValue(0, customerId);
    if (benefits.exec()) {
        while (benefits.next())
            c.benefits.append({benefits.value(0).toString(), benefits.value(1).toString(),
                               dateFrom(benefits.value(2))});
    }
    benefits.finish();
    return c;
}

std::optional<CustomerDetails> CustomerRepository::details(qint64 customerId, QString *error)
{
    const std::optional<Customer> customer = this->customer(customerId, error);
    if (!customer)
        return std::nullopt;

    CustomerDetails details;
    details.customer = *customer;

    QSqlQuery &accounts = m_database.prepared(QStringLiteral(
        "SELECT id, account_number, product, currency, credit_limit_minor, balance_minor,"
        " minimum_due_minor, due_date, status FROM accounts WHERE customer_id = ? ORDER BY id"));
    accounts.bindValue(0, customerId);
    if (accounts.exec()) {
        while (accounts.next()) {
            Account account;
            account.id = accounts.value(0).toLongLong();
            account.accountNumber = accounts.value(1).toString();
            account.product = accounts.value(2).toString();
            const QString currency = accounts.value(3).toString();
            account.creditLimit = {accounts.value(4).toLongLong(), currency};
            account.balance = {accounts.value(5).toLongLong(), currency};
            account.minimumDue = {accounts.value(6).toLongLong(), currency};
            account.dueDate = dateFrom(accounts.value(7));
            account.status = accounts.value(8).toString();
            details.accounts.append(account);
        }
    }
    accounts.finish();

    QSqlQuery &cards = m_database.prepared(QStringLiteral(
        "SELECT id, account_id, bin, last4, product, embossed_name, status, status_reason,"
        " expiry, replacement_of, online_enabled, abroad_enabled, contactless_enabled, atm_enabled,"
        " replacement_reason, version"
        " FROM cards WHERE customer_id = ?"
        " ORDER BY CASE status WHEN 'active' THEN 0 WHEN 'locked' THEN 1 WHEN 'closed' THEN 3 ELSE 2 END,"
        " id DESC"));
    cards.bindValue(0, customerId);
    if (cards.exec()) {
        while (cards.next()) {
            Card card;
            card.id = cards.value(0).toLongLong();
            card.accountId = cards.value(1).toLongLong();
            card.bin = cards.value(2).toString();
            card.last4 = cards.value(3).toString();
            card.product = cards.value(4).toString();
            card.embossedName = cards.value(5).toString();
            card.status = cardStatusFromString(cards.value(6).toString());
            card.statusReason = cards.value(7).toString();
            const QDate expiryMonth = QDate::fromString(cards.value(8).toString().left(7) + QStringLiteral("-01"),
                                                        Qt::ISODate);
            card.expiry = expiryMonth.isValid() ? expiryMonth.addMonths(1).addDays(-1) : QDate();
            card.replacementOf = cards.value(9).toLongLong();
            card.onlineEnabled = cards.value(10).toBool();
            card.abroadEnabled = cards.value(11).toBool();
            card.contactlessEnabled = cards.value(12).toBool();
            card.atmEnabled = cards.value(13).toBool();
            card.replacementReason = cards.value(14).toString();
            card.version = cards.value(15).toInt();
            details.cards.append(card);
        }
    }
    cards.finish();

    QSqlQuery &transactions = m_database.prepared(QStringLiteral("SELECT ") + QString::fromLatin1(TransactionColumns)
                                                  + QStringLiteral(
                                                      " FROM cards AS k JOIN transactions AS t ON t.card_id = k.id"
                                                      " WHERE k.customer_id = ? ORDER BY t.occurred_at DESC LIMIT 100"));
    transactions.bindValue(0, customerId);
    if (transactions.exec()) {
        while (transactions.next())
            details.recentTransactions.append(transactionFromRow(transactions));
    }
    transactions.finish();
    return details;
}

Transaction CustomerRepository::transactionFromRow(const QSqlQuery &row)
{
    Transaction t;
    t.id = row.value(0).toLongLong();
    t.cardId = row.value(1).toLongLong();
    t.cardLast4 = row.value(2).toString();
    t.occurredAt = dateTimeFrom(row.value(3));
    t.amount = {row.value(4).toLongLong(), row.value(5).toString()};
    t.merchant = row.value(6).toString();
    t.mcc = row.value(7).toString();
    t.country = row.value(8).toString();
    t.status = transactionStatusFromString(row.value(9).toString());
    t.disputeStatus = row.value(10).toString();
    t.entryMode = row.value(11).toString();
    return t;
}

QString CustomerRepository::nationalId(qint64 customerId, QString *error)
{
    QSqlQuery &query = m_database.prepared(QStringLiteral("SELECT national_id FROM customers WHERE id = ?"));
    query.bindValue(0, customerId);
    if (!query.exec() || !query.next()) {
        if (error)
            *error = query.lastError().text();
        return {};
    }
    const QString id = query.value(0).toString();
    query.finish();
    return id;
}

bool CustomerRepository::updateContact(qint64 customerId, int expectedVersion,
                                       const ContactDetails &details, bool *conflict,
                                       QString *error)
{
    *conflict = false;
    QSqlQuery &update = m_database.prepared(QStringLiteral(
        "UPDATE customers SET phone_e164 = ?, email = ?, street = ?, postcode = ?, city = ?,"
        " language = ?, updated_at = ?, version = version + 1"
        " WHERE id = ? AND version = ?"));
    update.bindValue(0, details.phoneE164.isEmpty() ? QVariant() : QVariant(details.phoneE164));
    update.bindValue(1, details.email.isEmpty() ? QVariant() : QVariant(details.email));
    update.bindValue(2, details.street);
    update.bindValue(3, details.postcode);
    update.bindValue(4, details.city);
    update.bindValue(5, details.language);
    update.bindValue(6, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    update.bindValue(7, customerId);
    update.bindValue(8, expectedVersion);
    if (!update.exec()) {
        if (error)
            *error = update.lastError().text();
        return false;
    }
    const int changed = update.numRowsAffected();
    update.finish();
    if (changed != 1) {
        *conflict = true;
        return false;
    }
    return refreshSearchDocument(customerId, error);
}

namespace {

bool writeSearchDocument(QSqlQuery &select, QSqlQuery &cards, QSqlQuery &remove, QSqlQuery &insert,
                         QString *error)
{
    CustomerSearchFields fields;
    const qint64 id = select.value(0).toLongLong();
    fields.customerNumber = select.value(1).toString();
    fields.firstName = select.value(2).toString();
    fields.lastName = select.value(3).toString();
    fields.email = select.value(4).toString();
    fields.phoneE164 = select.value(5).toString();
    fields.city = select.value(6).toString();

    cards.bindValue(0, id);
    if (!cards.exec()) {
        *error = cards.lastError().text();
        return false;
    }
    while (cards.next())
        fields.cardLast4s << cards.value(0).toString();
    cards.finish();

    remove.bindValue(0, id);
    insert.bindValue(0, id);
    insert.bindValue(1, CustomerSearchDocument::build(fields));
    if (!remove.exec() || !insert.exec()) {
        *error = remove.lastError().text() + insert.lastError().text();
        return false;
    }
    return true;
}

const QString SearchSourceSql = QStringLiteral(
    "SELECT id, customer_number, first_name, last_name, email, phone_e164, city FROM customers");
const QString SearchCardsSql = QStringLiteral(
    "SELECT last4 FROM cards WHERE customer_id = ? AND status NOT IN ('closed') ORDER BY id");
const QString SearchDeleteSql = QStringLiteral("DELETE FROM customer_search WHERE rowid = ?");
const QString SearchInsertSql = QStringLiteral("INSERT INTO customer_search (rowid, doc) VALUES (?, ?)");

} // namespace

bool CustomerRepository::refreshSearchDocument(qint64 customerId, QString *error)
{
    QString localError;
    QSqlQuery &select = m_database.prepared(SearchSourceSql + QStringLiteral(" WHERE id = ?"));
    select.bindValue(0, customerId);
    if (!select.exec() || !select.next()) {
        if (error)
            *error = select.lastError().text();
        return false;
    }
    const bool ok = writeSearchDocument(select, m_database.prepared(SearchCardsSql),
                                        m_database.prepared(SearchDeleteSql),
                                        m_database.prepared(SearchInsertSql), &localError);
    select.finish();
    if (!ok && error)
        *error = localError;
    return ok;
}

bool CustomerRepository::rebuildSearchIndex(QSqlDatabase &db, QString *error)
{
    QSqlQuery clear(db);
    if (!clear.exec(QStringLiteral("DELETE FROM customer_search"))) {
        *error = clear.lastError().text();
        return false;
    }
    QSqlQuery select(db);
    select.setForwardOnly(true);
    QSqlQuery cards(db);
    QSqlQuery remove(db);
    QSqlQuery insert(db);
    if (!select.exec(SearchSourceSql + QStringLiteral(" ORDER BY id")) || !cards.prepare(SearchCardsSql)
        || !remove.prepare(SearchDeleteSql) || !insert.prepare(SearchInsertSql)) {
        *error = select.lastError().text() + cards.lastError().text();
        return false;
    }
    while (select.next()) {
        if (!writeSearchDocument(select, cards, remove, insert, error))
            return false;
    }
    return true;
}
