#include "remoteauditservice.h"

#include "apiclient.h"
#include "apireply.h"

#include "domain/jsoncodec.h"

#include <QFutureWatcher>
#include <QJsonArray>

#include <algorithm>
#include <limits>

namespace {

AuditChain::Verification::Problem problemFromName(const QString &name)
{
    if (name == QLatin1String("altered"))
        return AuditChain::Verification::Altered;
    if (name == QLatin1String("missing"))
        return AuditChain::Verification::Missing;
    if (name == QLatin1String("out_of_order"))
        return AuditChain::Verification::OutOfOrder;
    return AuditChain::Verification::BrokenLink;
}

int progressValue(qint64 value)
{
    return int(qBound<qint64>(0, value, qint64(std::numeric_limits<int>::max())));
}

/// A page of the audit log as the server sends it (AuditPage); false when it cannot be read.
bool readPage(const QJsonObject &body, QList<AuditEntry> *entries, qint64 *nextBeforeSeq)
{
    for (const QJsonValue &item : body.value(QStringLiteral("items")).toArray()) {
        QString error;
        const std::optional<AuditEntry> entry = JsonCodec::auditEntryFromJson(item, &error);
        if (!entry) {
            qWarning("RemoteAuditService: an audit entry the client cannot read: %s", qUtf8Printable(error));
            return false;
        }
        entries->append(*entry);
    }
    // The cursor is the seq to continue below.
    const QJsonValue next = body.value(QStringLiteral("next"));
    *nextBeforeSeq = next.isString() ? qMax<qint64>(0, next.toString().toLongLong()) : 0;
    return true;
}

} // namespace

RemoteAuditService::RemoteAuditService(ApiClient *api, QObject *parent)
    : AuditService(parent)
    , m_api(api)
{
}

void RemoteAuditService::setAgent(const Agent &agent)
{
    m_agent = agent;
}

bool RemoteAuditService::isSupervisor() const
{
    return m_agent.role == Agent::RoleSupervisor;
}

QString RemoteAuditService::failureMessage(const ApiResult &result)
{
    if (!result.reachedServer())
        return tr("The audit log is on the server; it cannot be read while offline. Try again when the status "
                  "bar says online.");
    if (result.status == 401 || result.status == 403)
        return LocalAuditService::supervisorsOnlyMessage();
    if (result.outcome == ApiResult::Outcome::HttpError && result.status < 500) {
        const QString detail = result.problem.detail.isEmpty() ? result.problem.title : result.problem.detail;
        return tr("The server refused to read the audit log: %1").arg(detail);
    }
    return tr("The server could not read the audit log. Try again; if it keeps failing, tell IT support.");
}

AuditPage RemoteAuditService::failedPage(const ApiResult &result)
{
    if (!result.ok())
        qWarning("RemoteAuditService: %s (HTTP %d)", qUtf8Printable(ApiResult::outcomeName(result.outcome)),
                 result.status);
    AuditPage page;
    page.refused = true;
    page.retryable = !result.reachedServer() || result.status >= 500 || result.status == 429;
    page.message = failureMessage(result);
    return page;
}

void RemoteAuditService::answer(const std::shared_ptr<Read> &read, const AuditPage &page)
{
    read->promise.addResult(page);
    read->promise.finish();
}

QFuture<AuditPage> RemoteAuditService::entries(const AuditFilter &filter, qint64 beforeSeq, int limit)
{
    if (!isSupervisor()) {
        AuditPage refused;
        refused.refused = true;
        refused.message = LocalAuditService::supervisorsOnlyMessage();
        return QtFuture::makeReadyFuture(refused);
    }
    auto read = std::make_shared<Read>();
    read->checked = LocalAuditService::checkFilter(filter);
    if (read->checked.refusal.refused)
        return QtFuture::makeReadyFuture(read->checked.refusal);
    read->beforeSeq = qMax<qint64>(0, beforeSeq);
    read->limit = qBound(1, limit, MaxPageSize);
    read->promise.start();
    QFuture<AuditPage> future = read->promise.future();
    resolveCustomer(read);
    return future;
}

void RemoteAuditService::resolveCustomer(const std::shared_ptr<Read> &read)
{
    const QString number = read->checked.customerNumber;
    if (number.isEmpty()) {
        resolveCards(read);
        return;
    }
    ApiRequest search;
    search.path = QStringLiteral("/v1/customers");
    search.query.addQueryItem(QStringLiteral("q"), number);
    search.query.addQueryItem(QStringLiteral("limit"), QString::number(MaxPageSize));
    ApiReply *reply = m_api->send(search);
    connect(reply, &ApiReply::finished, this, [this, read, number](const ApiResult &result) {
        Q_EMIT reachabilityChanged(result.reachedServer());
        if (!result.ok()) {
            answer(read, failedPage(result));
            return;
        }
        for (const QJsonValue &item : result.json.object().value(QStringLiteral("items")).toArray()) {
            const std::optional<CustomerSummary> row = JsonCodec::customerSummaryFromJson(item);
            if (row && row->customerNumber == number) {
                read->checked.query.customerId = row->id;
                break;
            }
        }
        if (read->checked.query.customerId == 0) {
            AuditPage page;
            page.field = AuditPage::CustomerField;
            page.message = tr("There is no customer %1.").arg(number);
            answer(read, page);
            return;
        }
        resolveCards(read);
    });
}

void RemoteAuditService::resolveCards(const std::shared_ptr<Read> &read)
{
    const LocalAuditService::CheckedFilter &checked = read->checked;
    if (checked.cardId > 0) {
        ApiRequest card;
        card.path = QStringLiteral("/v1/cards/%1").arg(checked.cardId);
        ApiReply *reply = m_api->send(card);
        connect(reply, &ApiReply::finished, this, [this, read](const ApiResult &result) {
            Q_EMIT reachabilityChanged(result.reachedServer());
            const qint64 cardId = read->checked.cardId;
            if (result.status == 404) {
                AuditPage page;
                page.field = AuditPage::CardField;
                page.message = tr("There is no card #%1.").arg(cardId);
                answer(read, page);
                return;
            }
            if (!result.ok()) {
                answer(read, failedPage(result));
                return;
            }
            read->cardIds = {cardId};
            readEntries(read);
        });
        return;
    }
    if (checked.last4.isEmpty()) {
        readEntries(read);
        return;
    }
    // The server finds cards by id: a card's last four is looked up among one customer's cards.
    if (checked.query.customerId == 0) {
        AuditPage page;
        page.refused = true;
        page.field = AuditPage::CardField;
        page.message = tr("On the server, a card's last four digits are looked up among one customer's cards: "
                          "enter the customer number too, or the card's id, such as #45.");
        answer(read, page);
        return;
    }
    ApiRequest customer;
    customer.path = QStringLiteral("/v1/customers/%1").arg(checked.query.customerId);
    ApiReply *reply = m_api->send(customer);
    connect(reply, &ApiReply::finished, this, [this, read](const ApiResult &result) {
        Q_EMIT reachabilityChanged(result.reachedServer());
        if (!result.ok()) {
            answer(read, failedPage(result));
            return;
        }
        QString error;
        const std::optional<JsonCodec::CustomerView> view =
            JsonCodec::customerViewFromJson(result.json.object(), &error);
        if (!view) {
            qWarning("RemoteAuditService: a customer the client cannot read: %s", qUtf8Printable(error));
            answer(read, failedPage(result));
            return;
        }
        for (const JsonCodec::CardView &card : view->cards) {
            if (card.card.last4 == read->checked.last4)
                read->cardIds << card.card.id;
        }
        if (read->cardIds.isEmpty()) {
            AuditPage page;
            page.field = AuditPage::CardField;
            page.message = tr("Customer %1 has no card ending in %2.")
                               .arg(read->checked.customerNumber, read->checked.last4);
            answer(read, page);
            return;
        }
        readEntries(read);
    });
}

void RemoteAuditService::readEntries(const std::shared_ptr<Read> &read)
{
    const AuditQuery &query = read->checked.query;
    ApiRequest base;
    base.path = QStringLiteral("/v1/audit");
    if (!query.agent.isEmpty())
        base.query.addQueryItem(QStringLiteral("agent"), query.agent);
    if (query.customerId > 0)
        base.query.addQueryItem(QStringLiteral("customerId"), QString::number(query.customerId));
    // The server reads an action ending in a dot as a prefix, as the filter does.
    const QString action = query.action.isEmpty() ? query.actionPrefix : query.action;
    if (!action.isEmpty())
        base.query.addQueryItem(QStringLiteral("action"), action);
    if (query.from.isValid())
        base.query.addQueryItem(QStringLiteral("from"), JsonCodec::timestamp(query.from));
    if (query.to.isValid())
        base.query.addQueryItem(QStringLiteral("to"), JsonCodec::timestamp(query.to));
    base.query.addQueryItem(QStringLiteral("limit"), QString::number(read->limit));
    if (read->beforeSeq > 0)
        base.query.addQueryItem(QStringLiteral("after"), QString::number(read->beforeSeq));

    // One request per card (the server filters by one); each answers its newest
    // `limit` below beforeSeq, so the newest `limit` of them all are among them.
    struct Merge
    {
        int waiting = 0;
        bool failed = false;
        bool more = false;
        QList<AuditEntry> entries;
    };
    auto merge = std::make_shared<Merge>();
    QList<qint64> cards = read->cardIds;
    if (cards.isEmpty())
        cards << 0;
    merge->waiting = int(cards.size());
    for (const qint64 cardId : std::as_const(cards)) {
        ApiRequest request = base;
        if (cardId > 0)
            request.query.addQueryItem(QStringLiteral("cardId"), QString::number(cardId));
        ApiReply *reply = m_api->send(request);
        connect(reply, &ApiReply::finished, this, [this, read, merge](const ApiResult &result) {
            Q_EMIT reachabilityChanged(result.reachedServer());
            if (merge->failed)
                return;   // answered already
            qint64 next = 0;
            if (!result.ok() || !readPage(result.json.object(), &merge->entries, &next)) {
                merge->failed = true;
                answer(read, failedPage(result));
                return;
            }
            merge->more = merge->more || next > 0;
            if (--merge->waiting > 0)
                return;
            std::sort(merge->entries.begin(), merge->entries.end(),
                      [](const AuditEntry &a, const AuditEntry &b) { return a.seq > b.seq; });
            merge->entries.erase(std::unique(merge->entries.begin(), merge->entries.end(),
                                             [](const AuditEntry &a, const AuditEntry &b) { return a.seq == b.seq; }),
                                 merge->entries.end());
            AuditPage page;
            page.entries = merge->entries.mid(0, read->limit);
            const bool more = merge->more || merge->entries.size() > read->limit;
            page.nextBeforeSeq = more && !page.entries.isEmpty() ? page.entries.constLast().seq : 0;
            answer(read, page);
        });
    }
}

QFuture<AuditFilterChoices> RemoteAuditService::filterChoices()
{
    if (!isSupervisor()) {
        AuditFilterChoices refused;
        refused.refused = true;
        refused.message = LocalAuditService::supervisorsOnlyMessage();
        return QtFuture::makeReadyFuture(refused);
    }
    auto promise = std::make_shared<QPromise<AuditFilterChoices>>();
    promise->start();
    QFuture<AuditFilterChoices> future = promise->future();
    ApiRequest request;
    request.path = QStringLiteral("/v1/audit/filter-choices");
    ApiReply *reply = m_api->send(request);
    connect(reply, &ApiReply::finished, this, [this, promise](const ApiResult &result) {
        Q_EMIT reachabilityChanged(result.reachedServer());
        AuditFilterChoices choices;
        if (result.ok()) {
            const QJsonObject body = result.json.object();
            for (const QJsonValue &item : body.value(QStringLiteral("agents")).toArray()) {
                const QJsonObject agent = item.toObject();
                const QString username = agent.value(QStringLiteral("username")).toString();
                if (!username.isEmpty())
                    choices.agents.append({username, agent.value(QStringLiteral("displayName")).toString()});
            }
            for (const QJsonValue &action : body.value(QStringLiteral("actions")).toArray())
                choices.actions << action.toString();
        } else {
            choices.refused = true;
            choices.message = failureMessage(result);
        }
        promise->addResult(choices);
        promise->finish();
    });
    return future;
}

QFuture<AuditChainReport> RemoteAuditService::checkChain()
{
    auto promise = std::make_shared<QPromise<AuditChainReport>>();
    promise->start();
    QFuture<AuditChainReport> future = promise->future();
    if (!isSupervisor()) {
        AuditChainReport refused;
        refused.refused = true;
        refused.message = LocalAuditService::supervisorsOnlyMessage();
        promise->addResult(refused);
        promise->finish();
        return future;
    }
    // Not a command: no Idempotency-Key, no body. The whole check is one request.
    ApiRequest request;
    request.method = "POST";
    request.path = QStringLiteral("/v1/audit/verify");
    request.timeoutMs = VerifyTimeoutMs;
    ApiReply *reply = m_api->send(request);
    // Canceled by the viewer: the request ends at once.
    auto *watcher = new QFutureWatcher<AuditChainReport>(this);
    connect(watcher, &QFutureWatcherBase::canceled, reply, &ApiReply::abort);
    connect(watcher, &QFutureWatcherBase::finished, watcher, &QObject::deleteLater);
    watcher->setFuture(future);
    connect(reply, &ApiReply::finished, this, [this, promise](const ApiResult &result) {
        if (result.outcome != ApiResult::Outcome::Aborted)
            Q_EMIT reachabilityChanged(result.reachedServer());
        if (promise->isCanceled()) {
            promise->finish();
            return;
        }
        AuditChainReport report;
        if (!result.ok()) {
            report.refused = true;
            report.message = failureMessage(result);
        } else {
            const QJsonObject body = result.json.object();
            report.checked = qMax<qint64>(0, body.value(QStringLiteral("checked")).toInteger());
            report.total = qMax<qint64>(0, body.value(QStringLiteral("total")).toInteger());
            report.ok = body.value(QStringLiteral("ok")).toBool();
            report.verification.ok = report.ok;
            if (!report.ok) {
                report.verification.firstBadSeq = body.value(QStringLiteral("firstBadSeq")).toInteger();
                report.verification.problem = problemFromName(body.value(QStringLiteral("problem")).toString());
                report.verification.reason = body.value(QStringLiteral("reason")).toString();
                report.entryToShow = qMax<qint64>(0, body.value(QStringLiteral("entryToShow")).toInteger());
            }
            report.message = LocalAuditService::chainMessage(report.verification, report.checked);
            promise->setProgressRange(0, progressValue(report.total));
            promise->setProgressValue(progressValue(report.checked));
        }
        promise->addResult(report);
        promise->finish();
    });
    return future;
}
