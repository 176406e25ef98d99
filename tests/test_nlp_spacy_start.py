"""spaCy's command line is not imported by a lint, and is still there for whoever asks for it.

Each case runs in a fresh interpreter: the test process has long imported spaCy.
"""

from __future__ import annotations

import subprocess
import sys

from .conftest import ROOT

CLI_ONLY = ("requests", "typer", "weasel", "httpx", "spacy.cli")


def _run(code: str) -> str:
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_a_lint_never_imports_spacys_command_line():
    draft = ROOT / "bench" / "out" / "one-800"
    target = next(iter(sorted(draft.glob("*.md"))), None) if draft.is_dir() else None
    path = str(target or ROOT / "README.md")
    out = _run(
        "import sys\n"
        "from narrlint.frontends.cli import main\n"
        f"code = main(['-j', '1', '--format', 'json', {path!r}])\n"
        f"print(code in (0, 1), sorted(m for m in {CLI_ONLY!r} if m in sys.modules))\n"
    )
    assert out.splitlines()[-1] == "True []"


def test_spacys_command_line_is_imported_when_asked_for():
    out = _run(
        "import sys\n"
        "import narrlint.nlp\n"
        "import spacy\n"
        "from narrlint.nlp.spacy_start import deferred\n"
        "print(deferred(), 'spacy.cli' in sys.modules)\n"
        "from spacy.cli import download\n"
        "import spacy.cli\n"
        "print(callable(download), download is spacy.cli.download, deferred())\n"
        "print(sorted(spacy.info(silent=True))[:1] != [], sys.modules['spacy.cli'] is spacy.cli)\n"
    )
    assert out.splitlines() == ["True False", "True True False", "True True"]


def test_spacy_info_works_first():
    out = _run(
        "import narrlint.engine\n"
        "import spacy\n"
        "info = spacy.info(silent=True)\n"
        "print(type(info).__name__, bool(info))\n"
        "from spacy.cli import info as command\n"
        "print(command(silent=True) == info)\n"
    )
    assert out.splitlines() == ["dict True", "True"]


def test_nothing_is_deferred_once_spacy_is_imported():
    out = _run(
        "import sys\n"
        "import spacy\n"
        "import narrlint.nlp\n"
        "from narrlint.nlp.spacy_start import deferred\n"
        "print(deferred(), 'spacy.cli' in sys.modules)\n"
    )
    assert out == "False True"
