"""Bytes -> text: inflates gzip-compressed input within the size cap; refuses empty, binary
and non-UTF-8 input, naming the first bad byte."""
from __future__ import annotations

import codecs
import zlib

from ceasefire import errors
from ceasefire.ingest.document import MAX_TEXT_BYTES

# Control characters other than whitespace are rare in text and common in binary formats.
_TEXT_CONTROLS = b"\t\n\r\f\v\x1b"
_NOT_CONTROLS = bytes(b for b in range(256) if b >= 0x20 or b in _TEXT_CONTROLS)
_SNIFF_BYTES = 8192
_MAX_CONTROL_SHARE = 0.1
_GZIP = b"\x1f\x8b"
_UTF16 = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


def decode(where: str, data: bytes, max_bytes: int = MAX_TEXT_BYTES) -> str:
    """The text of ``data``, or an ``InputError`` naming ``where`` and the first bad byte."""
    data = inflated(where, data, max_bytes)
    if not data.strip():
        raise errors.EmptyInput(where)
    if data.startswith(_UTF16):
        raise errors.Utf16Input(where)
    _refuse_binary(where, data)
    bom = len(codecs.BOM_UTF8) if data.startswith(codecs.BOM_UTF8) else 0
    try:
        text = data[bom:].decode("utf-8")
    except UnicodeDecodeError as exc:
        raise errors.NotUtf8(where, bom + exc.start, data[bom + exc.start]) from None
    if not text.strip():
        raise errors.EmptyInput(where)
    return text


def _refuse_binary(where: str, data: bytes) -> None:
    nul = data.find(b"\x00")
    if nul >= 0:
        raise errors.BinaryInput(where, f"NUL byte at byte offset {nul}")
    head = data[:_SNIFF_BYTES]
    controls = len(head.translate(None, _NOT_CONTROLS))  # what is left: the control bytes
    if controls > _MAX_CONTROL_SHARE * len(head):
        raise errors.BinaryInput(where, f"{controls} control bytes in its first {len(head)}")


def page_bytes(where: str, data: bytes, max_bytes: int = MAX_TEXT_BYTES) -> bytes:
    """A page's bytes as the HTML parser may take them (it finds their encoding itself; UTF-16
    with its byte order mark is text): inflated, and refused when binary."""
    data = inflated(where, data, max_bytes)
    if not data.startswith(_UTF16):
        _refuse_binary(where, data)
    return data


def inflated(where: str, data: bytes, max_bytes: int) -> bytes:
    """``data``, inflated when gzip-compressed (a page saved from a server that sent it so);
    ``InflatesTooLarge`` as soon as it passes ``max_bytes``: the cap is on what is read, not
    on what lies on disk (a few KB of gzip inflate to hundreds of MB)."""
    if not data.startswith(_GZIP):
        return data
    out, rest = bytearray(), data
    while rest.startswith(_GZIP):  # a gzip file may hold several members, one after another
        inflater = zlib.decompressobj(wbits=31)  # 31: with the gzip header and trailer
        try:
            out += inflater.decompress(rest, max_bytes + 1 - len(out))
        except zlib.error as exc:
            raise errors.BinaryInput(where, f"gzip-compressed data that does not inflate: {exc}"
                                     ) from None
        if len(out) > max_bytes:
            raise errors.InflatesTooLarge(where, max_bytes)
        if not inflater.eof:
            raise errors.BinaryInput(where, "gzip-compressed data that does not inflate: it is "
                                            "cut short")
        rest = inflater.unused_data
    if out.startswith(_GZIP):
        raise errors.BinaryInput(where, "gzip-compressed twice")
    return bytes(out)
