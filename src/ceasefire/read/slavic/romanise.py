"""Latin spellings of Ukrainian and Russian names that the gazetteer does not know.

A village the gazetteer lacks ("село Тихоплесівка") or a district named by its adjective
("Рыльский район") is written in the ledger in English letters, as the GUIDE wants:
Ukrainian by the national romanisation of 2010 (Тихоплесівка → Tykhoplesivka, Синельникове →
Synelnykove), Russian by the press's BGN-like spelling without soft signs (Рыльский → Rylsky,
Елец → Yelets).
"""
from __future__ import annotations

import re

from ceasefire.read.slavic.words import Language

__all__ = ["romanise"]

_UK = {"а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": "ie",
       "ж": "zh", "з": "z", "и": "y", "і": "i", "ї": "i", "й": "i", "к": "k", "л": "l",
       "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u",
       "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ь": "", "ю": "iu",
       "я": "ia", "'": "", "’": "", "ʼ": ""}
# at the start of a word є, ї, й, ю, я are written ye, yi, y, yu, ya
_UK_INITIAL = {"є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya"}
_RU = {"а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh",
       "з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p",
       "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch",
       "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
       # Ukrainian letters in a Russian text (a Ukrainian name quoted as written)
       "і": "i", "ї": "yi", "є": "ye", "ґ": "g", "'": "", "’": "", "ʼ": ""}
_VOWELS = set("аеёиоуыэюяіїє")
# Russian -ий/-ый at the end of a word: Рыльский → Rylsky, Красный → Krasny
_RU_ADJECTIVE_END = re.compile(r"[иы]й\b")


def romanise(text: str, language: Language) -> str:
    """``text`` in Latin letters, each word capitalised as in the original."""
    return re.sub(r"[^\W\d_]+(?:['’ʼ][^\W\d_]+)*", lambda m: _word(m.group(), language), text)


def _word(word: str, language: Language) -> str:
    low = word.lower()
    if language == "uk":
        low = low.replace("зг", "з\u0000г")  # зг is zgh, not zh: Згурівка → Zghurivka
        out = [(_UK_INITIAL.get(c) if i == 0 else None) or _UK.get(c, c)
               for i, c in enumerate(low)]
        latin = "".join(out).replace("z\u0000h", "zgh").replace("\u0000", "")
    else:
        low = _RU_ADJECTIVE_END.sub("ы", low)
        out = []
        for i, c in enumerate(low):
            if c == "е" and (i == 0 or low[i - 1] in _VOWELS or low[i - 1] in "ьъ"):
                out.append("ye")  # Елец → Yelets, Подъезд → Podyezd
            else:
                out.append(_RU.get(c, c))
        latin = "".join(out)
    if word[:1].isupper():
        latin = latin[:1].upper() + latin[1:]
    return latin
