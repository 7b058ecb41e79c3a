#include "supervisionrepository.h"

#include "conversationrepository.h"
#include "database.h"
#include "directstatement.h"
#include "sqlexec.h"
#include "sqltransaction.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QtEndian>

#include <algorithm>
#include <array>
#include <cstring>
#include <limits>
#include <map>
#include <vector>

namespace {

using namespace ConversationNames;

constexpr int ChannelCount = 7;
constexpr int TopicCount = 11;
constexpr qint64 HourSeconds = 3600;
constexpr qint64 DaySeconds = 86400;
constexpr quint16 NoName = 0xffff;

enum SlaKind : quint8 {
    FirstResponseKind = 0,
    ResolutionKind = 1
};

qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0);
}

/// ISO day of the week (1 = Monday) of a day number counted from 1970-01-01, a Thursday.
int dayOfWeek(qint64 day)
{
    return int((day + 3) - floorDiv(day + 3, 7) * 7) + 1;
}

qint64 weekStartOf(qint64 day)
{
    return day - (dayOfWeek(day) - 1);
}

const qint64 EpochJulianDay = QDate(1970, 1, 1).toJulianDay();

QDate dateOfDay(qint64 day)
{
    return QDate::fromJulianDay(EpochJulianDay + day);
}

qint64 dayOfDate(const QDate &date)
{
    return date.toJulianDay() - EpochJulianDay;
}

/// Days from 1970-01-01 of a civil date (H. Hinnant's algorithm): no QDateTime per row.
qint64 daysFromCivil(qint64 y, unsigned m, unsigned d)
{
    y -= m <= 2 ? 1 : 0;
    const qint64 era = floorDiv(y, 400);
    const unsigned yoe = unsigned(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + qint64(doe) - 719468;
}

/// Seconds since the epoch of a stored time "yyyy-MM-ddTHH:mm:ssZ"; false for anything else.
bool epochOf(QByteArrayView text, qint64 *seconds)
{
    if (text.size() < 19 || text[4] != '-' || text[7] != '-' || text[10] != 'T' || text[13] != ':' || text[16] != ':')
        return false;
    auto number = [&](int from, int length, int *out) {
        int value = 0;
        for (int i = from; i < from + length; ++i) {
            const char c = text[i];
            if (c < '0' || c > '9')
                return false;
            value = value * 10 + (c - '0');
        }
        *out = value;
        return true;
    };
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
    if (!number(0, 4, &year) || !number(5, 2, &month) || !number(8, 2, &day) || !number(11, 2, &hour)
        || !number(14, 2, &minute) || !number(17, 2, &second) || month < 1 || month > 12 || day < 1 || day > 31)
        return false;
    *seconds = daysFromCivil(year, unsigned(month), unsigned(day)) * DaySeconds + hour * HourSeconds + minute * 60
               + second;
    return true;
}

QString isoOfEpoch(qint64 seconds)
{
    return ConversationRepository::isoTime(QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC));
}

QDateTime timeOf(const QString &text)
{
    if (text.isEmpty())
        return {};
    QDateTime time = QDateTime::fromString(text, Qt::ISODate);
    time.setTimeSpec(Qt::UTC);
    return time;
}

/// The channel of a stored name, by its bytes; -1 when unknown.
int channelIndex(QByteArrayView name)
{
    static const char *const names[ChannelCount] = {"phone", "email", "chat", "webform", "social", "app", "alert"};
    for (int i = 0; i < ChannelCount; ++i) {
        if (name == QByteArrayView(names[i]))
            return i;
    }
    return -1;
}

Priority priorityOf(QByteArrayView name)
{
    if (name == QByteArrayView("urgent"))
        return Priority::Urgent;
    if (name == QByteArrayView("high"))
        return Priority::High;
    if (name == QByteArrayView("low"))
        return Priority::Low;
    return Priority::Normal;
}

/// Topic names as stored, in the order of the Topic enum.
const std::array<QByteArray, TopicCount> &topicNames()
{
    static const std::array<QByteArray, TopicCount> names = [] {
        std::array<QByteArray, TopicCount> list;
        for (int i = 0; i < TopicCount; ++i)
            list[size_t(i)] = topicName(Topic(i)).toLatin1();
        return list;
    }();
    return names;
}

int topicIndex(QByteArrayView name)
{
    const auto &names = topicNames();
    for (int i = 0; i < TopicCount; ++i) {
        if (name == names[size_t(i)])
            return i;
    }
    return int(Topic::Other);
}

// --- the rollup's bytes --------------------------------------------------------

class Writer
{
public:
    void u8(quint8 v) { m_bytes.append(char(v)); }
    void u16(quint16 v) { append(qToLittleEndian(v)); }
    void u32(quint32 v) { append(qToLittleEndian(v)); }
    void i32(qint32 v) { append(qToLittleEndian(v)); }
    void i64(qint64 v) { append(qToLittleEndian(v)); }
    void text(const QString &s)
    {
        const QByteArray utf8 = s.toUtf8().left(0xffff);
        u16(quint16(utf8.size()));
        m_bytes.append(utf8);
    }
    QByteArray bytes() const { return m_bytes; }

private:
    template <typename T>
    void append(T v) { m_bytes.append(reinterpret_cast<const char *>(&v), sizeof v); }
    QByteArray m_bytes;
};

class Reader
{
public:
    explicit Reader(QByteArrayView bytes)
        : m_bytes(bytes)
    {
    }
    bool ok() const { return m_ok; }
    bool atEnd() const { return m_position == m_bytes.size(); }
    quint8 u8() { return take<quint8>(); }
    quint16 u16() { return qFromLittleEndian(take<quint16>()); }
    quint32 u32() { return qFromLittleEndian(take<quint32>()); }
    qint32 i32() { return qFromLittleEndian(take<qint32>()); }
    qint64 i64() { return qFromLittleEndian(take<qint64>()); }
    QString text()
    {
        const quint16 size = u16();
        if (!m_ok || m_position + size > m_bytes.size()) {
            m_ok = false;
            return {};
        }
        const QString s = QString::fromUtf8(m_bytes.sliced(m_position, size));
        m_position += size;
        return s;
    }
    /// @p count values of 32 bits appended to @p out.
    void i32s(quint32 count, std::vector<qint32> *out)
    {
        if (!m_ok || m_position + qsizetype(count) * 4 > m_bytes.size()) {
            m_ok = false;
            return;
        }
        const char *data = m_bytes.data() + m_position;
        const size_t old = out->size();
        out->resize(old + count);
        for (quint32 i = 0; i < count; ++i)
            (*out)[old + i] = qFromLittleEndian<qint32>(data + 4 * i);
        m_position += qsizetype(count) * 4;
    }

private:
    template <typename T>
    T take()
    {
        T v{};
        if (!m_ok || m_position + qsizetype(sizeof v) > m_bytes.size()) {
            m_ok = false;
            return v;
        }
        std::memcpy(&v, m_bytes.data() + m_position, sizeof v);
        m_position += sizeof v;
        return v;
    }
    QByteArrayView m_bytes;
    qsizetype m_position = 0;
    bool m_ok = true;
};

constexpr quint8 RollupMagic = 0x53;   // 'S'

} // namespace

/// @short The facts of one UTC hour, as the rollup keeps them.
struct SupervisionRepository::HourFacts
{
    /// First responses or resolutions of one channel, agent and queue.
    struct Sla
    {
        quint8 kind = FirstResponseKind;
        quint8 channel = 0;
        quint16 agent = NoName;     ///< index in names; NoName: unassigned
        quint16 queue = NoName;
        quint32 count = 0;
        quint32 met = 0;
        qint64 seconds = 0;         ///< their sum, in SLA time
    };
    /// Surveys of one channel and agent.
    struct Csat
    {
        quint8 channel = 0;
        quint16 agent = NoName;
        quint32 requests = 0;
        quint32 responses = 0;
        quint32 satisfied = 0;      ///< answers of 4 or 5
        quint32 scoreSum = 0;
    };

    QStringList names;                                   ///< agents and queues named by index
    std::array<quint32, ChannelCount> created{};
    std::array<quint32, TopicCount> topics{};
    std::vector<Sla> sla;
    std::array<std::vector<qint32>, ChannelCount> firstResponseSeconds;
    std::array<std::vector<qint32>, ChannelCount> resolutionSeconds;
    std::vector<Csat> csat;

    QHash<QString, quint16> nameIndex;                   ///< while computing

    quint16 nameId(const QString &name)
    {
        if (name.isEmpty())
            return NoName;
        const auto found = nameIndex.constFind(name);
        if (found != nameIndex.constEnd())
            return *found;
        const quint16 id = quint16(names.size());
        names << name;
        nameIndex.insert(name, id);
        return id;
    }

    Sla &slaCell(quint8 kind, quint8 channel, quint16 agent, quint16 queue)
    {
        for (Sla &cell : sla) {
            if (cell.kind == kind && cell.channel == channel && cell.agent == agent && cell.queue == queue)
                return cell;
        }
        sla.push_back({kind, channel, agent, queue, 0, 0, 0});
        return sla.back();
    }

    Csat &csatCell(quint8 channel, quint16 agent)
    {
        for (Csat &cell : csat) {
            if (cell.channel == channel && cell.agent == agent)
                return cell;
        }
        csat.push_back({channel, agent, 0, 0, 0, 0});
        return csat.back();
    }

    bool isEmpty() const
    {
        for (const quint32 n : created) {
            if (n)
                return false;
        }
        return sla.empty() && csat.empty();
    }

    QByteArray encode() const
    {
        Writer w;
        w.u8(RollupMagic);
        w.u8(SupervisionRepository::RollupFormat);
        w.u16(quint16(names.size()));
        for (const QString &name : names)
            w.text(name);
        for (const quint32 n : created)
            w.u32(n);
        for (const quint32 n : topics)
            w.u32(n);
        w.u32(quint32(sla.size()));
        for (const Sla &cell : sla) {
            w.u8(cell.kind);
            w.u8(cell.channel);
            w.u16(cell.agent);
            w.u16(cell.queue);
            w.u32(cell.count);
            w.u32(cell.met);
            w.i64(cell.seconds);
        }
        for (const auto *values : {&firstResponseSeconds, &resolutionSeconds}) {
            for (const std::vector<qint32> &list : *values) {
                w.u32(quint32(list.size()));
                for (const qint32 v : list)
                    w.i32(v);
            }
        }
        w.u32(quint32(csat.size()));
        for (const Csat &cell : csat) {
            w.u8(cell.channel);
            w.u16(cell.agent);
            w.u32(cell.requests);
            w.u32(cell.responses);
            w.u32(cell.satisfied);
            w.u32(cell.scoreSum);
        }
        return w.bytes();
    }

    /// False when the bytes are not a rollup of this layout.
    bool decode(QByteArrayView bytes)
    {
        Reader r(bytes);
        if (r.u8() != RollupMagic || r.u8() != SupervisionRepository::RollupFormat)
            return false;
        const quint16 nameCount = r.u16();
        for (quint16 i = 0; i < nameCount && r.ok(); ++i)
            names << r.text();
        for (quint32 &n : created)
            n = r.u32();
        for (quint32 &n : topics)
            n = r.u32();
        const quint32 slaCount = r.u32();
        for (quint32 i = 0; i < slaCount && r.ok(); ++i) {
            Sla cell;
            cell.kind = r.u8();
            cell.channel = r.u8();
            cell.agent = r.u16();
            cell.queue = r.u16();
            cell.count = r.u32();
            cell.met = r.u32();
            cell.seconds = r.i64();
            if (cell.channel >= ChannelCount || cell.kind > ResolutionKind)
                return false;
            sla.push_back(cell);
        }
        for (auto *values : {&firstResponseSeconds, &resolutionSeconds}) {
            for (std::vector<qint32> &list : *values)
                r.i32s(r.u32(), &list);
        }
        const quint32 csatCount = r.u32();
        for (quint32 i = 0; i < csatCount && r.ok(); ++i) {
            Csat cell;
            cell.channel = r.u8();
            cell.agent = r.u16();
            cell.requests = r.u32();
            cell.responses = r.u32();
            cell.satisfied = r.u32();
            cell.scoreSum = r.u32();
            if (cell.channel >= ChannelCount)
                return false;
            csat.push_back(cell);
        }
        return r.ok() && r.atEnd();
    }
};

SupervisionRepository::SupervisionRepository(Database &database, const SlaPolicy &policy)
    : m_database(database)
    , m_policy(policy)
    , m_zone(QTimeZone::systemTimeZone())
{
}

void SupervisionRepository::setTimeZone(const QTimeZone &zone)
{
    if (zone.isValid())
        m_zone = zone;
}

qint64 SupervisionRepository::localDayOf(qint64 epochSeconds) const
{
    const int offset = m_zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(epochSeconds, Qt::UTC));
    return floorDiv(epochSeconds + offset, DaySeconds);
}

qint64 SupervisionRepository::localDayOfHour(qint64 hour) const
{
    return localDayOf(hour * HourSeconds);
}

qint64 SupervisionRepository::firstHourOf(const QDate &date) const
{
    return floorDiv(QDateTime(date, QTime(0, 0), m_zone).toSecsSinceEpoch(), HourSeconds);
}

// --- the live queue board ---------------------------------------------------------

QueueBoard SupervisionRepository::queueBoard(const QDateTime &now, QString *error)
{
    QString localError;
    if (!error)
        error = &localError;
    error->clear();
    QueueBoard board;
    board.at = now.toUTC();
    const QString nowText = ConversationRepository::isoTime(now);
    const QString soonText = ConversationRepository::isoTime(now.addSecs(DueSoonSeconds));

    // One row per queue and channel with open conversations, in index order.
    std::map<std::pair<QString, int>, QueueBoardRow> rows;
    auto rowOf = [&](const QString &queue, QByteArrayView channelName) -> QueueBoardRow * {
        const int channel = channelIndex(channelName);
        if (channel < 0)
            return nullptr;
        QueueBoardRow &row = rows[{queue, channel}];
        row.queue = queue;
        row.channel = Channel(channel);
        return &row;
    };

    int open = 0;
    std::map<std::pair<QString, int>, int> openOf;
    {
        DirectStatement q(m_database.prepared(QStringLiteral(
            "SELECT queue, channel, count(*) FROM conversations INDEXED BY conversations_board_due"
            " WHERE status NOT IN ('resolved', 'closed') GROUP BY queue, channel")));
        while (q.step(error) && q.hasRow()) {
            if (QueueBoardRow *row = rowOf(q.text(0), q.utf8(1))) {
                openOf[{row->queue, int(row->channel)}] = int(q.int64(2));
                open += int(q.int64(2));
            }
        }
        if (!error->isEmpty())
            return board;
    }
    {
        DirectStatement q(m_database.prepared(QStringLiteral(
            "SELECT queue, channel, count(*), min(created_at) FROM conversations INDEXED BY conversations_board_waiting"
            " WHERE status = 'new' OR (assignee IS NULL AND status IN ('open', 'on_hold')) GROUP BY queue, channel")));
        while (q.step(error) && q.hasRow()) {
            if (QueueBoardRow *row = rowOf(q.text(0), q.utf8(1))) {
                row->waiting = int(q.int64(2));
                row->oldestWaitingSince = timeOf(q.text(3));
            }
        }
        if (!error->isEmpty())
            return board;
    }
    {
        DirectStatement q(m_database.prepared(QStringLiteral(
            "SELECT queue, channel, count(*) FROM conversations INDEXED BY conversations_board_pending"
            " WHERE status = 'pending' GROUP BY queue, channel")));
        while (q.step(error) && q.hasRow()) {
            if (QueueBoardRow *row = rowOf(q.text(0), q.utf8(1)))
                row->pendingCustomer = int(q.int64(2));
        }
        if (!error->isEmpty())
            return board;
    }
    QSqlQuery &due = m_database.prepared(QStringLiteral(
        "SELECT count(*) FROM conversations INDEXED BY conversations_board_due"
        " WHERE status NOT IN ('resolved', 'closed') AND queue = ? AND channel = ? AND sla_due < ?"));
    auto dueBefore = [&](const QueueBoardRow &row, const QString &bound) -> int {
        DirectStatement q(due);
        q.bind(0, row.queue);
        q.bind(1, channelName(row.channel));
        q.bind(2, bound);
        return q.step(error) && q.hasRow() ? int(q.int64(0)) : -1;
    };
    QStringList queues;
    for (auto &[key, row] : rows) {
        row.inProgress = std::max(0, openOf[key] - row.waiting - row.pendingCustomer);
        if (row.open() == 0)
            continue;
        const int breached = dueBefore(row, nowText);
        const int soon = dueBefore(row, soonText);
        if (breached < 0 || soon < 0)
            return board;
        row.breached = breached;
        row.dueSoon = soon - breached;
        board.rows << row;
        if (!queues.contains(row.queue))
            queues << row.queue;
    }

    // Every queue: those with open conversations and those agents work.
    QSqlQuery &agentQueues = m_database.prepared(QStringLiteral("SELECT queues FROM agents"));
    if (!SqlExec::exec(agentQueues, error))
        return board;
    while (agentQueues.next()) {
        for (const QString &queue : agentQueues.value(0).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            if (!queues.contains(queue))
                queues << queue;
        }
    }
    agentQueues.finish();
    queues.sort();
    board.queues = queues;
    return board;
}

// --- the agents ------------------------------------------------------------------------

AgentBoard SupervisionRepository::agentBoard(const QDateTime &now, QString *error)
{
    QString localError;
    if (!error)
        error = &localError;
    error->clear();
    AgentBoard board;
    board.at = now.toUTC();
    const QString nowText = ConversationRepository::isoTime(now);

    QSqlQuery &agents = m_database.prepared(QStringLiteral(
        "SELECT username, display_name, role, queues, presence, presence_since FROM agents"
        " ORDER BY display_name, username"));
    if (!SqlExec::exec(agents, error))
        return board;
    while (agents.next()) {
        AgentFigure figure;
        figure.username = agents.value(0).toString();
        figure.displayName = agents.value(1).toString();
        figure.role = agents.value(2).toString() == QLatin1String("supervisor") ? Agent::RoleSupervisor
                                                                                : Agent::RoleAgent;
        figure.queues = agents.value(3).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        figure.presence = SupervisionNames::presenceFromName(agents.value(4).toString());
        figure.presenceSince = timeOf(agents.value(5).toString());
        board.agents << figure;
    }
    agents.finish();

    // Open: the inbox's own counts; breached: a range of the assignee's due index.
    QHash<QString, int> openCounts;
    {
        DirectStatement q(m_database.prepared(QStringLiteral(
            "SELECT substr(key, 10), n FROM inbox_counts WHERE key >= 'assignee:' AND key < 'assignee;'")));
        while (q.step(error) && q.hasRow())
            openCounts.insert(q.text(0), int(q.int64(1)));
        if (!error->isEmpty())
            return board;
    }
    QSqlQuery &breached = m_database.prepared(QStringLiteral(
        "SELECT count(*) FROM conversations INDEXED BY conversations_assignee_due"
        " WHERE assignee = ? AND is_open = 1 AND sla_due < ?"));
    for (AgentFigure &figure : board.agents) {
        figure.open = openCounts.value(figure.username);
        if (figure.open == 0)
            continue;
        DirectStatement q(breached);
        q.bind(0, figure.username);
        q.bind(1, nowText);
        if (!q.step(error))
            return board;
        figure.breached = int(q.int64(0));
    }

    // Today, from the rollup: the hours since local midnight.
    const qint64 fromHour = firstHourOf(now.toTimeZone(m_zone).date());
    const qint64 toHour = floorDiv(now.toSecsSinceEpoch(), HourSeconds) + 1;
    if (!refreshHours(fromHour, toHour, error))
        return board;
    struct Today
    {
        int handled = 0;
        int firstResponses = 0;
        qint64 seconds = 0;
    };
    QHash<QString, Today> today;
    DirectStatement q(m_database.prepared(QStringLiteral(
        "SELECT hour, facts FROM supervision_hours WHERE hour >= ? AND hour < ? ORDER BY hour")));
    q.bind(0, fromHour);
    q.bind(1, toHour);
    while (q.step(error) && q.hasRow()) {
        HourFacts facts;
        if (!facts.decode(q.blob(1)))
            continue;   // marked stale again below; not counted meanwhile
        for (const HourFacts::Sla &cell : facts.sla) {
            if (cell.agent >= facts.names.size())
                continue;
            Today &t = today[facts.names.at(cell.agent)];
            if (cell.kind == ResolutionKind) {
                t.handled += int(cell.count);
            } else {
                t.firstResponses += int(cell.count);
                t.seconds += cell.seconds;
            }
        }
    }
    if (!error->isEmpty())
        return board;
    for (AgentFigure &figure : board.agents) {
        const Today t = today.value(figure.username);
        figure.handledToday = t.handled;
        figure.firstResponsesToday = t.firstResponses;
        figure.averageFirstResponseSeconds = t.firstResponses > 0 ? t.seconds / t.firstResponses : -1;
    }
    return board;
}

// --- drill-downs ---------------------------------------------------------------------------

ConversationPage SupervisionRepository::drillDown(const DrillDown &drillDown, const QString &cursor, int limit,
                                                  const QDateTime &now, QString *plan)
{
    // The index whose leading columns the filter fixes; the rest is checked
    // on the rows its range yields, soonest due first.
    QString index;
    QStringList where;
    QVariantList bindings;
    if (!drillDown.agent.isEmpty()) {
        index = QStringLiteral("conversations_assignee_due");
        where << QStringLiteral("c.assignee = ?") << QStringLiteral("c.is_open = 1");
        bindings << drillDown.agent;
        if (drillDown.channel) {
            where << QStringLiteral("c.channel = ?");
            bindings << channelName(*drillDown.channel);
        }
    } else if (drillDown.channel) {
        index = QStringLiteral("conversations_channel_due");
        where << QStringLiteral("c.channel = ?") << QStringLiteral("c.is_open = 1");
        bindings << channelName(*drillDown.channel);
    } else {
        index = QStringLiteral("conversations_open_due");
        where << QStringLiteral("c.is_open = 1");
    }
    if (!drillDown.queue.isEmpty()) {
        where << QStringLiteral("c.queue = ?");
        bindings << drillDown.queue;
    }
    switch (drillDown.figure) {
    case QueueFigure::Open:
        break;
    case QueueFigure::Waiting:
        where << QStringLiteral("(c.status = 'new' OR (c.assignee IS NULL AND c.status IN ('open', 'on_hold')))");
        break;
    case QueueFigure::InProgress:
        where << QStringLiteral("c.assignee IS NOT NULL AND c.status IN ('open', 'on_hold')");
        break;
    case QueueFigure::PendingCustomer:
        where << QStringLiteral("c.status = 'pending'");
        break;
    case QueueFigure::DueSoon:
        where << QStringLiteral("c.sla_due >= ?") << QStringLiteral("c.sla_due < ?");
        bindings << ConversationRepository::isoTime(now) << ConversationRepository::isoTime(now.addSecs(DueSoonSeconds));
        break;
    case QueueFigure::Breached:
        where << QStringLiteral("c.sla_due < ?");
        bindings << ConversationRepository::isoTime(now);
        break;
    }
    return ConversationRepository(m_database).page(index, where, bindings, InboxSort::SlaDue, cursor, limit, plan);
}

// --- the rollup ----------------------------------------------------------------------------

bool SupervisionRepository::computeHour(qint64 hour, HourFacts *facts, QString *error)
{
    const QString from = isoOfEpoch(hour * HourSeconds);
    const QString to = isoOfEpoch((hour + 1) * HourSeconds);

    {
        DirectStatement q(m_database.prepared(QStringLiteral(
            "SELECT channel, topics FROM conversations INDEXED BY conversations_by_created"
            " WHERE created_at >= ? AND created_at < ?")));
        q.bind(0, from);
        q.bind(1, to);
        while (q.step(error) && q.hasRow()) {
            const int channel = channelIndex(q.utf8(0));
            if (channel < 0)
                continue;
            ++facts->created[size_t(channel)];
            const QByteArrayView topics = q.utf8(1);
            qsizetype start = 0;
            for (qsizetype i = 0; i <= topics.size(); ++i) {
                if (i < topics.size() && topics[i] != ' ')
                    continue;
                if (i > start)
                    ++facts->topics[size_t(topicIndex(topics.sliced(start, i - start)))];
                start = i + 1;
            }
        }
        if (!error->isEmpty())
            return false;
    }

    // First responses and resolutions of the hour, in SLA time from the start.
    struct Measure
    {
        SlaKind kind;
        const char *sql;
    };
    static const Measure measures[] = {
        {FirstResponseKind,
         "SELECT channel, priority, created_at, first_responded_at, first_response_due, assignee, queue"
         " FROM conversations INDEXED BY conversations_by_first_response"
         " WHERE first_responded_at IS NOT NULL AND first_responded_at >= ? AND first_responded_at < ?"},
        {ResolutionKind,
         "SELECT channel, priority, created_at, resolved_at, resolution_due, assignee, queue"
         " FROM conversations INDEXED BY conversations_by_resolved"
         " WHERE resolved_at IS NOT NULL AND resolved_at >= ? AND resolved_at < ?"},
    };
    for (const Measure &measure : measures) {
        DirectStatement q(m_database.prepared(QString::fromLatin1(measure.sql)));
        q.bind(0, from);
        q.bind(1, to);
        while (q.step(error) && q.hasRow()) {
            const int channel = channelIndex(q.utf8(0));
            qint64 start = 0;
            qint64 end = 0;
            if (channel < 0 || !epochOf(q.utf8(2), &start) || !epochOf(q.utf8(3), &end))
                continue;
            const qint64 seconds = m_policy.slaSecondsBetween(start, end, Channel(channel), priorityOf(q.utf8(1)));
            qint64 due = 0;
            const bool met = q.isNull(4) || !epochOf(q.utf8(4), &due) || end <= due;
            HourFacts::Sla &cell = facts->slaCell(measure.kind, quint8(channel), facts->nameId(q.text(5)),
                                                  facts->nameId(q.text(6)));
            ++cell.count;
            cell.met += met ? 1 : 0;
            cell.seconds += seconds;
            auto &values = measure.kind == FirstResponseKind ? facts->firstResponseSeconds : facts->resolutionSeconds;
            values[size_t(channel)].push_back(qint32(std::min<qint64>(seconds, std::numeric_limits<qint32>::max())));
        }
        if (!error->isEmpty())
            return false;
    }

    {
        DirectStatement q(m_database.prepared(QStringLiteral(
            "SELECT channel, agent FROM csat_requests INDEXED BY csat_requests_by_sent"
            " WHERE sent_at >= ? AND sent_at < ?")));
        q.bind(0, from);
        q.bind(1, to);
        while (q.step(error) && q.hasRow()) {
            const int channel = channelIndex(q.utf8(0));
            if (channel >= 0)
                ++facts->csatCell(quint8(channel), facts->nameId(q.text(1))).requests;
        }
        if (!error->isEmpty())
            return false;
    }
    {
        DirectStatement q(m_database.prepared(QStringLiteral(
            "SELECT channel, agent, score FROM csat_answers INDEXED BY csat_answers_by_answered"
            " WHERE answered_at >= ? AND answered_at < ?")));
        q.bind(0, from);
        q.bind(1, to);
        while (q.step(error) && q.hasRow()) {
            const int channel = channelIndex(q.utf8(0));
            const qint64 score = q.int64(2);
            if (channel < 0 || score < 1 || score > 5)
                continue;
            HourFacts::Csat &cell = facts->csatCell(quint8(channel), facts->nameId(q.text(1)));
            ++cell.responses;
            cell.satisfied += score >= 4 ? 1 : 0;
            cell.scoreSum += quint32(score);
        }
        if (!error->isEmpty())
            return false;
    }
    return true;
}

bool SupervisionRepository::storeHour(qint64 hour, const HourFacts &facts, QString *error)
{
    if (facts.isEmpty()) {
        DirectStatement d(m_database.prepared(QStringLiteral("DELETE FROM supervision_hours WHERE hour = ?")));
        d.bind(0, hour);
        if (!d.step(error))
            return false;
    } else {
        QSqlQuery &store = m_database.prepared(
            QStringLiteral("INSERT OR REPLACE INTO supervision_hours (hour, facts) VALUES (?, ?)"));
        store.bindValue(0, hour);
        store.bindValue(1, facts.encode());
        if (!SqlExec::exec(store, error))
            return false;
        store.finish();
    }
    DirectStatement done(m_database.prepared(QStringLiteral("DELETE FROM supervision_stale_hours WHERE hour = ?")));
    done.bind(0, hour);
    return done.step(error);
}

bool SupervisionRepository::checkRollupPolicy(QString *error)
{
    // What the rollup was made with: its layout and the SLA policy. Another
    // policy (a new holiday list, another target) makes every stored hour stale.
    const QString made = QStringLiteral("%1:").arg(RollupFormat) + QString::fromLatin1(m_policy.fingerprint());
    QSqlQuery &read = m_database.prepared(QStringLiteral("SELECT value FROM meta WHERE key = 'supervision_rollup'"));
    if (!SqlExec::exec(read, error))
        return false;
    const QString stored = read.next() ? read.value(0).toString() : QString();
    read.finish();
    if (stored == made)
        return true;
    SqlTransaction transaction(m_database.connection());
    if (!transaction.isActive()
        || !SqlExec::run(m_database.connection(),
                         QStringLiteral("INSERT OR IGNORE INTO supervision_stale_hours (hour)"
                                        " SELECT hour FROM supervision_hours"),
                         {}, error)
        || !SqlExec::run(m_database.connection(),
                         QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES ('supervision_rollup', ?)"),
                         {made}, error)
        || !transaction.commit()) {
        if (error->isEmpty())
            *error = transaction.lastError();
        return false;
    }
    return true;
}

bool SupervisionRepository::refreshList(const QList<qint64> &hours, QString *error)
{
    SqlTransaction transaction(m_database.connection());
    if (!transaction.isActive()) {
        if (error->isEmpty())
            *error = transaction.lastError();
        return false;
    }
    for (const qint64 hour : hours) {
        HourFacts facts;
        if (!computeHour(hour, &facts, error) || !storeHour(hour, facts, error))
            return false;
    }
    if (!transaction.commit()) {
        if (error->isEmpty())
            *error = transaction.lastError();
        return false;
    }
    return true;
}

bool SupervisionRepository::refreshHours(qint64 fromHour, qint64 toHour, QString *error)
{
    if (!checkRollupPolicy(error))
        return false;
    QList<qint64> hours;
    DirectStatement q(m_database.prepared(QStringLiteral(
        "SELECT hour FROM supervision_stale_hours WHERE hour >= ? AND hour < ? ORDER BY hour")));
    q.bind(0, fromHour);
    q.bind(1, toHour);
    while (q.step(error) && q.hasRow())
        hours << q.int64(0);
    if (!error->isEmpty())
        return false;
    return hours.isEmpty() || refreshList(hours, error);
}

int SupervisionRepository::refreshStaleHours(int maxHours, QString *error)
{
    QString localError;
    if (!error)
        error = &localError;
    error->clear();
    if (!refreshHours(0, 0, error))   // the policy check alone
        return -1;
    QList<qint64> hours;
    {
        DirectStatement q(m_database.prepared(
            QStringLiteral("SELECT hour FROM supervision_stale_hours ORDER BY hour DESC LIMIT ?")));
        q.bind(0, qint64(std::max(1, maxHours)));
        while (q.step(error) && q.hasRow())
            hours << q.int64(0);
        if (!error->isEmpty())
            return -1;
    }
    if (!hours.isEmpty() && !refreshList(hours, error))
        return -1;
    return staleHourCount(error);
}

int SupervisionRepository::staleHourCount(QString *error)
{
    QString localError;
    if (!error)
        error = &localError;
    error->clear();
    DirectStatement q(m_database.prepared(QStringLiteral("SELECT count(*) FROM supervision_stale_hours")));
    if (!q.step(error) || !q.hasRow())
        return -1;
    return int(q.int64(0));
}

// --- analytics -------------------------------------------------------------------------------

namespace {

/// The nearest-rank @p percent percentile of @p values (reordered); -1 when empty.
qint64 nearestRank(std::vector<qint32> &values, int percent)
{
    if (values.empty())
        return -1;
    const size_t rank = (values.size() * size_t(percent) + 99) / 100;   // ceil(p/100 * n), 1-based
    const auto nth = values.begin() + qsizetype(std::max<size_t>(rank, 1) - 1);
    std::nth_element(values.begin(), nth, values.end());
    return *nth;
}

DurationStats durationStats(std::vector<qint32> &values, int met, qint64 target)
{
    DurationStats stats;
    stats.count = int(values.size());
    stats.met = met;
    stats.targetSeconds = target;
    stats.medianSeconds = nearestRank(values, 50);
    stats.p90Seconds = nearestRank(values, 90);
    return stats;
}

struct CsatSum
{
    int requests = 0;
    int responses = 0;
    int satisfied = 0;
    qint64 scoreSum = 0;

    void add(const CsatSum &other)
    {
        requests += other.requests;
        responses += other.responses;
        satisfied += other.satisfied;
        scoreSum += other.scoreSum;
    }
    CsatFigure figure(const QString &key, const QString &label) const
    {
        CsatFigure f;
        f.key = key;
        f.label = label;
        f.requests = requests;
        f.responses = responses;
        f.satisfied = satisfied;
        f.average = responses > 0 ? double(scoreSum) / responses : 0;
        return f;
    }
};

struct Share
{
    int total = 0;
    int met = 0;
};

} // namespace

Analytics SupervisionRepository::analytics(const AnalyticsPeriod &period, QString *error)
{
    QString localError;
    if (!error)
        error = &localError;
    error->clear();
    Analytics analytics;
    analytics.period = period;
    if (!period.from.isValid() || !period.to.isValid() || period.from > period.to) {
        if (error)
            *error = QStringLiteral("invalid period");
        return analytics;
    }
    const qint64 firstDay = dayOfDate(period.from);
    const qint64 lastDay = dayOfDate(period.to);
    // Topics and card outcomes run by whole weeks, from the week before the period's first.
    const qint64 firstWeek = weekStartOf(firstDay) - 7;
    const qint64 lastWeek = weekStartOf(lastDay);
    const qint64 fromHour = firstHourOf(dateOfDay(firstWeek));
    const qint64 periodFromHour = firstHourOf(period.from);
    const qint64 toHour = firstHourOf(period.to.addDays(1));
    if (!refreshHours(fromHour, toHour, error))
        return analytics;

    QHash<QString, QString> displayNames;
    {
        QSqlQuery &agents = m_database.prepared(QStringLiteral("SELECT username, display_name FROM agents"));
        if (!SqlExec::exec(agents, error))
            return analytics;
        while (agents.next())
            displayNames.insert(agents.value(0).toString(), agents.value(1).toString());
        agents.finish();
    }

    // Every hour's facts, summed by day, week, channel, agent and queue.
    std::map<std::pair<qint64, int>, int> volumes;                    // (day, channel)
    std::array<std::vector<qint32>, ChannelCount> firstResponse;
    std::array<std::vector<qint32>, ChannelCount> resolution;
    std::array<int, ChannelCount> firstResponseMet{};
    std::array<int, ChannelCount> resolutionMet{};
    std::map<QString, Share> byAgent;
    std::map<QString, Share> byQueue;
    Share team;
    std::map<std::pair<int, qint64>, int> topics;                     // (topic, week)
    CsatSum csatAll;
    std::array<CsatSum, ChannelCount> csatByChannel;
    std::map<QString, CsatSum> csatByAgent;
    std::map<qint64, CsatSum> csatByWeek;

    DirectStatement q(m_database.prepared(QStringLiteral(
        "SELECT hour, facts FROM supervision_hours WHERE hour >= ? AND hour < ? ORDER BY hour")));
    q.bind(0, fromHour);
    q.bind(1, toHour);
    qint64 dayStartHour = std::numeric_limits<qint64>::min();
    qint64 dayEndHour = std::numeric_limits<qint64>::min();
    qint64 day = 0;
    while (q.step(error) && q.hasRow()) {
        const qint64 hour = q.int64(0);
        HourFacts facts;
        if (!facts.decode(q.blob(1))) {
            qWarning("SupervisionRepository: the rollup of hour %lld is unreadable; left out", hour);
            continue;
        }
        // The local day of this hour: looked up once per day, not per hour.
        if (hour < dayStartHour || hour >= dayEndHour) {
            day = localDayOfHour(hour);
            dayStartHour = firstHourOf(dateOfDay(day));
            dayEndHour = firstHourOf(dateOfDay(day + 1));
        }
        const qint64 week = weekStartOf(day);
        for (int topic = 0; topic < TopicCount; ++topic) {
            if (facts.topics[size_t(topic)])
                topics[{topic, week}] += int(facts.topics[size_t(topic)]);
        }
        if (hour < periodFromHour)
            continue;   // the week before: topics and outcomes only

        for (int channel = 0; channel < ChannelCount; ++channel) {
            if (facts.created[size_t(channel)])
                volumes[{day, channel}] += int(facts.created[size_t(channel)]);
            auto &fr = facts.firstResponseSeconds[size_t(channel)];
            firstResponse[size_t(channel)].insert(firstResponse[size_t(channel)].end(), fr.cbegin(), fr.cend());
            auto &res = facts.resolutionSeconds[size_t(channel)];
            resolution[size_t(channel)].insert(resolution[size_t(channel)].end(), res.cbegin(), res.cend());
        }
        const auto nameOf = [&facts](quint16 id) {
            return id < facts.names.size() ? facts.names.at(id) : QString();
        };
        for (const HourFacts::Sla &cell : facts.sla) {
            (cell.kind == FirstResponseKind ? firstResponseMet : resolutionMet)[cell.channel] += int(cell.met);
            team.total += int(cell.count);
            team.met += int(cell.met);
            if (cell.agent != NoName) {
                Share &share = byAgent[nameOf(cell.agent)];
                share.total += int(cell.count);
                share.met += int(cell.met);
            }
            if (cell.queue != NoName) {
                Share &share = byQueue[nameOf(cell.queue)];
                share.total += int(cell.count);
                share.met += int(cell.met);
            }
        }
        for (const HourFacts::Csat &cell : facts.csat) {
            CsatSum sum;
            sum.requests = int(cell.requests);
            sum.responses = int(cell.responses);
            sum.satisfied = int(cell.satisfied);
            sum.scoreSum = cell.scoreSum;
            csatAll.add(sum);
            csatByChannel[cell.channel].add(sum);
            if (cell.agent != NoName)
                csatByAgent[nameOf(cell.agent)].add(sum);
            csatByWeek[week].add(sum);
        }
    }
    if (!error->isEmpty())
        return analytics;

    for (const auto &[key, count] : volumes)
        analytics.volumes << ChannelVolume{dateOfDay(key.first), Channel(key.second), count};

    std::vector<qint32> allFirstResponses;
    std::vector<qint32> allResolutions;
    int allFirstMet = 0;
    int allResolutionMet = 0;
    for (int channel = 0; channel < ChannelCount; ++channel) {
        const SlaPolicy::Target target = m_policy.target(Channel(channel), Priority::Normal);
        auto &fr = firstResponse[size_t(channel)];
        if (!fr.empty()) {
            allFirstResponses.insert(allFirstResponses.end(), fr.cbegin(), fr.cend());
            allFirstMet += firstResponseMet[size_t(channel)];
            analytics.firstResponse.append({Channel(channel), durationStats(fr, firstResponseMet[size_t(channel)],
                                                                            target.firstResponseSeconds)});
        }
        auto &res = resolution[size_t(channel)];
        if (!res.empty()) {
            allResolutions.insert(allResolutions.end(), res.cbegin(), res.cend());
            allResolutionMet += resolutionMet[size_t(channel)];
            analytics.resolution.append({Channel(channel), durationStats(res, resolutionMet[size_t(channel)],
                                                                         target.resolutionSeconds)});
        }
    }
    analytics.firstResponseAll = durationStats(allFirstResponses, allFirstMet, -1);
    analytics.resolutionAll = durationStats(allResolutions, allResolutionMet, -1);

    const auto labelOf = [&displayNames](const QString &username) {
        const QString name = displayNames.value(username);
        return name.isEmpty() ? username : name;
    };
    for (const auto &[username, share] : byAgent)
        analytics.slaByAgent << SlaShare{username, labelOf(username), share.total, share.met};
    std::sort(analytics.slaByAgent.begin(), analytics.slaByAgent.end(), [](const SlaShare &a, const SlaShare &b) {
        return a.label == b.label ? a.key < b.key : a.label.localeAwareCompare(b.label) < 0;
    });
    for (const auto &[queue, share] : byQueue)
        analytics.slaByQueue << SlaShare{queue, queue, share.total, share.met};
    analytics.slaTeam = SlaShare{QString(), QString(), team.total, team.met};

    // Every week for each topic that came up at all, zeros included, so that
    // every week has the one before it to compare with.
    std::array<bool, TopicCount> anyOf{};
    for (const auto &[key, count] : topics)
        anyOf[size_t(key.first)] = anyOf[size_t(key.first)] || count > 0;
    for (int topic = 0; topic < TopicCount; ++topic) {
        if (!anyOf[size_t(topic)])
            continue;
        for (qint64 week = firstWeek; week <= lastWeek; week += 7) {
            const auto found = topics.find({topic, week});
            analytics.topics << TopicWeek{topicName(Topic(topic)), dateOfDay(week),
                                          found == topics.end() ? 0 : found->second};
        }
    }

    // Card outcomes: a lock, a replacement ordered, a dispute opened; by the week they happened.
    std::map<qint64, OutcomeWeek> outcomes;
    for (qint64 week = firstWeek; week <= lastWeek; week += 7)
        outcomes[week].weekStart = dateOfDay(week);
    const QString outcomesFrom = isoOfEpoch(fromHour * HourSeconds);
    const QString outcomesTo = isoOfEpoch(toHour * HourSeconds);
    struct Outcome
    {
        const char *sql;
        int OutcomeWeek::*field;
    };
    static const Outcome outcomeQueries[] = {
        {"SELECT at FROM card_events INDEXED BY card_events_locks_by_at"
         " WHERE to_state = 'locked' AND at >= ? AND at < ?",
         &OutcomeWeek::locks},
        {"SELECT requested_at FROM card_orders INDEXED BY card_orders_replacements_by_requested"
         " WHERE kind = 'replacement' AND requested_at >= ? AND requested_at < ?",
         &OutcomeWeek::replacements},
        {"SELECT opened_at FROM disputes INDEXED BY disputes_by_opened WHERE opened_at >= ? AND opened_at < ?",
         &OutcomeWeek::disputes},
        // Remote mode: the desk's outcomes, as the server sent them (local mode leaves these empty).
        {"SELECT at FROM desk_card_outcomes INDEXED BY desk_card_outcomes_by_at"
         " WHERE kind = 'lock' AND at >= ? AND at < ?",
         &OutcomeWeek::locks},
        {"SELECT at FROM desk_card_outcomes INDEXED BY desk_card_outcomes_by_at"
         " WHERE kind = 'replacement' AND at >= ? AND at < ?",
         &OutcomeWeek::replacements},
        {"SELECT at FROM desk_card_outcomes INDEXED BY desk_card_outcomes_by_at"
         " WHERE kind = 'dispute' AND at >= ? AND at < ?",
         &OutcomeWeek::disputes},
    };
    for (const Outcome &outcome : outcomeQueries) {
        DirectStatement o(m_database.prepared(QString::fromLatin1(outcome.sql)));
        o.bind(0, outcomesFrom);
        o.bind(1, outcomesTo);
        while (o.step(error) && o.hasRow()) {
            qint64 at = 0;
            if (!epochOf(o.utf8(0), &at))
                continue;
            const auto week = outcomes.find(weekStartOf(localDayOf(at)));
            if (week != outcomes.end())
                ++(week->second.*outcome.field);
        }
        if (!error->isEmpty())
            return analytics;
    }
    for (const auto &[week, figure] : outcomes)
        analytics.outcomes << figure;

    analytics.csatAll = csatAll.figure(QString(), QString());
    for (int channel = 0; channel < ChannelCount; ++channel) {
        const CsatSum &sum = csatByChannel[size_t(channel)];
        if (sum.requests > 0 || sum.responses > 0)
            analytics.csatByChannel << sum.figure(channelName(Channel(channel)), channelName(Channel(channel)));
    }
    for (const auto &[username, sum] : csatByAgent)
        analytics.csatByAgent << sum.figure(username, labelOf(username));
    std::sort(analytics.csatByAgent.begin(), analytics.csatByAgent.end(), [](const CsatFigure &a, const CsatFigure &b) {
        return a.label == b.label ? a.key < b.key : a.label.localeAwareCompare(b.label) < 0;
    });
    for (qint64 week = weekStartOf(firstDay); week <= lastWeek; week += 7) {
        const QString key = dateOfDay(week).toString(Qt::ISODate);
        analytics.csatByWeek << csatByWeek[week].figure(key, key);
    }
    return analytics;
}

// --- presence ------------------------------------------------------------------------------

std::optional<Presence> SupervisionRepository::presenceOf(const QString &username, QString *error)
{
    QSqlQuery &q = m_database.prepared(QStringLiteral("SELECT presence FROM agents WHERE username = ?"));
    q.bindValue(0, username);
    if (!SqlExec::exec(q, error))
        return std::nullopt;
    if (!q.next()) {
        if (error)
            error->clear();
        return std::nullopt;
    }
    const Presence presence = SupervisionNames::presenceFromName(q.value(0).toString());
    q.finish();
    return presence;
}

bool SupervisionRepository::setPresence(const QString &username, Presence presence, const QDateTime &at,
                                        QString *error)
{
    QSqlQuery &u = m_database.prepared(QStringLiteral(
        "UPDATE agents SET presence_since = CASE WHEN presence = ? THEN coalesce(presence_since, ?) ELSE ? END,"
        " presence = ? WHERE username = ?"));
    const QString name = SupervisionNames::presenceName(presence);
    const QString when = ConversationRepository::isoTime(at);
    u.bindValue(0, name);
    u.bindValue(1, when);
    u.bindValue(2, when);
    u.bindValue(3, name);
    u.bindValue(4, username);
    if (!SqlExec::exec(u, error))
        return false;
    if (u.numRowsAffected() != 1) {
        if (error)
            error->clear();
        return false;
    }
    return true;
}
