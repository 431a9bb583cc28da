"""Typed placeholders and generalisation, driven by the interviewee's anonymity agreement."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace

from ibtd_desktop.anonymisation.dates_ages import DATE, MONTHS
from ibtd_desktop.anonymisation.places import province_of
from ibtd_desktop.anonymisation.spans import Span

PLACEHOLDERS = {
    "PERSON": "[NAAM]", "BSN": "[BSN]", "IBAN": "[IBAN]", "PHONE": "[TELEFOON]",
    "EMAIL": "[E-MAIL]", "POSTCODE": "[POSTCODE]", "ADDRESS": "[ADRES]", "LOCATION": "[WOONPLAATS]",
    "DATE_OF_BIRTH": "[GEBOORTEDATUM]", "AGE": "[LEEFTIJD]", "LICENSE_PLATE": "[KENTEKEN]",
    "KVK": "[KVK]", "CASE_NUMBER": "[ZAAKNUMMER]", "ORGANISATION_PRIVATE": "[ORGANISATIE]",
    "ID_NUMBER": "[ID-NUMMER]", "URL": "[URL]",
}
KNOWN_SAFEGUARDS = frozenset({
    "no_name", "no_place_below_province", "no_job_title_employer", "no_exact_dates",
    "quotes_checked", "no_age", "no_date_of_birth",
})


@dataclass(frozen=True)
class RedactionPolicy:
    """How each kind of personal data is shown. Defaults: everything becomes a placeholder.

    mode values: "placeholder" (typed tag), "generalise" (band/province/year), "remove" (empty),
    "keep" (left as written; only for labels an agreement explicitly allows).
    """

    person: str = "placeholder"
    location: str = "placeholder"          # generalise -> province
    age: str = "placeholder"               # generalise -> 10-year band
    date_of_birth: str = "placeholder"     # generalise -> year
    postcode: str = "remove"
    organisation: str = "placeholder"
    exact_dates: str = "keep"              # generalise -> month + year (non-birth dates in text)
    age_band: int = 10
    quotes_checked: bool = False

    def mode_for(self, label: str) -> str:
        return {
            "PERSON": self.person, "LOCATION": self.location, "AGE": self.age,
            "DATE_OF_BIRTH": self.date_of_birth, "POSTCODE": self.postcode,
            "ORGANISATION_PRIVATE": self.organisation,
        }.get(label, "placeholder")


def policy_from_safeguards(safeguards: Iterable[str]) -> RedactionPolicy:
    """Build the policy from the agreed safeguards; unknown safeguard names raise ValueError."""
    agreed = {s.strip() for s in safeguards if s and s.strip()}
    unknown = agreed - KNOWN_SAFEGUARDS
    if unknown:
        raise ValueError(f"unknown safeguard(s): {', '.join(sorted(unknown))}")
    # Without an agreement to the contrary, places and ages are generalised, not hidden.
    policy = RedactionPolicy(location="generalise", age="generalise", date_of_birth="generalise")
    if "no_name" in agreed:
        policy = replace(policy, person="placeholder")
    if "no_place_below_province" in agreed:
        policy = replace(policy, location="generalise", postcode="remove")
    if "no_job_title_employer" in agreed:
        policy = replace(policy, organisation="placeholder")
    if "no_exact_dates" in agreed:
        policy = replace(policy, exact_dates="generalise", date_of_birth="remove")
    if "no_age" in agreed:
        policy = replace(policy, age="placeholder")
    if "no_date_of_birth" in agreed:
        policy = replace(policy, date_of_birth="remove")
    if "quotes_checked" in agreed:
        policy = replace(policy, quotes_checked=True)
    return policy


_AGE_NUMBER = re.compile(r"\d{1,3}")
_NUMERAL_VALUES = {w: i for i, w in enumerate(
    "nul een twee drie vier vijf zes zeven acht negen tien elf twaalf dertien veertien vijftien "
    "zestien zeventien achttien negentien twintig".split())}


def age_band(value: int, width: int = 10) -> str:
    if value >= 80:
        return "80+"
    low = value - value % width
    return f"{low}-{low + width - 1}"


def _age_value(surface: str) -> int | None:
    m = _AGE_NUMBER.search(surface)
    if m:
        return int(m.group())
    word = re.sub(r"(?:de|ste|jarige)$", "", surface.lower().split()[0])
    return _NUMERAL_VALUES.get(word) or _NUMERAL_VALUES.get(word.replace("tiende", "tien"))


def _year_of(date_text: str) -> str | None:
    m = re.search(r"(?:19|20)\d\d", date_text)
    if m:
        return m.group()
    m = re.search(r"'(\d\d)\b|[A-Za-z]{3}(\d\d)$", date_text)
    if m:
        yy = int(m.group(1) or m.group(2))
        return str(1900 + yy if yy > 30 else 2000 + yy)
    return None


def generalise(label: str, surface: str, policy: RedactionPolicy) -> str:
    if label == "AGE":
        value = _age_value(surface)
        return f"{age_band(value, policy.age_band)} jaar" if value is not None else "[LEEFTIJD]"
    if label == "LOCATION":
        province = province_of(surface)
        return f"[provincie {province}]" if province else "[WOONPLAATS]"
    if label == "DATE_OF_BIRTH":
        year = _year_of(surface)
        return year if year else "[GEBOORTEDATUM]"
    if label == "POSTCODE":
        return ""
    return PLACEHOLDERS.get(label, f"[{label}]")


def _replacement(label: str, surface: str, policy: RedactionPolicy) -> str:
    mode = policy.mode_for(label)
    if mode == "keep":
        return surface
    if mode == "remove":
        return ""
    if mode == "generalise":
        return generalise(label, surface, policy)
    return PLACEHOLDERS.get(label, f"[{label}]")


def _month_year(match: re.Match) -> str:
    text = match.group()
    year = _year_of(text)
    m = re.match(r"\d{1,2}[-/.](\d{1,2})[-/.]", text) or re.match(r"(?:19|20)\d\d-(\d{1,2})", text)
    if m:
        month = int(m.group(1))
    else:
        word = re.search(r"[A-Za-z]+", text)
        month = MONTHS.get(word.group().lower(), 0) if word else 0
    names = [k for k, v in MONTHS.items() if v == month and len(k) > 3]
    month_name = names[0] if names else ""
    return f"{month_name} {year}".strip() if year else month_name or "[DATUM]"


def redact(text: str, spans: Sequence[Span], policy: RedactionPolicy | None = None,
           replace_person: Callable[[Span], str] | None = None) -> str:
    """Text with each span replaced per ``policy``; ``replace_person`` supplies pseudonyms."""
    policy = policy or RedactionPolicy()
    out, last = [], 0
    for s in sorted(spans, key=lambda s: s.start):
        if s.start < last:
            continue  # overlapping input: the earlier span already covers it
        out.append(_dates(text[last:s.start], policy))
        surface = text[s.start:s.end]
        if s.label == "PERSON" and replace_person is not None and policy.person != "keep":
            out.append(replace_person(s))
        else:
            replacement = _replacement(s.label, surface, policy)
            out.append(replacement)
            if not replacement:  # removed: do not leave a double space or " ," behind
                while out and out[-2:-1] and out[-2].endswith(" ") and \
                        text[s.end:s.end + 1] in (" ", ",", ".", ";", ":", ")"):
                    out[-2] = out[-2][:-1]
                    break
        last = s.end
    out.append(_dates(text[last:], policy))
    return "".join(out)


def _dates(segment: str, policy: RedactionPolicy) -> str:
    if policy.exact_dates != "generalise":
        return segment
    return DATE.sub(_month_year, segment)
