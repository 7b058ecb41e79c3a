-- Message post (POST /v1/conversations/{id}/messages, kind note) as agents
-- write internal notes: each request a fresh Idempotency-Key (the command's
-- UUID, as the console's outbox sender sends it), a random signed-in
-- agent's token and a note of 60 to 400 characters on a random conversation
-- of CONVERSATIONS_FILE. Notes are allowed on every channel (a reply is
-- refused on alert and phone conversations), and a note does not change the
-- conversation's status, so the runs can repeat on the same conversations.
-- A note bumps the conversation's version (the server locks its row), so a
-- short list of conversations measures agents contending for the same ones.
--
--   wrk -s messagepost.lua URL -- TOKENS_FILE CONVERSATIONS_FILE [THINK_MS]
--
-- CONVERSATIONS_FILE: one conversation id a line. Every answer must be 201
-- with the new message (a note); anything else counts as a check failure.

local dir = debug.getinfo(1, "S").source:match("^@(.*/)") or "./"
local common = dofile(dir .. "common.lua")

local tokens, conversations, think
local phrases = {
    "Customer called about the card payment at the airport shop.",
    "Explained how the dispute process works and what we need from them.",
    "Asked the customer to check the statement for the last two weeks.",
    "Sent the replacement card order; delivery takes five working days.",
    "Customer confirmed the new address by phone after strong identification.",
    "Reminded about the due date; a payment plan was not needed.",
    "Merchant refund expected within ten days, follow up if it does not arrive.",
    "Travel notice for Spain and Portugal noted, controls unchanged.",
}

function setup(thread)
    common.setup(thread)
end

function init(args)
    common.seed()
    tokens = common.lines(args[1])
    conversations = common.lines(args[2])
    think = tonumber(args[3] or "0") or 0
end

local function note()
    local parts = {}
    for i = 1, math.random(1, 6) do
        parts[i] = phrases[math.random(#phrases)]
    end
    return table.concat(parts, " ")
end

function request()
    local id = conversations[math.random(#conversations)]
    return wrk.format("POST", "/v1/conversations/" .. id .. "/messages", {
        ["Authorization"] = "Bearer " .. tokens[math.random(#tokens)],
        ["Content-Type"] = "application/json",
        ["Idempotency-Key"] = common.uuid(),
    }, string.format('{"kind":"note","body":"%s"}', note()))
end

function delay()
    if think <= 0 then
        return 0
    end
    return math.floor(think * (0.5 + math.random()))
end

function response(status, headers, body)
    common.countStatus(status)
    if status ~= 201 or not body:find('"direction":"note"', 1, true) then
        common.checkFailed()
    end
end

function done(summary, latency, requests)
    common.done(summary, latency)
end
