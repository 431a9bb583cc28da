"""The embedded fonts: DejaVu Sans shipped in ``resources/fonts`` (never the system's fonts).

A PDF must look the same on every laptop and show ë, ï, ĳ, € and „…" with real glyphs, which
the 14 standard PDF fonts cannot promise. Registration with reportlab is process-global, so it
happens once, under a lock (exports run on a worker thread).
"""

from __future__ import annotations

import threading
from pathlib import Path

from ibtd_desktop.resources import resource_path
from reportlab import rl_config
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

SANS = "IBTDSans"
SANS_BOLD = "IBTDSans-Bold"
SANS_ITALIC = "IBTDSans-Italic"
SANS_BOLD_ITALIC = "IBTDSans-BoldItalic"
MONO = "IBTDMono"

_FILES = {
    SANS: "DejaVuSans.ttf",
    SANS_BOLD: "DejaVuSans-Bold.ttf",
    SANS_ITALIC: "DejaVuSans-Oblique.ttf",
    SANS_BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
    MONO: "DejaVuSansMono.ttf",
}
_lock = threading.Lock()
_registered = False
_covered: frozenset[int] = frozenset()
REPLACEMENT = "\ufffd"  # shown where the font has no glyph, instead of a silent blank


def fonts_dir() -> Path:
    """``resources/fonts`` in the source tree or the PyInstaller bundle."""
    return resource_path("fonts")


def register_fonts() -> None:
    """Register the fonts and the bold/italic family mapping used by Paragraph markup."""
    global _registered, _covered
    with _lock:
        if _registered:
            return
        folder = fonts_dir()
        missing = [name for name in _FILES.values() if not (folder / name).is_file()]
        if missing:
            raise RuntimeError("export fonts missing from resources/fonts: " + ", ".join(missing))
        fonts = {face: TTFont(face, str(folder / filename)) for face, filename in _FILES.items()}
        for font in fonts.values():
            pdfmetrics.registerFont(font)
        # Bold and italic cover the same Latin/Greek/Cyrillic repertoire as the regular face.
        # Only the BMP: reportlab writes a broken ToUnicode entry for astral characters
        # (emoji), which would make the PDF's text unsearchable.
        _covered = frozenset(cp for cp in fonts[SANS].face.charToGlyph if cp <= 0xFFFF)
        addMapping(SANS, 0, 0, SANS)
        addMapping(SANS, 1, 0, SANS_BOLD)
        addMapping(SANS, 0, 1, SANS_ITALIC)
        addMapping(SANS, 1, 1, SANS_BOLD_ITALIC)
        # Compressed page streams need no ASCII85 armour (binary-safe since PDF 1.2); without
        # it the files are ~20% smaller and the slow pure-Python encoder is skipped. reportlab
        # is used by nothing but this package, so the global switch is ours to set.
        rl_config.useA85 = 0
        _registered = True


def replace_missing_glyphs(text: str) -> str:
    """``text`` with characters the body font cannot draw (emoji, CJK, ...) as U+FFFD.

    Without this they would print as nothing at all, and a reader could not tell that
    something is missing. Call ``register_fonts()`` first.
    """
    covered = _covered
    if covered.issuperset(map(ord, text)):  # the common case, at C speed
        return text
    return "".join(ch if ord(ch) in covered or ch in "\n\t" else REPLACEMENT for ch in text)
