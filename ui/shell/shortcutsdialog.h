#pragma once

#include <QDialog>

class QGridLayout;
class QLabel;

/// @short Help ▸ Keyboard Shortcuts: the keys an agent uses all day, in one short list.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutsDialog(QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void populate();

    QGridLayout *m_grid = nullptr;
    QLabel *m_intro = nullptr;
};
