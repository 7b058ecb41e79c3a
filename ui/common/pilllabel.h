#pragma once

#include "pill.h"

#include <QWidget>

/// @short A single pill as a widget, for headers and detail panels.
class PillLabel : public QWidget
{
    Q_OBJECT

public:
    explicit PillLabel(QWidget *parent = nullptr);
    PillLabel(const QString &text, Pill::Tone tone, QWidget *parent = nullptr);

    void setText(const QString &text);
    QString text() const;
    void setTone(Pill::Tone tone);
    Pill::Tone tone() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_text;
    Pill::Tone m_tone = Pill::Tone::Neutral;
};
