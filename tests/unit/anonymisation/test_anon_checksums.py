from hypothesis import given, strategies as st

from ibtd_desktop.anonymisation.checksums import (
    elfproef, iban_check_digits, iban_valid, is_plate, plate_shape)


def _bsn_from(prefix: str) -> str | None:
    total = sum(int(c) * w for c, w in zip(prefix, range(9, 1, -1)))
    check = total % 11
    return None if check == 10 else prefix + str(check)


@given(st.text(alphabet="0123456789", min_size=8, max_size=8))
def test_generated_bsn_passes_and_any_single_digit_change_fails(prefix):
    bsn = _bsn_from(prefix)
    if bsn is None or set(bsn) == {"0"}:
        return
    assert elfproef(bsn)
    assert elfproef(f"{bsn[:4]}.{bsn[4:6]}.{bsn[6:]}")
    assert elfproef(f"{bsn[:3]} {bsn[3:6]} {bsn[6:]}")
    for i in range(9):
        changed = bsn[:i] + str((int(bsn[i]) + 1) % 10) + bsn[i + 1:]
        assert not elfproef(changed)


def test_elfproef_known_values():
    assert elfproef("111222333")
    assert not elfproef("123456789")
    assert not elfproef("000000000")
    assert not elfproef("12345")


@given(st.sampled_from(["ABNA", "RABO", "INGB", "SNSB", "TRIO", "KNAB", "BUNQ"]),
       st.text(alphabet="0123456789", min_size=10, max_size=10))
def test_generated_nl_iban_is_valid_and_digit_errors_are_caught(bank, account):
    body = "NL" + bank + account
    iban = "NL" + iban_check_digits("NL" + bank + account) + bank + account
    assert iban_valid(iban)
    assert iban_valid(" ".join(iban[i:i + 4] for i in range(0, 18, 4)))
    assert iban_valid(iban.lower())
    i = 10
    changed = iban[:i] + str((int(iban[i]) + 3) % 10) + iban[i + 1:]
    assert not iban_valid(changed)
    assert body  # keeps hypothesis's example readable


def test_iban_rejects_wrong_length_and_garbage():
    assert iban_valid("NL91ABNA0417164300")
    assert not iban_valid("NL91ABNA041716430")
    assert not iban_valid("hello world")


def test_plate_sidecodes():
    for plate in ("25-BPT-9", "VK-418-B", "58-PT-LJ", "7-KPZ-34", "HXT-52-R", "XX-99-99"):
        assert is_plate(plate), plate
    assert plate_shape("vk-418-b") == "XX-999-X"
    assert not is_plate("12-03-84")
    assert not is_plate("ABC-DEF-GH")
