#pragma once

#include "domain/auditchain.h"
#include "domain/auditentry.h"

#include <QString>

/// @short A supervisor's words for audit entries, in the current language.
///
/// Actions and subjects are stored as identifiers ("card.lock",
/// "card:45"); these give the readable form. Unknown actions (a newer
/// CardDesk, a server) show as stored.
namespace AuditText {

/// "card.lock" -> "Card locked".
QString action(const QString &action);
/// "All card actions" for "card."; empty when the prefix has no name.
QString actionGroup(const QString &prefix);
/// "Card #45 •••• 1234", "Customer #12", "3 conversations".
QString subject(const AuditEntry &entry);
/// A short line from the details: "active → locked · lost".
QString summary(const AuditEntry &entry);
/// Local date and time with seconds, as an auditor reads it.
QString time(const QDateTime &at);
/// "altered", "missing" … for the detail view.
QString problem(AuditChain::Verification::Problem problem);

} // namespace AuditText
