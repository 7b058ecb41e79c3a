#include "customerapi.h"

#include "cardorderstore.h"
#include "cardstore.h"
#include "commandexecutor.h"
#include "customerstore.h"
#include "queryparams.h"
#include "requestbody.h"
#include "requestlog.h"
#include "router.h"
#include "sqlvalues.h"

#include "domain/contactvalidator.h"
#include "domain/phonenumbers.h"
#include "domain/verification.h"

#include <QJsonArray>

#include <limits>

namespace {

constexpr int RecentTransactions = 50;

ServerResponse notFound(qint64 customerId)
{
    return ServerResponse::problem(404, QStringLiteral("not_found"),
                                QStringLiteral("There is no customer %1.").arg(customerId));
}

ServerResponse search(RequestContext &context)
{
    QueryParams params(context.request);
    const QString text = params.text(QStringLiteral("q"), true, 200);
    const int limit = params.limit(50, 200);
    const QString after = params.cursor(QStringLiteral("after"));
    if (params.hasErrors())
        return params.problem();
    CustomerStore customers(context.db, context.dialect);
    bool badCursor = false;
    QString error;
    const std::optional<CustomerStore::Page> page = customers.search(text, limit, after, &badCursor, &error);
    if (badCursor) {
        return ServerResponse::problem(400, QStringLiteral("malformed_request"),
                                    QStringLiteral("Query parameter after is not a cursor of this search; start "
                                                   "again without it."));
    }
    if (!page)
        return context.storageFailure(error);
    QJsonArray items;
    for (const CustomerSummary &row : page->rows)
        items.append(JsonCodec::toJson(row));
    return ServerResponse::json(200, {{QStringLiteral("items"), items},
                                   {QStringLiteral("next"), page->next.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                                                 : QJsonValue(page->next)}});
}

ServerResponse customer(RequestContext &context)
{
    const qint64 customerId = context.request.idParam(QStringLiteral("customerId"));
    CustomerStore customers(context.db, context.dialect);
    QString error;
    const std::optional<JsonCodec::CustomerView> view =
        customers.view(customerId, context.agent.agent.username, RecentTransactions, &error);
    if (!view)
        return error.isEmpty() ? notFound(customerId) : context.storageFailure(error);
    ServerResponse response = ServerResponse::json(200, JsonCodec::toJson(*view));
    response.setHeader(QByteArrayLiteral("ETag"), '"' + QByteArray::number(view->customer.version) + '"');
    return response;
}

ServerResponse recordVerification(RequestContext &context)
{
    const qint64 customerId = context.request.idParam(QStringLiteral("customerId"));
    CommandExecutor executor(context);
    return executor.execute(
        QStringLiteral("customer.verification.record"), QStringLiteral("customer:") + QString::number(customerId),
        [&](const Command &command) {
            CommandExecutor::Effect effect;
            RequestBody body(context.request,
                             {QStringLiteral("method"), QStringLiteral("passed"), QStringLiteral("cardId")});
            if (const std::optional<ServerResponse> problem = body.formatProblem()) {
                effect.response = *problem;
                return effect;
            }
            const QString methodName = body.text(QStringLiteral("method"), true, 40);
            const std::optional<Verification::Method> method = Verification::methodFromName(methodName);
            if (!methodName.isEmpty() && !method)
                body.addError(QStringLiteral("method"),
                              QStringLiteral("must be strong_eid, app_confirmation, knowledge_questions or "
                                             "card_identified"));
            const std::optional<bool> passed = body.boolean(QStringLiteral("passed"), true);
            const std::optional<qint64> cardId = body.integer(QStringLiteral("cardId"), true, 0, Q_INT64_C(1) << 53);
            if (body.hasErrors()) {
                effect.response = body.problem();
                return effect;
            }
            QString error;
            CardStore cards(context.db, context.dialect);
            CustomerStore customers(context.db, context.dialect);
            {
                QSqlQuery exists(context.db);
                if (!SqlValues::exec(exists, QStringLiteral("SELECT 1 FROM customers WHERE id = ?"), {customerId},
                                     &error)) {
                    effect.response = context.storageFailure(error);
                    return effect;
                }
                if (!exists.next()) {
                    effect.response = notFound(customerId);
                    return effect;
                }
            }
            if (*cardId > 0) {
                const std::optional<CardStore::Record> card = cards.card(*cardId, &error);
                if (!error.isEmpty()) {
                    effect.response = context.storageFailure(error);
                    return effect;
                }
                if (!card || card->customerId != customerId) {
                    body.addError(QStringLiteral("cardId"),
                                  QStringLiteral("must be one of the customer's cards, or 0 for none"));
                    effect.response = body.problem();
                    return effect;
                }
            }
            JsonCodec::VerificationRecord record;
            record.customerId = customerId;
            record.cardId = *cardId;
            record.agent = context.agent.agent.username;
            record.outcome = {*method, *passed, command.issuedAt};
            if (!cards.recordVerification(customerId, *cardId, record.outcome, record.agent, command.id, &error)) {
                effect.response = context.storageFailure(error);
                return effect;
            }
            effect.applied = true;
            effect.customerId = customerId;
            effect.cardId = *cardId;
            effect.auditDetails = {{QStringLiteral("customerId"), customerId},
                                   {QStringLiteral("cardId"), *cardId},
                                   {QStringLiteral("method"), methodName},
                                   {QStringLiteral("passed"), *passed}};
            effect.response = ServerResponse::json(201, JsonCodec::toJson(record));
            return effect;
        });
}

/// 409 verification_required unless this agent verified the caller strongly
/// (bank ID or app confirmation) within the last 30 minutes: a contact change
/// and vouching for a flagged address open the way to taking over an account.
std::optional<ServerResponse> strongVerificationMissing(RequestContext &context, qint64 customerId,
                                                        const QDateTime &now, const QString &what)
{
    QString error;
    const std::optional<JsonCodec::VerificationRecord> verification =
        CardStore(context.db, context.dialect).latestVerification(customerId, context.agent.agent.username, &error);
    if (!error.isEmpty())
        return context.storageFailure(error);
    if (Verification::allows(verification ? std::optional(verification->outcome) : std::nullopt,
                             Verification::Action::ContactChange, now))
        return std::nullopt;
    return ServerResponse::problem(
        409, QStringLiteral("verification_required"),
        QStringLiteral("%1 needs the caller strongly verified (bank ID or app confirmation) by you within the last "
                       "30 minutes. Record the verification, then send the command again with a new "
                       "Idempotency-Key.")
            .arg(what));
}

/// The change feed's entry for a customer as the store has them now.
JsonCodec::Change customerChange(const Customer &customer)
{
    JsonCodec::Change change;
    change.entity = QStringLiteral("customer");
    change.entityId = customer.id;
    change.op = QStringLiteral("upsert");
    change.version = customer.version;
    change.data = JsonCodec::toJson(customer);
    return change;
}

/// The contact fields as the console's audit entry names them (strings, "" for none).
QJsonObject contactFields(const ContactDetails &contact)
{
    return {{QStringLiteral("phone"), contact.phoneE164},   {QStringLiteral("email"), contact.email},
            {QStringLiteral("street"), contact.street},     {QStringLiteral("postcode"), contact.postcode},
            {QStringLiteral("city"), contact.city},         {QStringLiteral("language"), contact.language}};
}

ServerResponse customerVersionConflict(const CustomerStore::Record &now, qint64 seen)
{
    const Customer &c = now.customer;
    return ServerResponse::problem(
        412, QStringLiteral("version_conflict"),
        QStringLiteral("Customer %1 changed since version %2: it is now at version %3 (by %4). Reload the customer "
                       "and make your change again.")
            .arg(c.id)
            .arg(seen)
            .arg(c.version)
            .arg(now.changedBy()),
        {},
        {{QStringLiteral("current"), JsonCodec::toJson(c)},
         {QStringLiteral("changedBy"), now.changedBy()},
         {QStringLiteral("changedAt"), JsonCodec::timestamp(now.changedAt())}});
}

/// customer.contact.update, checked as the console's LocalCustomerService
/// checks it: the phone in any common format of the customer's country
/// (stored as E.164), the e-mail, street, city, the postcode of the country
/// (stored in its canonical form), the language, and a phone or an e-mail to
/// reach the customer by. expectedVersion is the version the agent edited.
ServerResponse updateContact(RequestContext &context)
{
    const qint64 customerId = context.request.idParam(QStringLiteral("customerId"));
    CommandExecutor executor(context);
    return executor.execute(
        QStringLiteral("customer.contact.update"), QStringLiteral("customer:") + QString::number(customerId),
        [&](const Command &command) {
            CommandExecutor::Effect effect;
            RequestBody body(context.request,
                             {QStringLiteral("expectedVersion"), QStringLiteral("phone"), QStringLiteral("email"),
                              QStringLiteral("street"), QStringLiteral("postcode"), QStringLiteral("city"),
                              QStringLiteral("language")});
            if (const std::optional<ServerResponse> problem = body.formatProblem()) {
                effect.response = *problem;
                return effect;
            }
            const std::optional<qint64> expectedVersion =
                body.integer(QStringLiteral("expectedVersion"), true, 1, std::numeric_limits<int>::max());
            const QString phone = body.text(QStringLiteral("phone"), true, 32, true);
            const QString email = body.text(QStringLiteral("email"), true, 254, true).trimmed();
            const QString street = body.freeText(QStringLiteral("street"), true, 200).trimmed();
            const QString postcode = body.text(QStringLiteral("postcode"), true, 16, true);
            const QString city = body.freeText(QStringLiteral("city"), true, 100).trimmed();
            const QString language = body.text(QStringLiteral("language"), true, 2);
            static const QStringList languages{QStringLiteral("fi"), QStringLiteral("sv"), QStringLiteral("nb"),
                                               QStringLiteral("en")};
            if (!language.isEmpty() && !languages.contains(language))
                body.addError(QStringLiteral("language"), QStringLiteral("must be fi, sv, nb or en"));
            if (body.hasErrors()) {
                effect.response = body.problem();
                return effect;
            }

            CustomerStore customers(context.db, context.dialect);
            QString error;
            const std::optional<CustomerStore::Record> current = customers.record(customerId, &error);
            if (!current) {
                effect.response = error.isEmpty() ? notFound(customerId) : context.storageFailure(error);
                return effect;
            }
            const QString country = current->customer.country;
            ContactDetails contact;
            contact.email = email;
            contact.street = street;
            contact.city = city;
            contact.language = language;
            const auto check = [&body](const char *field, const QString &message) {
                if (!message.isEmpty())
                    body.addError(QLatin1String(field), message);
            };
            if (!phone.trimmed().isEmpty()) {
                check("phone", ContactValidator::checkPhone(phone, country));
                contact.phoneE164 = PhoneNumbers::toE164(phone, country);
            }
            if (!email.isEmpty())
                check("email", ContactValidator::checkEmail(email));
            check("street", ContactValidator::checkStreet(street));
            check("city", ContactValidator::checkCity(city));
            check("postcode", ContactValidator::checkPostcode(postcode, country));
            contact.postcode = ContactValidator::normalizePostcode(postcode, country);
            if (phone.trimmed().isEmpty() && email.isEmpty())
                check("email", QStringLiteral("Keep at least a phone number or an email address, so that the "
                                              "customer can be reached."));
            if (body.hasErrors()) {
                effect.response = body.problem();
                return effect;
            }
            if (current->customer.version != *expectedVersion) {
                effect.response = customerVersionConflict(*current, *expectedVersion);
                return effect;
            }
            if (const std::optional<ServerResponse> refusal = strongVerificationMissing(
                    context, customerId, command.issuedAt, QStringLiteral("Changing contact details"))) {
                effect.response = *refusal;
                return effect;
            }
            bool conflict = false;
            if (!customers.updateContact(customerId, int(*expectedVersion), contact, command.agent, command.issuedAt,
                                         &conflict, &error)) {
                if (!conflict) {
                    effect.response = context.storageFailure(error);
                    return effect;
                }
                error.clear();
                const std::optional<CustomerStore::Record> now = customers.record(customerId, &error);
                effect.response = now ? customerVersionConflict(*now, *expectedVersion)
                                      : context.storageFailure(error.isEmpty() ? QStringLiteral("the customer vanished")
                                                                               : error);
                return effect;
            }
            const std::optional<CustomerStore::Record> after = customers.record(customerId, &error);
            if (!after) {
                effect.response =
                    context.storageFailure(error.isEmpty() ? QStringLiteral("the customer vanished") : error);
                return effect;
            }
            // What changed, from and to, as the console's audit entry has it.
            const QJsonObject before = contactFields(current->customer.contact);
            const QJsonObject now = contactFields(after->customer.contact);
            QJsonObject changes;
            for (auto it = now.constBegin(); it != now.constEnd(); ++it) {
                if (before.value(it.key()) != it.value())
                    changes.insert(it.key(), QJsonObject{{QStringLiteral("from"), before.value(it.key())},
                                                         {QStringLiteral("to"), it.value()}});
            }
            effect.applied = true;
            effect.customerId = customerId;
            effect.auditDetails = {{QStringLiteral("customerId"), customerId}, {QStringLiteral("changes"), changes}};
            effect.changes.append(customerChange(after->customer));
            effect.response = ServerResponse::json(200, JsonCodec::toJson(after->customer));
            effect.response.setHeader(QByteArrayLiteral("ETag"),
                                      '"' + QByteArray::number(after->customer.version) + '"');
            return effect;
        });
}

/// customer.address_flag.clear: the address a card never arrived at is
/// confirmed with the customer. As the console's LocalCardService: 409 when
/// it is not flagged (any more), strong verification, the flag and the note
/// in the audit entry.
ServerResponse clearAddressFlag(RequestContext &context)
{
    const qint64 customerId = context.request.idParam(QStringLiteral("customerId"));
    CommandExecutor executor(context);
    return executor.execute(
        QStringLiteral("customer.address_flag.clear"), QStringLiteral("customer:") + QString::number(customerId),
        [&](const Command &command) {
            CommandExecutor::Effect effect;
            RequestBody body(context.request, {QStringLiteral("note")});
            if (const std::optional<ServerResponse> problem = body.formatProblem()) {
                effect.response = *problem;
                return effect;
            }
            const QString note = body.freeText(QStringLiteral("note"), true, 2000, false).trimmed();
            if (body.hasErrors()) {
                effect.response = body.problem();
                return effect;
            }
            CustomerStore customers(context.db, context.dialect);
            QString error;
            const std::optional<CustomerStore::Record> current = customers.record(customerId, &error);
            if (!current) {
                effect.response = error.isEmpty() ? notFound(customerId) : context.storageFailure(error);
                return effect;
            }
            const auto notFlagged = [customerId] {
                return ServerResponse::problem(
                    409, QStringLiteral("not_flagged"),
                    QStringLiteral("The address of customer %1 is not flagged (any more). Nothing was changed.")
                        .arg(customerId));
            };
            const QString flag = CardOrderStore(context.db, context.dialect).addressFlag(customerId, &error);
            if (!error.isEmpty()) {
                effect.response = context.storageFailure(error);
                return effect;
            }
            if (flag.isEmpty()) {
                effect.response = notFlagged();
                return effect;
            }
            if (const std::optional<ServerResponse> refusal = strongVerificationMissing(
                    context, customerId, command.issuedAt, QStringLiteral("Confirming a flagged address"))) {
                effect.response = *refusal;
                return effect;
            }
            if (!customers.clearAddressFlag(customerId, &error)) {
                effect.response = error.isEmpty() ? notFlagged() : context.storageFailure(error);
                return effect;
            }
            const std::optional<JsonCodec::HolderView> holder =
                customers.holder(customerId, context.agent.agent.username, &error);
            if (!holder) {
                effect.response = context.storageFailure(error);
                return effect;
            }
            effect.applied = true;
            effect.customerId = customerId;
            effect.auditDetails = {{QStringLiteral("customerId"), customerId},
                                   {QStringLiteral("flag"), flag},
                                   {QStringLiteral("note"), note}};
            // The profile is as it was; the change tells the consoles showing
            // the customer to read the card panel again.
            effect.changes.append(customerChange(current->customer));
            effect.response = ServerResponse::json(200, JsonCodec::toJson(*holder));
            return effect;
        });
}

/// customer.national_id.reveal: the full number, for a reason the audit
/// log keeps (the number itself never goes there), as the console's
/// LocalCustomerService::revealNationalId. No change on the feed: nothing changed.
ServerResponse revealNationalId(RequestContext &context)
{
    const qint64 customerId = context.request.idParam(QStringLiteral("customerId"));
    CommandExecutor executor(context);
    return executor.execute(
        QStringLiteral("customer.national_id.reveal"), QStringLiteral("customer:") + QString::number(customerId),
        [&](const Command &) {
            CommandExecutor::Effect effect;
            RequestBody body(context.request, {QStringLiteral("reason")});
            if (const std::optional<ServerResponse> problem = body.formatProblem()) {
                effect.response = *problem;
                return effect;
            }
            const QString reason = body.freeText(QStringLiteral("reason"), true, 500, false).trimmed();
            if (!body.hasErrors() && reason.isEmpty())
                body.addError(QStringLiteral("reason"), QStringLiteral("must say why the full number is needed; "
                                                                       "it is recorded in the audit log"));
            if (body.hasErrors()) {
                effect.response = body.problem();
                return effect;
            }
            QString error;
            const QString nationalId = CustomerStore(context.db, context.dialect).nationalId(customerId, &error);
            if (nationalId.isEmpty()) {
                effect.response = error.isEmpty() ? notFound(customerId) : context.storageFailure(error);
                return effect;
            }
            effect.applied = true;
            effect.customerId = customerId;
            effect.auditDetails = {{QStringLiteral("customerId"), customerId}, {QStringLiteral("reason"), reason}};
            effect.response = ServerResponse::json(
                200, {{QStringLiteral("customerId"), customerId}, {QStringLiteral("nationalId"), nationalId}});
            return effect;
        });
}

} // namespace

void CustomerApi::addRoutes(Router &router)
{
    router.add("GET", QStringLiteral("/v1/customers"), Router::Access::Agent, &search);
    router.add("GET", QStringLiteral("/v1/customers/{customerId}"), Router::Access::Agent, &customer);
    router.add("POST", QStringLiteral("/v1/customers/{customerId}/verifications"), Router::Access::Agent,
               &recordVerification);
    router.add("POST", QStringLiteral("/v1/customers/{customerId}/contact"), Router::Access::Agent, &updateContact);
    router.add("POST", QStringLiteral("/v1/customers/{customerId}/address-flag/clear"), Router::Access::Agent,
               &clearAddressFlag);
    router.add("POST", QStringLiteral("/v1/customers/{customerId}/national-id/reveal"), Router::Access::Agent,
               &revealNationalId);
}
