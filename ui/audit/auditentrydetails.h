#pragma once

#include "domain/auditentry.h"

#include <QTextBrowser>

/// @short The whole of one audit entry: who, what, when, the details as JSON, and its hashes.
class AuditEntryDetails : public QTextBrowser
{
    Q_OBJECT

public:
    explicit AuditEntryDetails(QWidget *parent = nullptr);

    /// Shows @p entry; @p agentName is the agent's display name, @p problem
    /// what the chain check found wrong with it (empty when nothing).
    void showEntry(const AuditEntry &entry, const QString &agentName, const QString &problem);
    /// The placeholder shown when no entry is selected.
    void showNothing();

protected:
    void changeEvent(QEvent *event) override;

private:
    bool m_empty = true;
};
