#pragma once

#include "domain/customer.h"

#include <QWidget>

class PillLabel;
class QHBoxLayout;
class QLabel;

/// @short Who the agent is talking to: name, customer number, tier, language, benefits.
class CustomerHeader : public QWidget
{
    Q_OBJECT

public:
    explicit CustomerHeader(QWidget *parent = nullptr);

    void setCustomer(const Customer &customer);

private:
    void clearBenefits();

    QLabel *m_name = nullptr;
    PillLabel *m_tier = nullptr;
    QLabel *m_meta = nullptr;
    QWidget *m_benefitsRow = nullptr;
    QLabel *m_benefitsLabel = nullptr;
    QHBoxLayout *m_benefits = nullptr;
};
