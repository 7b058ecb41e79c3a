#pragma once

#include "serverresponse.h"
#include "requestcontext.h"

#include "domain/command.h"
#include "domain/jsoncodec.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

/// @short Applies one command exactly once: idempotency, transaction, change feed, audit.
///
/// The request's Idempotency-Key is the command's UUID. In one transaction
/// the executor looks the key up (a repeat gets the stored first answer,
/// "Idempotent-Replayed: true"; another body or another agent gets 422
/// idempotency_key_reused), runs the handler, and when the handler applied
/// its effect, appends its changes to the feed, its entry to the audit chain
/// and its answer to idempotency_keys, and commits all of it together. A
/// refusal (any 4xx) rolls the handler's work back to a savepoint and keeps
/// only the answer, so a repeat is refused the same way. A 5xx keeps
/// nothing, so that a retry can succeed.
class CommandExecutor
{
public:
    /// What a command's handler did.
    struct Effect
    {
        ServerResponse response;     ///< the answer, whatever its status
        bool applied = false;     ///< true: commit the work with its audit entry and changes
        QJsonObject auditDetails;
        qint64 customerId = 0;    ///< what the audit entry is about (for the filters)
        qint64 cardId = 0;
        QList<JsonCodec::Change> changes;   ///< seq and at are filled in here
    };

    using Handler = std::function<Effect(const Command &command)>;

    explicit CommandExecutor(RequestContext &context);

    ServerResponse execute(const QString &type, const QString &subject, const Handler &handler);

    /// The version in If-Match ("7", W/"7" accepted); nullopt when absent
    /// or malformed (*malformed tells which).
    static std::optional<int> ifMatchVersion(const ServerRequest &request, bool *malformed);

private:
    ServerResponse failure(const QString &what, const QString &error);

    RequestContext &m_context;
};
