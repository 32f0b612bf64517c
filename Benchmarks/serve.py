#!/usr/bin/env python3
"""Server benchmark (issue 13): `soz serve` under load from wrk, on SQLite and
on PostgreSQL side by side.

    python3 Benchmarks/serve.py [--concepts 100000] [--seed 42] [--duration 15]
        [--connections 16] [--threads 16] [--skip-build]

For each engine (SQLite file; PostgreSQL 15 in a throwaway cluster started
with Scripts/postgres-cluster on loopback) and each glossary (the shipped one;
a seeded soz-gen glossary of --concepts concepts) it starts a release
`soz serve`, then runs wrk (one thread, --connections connections, from a
second process on the same machine) against:

- GET /v1/lookup with queries taken in turn from a list: for the shipped
  glossary every form as written, lower-cased and without diacritics; for the
  generated one soz-gen's typo, variant and word-boundary queries (the hard
  mix: most go through the typo search);
- POST /v1/lint with a 5 KB English news article (the shipped glossary);
- GET /v1/tm/search (en→az) with soz-gen memory's queries, after importing
  --memory generated segment pairs with `soz tm import` into the generated
  glossary's store (0 skips it).

Writes Benchmarks/runs/<date>-<host>/serve.md and serve.json. Not a test:
nothing here asserts; it measures and records.
"""
import argparse, datetime, json, os, platform, re, shutil, subprocess, sys, tempfile, time
import unicodedata, urllib.parse, urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "Benchmarks"))
from machine import machine  # noqa: E402
WORK = os.path.join(ROOT, "Benchmarks", "work")
SOZ = os.path.join(ROOT, ".build/release/soz")
GEN = os.path.join(ROOT, ".build/release/soz-gen")

LUA = """
local paths = {}
for line in io.lines(os.getenv("SOZ_PATHS")) do paths[#paths + 1] = line end
local body = nil
local f = os.getenv("SOZ_BODY")
if f and f ~= "" then local h = io.open(f, "rb"); body = h:read("*a"); h:close() end
local i = 0
request = function()
  i = i % #paths + 1
  if body then
    return wrk.format("POST", paths[i], {["Content-Type"] = "text/plain"}, body)
  end
  return wrk.format("GET", paths[i])
end
done = function(summary, latency, requests)
  io.write(string.format("SOZ %d %d %d %d %d %.3f %.3f %.3f %.3f\\n", summary.requests,
    summary.errors.status, summary.errors.connect + summary.errors.read + summary.errors.write,
    summary.errors.timeout, summary.duration, latency:percentile(50) / 1000,
    latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
"""

ARTICLE = """Officials from Azerbaijan and Kazakhstan met in Baku on Monday to discuss the
Middle Corridor, the trade route that links Central Asia to Europe across the Caspian Sea.
President Ilham Aliyev received Kassym-Jomart Tokayev at the presidential palace, where the
two leaders signed agreements on transport, energy and digital connectivity. The delegation
later travelled to Nakhichevan and to the Karabakh region, where reconstruction continues in
Shusha, Aghdam and Fuzuli. Turkish officials from Ankara joined the talks on the second day.

The Organization of Turkic States, which groups Azerbaijan, Kazakhstan, Kyrgyzstan, Turkiye and
Uzbekistan, has made the corridor a priority. Ministers said freight volumes through the port of
Alat grew by a third last year, and that new ferries would sail between Baku and Aktau. The
Trans-Caspian route avoids Russia, which many shippers now prefer. Analysts in Almaty and
Astana noted that the line through Georgia still needs investment, and that the railway from
Kars to Tbilisi runs below capacity.

In Ganja, the second city of Azerbaijan, local officials presented plans for a logistics hub.
Residents of Khankendi, which the separatists called Stepanakert, returned to rebuilt homes this
spring. The mayor of Nakhchivan said the exclave would be linked to the rest of the country by
the Zangezur corridor. Officials in Yerevan have not commented. Observers from the European
Union visited Lachin and Kalbajar, and the United Nations said it would support mine clearance
in the Karabakh economic region, where thousands of mines remain.

Kazakh officials also discussed the Qarabag project with their Turkish counterparts, and a
delegation from Shymkent and Turkistan toured the new airport in Fuzuli. Tokayev said the
partnership between Astana and Baku rests on shared history and a common Turkic heritage.
Aliyev thanked Turkiye for its support and invited the leaders of the Organization of Turkic
States to a summit in Shusha next year. The talks ended with a joint statement on energy,
including a cable under the Caspian Sea to carry green electricity from Kazakhstan and
Azerbaijan to Europe through Georgia and the Black Sea.
"""

# At least 5 KB (the article size): the text, then its paragraphs
# again until the size is reached.
_paragraphs = ARTICLE.strip().split("\n\n")
_parts = list(_paragraphs)
while len("\n\n".join(_parts).encode()) < 5120:
    _parts.append(_paragraphs[len(_parts) % len(_paragraphs)])
ARTICLE = "\n\n".join(_parts) + "\n"


def run(cmd, **kw):
    return subprocess.run(cmd, check=True, **kw)


def fold(s):
    s = s.replace("ə", "e").replace("Ə", "E").replace("ı", "i").replace("İ", "I")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def shipped_queries(tsv_text):
    rows = tsv_text.splitlines()
    header = rows[0].split("\t")
    fi = header.index("form")
    out = []
    for line in rows[1:]:
        form = line.split("\t")[fi]
        out += [form, form.lower(), fold(form)]
    return out


def generated_queries(path):
    with open(path, encoding="utf-8") as f:
        f.readline()
        return [line.split("\t")[0] for line in f if line.strip()]


def paths_file(queries, name):
    path = os.path.join(WORK, name)
    with open(path, "w", encoding="utf-8") as f:
        for q in queries:
            f.write("/v1/lookup?q=" + urllib.parse.quote(q, safe="") + "\n")
    return path


class Server:
    def __init__(self, store, glossary=None, threads=16, index="memory"):
        self.log = open(os.path.join(WORK, "serve.log"), "a")
        cmd = [SOZ, "serve", "--port", "0", "--store", store, "--threads", str(threads),
               "--log-level", "warning", "--index", index]
        if glossary:
            cmd += ["--glossary", glossary]
        self.proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=self.log, text=True,
                                     cwd=WORK)
        line = self.proc.stdout.readline()
        m = re.search(r"serving on (\S+)", line)
        if not m:
            raise SystemExit(f"soz serve did not start: {line}")
        self.url = m.group(1)
        # The lookup index is built in the background after start; until it
        # is ready the engine answers. Wait for it (the steady state is what
        # is measured) and record how long it took and what it holds.
        start = time.perf_counter()
        self.index_seconds = None
        while time.perf_counter() - start < 900:
            with urllib.request.urlopen(self.url + "/healthz") as r:
                if json.load(r).get("index") in ("ready", "store"):
                    self.index_seconds = round(time.perf_counter() - start, 1)
                    break
            time.sleep(0.2)

    def rss_mb(self):
        with open(f"/proc/{self.proc.pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return round(int(line.split()[1]) / 1024)
        return None

    def stop(self):
        self.proc.terminate()
        self.proc.wait(timeout=60)


def wrk(url, paths, duration, connections, body=None):
    lua = os.path.join(WORK, "soz.lua")
    with open(lua, "w") as f:
        f.write(LUA)
    env = dict(os.environ, SOZ_PATHS=paths, SOZ_BODY=body or "")
    # A warm-up pass, then the measured one.
    subprocess.run(["wrk", "-t1", f"-c{connections}", "-d3s", "-s", lua, url], env=env,
                   capture_output=True, check=True)
    out = subprocess.run(["wrk", "-t1", f"-c{connections}", f"-d{duration}s", "--latency",
                          "-s", lua, url], env=env, capture_output=True, text=True, check=True).stdout
    fields = next(l for l in out.splitlines() if l.startswith("SOZ ")).split()[1:]
    requests, status_errors, socket_errors, timeouts, micros = map(int, fields[:5])
    p50, p90, p99, worst = map(float, fields[5:])
    return {"requests": requests, "seconds": round(micros / 1e6, 2),
            "rps": round(requests / (micros / 1e6), 1), "non_2xx": status_errors,
            "socket_errors": socket_errors, "timeouts": timeouts,
            "p50_ms": p50, "p90_ms": p90, "p99_ms": p99, "max_ms": worst}


def timed(cmd):
    start = time.perf_counter()
    run(cmd, stdout=subprocess.DEVNULL, cwd=WORK)
    return round(time.perf_counter() - start, 2)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--concepts", type=int, default=100000)
    ap.add_argument("--seed", type=int, default=42)
    ap.add_argument("--duration", type=int, default=15)
    ap.add_argument("--connections", type=int, default=16)
    ap.add_argument("--threads", type=int, default=16)
    ap.add_argument("--skip-build", action="store_true")
    ap.add_argument("--port", type=int, default=54335)
    ap.add_argument("--memory", type=int, default=100000,
                    help="segment pairs for the tm search runs (0: none)")
    ap.add_argument("--lint-only", action="store_true",
                    help="measure lint again on both engines and replace those rows of the day's serve.json")
    args = ap.parse_args()
    if args.lint_only:
        return lint_only(args)
    os.makedirs(WORK, exist_ok=True)
    if not args.skip_build:
        run(["swift", "build", "-c", "release", "--product", "soz"], cwd=ROOT, stdout=sys.stderr)
        run(["swift", "build", "-c", "release", "--product", "soz-gen"], cwd=ROOT, stdout=sys.stderr)
    gen_dir = os.path.join(WORK, f"serve-gen-{args.concepts}-{args.seed}")
    if not os.path.exists(os.path.join(gen_dir, "glossary.tsv")):
        run([GEN, "glossary", "--concepts", str(args.concepts), "--seed", str(args.seed),
             "--queries", "2000", "--boundary-queries", "1000", "--out", gen_dir, "--quiet"])
    glossaries = os.path.join(ROOT, "glossaries")
    article = os.path.join(WORK, "article-5k.txt")
    with open(article, "w", encoding="utf-8") as f:
        f.write(ARTICLE)
    shipped_tsv = subprocess.run([SOZ, "export", "glossary", "--format", "tsv", "--store",
                                  os.path.join(WORK, "serve-tsv.sqlite"), "--glossary", glossaries],
                                 capture_output=True, text=True, check=True, cwd=WORK).stdout
    shipped_paths = paths_file(shipped_queries(shipped_tsv), "serve-shipped-paths.txt")
    generated_paths = paths_file(generated_queries(os.path.join(gen_dir, "queries.tsv")),
                                 "serve-generated-paths.txt")
    tm_paths = None
    if args.memory:
        tm_dir = os.path.join(WORK, f"serve-memory-{args.memory}-{args.seed}")
        if not os.path.exists(os.path.join(tm_dir, "queries.tsv")):
            run([GEN, "memory", "--count", str(args.memory), "--seed", str(args.seed),
                 "--queries", "500", "--out", tm_dir, "--no-tmx"])
        with open(os.path.join(tm_dir, "queries.tsv"), encoding="utf-8") as f:
            f.readline()
            tm_queries = [line.split("\t", 1)[0] for line in f]
        tm_paths = os.path.join(WORK, "serve-tm-paths.txt")
        with open(tm_paths, "w", encoding="utf-8") as f:
            for q in tm_queries:
                f.write("/v1/tm/search?from=en&to=az&q=" + urllib.parse.quote(q, safe="") + "\n")
    lint_paths = os.path.join(WORK, "serve-lint-paths.txt")
    with open(lint_paths, "w") as f:
        f.write("/v1/lint?lang=en\n")

    pg_dir = tempfile.mkdtemp(prefix="soz-bench-pg.")
    results = {"date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
               "command": "python3 Benchmarks/serve.py " + " ".join(sys.argv[1:]),
               "machine": machine(), "article_bytes": len(ARTICLE.encode()),
               "wrk": f"wrk -t1 -c{args.connections} -d{args.duration}s --latency (after a 3 s warm-up)",
               "server_threads": args.threads, "runs": []}
    try:
        pg = subprocess.run([os.path.join(ROOT, "Scripts/postgres-cluster"), "start", pg_dir,
                             str(args.port)], capture_output=True, text=True, check=True).stdout.strip()
        base = pg.rsplit("/", 1)[0]
        for db in ("bench_shipped", "bench_generated"):
            run(["psql", pg, "-qc", f"DROP DATABASE IF EXISTS {db}"])
            run(["psql", pg, "-qc", f"CREATE DATABASE {db} TEMPLATE template0 ENCODING 'UTF8' "
                 "LC_CTYPE 'C.UTF-8' LC_COLLATE 'C.UTF-8'"])
        stores = {
            ("sqlite", "shipped"): os.path.join(WORK, "serve-shipped.sqlite"),
            ("sqlite", "generated"): os.path.join(WORK, "serve-generated.sqlite"),
            ("postgresql", "shipped"): base + "/bench_shipped",
            ("postgresql", "generated"): base + "/bench_generated",
        }
        for (engine, data), store in stores.items():
            if engine == "sqlite":
                for suffix in ("", "-wal", "-shm", ".glossary"):
                    if os.path.exists(store + suffix):
                        os.remove(store + suffix)
            source = glossaries if data == "shipped" else os.path.join(gen_dir, "glossary.tsv")
            seconds = timed([SOZ, "glossary", "import", source, "--store", store])
            results["runs"].append({"engine": engine, "glossary": data, "measure": "import",
                                    "seconds": seconds})
            print(f"{engine} {data}: import {seconds} s", file=sys.stderr)
            if tm_paths and data == "generated":
                seconds = timed([SOZ, "tm", "import", os.path.join(tm_dir, "segments.tsv"),
                                 "--store", store])
                results["runs"].append({"engine": engine, "glossary": data,
                                        "measure": f"tm import ({args.memory} pairs)",
                                        "seconds": seconds})
                print(f"{engine}: tm import {seconds} s", file=sys.stderr)
        for (engine, data), store in stores.items():
            # The anchor side by side: the same server answering every
            # lookup from the store (`--index store`), as before the index.
            paths = shipped_paths if data == "shipped" else generated_paths
            anchor = Server(store, threads=args.threads, index="store")
            try:
                rss = anchor.rss_mb()
                r = wrk(anchor.url, paths, args.duration, args.connections)
                r.update(engine=engine, glossary=data, measure="GET /v1/lookup (--index store)",
                         rss_mb=rss)
                results["runs"].append(r)
                print(f"{engine} {data} lookup from the store: {r}", file=sys.stderr)
            finally:
                anchor.stop()
            server = Server(store, threads=args.threads)
            try:
                ready, rss = server.index_seconds, server.rss_mb()
                r = wrk(server.url, paths, args.duration, args.connections)
                r.update(engine=engine, glossary=data, measure="GET /v1/lookup",
                         index_seconds=ready, rss_mb=rss)
                results["runs"].append(r)
                print(f"{engine} {data} lookup: {r}", file=sys.stderr)
                if data == "shipped":
                    r = wrk(server.url, lint_paths, args.duration, args.connections, body=article)
                    r.update(engine=engine, glossary=data, measure="POST /v1/lint (5 KB)")
                    results["runs"].append(r)
                    print(f"{engine} {data} lint: {r}", file=sys.stderr)
                if tm_paths and data == "generated":
                    r = wrk(server.url, tm_paths, args.duration, args.connections)
                    r.update(engine=engine, glossary=data,
                             measure=f"GET /v1/tm/search ({args.memory} pairs)")
                    results["runs"].append(r)
                    print(f"{engine} tm search: {r}", file=sys.stderr)
            finally:
                server.stop()
    finally:
        subprocess.run([os.path.join(ROOT, "Scripts/postgres-cluster"), "stop", pg_dir])
    write(results, args)


def lint_only(args):
    """Lint again (shipped glossary, both engines) into the day's serve.json."""
    day = datetime.date.today().isoformat()
    path = os.path.join(ROOT, "Benchmarks", "runs", f"{day}-{platform.node()}", "serve.json")
    with open(path) as f:
        results = json.load(f)
    article = os.path.join(WORK, "article-5k.txt")
    with open(article, "w", encoding="utf-8") as f:
        f.write(ARTICLE)
    tm_paths = None
    if args.memory:
        tm_dir = os.path.join(WORK, f"serve-memory-{args.memory}-{args.seed}")
        if not os.path.exists(os.path.join(tm_dir, "queries.tsv")):
            run([GEN, "memory", "--count", str(args.memory), "--seed", str(args.seed),
                 "--queries", "500", "--out", tm_dir, "--no-tmx"])
        with open(os.path.join(tm_dir, "queries.tsv"), encoding="utf-8") as f:
            f.readline()
            tm_queries = [line.split("\t", 1)[0] for line in f]
        tm_paths = os.path.join(WORK, "serve-tm-paths.txt")
        with open(tm_paths, "w", encoding="utf-8") as f:
            for q in tm_queries:
                f.write("/v1/tm/search?from=en&to=az&q=" + urllib.parse.quote(q, safe="") + "\n")
    lint_paths = os.path.join(WORK, "serve-lint-paths.txt")
    with open(lint_paths, "w") as f:
        f.write("/v1/lint?lang=en\n")
    pg_dir = tempfile.mkdtemp(prefix="soz-bench-pg.")
    runs = [r for r in results["runs"] if not r["measure"].startswith("POST /v1/lint")]
    try:
        pg = subprocess.run([os.path.join(ROOT, "Scripts/postgres-cluster"), "start", pg_dir,
                             str(args.port)], capture_output=True, text=True, check=True).stdout.strip()
        sqlite = os.path.join(WORK, "serve-lint.sqlite")
        for suffix in ("", "-wal", "-shm", ".glossary"):
            if os.path.exists(sqlite + suffix):
                os.remove(sqlite + suffix)
        for engine, store in (("sqlite", sqlite), ("postgresql", pg)):
            run([SOZ, "glossary", "import", os.path.join(ROOT, "glossaries"), "--store", store],
                stdout=subprocess.DEVNULL, cwd=WORK)
            server = Server(store, threads=args.threads)
            try:
                r = wrk(server.url, lint_paths, args.duration, args.connections, body=article)
                r.update(engine=engine, glossary="shipped", measure="POST /v1/lint (5 KB)")
                runs.append(r)
                print(f"{engine} lint: {r}", file=sys.stderr)
            finally:
                server.stop()
    finally:
        subprocess.run([os.path.join(ROOT, "Scripts/postgres-cluster"), "stop", pg_dir])
    results["runs"] = runs
    results["article_bytes"] = len(ARTICLE.encode())
    results["lint_command"] = "python3 Benchmarks/serve.py " + " ".join(sys.argv[1:])
    write(results, args)


def write(results, args):
    day = datetime.date.today().isoformat()
    out = os.path.join(ROOT, "Benchmarks", "runs", f"{day}-{platform.node()}")
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(out, "serve.json"), "w") as f:
        json.dump(results, f, indent=2, ensure_ascii=False)
    lines = [f"# Server benchmark, {results['date']}", "",
             f"- command: `{results['command']}`",
             f"- machine: {results['machine']}",
             f"- load: {results['wrk']}, from a second process on the same machine; "
             f"`soz serve --threads {results['server_threads']}` (release build)",
             f"- data: the shipped glossary (`glossaries/`); `soz-gen glossary --concepts "
             f"{args.concepts} --seed {args.seed}`; lookup queries taken in turn (shipped: every "
             "form as written, lower-cased, without diacritics; generated: soz-gen's 2 000 typo "
             "and variant and 1 000 word-boundary queries); lint: a "
             f"{results['article_bytes']}-byte English article, `?lang=en`"
             + (f" (lint measured again by `{results['lint_command']}`)" if "lint_command" in results else ""),
             "- PostgreSQL 15 in a throwaway cluster on loopback (Scripts/postgres-cluster: "
             "UTF8, C.UTF-8, shared_buffers 256 MB, fsync off — reads only are timed)", "",
             "| measure | glossary | engine | requests/s | p50 ms | p99 ms | max ms | non-2xx | target |",
             "| --- | --- | --- | --- | --- | --- | --- | --- | --- |"]
    targets = {("GET /v1/lookup", "shipped"): "≥ 2 000/s, p99 ≤ 20 ms",
               ("GET /v1/lookup", "generated"): "≥ 1 000/s",
               ("POST /v1/lint (5 KB)", "shipped"): "≥ 200/s"}
    for r in results["runs"]:
        if "rps" not in r:
            continue
        lines.append(f"| {r['measure']} | {r['glossary']} | {r['engine']} | {r['rps']:.0f} | "
                     f"{r['p50_ms']:.2f} | {r['p99_ms']:.2f} | {r['max_ms']:.1f} | "
                     f"{r['non_2xx'] + r['socket_errors']} | "
                     f"{targets.get((r['measure'], r['glossary']), '')} |")
    lines += ["", "| import (`soz glossary import`) | glossary | engine | seconds |", "| --- | --- | --- | --- |"]
    for r in results["runs"]:
        if "rps" not in r:
            lines.append(f"| {r['measure'] if r['measure'] != 'import' else ''} | {r['glossary']} | {r['engine']} | {r['seconds']} |")
    index_rows = [r for r in results["runs"] if r.get("index_seconds") is not None]
    if index_rows:
        lines += ["", "| the server's in-memory lookup index | glossary | engine | ready after start | server RSS | RSS with `--index store` |",
                  "| --- | --- | --- | --- | --- | --- |"]
        for r in index_rows:
            anchor = next((a for a in results["runs"] if a["measure"] == "GET /v1/lookup (--index store)"
                           and a["engine"] == r["engine"] and a["glossary"] == r["glossary"]), {})
            lines.append(f"| | {r['glossary']} | {r['engine']} | {r['index_seconds']} s | {r['rss_mb']} MB | "
                         f"{anchor.get('rss_mb', '?')} MB |")
    with open(os.path.join(out, "serve.md"), "w") as f:
        f.write("\n".join(lines) + "\n")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
