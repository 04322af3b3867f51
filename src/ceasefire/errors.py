"""Every error a user can see, in one place.

One small hierarchy so callers can catch ``CeasefireError`` or something narrower. Messages
say which file, line or field is wrong and what to do about it: each is ``where``, ``problem``
and ``fix``, printed as one line ``where: problem. fix``.
"""
from __future__ import annotations

GUIDE = "see 'Input' in README.md"


class CeasefireError(Exception):
    """Base of every error Ceasefire Monitor raises on purpose."""


class ReportedError(CeasefireError):
    """An error about one document or file, reported as ``where: problem. fix``."""

    def __init__(self, where: str, problem: str, fix: str) -> None:
        self.where, self.problem, self.fix = where, _one_line(problem), _one_line(fix)
        super().__init__(f"{where}: {self.problem}. {self.fix}")


def _one_line(text: str) -> str:
    """``text`` on one line: what an input or a library's exception puts in a message (a
    value, a URL, a parser's complaint) can hold line breaks."""
    return " ".join(text.split()) if len(text.splitlines()) > 1 else text


class InputError(ReportedError):
    """A document could not be read: the message names the file (and line or field)."""


class MissingInput(InputError):
    def __init__(self, where: str) -> None:
        super().__init__(where, "no such file or folder", "Check the path")


class EmptyFolder(InputError):
    def __init__(self, where: str) -> None:
        super().__init__(where, "the folder holds no file ceasefire reads",
                         "Point at a folder of reports: document JSON (.json), text (.txt), "
                         "saved pages (.html, .htm), feeds (.xml, .rss, .atom) or JSON Lines "
                         "(.jsonl, .ndjson)")


class UnreadableInput(InputError):
    def __init__(self, where: str, reason: str) -> None:
        super().__init__(where, f"cannot be opened ({reason})",
                         "Check that it is a file you can read")


class UnsupportedInput(InputError):
    def __init__(self, where: str, kind: str) -> None:
        super().__init__(where, f"{kind} are not read yet",
                         f"Save the report's text as a .txt file or a document JSON ({GUIDE})")


class ManyDocuments(InputError):
    def __init__(self, where: str, kind: str) -> None:
        super().__init__(where, f"is {kind}, which holds many documents, not one",
                         "Read it with iter_documents(), which gives one document per item or "
                         "line")


class NoPageText(InputError):
    def __init__(self, where: str) -> None:
        super().__init__(where, "is an HTML page with no article text in it",
                         "Save the page once it has loaded in a browser (a page whose text "
                         "comes from scripts saves empty), or save the article's text as .txt")


class PageTooDeep(InputError):
    def __init__(self, where: str, depth: int) -> None:
        super().__init__(where, f"is an HTML page nested more than {depth} elements deep, "
                         "past what the HTML parser reads, and no article text was found "
                         "above that", "Save the article's text as .txt (a page this deep is "
                         "broken or built to be hostile)")


class NotAFeed(InputError):
    def __init__(self, where: str, detail: str) -> None:
        super().__init__(where, f"is not an RSS or Atom feed ({detail})",
                         "Give an RSS or Atom feed, or save a web page with the .html suffix")


class EmptyFeed(InputError):
    def __init__(self, where: str) -> None:
        super().__init__(where, "is a feed with no items",
                         "Check the feed's address, or try again when it lists new items")


class HeadlineOnly(InputError):
    def __init__(self, where: str, words: int, link: str | None) -> None:
        problem = ("item has only a headline" if words == 0
                   else f"item has only {words} words of text, too few to read")
        fix = (f"Ingest the linked page with --url {link} (or fetch the feed with "
               "--follow-links)" if link else "The feed gives no text for it; leave it out")
        super().__init__(where, problem, fix)


class EmptyInput(InputError):
    def __init__(self, where: str) -> None:
        super().__init__(where, "is empty",
                         "Give it the report's text, or leave it out of the batch")


class TooLarge(InputError):
    def __init__(self, where: str, limit: int, size: int | None = None) -> None:
        how_big = f"is {size / 1e6:.1f} MB," if size is not None else "is"
        super().__init__(where, f"{how_big} over the {limit / 1e6:g} MB limit for one report",
                         "Split it into one file per report")


class InflatesTooLarge(InputError):
    def __init__(self, where: str, limit: int) -> None:
        super().__init__(where, f"is gzip-compressed and inflates to over the {limit / 1e6:g} "
                         "MB limit for one report", "Give the report itself, uncompressed: no "
                         "article is that long (a file this compressible is broken or built "
                         "to be hostile)")


class BinaryInput(InputError):
    def __init__(self, where: str, detail: str) -> None:
        super().__init__(where, f"is a binary file, not text ({detail})",
                         "Give plain UTF-8 text or a document JSON; convert PDF or Word files "
                         "to text first")


class NotUtf8(InputError):
    def __init__(self, where: str, offset: int, byte: int) -> None:
        super().__init__(where, f"is not valid UTF-8: byte 0x{byte:02x} at byte offset {offset}",
                         "Re-encode it to UTF-8, e.g. `iconv -f cp1252 -t utf-8 IN > OUT` "
                         "(cp1251 if it came from a Cyrillic system)")


class Utf16Input(InputError):
    def __init__(self, where: str) -> None:
        super().__init__(where, "is UTF-16 text, not UTF-8",
                         "Re-encode it to UTF-8, e.g. `iconv -f utf-16 -t utf-8 IN > OUT`")


class BadJson(InputError):
    def __init__(self, where: str, line: int | None, column: int, reason: str) -> None:
        at = f"line {line}, column {column}" if line is not None else f"column {column}"
        reason = reason.removesuffix(" at")  # "Unterminated string starting at"
        super().__init__(where, f"is not valid JSON: {reason} at {at}",
                         "Fix the JSON there, or give the text as a .txt file")


class JsonNumberTooLong(InputError):
    def __init__(self, where: str, digits: int) -> None:
        super().__init__(where, f"is not valid JSON for ceasefire: a number has more than "
                         f"{digits} digits", "Write such a value as a string, or fix the JSON")


class JsonTooDeep(InputError):
    def __init__(self, where: str) -> None:
        super().__init__(where, "is not valid JSON for ceasefire: its arrays or objects are "
                         "nested too deep (hundreds of levels) to decode",
                         "A document needs a few levels at most: fix the JSON, or leave it out "
                         "(nesting this deep is broken or built to be hostile)")


class LoneSurrogate(InputError):
    def __init__(self, where: str, field: str, character: str, offset: int) -> None:
        super().__init__(where, f'field "{field}" holds a lone surrogate '
                         f"(\\u{ord(character):04x}) at character {offset}, half of a "
                         "character", "Fix its \\u escapes: a character past U+FFFF is "
                         "written as a pair, e.g. \\ud83d\\ude00")


class NulCharacter(InputError):
    def __init__(self, where: str, field: str, offset: int) -> None:
        super().__init__(where, f'field "{field}" holds a NUL character (\\u0000) at '
                         f"character {offset}, which no database text column takes",
                         "Remove it: it is no part of a report's text")


class NotADocument(InputError):
    def __init__(self, where: str, found: str) -> None:
        super().__init__(where, f"holds {found}, not a document object",
                         f'Give one JSON object with a "text" field per file ({GUIDE})')


class MissingField(InputError):
    def __init__(self, where: str, field: str) -> None:
        super().__init__(where, f'has no "{field}" field',
                         f'Add the report\'s body as "{field}", or name the field that holds it '
                         f"with --field text=NAME ({GUIDE})")


class EmptyField(InputError):
    def __init__(self, where: str, field: str) -> None:
        super().__init__(where, f'field "{field}" is empty',
                         "Give it the report's text, or leave the file out of the batch")


class FieldType(InputError):
    def __init__(self, where: str, field: str, found: str, expected: str) -> None:
        super().__init__(where, f'field "{field}" is {found}, not {expected}',
                         f'Write "{field}" as {expected} ({GUIDE})')


class BadDate(InputError):
    def __init__(self, where: str, field: str, value: str) -> None:
        super().__init__(where, f'{field} is "{value}", not a date in the form YYYY-MM-DD',
                         "Write it as YYYY-MM-DD, e.g. 2025-03-11: dates in the text "
                         '("overnight", "on Tuesday") are resolved against it')


class BadId(InputError):
    def __init__(self, where: str, value: str) -> None:
        super().__init__(where, f'field "id" is "{value}", which cannot name an output file',
                         "Use an id of at most 200 characters, without slashes or a leading "
                         "dot: it becomes the output file's name")


class DuplicateId(InputError):
    def __init__(self, where: str, document_id: str, first: str) -> None:
        super().__init__(where, f'has the id "{document_id}", already used by {first}',
                         "Give each document its own id: the id names its output file")


class LanguageNotRead(InputError):
    def __init__(self, where: str, detail: str) -> None:
        super().__init__(where, f"is not in a language the reader reads ({detail}): it reads "
                         "English, Ukrainian and Russian",
                         "Translate it to one of them first, or leave it out of the batch")


class UnknownLanguage(InputError):
    def __init__(self, where: str, field: str, value: str) -> None:
        super().__init__(where, f'field "{field}" is "{value}", not a language the reader '
                         'reads: "en" (English), "uk" (Ukrainian) or "ru" (Russian)',
                         f'Write "{field}" as en, uk or ru, or leave it out: the language is '
                         "then told from the text")


class LanguageUndecided(InputError):
    def __init__(self, where: str) -> None:
        super().__init__(where, "is Ukrainian or Russian, but has too few words to tell which",
                         'Give it as document JSON with "language": "uk" or "ru"')


class LanguageContradicted(InputError):
    def __init__(self, where: str, field: str, stated: str, found: str) -> None:
        super().__init__(where, f'field "{field}" says "{stated}", but the text reads as '
                         f"{found}",
                         f'Correct "{field}", or leave it out: the language is then told from '
                         "the text")


class FetchError(InputError):
    """A URL could not be fetched, or what it answered cannot be read: ``where`` is the URL."""


class BadUrl(FetchError):
    def __init__(self, where: str) -> None:
        super().__init__(where, "is not an http:// or https:// URL",
                         "Give the full address, starting with http:// or https://")


class PrivateAddress(FetchError):
    def __init__(self, where: str, host: str, address: str, kind: str) -> None:
        super().__init__(where, f"{host} is at {address}, a {kind} address, which is refused",
                         "Use --allow-private to fetch from your own network")


class RobotsDisallowed(FetchError):
    def __init__(self, where: str, robots: str, failure: str | None = None) -> None:
        problem = (f"the site's robots.txt ({robots}) disallows it" if failure is None else
                   f"the site's robots.txt ({robots}) could not be read ({failure}), so "
                   "nothing is fetched from the site")
        super().__init__(where, problem, "The site asks robots not to fetch it: save the page "
                                         "in a browser and ingest the file")


class FetchTimeout(FetchError):
    def __init__(self, where: str, seconds: float, tries: int) -> None:
        tried = f" ({tries} tries)" if tries > 1 else ""
        super().__init__(where, f"timed out after {seconds:g} s{tried}",
                         "Try again later, or save the page in a browser and ingest the file")


class CannotConnect(FetchError):
    def __init__(self, where: str, reason: str) -> None:
        super().__init__(where, f"could not be fetched ({reason})",
                         "Check the address and your network, then try again")


class HttpStatus(FetchError):
    def __init__(self, where: str, status: int, reason: str, tries: int = 1) -> None:
        self.status = status
        tried = f" ({tries} tries)" if tries > 1 else ""
        if status in (401, 403):
            fix = ("The page needs a login or refuses robots: save it in a browser and ingest "
                   "the file")
        elif status >= 500:
            fix = "The site is failing: try again later"
        else:
            fix = "Check the address"
        super().__init__(where, f"the server answered HTTP {status} {reason}{tried}".rstrip(), fix)


class PageTooLarge(FetchError):
    def __init__(self, where: str, limit: int, size: int | None = None) -> None:
        how_big = f"is {size / 1e6:.1f} MB," if size is not None else "is"
        super().__init__(where, f"{how_big} over the {limit / 1e6:g} MB limit for one report",
                         "Save the report's text from a browser and ingest the file")


class TooManyRedirects(FetchError):
    def __init__(self, where: str, hops: int) -> None:
        super().__init__(where, f"redirects more than {hops} times",
                         "Give the address it finally leads to, as a browser shows it")


class UnreadableContent(FetchError):
    def __init__(self, where: str, content_type: str) -> None:
        super().__init__(where, f"answered {content_type}, not an HTML page, a feed or plain text",
                         "Give the address of the report's web page or of a feed")


class ParserFailed(InputError):
    """A parsing library (trafilatura, feedparser) raised on an input: reported per input."""

    def __init__(self, where: str, parser: str, cause: BaseException) -> None:
        super().__init__(where, f"{parser} failed on it ({type(cause).__name__}: {cause})",
                         "This is a bug: please report it with the file attached")


class ReaderFailed(ReportedError):
    """The reader raised on a document: a bug, reported per document so the batch goes on."""

    def __init__(self, where: str, cause: BaseException) -> None:
        super().__init__(where, f"the reader failed on it ({type(cause).__name__}: {cause})",
                         "This is a bug: please report it with the document attached")


class WorkersFailed(ReportedError):
    """The processes or the Dask cluster reading the documents could not start, or stopped.

    ``where`` names the option (``--workers 2``, ``--dask tcp://host:8786``).
    """


class OutputError(ReportedError):
    """A reading or the output folder could not be written."""

    def __init__(self, where: str, reason: str) -> None:
        super().__init__(where, f"cannot be written ({reason})",
                         "Check the --out folder: its permissions and the free disk space")


class UsageError(CeasefireError):
    """A command-line option that cannot be used: the message says which and how to write it."""


class StoreError(ReportedError):
    """The ledger (a DuckDB file or a PostgreSQL database) could not be opened, read or written.

    ``where`` names the database (a PostgreSQL URL without its password).
    """


class StoreInUse(StoreError):
    """Another process holds the DuckDB file: ``holder`` names it (`` (PID 12: ceasefire …)``).

    DuckDB lets one process write a file and no other process open it meanwhile, or several
    processes read it and none write it.
    """

    def __init__(self, where: str, holder: str, *, reading: bool = False,
                 holder_reads: bool = False, waited: float = 0.0) -> None:
        self.holder_reads = holder_reads  # a writer may wait for readers (``ingest --wait``)
        if reading:
            problem = f"is being written by another process{holder}"
            fix = ("Wait for it to finish, then run this again: DuckDB lets no other process "
                   "read a database file while one writes it (PostgreSQL does)")
        elif holder_reads:
            problem = f"is open for reading in another process{holder}" + (
                f", still after {waited:g} s of waiting" if waited else "")
            fix = ("Wait for it to finish or stop it, then run this again: DuckDB lets no "
                   "process write a database file while another reads it")
        else:
            problem = f"is in use by another process{holder}"
            fix = ("Wait for it to finish or stop it, then run this again: DuckDB lets one "
                   "process at a time write a database file")
        super().__init__(where, problem, fix)


class StoreMissing(StoreError):
    def __init__(self, where: str) -> None:
        super().__init__(where, "does not exist",
                         "Make it first with `ceasefire ingest PATH... --db` and this path, "
                         "or set CEASEFIRE_DB to the database you meant")


class StoreUnreadable(StoreError):
    def __init__(self, where: str, reason: str) -> None:
        super().__init__(where, f"cannot be opened as a ceasefire database ({reason})",
                         "Give the path of a DuckDB file written by ceasefire, or a new file "
                         "name to start one")


class StoreDamaged(StoreError):
    def __init__(self, where: str, reason: str) -> None:
        super().__init__(where, f"is damaged ({reason})",
                         "Running the command again will not help: restore it from a backup, or "
                         "rebuild it by running `ceasefire ingest` on your reports into a new "
                         "ledger (--db NEW.duckdb)")


class BadStoreUrl(StoreError):
    def __init__(self, where: str, reason: str) -> None:
        super().__init__(where, f"is not a database ceasefire can open ({reason})",
                         "Give a file path, duckdb:///path/to/file.duckdb or "
                         "postgresql://user@host:port/dbname")


class StoreRefused(StoreError):
    def __init__(self, where: str, reason: str) -> None:
        super().__init__(where, f"refused the connection ({reason})",
                         "Check that the server is running and the URL's host, port, user, "
                         "password and database name")


class StoreTooNew(StoreError):
    def __init__(self, where: str, found: int, known: int) -> None:
        super().__init__(where, f"has schema version {found}; this ceasefire knows up to {known}",
                         "Upgrade ceasefire to the version that wrote it")


class StoreOutdated(StoreError):
    def __init__(self, where: str, found: int, known: int) -> None:
        super().__init__(where, f"has schema version {found}, older than this ceasefire's "
                                f"{known}, and was opened read-only",
                         "Open it once for writing to upgrade it, e.g. with `ceasefire ingest` "
                         "of a new report")


class StoreFailed(StoreError):
    def __init__(self, where: str, action: str, reason: str) -> None:
        super().__init__(where, f"failed while {action} ({reason})",
                         "Check the disk space and the server's log, then run the command "
                         "again: what was committed is kept and the rest is redone")


class QueryTooLong(StoreError):
    """A read ran past its time budget (``Ledger.time_limit``) and was stopped."""

    def __init__(self, where: str, seconds: float) -> None:
        super().__init__(where, f"took more than {seconds:g} s to answer, and was stopped",
                         "Ask for less: more specific terms, or fewer of them")


class StoreDiskFull(StoreError):
    """The disk (of this machine, or of the PostgreSQL server: ``server``) has no room for what
    is written: the transaction was rolled back."""

    def __init__(self, where: str, action: str, reason: str, *, server: bool = False) -> None:
        if server:
            # the server stops when its write-ahead log cannot grow, and cannot start again
            # until there is room (its recovery writes too)
            super().__init__(where, f"failed while {action}: the database server ran out of "
                             f"disk space ({reason})",
                             "Free space on the server's disk (where its data directory or the "
                             "ledger's tablespace is) and start the server if it stopped, then "
                             "run the command again: what was committed is kept and the rest "
                             "is redone")
            return
        super().__init__(where, f"failed while {action}: no room left to write it ({reason})",
                         "Free space on the disk that holds it (or raise the file size limit, "
                         "`ulimit -f`), then run the command again: what was committed is kept "
                         "and the rest is redone")


class StoreConnectionLost(StoreError):
    """The PostgreSQL server closed the connection (it stopped, restarted or crashed): the
    transaction under way was rolled back."""

    def __init__(self, where: str, action: str, reason: str) -> None:
        super().__init__(where, f"lost its connection while {action} ({reason})",
                         "Check that the server is running (it may have been restarted; its "
                         "log says why it stopped), then run the command again: what was "
                         "committed is kept and the rest is redone")


class DocumentNotStored(StoreError):
    """The database refused one document's rows: none of them were kept; the batch goes on."""

    def __init__(self, where: str, reason: str) -> None:
        super().__init__(where, f"could not be stored ({reason}); nothing of it was kept",
                         "This is a bug: please report it with the document attached")
