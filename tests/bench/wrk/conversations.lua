-- The inbox list (GET /v1/conversations?view=...&limit=50) as agents use it:
-- each request opens one of the console's views, mostly in its default
-- order (SLA due), and some of the answers are followed by the next page
-- (the keyset cursor `next`, sent back as `after`), as an agent scrolling.
--
--   wrk -s conversations.lua URL -- TOKENS_FILE [THINK_MS] [FOLLOW_PERCENT]
--
-- Views, by how often a console opens them: my_open 30 %, unassigned 20 %,
-- all_open 15 %, due_soon 15 %, by_channel 10 % (a random written or phone
-- channel), alerts 5 %, resolved 5 %; sorts sla_due 70 %, last_update 20 %,
-- priority 10 %. A random signed-in agent each time (my_open is that agent's
-- own conversations). FOLLOW_PERCENT (default 40) of the answers that have
-- a next page are followed, up to the fifth page. THINK_MS as in search.lua.
-- Each request carries an X-Request-Id that the server echoes, so that an
-- answer is matched to the view it lists. Every answer must be 200 with an
-- items array; first pages and follow-up pages are counted apart, and so
-- are empty first pages.

local dir = debug.getinfo(1, "S").source:match("^@(.*/)") or "./"
local common = dofile(dir .. "common.lua")

local tokens, think, follow
local views = {
    { "my_open", 30 }, { "unassigned", 20 }, { "all_open", 15 }, { "due_soon", 15 },
    { "by_channel", 10 }, { "alerts", 5 }, { "resolved", 5 },
}
local sorts = { { "sla_due", 70 }, { "last_update", 20 }, { "priority", 10 } }
local channels = { "email", "chat", "webform", "social", "app", "phone" }
local pending = {}     -- request id -> { base path, token, depth }
local followUps = {}   -- pages to read next: { base path, token, depth, cursor }
local serial = 0

local function pick(weighted)
    local total = 0
    for _, item in ipairs(weighted) do
        total = total + item[2]
    end
    local r = math.random() * total
    for _, item in ipairs(weighted) do
        r = r - item[2]
        if r < 0 then
            return item[1]
        end
    end
    return weighted[#weighted][1]
end

function setup(thread)
    common.setup(thread)
end

function init(args)
    common.seed()
    tokens = common.lines(args[1])
    think = tonumber(args[2] or "0") or 0
    follow = (tonumber(args[3] or "40") or 40) / 100
end

function request()
    local base, token, depth, path
    if #followUps > 0 then
        local page = table.remove(followUps, math.random(#followUps))
        base, token, depth = page[1], page[2], page[3]
        path = base .. "&after=" .. common.urlencode(page[4])
        common.count("followPages")
    else
        local view = pick(views)
        base = "/v1/conversations?limit=50&view=" .. view
        if view == "by_channel" then
            base = base .. "&channel=" .. channels[math.random(#channels)]
        end
        local sort = pick(sorts)
        if sort ~= "sla_due" then
            base = base .. "&sort=" .. sort
        end
        token = tokens[math.random(#tokens)]
        depth = 1
        path = base
        common.count("firstPages")
    end
    serial = serial + 1
    local id = string.format("wrk%d-%08d", threadIndex or 0, serial)
    pending[id] = { base, token, depth }
    return wrk.format("GET", path, {
        ["Authorization"] = "Bearer " .. token,
        ["Accept"] = "application/json",
        ["X-Request-Id"] = id,
    })
end

function delay()
    if think <= 0 then
        return 0
    end
    return math.floor(think * (0.5 + math.random()))
end

function response(status, headers, body)
    common.countStatus(status)
    local id = headers["X-Request-Id"] or headers["x-request-id"]
    local sent = id and pending[id]
    if id then
        pending[id] = nil
    end
    if status ~= 200 or not body:find('"items":[', 1, true) or not sent then
        common.checkFailed()
        return
    end
    if sent[3] == 1 and body:find('"items":[]', 1, true) then
        common.count("emptyFirstPages")
    end
    local next = body:match('"next":"([^"]+)"')
    if next and sent[3] < 5 and math.random() < follow then
        followUps[#followUps + 1] = { sent[1], sent[2], sent[3] + 1, next }
    end
end

function done(summary, latency, requests)
    common.done(summary, latency)
end
