"""CPU time of each detector rule on the corpus texts: where a speed-up has to come from.

    python benchmarks/pii_finders.py [--repeat 5] [--copies 8]

Each finder runs on the development corpus (``--copies`` times over, warm caches, as in
bench_pii.py); the figure is the best of ``--repeat`` runs of CPU time, which moves less than
wall time on a shared machine. ``detect`` is the whole pipeline (finders, merge, propagation).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from pii_same_output import CORPUS_DIR, FINDERS  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--copies", type=int, default=8)
    ap.add_argument("--only", nargs="*", help="finder names")
    args = ap.parse_args()
    texts = [json.loads(line)["text"] for line in
             (CORPUS_DIR / "dev.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    docs = texts * args.copies
    size = sum(len(t.encode("utf-8")) for t in docs)
    for d in docs:
        for f in FINDERS.values():
            list(f(d))  # warm up lexicons and caches
    print(f"{size / 1e6:.2f} MB of text; best of {args.repeat} runs, CPU ms")
    for name, finder in FINDERS.items():
        if args.only and name not in args.only:
            continue
        best = float("inf")
        for _ in range(args.repeat):
            c = time.process_time()
            for d in docs:
                list(finder(d))
            best = min(best, time.process_time() - c)
        extra = f"   {size / best / 1e6:.2f} MB/s" if name == "detect" else ""
        print(f"{name:20s} {best * 1000:8.1f}{extra}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
