#pragma once

#include "domain/macro.h"

#include <QDialog>
#include <QList>

class QLabel;
class QLineEdit;
class QListWidget;

/// @short Chooses a canned reply by keyboard: type to filter, Up/Down to move, Enter to insert.
///
/// Titles are shown in the customer's language (with the English one for
/// reference when it differs); the filter matches titles, shortcuts and topics.
class MacroPicker : public QDialog
{
    Q_OBJECT

public:
    MacroPicker(const QList<Macro> &macros, const QString &language, QWidget *parent = nullptr);

    void setFilter(const QString &text);
    int visibleCount() const;
    /// The chosen macro's id after accept().
    QString chosenId() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyFilter(const QString &text);
    void choose();

    QList<Macro> m_macros;
    QString m_language;
    QString m_chosen;
    QLineEdit *m_filter = nullptr;
    QListWidget *m_list = nullptr;
    QLabel *m_empty = nullptr;
};
