#!/usr/bin/env python3
"""Turns a benchmark's raw data (scripts/bench.sh) into bench.md and the chart's data.

    report.py RESULTS_DIR

Reads RESULTS_DIR/raw/{requests.txt,meta.txt,rss.txt,hwm.txt,analyzer.txt}; writes
RESULTS_DIR/{bench.md,c1.dat,c8.dat} and prints the Markdown. Percentiles are
nearest-rank over every request of a side (all its rounds); throughput at
concurrency 8 is the successful requests of a side's rounds over the sum of their
spans (first start to last end of each round).
"""
import math
import re
import sys
from collections import defaultdict
from pathlib import Path

SIDES = [
    ("floor", "floor: host `python3 -c`"),
    ("baseline", "baseline: `docker run --rm -i`"),
    ("off", "safe-exec, pool off"),
    ("on", "safe-exec, pool on"),
    ("nowall", "safe-exec, pool on, wall off (experiment)"),
]
NAMES = dict(SIDES)
PLOT_NAMES = {"floor": "floor", "baseline": "docker run", "off": "pool off",
              "on": "pool on", "nowall": "wall off"}
SERVERS = ("off", "on", "nowall")

# The targets of the issue, on pool on.
T_C1_VS_BASELINE = 15.0    # baseline p50 / pool-on p50 at least
T_C1_VS_FLOOR = 1.5        # pool-on p50 / floor p50 at most
T_C8_VS_BASELINE = 2.0     # pool-on throughput / baseline throughput at least
T_C8_P99_MS = 1000.0
T_RSS_KB = 50 * 1024
T_ANALYZER_US = 200.0
T_WALL_RATIO = 1.05        # pool-on p50 / the same without the runtime wall at most


def pct(sorted_values, p):
    if not sorted_values:
        return math.nan
    k = max(1, min(len(sorted_values), math.ceil(p / 100.0 * len(sorted_values))))
    return sorted_values[k - 1]


def load_requests(path):
    """{(side, concurrency): {"lat": [...], "errors": n, "ok": n, "span_s": s}}"""
    rounds = defaultdict(list)
    for line in path.read_text().splitlines():
        f = line.split()
        if len(f) != 6:
            continue
        side, conc, rnd = f[0], int(f[1]), int(f[2])
        start, lat, ok = float(f[3]), float(f[4]), f[5] == "1"
        rounds[(side, conc, rnd)].append((start, lat, ok))
    out = {}
    for (side, conc, _), reqs in rounds.items():
        s = out.setdefault((side, conc), {"lat": [], "errors": 0, "ok": 0, "span_s": 0.0})
        s["lat"].extend(r[1] for r in reqs)
        s["errors"] += sum(1 for r in reqs if not r[2])
        s["ok"] += sum(1 for r in reqs if r[2])
        first = min(r[0] for r in reqs)
        last = max(r[0] + r[1] for r in reqs)
        s["span_s"] += (last - first) / 1000.0
    for s in out.values():
        s["lat"].sort()
        s["n"] = len(s["lat"])
        s["rps"] = s["ok"] / s["span_s"] if s["span_s"] > 0 else math.nan
    return out


def load_kv(path):
    kv = {}
    if path.exists():
        for line in path.read_text().splitlines():
            key, _, value = line.partition(" ")
            kv[key] = value.strip()
    return kv


def load_rss(path):
    peak = defaultdict(int)
    if path.exists():
        for line in path.read_text().splitlines():
            f = line.split()
            if len(f) == 3 and f[2].isdigit():
                peak[f[1]] = max(peak[f[1]], int(f[2]))
    return peak


def load_analyzer(path):
    if not path.exists():
        return None
    m = re.search(r"p50 ([0-9.]+) us\s+p95 ([0-9.]+) us\s+p99 ([0-9.]+) us", path.read_text())
    return tuple(float(x) for x in m.groups()) if m else None


def load_phases(path):
    """Median ms of each engine phase over the lines of phases.txt, or None."""
    rows = []
    if path.exists():
        for line in path.read_text().splitlines():
            f = line.split()
            if len(f) == 4 and all(x.isdigit() for x in f):
                rows.append([int(x) for x in f])
    if not rows:
        return None
    return len(rows), [pct(sorted(r[i] for r in rows), 50) for i in range(4)]


def ms(v):
    if v is None or math.isnan(v):
        return "n/a"
    return "%.1f ms" % v if v < 100 else "%.0f ms" % v


def ratio(a, b):
    if a is None or b is None or not b or math.isnan(a) or math.isnan(b):
        return "n/a"
    r = a / b
    return "%.2f×" % r if r < 10 else "%.0f×" % r


def verdict(ok):
    return "**met**" if ok else "**missed**"


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: report.py RESULTS_DIR")
    out_dir = Path(sys.argv[1])
    raw = out_dir / "raw"
    data = load_requests(raw / "requests.txt")
    meta = load_kv(raw / "meta.txt")
    hwm = {k: int(v) for k, v in load_kv(raw / "hwm.txt").items() if v.isdigit()}
    rss = load_rss(raw / "rss.txt")
    analyzer = load_analyzer(raw / "analyzer.txt")
    rt_default = meta.get("runtime_default") or "the engine's default"
    rt_server = meta.get("runtime_server") or rt_default
    phases = [(rt, load_phases(raw / ("phases-%s.txt" % rt)))
              for rt in dict.fromkeys([rt_default, rt_server])]
    phases = [(rt, ph) for rt, ph in phases if ph]
    conc = int(meta.get("concurrency", "8"))

    def c1(side, p):
        s = data.get((side, 1))
        return pct(s["lat"], p) if s else math.nan

    def c8(side, key):
        s = data.get((side, conc))
        if not s:
            return math.nan
        return s[key] if key == "rps" else pct(s["lat"], key)

    lines = []
    add = lines.append
    add("Measured %s on %s CPUs, kernel %s, Docker %s; load average %s at the start, "
        "%s at the end. Pool-on server: pool of %s. `python3 -c 'print(\"hi\")'` each "
        "time; concurrency 1: %s requests per side, %s per side in turn; concurrency %d: "
        "%s round(s) of %s s per side in turn. Before each turn the engine settles "
        "(pool refilled, used containers removed). safe-exec's containers run on %s, "
        "the baseline's on the engine's default, %s.%s"
        % (meta.get("date", "?"), meta.get("cpus", "?"), meta.get("kernel", "?"),
           meta.get("docker", "?"), meta.get("loadavg_start", "?"),
           meta.get("loadavg_end", "?"), meta.get("pool", "?"),
           meta.get("c1_requests", "?"), meta.get("round", "?"), conc,
           meta.get("c8_rounds", "?"), meta.get("c8_seconds", "?"), rt_server, rt_default,
           " **Quick run (BENCH_QUICK=1): too few requests to trust.**"
           if meta.get("quick") == "1" else ""))
    add("")
    add("| concurrency 1 | p50 | p95 | p99 | requests | errors | p50 ÷ floor p50 "
        "| baseline p50 ÷ p50 |")
    add("|---|---:|---:|---:|---:|---:|---:|---:|")
    for side, name in SIDES:
        s = data.get((side, 1), {"n": 0, "errors": 0})
        add("| %s | %s | %s | %s | %d | %d | %s | %s |"
            % (name, ms(c1(side, 50)), ms(c1(side, 95)), ms(c1(side, 99)), s["n"],
               s["errors"], ratio(c1(side, 50), c1("floor", 50)),
               ratio(c1("baseline", 50), c1(side, 50))))
    add("")
    add("| concurrency %d | requests/s | p50 | p99 | requests | errors "
        "| req/s ÷ floor | req/s ÷ baseline |" % conc)
    add("|---|---:|---:|---:|---:|---:|---:|---:|")
    for side, name in SIDES:
        s = data.get((side, conc), {"n": 0, "errors": 0})
        rps = c8(side, "rps")
        add("| %s | %s | %s | %s | %d | %d | %s | %s |"
            % (name, "n/a" if math.isnan(rps) else "%.2f" % rps, ms(c8(side, 50)),
               ms(c8(side, 99)), s["n"], s["errors"], ratio(rps, c8("floor", "rps")),
               ratio(rps, c8("baseline", "rps"))))
    add("")
    add("| server | peak RSS (VmHWM) | largest sampled VmRSS |")
    add("|---|---:|---:|")
    for side in SERVERS:
        if side not in hwm and side not in rss:
            continue
        add("| %s | %s | %s |" % (NAMES[side],
                                  "%.1f MiB" % (hwm[side] / 1024) if side in hwm else "n/a",
                                  "%.1f MiB" % (rss[side] / 1024) if side in rss else "n/a"))
    add("")
    wall50, heavy50, heavy_off50 = c1("nowall", 50), c1("on-heavy", 50), c1("nowall-heavy", 50)
    add("The runtime wall's cost: pool on against the same server binary and image "
        "started with `--experiment-no-wall` (every run without the wall, the checker "
        "and the container alone), concurrency 1, interleaved:")
    add("")
    add("| program | with the wall p50 | without p50 | with ÷ without | requests |")
    add("|---|---:|---:|---:|---:|")
    for name, on_side, off_side in (("`print(\"hi\")`", "on", "nowall"),
                                    ("CPU-heavy (`bench/heavy.py`)", "on-heavy",
                                     "nowall-heavy")):
        a, b = data.get((on_side, 1), {"n": 0}), data.get((off_side, 1), {"n": 0})
        add("| %s | %s | %s | %s | %d + %d |"
            % (name, ms(c1(on_side, 50)), ms(c1(off_side, 50)),
               ratio(c1(on_side, 50), c1(off_side, 50)), a["n"], b["n"]))
    add("")
    if analyzer:
        add("Analyzer alone (`analyzer-bench`, a 5000-character program): p50 %.0f µs, "
            "p95 %.0f µs, p99 %.0f µs." % analyzer)
    else:
        add("Analyzer alone: no figure (analyzer-bench failed).")
    add("")

    if phases:
        add("Where a container's time goes (Engine API calls over the unix socket, one "
            "container after another, median of %d each):" % phases[0][1][0])
        add("")
        add("| runtime | create | start | run to exit | remove | in all |")
        add("|---|---:|---:|---:|---:|---:|")
        for rt, (n, ph) in phases:
            add("| %s | %s |" % (rt, " | ".join("%d ms" % v for v in ph + [sum(ph)])))
        add("")
        add("The baseline pays all four per request plus the `docker` CLI; the pool pays "
            "create and start ahead of the request and the interpreter's start-up too, and "
            "removes the container once no run is in flight; at concurrency %d nothing is "
            "ahead any more, and every request costs the engine a whole container." % conc)
        add("")
    on50, base50, floor50 = c1("on", 50), c1("baseline", 50), c1("floor", 50)
    on_rps, base_rps = c8("on", "rps"), c8("baseline", "rps")
    on8 = data.get(("on", conc), {"errors": 1, "n": 0})
    peak_rss = max([hwm.get(s, 0) for s in SERVERS] + [rss.get(s, 0) for s in SERVERS])
    left = meta.get("leftover", "?")
    targets = [
        ("pool on, c1: p50 ≥ 15× lower than the baseline's", ratio(base50, on50) + " lower",
         base50 / on50 >= T_C1_VS_BASELINE if on50 > 0 else False),
        ("pool on, c1: p50 ≤ 1.5× the floor's", ratio(on50, floor50) + " the floor",
         on50 / floor50 <= T_C1_VS_FLOOR if floor50 > 0 else False),
        ("pool on, c%d: throughput ≥ 2× the baseline's" % conc,
         ratio(on_rps, base_rps) + " the baseline",
         on_rps / base_rps >= T_C8_VS_BASELINE if base_rps > 0 else False),
        ("pool on, c%d: zero errors" % conc, "%d of %d" % (on8["errors"], on8["n"]),
         on8["errors"] == 0 and on8["n"] > 0),
        ("pool on, c%d: p99 < 1 s" % conc, ms(c8("on", 99)), c8("on", 99) < T_C8_P99_MS),
        ("pool on, c1: p50 ≤ %.2f× the same without the runtime wall" % T_WALL_RATIO,
         ratio(on50, wall50) + " without",
         on50 / wall50 <= T_WALL_RATIO if wall50 > 0 else False),
        ("server RSS < 50 MiB during the run", "%.1f MiB" % (peak_rss / 1024),
         0 < peak_rss < T_RSS_KB),
        ("no container left after the run", "%s left" % left, left == "0"),
        ("analyzer: p50 ≤ 200 µs per 5000-character program",
         "%.0f µs" % analyzer[0] if analyzer else "n/a",
         bool(analyzer) and analyzer[0] <= T_ANALYZER_US),
    ]
    add("| target | measured | |")
    add("|---|---:|---|")
    for name, measured, ok in targets:
        add("| %s | %s | %s |" % (name, measured, verdict(ok)))
    text = "\n".join(lines) + "\n"
    (out_dir / "bench.md").write_text(text)

    with open(out_dir / "c1.dat", "w") as f:
        f.write("# side p50 p95 p99 (ms)\n")
        for side, _ in SIDES:
            f.write('"%s" %.3f %.3f %.3f\n' % (PLOT_NAMES[side], c1(side, 50), c1(side, 95),
                                              c1(side, 99)))
    with open(out_dir / "c8.dat", "w") as f:
        f.write("# side requests/s p50 p99 (ms)\n")
        for side, _ in SIDES:
            f.write('"%s" %.3f %.3f %.3f\n' % (PLOT_NAMES[side], c8(side, "rps"),
                                              c8(side, 50), c8(side, 99)))
    sys.stdout.write(text)


if __name__ == "__main__":
    main()
