-- wrk script for bench/news-search.sh: rotates realistic searches and filters, paced per connection.
-- From the head of the vocabulary (a fifth of the archive matches "Partnerschaft") to the tail
-- (a town that appears in a few hundred items), with and without diacritics, phrases and English.
local queries = {
  "Partnerschaft", "Städtepartnerschaft Vereinbarung", "partnership", "Wasserversorgung",
  "Hochwasserschutz Kommunen", "medizinische Rehabilitation", "Katastrophenschutz Delegation", "renewable energy",
  "youth fire brigades", "trauma therapy", "Jena", "Görlitz", "Kassel", "Wolfsburg", "Leipzig Hochschulkooperation",
  "Poznań", "Poznan", "Toyohashi", "Ukraine Hilfsgüter", "France youth exchange", "\"Goldene Buch\"",
  "\"summer school\"", "Dortmund -Pandemie", "Notstromaggregate Ukraine"
}
local filters = {
  "", "", "", "&language=de", "&language=en", "&topic=twinning", "&topic=summer-school",
  "&from=2024-01-01T00:00:00Z", "&from=2023-01-01T00:00:00Z&to=2024-01-01T00:00:00Z", "&page=1"
}
local ids = {}
local counter = 0

function init(args)
  local f = io.open("bench/results/bench-partnerships.txt", "r")
  if f then
    for line in f:lines() do ids[#ids + 1] = line end
    f:close()
  end
end

local function encode(s)
  return (s:gsub("([^%w%-%._~])", function(c) return string.format("%%%02X", string.byte(c)) end))
end

function request()
  counter = counter + 1
  local q = queries[(counter % #queries) + 1]
  local filter = filters[(counter * 7 % #filters) + 1]
  if counter % 11 == 0 and #ids > 0 then
    filter = "&partnership=" .. ids[(counter % #ids) + 1]
  end
  return wrk.format("GET", "/api/v1/news/search?q=" .. encode(q) .. filter)
end

-- Fixed pace: each connection waits this long between requests, so the rate stays moderate
-- (connections x 1000 / (delay + latency) requests per second).
function delay()
  return tonumber(os.getenv("BENCH_DELAY_MS") or "100")
end

local errors = 0
function response(status, headers, body)
  if status ~= 200 then errors = errors + 1 end
end

function done(summary, latency, requests)
  local out = io.open(os.getenv("BENCH_OUT"), "a")
  out:write(string.format("requests: %d in %.1f s (%.1f/s), non-2xx: %d, socket errors: %d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    summary.errors.status, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
  for _, p in ipairs({50, 95, 99}) do
    out:write(string.format("p%d: %.1f ms\n", p, latency:percentile(p) / 1000))
  end
  out:write(string.format("max: %.1f ms\n", latency.max / 1000))
  out:close()
end
