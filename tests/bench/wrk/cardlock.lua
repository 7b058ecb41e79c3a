-- The write path: card lock and unlock commands (POST /v1/cards/{id}/lock
-- and /unlock), each with a fresh Idempotency-Key and the card's current
-- version in If-Match, as the console's outbox sender posts them.
--
--   wrk -t THREADS -s cardlock.lua URL -- TOKENS_FILE CARDS_FILE THINK_MS THREADS
--
-- CARDS_FILE: one card a line, "cardId version agentIndex [locked]" (locked:
-- 1 if the card is locked now, else it is active), cards whose customer the
-- agent (line agentIndex of TOKENS_FILE, from 1) has strongly verified. The cards are dealt out to the wrk threads; a thread
-- only sends a command for a card with no command in flight, alternating
-- lock and unlock, and learns the new version from the answer's ETag. It
-- needs more cards than it has connections. Every answer must be 200 with
-- the new status; anything else counts as a check failure.

local dir = debug.getinfo(1, "S").source:match("^@(.*/)") or "./"
local common = dofile(dir .. "common.lua")

local tokens, think
local cards = {}       -- cardId -> { version, agent, locked }
local free = {}        -- card ids with no command in flight

function setup(thread)
    common.setup(thread)
end

function init(args)
    common.seed()
    tokens = common.lines(args[1])
    local lines = common.lines(args[2])
    think = tonumber(args[3] or "0") or 0
    local threadTotal = tonumber(args[4] or "1") or 1
    for i, line in ipairs(lines) do
        if (i - 1) % threadTotal == threadIndex - 1 then
            local id, version, agent, locked = line:match("^(%d+)%s+(%d+)%s+(%d+)%s*(%d*)")
            if id then
                cards[id] = { version = tonumber(version), agent = tonumber(agent), locked = (locked == "1") }
                free[#free + 1] = id
            end
        end
    end
end

function request()
    if #free == 0 then
        -- More connections than cards for this thread: send something
        -- harmless that the check below counts as a failure, and say so.
        return wrk.format("GET", "/v1/health")
    end
    local index = math.random(#free)
    local id = free[index]
    free[index] = free[#free]
    free[#free] = nil
    local card = cards[id]
    local path, body
    if card.locked then
        path = "/v1/cards/" .. id .. "/unlock"
        body = string.format('{"expectedVersion":%d,"text":"Benchmark: customer found the card."}', card.version)
    else
        path = "/v1/cards/" .. id .. "/lock"
        body = string.format('{"expectedVersion":%d,"reason":"misplaced","text":"Benchmark: card misplaced."}',
                             card.version)
    end
    return wrk.format("POST", path, {
        ["Authorization"] = "Bearer " .. tokens[card.agent],
        ["Content-Type"] = "application/json",
        ["Idempotency-Key"] = common.uuid(),
        ["If-Match"] = '"' .. card.version .. '"',
    }, body)
end

function delay()
    if think <= 0 then
        return 0
    end
    return math.floor(think * (0.5 + math.random()))
end

function response(status, headers, body)
    common.countStatus(status)
    -- The answer is the card (200) or, on a conflict, a problem with the
    -- current card: either way its id and version, which free it again.
    local id = body:match('"id":(%d+)')
    local card = id and cards[id]
    if status ~= 200 or not card then
        common.checkFailed()
    end
    if card then
        local version = body:match('"version":(%d+)')
        if version then
            card.version = tonumber(version)
        end
        local state = body:match('"status":"(%a+)"')
        if state then
            card.locked = (state == "locked")
        end
        free[#free + 1] = id
    end
end

function done(summary, latency, requests)
    common.done(summary, latency)
end
