"""``narrlint.api`` names the engine's types without loading spaCy: a plugin that imports the
API (and the engine's own rules, NL000/NL001) starts without the NLP stack, which only a lint
needs. The names are the very objects of their home modules, however they are imported."""

from __future__ import annotations

import subprocess
import sys

import narrlint.api

HEAVY = ("spacy", "thinc", "numpy", "markdown_it")


def _loaded_after(code: str) -> list[str]:
    """The heavy packages in ``sys.modules`` after running ``code`` in a fresh interpreter."""
    probe = f"import sys\n{code}\nprint(sorted(m for m in {HEAVY!r} if m in sys.modules))\n"
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    return eval(done.stdout.strip().splitlines()[-1])  # a list literal of module names


def test_the_api_and_the_engines_rules_load_no_nlp_stack():
    code = (
        "from narrlint.api import Rule, hookimpl, Severity, Problem, Fix, Edit, Evidence\n"
        "from narrlint.api import Draft, Corpus, CorpusSentence, Person, Ledger, long_date\n"
        "import narrlint.rules.engine\n"
        "assert narrlint.rules.engine.narrlint_rules()\n"
    )
    assert _loaded_after(code) == []


def test_the_token_helpers_the_readers_import_load_no_nlp_stack():
    # every claims module imports them; spaCy and numpy come with the first doc they read
    assert _loaded_after("import narrlint.nlp.tokens, narrlint.nlp.vocabulary") == []


def test_the_quantities_and_pipeline_names_the_readers_import_load_no_nlp_stack():
    # the claims modules' word tables, value readers and entity labels
    code = (
        "from narrlint.nlp.quantities import MONTHS, ORDINALS, DateValue, month_of, set_value\n"
        "from narrlint.nlp.pipeline_data import TITLE, PERSON, derived_values, lemma_words\n"
    )
    assert _loaded_after(code) == []


def test_the_quantities_component_registers_itself_when_first_used():
    # without a pipeline built: the component and set_value register the span extensions
    code = (
        "import spacy\n"
        "from narrlint.nlp.quantities import DateValue, quantities_component, set_value\n"
        "doc = quantities_component(spacy.blank('en')('On 1 March 2024, 30 days later'))\n"
        "assert [s._.date for s in doc.spans['dates']] == [DateValue(3, 1, 2024)]\n"
        "assert [s._.days for s in doc.spans['durations']] == [30]\n"
        "from spacy.language import Language\n"
        "assert Language.has_factory('narrlint_quantities')\n"
    )
    assert "spacy" in _loaded_after(code)


def test_the_pipeline_names_are_the_objects_of_their_home():
    from narrlint.nlp import pipeline, pipeline_data

    for name in ("PERSON", "TITLE", "CATEGORY", "GOVERNMENT", "derived_values", "lemma_words"):
        assert getattr(pipeline, name) is getattr(pipeline_data, name)


def test_a_lint_still_loads_it():
    code = (
        "from narrlint.engine.draft import parse_draft\n"
        "from narrlint.input.source import SourceText\n"
        "import spacy\n"
        "draft = parse_draft(SourceText('Some text.'), 'a.md', spacy.blank('en'))\n"
        "assert draft.offsets(draft.doc[0]) == (0, 4)\n"
        "assert draft.block_of(draft.doc[1:2]) is not None\n"
    )
    assert set(_loaded_after(code)) >= {"spacy", "markdown_it"}


def test_every_name_is_the_object_of_its_home_module():
    from narrlint.engine.draft import Draft
    from narrlint.knowledge import corpus, ledger
    from narrlint.output.wording import long_date, reader_dates

    homes = {
        "Draft": Draft,
        "Corpus": corpus.Corpus,
        "CorpusSentence": corpus.CorpusSentence,
        "format_number": corpus.format_number,
        "Person": ledger.Person,
        "Sourced": ledger.Sourced,
        "long_date": long_date,
        "reader_dates": reader_dates,
    }
    for name, value in homes.items():
        assert getattr(narrlint.api, name) is value, name
    namespace: dict = {}
    exec("from narrlint.api import *", namespace)
    assert set(narrlint.api.__all__) <= set(namespace)
    assert all(namespace[name] is getattr(narrlint.api, name) for name in narrlint.api.__all__)
    assert set(narrlint.api.__all__) <= set(dir(narrlint.api))


def test_an_unknown_name_is_an_attribute_error():
    try:
        narrlint.api.NoSuchName  # noqa: B018
    except AttributeError as exc:
        assert "NoSuchName" in str(exc)
    else:
        raise AssertionError("narrlint.api.NoSuchName resolved")


def test_every_built_in_rule_and_the_claims_readers_load_no_spacy():
    # ``narrlint rules`` and ``narrlint rule CODE`` list and document rules without a doc to read
    code = (
        "import pkgutil, importlib, narrlint.claims, narrlint.rules\n"
        "for pkg in (narrlint.claims, narrlint.rules):\n"
        "    for m in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + '.'):\n"
        "        importlib.import_module(m.name)\n"
    )
    assert "spacy" not in _loaded_after(code)


def test_the_rule_command_loads_no_spacy():
    code = (
        "import contextlib, io\n"
        "from narrlint.frontends.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()) as out:\n"
        "    main(['rule', 'NL101'])\n"
        "assert 'NL101' in out.getvalue()\n"
    )
    assert "spacy" not in _loaded_after(code)


def test_spans_made_by_the_readers_are_spacys_own():
    import spacy
    from spacy.tokens import Span

    from narrlint.nlp.tokens import new_span

    doc = spacy.blank("en")("The deadline is 1 November 2023.")
    span = new_span(doc, 3, 6, label="DATE")
    assert isinstance(span, Span) and span.text == "1 November 2023" and span.label_ == "DATE"
