"""Throughput, start-up time and peak memory of the PII detector, with deduce 3.0.6 as reference.

    python benchmarks/bench_pii.py [--mb 3] [--corpus PATH] [--no-deduce] [--no-scaling]

Our detector and deduce run on the same documents (the corpus texts repeated to a few MB), each
in its own fresh subprocess so start-up and peak RSS are measured honestly. deduce is installed
only here, on demand, in benchmarks/.venv-deduce (gitignored); if it cannot be installed the
benchmark says so and prints our figures alone.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
DEFAULT_CORPUS = REPO.parent / "shared" / "corpus" / "dev.jsonl"
DEDUCE_VENV = HERE / ".venv-deduce"
DEDUCE_VERSION = "3.0.6"
SAMPLE = "Mevrouw Samira el Haddouchi (41 jaar) woont op Pleinweg 12 in Rotterdam, 06-12345678."

# Runs inside a fresh interpreter: start-up = import + first call; then throughput; then RSS.
WORKER = r'''
import json, resource, sys, time
t0 = time.perf_counter()
ENGINE
first = time.perf_counter() - t0
docs = json.load(open(sys.argv[1], encoding="utf-8"))
size = sum(len(d.encode("utf-8")) for d in docs)
t1, c1 = time.perf_counter(), time.process_time()
for d in docs:
    RUN(d)
elapsed, cpu = time.perf_counter() - t1, time.process_time() - c1
print(json.dumps({"startup_s": first, "seconds": elapsed, "bytes": size,
                  "mb_per_s": size / elapsed / 1e6, "cpu_mb_per_s": size / cpu / 1e6,
                  "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
'''
OURS = (
    "from ibtd_desktop.anonymisation import detect\n"
    f"detect({SAMPLE!r})",
    "detect",
)
# As the summaries feature calls it: with a dossier's interviewees as known people (demo
# persons, so most of them are absent from a given note, as in a real dossier).
OURS_CONTEXT = (
    "import random\n"
    "from ibtd_desktop.anonymisation import DetectionContext, KnownPerson, detect\n"
    "from ibtd_desktop.services.casework import demo_data\n"
    "_people = [demo_data.make_person(random.Random(i)) for i in range(50)]\n"
    "_ctx = DetectionContext(tuple(KnownPerson(name=p.name, phone=p.phone, email=p.email, place=p.place,\n"
    "    address=f'{p.street} {p.number}, {p.postcode} {p.place}', other=(p.bsn,)) for p in _people))\n"
    f"detect({SAMPLE!r}, _ctx)",
    "(lambda d: detect(d, _ctx))",
)
DEDUCE = (
    "from deduce import Deduce\n"
    "_d = Deduce()\n"
    f"_d.deidentify({SAMPLE!r})",
    "_d.deidentify",
)


def load_docs(corpus: Path, megabytes: float) -> list[str]:
    texts = [json.loads(line)["text"] for line in corpus.read_text(encoding="utf-8").splitlines()
             if line.strip()]
    docs, size, target = [], 0, megabytes * 1e6
    while size < target:
        for t in texts:
            docs.append(t)
            size += len(t.encode("utf-8"))
    return docs


def run_worker(python: str, engine: tuple[str, str], docs_file: Path) -> dict:
    code = WORKER.replace("ENGINE", engine[0]).replace("RUN", engine[1])
    started = time.perf_counter()
    proc = subprocess.run([python, "-c", code, str(docs_file)], capture_output=True, text=True,
                          cwd=REPO, timeout=3600)
    wall = time.perf_counter() - started
    if proc.returncode != 0:
        raise RuntimeError(proc.stderr.strip().splitlines()[-1] if proc.stderr else "failed")
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    result["process_wall_s"] = wall
    return result


def startup_only(python: str, engine: tuple[str, str]) -> float:
    """Wall time of a fresh process that imports and runs one detection (interpreter included)."""
    started = time.perf_counter()
    subprocess.run([python, "-c", engine[0]], check=True, cwd=REPO, capture_output=True,
                   timeout=600)
    return time.perf_counter() - started


# One document of each size, in a fresh interpreter: detection must scale linearly, also on a
# long note without line breaks (text pasted from a PDF), where windows per line cover it all.
SCALING = r'''
import json, sys, time
from ibtd_desktop.anonymisation import detect
detect("warm up")
texts = json.load(open(sys.argv[1], encoding="utf-8"))
out = {}
for layout in ("lines", "one line"):
    base = "\n\n".join(texts) if layout == "lines" else " ".join(t.replace("\n", " ") for t in texts)
    for size in (100_000, 1_000_000):
        doc = (base * (size // len(base) + 1))[:size]
        c = time.process_time()
        detect(doc)
        out[f"{layout} {size // 1000} KB"] = time.process_time() - c
print(json.dumps(out))
'''


def scaling(corpus: Path, tmp: Path) -> dict:
    texts = [json.loads(line)["text"] for line in corpus.read_text(encoding="utf-8").splitlines()
             if line.strip()]
    texts_file = tmp / "texts.json"
    texts_file.write_text(json.dumps(texts), encoding="utf-8")
    proc = subprocess.run([sys.executable, "-c", SCALING, str(texts_file)], capture_output=True,
                          text=True, cwd=REPO, timeout=3600, check=True)
    return json.loads(proc.stdout.strip().splitlines()[-1])


def ensure_deduce() -> str | None:
    python = DEDUCE_VENV / "bin" / "python"
    check = [str(python), "-c", "import deduce"]
    if python.exists() and subprocess.run(check, capture_output=True).returncode == 0:
        return str(python)
    print(f"installing deduce=={DEDUCE_VERSION} into {DEDUCE_VENV} (once) ...", flush=True)
    try:
        subprocess.run([sys.executable, "-m", "venv", str(DEDUCE_VENV)], check=True)
        subprocess.run([str(python), "-m", "pip", "install", "-q", f"deduce=={DEDUCE_VERSION}"],
                       check=True, timeout=1800)
    except (subprocess.SubprocessError, OSError) as exc:
        print(f"deduce could not be installed ({exc.__class__.__name__}); our figures only.")
        return None
    return str(python) if subprocess.run(check, capture_output=True).returncode == 0 else None


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--mb", type=float, default=3.0, help="size of the benchmark text in MB")
    ap.add_argument("--deduce-mb", type=float, default=0.5,
                    help="deduce is slow: it runs on the first N MB of the same documents")
    ap.add_argument("--no-deduce", action="store_true")
    ap.add_argument("--no-scaling", action="store_true",
                    help="skip the single-document scaling check (100 KB vs 1 MB)")
    args = ap.parse_args()
    if not args.corpus.exists():
        print(f"corpus not found: {args.corpus}", file=sys.stderr)
        return 2
    docs = load_docs(args.corpus, args.mb)
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        ours_file = Path(tmp) / "docs.json"
        ours_file.write_text(json.dumps(docs), encoding="utf-8")
        ours = run_worker(sys.executable, OURS, ours_file)
        ours["startup_wall_s"] = startup_only(sys.executable, OURS)
        rows.append(("ibtd anonymisation", ours))
        with_context = run_worker(sys.executable, OURS_CONTEXT, ours_file)
        with_context["startup_wall_s"] = startup_only(sys.executable, OURS_CONTEXT)
        rows.append(("ibtd + 50 known people", with_context))
        if not args.no_deduce:
            python = ensure_deduce()
            if python:
                ded_docs = load_docs(args.corpus, min(args.deduce_mb, args.mb))
                ded_file = Path(tmp) / "deduce.json"
                ded_file.write_text(json.dumps(ded_docs), encoding="utf-8")
                try:
                    ded = run_worker(python, DEDUCE, ded_file)
                    ded["startup_wall_s"] = startup_only(python, DEDUCE)
                    rows.append((f"deduce {DEDUCE_VERSION}", ded))
                except (RuntimeError, subprocess.SubprocessError) as exc:
                    print(f"deduce failed to run: {exc}")
        scale = None if args.no_scaling else scaling(args.corpus, Path(tmp))
    print()
    print(f"{'detector':<22} {'text MB':>8} {'MB/s':>8} {'CPU MB/s':>9} {'start-up s':>11} "
          f"{'fresh proc s':>13} {'peak RSS MB':>12}")
    for name, r in rows:
        print(f"{name:<22} {r['bytes'] / 1e6:>8.2f} {r['mb_per_s']:>8.3f} {r['cpu_mb_per_s']:>9.3f} "
              f"{r['startup_s']:>11.2f} {r['startup_wall_s']:>13.2f} {r['peak_rss_mb']:>12.0f}")
    print(f"(load average during the run: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores; "
          "CPU MB/s is text per CPU-second, steadier than wall time on a shared machine)")
    if scale:
        print("\nscaling, one document, CPU s:  " + "   ".join(f"{k}: {v:.2f}" for k, v in scale.items()))
        for layout in ("lines", "one line"):
            small, big = scale[f"{layout} 100 KB"], scale[f"{layout} 1000 KB"]
            print(f"  {layout}: 1 MB / 100 KB = {big / small:.1f}x the time for 10x the text "
                  "(linear: about 10)")
    deduce = [r for name, r in rows if name.startswith("deduce")]
    if deduce:
        ratio = rows[0][1]["mb_per_s"] / deduce[0]["mb_per_s"]
        cpu_ratio = rows[0][1]["cpu_mb_per_s"] / deduce[0]["cpu_mb_per_s"]
        print(f"\nthroughput ratio ours/deduce: {ratio:.1f}x wall, {cpu_ratio:.1f}x CPU (goal >= 10x); "
              f"goals for ours: start-up < 1 s, < 200 MB resident")
    return 0


if __name__ == "__main__":
    sys.exit(main())
