"""Key slots: the vault's random data key, wrapped once per user passphrase.

``keyslots.json`` holds, per slot, only a random slot id, the Argon2id parameters, a salt and
the AES-256-GCM-wrapped data key; names stay inside the encrypted database. The GCM associated
data binds the vault id, slot id and parameters to the wrapped key, so an edited slot never
unwraps into a wrong key. Two checks cover the whole file:
- ``checksum`` (SHA-256, unkeyed) catches damage or a hand edit before any passphrase is tried;
- ``mac`` (HMAC-SHA256 keyed from the data key) catches a deliberate edit that fixed the
  checksum, once any slot has opened.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
from collections.abc import Iterable
from dataclasses import dataclass, replace

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from ibtd_desktop.domain.errors import NotAVault, UnsupportedVersion, WrongPassphrase
from ibtd_desktop.storage.kdf import KEY_BYTES, SALT_BYTES, KdfParams, derive_key

FORMAT = "ibtd-keyslots"
VERSION = 1
NONCE_BYTES = 12
MAX_SLOTS = 64
MAX_FILE_BYTES = 256 * 1024

DAMAGED = "Sleutelbestand is beschadigd of gewijzigd / key-slot file is damaged or edited"
UNSUPPORTED = "Sleutelbestand komt uit een nieuwere versie / key-slot file is from a newer app version"


@dataclass(frozen=True)
class Slot:
    slot_id: str
    params: KdfParams
    salt: bytes
    nonce: bytes
    wrapped: bytes


@dataclass(frozen=True)
class SlotFile:
    vault_id: str
    slots: tuple[Slot, ...]
    mac: str = ""

    def slot(self, slot_id: str) -> Slot:
        for slot in self.slots:
            if slot.slot_id == slot_id:
                return slot
        raise KeyError(slot_id)


def new_data_key() -> bytearray:
    """A fresh random 256-bit key, mutable so ``lock()`` can overwrite it."""
    return bytearray(secrets.token_bytes(KEY_BYTES))


def new_id() -> str:
    return secrets.token_hex(16)


def _aad(vault_id: str, slot_id: str, params: KdfParams) -> bytes:
    fields = {"vault_id": vault_id, "slot_id": slot_id, "kdf": "argon2id", **params.as_dict()}
    return b"ibtd-keyslot-v1" + json.dumps(fields, sort_keys=True).encode("ascii")


def make_slot(data_key: bytes | bytearray, passphrase: str, params: KdfParams, vault_id: str,
              slot_id: str | None = None) -> Slot:
    """Wrap ``data_key`` under ``passphrase`` (fresh salt and nonce every time)."""
    slot_id = slot_id or new_id()
    salt = secrets.token_bytes(SALT_BYTES)
    nonce = secrets.token_bytes(NONCE_BYTES)
    kek = derive_key(passphrase, salt, params)
    wrapped = AESGCM(kek).encrypt(nonce, bytes(data_key), _aad(vault_id, slot_id, params))
    return Slot(slot_id, params, salt, nonce, wrapped)


def try_slot(slot: Slot, passphrase: str, vault_id: str) -> bytearray | None:
    kek = derive_key(passphrase, slot.salt, slot.params)
    try:
        key = AESGCM(kek).decrypt(slot.nonce, slot.wrapped, _aad(vault_id, slot.slot_id, slot.params))
    except InvalidTag:
        return None
    return bytearray(key)


def open_any(slot_file: SlotFile, passphrase: str, hint: str | None = None) -> tuple[str, bytearray]:
    """(slot id, data key) of the first slot ``passphrase`` opens; the hinted slot is tried first.

    Raises ``WrongPassphrase`` when none opens, ``NotAVault`` when the file MAC fails.
    """
    for slot in _hint_first(slot_file.slots, hint):
        key = try_slot(slot, passphrase, slot_file.vault_id)
        if key is not None:
            verify_mac(slot_file, key)
            return slot.slot_id, key
    raise WrongPassphrase("Onjuiste wachtzin / wrong passphrase")


def _hint_first(slots: Iterable[Slot], hint: str | None) -> list[Slot]:
    ordered = list(slots)
    ordered.sort(key=lambda s: s.slot_id != hint)  # stable: hinted slot first, rest in file order
    return ordered


def with_slot(slot_file: SlotFile, slot: Slot) -> SlotFile:
    """A copy with ``slot`` added, or replacing the slot with the same id."""
    ids = [s.slot_id for s in slot_file.slots]
    if slot.slot_id in ids:  # keep the order: a rewrap changes one entry, nothing else
        slots = tuple(slot if s.slot_id == slot.slot_id else s for s in slot_file.slots)
    elif len(ids) >= MAX_SLOTS:
        raise ValueError("too many key slots")
    else:
        slots = (*slot_file.slots, slot)
    return replace(slot_file, slots=slots, mac="")


# -- serialisation ------------------------------------------------------------------------------

def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str, size: int | None = None) -> bytes:
    data = base64.b64decode(text.encode("ascii"), validate=True)
    if size is not None and len(data) != size:
        raise ValueError("field has the wrong size")
    return data


def _body(slot_file: SlotFile) -> dict:
    return {
        "format": FORMAT,
        "version": VERSION,
        "vault_id": slot_file.vault_id,
        "slots": [
            {
                "id": s.slot_id,
                "kdf": "argon2id",
                "params": s.params.as_dict(),
                "salt": _b64(s.salt),
                "nonce": _b64(s.nonce),
                "wrapped": _b64(s.wrapped),
            }
            for s in slot_file.slots
        ],
    }


def _canonical(data: dict) -> bytes:
    return json.dumps(data, sort_keys=True, separators=(",", ":")).encode("ascii")


def _mac_key(data_key: bytes | bytearray) -> bytes:
    return hmac.new(bytes(data_key), b"ibtd keyslots mac v1", hashlib.sha256).digest()


def compute_mac(slot_file: SlotFile, data_key: bytes | bytearray) -> str:
    return hmac.new(_mac_key(data_key), _canonical(_body(slot_file)), hashlib.sha256).hexdigest()


def verify_mac(slot_file: SlotFile, data_key: bytes | bytearray) -> None:
    if not hmac.compare_digest(compute_mac(slot_file, data_key), slot_file.mac):
        raise NotAVault(DAMAGED)


def serialise(slot_file: SlotFile, data_key: bytes | bytearray) -> bytes:
    """The file's bytes, MAC'd with ``data_key`` and checksummed."""
    doc = _body(slot_file)
    doc["mac"] = compute_mac(slot_file, data_key)
    doc["checksum"] = hashlib.sha256(_canonical(doc)).hexdigest()
    return json.dumps(doc, sort_keys=True, indent=1).encode("ascii") + b"\n"


def parse(raw: bytes) -> SlotFile:
    """Parse and check the checksum and every field; ``NotAVault`` for anything off."""
    if len(raw) > MAX_FILE_BYTES:
        raise NotAVault(DAMAGED)
    try:
        doc = json.loads(raw.decode("ascii"))
        if not isinstance(doc, dict) or doc.get("format") != FORMAT:
            raise ValueError("not a key-slot file")
        if isinstance(doc.get("version"), int) and doc["version"] > VERSION:
            raise UnsupportedVersion(UNSUPPORTED)
        if doc.get("version") != VERSION:
            raise ValueError("unknown version")
        checksum = doc.pop("checksum")
        if not hmac.compare_digest(hashlib.sha256(_canonical(doc)).hexdigest(), str(checksum)):
            raise ValueError("checksum mismatch")
        slots = tuple(_parse_slot(item) for item in doc["slots"])
        if not slots or len(slots) > MAX_SLOTS or len({s.slot_id for s in slots}) != len(slots):
            raise ValueError("bad slot list")
        vault_id = str(doc["vault_id"])
        if len(bytes.fromhex(vault_id)) != 16:
            raise ValueError("bad vault id")
        return SlotFile(vault_id=vault_id, slots=slots, mac=str(doc["mac"]))
    except NotAVault:
        raise
    except (ValueError, KeyError, TypeError, UnicodeDecodeError, AttributeError):
        raise NotAVault(DAMAGED) from None


def _parse_slot(item: dict) -> Slot:
    if item["kdf"] != "argon2id":
        raise ValueError("unknown kdf")
    slot_id = str(item["id"])
    bytes.fromhex(slot_id)
    return Slot(
        slot_id=slot_id,
        params=KdfParams.from_dict(item["params"]),
        salt=_unb64(item["salt"], SALT_BYTES),
        nonce=_unb64(item["nonce"], NONCE_BYTES),
        wrapped=_unb64(item["wrapped"], KEY_BYTES + 16),
    )
