#!/usr/bin/env python3
"""XML reader comparison (issue #16): one streaming pass over a seeded
1M-unit TMX (Benchmarks/exchange.py's generator) with Söz's hand-written
XMLReader, with libxml2's xmlTextReader (Debian libxml2-dev, through a C
shim) counting in C, and with libxml2 handing every name, attribute value
and text to Swift as a String (what a TMX reader on libxml2 would need),
taking turns, medians of --runs; wall time and peak RSS.

    python3 Benchmarks/xmlreader.py [--units 1000000] [--seed 5] [--runs 5]

Writes Benchmarks/runs/<date>-<host>/xmlreader.md and .json. Not a test.
"""
import argparse, datetime, json, os, platform, statistics, subprocess, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "Benchmarks"))
from machine import machine  # noqa: E402
from lint import timed  # noqa: E402
from exchange import generate  # noqa: E402


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--units", type=int, default=1000000)
    ap.add_argument("--seed", type=int, default=5)
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    env = dict(os.environ, SOZ_XMLBENCH="1")
    subprocess.run(["swift", "build", "-c", "release", "--product", "soz-xmlbench",
                    "--scratch-path", ".build-xmlbench"], cwd=ROOT, check=True, env=env, stdout=sys.stderr)
    bench = os.path.join(ROOT, ".build-xmlbench/release/soz-xmlbench")
    work = os.path.join(ROOT, "Benchmarks", "work")
    os.makedirs(work, exist_ok=True)
    tmx = os.path.join(work, f"memory-{args.units}-{args.seed}.tmx")
    if not os.path.exists(tmx):
        generate(tmx, args.units, args.seed)
    results = {"soz": [], "libxml2": [], "libxml2-strings": []}
    counts = {}
    for _ in range(args.runs):
        for reader in results:
            out = subprocess.run(["/usr/bin/time", "-f", "%M", bench, reader, tmx],
                                 capture_output=True, text=True)
            wall, rss, status = timed([bench, reader, tmx], subprocess.DEVNULL)
            if status != 0:
                sys.exit(f"{reader} failed: {out.stderr}")
            counts[reader] = out.stdout.strip()
            results[reader].append((wall, rss))
    summary = {}
    for reader, rows in results.items():
        summary[reader] = {
            "seconds_median": round(statistics.median(w for w, _ in rows), 2),
            "seconds_runs": [round(w, 2) for w, _ in rows],
            "rss_mib_median": round(statistics.median(r for _, r in rows) / 1024),
            "counted": counts[reader],
        }
    result = {
        "date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "machine": machine(), "command": "python3 Benchmarks/xmlreader.py " + " ".join(sys.argv[1:]),
        "units": args.units, "tmx_mb": round(os.path.getsize(tmx) / 1e6), "readers": summary,
    }
    stamp = datetime.date.today().isoformat() + "-" + platform.node()
    outdir = os.path.join(ROOT, "Benchmarks", "runs", stamp)
    os.makedirs(outdir, exist_ok=True)
    with open(os.path.join(outdir, "xmlreader.json"), "w") as f:
        json.dump(result, f, indent=2, ensure_ascii=False)
    with open(os.path.join(outdir, "xmlreader.md"), "w") as f:
        f.write(f"# XML reader comparison, {result['date']}\n\n- command: `{result['command']}`\n"
                f"- machine: {result['machine']}\n- data: {args.units} TMX units, {result['tmx_mb']} MB "
                f"(Benchmarks/exchange.py generator, seed {args.seed}); one streaming pass, start tags "
                f"and text counted, attributes read; the two readers take turns, {args.runs} runs each\n\n")
        f.write("| reader | median wall | runs | peak RSS (median) | counted |\n| --- | --- | --- | --- | --- |\n")
        for reader, s in summary.items():
            f.write(f"| {reader} | {s['seconds_median']} s | {', '.join(map(str, s['seconds_runs']))} | "
                    f"{s['rss_mib_median']} MiB | {s['counted']} |\n")
    print(json.dumps(result, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
