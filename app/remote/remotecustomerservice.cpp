#include "remotecustomerservice.h"

#include "apiclient.h"
#include "apireply.h"
#include "remotecache.h"

#include "domain/jsoncodec.h"
#include "services/localcustomerservice.h"
#include "storage/database.h"
#include "storage/databaseworker.h"
#include "storage/sqltransaction.h"

#include <QJsonArray>
#include <QPromise>

#include <memory>

RemoteCustomerService::RemoteCustomerService(DatabaseWorker *worker, ApiClient *api, LocalCustomerService *local,
                                             QObject *parent)
    : CustomerService(parent)
    , m_worker(worker)
    , m_api(api)
    , m_local(local)
{
    connect(m_local, &CustomerService::customerChanged, this, &CustomerService::customerChanged);
}

QFuture<SearchPage> RemoteCustomerService::search(const SearchRequest &request)
{
    auto promise = std::make_shared<QPromise<SearchPage>>();
    promise->start();
    QFuture<SearchPage> future = promise->future();

    ApiRequest call;
    call.path = QStringLiteral("/v1/customers");
    call.query.addQueryItem(QStringLiteral("q"), request.text);
    call.query.addQueryItem(QStringLiteral("limit"), QString::number(qBound(1, request.limit, 200)));
    if (!request.cursor.isEmpty())
        call.query.addQueryItem(QStringLiteral("after"), request.cursor);
    ApiReply *reply = m_api->send(call);
    connect(reply, &ApiReply::finished, this, [this, promise, request](const ApiResult &result) {
        Q_EMIT reachabilityChanged(result.reachedServer());
        if (result.ok()) {
            SearchPage page;
            page.text = request.text;
            const QJsonObject body = result.json.object();
            for (const QJsonValue &item : body.value(QStringLiteral("items")).toArray()) {
                QString error;
                if (const std::optional<CustomerSummary> row = JsonCodec::customerSummaryFromJson(item, &error))
                    page.rows << *row;
                else
                    qWarning("RemoteCustomerService: a search row the client cannot read: %s", qUtf8Printable(error));
            }
            const QJsonValue next = body.value(QStringLiteral("next"));
            page.hasMore = next.isString() && !next.toString().isEmpty();
            page.nextCursor = page.hasMore ? next.toString() : QString();
            promise->addResult(page);
            promise->finish();
            return;
        }
        if (result.reachedServer() && result.status != 0 && result.status < 500) {
            SearchPage page;
            page.text = request.text;
            page.error = tr("The server refused the search: %1").arg(result.problem.detail);
            promise->addResult(page);
            promise->finish();
            return;
        }
        // No server: the customers this computer has opened before.
        m_local->search(request).then(this, [promise](SearchPage page) {
            if (page.error.isEmpty())
                page.error = tr("The server cannot be reached: these results are from this computer's copy "
                                "and may be out of date.");
            promise->addResult(page);
            promise->finish();
        });
    });
    return future;
}

QFuture<CustomerResult> RemoteCustomerService::customer(qint64 customerId)
{
    auto promise = std::make_shared<QPromise<CustomerResult>>();
    promise->start();
    QFuture<CustomerResult> future = promise->future();

    ApiRequest call;
    call.path = QStringLiteral("/v1/customers/%1").arg(customerId);
    ApiReply *reply = m_api->send(call);
    connect(reply, &ApiReply::finished, this, [this, promise, customerId](const ApiResult &result) {
        Q_EMIT reachabilityChanged(result.reachedServer());
        const auto readCache = [this, promise, customerId](const QString &note) {
            m_local->customer(customerId).then(this, [promise, note](CustomerResult found) {
                if (!found.found && found.error.isEmpty())
                    found.error = note;
                promise->addResult(found);
                promise->finish();
            });
        };
        if (!result.ok()) {
            if (result.status == 404) {
                CustomerResult missing;
                missing.error = tr("There is no such customer on the server.");
                promise->addResult(missing);
                promise->finish();
                return;
            }
            readCache(tr("The server cannot be reached and this customer has not been opened on this computer "
                         "before."));
            return;
        }
        QString error;
        const std::optional<JsonCodec::CustomerView> view = JsonCodec::customerViewFromJson(result.json.object(), &error);
        if (!view) {
            qWarning("RemoteCustomerService: a customer the client cannot read: %s", qUtf8Printable(error));
            readCache(tr("The server's answer could not be read."));
            return;
        }
        m_worker->run([view = *view](Database &db) {
            SqlTransaction transaction(db.connection());
            QString error;
            if (!transaction.isActive())
                return transaction.lastError();
            if (!RemoteCache(db).storeCustomerView(view, &error))
                return error;
            if (!transaction.commit())
                return transaction.lastError();
            return QString();
        }).then(this, [readCache](const QString &error) {
            if (!error.isEmpty())
                qWarning("RemoteCustomerService: the cache could not be updated: %s", qUtf8Printable(error));
            readCache(QString());
        });
    });
    return future;
}

QFuture<CommandResult> RemoteCustomerService::updateContactDetails(qint64 customerId, int expectedVersion,
                                                                   const ContactDetails &details)
{
    return m_local->updateContactDetails(customerId, expectedVersion, details);
}

QFuture<RevealResult> RemoteCustomerService::revealNationalId(qint64 customerId, const QString &reason)
{
    // The full number is only on the server (the cache holds the masked one),
    // so a reveal is asked of it directly, never queued: offline there is
    // nothing to show, and a queued reveal would be audited with no one to see it.
    const QString why = reason.trimmed();
    if (why.isEmpty()) {
        RevealResult refused;
        refused.message = tr("Say why you need to see the identity number; the reason is recorded in the audit log.");
        return QtFuture::makeReadyFuture(refused);
    }
    auto promise = std::make_shared<QPromise<RevealResult>>();
    promise->start();
    QFuture<RevealResult> future = promise->future();
    ApiRequest call;
    call.method = "POST";
    call.path = QStringLiteral("/v1/customers/%1/national-id/reveal").arg(customerId);
    call.body = {{QStringLiteral("reason"), why}};
    call.idempotencyKey = QUuid::createUuid();
    ApiReply *reply = m_api->send(call);
    connect(reply, &ApiReply::finished, this, [this, promise](const ApiResult &result) {
        Q_EMIT reachabilityChanged(result.reachedServer());
        RevealResult reveal;
        if (result.ok()) {
            reveal.nationalId = result.json.object().value(QStringLiteral("nationalId")).toString();
            reveal.ok = !reveal.nationalId.isEmpty();
            reveal.message = reveal.ok ? tr("This reveal was recorded in the server's audit log.")
                                       : tr("The server's answer held no identity number.");
        } else if (result.reachedServer()) {
            const QString detail = result.problem.detail.isEmpty() ? result.problem.title : result.problem.detail;
            reveal.message = tr("The server refused to show the identity number: %1").arg(detail);
        } else {
            reveal.message = tr("The full identity number is kept on the server only, which cannot be reached "
                                "now. Try again when the status bar says online.");
        }
        promise->addResult(reveal);
        promise->finish();
    });
    return future;
}
