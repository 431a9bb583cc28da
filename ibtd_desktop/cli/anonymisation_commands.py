"""`ibtd scan` and `ibtd redact`: run the detector headless (no vault needed)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from ibtd_desktop.cli import exit_codes


def register(subparsers) -> None:
    scan = subparsers.add_parser("scan", help="detect personal data (JSONL in, JSONL out)")
    source = scan.add_mutually_exclusive_group(required=True)
    source.add_argument("file", nargs="?", type=Path, help='JSONL with {"id", "text"} per line')
    source.add_argument("--text", help="scan one string and print its spans")
    scan.add_argument("--out", type=Path, help="write predictions here (default: stdout)")
    scan.set_defaults(handler=run_scan)

    redact = subparsers.add_parser("redact", help="print a text file with personal data replaced")
    redact.add_argument("file", type=Path)
    redact.set_defaults(handler=run_redact)


def _fail(message: str) -> int:
    print(f"ibtd: {message}", file=sys.stderr)
    return exit_codes.USAGE


def _read_records(path: Path) -> list[tuple[object, str]] | str:
    """(id, text) per line, or an error message naming the first bad line."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        return f"cannot read {path}: {exc.__class__.__name__}"
    records = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError:
            return f"{path}: line {number}: not valid JSON"
        if not isinstance(obj, dict) or "id" not in obj or not isinstance(obj.get("text"), str):
            return f'{path}: line {number}: expected an object with "id" and a string "text"'
        records.append((obj["id"], obj["text"]))
    return records


def run_scan(args: argparse.Namespace) -> int:
    from ibtd_desktop.anonymisation import detect

    if args.text is not None:
        for span in detect(args.text):
            print(f"{span.start}\t{span.end}\t{span.label}\t{args.text[span.start:span.end]}")
        return exit_codes.OK
    records = _read_records(args.file)
    if isinstance(records, str):
        return _fail(records)
    out_lines = []
    for rec_id, text in records:
        entities = [{"start": s.start, "end": s.end, "label": s.label} for s in detect(text)]
        out_lines.append(json.dumps({"id": rec_id, "entities": entities}, ensure_ascii=False))
    payload = "\n".join(out_lines) + ("\n" if out_lines else "")
    if args.out:
        args.out.write_text(payload, encoding="utf-8")
    else:
        sys.stdout.write(payload)
    return exit_codes.OK


def run_redact(args: argparse.Namespace) -> int:
    from ibtd_desktop.anonymisation import RedactionPolicy, detect, redact

    try:
        text = args.file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        return _fail(f"cannot read {args.file}: {exc.__class__.__name__}")
    sys.stdout.write(redact(text, detect(text), RedactionPolicy()))
    return exit_codes.OK
