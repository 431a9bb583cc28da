"""Reference versions that the fast name paths are tested against (not used by the app)."""

from __future__ import annotations

import re

from ibtd_desktop.anonymisation.people import _LOWER_NAME

# _LOWER_NAME with the character before the first word consumed instead of looked behind: the
# same pairs, after a first one at the very start (see lowercase_firsts). Pairs overlap (the
# second word is looked ahead), and the whitespace before a second word opens the next pair.
_LOWER_FIRST = re.compile(r"[^\w@.]([a-zà-ÿ][a-zà-ÿ'-]+)(?=\s[a-zà-ÿ][a-zà-ÿ'-]+(?![\w@]))")


def lowercase_firsts(text: str) -> list[str]:
    """The first words of all _LOWER_NAME pairs: what name_lower.may_hold_lower_first, the
    pre-test of people._lowercase_names, must never miss."""
    m = _LOWER_NAME.match(text)
    if m is None:
        return _LOWER_FIRST.findall(text)
    return [m.group(1), *_LOWER_FIRST.findall(text, m.end(1))]
