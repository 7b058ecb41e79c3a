#pragma once

#include "pill.h"

#include "domain/cardworkflow.h"
#include "domain/customer.h"

#include <QDate>
#include <QDateTime>
#include <QString>

/// @short Agent-facing text for domain values, in the current language and locale.
///
/// Money and dates follow QLocale() (set by LanguageManager); words come from
/// the translation catalogue, so call these again after a language change.
namespace DisplayText {

QString money(const Money &amount);
QString date(const QDate &date);
QString dateTime(const QDateTime &dateTime);
QString recentDateTime(const QDateTime &dateTime);   ///< without the year when it is this year
QString expiry(const QDate &expiry);   ///< "03/2027"

QString languageName(const QString &code);   ///< "fi" -> "Finnish", in the UI language

QString tier(LoyaltyTier tier);
Pill::Tone tierTone(LoyaltyTier tier);

QString cardStatus(CardStatus status);
QString cardStatusReason(const QString &reason);
/// The pill tone of a card state; closed for lost, stolen, fraud or damaged is a danger.
Pill::Tone cardStatusTone(CardStatus status, const QString &reason = QString());

QString accountStatus(const QString &status);

QString transactionStatus(TransactionStatus status);
QString disputeStatus(const QString &status);

QString lastFour(const QString &last4);
/// "lost", "stolen", … as the agent reads it.
QString workflowSituation(CardWorkflow::Situation situation);   ///< "•••• 1234"

} // namespace DisplayText
