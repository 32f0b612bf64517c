#!/usr/bin/env python3
"""The shipped glossary's cost (issue #11, item 5): lint and lookup with
the hand-written files alone (before the generated glossary) and with the
whole shipped glossary (hand-written + glossaries/generated/), same binary.

    python3 Benchmarks/shipped.py [--soz .build/release/soz] [--runs 5] [--mb 4]

Measures, per glossary: the first run on a fresh store (reading the YAML,
keying every form, compiling the glossary), a warm run on empty input
(opening the compiled glossary), lint of the repository's clean and planted
corpus (findings at warning or above in the clean set must stay 0) and of
a news text of --mb MB made of the corpus articles repeated, one `soz
lookup` from a cold process, and batch look-ups of the held-out queries
(Evaluation/names). Writes Benchmarks/runs/<date>-<host>/shipped-glossary.md
and .json. Not a test: it measures and records.
"""
import argparse, datetime, json, os, pathlib, platform, shutil, statistics, subprocess, sys, time

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "Benchmarks"))
from machine import machine  # noqa: E402

WORK = ROOT / "Benchmarks" / "work" / "shipped"


def timed(cmd, stdin=None, stdout=subprocess.DEVNULL):
    t = time.perf_counter()
    p = subprocess.run(cmd, input=stdin, stdout=stdout, stderr=subprocess.PIPE, text=True, cwd=WORK)
    if p.returncode not in (0, 1):
        sys.exit("shipped.py: %s failed: %s" % (cmd[:3], p.stderr))
    return time.perf_counter() - t, p


def fresh(store):
    for suffix in ("", "-wal", "-shm", ".glossary"):
        if os.path.exists(store + suffix):
            os.remove(store + suffix)


def queries():
    qs = []
    for name in ("glossary-held-out.tsv", "gold.tsv"):
        for line in (ROOT / "Evaluation" / "names" / name).read_text(encoding="utf-8").splitlines():
            if line.startswith("#") or not line.strip() or line.startswith("query\t"):
                continue
            cells = line.split("\t")
            qs.append(cells[0] if name.startswith("glossary") else cells[2])
    return qs


def measure(soz, glossary, label, runs, news):
    store = str(WORK / ("%s.sqlite" % label))
    fresh(store)
    g = ["--store", store, "--glossary", str(glossary)]
    first, _ = timed([soz, "lint", "-", "--lang", "en"] + g, stdin="")
    setup = statistics.median(timed([soz, "lint", "-", "--lang", "en"] + g, stdin="")[0] for _ in range(runs))
    _, stats = timed([soz, "glossary", "stats"] + g, stdout=subprocess.PIPE)
    concepts = next((l for l in stats.stdout.splitlines() if "concepts:" in l), "").strip()
    corpus = {}
    for part in ("clean", "planted"):
        walls, out = [], None
        for _ in range(runs):
            w, p = timed([soz, "lint", str(ROOT / "corpus" / "articles" / part), "--format", "json",
                          "--fail-level", "info"] + g, stdout=subprocess.PIPE)
            walls.append(w)
            out = p.stdout
        findings = json.loads(out)["findings"]
        corpus[part] = {
            "seconds": round(statistics.median(walls), 3),
            "warnings_or_above": sum(1 for f in findings if f["severity"] in ("warning", "error")),
            "findings": len(findings),
        }
    walls = []
    for _ in range(runs):
        w, _ = timed([soz, "lint", str(news), "--lang", "en", "--format", "line"] + g)
        walls.append(w)
    lint_news = statistics.median(walls)
    cold = sorted(timed([soz, "lookup", "Ust-Kamenogorsk"] + g)[0] for _ in range(max(runs * 4, 20)))
    qs = queries() * 10
    batch = statistics.median(
        timed([soz, "lookup", "--batch"] + g, stdin="".join(q + "\n" for q in qs))[0] for _ in range(runs))
    return {
        "glossary": label, "stats": concepts,
        "first_run_seconds": round(first, 2), "warm_setup_seconds": round(setup, 3),
        "corpus": corpus,
        "news_mb": round(os.path.getsize(news) / 2**20, 2), "news_lint_seconds": round(lint_news, 2),
        "news_mb_per_second": round(os.path.getsize(news) / 2**20 / lint_news, 2),
        "lookup_cold_p50_ms": round(1000 * cold[len(cold) // 2], 1),
        "lookup_cold_p95_ms": round(1000 * cold[int(len(cold) * 0.95) - 1], 1),
        "batch_queries": len(qs), "batch_per_second": round(len(qs) / batch),
    }


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--soz", default=str(ROOT / ".build" / "release" / "soz"))
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--mb", type=float, default=4)
    args = ap.parse_args()
    if not os.access(args.soz, os.X_OK):
        subprocess.run(["swift", "build", "-c", "release", "--product", "soz"], cwd=ROOT, check=True)
    WORK.mkdir(parents=True, exist_ok=True)
    hand = WORK / "hand-written"
    shutil.rmtree(hand, ignore_errors=True)
    shutil.copytree(ROOT / "glossaries", hand, ignore=shutil.ignore_patterns("generated"))
    text = "".join(p.read_text(encoding="utf-8") + "\n\n"
                   for p in sorted((ROOT / "corpus" / "articles").rglob("*.md")) if "/en" in str(p) or p.name.startswith("en"))
    text = text or "".join(p.read_text(encoding="utf-8") + "\n\n" for p in sorted((ROOT / "corpus" / "articles").rglob("*.md")))
    news = WORK / "news.txt"
    with open(news, "w", encoding="utf-8") as f:
        for _ in range(max(1, int(args.mb * 2**20 / len(text.encode())))):
            f.write(text)
    results = [measure(args.soz, hand, "hand-written", args.runs, news),
               measure(args.soz, ROOT / "glossaries", "shipped", args.runs, news)]
    result = {
        "date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "machine": machine(), "command": "python3 Benchmarks/shipped.py " + " ".join(sys.argv[1:]),
        "soz": args.soz, "results": results,
    }
    outdir = ROOT / "Benchmarks" / "runs" / (datetime.date.today().isoformat() + "-" + platform.node())
    outdir.mkdir(parents=True, exist_ok=True)
    (outdir / "shipped-glossary.json").write_text(json.dumps(result, indent=2) + "\n")
    b, a = results
    rows = [
        ("glossary (`soz glossary stats`)", b["stats"], a["stats"]),
        ("first run on a fresh store (read, key, compile)", "%s s" % b["first_run_seconds"], "%s s" % a["first_run_seconds"]),
        ("warm run, empty input (open the compiled glossary)", "%s s" % b["warm_setup_seconds"], "%s s" % a["warm_setup_seconds"]),
        ("lint corpus/articles/clean: s; findings ≥ warning / all", "%s s; %d / %d" % (b["corpus"]["clean"]["seconds"], b["corpus"]["clean"]["warnings_or_above"], b["corpus"]["clean"]["findings"]),
         "%s s; %d / %d" % (a["corpus"]["clean"]["seconds"], a["corpus"]["clean"]["warnings_or_above"], a["corpus"]["clean"]["findings"])),
        ("lint corpus/articles/planted: s; findings ≥ warning / all", "%s s; %d / %d" % (b["corpus"]["planted"]["seconds"], b["corpus"]["planted"]["warnings_or_above"], b["corpus"]["planted"]["findings"]),
         "%s s; %d / %d" % (a["corpus"]["planted"]["seconds"], a["corpus"]["planted"]["warnings_or_above"], a["corpus"]["planted"]["findings"])),
        ("lint %s MB of news text (`--lang en`)" % b["news_mb"], "%s s, %s MB/s" % (b["news_lint_seconds"], b["news_mb_per_second"]), "%s s, %s MB/s" % (a["news_lint_seconds"], a["news_mb_per_second"])),
        ("one `soz lookup`, cold process: p50 / p95", "%s / %s ms" % (b["lookup_cold_p50_ms"], b["lookup_cold_p95_ms"]), "%s / %s ms" % (a["lookup_cold_p50_ms"], a["lookup_cold_p95_ms"])),
        ("batch look-ups (%d held-out queries)" % b["batch_queries"], "%s/s" % b["batch_per_second"], "%s/s" % a["batch_per_second"]),
    ]
    md = ["# The shipped glossary's cost, %s" % result["date"], "",
          "- command: `%s`" % result["command"], "- machine: %s" % result["machine"],
          "- binary: `%s`; medians of %d runs" % (args.soz, args.runs), "",
          "| measure | hand-written files only (before) | shipped glossary (after) |", "| --- | --- | --- |"]
    md += ["| %s | %s | %s |" % r for r in rows]
    (outdir / "shipped-glossary.md").write_text("\n".join(md) + "\n")
    print("\n".join(md))


if __name__ == "__main__":
    main()
