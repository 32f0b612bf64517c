#!/usr/bin/env python3
"""Lookup benchmark (issue #2): a seeded 100 000-concept glossary, imported
once, then queried from cold processes, in batch, and against rapidfuzz.

    python3 Benchmarks/lookup.py [--concepts 100000] [--seed 42] [--cold 50]
        [--boundary 1000] [--anchor OTHER-SOZ-BINARY]

Queries: typo and variant (issue #2), word-boundary slips (issue #11). With
--anchor, another build (e.g. the previous commit's release binary) gets its
own store and takes turns with this one in every timed step.

Writes Benchmarks/runs/<date>-<host>/lookup.md and lookup.json. Not a test:
nothing here asserts; it measures and records.
"""
import argparse, datetime, json, os, platform, statistics, subprocess, sys, time, unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "Benchmarks"))
from machine import machine  # noqa: E402
WORK = os.path.join(ROOT, "Benchmarks", "work")


def run(cmd, **kw):
    return subprocess.run(cmd, check=True, **kw)



def build():
    run(["swift", "build", "-c", "release", "--product", "soz"], cwd=ROOT, stdout=sys.stderr)
    run(["swift", "build", "-c", "release", "--product", "soz-gen"], cwd=ROOT, stdout=sys.stderr)
    return os.path.join(ROOT, ".build/release/soz"), os.path.join(ROOT, ".build/release/soz-gen")


def load_queries(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        header = f.readline().rstrip("\n").split("\t")
        for line in f:
            cols = dict(zip(header, line.rstrip("\n").split("\t")))
            rows.append(cols)
    return rows


def fold(s):
    s = s.replace("ə", "a").replace("Ə", "A").replace("ı", "i").replace("İ", "I")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


def rapidfuzz_baseline(glossary, queries):
    try:
        from rapidfuzz import process, fuzz
    except ImportError:
        run([sys.executable, "-m", "pip", "install", "-q", "rapidfuzz"])
        from rapidfuzz import process, fuzz
    forms, owners = [], []
    with open(glossary, encoding="utf-8") as f:
        header = f.readline().rstrip("\n").split("\t")
        ci, fi = header.index("concept"), header.index("form")
        for line in f:
            cols = line.rstrip("\n").split("\t")
            forms.append(fold(cols[fi]))
            owners.append(cols[ci])
    result = {"forms": len(forms)}
    for kind in ("typo", "boundary"):
        sample = [q for q in queries if q["kind"] == kind][:200]
        if not sample:
            continue
        hits, start = 0, time.perf_counter()
        for q in sample:
            best = process.extractOne(fold(q["query"]), forms, scorer=fuzz.ratio)
            if best and owners[best[2]] == q["concept"]:
                hits += 1
        per = (time.perf_counter() - start) / len(sample) * 1000
        result[kind] = {"queries": len(sample), "ms_per_query": round(per, 2),
                        "accuracy": round(hits / len(sample), 4)}
    return result


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--concepts", type=int, default=100000)
    ap.add_argument("--seed", type=int, default=42)
    ap.add_argument("--boundary", type=int, default=1000, help="word-boundary queries")
    ap.add_argument("--cold", type=int, default=50, help="cold single-lookup processes")
    ap.add_argument("--anchor", help="another soz binary (an earlier build) measured in turns")
    ap.add_argument("--no-baseline", action="store_true")
    args = ap.parse_args()
    soz, gen = build()
    data = os.path.join(WORK, f"lookup-{args.concepts}-{args.seed}")
    os.makedirs(data, exist_ok=True)
    run([gen, "glossary", "--concepts", str(args.concepts), "--seed", str(args.seed),
         "--boundary-queries", str(args.boundary), "--out", data])
    glossary, queries_path = os.path.join(data, "glossary.tsv"), os.path.join(data, "queries.tsv")
    rows = sum(1 for _ in open(glossary, encoding="utf-8")) - 1
    queries = load_queries(queries_path)
    text = "".join(q["query"] + "\n" for q in queries)
    # The binaries measured: this build and, with --anchor, another build
    # (an earlier commit) on its own store, taking turns in every step so
    # both see the same machine load.
    sides = [("soz", soz, os.path.join(data, "store.sqlite"))]
    if args.anchor:
        sides.append(("anchor", os.path.abspath(args.anchor), os.path.join(data, "anchor.sqlite")))
    measured = {}
    for name, binary, store in sides:
        for suffix in ("", "-wal", "-shm", ".glossary"):
            if os.path.exists(store + suffix):
                os.remove(store + suffix)
        t = time.perf_counter()
        run([binary, "glossary", "import", glossary, "--store", store], stdout=subprocess.DEVNULL)
        measured[name] = {"import": time.perf_counter() - t, "cold": [], "runs": [], "out": None,
                          "mb": os.path.getsize(store) / 2**20}

    # Cold processes: one lookup each, process start included.
    for q in queries[: args.cold]:
        for name, binary, store in sides:
            t = time.perf_counter()
            subprocess.run([binary, "lookup", q["query"], "--store", store, "--format", "json"],
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            measured[name]["cold"].append((time.perf_counter() - t) * 1000)

    # Batch: every query through one process; several runs, the median kept
    # (the VM's speed varies from run to run).
    for _ in range(3 if len(sides) == 1 else 5):
        for name, binary, store in sides:
            t = time.perf_counter()
            measured[name]["out"] = subprocess.run(
                [binary, "lookup", "--batch", "--store", store], input=text,
                capture_output=True, text=True).stdout.splitlines()
            measured[name]["runs"].append(time.perf_counter() - t)

    def accuracy(out):
        by_kind, shown = {}, {}
        for q, line in zip(queries, out):
            res = json.loads(line)
            ids = [c["concept"] for c in res["candidates"]]
            top = ids[0] if ids else None
            k = by_kind.setdefault(q["kind"], [0, 0])
            k[0] += top == q["concept"]
            k[1] += 1
            shown.setdefault(q["kind"], [0, 0, 0])
            shown[q["kind"]][0] += q["concept"] in ids
            shown[q["kind"]][1] += len(ids)
            shown[q["kind"]][2] += 1
        return by_kind, shown

    mine = measured["soz"]
    import_s, cold, runs, out = mine["import"], mine["cold"], mine["runs"], mine["out"]
    batch_s = statistics.median(runs)
    by_kind, shown = accuracy(out)
    anchor = None
    if args.anchor:
        a = measured["anchor"]
        a_kind, a_shown = accuracy(a["out"])
        anchor = {
            "binary": args.anchor, "import_seconds": round(a["import"], 2),
            "store_mb": round(a["mb"], 1),
            "cold_lookup_ms": {"p50": round(statistics.median(a["cold"]), 1),
                               "p95": round(sorted(a["cold"])[int(len(a["cold"]) * 0.95) - 1], 1)},
            "batch": {"seconds": round(statistics.median(a["runs"]), 2),
                      "per_second": round(len(queries) / statistics.median(a["runs"])),
                      "runs_seconds": [round(r, 2) for r in a["runs"]]},
            "accuracy_top1": {k: round(v[0] / v[1], 4) for k, v in sorted(a_kind.items())},
        }
    result = {
        "date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "machine": machine(),
        "command": "python3 Benchmarks/lookup.py " + " ".join(sys.argv[1:]),
        "concepts": args.concepts, "seed": args.seed, "forms": rows,
        "import_seconds": round(import_s, 2),
        "store_mb": round(mine["mb"], 1),
        "cold_lookup_ms": {"p50": round(statistics.median(cold), 1),
                           "p95": round(sorted(cold)[int(len(cold) * 0.95) - 1], 1),
                           "max": round(max(cold), 1), "n": len(cold)},
        "batch": {"queries": len(queries), "seconds": round(batch_s, 2),
                  "per_second": round(len(queries) / batch_s),
                  "runs_seconds": [round(r, 2) for r in runs]},
        "accuracy_top1": {k: round(v[0] / v[1], 4) for k, v in sorted(by_kind.items())},
        "accuracy_in_candidates": {k: round(v[0] / v[2], 4) for k, v in sorted(shown.items())},
        "mean_candidates": {k: round(v[1] / v[2], 2) for k, v in sorted(shown.items())},
    }
    if anchor:
        result["anchor"] = anchor
    if not args.no_baseline:
        result["rapidfuzz_extractOne"] = rapidfuzz_baseline(glossary, queries)
    stamp = datetime.date.today().isoformat() + "-" + platform.node()
    outdir = os.path.join(ROOT, "Benchmarks", "runs", stamp)
    os.makedirs(outdir, exist_ok=True)
    with open(os.path.join(outdir, "lookup.json"), "w") as f:
        json.dump(result, f, indent=2, ensure_ascii=False)
    with open(os.path.join(outdir, "lookup.md"), "w") as f:
        f.write(f"# Lookup benchmark, {result['date']}\n\n")
        f.write(f"- command: `{result['command']}`\n- machine: {result['machine']}\n")
        f.write(f"- data: `soz-gen glossary --concepts {args.concepts} --seed {args.seed}` "
                f"({rows} forms)\n\n")
        f.write("| measure | value | target |\n| --- | --- | --- |\n")
        f.write(f"| import | {result['import_seconds']} s, store {result['store_mb']} MB | |\n")
        c = result["cold_lookup_ms"]
        f.write(f"| one `soz lookup`, cold process | p50 {c['p50']} ms, p95 {c['p95']} ms, max {c['max']} ms | ≤ 50 ms |\n")
        b = result["batch"]
        f.write(f"| batch lookups, median of {len(b['runs_seconds'])} runs | {b['per_second']}/s ({b['queries']} in {b['seconds']} s; "
                f"runs {', '.join(str(r) for r in b['runs_seconds'])} s) | ≥ 1 000/s |\n")
        for k, v in result["accuracy_top1"].items():
            target = {"typo": "≥ 98 %", "boundary": "≥ 97 %"}.get(k, "")
            f.write(f"| top-1 accuracy, {k} queries | {v:.2%} | {target} |\n")
        for k, v in result["accuracy_in_candidates"].items():
            f.write(f"| right concept among the candidates shown, {k} queries "
                    f"(mean {result['mean_candidates'][k]} shown) | {v:.2%} | |\n")
        if anchor:
            f.write(f"| anchor `{anchor['binary']}`: import | {anchor['import_seconds']} s, store "
                    f"{anchor['store_mb']} MB | |\n")
            f.write(f"| anchor: one lookup, cold process | p50 {anchor['cold_lookup_ms']['p50']} ms, "
                    f"p95 {anchor['cold_lookup_ms']['p95']} ms | |\n")
            ab = anchor["batch"]
            f.write(f"| anchor: batch lookups, median of {len(ab['runs_seconds'])} runs | "
                    f"{ab['per_second']}/s (runs {', '.join(str(r) for r in ab['runs_seconds'])} s) | |\n")
            for k, v in anchor["accuracy_top1"].items():
                f.write(f"| anchor: top-1 accuracy, {k} queries | {v:.2%} | |\n")
        if "rapidfuzz_extractOne" in result:
            r = result["rapidfuzz_extractOne"]
            for kind in ("typo", "boundary"):
                if kind in r:
                    f.write(f"| rapidfuzz extractOne (ASCII fold, {r['forms']} forms), {r[kind]['queries']} "
                            f"{kind} queries | {r[kind]['ms_per_query']} ms/query, top-1 "
                            f"{r[kind]['accuracy']:.2%} | (reference) |\n")
    print(json.dumps(result, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
