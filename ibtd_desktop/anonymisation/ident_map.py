"""Digit-shaped identifier patterns run on a byte map of the text where every digit is "0".

A pattern that opens with ``\\d`` (or a letter class) is tried by the regex engine at every
digit or letter it meets, at 5-15 ns a character. On ``digit_map(text)`` a digit is the literal
byte "0", which the engine skips to at substring-search speed, so each pattern below opens with
(or is re-anchored on) a digit. The map keeps one byte per character (same offsets) and every
class the patterns read:

- ASCII digits become "0"; the patterns only ask whether a character is a digit.
- other ASCII characters stay, except \\x1c-\\x1f (``\\s`` to str patterns, not to bytes
  patterns), which become \\x0b, and \\x01, which becomes \\x00 (\\x01 stands for "€").
- beyond ASCII: ``\\s`` becomes \\x0b, "€" \\x01, another ``\\w`` "_", anything else \\x00.
- a non-ASCII digit has no byte: the map is None and the callers scan the text itself.

So ``\\w``, ``\\s``, ``[A-Z]``, ``[- ]`` and the other classes of the patterns hold on the map
exactly where they hold on the text.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator

_NO_BYTE = 0x02  # a non-ASCII digit: the text is scanned as it is


@functools.lru_cache(maxsize=4096)
def _byte_of(c: str) -> int:
    if "0" <= c <= "9":
        return ord("0")
    if c == "€":
        return 0x01
    if c.isascii():
        if c in "\x1c\x1d\x1e\x1f":
            return 0x0B
        return 0x00 if c == "\x01" else ord(c)
    if re.match(r"\d", c):
        return _NO_BYTE
    if re.match(r"\s", c):
        return 0x0B
    return ord("_") if re.match(r"\w", c) else 0x00


_LATIN1 = bytes(_byte_of(chr(b)) for b in range(256))


def byte_map(text: str, latin1: bytes, byte_of: Callable[[str], int]) -> bytes:
    """One byte per character of ``text`` (same offsets): Latin-1 characters through the
    ``latin1`` table, the others one by one through ``byte_of``."""
    raw = text.encode("latin-1", "replace")
    out = raw.translate(latin1)
    if raw.count(b"?") == text.count("?"):
        return out
    # Characters beyond Latin-1 became "?": a few per text ("€", "–", "’"): decide each.
    fixed = bytearray(out)
    i = raw.find(b"?")
    while i >= 0:
        fixed[i] = byte_of(text[i])
        i = raw.find(b"?", i + 1)
    return bytes(fixed)


def digit_map(text: str) -> bytes | None:
    """The byte map of ``text`` (see above), or None if it holds a non-ASCII digit."""
    out = byte_map(text, _LATIN1, _byte_of)
    if _NO_BYTE in out:
        return None
    return out


def on_map(pattern: str) -> re.Pattern:
    """A str pattern for the map: ``\\d`` is "0", "€" is \\x01 (other characters as they are)."""
    return re.compile(pattern.replace(r"\d", "0").replace("€", r"\x01").encode("ascii"))


def spans(rx: re.Pattern, mapped_rx: re.Pattern, text: str, cmap: bytes | None,
          back=None) -> Iterator[tuple[int, int]]:
    """The spans of ``rx.finditer(text)``, found by ``mapped_rx`` on the map.

    ``back(text, start)``: where the match of ``rx`` starts, for a mapped pattern re-anchored on
    a later digit (the part before it checked by a lookbehind); None when both start alike.
    """
    if cmap is None:
        for m in rx.finditer(text):
            yield m.span()
        return
    for m in mapped_rx.finditer(cmap):
        s = m.start()
        yield (back(text, s) if back else s), m.end()
