"""Stage 3, language: the spaCy pipeline, dates, numbers and durations, token lists.

``narrlint.nlp`` was one module before the stages were split into packages; its names
(``build_pipeline`` …) still resolve here, from :mod:`narrlint.nlp.pipeline`.
"""

from types import ModuleType

from narrlint._aliases import forwarding
from narrlint.nlp.spacy_start import defer_cli

defer_cli()  # before anything imports spaCy: its command line is not needed to lint


def _pipeline() -> ModuleType:
    from narrlint.nlp import pipeline

    return pipeline


__getattr__ = forwarding(
    "narrlint.nlp",
    _pipeline,
    ("chunking", "pipeline", "quantities", "tokens", "vocabulary"),
)
