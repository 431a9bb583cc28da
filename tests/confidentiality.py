"""Reusable canary scanner: prove that confidential strings never reach the disk in the clear.

``assert_no_canary(paths, canaries)`` walks files and folders (including SQLite ``-wal``,
``-shm`` and ``-journal`` side files, logs, settings, temp files) and fails naming the file and
the encoding in which a canary was found: UTF-8, UTF-16 (LE and BE), and hex of the UTF-8 bytes
(lower and upper case), plus case-folded UTF-8. Extend the confidentiality test with it as
features land: write your feature's canaries through its services, then scan.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

MAX_SCAN_BYTES = 512 * 1024 * 1024


def encodings_of(canary: str) -> dict[str, bytes]:
    raw = canary.encode("utf-8")
    return {
        "utf-8": raw,
        "utf-8 lower": canary.lower().encode("utf-8"),
        "utf-16-le": canary.encode("utf-16-le"),
        "utf-16-be": canary.encode("utf-16-be"),
        "hex": raw.hex().encode("ascii"),
        "HEX": raw.hex().upper().encode("ascii"),
    }


def iter_files(paths: Iterable[Path]) -> list[Path]:
    files: list[Path] = []
    for path in paths:
        path = Path(path)
        if path.is_file():
            files.append(path)
        elif path.is_dir():
            files.extend(p for p in sorted(path.rglob("*")) if p.is_file())
    return files


def find_canaries(paths: Iterable[Path], canaries: Iterable[str]) -> list[tuple[Path, str, str]]:
    """Every (file, canary, encoding) hit. Unreadable files count as hits: we cannot vouch for them."""
    needles = [(c, name, data) for c in canaries for name, data in encodings_of(c).items()]
    hits: list[tuple[Path, str, str]] = []
    for file in iter_files(paths):
        try:
            with file.open("rb") as fh:
                content = fh.read(MAX_SCAN_BYTES)
        except OSError:
            hits.append((file, "<unreadable>", "-"))
            continue
        lowered = content.lower()
        for canary, name, data in needles:
            haystack = lowered if name == "utf-8 lower" else content
            if data in haystack:
                hits.append((file, canary, name))
    return hits


def assert_no_canary(paths: Iterable[Path], canaries: Iterable[str]) -> list[Path]:
    """Fail if any canary occurs in any file under ``paths``; returns the files scanned."""
    paths = list(paths)
    canaries = [c for c in canaries if c]
    assert canaries, "no canaries given: the scan would prove nothing"
    hits = find_canaries(paths, canaries)
    assert not hits, "canary found on disk: " + "; ".join(f"{f} ({enc})" for f, _c, enc in hits)
    return iter_files(paths)
