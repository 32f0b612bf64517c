#!/usr/bin/env python3
"""Translation-memory benchmark (issue #4): seeded en→az segment pairs
(`soz-gen memory`, TSV and TMX), imported, then searched with 200 queries
made by changing one or two words of known segments, side by side with
rapidfuzz's brute-force `process.extract` over the same segments.

    python3 Benchmarks/memory.py [--shape search|formulaic] [--count 1000000] [--seed 42]
                                 [--formats tsv[,tmx]] [--import-runs 1] [--search-runs 3]
                                 [--skip-build]

Two shapes (issue #15): `search`, news copy with a long tail of rare names
(the first case), and `formulaic`, agency protocol copy from one vocabulary
of about 300 words, where every word is shared by tens of thousands of
segments. rapidfuzz's brute force is always measured beside Söz on the same
segments and queries; with TMX, Translate Toolkit's parse of the same file
(`translate.storage.tmx`, parse only) is measured beside the import.

Import: wall time and peak RSS (/usr/bin/time -v) of `soz tm import`, the
median of --import-runs fresh stores. Search: one `soz tm search --batch`
process; each query is written, flushed and its JSON line read back, so the
latency per query excludes process start; p50/p99 are the medians over
--search-runs runs. Recall: the expected segment among the top 5.
Writes Benchmarks/runs/<date>-<host>/memory.md and memory.json. Not a test:
nothing here asserts; it measures and records.
"""
import argparse, datetime, json, os, platform, re, statistics, subprocess, sys, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "Benchmarks"))
from machine import machine  # noqa: E402
WORK = os.path.join(ROOT, "Benchmarks", "work")


def run(cmd, **kw):
    return subprocess.run(cmd, check=True, **kw)



def build(skip):
    if not skip:
        run(["swift", "build", "-c", "release", "--product", "soz"], cwd=ROOT, stdout=sys.stderr)
        run(["swift", "build", "-c", "release", "--product", "soz-gen"], cwd=ROOT, stdout=sys.stderr)
    return os.path.join(ROOT, ".build/release/soz"), os.path.join(ROOT, ".build/release/soz-gen")


def fresh(store):
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(store + suffix):
            os.remove(store + suffix)


def timed_import(soz, path, store):
    fresh(store)
    p = subprocess.run(["/usr/bin/time", "-v", soz, "tm", "import", path, "--store", store],
                       capture_output=True, text=True)
    if p.returncode != 0:
        raise SystemExit(f"import failed ({p.returncode}): {p.stderr[-2000:]}")
    wall = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (\S+)", p.stderr).group(1)
    parts = [float(x) for x in wall.split(":")]
    seconds = parts[-1] + 60 * parts[-2] + (3600 * parts[-3] if len(parts) > 2 else 0)
    rss_kb = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", p.stderr).group(1))
    user = float(re.search(r"User time \(seconds\): (\S+)", p.stderr).group(1))
    system = float(re.search(r"System time \(seconds\): (\S+)", p.stderr).group(1))
    load = os.getloadavg()[0]
    return {"seconds": round(seconds, 1), "peak_rss_mb": round(rss_kb / 1024, 1),
            "cpu_seconds": round(user + system, 1), "load_after": round(load, 1),
            "output": p.stdout.strip()}


def translate_toolkit_parse(path):
    """Translate Toolkit's TMX parse of the same file, alone (no store): the
    import's anchor. Wall time and peak RSS of a child process."""
    code = ("import sys\nfrom translate.storage import tmx\n"
            "f = tmx.tmxfile.parsefile(sys.argv[1])\nprint(len(f.units))")
    p = subprocess.run(["/usr/bin/time", "-v", sys.executable, "-c", code, path],
                       capture_output=True, text=True)
    if p.returncode != 0:
        return {"error": p.stderr[-500:]}
    wall = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (\S+)", p.stderr).group(1)
    parts = [float(x) for x in wall.split(":")]
    seconds = parts[-1] + 60 * parts[-2] + (3600 * parts[-3] if len(parts) > 2 else 0)
    rss_kb = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", p.stderr).group(1))
    return {"seconds": round(seconds, 1), "peak_rss_mb": round(rss_kb / 1024, 1), "units": int(p.stdout.strip())}


def load_queries(path):
    with open(path, encoding="utf-8") as f:
        f.readline()
        return [tuple(line.rstrip("\n").split("\t")) for line in f]


def search_run(soz, store, queries, limit=5):
    p = subprocess.Popen([soz, "tm", "search", "--batch", "--from", "en", "--to", "az",
                          "--limit", str(limit), "--store", store],
                         stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, bufsize=1)
    # Warm-up query: opens the store and loads the glossary.
    p.stdin.write("warm up query\n")
    p.stdin.flush()
    p.stdout.readline()
    latencies, hits, results = [], 0, []
    for query, expected in queries:
        t = time.perf_counter()
        p.stdin.write(query + "\n")
        p.stdin.flush()
        line = p.stdout.readline()
        latencies.append((time.perf_counter() - t) * 1000)
        res = json.loads(line)
        sources = [m["source"] for m in res["matches"]]
        hits += expected in sources
        results.append(res)
    p.stdin.close()
    p.wait()
    latencies.sort()
    return {"p50": statistics.median(latencies),
            "p99": latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))],
            "mean": statistics.mean(latencies), "recall": hits / len(queries)}


def rapidfuzz_baseline(segments_path, queries):
    from rapidfuzz import process, fuzz, utils
    choices = []
    with open(segments_path, encoding="utf-8") as f:
        f.readline()
        for line in f:
            choices.append(utils.default_process(line.split("\t", 1)[0]))
    hits, start = 0, time.perf_counter()
    for query, expected in queries:
        best = process.extract(utils.default_process(query), choices, scorer=fuzz.ratio, limit=5,
                               processor=None)
        hits += utils.default_process(expected) in [b[0] for b in best]
    per = (time.perf_counter() - start) / len(queries) * 1000
    return {"segments": len(choices), "ms_per_query": round(per, 1),
            "recall_top5": round(hits / len(queries), 4)}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--count", type=int, default=1_000_000)
    ap.add_argument("--seed", type=int, default=42)
    ap.add_argument("--formats", default="tsv", help="tsv, tmx or tsv,tmx")
    ap.add_argument("--import-runs", type=int, default=1)
    ap.add_argument("--search-runs", type=int, default=3)
    ap.add_argument("--skip-build", action="store_true")
    ap.add_argument("--shape", default="search", choices=["search", "formulaic"])
    args = ap.parse_args()
    soz, gen = build(args.skip_build)
    data = os.path.join(WORK, f"memory-{args.shape}-{args.count}-{args.seed}")
    os.makedirs(data, exist_ok=True)
    formats = args.formats.split(",")
    gen_cmd = [gen, "memory", "--shape", args.shape, "--count", str(args.count), "--seed", str(args.seed),
               "--out", data]
    if "tmx" not in formats:
        gen_cmd.append("--no-tmx")
    run(gen_cmd)
    queries = load_queries(os.path.join(data, "queries.tsv"))
    store = os.path.join(data, "store.sqlite")
    imports = {}
    for fmt in formats:
        runs = [timed_import(soz, os.path.join(data, f"segments.{fmt}"), store) for _ in range(args.import_runs)]
        imports[fmt] = {"seconds": statistics.median(r["seconds"] for r in runs),
                        "peak_rss_mb": statistics.median(r["peak_rss_mb"] for r in runs),
                        "runs": runs}
    anchor = translate_toolkit_parse(os.path.join(data, "segments.tmx")) if "tmx" in formats else None
    searches = [search_run(soz, store, queries) for _ in range(args.search_runs)]
    search = {k: round(statistics.median(s[k] for s in searches), 2) for k in ("p50", "p99", "mean")}
    search["recall_top5"] = round(statistics.median(s["recall"] for s in searches), 4)
    search["runs"] = [{k: round(v, 2) for k, v in s.items()} for s in searches]
    result = {
        "date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "machine": machine(),
        "command": "python3 Benchmarks/memory.py " + " ".join(sys.argv[1:]),
        "shape": args.shape, "count": args.count, "seed": args.seed, "queries": len(queries),
        "store_mb": round(os.path.getsize(store) / 2**20, 1),
        "import": imports, "search_ms": search, "load_average": [round(x, 1) for x in os.getloadavg()],
    }
    if anchor:
        result["translate_toolkit_parse"] = anchor
    rf = rapidfuzz_baseline(os.path.join(data, "segments.tsv"), queries)
    rf["speedup_p50"] = round(rf["ms_per_query"] / search["p50"], 1)
    rf["speedup_mean"] = round(rf["ms_per_query"] / search["mean"], 1)
    result["rapidfuzz_extract"] = rf
    stamp = datetime.date.today().isoformat() + "-" + platform.node()
    outdir = os.path.join(ROOT, "Benchmarks", "runs", stamp)
    os.makedirs(outdir, exist_ok=True)
    name = "memory" if args.shape == "search" else f"memory-{args.shape}"
    with open(os.path.join(outdir, name + ".json"), "w") as f:
        json.dump(result, f, indent=2, ensure_ascii=False)
    with open(os.path.join(outdir, name + ".md"), "w") as f:
        f.write(f"# Translation-memory benchmark ({args.shape} memory), {result['date']}\n\n")
        f.write(f"- command: `{result['command']}`\n- machine: {result['machine']}\n")
        f.write(f"- data: `soz-gen memory --shape {args.shape} --count {args.count} --seed {args.seed}` "
                f"({len(queries)} queries, each one or two words changed from a known segment)\n")
        f.write(f"- release build; store {result['store_mb']} MB; load average at the end "
                f"{', '.join(str(x) for x in result['load_average'])} (the VM's 2 cores are shared)\n\n")
        f.write("| measure | value | target |\n| --- | --- | --- |\n")
        for fmt, imp in imports.items():
            runs = ", ".join(f"{r['seconds']} s (CPU {r['cpu_seconds']} s, load {r['load_after']})" for r in imp["runs"])
            f.write(f"| import of {args.count:,} pairs ({fmt.upper()}), median of {len(imp['runs'])} | "
                    f"{imp['seconds']} s ({runs}), peak RSS {imp['peak_rss_mb']} MB | ≤ 30 s, ≤ 500 MB |\n")
        if anchor:
            f.write(f"| Translate Toolkit: parse of the same TMX (anchor) | {anchor['seconds']} s, "
                    f"peak RSS {anchor['peak_rss_mb']} MB | reference |\n")
        f.write(f"| fuzzy search p50 per query (median of {len(searches)} runs) | {search['p50']} ms | ≤ 5 ms |\n")
        f.write(f"| fuzzy search p99 per query | {search['p99']} ms | ≤ 50 ms |\n")
        f.write(f"| mean per query | {search['mean']} ms | |\n")
        f.write(f"| expected segment in the top 5 | {search['recall_top5']:.1%} | |\n")
        if "rapidfuzz_extract" in result:
            r = result["rapidfuzz_extract"]
            f.write(f"| rapidfuzz `process.extract` (fuzz.ratio, default_process, limit 5) over "
                    f"{r['segments']:,} segments | {r['ms_per_query']} ms/query, recall {r['recall_top5']:.1%} | reference |\n")
            f.write(f"| speed-up over rapidfuzz (p50 / mean) | {r['speedup_p50']}× / {r['speedup_mean']}× | ≥ 40× |\n")
        f.write("\nSearch runs: " + "; ".join(
            f"p50 {s['p50']} ms, p99 {s['p99']} ms, recall {s['recall']:.1%}" for s in search["runs"]) + "\n")
    print(json.dumps(result, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
