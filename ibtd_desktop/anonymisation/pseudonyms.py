"""Consistent pseudonyms within an investigation, keyed with a per-vault secret (HMAC-SHA256).

The same person always gets the same placeholder: known interviewees keep their agreed pseudonym
("Respondent 3"); other persons become "[PERSOON 1]", "[PERSOON 2]" in order of appearance. The
key that groups mentions is an HMAC of the normalised name, so the mapping can be stored or
compared without storing the name, and cannot be reversed without the vault secret.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from ibtd_desktop.anonymisation.context import DetectionContext, name_variants
from ibtd_desktop.anonymisation.spans import Span
from ibtd_desktop.anonymisation.tokens import PARTICLES

_TITLE_PREFIX = re.compile(r"^(?:mevrouw|mevr\.|mw\.?|dhr\.?|de heer|meneer|mr\.|drs\.|dr\.)\s+", re.I)


def normalise_name(name: str) -> str:
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = _TITLE_PREFIX.sub("", text.strip()).lower()
    text = re.sub(r"['’]s$", "", text)
    return re.sub(r"\s+", " ", text)


def person_key(secret: bytes, name: str) -> str:
    """Keyed, irreversible identifier of a name: HMAC-SHA256(secret, normalised name)."""
    if not secret:
        raise ValueError("a pseudonym secret is required")
    return hmac.new(secret, normalise_name(name).encode("utf-8"), hashlib.sha256).hexdigest()


def _surname_core(name: str) -> str:
    words = [w for w in normalise_name(name).split() if w not in PARTICLES and not w.endswith(".")]
    return words[-1] if words else normalise_name(name)


@dataclass
class Pseudonymiser:
    """Assigns placeholders for one investigation; reuse it across that investigation's texts."""

    secret: bytes
    context: DetectionContext | None = None
    other_template: str = "[PERSOON {n}]"
    _by_key: dict[str, str] = field(default_factory=dict)
    _count: int = 0

    def __post_init__(self) -> None:
        if self.context is not None:
            for person in self.context.known_people:
                if person.name and person.pseudonym:
                    for variant in name_variants(person.name):
                        self._by_key.setdefault(person_key(self.secret, variant), person.pseudonym)
                    self._by_key.setdefault(self._core_key(person.name), person.pseudonym)

    def _core_key(self, name: str) -> str:
        return "core:" + person_key(self.secret, _surname_core(name))

    def pseudonym_for(self, name: str) -> str:
        key = person_key(self.secret, name)
        if key in self._by_key:
            return self._by_key[key]
        core = self._core_key(name)
        if core in self._by_key:  # "mevrouw El Haddouchi" after "Samira el Haddouchi"
            value = self._by_key[core]
        else:
            self._count += 1
            value = self.other_template.format(n=self._count)
            self._by_key[core] = value
        self._by_key[key] = value
        return value

    def mapping_keys(self) -> dict[str, str]:
        """HMAC key -> pseudonym: safe to store (contains no names)."""
        return dict(self._by_key)


def pseudonymise(text: str, spans: Sequence[Span], secret: bytes,
                 context: DetectionContext | None = None,
                 pseudonymiser: Pseudonymiser | None = None) -> str:
    """Replace PERSON spans by consistent pseudonyms; other spans are left to ``redact``."""
    p = pseudonymiser or Pseudonymiser(secret, context)
    people = sorted((s for s in spans if s.label == "PERSON"), key=lambda s: s.start)
    for s in people:  # assign in order of appearance
        p.pseudonym_for(text[s.start:s.end])
    out, last = [], 0
    for s in people:
        out.append(text[last:s.start])
        out.append(p.pseudonym_for(text[s.start:s.end]))
        last = s.end
    out.append(text[last:])
    return "".join(out)


def pseudonymise_many(texts: Iterable[str], spans_per_text: Iterable[Sequence[Span]],
                      secret: bytes, context: DetectionContext | None = None) -> list[str]:
    """Several texts of one investigation with one shared numbering."""
    p = Pseudonymiser(secret, context)
    return [pseudonymise(t, s, secret, pseudonymiser=p) for t, s in zip(texts, spans_per_text)]
