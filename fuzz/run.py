"""Coverage-guided fuzzing of one target with atheris (libFuzzer).

    python fuzz/run.py TARGET [libFuzzer options]     e.g.
    python fuzz/run.py reader -runs=100000 -max_len=20000 -timeout=10

TARGET is one of fuzz/targets.py's TARGETS. The starting corpus is a few invented lines
(fuzz/seeds/) plus, when ../shared/corpus is beside the repository, the seed articles' text
(read from there at run time, never copied). A crash or a hang (over -timeout seconds for one
input) stops the run and leaves the input as crash-*/timeout-* in the working folder.
"""
from __future__ import annotations

import importlib
import sys
import tempfile
from pathlib import Path

import atheris

HERE = Path(__file__).parent
SHARED_SEEDS = HERE.parent.parent / "shared" / "corpus" / "seeds-txt"

# Coverage comes from the modules imported under ``instrument_imports``: the parts of
# ceasefire the targets use, and the pure-Python parser a target drives (feedparser for
# feeds, trafilatura for pages), so that the fuzzer is guided through its branches too. The
# targets import them lazily, so the CI run of tests/test_fuzz.py needs no atheris.
PARSERS = {"feed": ["feedparser"], "html_page": ["trafilatura"]}


def main() -> None:
    sys.path.insert(0, str(HERE))
    import targets  # only the standard library at import: nothing instrumented is loaded yet

    if len(sys.argv) < 2 or sys.argv[1] not in targets.TARGETS:
        sys.exit(f"usage: python fuzz/run.py TARGET [libFuzzer options]; "
                 f"targets: {', '.join(targets.TARGETS)}")
    name, options = sys.argv[1], sys.argv[2:]
    parsers = PARSERS.get(name, [])
    with atheris.instrument_imports(include=["ceasefire", *parsers]):
        import ceasefire.ingest
        import ceasefire.ingest.feeds
        import ceasefire.ingest.html
        import ceasefire.read
        import ceasefire.read.dates
        import ceasefire.read.numbers
        import ceasefire.serve  # noqa: F401
        for parser in parsers:
            importlib.import_module(parser)
    if not any(Path(option).is_file() for option in options):  # else: replay those inputs
        corpus = Path(tempfile.mkdtemp(prefix=f"ceasefire-fuzz-{name}-"))
        _seed(corpus, name)
        options.append(str(corpus))
    atheris.Setup([sys.argv[0], *options], targets.TARGETS[name])
    atheris.Fuzz()


def _seed(corpus: Path, name: str) -> None:
    for seed in sorted((HERE / "seeds").glob("*")):
        (corpus / seed.name).write_bytes(seed.read_bytes())
    if name in ("reader", "numbers", "dates", "document_json") and SHARED_SEEDS.is_dir():
        for article in sorted(SHARED_SEEDS.glob("*.txt")):
            (corpus / article.name).write_bytes(article.read_bytes()[:20_000])


if __name__ == "__main__":
    main()
