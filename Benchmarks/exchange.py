#!/usr/bin/env python3
"""Interchange benchmark (issue #5): a seeded translation memory of N units
(default 1 000 000, about 250 MB of TMX 1.4, en + az with dates, a prop and
inline codes in one unit of ten) streamed through `soz convert`: TMX → TMX
(every attribute, prop and date kept) and TMX → TSV (parse-dominated), plus
the same memory as UTF-16 TMX (as Trados writes it) when --utf16 is given.

    python3 Benchmarks/exchange.py [--units 1000000] [--seed 5] [--utf16]

Writes Benchmarks/runs/<date>-<host>/exchange.md and exchange.json. Not a test.
"""
import argparse, datetime, json, os, platform, random, subprocess, sys, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "Benchmarks"))
from machine import machine  # noqa: E402
from lint import timed  # noqa: E402

EN = ["Karabakh", "Nakhchivan", "Shusha", "Baku", "Astana", "Türkiye", "Ilham Aliyev", "Tokayev",
      "the summit", "the delegation", "the ministry", "Organization of Turkic States"]
AZ = ["Qarabağ", "Naxçıvan", "Şuşa", "Bakı", "Astana", "Türkiyə", "İlham Əliyev", "Tokayev",
      "zirvə", "nümayəndə heyəti", "nazirlik", "Türk Dövlətləri Təşkilatı"]
VERB_EN = ["visited", "met", "signed an agreement with", "discussed cooperation with", "welcomed"]
VERB_AZ = ["ziyarət edib", "görüşüb", "saziş imzalayıb", "əməkdaşlığı müzakirə edib", "qarşılayıb"]


def generate(path, units, seed):
    rnd = random.Random(seed)
    with open(path, "w", encoding="utf-8") as f:
        f.write('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE tmx SYSTEM "tmx14.dtd">\n'
                '<tmx version="1.4">\n  <header creationtool="bench" creationtoolversion="1" '
                'segtype="sentence" o-tmf="bench" adminlang="en" srclang="en" datatype="plaintext"/>\n'
                '  <body>\n')
        for i in range(units):
            a, b, v = rnd.randrange(len(EN)), rnd.randrange(len(EN)), rnd.randrange(len(VERB_EN))
            date = f"2026{1 + i % 12:02d}{1 + i % 28:02d}T{i % 24:02d}{i % 60:02d}00Z"
            en = f"{EN[a]} {VERB_EN[v]} {EN[b]} on day {i} &amp; more."
            az = f"{AZ[a]} {i}-ci gün {AZ[b]} ilə {VERB_AZ[v]} &amp; s."
            if i % 10 == 0:
                en = f'<bpt i="1">&lt;b&gt;</bpt>{en}<ept i="1">&lt;/b&gt;</ept>'
                az = f'<bpt i="1">&lt;b&gt;</bpt>{az}<ept i="1">&lt;/b&gt;</ept>'
            f.write(f'    <tu tuid="{i}" creationdate="{date}" creationid="bench">\n'
                    f'      <prop type="x-source">article-{i // 20}</prop>\n'
                    f'      <tuv xml:lang="en"><seg>{en}</seg></tuv>\n'
                    f'      <tuv xml:lang="az" changedate="{date}"><seg>{az}</seg></tuv>\n'
                    f'    </tu>\n')
        f.write("  </body>\n</tmx>\n")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--units", type=int, default=1000000)
    ap.add_argument("--seed", type=int, default=5)
    ap.add_argument("--utf16", action="store_true")
    args = ap.parse_args()
    subprocess.run(["swift", "build", "-c", "release", "--product", "soz"], cwd=ROOT, check=True, stdout=sys.stderr)
    soz = os.path.join(ROOT, ".build/release/soz")
    work = os.path.join(ROOT, "Benchmarks", "work")
    os.makedirs(work, exist_ok=True)
    tmx = os.path.join(work, f"memory-{args.units}-{args.seed}.tmx")
    if not os.path.exists(tmx):
        generate(tmx, args.units, args.seed)
    size_mb = os.path.getsize(tmx) / 1e6
    runs = []
    with open(os.devnull, "w") as null:
        for label, cmd in [
            ("TMX → TMX", [soz, "convert", tmx, "--format", "tmx"]),
            ("TMX → TSV", [soz, "convert", tmx, "--format", "tsv", "--to", "az"]),
        ]:
            wall, rss, status = timed(cmd, null)
            runs.append({"what": label, "seconds": round(wall, 2), "peak_mib": round(rss / 1024), "exit": status})
        if args.utf16:
            tmx16 = tmx.replace(".tmx", "-utf16.tmx")
            if not os.path.exists(tmx16):
                with open(tmx, encoding="utf-8") as src, open(tmx16, "wb") as dst:
                    dst.write(b"\xff\xfe")
                    for line in src:
                        dst.write(line.replace('encoding="UTF-8"', 'encoding="UTF-16"').encode("utf-16-le"))
            wall, rss, status = timed([soz, "convert", tmx16, "--format", "tsv", "--to", "az"], null)
            runs.append({"what": "UTF-16 TMX → TSV", "seconds": round(wall, 2), "peak_mib": round(rss / 1024),
                         "exit": status, "mb": round(os.path.getsize(tmx16) / 1e6)})
    result = {
        "date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "machine": machine(), "uname": " ".join(platform.uname()), "nproc": os.cpu_count(),
        "command": "python3 Benchmarks/exchange.py " + " ".join(sys.argv[1:]),
        "units": args.units, "seed": args.seed, "tmx_mb": round(size_mb), "runs": runs,
    }
    stamp = datetime.date.today().isoformat() + "-" + platform.node()
    outdir = os.path.join(ROOT, "Benchmarks", "runs", stamp)
    os.makedirs(outdir, exist_ok=True)
    with open(os.path.join(outdir, "exchange.json"), "w") as f:
        json.dump(result, f, indent=2)
    with open(os.path.join(outdir, "exchange.md"), "w") as f:
        f.write(f"# Interchange benchmark, {result['date']}\n\n- command: `{result['command']}`\n"
                f"- machine: {result['machine']}\n- uname: `{result['uname']}`, nproc {result['nproc']}\n"
                f"- data: {args.units} units, seed {args.seed}, {result['tmx_mb']} MB of TMX 1.4 "
                f"(release build of `soz`)\n\n| run | wall | peak RSS | target |\n| --- | --- | --- | --- |\n")
        for r in runs:
            f.write(f"| `soz convert` {r['what']} | {r['seconds']} s | {r['peak_mib']} MiB | "
                    f"≪ 60 s, bounded memory |\n")
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
