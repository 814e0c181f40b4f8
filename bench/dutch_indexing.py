"""Indexing cost of the Dutch normaliser (search/dutch.py) at N offerings, per process.

Usage (from the project root):
    .venv/bin/python bench/dutch_indexing.py              # N = 10,000
    .venv/bin/python bench/dutch_indexing.py --n 1000 10000

Each N runs in a fresh process (the lemma data loads once per process), without Django
or a database: what indexing adds per offering is the normaliser, which computes the
three indexed texts (search_title, search_summary, search_body) and the two padded
ranking columns. The text is synthetic but realistic in its spread: words of the demo
content (Zipf-weighted), compounds made of them (some with a linking -s-), and made-up
words, so most of a large catalogue's word forms are new to the caches (10,000
offerings give about 30,000 distinct forms). Run the same script on an older checkout
to compare (docs/search.md has the figures).

Printed: the first call (which loads the lemma data), the time to index N offerings
(wall clock and this process's CPU time: on a shared machine the CPU time is the
comparable figure), distinct word forms, and the process's resident memory before,
after the first call and after indexing (from /proc/self/status).
"""

import argparse
import ast
import random
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def rss_mb():
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def demo_words():
    """Words of the demo content's string literals, with their frequencies."""
    import re

    counts = Counter()
    for path in sorted((ROOT / "demo" / "content").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and " " in node.value:
                counts.update(w for w in re.findall(r"[a-zà-ÿ]+", node.value.lower()) if len(w) > 1)
    return counts


def catalogue(n, rng):
    counts = demo_words()
    words, weights = list(counts), list(counts.values())
    long_words = [w for w in words if len(w) >= 4]
    compounds = [
        rng.choice(long_words) + ("s" if rng.random() < 0.3 else "") + rng.choice(long_words)
        for _ in range(15_000)
    ]
    syllables = ["ka", "lo", "mer", "ten", "vri", "zo", "del", "ro", "an", "pe", "stra", "gun"]
    made_up = ["".join(rng.choice(syllables) for _ in range(rng.randint(2, 4))) for _ in range(3_000)]

    def text(length):
        out = []
        for draw in rng.choices(range(3), weights=[70, 20, 10], k=length):
            if draw == 0:
                out.append(rng.choices(words, weights)[0])
            elif draw == 1:
                out.append(rng.choice(compounds))
            else:
                out.append(rng.choice(made_up))
        return " ".join(out)

    return [(text(6), text(25), text(150)) for _ in range(n)]


def measure(n):
    rng = random.Random(n)
    offerings = catalogue(n, rng)
    baseline = rss_mb()
    from search import dutch

    started, cpu_started = time.perf_counter(), time.process_time()
    dutch.index_text("Gemeenten melden spanningen in de wijk")  # loads what the normaliser needs
    first_call, first_cpu = time.perf_counter() - started, time.process_time() - cpu_started
    after_first = rss_mb()
    started, cpu_started = time.perf_counter(), time.process_time()
    forms = set()
    for title, summary, body in offerings:
        dutch.index_text(title)
        dutch.index_text(summary)
        dutch.index_text(body)
        dutch.padded_stems(title)
        dutch.padded_stems(summary)
    indexing, cpu = time.perf_counter() - started, time.process_time() - cpu_started
    for title, summary, body in offerings:
        forms.update(dutch.words(f"{title} {summary} {body}"))
    print(
        f"N={n:,}: first call {first_call * 1000:.0f} ms ({first_cpu * 1000:.0f} ms CPU), "
        f"indexing {indexing:.1f} s ({cpu:.1f} s CPU, {cpu / n * 1000:.2f} ms CPU per offering), "
        f"{len(forms):,} distinct word forms; "
        f"memory {baseline:.0f} MB before, {after_first:.0f} MB after the first call, "
        f"{rss_mb():.0f} MB after indexing (+{rss_mb() - baseline:.0f} MB)"
    )


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, nargs="+", default=[10_000])
    args = parser.parse_args()
    if len(args.n) > 1:
        for n in args.n:  # one process per N: the lemma data and caches start cold
            subprocess.run([sys.executable, __file__, "--n", str(n)], check=True)
        return
    measure(args.n[0])


if __name__ == "__main__":
    main()
