#pragma once

#include "conversation.h"

#include <QString>

#include <optional>

/// @short When a customer satisfaction (CSAT) survey goes out, and what counts as its answer.
///
/// One definition for the console (local mode: LocalInboxService) and for
/// carddesk-server (remote mode: the server sends the surveys). A survey goes
/// out on the conversation's own channel when an agent resolves a
/// conversation that was open; the customer answers 1 (very dissatisfied) to
/// 5 (very satisfied), once. The answer is stored against the conversation,
/// its channel and the agent it was with (its assignee when it was resolved).
///
/// Not surveyed: alerts (raised by a rule, nobody to ask), conversations not
/// matched to a customer, a conversation surveyed before (reopened and
/// resolved again), and a customer surveyed in the last FatigueDays days
/// (survey fatigue: a customer with three conversations in a week gets one
/// survey, not three).
namespace SatisfactionSurvey {

/// No second survey to the same customer within this many days.
constexpr int FatigueDays = 14;
/// A reply that is just a score counts as the answer for this many days after the survey.
constexpr int ReplyWindowDays = 7;
constexpr int MinScore = 1;
constexpr int MaxScore = 5;

/// Why a resolved conversation gets no survey; None when it gets one.
enum class Skip {
    None,
    NotAResolution,    ///< not a move from an open status to resolved
    AlertChannel,      ///< an alert: there is no customer channel to ask on
    NoCustomer,        ///< not matched to a customer
    AlreadySurveyed,   ///< this conversation had its survey
    RecentSurvey       ///< the customer had one within FatigueDays
};

/// "alert_channel", "no_customer", ... for audit details; empty for None.
QString skipName(Skip skip);

/// Whether moving a conversation from @p from to @p to is the resolution that
/// sends a survey: from new, open, pending or on hold to resolved.
bool isResolution(ConversationStatus from, ConversationStatus to);

/// The checks that need no storage: the move, the channel and the customer.
Skip precheck(ConversationStatus from, ConversationStatus to, Channel channel, qint64 customerId);

bool isValidScore(int score);

/// The score when @p text is nothing but one digit 1 to 5 (spaces and line
/// breaks around it allowed: "5", " 4\n"); nullopt for anything else
/// ("5/5", "10", "5 thanks!").
std::optional<int> scoreFromReply(const QString &text);

} // namespace SatisfactionSurvey
