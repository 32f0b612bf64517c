#!/usr/bin/env python3
"""Lint benchmark (issue #3): seeded English article text mentioning the
100 000 generated concepts, linted against the ~500 000-form glossary, side
by side with exact, case-sensitive `rg -F -f forms.txt` over the same file
(matching lines written to a file, as a user would run it; rg's wall time on
this VM varies a lot run to run, so both sides are run --runs times, taking
turns, and compared by their medians).

    python3 Benchmarks/lint.py [--mb 50] [--concepts 100000] [--seed 42] [--runs 3] [--shape news|plain]

--shape plain makes plain 1-3-word names of 2-4 syllables and one plain
English sentence of 8-24 common words a line, a mention in every other line
(a fifth of them non-preferred): the shape of issue #15's held-out workload;
news (the default) is Turkic-news names and articles with several mentions a
line, rg's worst case.

Writes Benchmarks/runs/<date>-<host>/lint.md and lint.json. Not a test.
"""
import argparse, datetime, json, os, platform, statistics, subprocess, sys, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "Benchmarks"))
from machine import machine  # noqa: E402


def timed(cmd, stdout):
    """Wall seconds and peak RSS (KiB) of a command, via GNU time."""
    t = time.perf_counter()
    p = subprocess.run(["/usr/bin/time", "-f", "%M"] + cmd, stdout=stdout, stderr=subprocess.PIPE, text=True)
    wall = time.perf_counter() - t
    rss = int(p.stderr.strip().splitlines()[-1])
    return wall, rss, p.returncode


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=int, default=50)
    ap.add_argument("--concepts", type=int, default=100000)
    ap.add_argument("--seed", type=int, default=42)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--shape", choices=["news", "plain"], default="news")
    args = ap.parse_args()
    shape = "" if args.shape == "news" else "-plain"
    subprocess.run(["swift", "build", "-c", "release", "--product", "soz"], cwd=ROOT, check=True, stdout=sys.stderr)
    subprocess.run(["swift", "build", "-c", "release", "--product", "soz-gen"], cwd=ROOT, check=True, stdout=sys.stderr)
    soz, gen = os.path.join(ROOT, ".build/release/soz"), os.path.join(ROOT, ".build/release/soz-gen")
    data = os.path.join(ROOT, "Benchmarks", "work", f"lint-{args.concepts}-{args.seed}-{args.mb}mb{shape}")
    os.makedirs(data, exist_ok=True)
    subprocess.run([gen, "glossary", "--concepts", str(args.concepts), "--seed", str(args.seed),
                    "--article-mb", str(args.mb), "--shape", args.shape, "--out", data, "--quiet"],
                   check=True)
    articles, forms, glossary = (os.path.join(data, n) for n in ("articles.txt", "forms.txt", "glossary.tsv"))
    # The glossary is imported (and compiled) once, as a newsroom would;
    # every lint then opens the store's compiled glossary.
    store = os.path.join(data, "store.sqlite")
    for suffix in ("", "-wal", "-shm", ".glossary"):
        if os.path.exists(store + suffix):
            os.remove(store + suffix)
    t = time.perf_counter()
    subprocess.run([soz, "glossary", "import", glossary, "--store", store], check=True, stdout=sys.stderr)
    import_seconds = time.perf_counter() - t
    rg_runs, rg_count_runs, soz_runs = [], [], []
    out = os.path.join(data, "findings.txt")
    with open(os.devnull, "w") as null:
        for _ in range(args.runs):
            with open(os.path.join(data, "rg-lines.txt"), "w") as f:
                rg_runs.append(timed(["rg", "-F", "-f", forms, articles], f))
            rg_count_runs.append(timed(["rg", "-F", "-c", "-f", forms, articles], null))
            with open(out, "w") as f:
                soz_runs.append(timed(
                    [soz, "lint", articles, "--lang", "en", "--store", store, "--format", "line"], f))
        setup_wall, setup_rss, _ = timed(
            [soz, "lint", "-", "--lang", "en", "--store", store, "--format", "line"], null)
    rg_wall = statistics.median(r[0] for r in rg_runs)
    rg_rss = max(r[1] for r in rg_runs)
    soz_wall = statistics.median(r[0] for r in soz_runs)
    soz_rss = max(r[1] for r in soz_runs)
    status = soz_runs[-1][2]
    findings = sum(1 for _ in open(out, encoding="utf-8"))
    result = {
        "date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "machine": machine(), "command": "python3 Benchmarks/lint.py " + " ".join(sys.argv[1:]),
        "article_mb": args.mb, "concepts": args.concepts, "seed": args.seed,
        "rg_seconds": round(rg_wall, 2), "rg_peak_mib": round(rg_rss / 1024),
        "soz_seconds": round(soz_wall, 2), "soz_peak_mib": round(soz_rss / 1024),
        "soz_setup_seconds": round(setup_wall, 2), "import_seconds": round(import_seconds, 1), "soz_exit": status, "findings": findings,
        "ratio": round(soz_wall / rg_wall, 2),
        "rg_runs": [round(r[0], 2) for r in rg_runs],
        "rg_count_seconds": round(statistics.median(r[0] for r in rg_count_runs), 2),
        "rg_count_runs": [round(r[0], 2) for r in rg_count_runs],
        "ratio_to_rg_count": round(soz_wall / statistics.median(r[0] for r in rg_count_runs), 2), "soz_runs": [round(r[0], 2) for r in soz_runs],
    }
    stamp = datetime.date.today().isoformat() + "-" + platform.node()
    outdir = os.path.join(ROOT, "Benchmarks", "runs", stamp)
    os.makedirs(outdir, exist_ok=True)
    with open(os.path.join(outdir, f"lint-{args.mb}mb{shape}.json"), "w") as f:
        json.dump(result, f, indent=2)
    with open(os.path.join(outdir, f"lint-{args.mb}mb{shape}.md"), "w") as f:
        f.write(f"# Lint benchmark, {result['date']}\n\n- command: `{result['command']}`\n"
                f"- machine: {result['machine']}\n- data: `soz-gen glossary --concepts {args.concepts} "
                f"--seed {args.seed} --article-mb {args.mb} --shape {args.shape}`\n\n| measure | value | target |\n| --- | --- | --- |\n"
                f"| `rg -F -f forms.txt` (median of {args.runs}: {result['rg_runs']}) | {result['rg_seconds']} s, {result['rg_peak_mib']} MiB | |\n"
                f"| `soz lint --lang en --format line` (median of {args.runs}: {result['soz_runs']}) | {result['soz_seconds']} s, {result['soz_peak_mib']} MiB, "
                f"{findings} findings | ≤ 2× rg, ≤ 1 GiB |\n"
                f"| of which opening the store's compiled glossary (empty input) | {result['soz_setup_seconds']} s | |\n"
                f"| once: `soz glossary import glossary.tsv` (keys and compiled glossary) | {result['import_seconds']} s | |\n"
                f"| ratio soz / rg | {result['ratio']} | ≤ 2 |\n"
                f"| for reference: `rg -F -c -f forms.txt` (counts only, median of {args.runs}: {result['rg_count_runs']}) | {result['rg_count_seconds']} s; soz / that: {result['ratio_to_rg_count']} | |\n")
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
