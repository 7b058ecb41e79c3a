#pragma once

#include "domain/auditchain.h"
#include "domain/auditentry.h"

#include <QDate>
#include <QFuture>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

/// @short What a supervisor filters the audit log by, as typed in the viewer.
///
/// Empty fields do not filter. The service checks and resolves them: a
/// customer number to the customer, a card's last four to the cards that end
/// so (that customer's, when a customer is given).
struct AuditFilter
{
    QString agent;              ///< user name, exact
    QString customerNumber;     ///< "100000042"; spaces are ignored
    QString card;               ///< last four ("1234") or a card id ("#45")
    QString action;             ///< exact ("card.lock"), or a prefix ending in '.' ("card.")
    QDate from;                 ///< first day, in local time; null: open
    QDate to;                   ///< last day, inclusive; null: open
};

/// @short One page of the filtered audit log, newest first.
struct AuditPage
{
    /// Which filter field a refusal is about, for the viewer to point at.
    enum Field {
        NoField,
        AgentField,
        CustomerField,
        CardField,
        ActionField,
        DateField
    };

    QList<AuditEntry> entries;
    qint64 nextBeforeSeq = 0;   ///< pass as beforeSeq for the next page; 0: this was the last
    bool refused = false;       ///< not permitted, or a filter that cannot be read (see message)
    /// Refused for now only (remote mode: offline, or the server failed): the
    /// same read may succeed later, so the viewer stays usable.
    bool retryable = false;
    Field field = NoField;
    QString message;            ///< for the supervisor, translated; empty when all went well
};

/// @short The choices the viewer's filter lists offer.
struct AuditFilterChoices
{
    struct AgentChoice
    {
        QString username;
        QString displayName;    ///< empty for a user name no longer among the agents
    };

    QList<AgentChoice> agents;  ///< everyone who appears in the log, by name
    QStringList actions;        ///< every action in the log, sorted
    bool refused = false;
    QString message;
};

/// @short The outcome of a chain check.
struct AuditChainReport
{
    bool ok = false;            ///< the whole chain was checked and is intact
    bool refused = false;       ///< not permitted, or the log could not be read (see message)
    qint64 checked = 0;         ///< entries verified before the outcome
    qint64 total = 0;           ///< entries in the log when the check started
    AuditChain::Verification verification;   ///< firstBadSeq, problem and reason when broken
    /// The entry a supervisor should look at: firstBadSeq, or for a missing
    /// entry the first one after the gap. 0 when there is none.
    qint64 entryToShow = 0;
    QString message;            ///< translated summary
};

/// @short The audit log for supervisors: filtered reading and the chain check.
///
/// Asynchronous like every service: calls return at once. Only supervisors
/// may read the log; an agent's call is refused here, whatever the UI shows.
class AuditService : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    ~AuditService() override = default;

    /// @short Entries matching @p filter with seq below @p beforeSeq (0: the newest), newest first.
    virtual QFuture<AuditPage> entries(const AuditFilter &filter, qint64 beforeSeq, int limit) = 0;

    /// @short The agents and actions that occur in the log, for the filter lists.
    virtual QFuture<AuditFilterChoices> filterChoices() = 0;

    /// @short Verifies the whole hash chain in steps, without holding up other work.
    ///
    /// The future reports progress (progressValue() of progressMaximum()
    /// entries) and can be canceled with QFuture::cancel(): the check stops
    /// after its current step and the future finishes without a result.
    virtual QFuture<AuditChainReport> checkChain() = 0;
};
