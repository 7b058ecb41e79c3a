#pragma once

#include "domain/inboxquery.h"

#include <QListWidget>
#include <optional>

/// @short The inbox's views with their counts: My open, Unassigned, All open, Due soon, each channel, Alerts, Resolved.
class InboxNavigation : public QListWidget
{
    Q_OBJECT

public:
    explicit InboxNavigation(QWidget *parent = nullptr);

    void setCounts(const InboxCounts &counts);
    /// Selects the row of @p view (and @p channel for ByChannel); returns false if there is none.
    bool selectView(InboxView view, std::optional<Channel> channel = std::nullopt);
    InboxView currentView() const;
    std::optional<Channel> currentChannel() const;
    /// The count shown next to @p view, or -1 before counts arrived.
    int countOf(InboxView view, std::optional<Channel> channel = std::nullopt) const;

Q_SIGNALS:
    void viewSelected(InboxView view, std::optional<Channel> channel);

protected:
    void changeEvent(QEvent *event) override;

private:
    void addView(InboxView view, std::optional<Channel> channel = std::nullopt);
    void addHeading();
    void retranslateUi();
    QListWidgetItem *itemFor(InboxView view, std::optional<Channel> channel) const;
};
