#pragma once

#include "customer.h"

#include <QList>
#include <QString>

/// @short A lookup request: the text as typed, and where the previous page ended.
struct SearchRequest
{
    QString text;
    QString cursor;   ///< empty for the first page; SearchPage::nextCursor for the next
    int limit = 50;
};

/// @short One page of lookup results.
struct SearchPage
{
    QString text;                 ///< the request's text, to match answers to questions
    QList<CustomerSummary> rows;
    QString nextCursor;
    bool hasMore = false;
    bool superseded = false;      ///< a newer search arrived before this one ran; rows empty
    QString error;                ///< for the agent; empty on success
};
