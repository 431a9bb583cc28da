"""Vault benchmark: calibrated Argon2id unlock time, and SQLCipher against plain SQLite.

    python benchmarks/bench_vault.py [--rows 5000] [--json]

Prints the Argon2id parameters calibrated on this machine, the KDF time per slot, a full
``unlock_vault`` (KDF + open + quick_check + migration check + user lookup), and open / insert /
read timings with the stdlib sqlite3 (plain) next to the vault engine (SQLCipher, raw key).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

from ibtd_desktop.services.vault import create_vault, unlock_vault
from ibtd_desktop.storage import kdf, keyslots
from ibtd_desktop.storage.engine import open_engine

PASSPHRASE = "Benchmark-Wachtzin-Voor-Kluis-7"
SCHEMA = "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL)"


def timed(fn, repeat: int = 1) -> float:
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        runs.append(time.perf_counter() - start)
    return statistics.median(runs)


def bench_unlock(work: Path, large_rows: int) -> dict:
    params = kdf.calibrate()
    kdf_seconds = timed(lambda: kdf.measure(params), repeat=3)
    vault = create_vault(work / "vault", "Meet Persoon", PASSPHRASE, kdf=params)
    vault.lock()
    unlock_seconds = timed(lambda: unlock_vault(work / "vault", PASSPHRASE).lock(), repeat=3)
    # CPU time too: on a shared machine wall time mostly measures the neighbours.
    cpu_start = time.process_time()
    unlock_vault(work / "vault", PASSPHRASE).lock()
    unlock_cpu = time.process_time() - cpu_start
    # A fuller vault: unlock also runs quick_check, which reads every page.
    opened = unlock_vault(work / "vault", PASSPHRASE)
    raw = opened._shared.db.engine.raw_connection()
    raw.driver_connection.execute("CREATE TABLE bench_notes (id INTEGER PRIMARY KEY, body TEXT)")
    raw.driver_connection.execute("BEGIN")
    raw.driver_connection.executemany("INSERT INTO bench_notes (body) VALUES (?)", [(b,) for _i, b in _rows(large_rows)])
    raw.driver_connection.execute("COMMIT")
    raw.close()
    opened.lock()
    size_mib = (work / "vault" / "vault.db").stat().st_size / 2**20
    unlock_large = timed(lambda: unlock_vault(work / "vault", PASSPHRASE).lock(), repeat=3)
    return {
        "unlock_seconds_large_vault": round(unlock_large, 3),
        "large_vault_mib": round(size_mib, 1),
        "argon2id": {"time_cost": params.time_cost, "memory_mib": params.memory_kib // 1024,
                     "parallelism": params.parallelism},
        "kdf_seconds": round(kdf_seconds, 3),
        "unlock_seconds": round(unlock_seconds, 3),
        "unlock_cpu_seconds": round(unlock_cpu, 3),
    }


def _rows(n: int) -> list[tuple[int, str]]:
    rnd = random.Random(7)
    return [(i, "".join(rnd.choice("abcdefghij klmnop") for _ in range(2000))) for i in range(1, n + 1)]


def bench_plain(path: Path, rows, ids) -> dict:
    out = {}
    out["open"] = timed(lambda: sqlite3.connect(path).execute("SELECT count(*) FROM sqlite_master").fetchone())
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute(SCHEMA)

    def insert():
        with conn:
            conn.executemany("INSERT INTO notes VALUES (?, ?)", rows)

    out["insert"] = timed(insert)
    out["read"] = timed(lambda: [conn.execute("SELECT body FROM notes WHERE id = ?", (i,)).fetchone() for i in ids])
    out["scan"] = timed(lambda: conn.execute("SELECT count(*) FROM notes WHERE body LIKE '%zzz%'").fetchone())
    conn.close()
    return out


def bench_cipher(path: Path, rows, ids) -> dict:
    key = bytes(keyslots.new_data_key())
    out = {}
    engine = open_engine(path, key)
    engine.dispose()
    out["open"] = timed(lambda: open_engine(path, key).dispose())
    engine = open_engine(path, key)
    with engine.begin() as conn:
        conn.exec_driver_sql(SCHEMA)

    def insert():
        with engine.begin() as conn:
            conn.exec_driver_sql("INSERT INTO notes VALUES (?, ?)", rows)

    out["insert"] = timed(insert)

    # Reads and scans at driver level on both sides, so the ratio is the cipher's, not the ORM's.
    raw = engine.raw_connection()
    cursor = raw.driver_connection

    def read():
        for i in ids:
            cursor.execute("SELECT body FROM notes WHERE id = ?", (i,)).fetchone()

    out["read"] = timed(read)
    out["scan"] = timed(lambda: cursor.execute("SELECT count(*) FROM notes WHERE body LIKE '%zzz%'").fetchone())
    raw.close()
    engine.dispose()
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=5000)
    parser.add_argument("--large-rows", type=int, default=20000, help="rows (2 KB) in the fuller vault")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        os.environ.setdefault("IBTD_DATA_DIR", str(work / "data"))
        result = {"unlock": bench_unlock(work, args.large_rows)}
        rows = _rows(args.rows)
        ids = random.Random(3).sample(range(1, args.rows + 1), min(1000, args.rows))
        plain = bench_plain(work / "plain.db", rows, ids)
        cipher = bench_cipher(work / "cipher.db", rows, ids)
        result["sqlite_vs_sqlcipher"] = {
            op: {"plain_s": round(plain[op], 4), "sqlcipher_s": round(cipher[op], 4),
                 "ratio": round(cipher[op] / plain[op], 2) if plain[op] else None}
            for op in plain
        }
        result["rows"] = args.rows
    if args.json:
        print(json.dumps(result, indent=2))
        return
    u = result["unlock"]
    print(f"Argon2id calibrated: t={u['argon2id']['time_cost']} m={u['argon2id']['memory_mib']} MiB "
          f"p={u['argon2id']['parallelism']}; KDF {u['kdf_seconds']} s; full unlock {u['unlock_seconds']} s "
          f"(CPU {u['unlock_cpu_seconds']} s); "
          f"unlock of a {u['large_vault_mib']} MiB vault {u['unlock_seconds_large_vault']} s")
    print(f"{'op':<8}{'plain s':>10}{'sqlcipher s':>14}{'ratio':>8}   ({args.rows} rows of 2 KB; read = 1000 PK lookups)")
    for op, r in result["sqlite_vs_sqlcipher"].items():
        print(f"{op:<8}{r['plain_s']:>10}{r['sqlcipher_s']:>14}{r['ratio']:>8}")


if __name__ == "__main__":
    main()
