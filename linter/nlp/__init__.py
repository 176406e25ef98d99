"""Stage 3, language: the spaCy pipeline, dates, numbers and durations, token lists.

``narrlint.nlp`` was one module before the stages were split into packages; its names
(``build_pipeline`` …) still resolve here, from :mod:`narrlint.nlp.pipeline`.
"""

from typing import Any

_SUBMODULES = ("chunking", "pipeline", "quantities", "tokens")


def __getattr__(name: str) -> Any:
    if name in _SUBMODULES or name.startswith("__"):
        raise AttributeError(name)  # let the import system load the submodule
    from narrlint.nlp import pipeline

    try:
        return getattr(pipeline, name)
    except AttributeError:
        raise AttributeError(f"module 'narrlint.nlp' has no attribute {name!r}") from None
