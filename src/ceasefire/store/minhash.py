"""How alike two texts are: MinHash signatures of word shingles, and their LSH buckets.

A text becomes the set of its 5-word shingles (casefolded words, punctuation dropped), and the
set a MinHash signature of 128 values (datasketch, affine32 scheme, seed 1). The share of
values two signatures have in common estimates the Jaccard similarity of the two sets (its
standard error is at most 0.044 with 128 values). To find the texts alike to a new one without
comparing it with every stored text, the signature is cut into 32 bands of 4 values, each band
hashed to a bucket: two texts share a bucket with probability 1 - (1 - J**4)**32, that is 87 %
at J = 0.5, 99 % at 0.6, 99.9 % at 0.67 and 5 % at 0.2. These are the bands and rows
``datasketch.MinHashLSH(threshold=0.5, num_perm=128, weights=(0.1, 0.9))`` chooses (a test
checks it): recall weighs nine times more than precision, because the candidates are checked
one by one anyway (``copies.py``). They are constants here rather than asked of the library at
run time: the buckets are stored, and must not move if the library's choice ever does.

Cost, measured on a 260-word report: about 0.3 ms for the signature, half of it making the
shingles; 0.05 ms for the buckets.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
import zlib
from functools import cache
from typing import TYPE_CHECKING

import numpy as np
import numpy.typing as npt

if TYPE_CHECKING:
    from datasketch import MinHash

SHINGLE_WORDS = 5
PERMUTATIONS = 128
BANDS, ROWS = 32, 4  # BANDS * ROWS == PERMUTATIONS
THRESHOLD = 0.5  # the estimated Jaccard similarity from which two texts are near-copies
_SEED = 1
_WORD = re.compile(r"\w+")

Signature = npt.NDArray[np.uint32]


def shingles(text: str) -> set[bytes]:
    """The text's runs of 5 consecutive words (all of it when shorter), casefolded."""
    words = _WORD.findall(unicodedata.normalize("NFKC", text).casefold())
    last = max(1, len(words) - SHINGLE_WORDS + 1)
    return {" ".join(words[i:i + SHINGLE_WORDS]).encode("utf-8") for i in range(last)}


def signature(text: str) -> Signature:
    """The MinHash signature of the text's shingles (128 unsigned 32-bit values)."""
    from datasketch import MinHash

    # CRC-32 is a third faster than datasketch's default SHA-1 here, and enough: the affine32
    # scheme mixes every input hash (murmur3's finaliser) before permuting it.
    minhash = MinHash(num_perm=PERMUTATIONS, seed=_SEED, hashfunc=zlib.crc32,
                      permutations=_template().permutations, scheme="affine32")
    minhash.update_batch(shingles(text))
    return minhash.hashvalues.astype(np.uint32)


@cache
def _template() -> MinHash:
    """A MinHash whose permutations the others reuse (drawing them costs 0.3 ms each time)."""
    from datasketch import MinHash

    return MinHash(num_perm=PERMUTATIONS, seed=_SEED, scheme="affine32")


def similarity(a: Signature, b: Signature) -> float:
    """The estimated Jaccard similarity of the two texts' shingles."""
    return float(np.count_nonzero(a == b)) / PERMUTATIONS


def buckets(values: Signature, salt: bytes = b"") -> list[int]:
    """The LSH bucket of each band: a signed 64-bit hash of the band's number, its values and
    ``salt`` (documents can share a bucket only when they have the same salt)."""
    raw, width = to_bytes(values), 4 * ROWS
    return [int.from_bytes(hashlib.blake2b(
        bytes([band]) + raw[band * width:(band + 1) * width] + salt, digest_size=8).digest(),
        "little", signed=True) for band in range(BANDS)]


def to_bytes(values: Signature) -> bytes:
    return values.astype("<u4").tobytes()


def from_bytes(data: bytes) -> Signature:
    return np.frombuffer(bytes(data), dtype="<u4").astype(np.uint32)
