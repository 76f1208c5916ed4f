-- A stream of small edits, one map per thread (run wrk with as many connections as threads):
-- add a person, then a link to it from an existing node, each write carrying If-Match with the
-- ETag the previous write answered. MAPS (space-separated map ids, one per thread), ETAGS (their
-- versions), FROM (an existing node), COOKIE and TOKEN come from the environment.
local counter = 0
local threads = {}

function setup(thread)
  counter = counter + 1
  thread:set("index", counter)
  table.insert(threads, thread)
end

local function words(s)
  local t = {}
  for w in string.gmatch(s, "%S+") do table.insert(t, w) end
  return t
end

function init(args)
  map = words(os.getenv("MAPS"))[index]
  etag = '"' .. words(os.getenv("ETAGS"))[index] .. '"'
  from = os.getenv("FROM")
  n = 0
  adding = true
  failed = 0
  base = {
    ["Cookie"] = os.getenv("COOKIE"),
    ["X-CSRF-Token"] = os.getenv("TOKEN"),
    ["Content-Type"] = "application/json",
  }
end

function request()
  base["If-Match"] = etag
  if adding then
    n = n + 1
    return wrk.format("POST", "/api/maps/" .. map .. "/nodes", base,
      string.format('{"id": "bench-%d", "kind": "person"}', n))
  end
  return wrk.format("POST", "/api/maps/" .. map .. "/links", base,
    string.format('{"from": "%s", "to": "bench-%d", "kind": "introduced"}', from, n))
end

function response(status, headers, body)
  if status == 200 or status == 201 then
    etag = headers["ETag"] or headers["etag"]
    adding = not adding
  else
    failed = failed + 1
  end
end

function done(summary, latency, requests)
  local f = 0
  for _, t in ipairs(threads) do f = f + (t:get("failed") or 0) end
  io.write(string.format("edits refused: %d\n", f))
end
