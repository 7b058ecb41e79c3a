#pragma once

#include "common/sectionframe.h"

#include "domain/customer.h"

#include <QList>

/// @short The customer's credit accounts: limit, balance, what is available and what is due.
class AccountsPanel : public SectionFrame
{
    Q_OBJECT

public:
    explicit AccountsPanel(QWidget *parent = nullptr);

    void setAccounts(const QList<Account> &accounts);

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();
    QWidget *createAccountWidget(const Account &account);

    QList<Account> m_accounts;
    QWidget *m_body = nullptr;
};
