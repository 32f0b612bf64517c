#!/usr/bin/env python3
"""Lint evaluation on real published articles (issue #11, item 3).

Lints every cached article of articles.tsv with the repository's shipped
glossary, one `soz lint` run per article (so `inconsistent` weighs one
article, as an editor would), matches each finding against the recorded
judgements (judgements.tsv: by article, rule, matched text, suggestion and
occurrence),
and writes REPORT.md: precision per rule, per language and per rule and
language, true / (true + false), debatable findings counted apart; the
false and debatable findings; the findings nobody has judged yet; and the
judged findings the run no longer reports (with the judgements' `baseline`
column, the precision before the fixes).

    python3 Evaluation/articles/run.py [--soz PATH] [--glossary DIR]
                                       [--new FILE] [--report FILE]

Without --soz it builds `swift build --product soz` and uses
.build/debug/soz. The store is a fresh one in a temporary directory, so
nothing outside it is read or written (no .soz.yaml, no $SOZ_STORE, no
~/.cache). --new writes the unjudged findings as judgement rows with an
empty `judgement` column, to be judged and appended to judgements.tsv.

Exit status: 0 when every finding is judged, 1 when some are not, 2 on a
failure (a lint run exiting other than 0 or 1).
"""
import argparse, collections, datetime, json, os, subprocess, sys, tempfile, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(ROOT, "Benchmarks"))
from machine import machine  # noqa: E402

ARTICLES = os.path.join(HERE, "articles.tsv")
JUDGEMENTS = os.path.join(HERE, "judgements.tsv")
CACHE = os.path.join(HERE, "cache")
COLUMNS = ["id", "rule", "match", "n", "severity", "at", "suggestion", "judgement", "baseline",
           "quote", "reason"]
LANGS = ["en", "az", "tr", "kk", "kk-Latn"]


def read_tsv(path):
    """Rows of a TSV file with a header line; lines starting with # are comments."""
    rows, header = [], None
    for line in open(path, encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        cells = line.rstrip("\n").split("\t")
        if header is None:
            header = cells
            continue
        rows.append(dict(zip(header, cells)))
    return rows


def soz_binary(args):
    if args.soz:
        return os.path.abspath(args.soz)
    subprocess.run(["swift", "build", "--product", "soz"], cwd=ROOT, check=True,
                   stdout=sys.stderr)
    return os.path.join(ROOT, ".build", "debug", "soz")


def lint(soz, article, path, glossary, work):
    """The findings of one article, in text order."""
    env = {k: v for k, v in os.environ.items() if k not in ("SOZ_STORE", "SOZ_GLOSSARY")}
    env["XDG_CACHE_HOME"] = work
    cmd = [soz, "lint", path, "--lang", article["lang"], "--format", "json", "--fail-level",
           "info", "--store", os.path.join(work, "store.sqlite"), "--glossary", glossary]
    run = subprocess.run(cmd, cwd=work, env=env, capture_output=True, text=True)
    if run.returncode not in (0, 1):
        sys.exit(f"soz lint failed on {article['id']} ({run.returncode}): {run.stderr.strip()}")
    return json.loads(run.stdout)["findings"]


def offset(line, column):
    """The code-point index of a 1-based column counted in Characters
    (soz counts grapheme clusters: a letter and its combining marks are one)."""
    count, i = 1, 0
    while i < len(line) and count < column:
        i += 1
        while i < len(line) and unicodedata.category(line[i]) in ("Mn", "Me"):
            i += 1
        count += 1
    return i


def quote(lines, f, width=8):
    """At most `width` words either side of the finding, on its line."""
    line = lines[f["line"] - 1]
    start = offset(line, f["column"])
    end = offset(line, f["endColumn"]) if f["endLine"] == f["line"] else len(line)
    before = line[:start].split()[-width:]
    after = line[end:].split()[:width]
    return " ".join(before + ["[" + line[start:end] + "]"] + after).replace("\t", " ")


def keyed(article, findings, text):
    """Finding rows keyed by (id, rule, match, suggestion, n): n counts the
    same rule and text within the article, so a re-run matches whatever the
    offsets; a changed suggestion is a new finding to judge."""
    lines = text.split("\n")
    seen = collections.Counter()
    rows = []
    for f in sorted(findings, key=lambda f: (f["line"], f["column"], f["rule"])):
        seen[(f["rule"], f["match"])] += 1
        rows.append({
            "id": article["id"], "lang": article["lang"], "rule": f["rule"], "match": f["match"],
            "n": str(seen[(f["rule"], f["match"])]), "severity": f["severity"],
            "at": f"{f['line']}:{f['column']}", "suggestion": (f.get("suggestions") or [""])[0],
            "quote": quote(lines, f), "message": f["message"]})
    return rows


def key(row):
    return (row["id"], row["rule"], row["match"], row["suggestion"], row["n"])


def precision(rows):
    c = collections.Counter(r["judgement"] for r in rows)
    t, f, d = c["true"], c["false"], c["debatable"]
    p = f"{t / (t + f):.2f}" if t + f else "–"
    return p, t, f, d


def table(title, groups):
    out = [f"### {title}", "", "| | findings | true | false | debatable | precision |",
           "| --- | ---: | ---: | ---: | ---: | ---: |"]
    for name, rows in groups:
        p, t, f, d = precision(rows)
        out.append(f"| {name} | {len(rows)} | {t} | {f} | {d} | {p} |")
    return out + [""]


def grouped(rows, by, order=None):
    groups = collections.defaultdict(list)
    for r in rows:
        groups[by(r)].append(r)
    names = order or sorted(groups)
    return [(n, groups[n]) for n in names if n in groups] + [("all", rows)]


def tables(rows, lang_of):
    warn = [r for r in rows if r["severity"] in ("warning", "error")]
    out = table("Per rule, every severity", grouped(rows, lambda r: r["rule"]))
    out += table("Per rule, warnings and errors", grouped(warn, lambda r: r["rule"]))
    out += table("Per language, every severity", grouped(rows, lang_of, LANGS))
    out += table("Per language, warnings and errors", grouped(warn, lang_of, LANGS))
    out += table("Per rule and language, every severity",
                 grouped(rows, lambda r: f"{r['rule']} / {lang_of(r)}"))
    return out


def listing(title, rows):
    if not rows:
        return [f"### {title}", "", "None.", ""]
    out = [f"### {title}", "", "| article | rule | severity | at | quote | suggestion | reason |",
           "| --- | --- | --- | --- | --- | --- | --- |"]
    for r in rows:
        cells = [r["id"], r["rule"], r["severity"], r["at"], r["quote"], r["suggestion"],
                 r.get("reason", r.get("message", ""))]
        out.append("| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |")
    return out + [""]


def report(args, soz, articles, current, judged, missing, unjudged):
    lang = {a["id"]: a["lang"] for a in articles}
    lang_of = lambda r: lang.get(r["id"], "?")  # noqa: E731
    rows = [dict(r, judgement=judged[key(r)]["judgement"], reason=judged[key(r)]["reason"])
            for r in current if key(r) in judged]
    now = {key(r) for r in current}
    gone = [j for k, j in judged.items() if k not in now]
    baseline = [j for j in judged.values() if j["baseline"] == "yes"]
    version = subprocess.run([soz, "--version"], capture_output=True, text=True).stdout.strip()
    # The last commit that changed what the lint does (code or glossary):
    # stable when only the evaluation's own files change.
    commit = subprocess.run(["git", "log", "-1", "--format=%h", "--", "Sources", "glossaries"],
                            cwd=ROOT, capture_output=True, text=True).stdout.strip()
    dirty = subprocess.run(["git", "status", "--porcelain", "--", "Sources", "glossaries"], cwd=ROOT,
                           capture_output=True, text=True).stdout.strip()
    commit += " with uncommitted changes" if dirty else ""
    count = collections.Counter(a["lang"] for a in articles if a["id"] not in missing)
    outlets = {a["outlet"] for a in articles if a["id"] not in missing}
    out = ["# Lint on real published articles: the evaluation run", "",
           "<!-- Written by Evaluation/articles/run.py; do not edit. -->", "",
           f"- date: {datetime.datetime.now().astimezone().isoformat(timespec='seconds')}",
           f"- machine: {machine()}",
           f"- soz: {version}; Sources and glossaries at {commit}",
           f"- command: `python3 Evaluation/articles/run.py{' --soz ' + args.soz if args.soz else ''}`"
           f"; per article `soz lint FILE --lang LANG --format json --fail-level info "
           f"--store TMP/store.sqlite --glossary {os.path.relpath(args.glossary, ROOT)}`",
           f"- articles linted: {sum(count.values())} ("
           + ", ".join(f"{l} {count[l]}" for l in LANGS) + f") from {len(outlets)} outlets"
           + (f"; not in the cache: {', '.join(sorted(missing))}" if missing else ""),
           f"- findings: {len(current)}, judged {len(rows)}, unjudged {len(unjudged)}", "",
           "Precision is true / (true + false); debatable findings are counted apart. "
           "Judgements and their reasons: judgements.tsv.", "",
           "## This run", ""]
    out += tables(rows, lang_of)
    out += listing("False findings", [r for r in rows if r["judgement"] == "false"])
    out += listing("Debatable findings", [r for r in rows if r["judgement"] == "debatable"])
    out += listing("Unjudged findings (judge them: run.py --new FILE)", unjudged)
    out += ["## Before the fixes (the judgements' baseline run)", ""]
    out += tables(baseline, lang_of)
    c = collections.Counter(j["judgement"] for j in gone)
    out += ["## Judged findings this run no longer reports", "",
            f"{len(gone)}: " + ", ".join(f"{c[k]} {k}" for k in ("true", "false", "debatable")), ""]
    # A true finding gone may still be reported, under another rule,
    # severity or suggestion: say how.
    same = {(r["id"], r["match"]): r for r in current}
    lost = []
    for j in gone:
        if j["judgement"] != "true":
            continue
        now = same.get((j["id"], j["match"]))
        lost.append(dict(j, reason=(f"now {now['rule']} {now['severity']} → {now['suggestion']}" if now
                                    else "no longer reported") + "; " + j["reason"]))
    out += listing("Of them true (real variants no longer reported as judged)", lost)
    with open(args.report, "w", encoding="utf-8") as fh:
        fh.write("\n".join(out).rstrip("\n") + "\n")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--soz", help="the soz binary (default: build .build/debug/soz)")
    ap.add_argument("--glossary", default=os.path.join(ROOT, "glossaries"))
    ap.add_argument("--new", help="write the unjudged findings to this TSV file")
    ap.add_argument("--report", default=os.path.join(HERE, "REPORT.md"))
    args = ap.parse_args()
    args.glossary = os.path.abspath(args.glossary)
    soz = soz_binary(args)
    articles = read_tsv(ARTICLES)
    judged = {key(j): j for j in read_tsv(JUDGEMENTS)} if os.path.exists(JUDGEMENTS) else {}
    current, missing = [], set()
    with tempfile.TemporaryDirectory(prefix="soz-eval-") as work:
        for a in articles:
            path = os.path.join(CACHE, a["id"] + ".txt")
            if not os.path.exists(path):
                missing.add(a["id"])
                continue
            text = open(path, encoding="utf-8").read()
            current += keyed(a, lint(soz, a, path, args.glossary, work), text)
    unjudged = [r for r in current if key(r) not in judged]
    if args.new:
        with open(args.new, "w", encoding="utf-8") as fh:
            fh.write("\t".join(COLUMNS) + "\n")
            for r in unjudged:
                fh.write("\t".join(r.get(c, "") for c in COLUMNS) + "\n")
    report(args, soz, articles, current, judged, missing, unjudged)
    print(f"{len(current)} findings, {len(current) - len(unjudged)} judged, {len(unjudged)} "
          f"unjudged; {len(missing)} articles not cached; report: {os.path.relpath(args.report)}")
    return 1 if unjudged else 0


if __name__ == "__main__":
    sys.exit(main())
