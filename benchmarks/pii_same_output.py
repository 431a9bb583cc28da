"""Does a change to the detector keep its output? Finder by finder, on a broad set of texts.

    python benchmarks/pii_same_output.py --record     # on the reference revision: store output
    python benchmarks/pii_same_output.py              # after a change: compare, list differences

For performance work, where the output must not move. Each finder is compared separately (a
change that only drops losing candidates shows up too, so it can be judged), then ``detect``
without and with case-file context. The texts: the shared development corpus and variants of it
(one line, lower case, upper case, the annotated source), demo notes, the string literals of the
anonymisation tests, and random slices of the corpus cut at arbitrary offsets. The reference is
written to ``benchmarks/.pii-reference.pickle`` (gitignored): it holds corpus text.
"""

from __future__ import annotations

import argparse
import ast
import hashlib
import json
import pickle
import random
import sys
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(REPO))

from ibtd_desktop.anonymisation import DetectionContext, KnownPerson, detect  # noqa: E402
from ibtd_desktop.anonymisation import context as ctx  # noqa: E402
from ibtd_desktop.anonymisation import dates_ages, identifiers, organisations, people, places  # noqa: E402
from ibtd_desktop.anonymisation.merge import resolve  # noqa: E402

CORPUS_DIR = REPO.parent / "shared" / "corpus"
REFERENCE = HERE / ".pii-reference.pickle"


def texts() -> dict[str, str]:
    out: dict[str, str] = {}
    docs = [json.loads(line) for line in (CORPUS_DIR / "dev.jsonl").read_text(encoding="utf-8").splitlines()
            if line.strip()]
    for d in docs:
        t = d["text"]
        out[f"dev:{d['id']}"] = t
        out[f"line:{d['id']}"] = t.replace("\n", " ")
        out[f"lower:{d['id']}"] = t.lower()
        out[f"upper:{d['id']}"] = t.upper()
    out["src"] = (CORPUS_DIR / "dev.src.txt").read_text(encoding="utf-8")
    whole = "\n\n".join(d["text"] for d in docs)
    rng = random.Random(4)
    for i in range(400):
        a = rng.randrange(len(whole))
        out[f"slice:{i}"] = whole[a:a + rng.randint(20, 2500)]
    from ibtd_desktop.services.casework import demo_data
    for i in range(120):
        r = random.Random(i)
        out[f"demo:{i}"] = demo_data.make_notes(r, demo_data.make_person(r), "Dienst Toeslagen", date(2024, 5, 1))
    for path in sorted((REPO / "tests").rglob("test_*.py")):
        if "anon" not in path.name and "summar" not in str(path):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and len(node.value) > 3:
                # Keyed by content: an edit elsewhere in a test file must not move the keys.
                digest = hashlib.sha1(node.value.encode("utf-8")).hexdigest()[:16]
                out[f"test:{digest}"] = node.value
    return out


def contexts(docs: dict[str, str]) -> dict[str, DetectionContext]:
    """Known people for the corpus documents, from their annotated names (a harness, not a rule)."""
    out = {}
    for line in (CORPUS_DIR / "dev.jsonl").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        d = json.loads(line)
        names = [e["text"] for e in d["entities"] if e["label"] == "PERSON" and " " in e["text"]][:3]
        phones = [e["text"] for e in d["entities"] if e["label"] == "PHONE"][:1]
        places_ = [e["text"] for e in d["entities"] if e["label"] == "LOCATION"][:1]
        known = [KnownPerson(name=n, phone=(phones[0] if phones and i == 0 else ""),
                             place=(places_[0] if places_ and i == 0 else ""), email="x.y@example.nl",
                             address="Dorpsstraat 12, 1234 AB Nergenshuizen", other=("AB1234567",))
                 for i, n in enumerate(names)]
        out[f"dev:{d['id']}"] = DetectionContext(known_people=known)
    return out


def _people(text: str):
    return [s for s in resolve(people.find_people(text)) if s.label == "PERSON"]


FINDERS = {
    **{f.__name__: f for f in (
        identifiers.find_emails, identifiers.find_urls, identifiers.find_ibans, identifiers.find_phones,
        identifiers.find_postcodes, identifiers.find_plates, identifiers.find_documents,
        identifiers.find_numbers, identifiers.find_codes, dates_ages.find_birth_dates,
        places.find_addresses, places.find_locations, organisations.find_organisations,
        people.find_people)},
    "find_ages": lambda t: dates_ages.find_ages(t, _people(t)),
    "propagate_names": lambda t: people.propagate_names(t, _people(t)),
    "detect": detect,
}


def run(docs: dict[str, str], ctxs: dict[str, DetectionContext]) -> dict[tuple[str, str], list[tuple]]:
    out = {}
    for key, text in docs.items():
        for name, finder in FINDERS.items():
            out[(name, key)] = sorted((s.start, s.end, s.label, s.source, s.confidence) for s in finder(text))
        if key in ctxs:
            c = ctxs[key]
            out[("known_people", key)] = sorted(
                (s.start, s.end, s.label, s.source, s.confidence) for s in ctx.find_known_people(text, c))
            out[("detect+context", key)] = [
                (s.start, s.end, s.label, s.source, s.confidence) for s in detect(text, c)]
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--record", action="store_true", help="store the reference output")
    ap.add_argument("--show", type=int, default=5, help="differences to print per finder")
    args = ap.parse_args()
    docs = texts()
    got = run(docs, contexts(docs))
    if args.record:
        REFERENCE.write_bytes(pickle.dumps(got))
        print(f"recorded {len(got)} outputs over {len(docs)} texts -> {REFERENCE}")
        return 0
    ref = pickle.loads(REFERENCE.read_bytes())
    bad: dict[str, list] = {}
    for key, spans in ref.items():
        if key[1] not in docs:
            continue  # a test string since removed from the tests
        if got.get(key) != spans:
            bad.setdefault(key[0], []).append(key)
    if not bad:
        print(f"same output: {len(ref)} outputs over {len(docs)} texts")
        return 0
    for finder, keys in bad.items():
        print(f"{finder}: {len(keys)} texts differ")
        for key in keys[:args.show]:
            old, new = set(ref[key]), set(got.get(key, []))
            text = docs[key[1]]
            for s in sorted(old - new)[:4]:
                print(f"   {key[1]}: lost   {s} {text[s[0]:s[1]]!r}")
            for s in sorted(new - old)[:4]:
                print(f"   {key[1]}: gained {s} {text[s[0]:s[1]]!r}")
    return 1


if __name__ == "__main__":
    sys.exit(main())
