#pragma once

#include "conversation.h"

#include <QList>
#include <QString>

#include <optional>

/// @short The inbox's fixed views; each has a count in the navigation.
enum class InboxView {
    MyOpen,        ///< assigned to me, not resolved or closed
    Unassigned,    ///< open and nobody's
    AllOpen,       ///< new, open, pending, on hold
    DueSoon,       ///< open, first response or resolution due within the hour, or already breached
    ByChannel,     ///< open, of InboxQuery::channel
    Alerts,        ///< open alert conversations
    Resolved       ///< resolved or closed
};

enum class InboxSort {
    SlaDue,        ///< soonest due first (breached at the top)
    LastUpdate,    ///< newest activity first
    Priority       ///< urgent first, then soonest due
};

/// @short Which conversations to list, in which order, from where.
struct InboxQuery
{
    InboxView view = InboxView::AllOpen;
    std::optional<Channel> channel;               ///< ByChannel, or a filter on any view
    std::optional<ConversationStatus> status;
    std::optional<Priority> priority;
    QString queue;                                ///< empty: any
    QString topic;                                ///< topic name; empty: any
    QString assignee;                             ///< username; empty: any
    QString text;                                 ///< full text over subjects and messages
    InboxSort sort = InboxSort::SlaDue;
    QString cursor;                               ///< ConversationPage::nextCursor
    int limit = 100;
};

struct ConversationPage
{
    QList<ConversationSummary> rows;
    QString nextCursor;
    bool hasMore = false;
    QString error;
};

/// @short The number of conversations in each view, for the navigation.
struct InboxCounts
{
    int myOpen = 0;
    int unassigned = 0;
    int allOpen = 0;
    int dueSoon = 0;
    int breached = 0;
    int alerts = 0;
    int resolved = 0;                  ///< resolved or closed in the last 7 days
    QList<QPair<Channel, int>> openByChannel;
};
