#pragma once

#include <QFrame>

class QLabel;

/// @short One headline figure: a caption, the value large, a line of detail.
///
/// The row of tiles above a board says in one glance what the tables below
/// say in detail. A warning tile writes its value in the theme's warning colour.
class FigureTile : public QFrame
{
    Q_OBJECT

public:
    explicit FigureTile(QWidget *parent = nullptr);

    void setCaption(const QString &caption);
    void setValue(const QString &value);
    void setDetail(const QString &detail);
    void setWarning(bool warning);

    QString value() const;
    QString detail() const;

private:
    QLabel *m_caption = nullptr;
    QLabel *m_value = nullptr;
    QLabel *m_detail = nullptr;
    bool m_warning = false;
};
