#!/usr/bin/env bash
# Java (ND4J) against the PyTorch reference, interleaved, for every hidden size and thread count; prints a table.
# See bench/README.md. Settings come from the environment:
#   HIDDENS="400 256"  THREADS="1 2"  STEPS=600  ITERATIONS=5  WARMUP=1  ROUNDS=1  WHAT=all (train|sample|all)
#   PYTHON=/usr/bin/python3  OUT=bench/out/<time>  GEMM=1 (also measure torch.mm GFLOP/s once per thread count)
#   JAVA_BENCH_CMD  the Java command, a template: {hidden} {steps} {iterations} {threads} {what} are replaced;
#                   with none of them in it, "--json --hidden H --steps S --iterations N --threads T --what W"
#                   is appended. Default: the jar's bench command (inkwell bench).
#   JAVA_OPTS       put into the default command before -cp
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/.." && pwd)
HIDDENS=${HIDDENS:-"400 256"}
THREADS=${THREADS:-"1 2"}
STEPS=${STEPS:-600}
ITERATIONS=${ITERATIONS:-5}
WARMUP=${WARMUP:-1}
ROUNDS=${ROUNDS:-1}
WHAT=${WHAT:-all}
GEMM=${GEMM:-1}
PYTHON=${PYTHON:-/usr/bin/python3}
OUT=${OUT:-$here/out/$(date +%Y%m%d-%H%M%S)}
JAVA_BENCH_CMD=${JAVA_BENCH_CMD:-"java --add-modules jdk.incubator.vector ${JAVA_OPTS:-} -jar $root/web-ui/target/inkwell.jar bench"}

mkdir -p "$OUT"

java_command() { # hidden threads
    local cmd=$JAVA_BENCH_CMD
    if [[ $cmd == *"{hidden}"* || $cmd == *"{steps}"* || $cmd == *"{iterations}"* || $cmd == *"{threads}"* || $cmd == *"{what}"* ]]; then
        cmd=${cmd//\{hidden\}/$1}
        cmd=${cmd//\{threads\}/$2}
        cmd=${cmd//\{steps\}/$STEPS}
        cmd=${cmd//\{iterations\}/$ITERATIONS}
        cmd=${cmd//\{what\}/$WHAT}
    else
        cmd="$cmd --json --hidden $1 --steps $STEPS --iterations $ITERATIONS --threads $2 --what $WHAT"
    fi
    printf '%s' "$cmd"
}

run() { # name command env...; output to $OUT/name.{out,err,rc}
    local name=$1 cmd=$2
    shift 2
    echo "== $name: $* $cmd" >&2
    local start=$SECONDS rc=0
    env "$@" bash -c "$cmd" >"$OUT/$name.out" 2>"$OUT/$name.err" </dev/null || rc=$?
    echo "$rc" >"$OUT/$name.rc"
    echo "   exit $rc after $((SECONDS - start)) s: $(grep -c . "$OUT/$name.out" || true) line(s) of output" >&2
}

run_java() { # hidden threads round
    run "java-h$1-t$2-r$3" "$(java_command "$1" "$2")" OMP_NUM_THREADS="$2"
}

run_pytorch() { # hidden threads round
    local policy=()
    if (( $2 > 1 )); then policy=(OMP_WAIT_POLICY=passive); fi
    run "pytorch-h$1-t$2-r$3" \
        "$(printf '%q ' "$PYTHON" "$here/pytorch_reference.py" --hidden "$1" --threads "$2" --steps "$STEPS" \
            --iterations "$ITERATIONS" --warmup "$WARMUP" --what "$WHAT")" \
        OMP_NUM_THREADS="$2" OPENBLAS_NUM_THREADS="$2" "${policy[@]}"
}

{
    echo "date: $(date -Is)"
    echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//'), $(nproc) cores"
    echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
    echo "other java processes: $(pgrep -c java || true)"
    echo "python: $("$PYTHON" -c 'import torch; print("torch", torch.__version__)' 2>&1)"
    echo "blas: $(readlink -f /usr/lib/x86_64-linux-gnu/libblas.so.3 2>/dev/null || echo unknown)"
    echo "java: $(java -version 2>&1 | head -1)"
    echo "settings: HIDDENS=$HIDDENS THREADS=$THREADS STEPS=$STEPS ITERATIONS=$ITERATIONS WARMUP=$WARMUP ROUNDS=$ROUNDS WHAT=$WHAT"
    echo "java command: $JAVA_BENCH_CMD"
} | tee "$OUT/machine.txt" >&2
if [[ $(pgrep -c java || true) != 0 ]]; then
    echo "warning: other java processes are running; the figures will be noisy (pause them for a real run)" >&2
fi

if [[ $GEMM == 1 ]]; then
    for t in $THREADS; do
        policy=()
        if (( t > 1 )); then policy=(OMP_WAIT_POLICY=passive); fi
        first_hidden=${HIDDENS%% *}
        run "pytorch-h$first_hidden-t$t-r0" \
            "$(printf '%q ' "$PYTHON" "$here/pytorch_reference.py" --what gemm --hidden "$first_hidden" --threads "$t" \
                --iterations 5)" \
            OMP_NUM_THREADS="$t" OPENBLAS_NUM_THREADS="$t" "${policy[@]}"
    done
fi

# Interleaved: every (hidden, threads) pair runs Java and PyTorch back to back, the order alternating between
# pairs and rounds, so that a slow patch of the machine falls on both.
for ((r = 1; r <= ROUNDS; r++)); do
    p=0
    for h in $HIDDENS; do
        for t in $THREADS; do
            if (( (r + p) % 2 == 1 )); then
                run_java "$h" "$t" "$r"; run_pytorch "$h" "$t" "$r"
            else
                run_pytorch "$h" "$t" "$r"; run_java "$h" "$t" "$r"
            fi
            p=$((p + 1))
        done
    done
done

echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$OUT/machine.txt" >&2
echo
"$PYTHON" "$here/summarize.py" "$OUT" | tee "$OUT/table.txt"
echo
echo "raw outputs, results.jsonl and table.txt in $OUT"
