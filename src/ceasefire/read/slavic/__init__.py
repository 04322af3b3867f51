"""Read Ukrainian and Russian reports into the same English-schema records as the English reader.

What is per language is data: ``ceasefire/lexicon/uk/*.tsv`` and ``ceasefire/lexicon/ru/*.tsv``
(words in their dictionary form). What is shared is code: ``words`` (dictionary forms through
pymorphy3), ``places`` (the gazetteer's Cyrillic names), the builders.
"""
