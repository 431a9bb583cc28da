"""Run every benchmark in turn with its default settings: ``python benchmarks/run_all.py``.

Each script prints its own figures next to the baseline it measures in the same run (plain
SQLite for the vault and case-work lists, deduce for the PII detector, plain reportlab for the
PDF layout). Pass ``--quick`` for smaller inputs (a smoke run of a few minutes).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

FULL = [
    ["bench_vault.py"],
    ["bench_pii.py"],
    ["bench_casework.py"],
    ["bench_export.py"],
    ["bench_summaries_export.py"],
]
QUICK = [
    ["bench_vault.py", "--rows", "1000"],
    ["bench_pii.py", "--mb", "0.5", "--no-deduce", "--no-scaling"],
    ["bench_casework.py", "--interviews", "1000", "--repeat", "10"],
    ["bench_export.py", "--summaries", "50", "--repeat", "3"],
    ["bench_summaries_export.py", "--summaries", "10", "--runs", "1"],
]


def main(argv: list[str]) -> int:
    failed = []
    for script, *args in QUICK if "--quick" in argv else FULL:
        print(f"\n=== {script} {' '.join(args)}".rstrip(), flush=True)
        if subprocess.run([sys.executable, str(HERE / script), *args], check=False).returncode:
            failed.append(script)
    if failed:
        print(f"\nfailed: {', '.join(failed)}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
