#!/usr/bin/env python3
"""Which fuzzy index for the PostgreSQL engine (issue 13): measured, not guessed.

    python3 Benchmarks/pg-fuzzy-index.py [--concepts 100000] [--seed 42] [--sample 600]

Imports a seeded soz-gen glossary into a throwaway PostgreSQL 15 cluster
(Scripts/postgres-cluster) with `soz glossary import`, then compares, on
soz-gen's typo, variant and word-boundary queries (each with its expected
concept):

1. the engine's index — the deletion-neighbourhood typo index shared with the
   SQLite engine, ranked by Search — end to end: `soz lookup --batch` against
   the database (top-1 accuracy, the expected concept among the candidates
   shown, time per query);
2. pg_trgm GiST KNN on the typed-spelling key (`fold_key <-> q`, 50 nearest),
   one index over all languages;
3. the composite GiST index `(lang, fold_key gist_trgm_ops)` (btree_gist), one
   KNN probe per language (the query's language is not known), 50 each;
4. pg_trgm GIN with the `%` operator (similarity ≥ 0.3), best 50 by
   similarity.

For 2–4 it reports recall@50 — whether the expected concept is among the
candidates a Swift re-ranker would see, an upper bound for that pipeline's
accuracy — and the time per query measured by psql; plus each index's build
time and size. Queries are folded as the engine folds typed spellings (case
and diacritics off, ə as e) in Python here.

Writes Benchmarks/runs/<date>-<host>/pg-fuzzy-index.md and .json.
"""
import argparse, datetime, json, os, platform, re, statistics, subprocess, sys, tempfile, time
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "Benchmarks"))
from machine import machine  # noqa: E402
WORK = os.path.join(ROOT, "Benchmarks", "work")
SOZ = os.path.join(ROOT, ".build/release/soz")
GEN = os.path.join(ROOT, ".build/release/soz-gen")
LANGS = ["en", "az", "tr", "kk", "kk-Latn", "ru"]


def fold(s):
    # As Folding.diacriticKey, then FormKeys.typingWords (ə as e).
    s = s.replace("İ", "i").replace("I", "i").replace("ı", "i")
    s = unicodedata.normalize("NFKD", s.lower())
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.replace("ə", "e")


def psql(url, sql, timing=False):
    script = ("\\timing on\n" if timing else "") + sql
    return subprocess.run(["psql", url, "-qAtX", "-v", "ON_ERROR_STOP=1"], input=script,
                          capture_output=True, text=True, check=True).stdout


def quote(s):
    return "'" + s.replace("'", "''") + "'"


def measure(url, queries, make_sql, setup=""):
    """recall@50 and per-query ms for one candidate query shape."""
    parts = [setup]
    for i, (q, _) in enumerate(queries):
        parts.append(f"SELECT 'Q{i}|' || coalesce(string_agg(DISTINCT concept_id, ','), '') FROM ({make_sql(quote(fold(q)))}) t;")
    out = psql(url, "\n".join(parts), timing=True)
    hits, times, current = 0, [], None
    for line in out.splitlines():
        m = re.match(r"Q(\d+)\|(.*)", line)
        if m:
            current = int(m.group(1))
            found = set(m.group(2).split(",")) if m.group(2) else set()
            if queries[current][1] in found:
                hits += 1
            continue
        t = re.match(r"Time: ([\d.]+) ms", line)
        if t and current is not None:
            times.append(float(t.group(1)))
            current = None
    times.sort()
    return {"recall_at_50": round(hits / len(queries), 4),
            "p50_ms": round(statistics.median(times), 2),
            "p99_ms": round(times[int(len(times) * 0.99) - 1], 2),
            "mean_ms": round(statistics.mean(times), 2)}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--concepts", type=int, default=100000)
    ap.add_argument("--seed", type=int, default=42)
    ap.add_argument("--sample", type=int, default=600)
    ap.add_argument("--port", type=int, default=54336)
    args = ap.parse_args()
    os.makedirs(WORK, exist_ok=True)
    gen_dir = os.path.join(WORK, f"serve-gen-{args.concepts}-{args.seed}")
    if not os.path.exists(os.path.join(gen_dir, "glossary.tsv")):
        subprocess.run([GEN, "glossary", "--concepts", str(args.concepts), "--seed", str(args.seed),
                        "--queries", "2000", "--boundary-queries", "1000", "--out", gen_dir,
                        "--quiet"], check=True)
    rows = []
    with open(os.path.join(gen_dir, "queries.tsv"), encoding="utf-8") as f:
        header = f.readline().rstrip("\n").split("\t")
        for line in f:
            rows.append(dict(zip(header, line.rstrip("\n").split("\t"))))
    by_kind = {}
    for r in rows:
        by_kind.setdefault(r["kind"], []).append((r["query"], r["concept"]))
    per_kind = max(1, args.sample // len(by_kind))
    sample = {k: v[:per_kind] for k, v in sorted(by_kind.items())}

    pg_dir = tempfile.mkdtemp(prefix="soz-bench-pgidx.")
    result = {"date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
              "command": "python3 Benchmarks/pg-fuzzy-index.py " + " ".join(sys.argv[1:]),
              "machine": machine(), "concepts": args.concepts, "queries_per_kind": per_kind,
              "indexes": {}, "candidates": {}}
    try:
        admin = subprocess.run([os.path.join(ROOT, "Scripts/postgres-cluster"), "start", pg_dir,
                                str(args.port)], capture_output=True, text=True, check=True).stdout.strip()
        url = admin
        start = time.perf_counter()
        subprocess.run([SOZ, "glossary", "import", os.path.join(gen_dir, "glossary.tsv"), "--store",
                        url], check=True, stdout=subprocess.DEVNULL, cwd=WORK)
        result["import_s"] = round(time.perf_counter() - start, 1)
        result["forms"] = int(psql(url, "SELECT count(*) FROM form;").strip())
        psql(url, "CREATE EXTENSION pg_trgm; CREATE EXTENSION btree_gist; ANALYZE;")
        for name, ddl in [
            ("engine: deletion neighbourhood (word_delete + form_word)", None),
            ("GiST fold_key gist_trgm_ops", "CREATE INDEX trgm_gist ON form USING gist (fold_key gist_trgm_ops)"),
            ("GiST (lang, fold_key gist_trgm_ops)", "CREATE INDEX trgm_gist_lang ON form USING gist (lang, fold_key gist_trgm_ops)"),
            ("GIN fold_key gin_trgm_ops", "CREATE INDEX trgm_gin ON form USING gin (fold_key gin_trgm_ops)"),
        ]:
            if ddl is None:
                size = psql(url, "SELECT pg_size_pretty(pg_total_relation_size('word_delete') + pg_total_relation_size('form_word') + pg_total_relation_size('key_word'));").strip()
                result["indexes"][name] = {"build_s": "(during import)", "size": size}
                continue
            t = time.perf_counter()
            psql(url, ddl + ";")
            idx = ddl.split()[2]
            size = psql(url, f"SELECT pg_size_pretty(pg_relation_size('{idx}'));").strip()
            result["indexes"][name] = {"build_s": round(time.perf_counter() - t, 1), "size": size}
        psql(url, "ANALYZE;")
        shapes = {
            "GiST KNN, all languages, 50 nearest": (
                lambda q: f"SELECT concept_id FROM form ORDER BY fold_key <-> {q} LIMIT 50",
                "SET enable_seqscan = off;"),
            "GiST (lang, key) KNN, one probe per language, 50 each": (
                lambda q: " UNION ALL ".join(
                    f"(SELECT concept_id FROM form WHERE lang = '{l}' ORDER BY fold_key <-> {q} LIMIT 50)" for l in LANGS),
                "SET enable_seqscan = off;"),
            "GIN %, similarity ≥ 0.3, best 50": (
                lambda q: f"SELECT concept_id FROM form WHERE fold_key % {q} ORDER BY similarity(fold_key, {q}) DESC LIMIT 50",
                "SET pg_trgm.similarity_threshold = 0.3;"),
        }
        for shape, (make, setup) in shapes.items():
            result["candidates"][shape] = {k: measure(url, qs, make, setup) for k, qs in sample.items()}
            print(shape, result["candidates"][shape], file=sys.stderr)
        # The engine end to end: soz lookup --batch on the same database.
        engine = {}
        for kind, qs in sample.items():
            t = time.perf_counter()
            out = subprocess.run([SOZ, "lookup", "--batch", "--store", url], input="\n".join(q for q, _ in qs) + "\n",
                                 capture_output=True, text=True, cwd=WORK).stdout
            elapsed = time.perf_counter() - t
            top1 = shown = 0
            for (q, want), line in zip(qs, out.splitlines()):
                r = json.loads(line)
                ids = [c["concept"] for c in r["candidates"]]
                top1 += bool(ids) and ids[0] == want
                shown += want in ids
            engine[kind] = {"top1": round(top1 / len(qs), 4), "in_candidates": round(shown / len(qs), 4),
                            "ms_per_query_batch": round(elapsed / len(qs) * 1000, 2)}
        result["engine"] = engine
        print("engine", engine, file=sys.stderr)
    finally:
        subprocess.run([os.path.join(ROOT, "Scripts/postgres-cluster"), "stop", pg_dir])
    write(result)


def write(r):
    day = datetime.date.today().isoformat()
    out = os.path.join(ROOT, "Benchmarks", "runs", f"{day}-{platform.node()}")
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(out, "pg-fuzzy-index.json"), "w") as f:
        json.dump(r, f, indent=2, ensure_ascii=False)
    kinds = sorted(r["engine"])
    lines = [f"# PostgreSQL fuzzy index, {r['date']}", "",
             f"- command: `{r['command']}`", f"- machine: {r['machine']}",
             f"- data: `soz-gen glossary --concepts {r['concepts']}` ({r['forms']} forms), imported in "
             f"{r['import_s']} s; {r['queries_per_kind']} queries of each kind (soz-gen's order)", "",
             "| index | build | size |", "| --- | --- | --- |"]
    for name, v in r["indexes"].items():
        b = v["build_s"] if isinstance(v["build_s"], str) else f"{v['build_s']} s"
        lines.append(f"| {name} | {b} | {v['size']} |")
    lines += ["", "| candidates | " + " | ".join(f"{k}: recall@50, p50 / p99 ms" for k in kinds) + " |",
              "| --- |" + " --- |" * len(kinds)]
    for shape, per in r["candidates"].items():
        lines.append(f"| {shape} | " + " | ".join(
            f"{per[k]['recall_at_50']:.1%}, {per[k]['p50_ms']} / {per[k]['p99_ms']}" for k in kinds) + " |")
    lines += ["", "| engine (Search over the deletion-neighbourhood index), `soz lookup --batch` | " +
              " | ".join(f"{k}: top-1, among shown, ms/query" for k in kinds) + " |",
              "| --- |" + " --- |" * len(kinds),
              "| PostgreSQL engine | " + " | ".join(
                  f"{r['engine'][k]['top1']:.1%}, {r['engine'][k]['in_candidates']:.1%}, {r['engine'][k]['ms_per_query_batch']}"
                  for k in kinds) + " |"]
    with open(os.path.join(out, "pg-fuzzy-index.md"), "w") as f:
        f.write("\n".join(lines) + "\n")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
