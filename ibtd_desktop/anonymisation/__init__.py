"""Personal-data detection and anonymisation for Dutch inspection notes. Pure Python.

No Qt, no database: summaries, export and sync call these functions with plain values.
"""

from ibtd_desktop.anonymisation.context import DetectionContext, KnownPerson
from ibtd_desktop.anonymisation.detector import detect
from ibtd_desktop.anonymisation.places import province_of
from ibtd_desktop.anonymisation.spans import LABELS, Span

__all__ = ["LABELS", "DetectionContext", "KnownPerson", "Span", "detect", "province_of"]
