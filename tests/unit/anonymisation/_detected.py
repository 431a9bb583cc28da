"""What detect() marks in a text, as the surfaces the anonymisation tests compare."""

from ibtd_desktop.anonymisation import detect


def surfaces(text: str, label: str | None = None) -> list[str]:
    """The marked substrings of ``text``, in order; only those with ``label`` when given."""
    return [text[s.start:s.end] for s in detect(text) if label is None or s.label == label]
