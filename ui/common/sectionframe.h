#pragma once

#include <QFrame>

class QHBoxLayout;
class QLabel;
class QVBoxLayout;

/// @short A titled white panel with a subtle border: the customer view is built from these.
class SectionFrame : public QFrame
{
    Q_OBJECT

public:
    explicit SectionFrame(QWidget *parent = nullptr);

    void setTitle(const QString &title);

    /// Widgets shown at the right end of the title row (buttons, pills).
    void addHeaderWidget(QWidget *widget);

    /// The layout below the title where the section's content goes.
    QVBoxLayout *contentLayout() const;

private:
    QLabel *m_title = nullptr;
    QHBoxLayout *m_header = nullptr;
    QVBoxLayout *m_content = nullptr;
};
