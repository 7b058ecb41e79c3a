#pragma once

#include "domain/supervision.h"

#include <QDialog>
#include <QList>

class QLabel;
class QLineEdit;
class QListView;
class QSortFilterProxyModel;
class QStandardItemModel;

/// @short Chooses the agent to reassign conversations to: type to narrow, arrows to move, Enter to choose.
///
/// Lists each agent with presence and open conversations, so the supervisor
/// sees at a glance who has room. The result comes by agentChosen(), never
/// by poking the parent.
class AgentPicker : public QDialog
{
    Q_OBJECT

public:
    /// @p excluded (a user name) is left out: the agent the conversations already belong to.
    AgentPicker(const QList<AgentFigure> &agents, int conversationCount, const QString &excluded,
                QWidget *parent = nullptr);
    ~AgentPicker() override;

    QLineEdit *searchEdit() const;
    QListView *listView() const;
    /// The user name of the highlighted agent; empty when none.
    QString currentUsername() const;

Q_SIGNALS:
    void agentChosen(const QString &username, const QString &displayName);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void choose();
    void selectFirst();

    QStandardItemModel *m_model = nullptr;
    QSortFilterProxyModel *m_filter = nullptr;
    QLineEdit *m_search = nullptr;
    QListView *m_list = nullptr;
    QLabel *m_hint = nullptr;
};
