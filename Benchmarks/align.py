#!/usr/bin/env python3
"""Alignment benchmark (issue #6): pairwise precision, recall and F1 of
`soz align --forms` (Söz's method, --no-glossary mode) and of two baselines
on the hand-made names set (Evaluation/names: thresholds of the baselines
chosen on the dev split, reported on test) and on country names from
Debian's iso-codes (en/az/tr/kk/ru, built here at run time); then the scale
run: 500 000 soz-gen forms clustered, wall time and peak memory.

    python3 Benchmarks/align.py [--binary PATH] [--no-scale] [--concepts 100000]

Writes Benchmarks/runs/<date>-vm/align.md and align.json. Not a test:
nothing here asserts; it measures and records.
"""
import argparse, collections, datetime, gettext, itertools, json, os, platform, re
import subprocess, sys, tempfile, time, unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "Benchmarks"))
from machine import machine  # noqa: E402
WORK = os.path.join(ROOT, "Benchmarks", "work")
GOLD = os.path.join(ROOT, "Evaluation", "names", "gold.tsv")
SPLIT = os.path.join(ROOT, "Evaluation", "names", "split.tsv")
THRESHOLDS = [round(0.50 + 0.02 * i, 2) for i in range(24)]  # 0.50 … 0.96
# Hard-negative families (Evaluation/names/README.md): pairs across their
# groups must never be merged.
FAMILIES = [
    ["ilham-aliyev", "tural-aliyev", "aliyev", "aliyeva"], ["aghdam", "aghdara"],
    ["kazakhstan", "kyrgyzstan"], ["turkistan", "turkmenistan", "turkmen"],
    ["turkiye", "turkic", "turkish"], ["shusha", "shush"], ["konya", "kenya"],
    ["aktobe", "aktau"], ["agsu", "aghstafa"], ["balkhash", "lake-balkhash"],
    ["kyzylorda", "kyzylorda-region"], ["karaganda", "karaganda-region"],
    ["nursultan-nazarbayev", "dariga-nazarbayeva", "nazarbayev-university"],
    ["shamakhi", "shamkir"],
]



def load_gold():
    split = {}
    for line in open(SPLIT, encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        g, s = line.rstrip("\n").split("\t")
        split[g] = s
    rows = []
    for line in open(GOLD, encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        g, lang, form = line.rstrip("\n").split("\t")
        rows.append((g, lang, form, split[g]))
    return rows


def iso_codes():
    """Country names: English from iso_3166-1.json, az/tr/kk/ru through
    the iso_3166-1 gettext catalogues. A group is an alpha-2 code; a string
    shared by two countries is dropped."""
    data = json.load(open("/usr/share/iso-codes/json/iso_3166-1.json", encoding="utf-8"))
    rows = []
    for lang in ["en", "az", "tr", "kk", "ru"]:
        tr = None
        if lang != "en":
            tr = gettext.translation("iso_3166-1", localedir="/usr/share/locale", languages=[lang])
        for c in data["3166-1"]:
            name = c["name"]
            form = name if tr is None else tr.gettext(name)
            if lang != "en" and form == name:
                continue  # untranslated
            rows.append((c["alpha_2"], lang, form))
    owners = collections.defaultdict(set)
    for g, _, f in rows:
        owners[f].add(g)
    return [(g, l, f) for g, l, f in rows if len(owners[f]) == 1]


def run_align(binary, rows, method="soz", threshold=None):
    with tempfile.NamedTemporaryFile("w", suffix=".tsv", delete=False, encoding="utf-8") as f:
        for r in rows:
            f.write(f"{r[1]}\t{r[2]}\n")
        path = f.name
    cmd = [binary, "align", "--forms", path, "--format", "json", "--method", method]
    if threshold is not None:
        cmd += ["--threshold", str(threshold)]
    out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
    os.unlink(path)
    return json.loads(out)["clusters"]


def fold(s):
    s = s.replace("ı", "i").replace("İ", "I")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).lower()


def phenomenon(a, b):
    """What separates two spellings of one name, for recall per phenomenon
    (variants.md §8): diacritics only, script, word count, or romanization."""
    cyr = lambda s: any("\u0400" <= c <= "\u04ff" for c in s)
    if cyr(a) != cyr(b):
        return "cross-script"
    if fold(a) == fold(b):
        return "case/diacritics"
    if len(a.split()) != len(b.split()) or sorted(fold(a).split()) == sorted(fold(b).split()):
        return "word split/order"
    return "same script, romanization"


def score(rows, clusters):
    gold = {}
    for r in rows:
        gold[r[2]] = r[0]
    pred = {}
    for i, c in enumerate(clusters):
        for f in c:
            pred[f] = i
    forms = sorted(gold)
    assert set(forms) == set(pred), "every form must be in exactly one cluster"
    tp = fp = fn = 0
    by_group = collections.defaultdict(list)
    for f in forms:
        by_group[gold[f]].append(f)
    by_cluster = collections.defaultdict(list)
    for f in forms:
        by_cluster[pred[f]].append(f)
    for members in by_cluster.values():
        for a, b in itertools.combinations(members, 2):
            if gold[a] == gold[b]:
                tp += 1
            else:
                fp += 1
    by_kind = collections.defaultdict(lambda: [0, 0])
    for members in by_group.values():
        for a, b in itertools.combinations(members, 2):
            k = phenomenon(a, b)
            by_kind[k][1] += 1
            if pred[a] != pred[b]:
                fn += 1
            else:
                by_kind[k][0] += 1
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    fam = {g: i for i, fl in enumerate(FAMILIES) for g in fl}
    neg_total = neg_merged = 0
    in_family = [f for f in forms if gold[f] in fam]
    for a, b in itertools.combinations(in_family, 2):
        ga, gb = gold[a], gold[b]
        if ga != gb and ga in fam and fam.get(gb) == fam[ga]:
            neg_total += 1
            if pred[a] == pred[b]:
                neg_merged += 1
    # B-cubed: per spelling, the share of its cluster in its group and back.
    bp = sum(sum(1 for g in by_cluster[pred[f]] if gold[g] == gold[f]) / len(by_cluster[pred[f]]) for f in forms) / len(forms)
    br = sum(sum(1 for g in by_group[gold[f]] if pred[g] == pred[f]) / len(by_group[gold[f]]) for f in forms) / len(forms)
    bf = 2 * bp * br / (bp + br) if bp + br else 0.0
    return {"P": round(p, 4), "R": round(r, 4), "F1": round(f1, 4), "tp": tp, "fp": fp, "fn": fn,
            "B3_P": round(bp, 4), "B3_R": round(br, 4), "B3_F1": round(bf, 4),
            "recall_by_phenomenon": {k: [v[0], v[1]] for k, v in sorted(by_kind.items())},
            "forms": len(forms), "groups": len(by_group), "hard_neg_pairs": neg_total,
            "hard_neg_merged": neg_merged}


def errors(rows, clusters, limit=40):
    """False merges and missed pairs, for the report."""
    gold = {r[2]: r[0] for r in rows}
    out = []
    for c in clusters:
        groups = sorted(set(gold[f] for f in c))
        if len(groups) > 1:
            out.append("merged: " + " · ".join(c))
    split_groups = collections.defaultdict(list)
    for i, c in enumerate(clusters):
        for f in c:
            split_groups[gold[f]].append((i, f))
    for g, items in sorted(split_groups.items()):
        ids = sorted(set(i for i, _ in items))
        if len(ids) > 1:
            parts = [" · ".join(f for j, f in items if j == i) for i in ids]
            out.append(f"split {g}: " + " | ".join(parts))
    return out[:limit]


def evaluate(binary):
    rows = load_gold()
    dev = [r for r in rows if r[3] == "dev"]
    test = [r for r in rows if r[3] == "test"]
    iso = iso_codes()
    results = {"sets": {"dev": {"forms": len(set(r[2] for r in dev)), "groups": len(set(r[0] for r in dev))},
                        "test": {"forms": len(set(r[2] for r in test)), "groups": len(set(r[0] for r in test))},
                        "iso": {"forms": len(set(r[2] for r in iso)), "groups": len(set(r[0] for r in iso))}},
               "methods": {}}
    for method in ["lowercase-edit", "icu-ascii-edit"]:
        sweep = {t: score(dev, run_align(binary, dev, method, t)) for t in THRESHOLDS}
        best = max(THRESHOLDS, key=lambda t: (sweep[t]["F1"], sweep[t]["P"], t))
        results["methods"][method] = {
            "threshold": best, "dev": sweep[best],
            "test": score(test, run_align(binary, test, method, best)),
            "iso": score(iso, run_align(binary, iso, method, best)),
            "dev_sweep": {str(t): sweep[t]["F1"] for t in THRESHOLDS}}
    soz = {"threshold": "built-in (tuned on dev)"}
    for name, data in [("dev", dev), ("test", test), ("iso", iso)]:
        clusters = run_align(binary, data)
        soz[name] = score(data, clusters)
        soz[name + "_errors"] = errors(data, clusters)
    results["methods"]["soz"] = soz
    return results


def scale(binary, gen, concepts, seed):
    data = os.path.join(WORK, f"align-{concepts}-{seed}")
    os.makedirs(data, exist_ok=True)
    glossary = os.path.join(data, "glossary.tsv")
    if not os.path.exists(glossary):
        subprocess.run([gen, "glossary", "--concepts", str(concepts), "--seed", str(seed),
                        "--out", data], check=True, stdout=subprocess.DEVNULL)
    forms_path = os.path.join(data, "forms.tsv")
    owners = collections.defaultdict(set)
    n = 0
    with open(glossary, encoding="utf-8") as f, open(forms_path, "w", encoding="utf-8") as out:
        header = f.readline().rstrip("\n").split("\t")
        ci, li, fi = header.index("concept"), header.index("lang"), header.index("form")
        for line in f:
            cols = line.rstrip("\n").split("\t")
            out.write(f"{cols[li]}\t{cols[fi]}\n")
            owners[cols[fi]].add(cols[ci])
            n += 1
    t = time.perf_counter()
    proc = subprocess.run(["/usr/bin/time", "-v", binary, "align", "--forms", forms_path, "--format", "json"],
                          capture_output=True, text=True)
    wall = time.perf_counter() - t
    if proc.returncode != 0:
        raise SystemExit(proc.stderr)
    rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", proc.stderr).group(1))
    clusters = json.loads(proc.stdout)["clusters"]
    # Quality on the synthetic set: forms owned by one concept only.
    rows = [(next(iter(o)), "", f) for f, o in owners.items() if len(o) == 1]
    keep = set(r[2] for r in rows)
    sc = score(rows, [[f for f in c if f in keep] for c in clusters if any(f in keep for f in c)])
    return {"rows": n, "distinct_forms": len(owners), "clusters": len(clusters),
            "wall_s": round(wall, 1), "max_rss_mib": round(rss / 1024), "synthetic_pairwise": sc}


def fmt(m):
    return f"{m['P']:.3f} | {m['R']:.3f} | **{m['F1']:.3f}**"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--binary", help="a built soz (default: build release)")
    ap.add_argument("--no-scale", action="store_true")
    ap.add_argument("--concepts", type=int, default=100000)
    ap.add_argument("--seed", type=int, default=42)
    args = ap.parse_args()
    if args.binary:
        binary = args.binary
        gen = os.path.join(os.path.dirname(binary), "soz-gen")
    else:
        for product in ["soz", "soz-gen"]:
            subprocess.run(["swift", "build", "-c", "release", "--product", product], cwd=ROOT,
                           check=True, stdout=sys.stderr)
        binary = os.path.join(ROOT, ".build/release/soz")
        gen = os.path.join(ROOT, ".build/release/soz-gen")
    started = datetime.datetime.now(datetime.timezone.utc)
    results = evaluate(binary)
    if not args.no_scale:
        results["scale"] = scale(binary, gen, args.concepts, args.seed)
    results["machine"] = machine()
    results["date"] = started.strftime("%Y-%m-%d %H:%M UTC")
    results["command"] = "python3 Benchmarks/align.py " + " ".join(sys.argv[1:])
    out_dir = os.path.join(ROOT, "Benchmarks", "runs", started.strftime("%Y-%m-%d") + "-vm")
    os.makedirs(out_dir, exist_ok=True)
    json.dump(results, open(os.path.join(out_dir, "align.json"), "w"), indent=1, ensure_ascii=False)
    s = results["sets"]
    lines = [
        "# Alignment benchmark", "",
        f"- Command: `{results['command']}`", f"- Date: {results['date']}",
        f"- Machine: {results['machine']}", f"- Binary: `{binary}`", "",
        "Pairwise precision, recall and F1 over all unordered pairs of distinct spellings "
        "(a pair is positive when both spellings belong to one gold group). "
        "Söz runs `soz align --forms` (no glossary) with its built-in thresholds, fixed on the "
        "dev split; each baseline clusters by connected components of the pairs at or above "
        "its threshold, chosen for the best F1 on dev (grid 0.50–0.96, step 0.02).", "",
        f"Sets: hand-made dev {s['dev']['forms']} forms / {s['dev']['groups']} groups; "
        f"test {s['test']['forms']} forms / {s['test']['groups']} groups "
        f"(Evaluation/names); iso-codes countries {s['iso']['forms']} forms / {s['iso']['groups']} groups.", "",
        "| Method | threshold | dev P | R | F1 | test P | R | F1 | iso-codes P | R | F1 |",
        "|---|---|---|---|---|---|---|---|---|---|---|"]
    names = {"soz": "Söz (`soz align --forms`)", "lowercase-edit": "lowercase + edit distance",
             "icu-ascii-edit": "ICU Any-Latin; Latin-ASCII + edit distance"}
    for key in ["soz", "lowercase-edit", "icu-ascii-edit"]:
        m = results["methods"][key]
        lines.append(f"| {names[key]} | {m['threshold']} | {fmt(m['dev'])} | {fmt(m['test'])} | {fmt(m['iso'])} |")
    lines += ["", "B-cubed precision / recall / F1 (each spelling weighs the same, so big groups do not dominate):", "",
              "| Method | dev | test | iso-codes |", "|---|---|---|---|"]
    for key in ["soz", "lowercase-edit", "icu-ascii-edit"]:
        m = results["methods"][key]
        cells = [f"{m[x]['B3_P']:.3f} / {m[x]['B3_R']:.3f} / {m[x]['B3_F1']:.3f}" for x in ["dev", "test", "iso"]]
        lines.append(f"| {names[key]} | " + " | ".join(cells) + " |")
    kinds = sorted(results["methods"]["soz"]["test"]["recall_by_phenomenon"])
    lines += ["", "Recall on test by what separates the two spellings (found / positive pairs):", "",
              "| Method | " + " | ".join(kinds) + " |", "|---|" + "---|" * len(kinds)]
    for key in ["soz", "lowercase-edit", "icu-ascii-edit"]:
        rb = results["methods"][key]["test"]["recall_by_phenomenon"]
        lines.append(f"| {names[key]} | " + " | ".join(f"{rb[k][0]}/{rb[k][1]}" for k in kinds) + " |")
    lines += ["", "Hard-negative pairs merged (pairs across groups of one family, e.g. Aliyev/Aliyeva, "
              "Aghdam/Aghdara, Turkistan/Turkmenistan):", ""]
    for key in ["soz", "lowercase-edit", "icu-ascii-edit"]:
        m = results["methods"][key]
        lines.append(f"- {names[key]}: dev {m['dev']['hard_neg_merged']}/{m['dev']['hard_neg_pairs']}, "
                     f"test {m['test']['hard_neg_merged']}/{m['test']['hard_neg_pairs']}")
    if "scale" in results:
        sc = results["scale"]
        lines += ["", "## Scale", "",
                  f"`soz-gen glossary --concepts {args.concepts} --seed {args.seed}`: {sc['rows']} forms "
                  f"({sc['distinct_forms']} distinct) clustered by `soz align --forms … --format json` "
                  f"(release build) in **{sc['wall_s']} s**, peak RSS **{sc['max_rss_mib']} MiB**, "
                  f"{sc['clusters']} clusters. Pairwise on the synthetic concepts (forms of one concept only): "
                  f"P {sc['synthetic_pairwise']['P']:.3f}, R {sc['synthetic_pairwise']['R']:.3f}, "
                  f"F1 {sc['synthetic_pairwise']['F1']:.3f}."]
    lines += ["", "## Söz's errors on test", ""] + [f"- {e}" for e in results["methods"]["soz"]["test_errors"]]
    lines += ["", "## Söz's errors on dev", ""] + [f"- {e}" for e in results["methods"]["soz"]["dev_errors"]]
    open(os.path.join(out_dir, "align.md"), "w").write("\n".join(lines) + "\n")
    print("\n".join(lines[:22]))


if __name__ == "__main__":
    main()
