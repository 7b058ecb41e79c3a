#include "localcustomerservice.h"

#include "commandprocessor.h"

#include "domain/contactvalidator.h"
#include "domain/phonenumbers.h"
#include "storage/customerrepository.h"
#include "storage/database.h"
#include "storage/databaseworker.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QMetaObject>

namespace {

QString subjectFor(qint64 customerId)
{
    return QStringLiteral("customer:") + QString::number(customerId);
}

QJsonObject toJson(const ContactDetails &details)
{
    return {
        {QStringLiteral("phone"), details.phoneE164},
        {QStringLiteral("email"), details.email},
        {QStringLiteral("street"), details.street},
        {QStringLiteral("postcode"), details.postcode},
        {QStringLiteral("city"), details.city},
        {QStringLiteral("language"), details.language},
    };
}

} // namespace

LocalCustomerService::LocalCustomerService(DatabaseWorker *worker, QObject *parent)
    : CustomerService(parent)
    , m_worker(worker)
{
}

void LocalCustomerService::setAgent(const Agent &agent)
{
    m_agent = agent;
}

QFuture<SearchPage> LocalCustomerService::search(const SearchRequest &request)
{
    // Only a first page supersedes: a page fetched by scrolling belongs to the
    // current query and must arrive.
    const quint64 ticket = request.cursor.isEmpty() ? ++m_searchTicket : 0;
    return m_worker->run([this, request, ticket](Database &db) {
        if (ticket != 0 && ticket != m_searchTicket.loadAcquire()) {
            SearchPage page;
            page.text = request.text;
            page.superseded = true;
            return page;
        }
        if (!db.isOpen()) {
            SearchPage page;
            page.text = request.text;
            page.error = tr("The customer database is not open.");
            return page;
        }
        return CustomerRepository(db).search(request);
    });
}

QFuture<CustomerResult> LocalCustomerService::customer(qint64 customerId)
{
    return m_worker->run([customerId](Database &db) {
        CustomerResult result;
        if (!db.isOpen()) {
            result.error = tr("The customer database is not open.");
            return result;
        }
        QString error;
        const std::optional<CustomerDetails> details = CustomerRepository(db).details(customerId, &error);
        if (details) {
            result.found = true;
            result.details = *details;
        } else if (!error.isEmpty()) {
            qWarning("LocalCustomerService: customer %lld: %s", customerId, qUtf8Printable(error));
            result.error = tr("The customer could not be read. Try again.");
        } else {
            result.error = tr("There is no customer %1.").arg(customerId);
        }
        return result;
    });
}

QFuture<CommandResult> LocalCustomerService::updateContactDetails(qint64 customerId,
                                                                  int expectedVersion,
                                                                  const ContactDetails &details)
{
    QJsonObject payload = toJson(details);
    payload.insert(QStringLiteral("expectedVersion"), expectedVersion);
    const Command command = Command::make(QStringLiteral("customer.contact.update"),
                                          subjectFor(customerId), payload, m_agent.username);

    return m_worker->run([this, command, customerId, expectedVersion, details](Database &db) {
        CommandProcessor processor(db);
        const CommandResult result = processor.apply(command, [&](Database &db, const Command &,
                                                                  QJsonObject *audit) {
            CommandResult outcome;
            CustomerRepository customers(db);
            QString error;
            const std::optional<Customer> current = customers.customer(customerId, &error);
            if (!current) {
                outcome.status = error.isEmpty() ? CommandResult::Rejected : CommandResult::Failed;
                outcome.message = tr("There is no customer %1.").arg(customerId);
                return outcome;
            }

            // The service validates whatever the widgets already checked.
            ContactDetails normalized = details;
            normalized.email = details.email.trimmed();
            normalized.street = details.street.trimmed();
            normalized.city = details.city.trimmed();
            QJsonObject fieldErrors;
            const auto check = [&fieldErrors](const char *field, const QString &message) {
                if (!message.isEmpty())
                    fieldErrors.insert(QLatin1String(field), message);
            };
            if (!details.phoneE164.trimmed().isEmpty()) {
                check("phone", ContactValidator::checkPhone(details.phoneE164, current->country));
                normalized.phoneE164 = PhoneNumbers::toE164(details.phoneE164, current->country);
            } else {
                normalized.phoneE164.clear();
            }
            if (!normalized.email.isEmpty())
                check("email", ContactValidator::checkEmail(normalized.email));
            check("street", ContactValidator::checkStreet(normalized.street));
            check("city", ContactValidator::checkCity(normalized.city));
            check("postcode", ContactValidator::checkPostcode(details.postcode, current->country));
            normalized.postcode = ContactValidator::normalizePostcode(details.postcode, current->country);
            static const QStringList languages = {QStringLiteral("fi"), QStringLiteral("sv"),
                                                  QStringLiteral("nb"), QStringLiteral("en")};
            if (!languages.contains(normalized.language))
                check("language", tr("Choose the customer's language: Finnish, Swedish, Norwegian or English."));
            if (normalized.phoneE164.isEmpty() && normalized.email.isEmpty())
                check("email", tr("Keep at least a phone number or an email address, so that the "
                                  "customer can be reached."));
            if (!fieldErrors.isEmpty()) {
                outcome.status = CommandResult::Rejected;
                outcome.fieldErrors = fieldErrors;
                outcome.message = tr("Some details need correcting before they can be saved.");
                return outcome;
            }

            bool conflict = false;
            if (!customers.updateContact(customerId, expectedVersion, normalized, &conflict, &error)) {
                outcome.status = conflict ? CommandResult::Conflict : CommandResult::Failed;
                outcome.message = conflict
                                      ? tr("Someone else changed this customer's details while you "
                                           "were editing. Reload the customer and make your change again.")
                                      : error;
                return outcome;
            }

            QJsonObject before = toJson(current->contact);
            QJsonObject after = toJson(normalized);
            QJsonObject changes;
            for (auto it = after.constBegin(); it != after.constEnd(); ++it) {
                if (before.value(it.key()) != it.value())
                    changes.insert(it.key(), QJsonObject{{QStringLiteral("from"), before.value(it.key())},
                                                         {QStringLiteral("to"), it.value()}});
            }
            audit->insert(QStringLiteral("changes"), changes);
            outcome.status = CommandResult::Applied;
            outcome.message = tr("Contact details saved.");
            return outcome;
        });
        if (result.status == CommandResult::Applied)
            notifyChanged(customerId);
        return result;
    });
}

QFuture<RevealResult> LocalCustomerService::revealNationalId(qint64 customerId, const QString &reason)
{
    const Command command = Command::make(QStringLiteral("customer.national_id.reveal"),
                                          subjectFor(customerId),
                                          {{QStringLiteral("reason"), reason.trimmed()}},
                                          m_agent.username);
    return m_worker->run([command, customerId, reason](Database &db) {
        RevealResult reveal;
        if (reason.trimmed().isEmpty()) {
            reveal.message = tr("Say why you need to see the identity number; the reason is "
                                "recorded in the audit log.");
            return reveal;
        }
        QString nationalId;
        CommandProcessor processor(db);
        const CommandResult result = processor.apply(command, [&](Database &db, const Command &,
                                                                  QJsonObject *audit) {
            CommandResult outcome;
            QString error;
            nationalId = CustomerRepository(db).nationalId(customerId, &error);
            if (nationalId.isEmpty()) {
                outcome.status = error.isEmpty() ? CommandResult::Rejected : CommandResult::Failed;
                outcome.message = tr("There is no customer %1.").arg(customerId);
                return outcome;
            }
            audit->insert(QStringLiteral("reason"), reason.trimmed());
            outcome.status = CommandResult::Applied;
            return outcome;
        });
        reveal.ok = result.status == CommandResult::Applied;
        reveal.nationalId = reveal.ok ? nationalId : QString();
        reveal.message = reveal.ok ? tr("This reveal was recorded in the audit log.") : result.message;
        return reveal;
    });
}

void LocalCustomerService::notifyChanged(qint64 customerId)
{
    QMetaObject::invokeMethod(this, [this, customerId] { Q_EMIT customerChanged(customerId); },
                              Qt::QueuedConnection);
}
