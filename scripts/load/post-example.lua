-- wrk script for cache-hits.sh: POSTs one article as the body of every request, nothing per answer (so wrk
-- itself costs what it costs for a plain GET). The body is $WRK_BODY_FILE (default: the example article) sent
-- as $WRK_CONTENT_TYPE (default: text/plain, as ./run.sh sends it).
local body_file = os.getenv("WRK_BODY_FILE") or "examples/putin-kim-trump.id.txt"
local f = assert(io.open(body_file, "rb"))
wrk.method = "POST"
wrk.body = f:read("*a")
f:close()
wrk.headers["Content-Type"] = os.getenv("WRK_CONTENT_TYPE") or "text/plain; charset=utf-8"
