#include "supervision.h"

namespace SupervisionNames {

QString presenceName(Presence presence)
{
    switch (presence) {
    case Presence::Available: return QStringLiteral("available");
    case Presence::Busy: return QStringLiteral("busy");
    case Presence::Away: return QStringLiteral("away");
    case Presence::Offline: return QStringLiteral("offline");
    }
    return QStringLiteral("offline");
}

Presence presenceFromName(const QString &name, bool *ok)
{
    for (const Presence presence : allPresences()) {
        if (name == presenceName(presence)) {
            if (ok)
                *ok = true;
            return presence;
        }
    }
    if (ok)
        *ok = false;
    return Presence::Offline;
}

QList<Presence> allPresences()
{
    return {Presence::Available, Presence::Busy, Presence::Away, Presence::Offline};
}

} // namespace SupervisionNames
