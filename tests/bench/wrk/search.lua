-- Customer search (GET /v1/customers?q=) as agents type it: each request
-- takes a random query from the run's query list (surnames common and rare,
-- first names, phone fragments, card last fours, all taken from the
-- dataset) and a random signed-in agent's token.
--
--   wrk -s search.lua URL -- TOKENS_FILE QUERIES_FILE [THINK_MS]
--
-- THINK_MS 0 (default): each connection sends its next request as soon as
-- the answer arrives (a closed loop: the server's saturation). Above 0, a
-- connection waits a random 0.5-1.5 x THINK_MS between requests, like an
-- agent typing. Every answer must be 200 with at least one customer (each
-- query is known to match); anything else counts as a check failure.

local dir = debug.getinfo(1, "S").source:match("^@(.*/)") or "./"
local common = dofile(dir .. "common.lua")

local tokens, queries, think

function setup(thread)
    common.setup(thread)
end

function init(args)
    common.seed()
    tokens = common.lines(args[1])
    queries = common.lines(args[2])
    think = tonumber(args[3] or "0") or 0
    for i, q in ipairs(queries) do
        queries[i] = common.urlencode(q)
    end
end

function request()
    local q = queries[math.random(#queries)]
    local token = tokens[math.random(#tokens)]
    return wrk.format("GET", "/v1/customers?q=" .. q .. "&limit=50",
                      { ["Authorization"] = "Bearer " .. token, ["Accept"] = "application/json" })
end

function delay()
    if think <= 0 then
        return 0
    end
    return math.floor(think * (0.5 + math.random()))
end

function response(status, headers, body)
    common.countStatus(status)
    if status ~= 200 or body:find('"items":[]', 1, true) or not body:find('"items":[', 1, true) then
        common.checkFailed()
    end
end

function done(summary, latency, requests)
    common.done(summary, latency)
end
