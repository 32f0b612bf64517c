#!/usr/bin/env python3
"""`soz align --memory` at scale (issue #17): a seeded en→az memory of
generated people and places that no glossary lists, the Azerbaijani side
inflected (`soz-gen memory --shape names`), imported into a store, then
aligned with `soz align --memory --from en --to az --format json`.

    python3 Benchmarks/align_memory.py [--count 1000000] [--names 5000] [--seed 42]
                                       [--runs 3] [--skip-build]

Each run is timed with /usr/bin/time -v (wall time, peak RSS); the median
of --runs is recorded. Quality is scored against soz-gen's gold list
(names.tsv: English form, Azerbaijani base form, units mentioning it):
precision over every proposed pair, recall over every name and over the
names seen in at least three units, for Söz's method and, in the same
data, the two baselines (`--method cooccurrence`, `--method similarity`,
one run each). Writes Benchmarks/runs/<date>-<host>/align-memory.md and
align-memory.json. Not a test: nothing here asserts; it measures and records.
"""
import argparse, csv, datetime, json, os, platform, re, statistics, subprocess, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "Benchmarks"))
from machine import machine  # noqa: E402
WORK = os.path.join(ROOT, "Benchmarks", "work")


def run(cmd, **kw):
    return subprocess.run(cmd, check=True, **kw)


def build(skip):
    if not skip:
        for product in ("soz", "soz-gen"):
            run(["swift", "build", "-c", "release", "--product", product], cwd=ROOT, stdout=sys.stderr)
    return os.path.join(ROOT, ".build/release/soz"), os.path.join(ROOT, ".build/release/soz-gen")


def timed(cmd, ok=(0,)):
    p = subprocess.run(["/usr/bin/time", "-v"] + cmd, capture_output=True, text=True, cwd=ROOT)
    if p.returncode not in ok:
        raise SystemExit(f"{' '.join(cmd)} failed ({p.returncode}): {p.stderr[-2000:]}")
    wall = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (\S+)", p.stderr).group(1)
    parts = [float(x) for x in wall.split(":")]
    seconds = parts[-1] + 60 * parts[-2] + (3600 * parts[-3] if len(parts) > 2 else 0)
    rss_kb = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", p.stderr).group(1))
    user = float(re.search(r"User time \(seconds\): (\S+)", p.stderr).group(1))
    system = float(re.search(r"System time \(seconds\): (\S+)", p.stderr).group(1))
    return p.stdout, {"seconds": round(seconds, 1), "peak_rss_mb": round(rss_kb / 1024, 1),
                      "cpu_seconds": round(user + system, 1), "load_after": round(os.getloadavg()[0], 1)}


def gold_list(path):
    with open(path, encoding="utf-8") as f:
        return [(r["en"], r["az"], int(r["units"])) for r in csv.DictReader(f, delimiter="\t")]


def quality(pairs, gold):
    proposed = {(p["source"], p["target"]) for p in pairs}
    names = {(en, az) for en, az, _ in gold}
    frequent = {(en, az) for en, az, n in gold if n >= 3}
    correct = len(proposed & names)
    return {"pairs": len(proposed), "correct": correct,
            "precision": round(correct / len(proposed), 4) if proposed else 0.0,
            "recall": round(len(proposed & names) / len(names), 4),
            "recall_seen_3": round(len(proposed & frequent) / len(frequent), 4),
            "names": len(names), "names_seen_3": len(frequent)}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--count", type=int, default=1_000_000)
    ap.add_argument("--names", type=int, default=5000, help="people and places each")
    ap.add_argument("--seed", type=int, default=42)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--skip-build", action="store_true")
    ap.add_argument("--data", help="an existing data directory (segments, names.tsv, store.sqlite, import.json)"
                    " to use as it is, instead of Benchmarks/work/align-memory-COUNT-NAMES-SEED")
    ap.add_argument("--anchor", help="another soz binary run on the same store, interleaved with this one")
    ap.add_argument("--glossary", default="glossaries", help="the glossary the store was imported with")
    ap.add_argument("--no-baselines", action="store_true", help="skip the co-occurrence and similarity runs")
    args = ap.parse_args()
    soz, gen = build(args.skip_build)
    data = args.data or os.path.join(WORK, f"align-memory-{args.count}-{args.names}-{args.seed}")
    os.makedirs(data, exist_ok=True)
    store = os.path.join(data, "store.sqlite")
    if not os.path.exists(store):
        run([gen, "memory", "--shape", "names", "--count", str(args.count), "--names", str(args.names),
             "--seed", str(args.seed), "--no-tmx", "--out", data])
        _, imp = timed([soz, "tm", "import", os.path.join(data, "segments.tsv"), "--store", store,
                        "--glossary", "glossaries"])
        with open(os.path.join(data, "import.json"), "w") as f:
            json.dump(imp, f)
    with open(os.path.join(data, "import.json")) as f:
        imp = json.load(f)
    gold = gold_list(os.path.join(data, "names.tsv"))
    cmd = [soz, "align", "--memory", "--from", "en", "--to", "az", "--format", "json",
           "--store", store, "--glossary", args.glossary]
    runs, out = [], None
    anchor_runs, anchor_out = [], None
    for _ in range(args.runs):
        out, r = timed(cmd, ok=(0, 1))
        runs.append(r)
        if args.anchor:
            anchor_out, r = timed([args.anchor] + cmd[1:], ok=(0, 1))
            anchor_runs.append(r)
    result = {
        "date": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
        "command": " ".join(["soz"] + cmd[1:]).replace(ROOT + "/", ""),
        "machine": machine(),
        "data": f"soz-gen memory --shape names --count {args.count} --names {args.names} --seed {args.seed}",
        "import": imp,
        "median_seconds": statistics.median(r["seconds"] for r in runs),
        "median_peak_rss_mb": statistics.median(r["peak_rss_mb"] for r in runs),
        "runs": runs,
        "units": json.loads(out)["summary"]["units"],
        "quality": {"soz": quality(json.loads(out)["pairs"], gold)},
    }
    if args.anchor:
        result["anchor"] = {
            "binary": args.anchor,
            "median_seconds": statistics.median(r["seconds"] for r in anchor_runs),
            "median_peak_rss_mb": statistics.median(r["peak_rss_mb"] for r in anchor_runs),
            "runs": anchor_runs,
        }
        result["quality"]["soz (anchor)"] = quality(json.loads(anchor_out)["pairs"], gold)
    for method in () if args.no_baselines else ("cooccurrence", "similarity"):
        o, r = timed(cmd + ["--method", method], ok=(0, 1))
        result["quality"][method] = quality(json.loads(o)["pairs"], gold) | {"seconds": r["seconds"]}
    stamp = datetime.date.today().isoformat() + "-" + platform.node()
    outdir = os.path.join(ROOT, "Benchmarks", "runs", stamp)
    os.makedirs(outdir, exist_ok=True)
    with open(os.path.join(outdir, "align-memory.json"), "w") as f:
        json.dump(result, f, indent=2, ensure_ascii=False)
    with open(os.path.join(outdir, "align-memory.md"), "w") as f:
        f.write(f"# `soz align --memory` benchmark, {result['date']}\n\n")
        f.write(f"- command: `{result['command']}`\n- machine: {result['machine']}\n")
        f.write(f"- data: `{result['data']}` ({result['units']:,} distinct units after import; "
                f"{len(gold):,} names in the gold list)\n")
        f.write(f"- import (`soz tm import`, once): {imp['seconds']} s, peak RSS {imp['peak_rss_mb']} MiB\n\n")
        f.write("| measure | value | target |\n| --- | --- | --- |\n")
        f.write(f"| align, median of {len(runs)} runs | {result['median_seconds']} s | minutes |\n")
        f.write(f"| peak RSS, median | {result['median_peak_rss_mb']} MiB | bounded |\n")
        if args.anchor:
            a = result["anchor"]
            f.write(f"| anchor `{a['binary']}`, median of {len(a['runs'])} runs | {a['median_seconds']} s | |\n")
            f.write(f"| anchor peak RSS, median | {a['median_peak_rss_mb']} MiB | |\n")
        f.write("\n")
        f.write("| method | pairs | precision | recall (all names) | recall (names in ≥ 3 units) |\n"
                "| --- | --- | --- | --- | --- |\n")
        for name, q in result["quality"].items():
            f.write(f"| {name} | {q['pairs']:,} | {q['precision']:.4f} | {q['recall']:.4f} | {q['recall_seen_3']:.4f} |\n")
        f.write("\nRuns: " + "; ".join(f"{r['seconds']} s, {r['peak_rss_mb']} MiB, load {r['load_after']}" for r in runs) + "\n")
        if args.anchor:
            f.write("\nAnchor runs (interleaved): " + "; ".join(
                f"{r['seconds']} s, {r['peak_rss_mb']} MiB, load {r['load_after']}" for r in anchor_runs) + "\n")
    print(open(os.path.join(outdir, "align-memory.md")).read())


if __name__ == "__main__":
    main()
