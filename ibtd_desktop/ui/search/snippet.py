"""Turn a service snippet (matches between ``MARK_START``/``MARK_END``) into safe rich text.

Everything except the markers is HTML-escaped first, so note text such as "<b>" or "&" shows
literally and can never inject markup; then the markers become <b>…</b>. Unbalanced markers
(a snippet cut mid-match) are closed.
"""

from __future__ import annotations

import html

from ibtd_desktop.domain.casework.search import MARK_END, MARK_START


def snippet_html(snippet: str) -> str:
    out: list[str] = []
    bold = False
    for char_run in _split(snippet):
        if char_run == MARK_START:
            if not bold:
                out.append("<b>")
                bold = True
        elif char_run == MARK_END:
            if bold:
                out.append("</b>")
                bold = False
        else:
            out.append(html.escape(char_run.replace("\n", " "), quote=False))
    if bold:
        out.append("</b>")
    return "".join(out)


def snippet_plain(snippet: str) -> str:
    return snippet.replace(MARK_START, "").replace(MARK_END, "").replace("\n", " ")


def _split(snippet: str) -> list[str]:
    parts: list[str] = []
    current = []
    for char in snippet:
        if char in (MARK_START, MARK_END):
            if current:
                parts.append("".join(current))
                current = []
            parts.append(char)
        else:
            current.append(char)
    if current:
        parts.append("".join(current))
    return parts
