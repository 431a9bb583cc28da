"""Personal-data detection and anonymisation for Dutch inspection notes. Pure Python.

No Qt, no database: summaries, export and sync call these functions with plain values.
"""

from ibtd_desktop.anonymisation.caches import forget_case_data
from ibtd_desktop.anonymisation.context import DetectionContext, KnownPerson
from ibtd_desktop.anonymisation.detector import detect
from ibtd_desktop.anonymisation.places import province_of
from ibtd_desktop.anonymisation.pseudonyms import Pseudonymiser, person_key, pseudonymise
from ibtd_desktop.anonymisation.redaction import RedactionPolicy, policy_from_safeguards, redact
from ibtd_desktop.anonymisation.small_groups import SmallGroupReport, small_group_check
from ibtd_desktop.anonymisation.spans import LABELS, Span

__all__ = [
    "LABELS", "DetectionContext", "KnownPerson", "Pseudonymiser", "RedactionPolicy", "Span",
    "SmallGroupReport", "detect", "forget_case_data", "person_key", "policy_from_safeguards", "province_of",
    "pseudonymise", "redact", "small_group_check",
]
