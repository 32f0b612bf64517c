#!/usr/bin/env python3
"""Start-up benchmark (issue #10): a one-line `soz lint` from a new process
against a store holding a generated 100 000-concept (~500 000-form)
glossary, which opens the store's compiled glossary (a mapped file) instead
of reading and keying the glossary. Side by side, in turns, medians:

- `soz lint` with the compiled image current (the normal case);
- `soz lint` with the image deleted before each run, so the glossary is
  compiled again from the store's rows (what every run cost without it);
- `rg -F -f forms.txt` on the same line: the anchor, which must build its
  automaton from every form on each run too;
- `soz --version`: the floor of starting the process at all.

    python3 Benchmarks/startup.py [--concepts 100000] [--seed 42] [--runs 21]

Writes Benchmarks/runs/<date>-<host>/startup.md and startup.json. Not a test.
"""
import argparse, csv, datetime, json, os, platform, shutil, statistics, subprocess, sys, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "Benchmarks"))
from machine import machine  # noqa: E402


def timed(cmd, stdin_text, env=None):
    """Wall seconds, peak RSS (KiB), exit status and output of a command."""
    t = time.perf_counter()
    p = subprocess.run(["/usr/bin/time", "-f", "%M"] + cmd, input=stdin_text, capture_output=True, text=True, env=env)
    wall = time.perf_counter() - t
    rss = int(p.stderr.strip().splitlines()[-1])
    return wall, rss, p.returncode, p.stdout


def summary(runs):
    walls = sorted(r[0] for r in runs)
    return {"median_ms": round(1000 * statistics.median(walls), 1),
            "p90_ms": round(1000 * walls[int(0.9 * (len(walls) - 1))], 1),
            "peak_mib": round(max(r[1] for r in runs) / 1024, 1)}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--concepts", type=int, default=100000)
    ap.add_argument("--seed", type=int, default=42)
    ap.add_argument("--runs", type=int, default=21)
    args = ap.parse_args()
    if not shutil.which("rg"):
        subprocess.run(["apt-get", "install", "-y", "-q", "ripgrep"], check=True, stdout=sys.stderr)
    for product in ("soz", "soz-gen"):
        subprocess.run(["swift", "build", "-c", "release", "--product", product], cwd=ROOT, check=True,
                       stdout=sys.stderr)
    soz, gen = os.path.join(ROOT, ".build/release/soz"), os.path.join(ROOT, ".build/release/soz-gen")
    data = os.path.join(ROOT, "Benchmarks", "work", f"startup-{args.concepts}-{args.seed}")
    os.makedirs(data, exist_ok=True)
    subprocess.run([gen, "glossary", "--concepts", str(args.concepts), "--seed", str(args.seed),
                    "--article-mb", "0", "--out", data, "--quiet"], check=True)
    glossary, forms = os.path.join(data, "glossary.tsv"), os.path.join(data, "forms.txt")
    store = os.path.join(data, "store.sqlite")
    for suffix in ("", "-wal", "-shm", ".glossary"):
        if os.path.exists(store + suffix):
            os.remove(store + suffix)
    # The line mentions a deprecated English form of the glossary.
    with open(glossary, encoding="utf-8") as f:
        rows = csv.DictReader(f, delimiter="\t")
        mention = next(r["form"] for r in rows if r["lang"] == "en" and r["status"] == "deprecated")
    line = f"Officials visited {mention} on Monday.\n"
    t = time.perf_counter()
    imp = subprocess.run([soz, "glossary", "import", glossary, "--store", store], capture_output=True, text=True)
    import_seconds = time.perf_counter() - t
    if imp.returncode != 0:
        sys.exit(imp.stderr)
    lint = [soz, "lint", "-", "--lang", "en", "--format", "line", "--store", store]
    env = dict(os.environ, HOME=data, XDG_CACHE_HOME=os.path.join(data, "cache"))
    mapped, recompiled, rg, floor = [], [], [], []
    outputs = set()
    for _ in range(args.runs):
        mapped.append(timed(lint, line, env))
        outputs.add(mapped[-1][3])
        os.remove(store + ".glossary")
        recompiled.append(timed(lint, line, env))
        outputs.add(recompiled[-1][3])
        rg.append(timed(["rg", "-F", "-f", forms], line))
        floor.append(timed([soz, "--version"], None))
    findings = mapped[-1][3].strip().splitlines()
    result = {
        "date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "machine": machine(), "command": "python3 Benchmarks/startup.py " + " ".join(sys.argv[1:]),
        "concepts": args.concepts, "seed": args.seed, "runs": args.runs, "line": line.strip(),
        "forms": sum(1 for _ in open(forms, encoding="utf-8")),
        "import_seconds": round(import_seconds, 1), "import_output": imp.stdout.strip(),
        "compiled_mib": round(os.path.getsize(store + ".glossary") / 2**20, 1),
        "lint_mapped": summary(mapped), "lint_recompiled": summary(recompiled),
        "rg": summary(rg), "process_floor": summary(floor),
        "lint_exit": mapped[-1][2], "findings": findings,
        "same_output_both_ways": len(outputs) == 1,
    }
    stamp = datetime.date.today().isoformat() + "-" + platform.node()
    outdir = os.path.join(ROOT, "Benchmarks", "runs", stamp)
    os.makedirs(outdir, exist_ok=True)
    with open(os.path.join(outdir, "startup.json"), "w") as f:
        json.dump(result, f, indent=2, ensure_ascii=False)
    r = result
    with open(os.path.join(outdir, "startup.md"), "w") as f:
        f.write(
            f"# Start-up benchmark, {r['date']}\n\n- command: `{r['command']}`\n- machine: {r['machine']}\n"
            f"- data: `soz-gen glossary --concepts {args.concepts} --seed {args.seed}` ({r['forms']} forms), "
            f"imported with `soz glossary import` in {r['import_seconds']} s (`{r['import_output']}`); "
            f"compiled image {r['compiled_mib']} MiB\n- input: one line, `{r['line']}`; {args.runs} runs of each, "
            f"taking turns\n\n| command | median | p90 | peak RSS | target |\n| --- | --- | --- | --- | --- |\n"
            f"| `soz lint -` (compiled image mapped) | {r['lint_mapped']['median_ms']} ms | {r['lint_mapped']['p90_ms']} ms | "
            f"{r['lint_mapped']['peak_mib']} MiB | ≤ 300 ms |\n"
            f"| `soz lint -`, image deleted first (compiled from the store's rows) | {r['lint_recompiled']['median_ms']} ms | "
            f"{r['lint_recompiled']['p90_ms']} ms | {r['lint_recompiled']['peak_mib']} MiB | |\n"
            f"| `rg -F -f forms.txt` (anchor) | {r['rg']['median_ms']} ms | {r['rg']['p90_ms']} ms | {r['rg']['peak_mib']} MiB | |\n"
            f"| `soz --version` (process floor) | {r['process_floor']['median_ms']} ms | {r['process_floor']['p90_ms']} ms | "
            f"{r['process_floor']['peak_mib']} MiB | |\n\n"
            f"Findings (exit {r['lint_exit']}), identical both ways: {r['same_output_both_ways']}\n\n"
            + "".join(f"    {x}\n" for x in r["findings"]))
    print(json.dumps(result, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
