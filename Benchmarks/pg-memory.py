#!/usr/bin/env python3
"""The translation memory on PostgreSQL (issue 13): which candidate index, measured.

    python3 Benchmarks/pg-memory.py [--count 200000] [--seed 42] [--queries 200] [--skip-build]

Generates a seeded en→az memory (`soz-gen memory`), imports its TSV with
`soz tm import` into a SQLite store and into a throwaway PostgreSQL cluster
(Scripts/postgres-cluster), then:

1. the engine's index — the word postings the SQLite engine uses, as tables
   (tm_token, tm_posting chunks, tm_variant.words), searched by Search's
   MemorySearcher (prefix filtering, bounded word distance, exact top-k) —
   end to end on both engines: one `soz tm search --batch` process per
   engine, latency per query (p50/p99) and recall@5 of the segment the
   query was made from;
2. pg_trgm GIN on the normalized key computed in Swift (tm_variant.normalized,
   `normalized % q` ordered by similarity, 50 candidates), and
3. the composite GiST index (lang, normalized gist_trgm_ops) with KNN
   (`ORDER BY normalized <-> q LIMIT 50`),

reporting for 2–3 recall@50 (the expected segment among the candidates a
Swift re-ranker would see: an upper bound of that pipeline's recall) and
time per query measured by psql, plus every index's build time and size.

Writes Benchmarks/runs/<date>-<host>/pg-memory.md and .json.
"""
import argparse, datetime, json, os, platform, re, statistics, subprocess, sys, tempfile, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "Benchmarks"))
from machine import machine  # noqa: E402
from memory import timed_import, load_queries, search_run  # noqa: E402
WORK = os.path.join(ROOT, "Benchmarks", "work")


def psql(url, sql, timing=False):
    script = ("\\timing on\n" if timing else "") + sql
    return subprocess.run(["psql", url, "-qAtX", "-v", "ON_ERROR_STOP=1"], input=script,
                          capture_output=True, text=True, check=True).stdout


def quote(s):
    return "'" + s.replace("'", "''") + "'"


def normalize(s):
    # Roughly SegmentTokenizer's keys: lower case, words joined by spaces.
    return " ".join(re.findall(r"\w+", s.lower()))


def measure(url, queries, make_sql, setup=""):
    parts = [setup]
    for i, (q, _) in enumerate(queries):
        parts.append(
            f"SELECT 'Q{i}|' || coalesce(string_agg(text, '\u0001'), '') FROM ({make_sql(quote(normalize(q)))}) t;")
    out = psql(url, "\n".join(parts), timing=True)
    hits, times, current = 0, [], None
    for line in out.splitlines():
        m = re.match(r"Q(\d+)\|(.*)", line)
        if m:
            current = int(m.group(1))
            if queries[current][1] in m.group(2).split("\u0001"):
                hits += 1
            continue
        t = re.match(r"Time: ([\d.]+) ms", line)
        if t and current is not None:
            times.append(float(t.group(1)))
            current = None
    times.sort()
    return {"recall_at_50": round(hits / len(queries), 4),
            "p50_ms": round(statistics.median(times), 2),
            "p99_ms": round(times[max(0, int(len(times) * 0.99) - 1)], 2)}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--count", type=int, default=200_000)
    ap.add_argument("--seed", type=int, default=42)
    ap.add_argument("--queries", type=int, default=200)
    ap.add_argument("--port", type=int, default=54337)
    ap.add_argument("--config", default="release", help="release or debug build to measure")
    ap.add_argument("--skip-build", action="store_true")
    args = ap.parse_args()
    soz = os.path.join(ROOT, f".build/{args.config}/soz")
    gen = os.path.join(ROOT, f".build/{args.config}/soz-gen")
    if not args.skip_build:
        for product in ("soz", "soz-gen"):
            subprocess.run(["swift", "build", "-c", args.config, "--product", product], cwd=ROOT,
                           check=True, stdout=sys.stderr)
    os.makedirs(WORK, exist_ok=True)
    gen_dir = os.path.join(WORK, f"pg-memory-{args.count}-{args.seed}")
    if not os.path.exists(os.path.join(gen_dir, "queries.tsv")):
        subprocess.run([gen, "memory", "--count", str(args.count), "--seed", str(args.seed),
                        "--queries", str(args.queries), "--out", gen_dir, "--no-tmx"], check=True)
    segments = os.path.join(gen_dir, "segments.tsv")
    queries = load_queries(os.path.join(gen_dir, "queries.tsv"))
    result = {"date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
              "command": "python3 Benchmarks/pg-memory.py " + " ".join(sys.argv[1:]),
              "machine": machine(), "build": args.config, "segments": args.count,
              "queries": len(queries), "engines": {}, "candidates": {}}
    pg_dir = tempfile.mkdtemp(prefix="soz-bench-pgtm.")
    sqlite = os.path.join(gen_dir, "store.sqlite")
    try:
        url = subprocess.run([os.path.join(ROOT, "Scripts/postgres-cluster"), "start", pg_dir,
                              str(args.port)], capture_output=True, text=True,
                             check=True).stdout.strip()
        for name, store in [("sqlite", sqlite), ("postgresql", url)]:
            imported = timed_import(soz, segments, store)
            runs = [search_run(soz, store, queries) for _ in range(2)]
            result["engines"][name] = {
                "import_s": imported["seconds"], "import_peak_rss_mb": imported["peak_rss_mb"],
                "search_p50_ms": round(statistics.median(r["p50"] for r in runs), 2),
                "search_p99_ms": round(statistics.median(r["p99"] for r in runs), 2),
                "recall_at_5": round(runs[0]["recall"], 4)}
            print(name, result["engines"][name], file=sys.stderr)
        result["engines"]["sqlite"]["size"] = f"{os.path.getsize(sqlite) / 2**20:.0f} MB (file)"
        result["engines"]["postgresql"]["size"] = psql(
            url, "SELECT pg_size_pretty(sum(pg_total_relation_size(c))) FROM unnest(array"
            "['tm_origin','tm_unit','tm_variant','tm_token','tm_posting']::regclass[]) c;").strip()
        result["engines"]["postgresql"]["index_size"] = psql(
            url, "SELECT pg_size_pretty(pg_total_relation_size('tm_token') + pg_total_relation_size('tm_posting')"
            " + (SELECT sum(octet_length(words)) FROM tm_variant));").strip()
        psql(url, "CREATE EXTENSION pg_trgm; CREATE EXTENSION btree_gist; ANALYZE;")
        for name, ddl, make in [
            ("GIN normalized gin_trgm_ops, % then similarity",
             "CREATE INDEX tm_trgm_gin ON tm_variant USING gin (normalized gin_trgm_ops)",
             lambda q: f"SELECT text FROM tm_variant WHERE lang = 'en' AND normalized % {q} "
                       f"ORDER BY similarity(normalized, {q}) DESC LIMIT 50"),
            ("GiST (lang, normalized gist_trgm_ops), KNN",
             "CREATE INDEX tm_trgm_gist ON tm_variant USING gist (lang, normalized gist_trgm_ops)",
             lambda q: f"SELECT text FROM tm_variant WHERE lang = 'en' ORDER BY normalized <-> {q} LIMIT 50"),
        ]:
            t = time.perf_counter()
            psql(url, ddl + "; ANALYZE tm_variant;")
            build = round(time.perf_counter() - t, 1)
            size = psql(url, f"SELECT pg_size_pretty(pg_relation_size('{ddl.split()[2]}'));").strip()
            m = measure(url, queries, make)
            result["candidates"][name] = {"build_s": build, "size": size, **m}
            print(name, result["candidates"][name], file=sys.stderr)
            psql(url, f"DROP INDEX {ddl.split()[2]};")
    finally:
        subprocess.run([os.path.join(ROOT, "Scripts/postgres-cluster"), "stop", pg_dir],
                       capture_output=True)
    day = datetime.date.today().isoformat()
    host = platform.node()
    out = os.path.join(ROOT, "Benchmarks", "runs", f"{day}-{host}")
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(out, "pg-memory.json"), "w") as f:
        json.dump(result, f, indent=2, ensure_ascii=False)
    lines = [f"# Translation memory on PostgreSQL ({result['segments']} segments, {result['queries']} queries)",
             "", f"{result['date']} — `{result['command']}` — {result['build']} build", "",
             "| engine | import s | peak RSS MB | search p50 ms | p99 ms | recall@5 | size |",
             "|---|---|---|---|---|---|---|"]
    for name, e in result["engines"].items():
        lines.append(f"| {name} | {e['import_s']} | {e['import_peak_rss_mb']} | {e['search_p50_ms']} | "
                     f"{e['search_p99_ms']} | {e['recall_at_5']} | {e['size']} |")
    lines += ["", f"PostgreSQL word index (tm_token + tm_posting + segment word ids): "
              f"{result['engines']['postgresql']['index_size']}", "",
              "| pg_trgm candidates (50) | build s | size | recall@50 | p50 ms | p99 ms |",
              "|---|---|---|---|---|---|"]
    for name, c in result["candidates"].items():
        lines.append(f"| {name} | {c['build_s']} | {c['size']} | {c['recall_at_50']} | {c['p50_ms']} | {c['p99_ms']} |")
    with open(os.path.join(out, "pg-memory.md"), "w") as f:
        f.write("\n".join(lines) + "\n")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
