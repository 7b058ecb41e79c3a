#include "pilllabel.h"

#include <QPainter>

PillLabel::PillLabel(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
}

PillLabel::PillLabel(const QString &text, Pill::Tone tone, QWidget *parent)
    : PillLabel(parent)
{
    m_text = text;
    m_tone = tone;
    setAccessibleName(text);
}

void PillLabel::setText(const QString &text)
{
    if (m_text == text)
        return;
    m_text = text;
    setAccessibleName(text);
    updateGeometry();
    update();
}

QString PillLabel::text() const
{
    return m_text;
}

void PillLabel::setTone(Pill::Tone tone)
{
    m_tone = tone;
    update();
}

Pill::Tone PillLabel::tone() const
{
    return m_tone;
}

QSize PillLabel::sizeHint() const
{
    return Pill::sizeFor(font(), m_text);
}

QSize PillLabel::minimumSizeHint() const
{
    return sizeHint();
}

void PillLabel::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QSize size = sizeHint();
    const QPoint topLeft(0, (height() - size.height()) / 2);
    Pill::paint(&painter, topLeft, font(), m_text, m_tone);
}
