-- wrk script: each connection waits PACE_MS milliseconds before each request, so that wrk offers a steady load
-- below saturation (8 connections and 40 ms: about 200 requests/s) and the latencies are those of the request,
-- not of a queue that a saturating load builds up (wrk counts from sending to the answer, not the wait).
local pace = tonumber(os.getenv("PACE_MS") or "40")

function delay()
  return pace
end
