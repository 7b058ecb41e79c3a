#pragma once

#include "domain/command.h"
#include "domain/customer.h"
#include "domain/customersearch.h"

#include <QFuture>
#include <QObject>
#include <QString>

/// @short The customer view's data, or why it could not be read.
struct CustomerResult
{
    bool found = false;
    CustomerDetails details;
    QString error;
};

/// @short A national identity number shown on request; the reveal is audited.
struct RevealResult
{
    bool ok = false;
    QString nationalId;
    QString message;
};

/// @short Customers: lookup, the customer view, contact details.
///
/// Asynchronous to callers: every call returns at once with a QFuture that
/// finishes on the service's own thread; callers continue with
/// QFuture::then(context, ...). Role checks happen here, not in widgets.
class CustomerService : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    ~CustomerService() override = default;

    /// @short Find customers by name, email, phone (any format), customer number, city, card last four.
    virtual QFuture<SearchPage> search(const SearchRequest &request) = 0;

    /// @short Profile, accounts, cards and recent transactions of one customer.
    virtual QFuture<CustomerResult> customer(qint64 customerId) = 0;

    /// @short Change contact details, as a command; refused with field errors when invalid.
    ///
    /// @p expectedVersion is the version the agent edited; a customer changed
    /// meanwhile is refused rather than overwritten.
    virtual QFuture<CommandResult> updateContactDetails(qint64 customerId, int expectedVersion,
                                                        const ContactDetails &details) = 0;

    /// @short The full national identity number; each reveal is an audit entry.
    virtual QFuture<RevealResult> revealNationalId(qint64 customerId, const QString &reason) = 0;

Q_SIGNALS:
    /// A command changed this customer; views showing it should reload.
    void customerChanged(qint64 customerId);
};
