#pragma once

#include <QDialog>
#include <QList>
#include <QPointer>

class QAction;
class QLineEdit;
class QListWidget;

/// @short Ctrl+K: every inbox action with its shortcut; type to filter, Enter runs it.
class CommandPalette : public QDialog
{
    Q_OBJECT

public:
    CommandPalette(const QList<QAction *> &actions, QWidget *parent = nullptr);

    void setFilter(const QString &text);
    int visibleCount() const;
    QStringList visibleTexts() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyFilter(const QString &text);
    void runCurrent();

    QList<QPointer<QAction>> m_actions;
    QLineEdit *m_filter = nullptr;
    QListWidget *m_list = nullptr;
};
