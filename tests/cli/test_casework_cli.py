"""`ibtd import|demo|search` through ``cli.main`` on real vaults, plus one real subprocess."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from ibtd_desktop.cli import main
from ibtd_desktop.services import demo

PASS = "Paard-Batterij-Nietje-42"
REPO = Path(__file__).resolve().parents[2]

IMPORT = {
    "format": "ibtd-import/1",
    "investigations": [{
        "key": "inv-1", "ref": "IBTD-2023-007", "title": "Vroegsignalering problemen zzp'ers", "kind": "thematic",
        "themes": ["rechtsbescherming"], "domains": ["belastingen"], "status": "onderzoek",
        "interviewees": [{"key": "p-1", "role": "entrepreneur", "identity": {"name": "Kees Zonnebloem"}}],
        "interviews": [{"key": "int-1", "date": "2023-03-14", "mode": "video", "interviewees": ["p-1"],
                        "notes": "De naheffing kwam zonder waarschuwing."}],
    }],
    "signals": [{"key": "s-1", "received": "2023-02-01", "channel": "netwerk", "text": "Naheffingen bij zzp'ers",
                 "investigation": "inv-1"}],
}


@pytest.fixture
def run(monkeypatch, capsys):
    def _run(argv, *lines):
        monkeypatch.setattr(sys, "stdin", io.StringIO("".join(f"{line}\n" for line in lines)))
        code = main([str(a) for a in argv])
        out, err = capsys.readouterr()
        return code, out, err

    return _run


@pytest.fixture
def cli_vault(run, tmp_path):
    folder = tmp_path / "v"
    code, _out, err = run(["init", folder, "--user", "Inspecteur Cli", "--passphrase-stdin"], PASS)
    assert code == 0, err
    return folder


def test_import_reimport_and_search(run, cli_vault, tmp_path):
    path = tmp_path / "in.json"
    path.write_text(json.dumps(IMPORT), encoding="utf-8")
    code, out, err = run(["import", cli_vault, path, "--json", "--passphrase-stdin"], PASS)
    assert code == 0, err
    assert json.loads(out)["created"] == {"investigations": 1, "interviewees": 1, "interviews": 1, "signals": 1}
    code, out, err = run(["import", cli_vault, path, "--passphrase-stdin"], PASS)
    assert code == 0 and "imported: 0 records" in out
    code, out, err = run(["search", cli_vault, "naheffing*", "--json", "--passphrase-stdin"], PASS)
    assert code == 0, err
    hits = json.loads(out)
    assert {h["kind"] for h in hits} == {"interview", "signal"}
    talk = next(h for h in hits if h["kind"] == "interview")
    start, end = talk["highlights"][0]
    assert talk["snippet"][start:end].lower().startswith("naheffing")
    assert "Kees" not in out  # identity is never searchable or printed
    code, out, _ = run(["search", cli_vault, "naheffingen", "--kind", "signal", "--dossier", "IBTD-2023-007",
                        "--passphrase-stdin"], PASS)
    assert code == 0 and "[Naheffingen]" in out and "1 resultaten" in out
    code, _out, err = run(["search", cli_vault, "x", "--dossier", "IBTD-1999-001", "--passphrase-stdin"], PASS)
    assert code == 2 and "--dossier" in err


def test_refused_import_exit_code_message_and_nothing_written(run, cli_vault, tmp_path):
    bad = json.loads(json.dumps(IMPORT))
    bad["signals"][0]["channel"] = "postduif"
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(bad), encoding="utf-8")
    code, out, err = run(["import", cli_vault, path, "--passphrase-stdin"], PASS)
    assert code == 2
    assert "signal s-1" in err and "'channel'" in err
    code, out, _ = run(["search", cli_vault, "naheffing", "--passphrase-stdin"], PASS)
    assert "0 resultaten" in out
    code, _out, err = run(["import", cli_vault, tmp_path / "missing.json", "--passphrase-stdin"], PASS)
    assert code == 2


def test_wrong_passphrase_is_exit_3(run, cli_vault):
    code, _out, _err = run(["search", cli_vault, "x", "--passphrase-stdin"], "Verkeerde-Wachtzin-123")
    assert code == 3


def test_demo_creates_and_fills(tmp_path):
    folder = tmp_path / "demo"
    proc = subprocess.run(
        [sys.executable, "-m", "ibtd_desktop.cli", "demo", str(folder), "--interviews", "25", "--passphrase-stdin"],
        input=demo.DEMO_PASSPHRASE + "\n", capture_output=True, text=True, cwd=REPO, timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    assert "interviews" in proc.stdout and "25" in proc.stdout
    proc = subprocess.run(
        [sys.executable, "-m", "ibtd_desktop.cli", "search", str(folder), "terugvordering", "--json",
         "--passphrase-stdin"], input=demo.DEMO_PASSPHRASE + "\n", capture_output=True, text=True, cwd=REPO,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)
