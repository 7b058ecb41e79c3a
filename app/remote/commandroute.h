#pragma once

#include "domain/command.h"
#include "storage/outboxentry.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

/// @short The HTTP request of the CardDesk API that carries a command (docs/api/openapi.yaml).
///
/// Maps a Command (type, subject "card:12", payload) to the contract's
/// operation: method, path, body and the version sent as If-Match. The body
/// is the payload, adapted where the contract asks for more than the console
/// records (see of()). A type without an operation is an error, never a guess.
/// QtCore only; no network.
class CommandRoute
{
    Q_DECLARE_TR_FUNCTIONS(CommandRoute)

public:
    /// Where the If-Match version comes from.
    enum class VersionSource {
        None,      ///< the operation takes no If-Match
        Payload,   ///< the payload's expectedVersion (cards, workflows)
        Context    ///< the caller's cached version (conversations: the console's bulk payloads carry none)
    };

    /// What the command itself does not say and the caller (the cache) knows.
    struct Context
    {
        qint64 cardId = 0;              ///< card.dispute.file: the disputed transaction's card
        qint64 customerId = 0;          ///< conversation.call on a conversation without the customer's id
        std::optional<int> version;     ///< conversation commands: the conversation's version
    };

    /// The route of @p command; nullopt with *error (translated) when it has
    /// none or the command lacks what the request needs. A conversation
    /// command naming several conversations must be split first
    /// (perConversation()).
    static std::optional<CommandRoute> of(const Command &command, QString *error, const Context &context);
    static std::optional<CommandRoute> of(const Command &command, QString *error);

    /// Every command type that has an operation in the contract.
    static QStringList routedTypes();
    /// Types the console makes in local mode that the server makes itself in
    /// remote mode (delivery tracking, fraud screening, mail import, satisfaction
    /// surveys): never sent.
    static QStringList serverSideTypes();

    /// A bulk conversation command (assign, status, priority, topics) as one
    /// command per conversation, each with an id derived from the original's
    /// (UUID v5) so that splitting again gives the same keys. A command about
    /// one conversation comes back as it is.
    static QList<Command> perConversation(const Command &command);

    /// False for commands whose answer must not be kept in the outbox (the
    /// revealed national identity number).
    static bool keepsResponse(const QString &type);

    /// The If-Match header value for @p version: "\"7\"".
    static QByteArray ifMatchHeader(int version);

    QString type() const;
    QString method() const;
    QString path() const;            ///< "/v1/cards/12/lock"
    QString pathTemplate() const;    ///< "/v1/cards/{cardId}/lock", as in the contract
    QJsonObject body() const;
    std::optional<int> ifMatch() const;
    VersionSource versionSource() const;
    /// The request as the outbox keeps it.
    OutboxRequest outboxRequest() const;

private:
    QString m_type;
    QString m_method = QStringLiteral("POST");
    QString m_pathTemplate;
    QString m_path;
    QJsonObject m_body;
    std::optional<int> m_ifMatch;
    VersionSource m_versionSource = VersionSource::None;
};
