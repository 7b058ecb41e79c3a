-- Shared by the carddesk wrk scripts (scripts/server-bench.sh runs them):
-- reading the run's input files, per-thread status counts, and a done()
-- that prints one JSON line with the latency distribution.
--
-- wrk runs every script in one Lua state per thread plus one for setup()
-- and done(); a module loaded with dofile() is loaded into each of them.

local common = {}

local threads = {}
local threadCount = 0

function common.lines(path)
    local out = {}
    local file = io.open(path, "r")
    if not file then
        error("cannot read " .. tostring(path))
    end
    for line in file:lines() do
        if line ~= "" then
            out[#out + 1] = line
        end
    end
    file:close()
    if #out == 0 then
        error(path .. " is empty")
    end
    return out
end

function common.urlencode(text)
    return (text:gsub("[^%w%-%._~]", function(c)
        return string.format("%%%02X", string.byte(c))
    end))
end

-- A random UUID (version 4 layout), for Idempotency-Key.
function common.uuid()
    local hex = "0123456789abcdef"
    local function digits(n)
        local s = {}
        for i = 1, n do
            local k = math.random(1, 16)
            s[i] = hex:sub(k, k)
        end
        return table.concat(s)
    end
    local v = math.random(9, 12)   -- 8, 9, a or b: the RFC 4122 variant
    local variant = hex:sub(v, v)
    return digits(8) .. "-" .. digits(4) .. "-4" .. digits(3) .. "-" .. variant .. digits(3) .. "-" .. digits(12)
end

-- setup() runs in the main state once per thread: number the threads and
-- keep them, so that done() can collect their counts.
function common.setup(thread)
    threadCount = threadCount + 1
    thread:set("threadIndex", threadCount)
    threads[#threads + 1] = thread
end

-- Per-thread counts of HTTP statuses, and of anything the script itself
-- found wrong in an answer (kept as globals so that thread:get sees them).
statusCounts = {}
checkFailures = 0
counters = {}

function common.countStatus(status)
    statusCounts[status] = (statusCounts[status] or 0) + 1
end

function common.checkFailed()
    checkFailures = checkFailures + 1
end

-- A named per-thread count that the result line carries in "counts" (e.g.
-- first pages and follow-up pages of a list).
function common.count(name)
    counters[name] = (counters[name] or 0) + 1
end

-- Seed the random numbers of a thread differently from its siblings.
function common.seed()
    local index = threadIndex or 0
    math.randomseed(os.time() * 1000 + index * 7919 + math.floor(os.clock() * 1e6))
end

-- One JSON line on stdout, prefixed so that the bench script can find it:
-- requests, duration, req/s, latency percentiles (ms), errors and statuses.
-- done() runs in wrk's main Lua state, which never sees the script's
-- arguments: the run's name comes from CARDDESK_WRK_NAME.
function common.done(summary, latency)
    local name = os.getenv("CARDDESK_WRK_NAME") or "wrk"
    local statuses = {}
    local named = {}
    local failures = 0
    for _, thread in ipairs(threads) do
        local counts = thread:get("statusCounts") or {}
        for status, n in pairs(counts) do
            statuses[status] = (statuses[status] or 0) + n
        end
        for name, n in pairs(thread:get("counters") or {}) do
            named[name] = (named[name] or 0) + n
        end
        failures = failures + (thread:get("checkFailures") or 0)
    end
    local namedParts = {}
    for name, n in pairs(named) do
        namedParts[#namedParts + 1] = string.format('"%s":%d', name, n)
    end
    table.sort(namedParts)
    local statusParts = {}
    for status, n in pairs(statuses) do
        statusParts[#statusParts + 1] = string.format('"%d":%d', status, n)
    end
    table.sort(statusParts)
    local seconds = summary.duration / 1e6
    local function ms(us)
        return string.format("%.3f", us / 1000)
    end
    io.write(string.format(
        'WRK_RESULT {"name":"%s","requests":%d,"seconds":%.3f,"requestsPerSecond":%.1f,'
            .. '"latencyMs":{"mean":%s,"p50":%s,"p90":%s,"p99":%s,"max":%s},'
            .. '"errors":{"connect":%d,"read":%d,"write":%d,"status":%d,"timeout":%d},'
            .. '"checkFailures":%d,"statuses":{%s},"counts":{%s}}\n',
        name, summary.requests, seconds, summary.requests / seconds,
        ms(latency.mean), ms(latency:percentile(50)), ms(latency:percentile(90)), ms(latency:percentile(99)),
        ms(latency.max),
        summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.status,
        summary.errors.timeout, failures, table.concat(statusParts, ","), table.concat(namedParts, ",")))
end

return common
