-- wrk script for run-load.sh: POSTs the JSON body in $WRK_BODY_FILE (or GETs when unset), and
-- stops each thread after $WRK_MAX_REQUESTS_PER_THREAD answers so a run is bounded in requests too.
local body_file = os.getenv("WRK_BODY_FILE")
if body_file and body_file ~= "" then
  local f = assert(io.open(body_file, "rb"))
  wrk.method = "POST"
  wrk.body = f:read("*a")
  f:close()
  wrk.headers["Content-Type"] = "application/json"
end

local max_per_thread = tonumber(os.getenv("WRK_MAX_REQUESTS_PER_THREAD") or "200000")
local answered = 0

function response(status, headers, body)
  answered = answered + 1
  if answered >= max_per_thread then
    wrk.thread:stop()
  end
end
