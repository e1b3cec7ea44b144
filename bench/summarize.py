#!/usr/bin/python3
"""Reads the raw outputs of run-comparison.sh (one file per run, named IMPL-hHIDDEN-tTHREADS-rROUND.out),
writes every measurement to results.jsonl in the same folder and prints the comparison table.

Each output file may hold JSON lines (one measurement per line: impl, variant, hidden, threads, batch, steps,
median_per_s, ...), as pytorch_reference.py prints and as the Java bench command is to print with --json;
lines that are not JSON are matched against the text line of inkwell.model.bench.TrainingThroughput:
    hidden 400, batch 32, 600 steps: 2345 training sample-steps/s
Fields a line leaves out (threads, hidden) come from the file name.
"""
import json
import re
import statistics
import sys
from pathlib import Path

NAME = re.compile(r"^(?P<impl>java|pytorch)-h(?P<hidden>\d+)-t(?P<threads>\d+)-r(?P<round>\d+)\.out$")
JAVA_TEXT = re.compile(r"hidden (?P<hidden>\d+), batch (?P<batch>\d+), (?P<steps>\d+) steps: "
                       r"(?P<rate>[0-9.]+) training sample-steps/s")


def family(variant):
    v = (variant or "").lower()
    if v.startswith("train") or v == "training":
        return "train"
    if v.startswith("sampl"):
        return "sample"
    return v or "?"


def parse_file(path):
    m = NAME.match(path.name)
    if not m:
        return [], None
    ctx = {"impl": m["impl"], "hidden": int(m["hidden"]), "threads": int(m["threads"]), "round": int(m["round"])}
    records = []
    for line in path.read_text(errors="replace").splitlines():
        line = line.strip()
        rec = None
        if line.startswith("{"):
            try:
                rec = json.loads(line)
            except json.JSONDecodeError:
                rec = None
            if not isinstance(rec, dict) or "median_per_s" not in rec:
                rec = None
        if rec is None:
            t = JAVA_TEXT.search(line)
            if not t:
                continue
            rec = {"variant": "train", "hidden": int(t["hidden"]), "batch": int(t["batch"]),
                   "steps": int(t["steps"]), "median_per_s": float(t["rate"]), "unit": "sample-steps/s",
                   "source": "text"}
        rec.setdefault("hidden", ctx["hidden"])
        rec.setdefault("threads", ctx["threads"])
        rec["impl"] = ctx["impl"]          # the file says who ran, whatever the line claims
        rec["round"] = ctx["round"]
        records.append(rec)
    return records, ctx


def fmt(v):
    if v is None:
        return "-"
    return f"{v:,.0f}" if v >= 100 else f"{v:.1f}"


def main(folder):
    folder = Path(folder)
    records, failed = [], []
    for path in sorted(folder.glob("*.out")):
        recs, ctx = parse_file(path)
        if ctx is None:
            continue
        records += recs
        rc_file = path.with_suffix(".rc")
        rc = rc_file.read_text().strip() if rc_file.exists() else "0"
        if rc != "0" or not recs:
            failed.append(f"{path.name} (exit {rc}, {len(recs)} measurements; see {path.with_suffix('.err').name})")
    with open(folder / "results.jsonl", "w") as out:
        for r in records:
            out.write(json.dumps(r) + "\n")

    # median over rounds of each (impl, variant, hidden, threads, batch)
    groups = {}
    for r in records:
        key = (r["impl"], r.get("variant"), int(r["hidden"]), int(r["threads"]), int(r.get("batch") or 0))
        groups.setdefault(key, []).append(r)
    cells = {}
    for (impl, variant, hidden, threads, batch), rs in groups.items():
        cells[(impl, variant, hidden, threads, batch)] = {
            "value": statistics.median(float(r["median_per_s"]) for r in rs),
            "unit": rs[0].get("unit", ""), "steps": rs[0].get("steps"), "runs": len(rs)}

    rows = {}
    for (impl, variant, hidden, threads, batch), c in cells.items():
        fam = family(variant)
        row = rows.setdefault((hidden, threads, fam, batch), {"java": {}, "pytorch": {}, "unit": c["unit"],
                                                              "steps": c["steps"]})
        row[impl][variant] = c["value"]
        if not row["unit"] or impl == "pytorch":
            row["unit"] = c["unit"] or {"train": "sample-steps/s", "sample": "steps/s"}.get(fam, "")
        row["runs"] = max(row.get("runs", 0), c["runs"])

    order = {"train": 0, "sample": 1}
    header = ["hidden", "thr", "measure", "batch", "steps", "unit", "Java", "PyTorch best", "PyTorch variants",
              "Java/PyTorch"]
    lines = [header]
    for (hidden, threads, fam, batch) in sorted(rows, key=lambda k: (-k[0], k[1], order.get(k[2], 2), k[2], k[3])):
        row = rows[(hidden, threads, fam, batch)]
        java = max(row["java"].values()) if row["java"] else None
        torch = max(row["pytorch"].values()) if row["pytorch"] else None
        variants = ", ".join(f"{v.replace('train-', '')} {fmt(x)}" for v, x in sorted(row["pytorch"].items())
                             if len(row["pytorch"]) > 1)
        if len(row["java"]) > 1:
            variants += ("; " if variants else "") + "java " + ", ".join(
                f"{v} {fmt(x)}" for v, x in sorted(row["java"].items()))
        ratio = f"{java / torch:.2f}" if java and torch else "-"
        lines.append([str(hidden), str(threads), fam, str(batch), str(row["steps"] or "-"), row["unit"],
                      fmt(java), fmt(torch), variants or "", ratio])
    widths = [max(len(l[i]) for l in lines) for i in range(len(header))]
    for i, l in enumerate(lines):
        print("  ".join(s.ljust(w) for s, w in zip(l, widths)).rstrip())
        if i == 0:
            print("  ".join("-" * w for w in widths))
    runs = max((r.get("runs", 1) for r in rows.values()), default=0)
    print(f"\nmedians of per-iteration rates; {runs} round(s) per cell (median over rounds); "
          f"train = sample-steps/s (batch x steps / time), sample = timesteps/s (each step advances every line)")
    if failed:
        print("runs without a full result: " + "; ".join(failed))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "."))
