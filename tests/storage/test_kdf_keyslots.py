"""Argon2id calibration and the key-slot file format (no database involved)."""

from __future__ import annotations

import json

import pytest

from ibtd_desktop.domain.errors import NotAVault, UnsupportedVersion, WrongPassphrase
from ibtd_desktop.storage import keyslots
from ibtd_desktop.storage.kdf import (
    FLOOR_PARAMS,
    MAX_MEMORY_KIB,
    MIN_MEMORY_KIB,
    KdfParams,
    calibrate,
)

PASS_A = "Eerste-Wachtzin-Voor-Test-1"
PASS_B = "Tweede-Wachtzin-Voor-Test-2"


def cost_model(seconds_per_pass_at_floor: float):
    """Argon2 time is ~linear in passes x memory: a machine of the given speed."""
    calls = []

    def cost_of(params: KdfParams) -> float:
        calls.append(params)
        return seconds_per_pass_at_floor * params.time_cost * params.memory_kib / MIN_MEMORY_KIB

    return cost_of, calls


@pytest.mark.parametrize("floor_pass_seconds", [0.005, 0.02, 0.05, 0.08])
def test_calibration_targets_half_a_second(floor_pass_seconds):
    cost_of, calls = cost_model(floor_pass_seconds)
    params = calibrate(0.5, cost_of=cost_of, parallelism=2)
    assert calls, "calibration must measure"
    estimated = cost_of(params)
    assert 0.4 <= estimated <= 0.6
    assert params.memory_kib >= MIN_MEMORY_KIB
    assert params.parallelism == 2


def test_calibration_on_a_slow_machine_keeps_the_memory_floor():
    cost_of, _ = cost_model(0.9)  # one pass at 64 MiB already takes 0.9 s
    params = calibrate(0.5, cost_of=cost_of, parallelism=1)
    assert params.memory_kib == MIN_MEMORY_KIB
    assert params.time_cost == 1


def test_calibration_on_a_fast_machine_caps_memory_and_adds_passes():
    cost_of, _ = cost_model(0.0005)
    params = calibrate(0.5, cost_of=cost_of, parallelism=4)
    assert params.memory_kib <= MAX_MEMORY_KIB
    assert 0.4 <= cost_of(params) <= 0.6


def test_params_below_the_floor_are_refused():
    with pytest.raises(ValueError):
        KdfParams(1, MIN_MEMORY_KIB - 8, 1).validate()


def make_file(*passphrases: str) -> tuple[keyslots.SlotFile, bytearray]:
    key = keyslots.new_data_key()
    vault_id = keyslots.new_id()
    slot_file = keyslots.SlotFile(vault_id, ())
    for passphrase in passphrases:
        slot_file = keyslots.with_slot(slot_file, keyslots.make_slot(key, passphrase, FLOOR_PARAMS, vault_id))
    return slot_file, key


def test_each_passphrase_opens_its_slot_and_the_same_key():
    slot_file, key = make_file(PASS_A, PASS_B)
    parsed = keyslots.parse(keyslots.serialise(slot_file, key))
    slot_a, key_a = keyslots.open_any(parsed, PASS_A)
    slot_b, key_b = keyslots.open_any(parsed, PASS_B)
    assert key_a == key_b == key
    assert slot_a != slot_b
    with pytest.raises(WrongPassphrase):
        keyslots.open_any(parsed, "Niet-De-Goede-Wachtzin-3")


def test_hint_is_tried_first():
    slot_file, key = make_file(PASS_A, PASS_A)  # same passphrase in both: the hint decides
    slot_file = keyslots.parse(keyslots.serialise(slot_file, key))
    second = slot_file.slots[1].slot_id
    assert keyslots.open_any(slot_file, PASS_A, hint=second)[0] == second
    assert keyslots.open_any(slot_file, PASS_A)[0] == slot_file.slots[0].slot_id


def test_slot_file_holds_no_names_only_ids_params_salt_and_wrapped_key():
    slot_file, key = make_file(PASS_A)
    doc = json.loads(keyslots.serialise(slot_file, key))
    assert set(doc) == {"format", "version", "vault_id", "slots", "mac", "checksum"}
    assert set(doc["slots"][0]) == {"id", "kdf", "params", "salt", "nonce", "wrapped"}
    assert PASS_A.encode() not in keyslots.serialise(slot_file, key)


def _edit(raw: bytes, mutate, fix_checksum: bool) -> bytes:
    doc = json.loads(raw)
    mutate(doc)
    if fix_checksum:  # a deliberate edit that also fixes the unkeyed checksum
        import hashlib

        doc.pop("checksum")
        canonical = json.dumps(doc, sort_keys=True, separators=(",", ":")).encode()
        doc["checksum"] = hashlib.sha256(canonical).hexdigest()
    return json.dumps(doc).encode()


def _flip_wrapped(doc, index=0):
    wrapped = bytearray(__import__("base64").b64decode(doc["slots"][index]["wrapped"]))
    wrapped[0] ^= 1
    doc["slots"][index]["wrapped"] = __import__("base64").b64encode(bytes(wrapped)).decode()


def test_hand_edited_slot_file_fails_its_checksum():
    slot_file, key = make_file(PASS_A)
    raw = _edit(keyslots.serialise(slot_file, key), _flip_wrapped, fix_checksum=False)
    with pytest.raises(NotAVault):
        keyslots.parse(raw)


def test_edited_own_slot_never_yields_a_wrong_key():
    slot_file, key = make_file(PASS_A)
    raw = _edit(keyslots.serialise(slot_file, key), _flip_wrapped, fix_checksum=True)
    with pytest.raises(WrongPassphrase):  # GCM refuses: no key at all, not a wrong one
        keyslots.open_any(keyslots.parse(raw), PASS_A)


def test_edited_params_are_bound_to_the_wrapped_key():
    slot_file, key = make_file(PASS_A)

    def raise_cost(doc):
        doc["slots"][0]["params"]["t"] = 2

    raw = _edit(keyslots.serialise(slot_file, key), raise_cost, fix_checksum=True)
    with pytest.raises(WrongPassphrase):
        keyslots.open_any(keyslots.parse(raw), PASS_A)


def test_edited_other_slot_is_caught_by_the_keyed_mac():
    slot_file, key = make_file(PASS_A, PASS_B)
    raw = _edit(keyslots.serialise(slot_file, key), lambda d: _flip_wrapped(d, 1), fix_checksum=True)
    with pytest.raises(NotAVault):
        keyslots.open_any(keyslots.parse(raw), PASS_A)


def test_removed_slot_is_caught_by_the_keyed_mac():
    slot_file, key = make_file(PASS_A, PASS_B)
    raw = _edit(keyslots.serialise(slot_file, key), lambda d: d["slots"].pop(1), fix_checksum=True)
    with pytest.raises(NotAVault):
        keyslots.open_any(keyslots.parse(raw), PASS_A)


@pytest.mark.parametrize("raw", [b"", b"{}", b"not json", b"\xff\xfe", b'{"format": "ibtd-keyslots", "version": 1}'])
def test_garbage_is_not_a_slot_file(raw):
    with pytest.raises(NotAVault):
        keyslots.parse(raw)


def test_newer_slot_file_version_is_unsupported():
    slot_file, key = make_file(PASS_A)
    raw = _edit(keyslots.serialise(slot_file, key), lambda d: d.update(version=99), fix_checksum=True)
    with pytest.raises(UnsupportedVersion):
        keyslots.parse(raw)


def test_absurd_kdf_params_are_refused_before_deriving():
    slot_file, key = make_file(PASS_A)

    def huge(doc):
        doc["slots"][0]["params"]["m_kib"] = 64 * 1024 * 1024  # 64 GiB: a denial of service

    with pytest.raises(NotAVault):
        keyslots.parse(_edit(keyslots.serialise(slot_file, key), huge, fix_checksum=True))
