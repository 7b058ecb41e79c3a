#pragma once

#include <QString>

/// @short The outcome of opening the local database, with a way out when it failed.
struct OpenResult
{
    enum Status {
        Ok,
        Corrupt,         ///< not a database, or damaged
        Locked,          ///< another process holds it
        Unreadable,      ///< permissions, missing folder, disk
        NewerSchema,     ///< written by a newer CardDesk
        Failed           ///< anything else; see message
    };

    Status status = Failed;
    QString path;            ///< the database file
    QString message;         ///< for the agent: what is wrong and what to do
    qint64 customerCount = 0;
    bool seeded = false;     ///< demo data was generated just now
    bool inboxSeeded = false;   ///< the demo inbox was (re)generated just now
    bool needsPassword = false; ///< remote mode: the saved session has ended and no password was given
    bool offline = false;       ///< remote mode: opened on the cache, the server not reached yet

    bool ok() const { return status == Ok; }
};
