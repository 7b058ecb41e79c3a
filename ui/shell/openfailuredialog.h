#pragma once

#include "services/openresult.h"

#include <QDialog>

class QLabel;
class QPushButton;

/// @short Says why the customer database did not open, and offers the ways out.
///
/// A decision, so a dialog: choose another folder, move the damaged file
/// aside and start fresh (renamed, never deleted), try again, or quit.
/// The choice is the dialog's result().
class OpenFailureDialog : public QDialog
{
    Q_OBJECT

public:
    enum Choice {
        Quit = 0,
        ChooseAnotherFolder = 100,
        MoveAsideAndStartFresh,
        TryAgain
    };
    Q_ENUM(Choice)

    explicit OpenFailureDialog(const OpenResult &result, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    OpenResult m_result;
    QLabel *m_title = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_path = nullptr;
    QPushButton *m_chooseFolder = nullptr;
    QPushButton *m_moveAside = nullptr;
    QPushButton *m_tryAgain = nullptr;
    QPushButton *m_quit = nullptr;
};
