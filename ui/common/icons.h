#pragma once

#include "domain/conversation.h"

#include <QColor>
#include <QIcon>

/// @short Simple line icons drawn with QPainter (Qt SVG is not a dependency).
///
/// Each icon is drawn on a 24×24 grid and rendered at the sizes item views,
/// buttons and the navigation use, at 1× and 2× device pixel ratio.
namespace Icons {

enum class Status {
    Information,
    Positive,
    Warning,
    Error
};

QIcon application();
QIcon customers();
QIcon inbox();
QIcon cards();
QIcon supervision();
QIcon search();
QIcon close();
QIcon edit();
QIcon eye();
QIcon card();
QIcon statusIcon(Status status, const QColor &colour);
/// The channel a conversation came in on (inbox rows, headers).
QIcon channel(Channel channel);

} // namespace Icons
