"""Case-work benchmark: one command, prints a table (and --json).

    /work/venv/bin/python benchmarks/bench_casework.py [--interviews 10000] [--repeat 40] [--json]

1. builds a demo vault with ``ibtd demo VAULT --interviews N`` (a real subprocess, timed);
2. unlocks it and times, through the services, the list loads the GUI does (count + first page,
   a deep page, one dossier's page, ids of everything + one page of rows), FTS5 searches and
   the debounced notes autosave (one committed draft upsert);
3. exports a plaintext copy with ``sqlcipher_export`` into a temp dir and runs the same service
   calls on it through stdlib sqlite3, as the baseline (ratio = SQLCipher / plain);
4. deletes everything it wrote (the plaintext copy first).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import create_engine, event

from ibtd_desktop.domain.casework.interviews import InterviewFilter
from ibtd_desktop.domain.casework.investigations import InvestigationFilter
from ibtd_desktop.domain.casework.search import SearchQuery
from ibtd_desktop.services import demo
from ibtd_desktop.services.casework import interviews, investigations, search
from ibtd_desktop.services.vault import unlock_vault
from ibtd_desktop.storage.unit_of_work import SqlUnitOfWork, make_session_factory

REPO = Path(__file__).resolve().parents[1]
PAGE = 100
SEARCHES = ("terugvordering", "bezwaar*", "BelastingTelefoon", '"betalingsregeling werd stopgezet"',
            "brieven begrijpen", "zzp*", "kinderen gezin")


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    k = (len(ordered) - 1) * p
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def _same_pragmas(dbapi_conn, _record) -> None:  # noqa: ANN001
    # The vault engine runs with these; the baseline must too, or it measures temp files.
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA temp_store = MEMORY")
    cur.execute("PRAGMA foreign_keys = ON")
    cur.close()


def timed_pair(enc_fn, plain_fn, repeat: int) -> tuple[dict, dict]:  # noqa: ANN001
    enc_fn(), plain_fn()  # warm-up (first read of pages); the cold figure is reported separately
    samples: tuple[list[float], list[float]] = ([], [])
    for _ in range(repeat):
        for side, fn in enumerate((enc_fn, plain_fn)):
            t = time.perf_counter()
            fn()
            samples[side].append((time.perf_counter() - t) * 1000)
    return tuple({"p50_ms": percentile(x, 0.5), "p95_ms": percentile(x, 0.95)} for x in samples)  # type: ignore


def workloads(uow_factory, total: int, rng_seed: int = 1) -> dict:  # noqa: ANN001
    rng = random.Random(rng_seed)
    dossiers = investigations.list_investigations(InvestigationFilter(), uow_factory())
    one = dossiers[0].id

    def first_page():
        interviews.count_interviews(InterviewFilter(), uow_factory())
        interviews.list_interviews(InterviewFilter(), 0, PAGE, uow_factory())

    def random_page():
        interviews.list_interviews(InterviewFilter(), rng.randrange(0, max(1, total - PAGE)), PAGE, uow_factory())

    def dossier_page():
        interviews.list_interviews(InterviewFilter(investigation_id=one), 0, PAGE, uow_factory())

    def ids_then_rows():
        ids = interviews.interview_ids(InterviewFilter(), uow_factory())
        start = rng.randrange(0, max(1, len(ids) - PAGE))
        interviews.interview_rows(ids[start:start + PAGE], uow_factory())

    queries = iter(())

    def one_search():
        nonlocal queries
        try:
            q = next(queries)
        except StopIteration:
            queries = iter(SEARCHES)
            q = next(queries)
        search.search(SearchQuery(q, limit=50), uow_factory())

    def autosave():
        interviews.save_interview_draft(rng.randint(1, total), "Concepttekst " * rng.randint(50, 400), uow_factory())

    return {"autosave: save_interview_draft": autosave, "list: count + first page": first_page, "list: random page (offset)": random_page,
            "list: one dossier, first page": dossier_page, "list: all ids + one page of rows": ids_then_rows,
            "search: FTS5 + snippets (50 hits)": one_search}


def export_plaintext(vault, dest: Path) -> None:  # noqa: ANN001
    # Benchmark-only reach into the open vault: sqlcipher_export needs a keyed raw connection
    # outside a transaction (ATTACH is refused inside one).
    raw = vault._shared.db.engine.raw_connection()  # noqa: SLF001
    try:
        cur = raw.cursor()
        cur.execute("ATTACH DATABASE ? AS plaintext KEY ''", (str(dest),))
        cur.execute("SELECT sqlcipher_export('plaintext')")
        cur.execute("DETACH DATABASE plaintext")
    finally:
        raw.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--interviews", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=40)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)

    work = Path(tempfile.mkdtemp(prefix="ibtd-bench-"))
    os.chmod(work, 0o700)
    results: dict = {"interviews": args.interviews}
    try:
        folder = work / "vault"
        t = time.perf_counter()
        proc = subprocess.run([sys.executable, "-m", "ibtd_desktop.cli", "demo", str(folder), "--interviews",
                               str(args.interviews), "--summaries", "0", "--passphrase-stdin"], input=demo.DEMO_PASSPHRASE + "\n",
                              text=True, cwd=REPO, capture_output=True)
        if proc.returncode != 0:
            print(f"ibtd demo failed (exit {proc.returncode}): {proc.stderr.strip()}", file=sys.stderr)
            return 1
        results["build_s (ibtd demo, incl. vault creation + Argon2id)"] = time.perf_counter() - t
        results["vault_db_mib"] = (folder / "vault.db").stat().st_size / 2**20

        t = time.perf_counter()
        vault = unlock_vault(folder, demo.DEMO_PASSPHRASE)
        results["unlock_s"] = time.perf_counter() - t
        plain = work / "plain" / "plain.db"
        plain.parent.mkdir(mode=0o700)
        engine = None
        try:
            t = time.perf_counter()
            interviews.list_interviews(InterviewFilter(), 0, PAGE, vault.uow())
            results["cold first page ms (SQLCipher)"] = (time.perf_counter() - t) * 1000
            export_plaintext(vault, plain)
            engine = create_engine(f"sqlite:///{plain}")
            event.listen(engine, "connect", _same_pragmas)
            factory = make_session_factory(engine)
            plain_uow = lambda: SqlUnitOfWork(factory, 1)  # noqa: E731
            enc_loads = workloads(vault.uow, args.interviews)
            plain_loads = workloads(plain_uow, args.interviews)
            enc, base = {}, {}
            for name in enc_loads:
                # Interleaved, so load from other processes on the machine hits both sides alike.
                enc[name], base[name] = timed_pair(enc_loads[name], plain_loads[name], args.repeat)
        finally:
            vault.lock()
            if engine is not None:
                engine.dispose()
        results["plain_db_mib"] = plain.stat().st_size / 2**20
        results["queries"] = {
            name: {"sqlcipher": enc[name], "plain": base[name],
                   "ratio_p50": enc[name]["p50_ms"] / base[name]["p50_ms"] if base[name]["p50_ms"] else None}
            for name in enc
        }
    finally:
        for leftover in (work / "plain",):
            shutil.rmtree(leftover, ignore_errors=True)  # the plaintext copy goes first
        shutil.rmtree(work, ignore_errors=True)
    if args.json:
        print(json.dumps(results, indent=2))
        return 0
    print(f"Case-work benchmark: {args.interviews} interviews, {args.repeat} runs per query")
    for key, value in results.items():
        if key != "queries":
            print(f"  {key}: {value:.2f}" if isinstance(value, float) else f"  {key}: {value}")
    print(f"  {'query':<38} {'SQLCipher p50/p95 ms':>22} {'plain p50/p95 ms':>18} {'ratio':>6}")
    for name, r in results["queries"].items():
        e, b = r["sqlcipher"], r["plain"]
        print(f"  {name:<38} {e['p50_ms']:>10.2f} / {e['p95_ms']:<9.2f} {b['p50_ms']:>7.2f} / {b['p95_ms']:<8.2f}"
              f" {r['ratio_p50']:>5.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
