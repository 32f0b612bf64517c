#!/usr/bin/env python3
"""Language server latency (issue #14): how long after a change to a 5 KB
Markdown article `soz lsp` publishes its diagnostics, as an editor sees it.

A client written here (Content-Length framing over the server's standard
input and output, nothing else in the way) opens the article, then sends
incremental `didChange`s — each toggles one name between a wrong and the
right spelling somewhere in the text — and times from writing the change
to reading the `publishDiagnostics` of that version. This includes the
debounce delay (default 25 ms), the lint of the whole document, the
conversion to UTF-16 positions and both pipes. A second series runs with
`--debounce 0` (the lint alone). The article is the English articles of
corpus/ put together and cut to 5 KB at a paragraph; the glossary is the
shipped one, or with `--concepts N` a generated one of N concepts
(soz-gen, imported into the workspace's store).

    python3 Benchmarks/lsp.py [--changes 101] [--concepts 0]

Writes Benchmarks/runs/<date>-<host>/lsp.md and lsp.json. Not a test.
"""
import argparse, datetime, glob, json, os, platform, shutil, statistics, subprocess, sys, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "Benchmarks"))
from machine import machine  # noqa: E402


class Client:
    def __init__(self, cmd, cwd):
        self.p = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, cwd=cwd)
        self.next_id = 1

    def send(self, message):
        body = json.dumps(dict(jsonrpc="2.0", **message)).encode()
        self.p.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.p.stdin.flush()

    def read(self):
        header = b""
        while not header.endswith(b"\r\n\r\n"):
            byte = self.p.stdout.read(1)
            if not byte:
                raise EOFError("the server closed its output")
            header += byte
        length = int(header.split(b"Content-Length:")[1].split(b"\r\n")[0])
        return json.loads(self.p.stdout.read(length))

    def request(self, method, params):
        i = self.next_id
        self.next_id += 1
        self.send(dict(id=i, method=method, params=params))
        while True:
            m = self.read()
            if m.get("id") == i:
                return m

    def diagnostics(self, uri, version):
        while True:
            m = self.read()
            if m.get("method") == "textDocument/publishDiagnostics" and m["params"]["uri"] == uri \
                    and m["params"].get("version") == version:
                return m["params"]["diagnostics"]


def article(limit=5120):
    paragraphs = []
    for path in sorted(glob.glob(os.path.join(ROOT, "corpus/articles/*/en/*.md"))):
        paragraphs += [p for p in open(path, encoding="utf-8").read().split("\n\n") if p.strip()]
    text = ""
    while len(text.encode()) < limit:
        for p in paragraphs:
            if len((text + p + "\n\n").encode()) > limit:
                return text
            text += p + "\n\n"
    return text


def series(soz, workspace, text, changes, debounce):
    cmd = [soz, "lsp"] + (["--debounce", str(debounce)] if debounce is not None else [])
    c = Client(cmd, workspace)
    root = "file://" + workspace
    c.request("initialize", {"processId": os.getpid(), "rootUri": root, "capabilities": {},
                             "initializationOptions": {"language": "en"}})
    c.send(dict(method="initialized", params={}))
    uri = root + "/article.md"
    t = time.perf_counter()
    c.send(dict(method="textDocument/didOpen", params={"textDocument": {
        "uri": uri, "languageId": "markdown", "version": 1, "text": text}}))
    first = c.diagnostics(uri, 1)
    open_ms = 1000 * (time.perf_counter() - t)
    lines = text.split("\n")
    # Lines to edit: those with a space after their 10th character.
    editable = [i for i, l in enumerate(lines) if len(l) > 20 and " " in l[10:]]
    samples, counts = [], []
    for n in range(changes):
        line = editable[(n // 2) % len(editable)]
        col = lines[line].index(" ", 10)
        wrong = n % 2 == 0
        # Insert " Nakhichevan" (wrong) then remove it again (right).
        if wrong:
            change = {"range": {"start": {"line": line, "character": col}, "end": {"line": line, "character": col}},
                      "text": " Nakhichevan"}
        else:
            change = {"range": {"start": {"line": line, "character": col},
                                "end": {"line": line, "character": col + len(" Nakhichevan")}}, "text": ""}
        version = n + 2
        t = time.perf_counter()
        c.send(dict(method="textDocument/didChange", params={
            "textDocument": {"uri": uri, "version": version}, "contentChanges": [change]}))
        diagnostics = c.diagnostics(uri, version)
        samples.append(1000 * (time.perf_counter() - t))
        counts.append(len(diagnostics))
    c.request("shutdown", None)
    c.send(dict(method="exit"))
    status = c.p.wait(10)
    assert counts[0] == len(first) + 1 and counts[1] == len(first), (len(first), counts[:2])
    s = sorted(samples)
    return {"debounce_ms": 25 if debounce is None else debounce, "changes": changes,
            "first_lint_ms": round(open_ms, 1), "median_ms": round(statistics.median(s), 1),
            "p90_ms": round(s[int(0.9 * (len(s) - 1))], 1), "max_ms": round(s[-1], 1),
            "diagnostics": len(first), "exit": status}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--changes", type=int, default=101)
    ap.add_argument("--concepts", type=int, default=0)
    args = ap.parse_args()
    products = ["soz"] + (["soz-gen"] if args.concepts else [])
    for product in products:
        subprocess.run(["swift", "build", "-c", "release", "--product", product], cwd=ROOT, check=True,
                       stdout=sys.stderr)
    soz = os.path.join(ROOT, ".build/release/soz")
    workspace = os.path.join(ROOT, "Benchmarks", "work", f"lsp-{args.concepts}")
    shutil.rmtree(workspace, ignore_errors=True)
    os.makedirs(workspace)
    glossary_note = "the shipped glossary (glossaries/, a copy)"
    if args.concepts:
        gen = os.path.join(ROOT, ".build/release/soz-gen")
        subprocess.run([gen, "glossary", "--concepts", str(args.concepts), "--seed", "42", "--article-mb", "0",
                        "--out", workspace, "--quiet"], check=True)
        open(os.path.join(workspace, ".soz.yaml"), "w").write(
            "glossaries: [glossary.tsv]\nshipped-glossary: false\n")
        glossary_note = f"`soz-gen glossary --concepts {args.concepts} --seed 42` (glossary.tsv in .soz.yaml)"
    else:
        shutil.copytree(os.path.join(ROOT, "glossaries"), os.path.join(workspace, "glossaries"))
    text = article()
    # Opening once compiles the store; the series then measure a warm server.
    series(soz, workspace, text, 2, 0)
    runs = [series(soz, workspace, text, args.changes, None), series(soz, workspace, text, args.changes, 0)]
    r = {
        "date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "command": "python3 Benchmarks/lsp.py " + " ".join(sys.argv[1:]),
        "machine": machine(), "document_bytes": len(text.encode()), "glossary": glossary_note,
        "runs": runs,
    }
    stamp = datetime.date.today().isoformat() + "-" + platform.node()
    out = os.path.join(ROOT, "Benchmarks", "runs", stamp)
    os.makedirs(out, exist_ok=True)
    name = "lsp" + (f"-{args.concepts}" if args.concepts else "")
    json.dump(r, open(os.path.join(out, name + ".json"), "w"), indent=2, ensure_ascii=False)
    rows = "\n".join(
        f"| {x['debounce_ms']} ms | {x['median_ms']} ms | {x['p90_ms']} ms | {x['max_ms']} ms | "
        f"{'yes' if x['p90_ms'] <= 50 else 'no'} |" for x in runs)
    with open(os.path.join(out, name + ".md"), "w") as f:
        f.write(
            f"# Language server latency, {r['date']}\n\n- command: `{r['command']}`\n- machine: {r['machine']}\n"
            f"- document: {r['document_bytes']} bytes of Markdown (corpus/articles/*/en put together), "
            f"{runs[0]['diagnostics']} diagnostics\n- glossary: {glossary_note}\n"
            f"- {args.changes} incremental changes per series, each inserting or removing ' Nakhichevan'; "
            f"time from writing `didChange` to reading that version's `publishDiagnostics`; "
            f"first lint after `didOpen` (store and glossary already compiled): {runs[0]['first_lint_ms']} ms\n\n"
            "| debounce | median | p90 | max | p90 ≤ 50 ms |\n| --- | --- | --- | --- | --- |\n" + rows + "\n")
    print(open(os.path.join(out, name + ".md")).read())


if __name__ == "__main__":
    main()
