"""Regression floor on the shared development corpus (skipped when the corpus is absent)."""

import json
import re
from pathlib import Path

import pytest

from ibtd_desktop.anonymisation import detect
from ibtd_desktop.resources import resource_path

CORPUS = Path(__file__).resolve().parents[4] / "shared" / "corpus" / "dev.jsonl"

# Slightly below what the detector reaches (recall 0.997, leak 0.002, precision 1.0).
MIN_OVERLAP_RECALL = 0.985
MAX_LEAKED_CHARS = 0.01
MIN_OVERLAP_PRECISION = 0.97
MIN_RECALL_PER_LABEL = {
    "BSN": 0.99, "IBAN": 0.99, "EMAIL": 0.99, "PHONE": 0.99, "POSTCODE": 0.99,
    "LICENSE_PLATE": 0.99, "KVK": 0.99, "ID_NUMBER": 0.99, "PERSON": 0.97,
}


@pytest.fixture(scope="module")
def scored():
    if not CORPUS.exists():
        pytest.skip(f"corpus not found at {CORPUS}")
    docs = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines() if line]
    hits, total, leaked, gold_chars, pred_hits, pred_total = {}, {}, 0, 0, 0, 0
    for doc in docs:
        spans = detect(doc["text"])
        covered = set()
        for s in spans:
            covered.update(range(s.start, s.end))
            pred_total += 1
            pred_hits += any(g["start"] < s.end and s.start < g["end"] for g in doc["entities"])
        for g in doc["entities"]:
            total[g["label"]] = total.get(g["label"], 0) + 1
            found = any(s.start < g["end"] and g["start"] < s.end for s in spans)
            hits[g["label"]] = hits.get(g["label"], 0) + found
            chars = range(g["start"], g["end"])
            gold_chars += len(chars)
            leaked += sum(1 for c in chars if c not in covered and not doc["text"][c].isspace())
    return hits, total, leaked / gold_chars, pred_hits / pred_total


def test_overlap_recall_and_leak_floor(scored):
    hits, total, leak, precision = scored
    recall = sum(hits.values()) / sum(total.values())
    assert recall >= MIN_OVERLAP_RECALL
    assert leak <= MAX_LEAKED_CHARS
    assert precision >= MIN_OVERLAP_PRECISION


@pytest.mark.parametrize("label", sorted(MIN_RECALL_PER_LABEL))
def test_per_label_floor(scored, label):
    hits, total, _, _ = scored
    assert hits[label] / total[label] >= MIN_RECALL_PER_LABEL[label]


@pytest.mark.parametrize("supplement, whole", [
    ("first_names_extra.txt", False),       # no word of a corpus PERSON
    ("surnames_extra.txt", False),
    ("places_extra.txt", True),             # no corpus entity as a whole
    ("places_foreign_extra.txt", True),
])
def test_the_hand_written_supplements_hold_nothing_from_the_corpus(supplement, whole):
    # The supplements are general knowledge; an entry copied from the corpus would inflate its
    # score.
    if not CORPUS.exists():
        pytest.skip(f"corpus not found at {CORPUS}")
    found = set()
    for line in CORPUS.read_text(encoding="utf-8").splitlines():
        doc = json.loads(line) if line else None
        for g in doc["entities"] if doc else ():
            surface = doc["text"][g["start"]:g["end"]].lower()
            if whole:
                found.add(surface)
            elif g["label"] == "PERSON":
                found.update(re.findall(r"\w+", surface))
    extra = resource_path("lexicons", supplement).read_text(encoding="utf-8")
    listed = {ln.strip().lower() for ln in extra.splitlines() if ln.strip() and ln[0] != "#"}
    assert listed and not listed & found
