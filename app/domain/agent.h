#pragma once

#include <QString>

/// @short The signed-in agent, as the service layer sees them.
struct Agent
{
    enum Role {
        RoleAgent,
        RoleSupervisor
    };

    QString username;
    QString displayName;
    Role role = RoleAgent;
};
