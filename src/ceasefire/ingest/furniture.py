"""Page furniture: the lines of a site's interface ("Log In", "Share", "Accept all cookies").

trafilatura drops a page's navigation, footer and side boxes, but furniture inside the article
element (a login prompt, a comment form, a "Read more" link) reaches its text. The lexicon of
such lines is data (``lexicon/furniture.tsv``); the reader's sentence splitter uses it too.
"""
from __future__ import annotations

from ceasefire.lexicon import furniture


def is_page_furniture(line: str) -> bool:
    """Is the whole of ``line`` a piece of a page's interface, not reporting?"""
    return furniture().fullmatch(line.strip(" \t|")) is not None  # "| Home |": a table cell


def drop_furniture(text: str) -> str:
    """``text`` without its furniture lines and blank lines, one paragraph a line."""
    lines = (line.strip() for line in text.splitlines())
    return "\n".join(line for line in lines if line and not is_page_furniture(line))
