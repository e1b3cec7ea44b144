#!/usr/bin/env bash
# The server's soak test of issue 6: start `inkwell serve` with a fixed, pre-touched heap (so that resident minus
# committed heap is the off-heap figure), time until /health first answers, warm up, then RUNS measured runs of
# `inkwell load`, reading the heap after a forced full collection (jcmd GC.run) and the off-heap size before the
# first and after each run. Settings from the environment:
#   PORT=7073  CLIENTS=4  WARMUP=1000  REQUESTS=10000  RUNS=2  MODEL=(the built-in one)  OUT=bench/out/soak-<time>
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/.." && pwd)
PORT=${PORT:-7073}
CLIENTS=${CLIENTS:-4}
WARMUP=${WARMUP:-1000}
REQUESTS=${REQUESTS:-10000}
RUNS=${RUNS:-2}
OUT=${OUT:-$here/out/soak-$(date +%Y%m%d-%H%M%S)}
jar=$root/web-ui/target/inkwell.jar
inkwell=(java --add-modules jdk.incubator.vector -jar "$jar")
url=http://127.0.0.1:$PORT
mkdir -p "$OUT"

model=()
if [[ -n ${MODEL:-} ]]; then model=(--model "$MODEL"); fi
start=$(date +%s%N)
java --add-modules jdk.incubator.vector -Xms512m -Xmx512m -XX:+AlwaysPreTouch -jar "$jar" serve --port "$PORT" \
    "${model[@]}" >"$OUT/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
until curl -sf "$url/health" >/dev/null; do
    if ! kill -0 $server 2>/dev/null; then echo "the server ended; see $OUT/server.log" >&2; exit 1; fi
    sleep 0.02
done
echo "ready after $(( ($(date +%s%N) - start) / 1000000 )) ms (JVM start to the first answer of /health)"

memory() { # label: heap used after a full collection, and resident minus committed heap
    jcmd $server GC.run >/dev/null
    curl -sf "$url/health" | /usr/bin/python3 -c '
import json, sys
def find(node, key):
    if isinstance(node, dict):
        if key in node: return node[key]
        for v in node.values():
            found = find(v, key)
            if found is not None: return found
    return None
h = json.load(sys.stdin)
used, committed, resident = (find(h, k) for k in ("heapUsed", "heapCommitted", "resident"))
print("%-28s heap after full GC %6.1f MB   off-heap (resident - committed heap) %6.1f MB"
      % (sys.argv[1], used / 2**20, (resident - committed) / 2**20))' "$1"
}

"${inkwell[@]}" load --url "$url" --clients "$CLIENTS" --requests "$WARMUP" --duration 86400 >"$OUT/warmup.txt"
memory "after the warm-up"
for run in $(seq 1 "$RUNS"); do
    "${inkwell[@]}" load --url "$url" --clients "$CLIENTS" --requests "$REQUESTS" --duration 86400 | tee "$OUT/run-$run.txt"
    memory "after run $run ($REQUESTS requests)"
done
echo "outputs in $OUT"
