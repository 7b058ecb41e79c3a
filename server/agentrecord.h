#pragma once

#include "domain/agent.h"

#include <QString>
#include <QtGlobal>

/// @short A signed-in agent as the server knows them: the domain Agent and its id.
struct AgentRecord
{
    qint64 id = 0;
    Agent agent;
    QString language = QStringLiteral("en");

    bool isSupervisor() const { return agent.role == Agent::RoleSupervisor; }
};
