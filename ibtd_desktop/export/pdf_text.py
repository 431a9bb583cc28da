"""Text -> reportlab Paragraph markup: escaped, and cut into pieces reportlab handles well.

Paragraph text is a mini-XML language: a summary that says "<5 jaar & ouder" must print
literally instead of breaking the parser. And a single 200 KB paragraph makes reportlab's
paragraph splitting quadratic (each page split re-wraps the rest), so long paragraphs are cut
into chunks at sentence or word boundaries before they become flowables.
"""

from __future__ import annotations

import re
from xml.sax.saxutils import escape

from ibtd_desktop.export.fonts import replace_missing_glyphs

CHUNK_CHARS = 2500  # long enough to look like one paragraph, short enough to wrap fast
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*\s+")
_WHITESPACE = re.compile(r"\s+")


def markup(text: str) -> str:
    """Escaped Paragraph markup; line breaks kept, tabs and runs of spaces as one space.

    Characters without a glyph in the embedded font become U+FFFD (see ``fonts``).
    """
    lines = [" ".join(line.split()) for line in replace_missing_glyphs(text).split("\n")]
    return "<br/>".join(escape(line) for line in lines)


def chunks(text: str, limit: int = CHUNK_CHARS) -> list[str]:
    """``text`` cut into pieces of at most ``limit`` characters.

    Cuts after the last sentence end in the window, else at the last whitespace, else (a
    monster "word" such as a pasted hash) hard at the limit.
    """
    text = text.strip()
    pieces: list[str] = []
    while len(text) > limit:
        window = text[: limit + 1]
        cut = _last_match_end(_SENTENCE_END, window, minimum=limit // 2)
        if cut is None:
            cut = _last_match_end(_WHITESPACE, window, minimum=limit // 4)
        if cut is None:
            cut = limit
        pieces.append(text[:cut].rstrip())
        text = text[cut:].lstrip()
    if text:
        pieces.append(text)
    return pieces


def _last_match_end(pattern: re.Pattern[str], window: str, minimum: int) -> int | None:
    last = None
    for match in pattern.finditer(window, minimum):
        last = match.end()
    return last


def paragraph_markups(text: str, limit: int = CHUNK_CHARS) -> list[str]:
    """Markup for each chunk of one paragraph of text (empty list for blank text)."""
    return [markup(piece) for piece in chunks(text, limit)]
