"""JSON Lines dumps -> one Document per line, streamed: a dump of any size is read a line at a
time, and a line over the size limit is skipped without being held in memory.

A bad line is a rejection named ``dump.jsonl:LINE``; the other lines go on. Blank lines are
skipped. A line's id defaults to the file's name and its line number.
"""
from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO

from ceasefire import errors
from ceasefire.ingest.decode import decode
from ceasefire.ingest.document import InputOptions, Located, Rejection, rejected
from ceasefire.ingest.jsondoc import from_object, loads

_SKIP_CHUNK = 1 << 16


def jsonl_documents(where: str, stream: BinaryIO, options: InputOptions,
                    max_bytes: int) -> Iterator[Located]:
    """One document or rejection per non-blank line of ``stream``."""
    stem = Path(where).stem
    for number, line in enumerate(_lines(stream, max_bytes), 1):
        at = f"{where}:{number}"
        if line is None:
            yield at, Rejection.of(errors.TooLarge(at, max_bytes))
            continue
        if not line.strip():
            continue
        try:
            yield at, from_object(at, _parse(at, line), f"{stem}-{number}", options)
        except Exception as exc:  # one line's failure, whatever it is, never stops the dump
            yield rejected(at, exc)


def _parse(at: str, line: bytes) -> Any:
    try:
        return loads(at, decode(at, line.rstrip(b"\r\n")))
    except json.JSONDecodeError as exc:  # the line is the file's: name its column only
        raise errors.BadJson(at, None, exc.colno, exc.msg) from None


def _lines(stream: BinaryIO, max_bytes: int) -> Iterator[bytes | None]:
    """The lines of ``stream``; ``None`` for one longer than ``max_bytes`` (its bytes are read
    past in chunks, never kept)."""
    while True:
        line = stream.readline(max_bytes + 1)
        if not line:
            return
        if len(line) <= max_bytes:
            yield line
            continue
        while line and not line.endswith(b"\n"):
            line = stream.readline(_SKIP_CHUNK)
        yield None
