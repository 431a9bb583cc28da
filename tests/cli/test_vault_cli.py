"""The `ibtd` vault commands: in-process through ``cli.main`` (fast) and a few real subprocesses
for the exit-code contract (0 ok, 1 unexpected, 2 usage, 3 wrong passphrase, 4 not a vault /
corrupt / unsupported, 5 refused by a safeguard)."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from ibtd_desktop.cli import main
from tests.storage.helpers import vault_hashes

PASS = "Paard-Batterij-Nietje-42"
PASS_NEW = "Nieuwe-Wachtzin-Voor-De-Kluis-9"
PASS_REVIEWER = "Tulp-Molen-Kaasschaaf-77"
REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def run(monkeypatch, capsys):
    """``run(argv, *stdin_lines) -> (exit code, stdout, stderr)``."""

    def _run(argv, *lines):
        monkeypatch.setattr(sys, "stdin", io.StringIO("".join(f"{line}\n" for line in lines)))
        code = main([*argv])
        out, err = capsys.readouterr()
        return code, out, err

    return _run


@pytest.fixture
def cli_vault(run, tmp_path):
    folder = tmp_path / "v"
    code, out, err = run(["init", str(folder), "--user", "Inspecteur Cli", "--passphrase-stdin"], PASS)
    assert code == 0, err
    return folder


def test_init_and_check_json(run, cli_vault):
    code, out, err = run(["check", str(cli_vault), "--json", "--passphrase-stdin"], PASS)
    assert code == 0, err
    report = json.loads(out)
    assert report["ok"] is True
    assert report["quick_check"] == ["ok"] and report["cipher_integrity_check"] == []
    assert report["cipher_version"].startswith("4.")
    assert report["users"] == [{"id": 1, "name": "Inspecteur Cli", "role": "inspector"}]
    assert report["row_counts"]["users"] == 1 and report["row_counts"]["vault_meta"] == 1
    assert report["schema_revision"]
    assert report["key_slots"] == {"slots": 1, "slots_without_user": 0, "users_without_slot": 0}


def test_check_text_output(run, cli_vault):
    code, out, _err = run(["check", str(cli_vault), "--passphrase-stdin"], PASS)
    assert code == 0
    assert "integrity: ok" in out and "Inspecteur Cli" in out and "users" in out


def test_init_refuses_a_weak_passphrase_with_the_reason(run, tmp_path):
    code, _out, err = run(["init", str(tmp_path / "w"), "--user", "X Y", "--passphrase-stdin"], "welkom123")
    assert code == 5
    assert "shorter than" in err or "predictable" in err
    assert "welkom123" not in err
    assert not (tmp_path / "w").exists()


def test_init_refuses_an_existing_vault(run, cli_vault):
    before = vault_hashes(cli_vault)
    code, _out, err = run(["init", str(cli_vault), "--user", "Ander", "--passphrase-stdin"], PASS)
    assert code == 5 and "already exist" in err
    assert vault_hashes(cli_vault) == before


def test_wrong_passphrase_exit_3(run, cli_vault):
    before = vault_hashes(cli_vault)
    code, _out, err = run(["check", str(cli_vault), "--passphrase-stdin"], "Verkeerde-Wachtzin-Hier-0")
    assert code == 3 and "wrong passphrase" in err
    assert vault_hashes(cli_vault) == before


def test_not_a_vault_exit_4(run, tmp_path):
    code, _out, err = run(["check", str(tmp_path), "--passphrase-stdin"])
    assert code == 4 and "no vault database" in err


def test_missing_passphrase_on_stdin_is_a_usage_error(run, cli_vault):
    code, _out, err = run(["check", str(cli_vault), "--passphrase-stdin"])
    assert code == 2 and "standard input" in err


def test_passwd_old_then_new(run, cli_vault):
    code, _out, err = run(["passwd", str(cli_vault), "--passphrase-stdin"], PASS, PASS_NEW)
    assert code == 0, err
    assert run(["check", str(cli_vault), "--passphrase-stdin"], PASS)[0] == 3
    assert run(["check", str(cli_vault), "--passphrase-stdin"], PASS_NEW)[0] == 0


def test_passwd_refuses_a_weak_new_passphrase(run, cli_vault):
    code, _out, _err = run(["passwd", str(cli_vault), "--passphrase-stdin"], PASS, "kort")
    assert code == 5
    assert run(["check", str(cli_vault), "--passphrase-stdin"], PASS)[0] == 0


def test_user_add_then_the_new_user_unlocks(run, cli_vault):
    code, _out, err = run(
        ["user", "add", str(cli_vault), "Beoordelaar Cli", "--role", "reviewer", "--passphrase-stdin"],
        PASS,
        PASS_REVIEWER,
    )
    assert code == 0, err
    code, out, _err = run(["check", str(cli_vault), "--json", "--passphrase-stdin"], PASS_REVIEWER)
    assert code == 0
    assert {"id": 2, "name": "Beoordelaar Cli", "role": "reviewer"} in json.loads(out)["users"]


def test_user_add_with_a_bad_role_is_a_usage_error(run, cli_vault):
    with pytest.raises(SystemExit) as info:
        run(["user", "add", str(cli_vault), "X", "--role", "admin", "--passphrase-stdin"], PASS, PASS_REVIEWER)
    assert info.value.code == 2


def test_backup_and_restore(run, cli_vault, tmp_path):
    dest = tmp_path / "b.ibtdbackup"
    code, _out, err = run(["backup", str(cli_vault), str(dest), "--passphrase-stdin"], PASS)
    assert code == 0, err and dest.exists()
    code, _out, err = run(["restore", str(dest), str(cli_vault)])
    assert code == 5 and "--force" in err
    code, _out, err = run(["restore", str(dest), str(tmp_path / "r")])
    assert code == 0, err
    assert run(["check", str(tmp_path / "r"), "--passphrase-stdin"], PASS)[0] == 0
    assert run(["restore", str(dest), str(cli_vault), "--force"])[0] == 0


def test_restore_of_a_non_backup_exit_4(run, tmp_path):
    bogus = tmp_path / "bogus.ibtdbackup"
    bogus.write_bytes(b"hello")
    assert run(["restore", str(bogus), str(tmp_path / "r")])[0] == 4


def test_no_command_is_a_usage_error(run):
    assert run([])[0] == 2


# -- real processes: the contract as automated checks see it ---------------------------------

def ibtd(*args: str, stdin: str = "") -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.run(
        [sys.executable, "-m", "ibtd_desktop.cli", *args],
        input=stdin, capture_output=True, text=True, env=env, timeout=120, check=False,
    )


def test_subprocess_exit_codes(tmp_path, fast_kdf):
    # A fresh process calibrates Argon2id for real (about 0.5 s per slot): keep this test short.
    folder = tmp_path / "sv"
    assert ibtd("--version").returncode == 0
    init = ibtd("init", str(folder), "--user", "Inspecteur Proces", "--passphrase-stdin", stdin=PASS + "\n")
    assert init.returncode == 0, init.stderr
    check = ibtd("check", str(folder), "--json", "--passphrase-stdin", stdin=PASS + "\n")
    assert check.returncode == 0, check.stderr
    assert json.loads(check.stdout)["ok"] is True
    assert ibtd("check", str(folder), "--passphrase-stdin", stdin="Verkeerde-Wachtzin-Hier-0\n").returncode == 3
    assert ibtd("check", str(tmp_path), "--passphrase-stdin", stdin=PASS + "\n").returncode == 4
    assert ibtd("frobnicate").returncode == 2


def test_prompted_new_passphrase_must_be_repeated(monkeypatch, capsys, tmp_path):
    import getpass

    answers = iter([PASS, PASS + "x", PASS, PASS])
    monkeypatch.setattr(getpass, "getpass", lambda prompt="": next(answers))
    assert main(["init", str(tmp_path / "p"), "--user", "Inspecteur Prompt"]) == 2
    assert "do not match" in capsys.readouterr().err
    assert not (tmp_path / "p").exists()
    assert main(["init", str(tmp_path / "p"), "--user", "Inspecteur Prompt"]) == 0
