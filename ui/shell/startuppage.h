#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;

/// @short What the window shows while the customer database opens (and demo data is made).
class StartupPage : public QWidget
{
    Q_OBJECT

public:
    explicit StartupPage(QWidget *parent = nullptr);

    void setMessage(const QString &message);
    /// @p total = 0 shows a busy indicator.
    void setProgress(int done, int total);

private:
    QLabel *m_icon = nullptr;
    QLabel *m_message = nullptr;
    QProgressBar *m_progress = nullptr;
};
