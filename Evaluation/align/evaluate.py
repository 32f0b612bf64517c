#!/usr/bin/env python3
"""Precision and recall of `soz align --memory` on real published sentence
pairs (issue 17), per language pair, for Söz's method and the two
baselines (co-occurrence alone, key similarity alone).

    python3 Evaluation/align/evaluate.py [--soz PATH] [--min-count 2] [--split all|dev|held-out]

For each language pair of sentences.tsv the script writes the pair's
sentences as a two-column TSV, imports it into a fresh store (with the
shipped glossary), runs `soz align --memory --from en --to L --format json`
with each --method, and scores the proposed (source, target) pairs
against names.tsv, exactly (a pair counts when both spellings are the
marked ones, the target in its base form). Recall is given over every
marked name and over the names whose source spelling occurs in at least
three of the pair's units (on its own, not only inside a longer marked name;
for a Turkic source, as the start of a word: it is inflected). --split scores
the development or the held-out units alone (column `split`), on the marked
names they mention. Prints a Markdown table; --json writes the numbers too.
"""
import argparse, csv, json, os, re, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))


def rows(path):
    with open(path, encoding="utf-8") as f:
        return list(csv.DictReader((l for l in f if not l.startswith("#")), delimiter="\t"))


def run_pair(soz, pair, sentences, gold, method, min_count, work, split="all"):
    src, lang = pair.split("-")
    tsv = os.path.join(work, f"{pair}-{split}.tsv")
    with open(tsv, "w", encoding="utf-8") as f:
        f.write(f"{src}\t{lang}\n")
        for s in sentences:
            f.write(f"{s['source']}\t{s['target']}\n")
    store = os.path.join(work, f"{pair}-{split}.sqlite")
    if not os.path.exists(store):
        subprocess.run([soz, "tm", "import", tsv, "--store", store, "--glossary", "glossaries"],
                       check=True, cwd=ROOT, capture_output=True)
    p = subprocess.run([soz, "align", "--memory", "--from", src, "--to", lang, "--format", "json",
                        "--min-count", str(min_count), "--method", "soz" if method == "combined" else method, "--store", store,
                        "--glossary", "glossaries"], cwd=ROOT, capture_output=True, text=True)
    if p.returncode not in (0, 1):
        raise SystemExit(p.stderr)
    proposed = {(x["source"], x["target"]) for x in json.loads(p.stdout)["pairs"]}
    def mentions(name):
        # Units mentioning `name` on its own, not only inside a longer
        # marked name (`Aliyev` in `Ilham Aliyev` is a mention of the latter).
        longer = [g["source"] for g in gold if name in g["source"] and g["source"] != name]
        # An English source writes the name as a word; a Turkic source
        # inflects it (`Yaponiyaya`, `Tomun`): there the word starts with it.
        end = r"(?!\w)" if src == "en" else ""
        pattern = re.compile(r"(?<!\w)" + re.escape(name) + end)
        n = 0
        for s in sentences:
            text = s["source"]
            for l in longer:
                text = text.replace(l, "")
            n += bool(pattern.search(text))
        return n
    # The marking is per language pair; a split is scored on the names its units mention.
    marked = {(g["source"], g["target"]) for g in gold if mentions(g["source"]) >= 1}
    seen = {(g["source"], g["target"]) for g in gold if mentions(g["source"]) >= 3}
    # A proposal is wrong unless marked anywhere in the pair (a name of another split is still right).
    anywhere = {(g["source"], g["target"]) for g in gold}
    correct = proposed & anywhere
    return {
        "units": len(sentences), "names": len(marked), "names_seen_3": len(seen), "proposed": len(proposed),
        "correct": len(correct),
        "precision": round(len(correct) / len(proposed), 3) if proposed else None,
        "recall": round(len(proposed & marked) / len(marked), 3) if marked else None,
        "recall_seen_3": round(len(proposed & seen) / len(seen), 3) if seen else None,
        "wrong": sorted(proposed - anywhere), "missed_seen_3": sorted(seen - proposed),
    }


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--soz", default=os.path.join(ROOT, ".build/release/soz"))
    ap.add_argument("--min-count", type=int, default=2)
    ap.add_argument("--json")
    ap.add_argument("--split", choices=["all", "dev", "held-out"], default="all",
                    help="the units scored: all, the development part or the held-out part")
    args = ap.parse_args()
    if not os.path.exists(args.soz):
        args.soz = os.path.join(ROOT, ".build/debug/soz")
    sentences = rows(os.path.join(HERE, "sentences.tsv"))
    names = rows(os.path.join(HERE, "names.tsv"))
    results = {}
    with tempfile.TemporaryDirectory() as work:
        for pair in sorted({s["pair"] for s in sentences}):
            ss = [s for s in sentences if s["pair"] == pair
                  and args.split in ("all", s.get("split") or "dev")]
            gold = [n for n in names if n["pair"] == pair]
            for method in ("combined", "cooccurrence", "similarity"):
                results[(pair, method)] = run_pair(args.soz, pair, ss, gold, method, args.min_count, work, args.split)
    def f(x):
        return "–" if x is None else f"{x:.3f}"
    print(f"min-count {args.min_count}, split {args.split}\n")
    print("| pair | method | units | marked names (seen ≥ 3) | proposed | correct | precision | recall | recall, seen ≥ 3 |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    for (pair, method), r in results.items():
        name = "Söz" if method == "combined" else f"{method} alone"
        print(f"| {pair} | {name} | {r['units']} | {r['names']} ({r['names_seen_3']}) | {r['proposed']} | "
              f"{r['correct']} | {f(r['precision'])} | {f(r['recall'])} | {f(r['recall_seen_3'])} |")
    print()
    for (pair, method), r in results.items():
        if method == "combined":
            print(f"- {pair}: wrong {r['wrong']}; missed (seen ≥ 3) {r['missed_seen_3']}")
    if args.json:
        with open(args.json, "w") as out:
            json.dump({f"{p}/{m}": r for (p, m), r in results.items()}, out, indent=2, ensure_ascii=False)


if __name__ == "__main__":
    main()
