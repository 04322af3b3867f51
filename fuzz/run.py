"""Coverage-guided fuzzing of one target with atheris (libFuzzer).

    python fuzz/run.py TARGET [libFuzzer options]     e.g.
    python fuzz/run.py reader -runs=100000 -max_len=20000 -timeout=10

TARGET is one of fuzz/targets.py's TARGETS. The starting corpus is a few invented lines
(fuzz/seeds/) plus, when ../shared/corpus is beside the repository, the seed articles' text
(read from there at run time, never copied). A crash or a hang (over -timeout seconds for one
input) stops the run and leaves the input as crash-*/timeout-* in the working folder.
"""
from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import atheris

HERE = Path(__file__).parent
SHARED_SEEDS = HERE.parent.parent / "shared" / "corpus" / "seeds-txt"

# Coverage comes from the modules imported in this block: import the parts the targets use
# here (the targets import them lazily, so the CI run needs no atheris).
with atheris.instrument_imports(include=["ceasefire"]):
    import ceasefire.ingest
    import ceasefire.read
    import ceasefire.read.dates
    import ceasefire.read.numbers
    import ceasefire.serve  # noqa: F401

sys.path.insert(0, str(HERE))
import targets  # noqa: E402


def main() -> None:
    if len(sys.argv) < 2 or sys.argv[1] not in targets.TARGETS:
        sys.exit(f"usage: python fuzz/run.py TARGET [libFuzzer options]; "
                 f"targets: {', '.join(targets.TARGETS)}")
    name, options = sys.argv[1], sys.argv[2:]
    target = targets.TARGETS[name]
    corpus = Path(tempfile.mkdtemp(prefix=f"ceasefire-fuzz-{name}-"))
    _seed(corpus, name)
    atheris.Setup([sys.argv[0], *options, str(corpus)], target)
    atheris.Fuzz()


def _seed(corpus: Path, name: str) -> None:
    for seed in sorted((HERE / "seeds").glob("*")):
        (corpus / seed.name).write_bytes(seed.read_bytes())
    if name in ("reader", "numbers", "dates", "document_json") and SHARED_SEEDS.is_dir():
        for article in sorted(SHARED_SEEDS.glob("*.txt")):
            (corpus / article.name).write_bytes(article.read_bytes()[:20_000])


if __name__ == "__main__":
    main()
