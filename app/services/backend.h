#pragma once

#include "domain/agent.h"

#include <QFuture>
#include <QObject>
#include <QString>

class AlertService;
class AuditService;
class CardService;
class CustomerService;
class InboxService;
class SupervisionService;

/// @short What the UI is connected to: the local database, or (later) the server.
///
/// The composition root creates one backend and hands its services to the
/// widgets; widgets never see storage or the network.
class Backend : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    ~Backend() override = default;

    virtual CustomerService *customers() = 0;
    virtual InboxService *inbox() = 0;
    virtual CardService *cards() = 0;
    /// The audit log; the service refuses anyone but a supervisor.
    virtual AuditService *audit() = 0;
    /// Suspicious-transaction alerts: screening and the agent's decision.
    virtual AlertService *alerts() = 0;
    /// The supervisor's queue board, agents and analytics; the service refuses anyone but a supervisor.
    virtual SupervisionService *supervision() = 0;
    virtual Agent agent() const = 0;

    /// "Local database" / "Connected to …" for the status bar, translated.
    virtual QString description() const = 0;

    /// @short Finishes when what this console has done has reached where it
    /// is kept, or after @p timeoutMs, whichever comes first; never fails.
    ///
    /// Closing waits on it, so that the presence set at sign-out reaches the
    /// server before the window goes. Locally everything is stored already.
    virtual QFuture<void> settle(int timeoutMs)
    {
        Q_UNUSED(timeoutMs);
        return QtFuture::makeReadyFuture();
    }
};
