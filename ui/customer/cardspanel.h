#pragma once

#include "common/sectionframe.h"

#include "domain/customer.h"

#include <QList>

/// @short The customer's cards: masked number, product, status with reason, expiry, controls.
class CardsPanel : public SectionFrame
{
    Q_OBJECT

public:
    explicit CardsPanel(QWidget *parent = nullptr);

    void setCards(const QList<Card> &cards);

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();
    QWidget *createCardWidget(const Card &card);
    QString relationText(const Card &card) const;
    QString controlsHtml(const Card &card) const;

    QList<Card> m_cards;
    QWidget *m_body = nullptr;
};
