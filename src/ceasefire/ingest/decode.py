"""Bytes -> text: refuses empty, binary and non-UTF-8 input, naming the first bad byte."""
from __future__ import annotations

import codecs

from ceasefire import errors

# Control characters other than whitespace are rare in text and common in binary formats.
_TEXT_CONTROLS = b"\t\n\r\f\v\x1b"
_NOT_CONTROLS = bytes(b for b in range(256) if b >= 0x20 or b in _TEXT_CONTROLS)
_SNIFF_BYTES = 8192
_MAX_CONTROL_SHARE = 0.1


def decode(where: str, data: bytes) -> str:
    """The text of ``data``, or an ``InputError`` naming ``where`` and the first bad byte."""
    if not data.strip():
        raise errors.EmptyInput(where)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
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
