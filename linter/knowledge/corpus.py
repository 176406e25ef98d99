"""The reference corpus: published articles and the fact ledger, indexed for the rules.

A corpus path is a file or a folder. Folders are searched for ``*.txt``/``*.md`` articles, for
ledgers (``ledger.yaml``, ``*.ledger.yaml``) and for a ``manifest.yaml`` that dates the articles
(front matter ``date:`` also works). A file named explicitly is an article, a manifest (by its
name) or else, if it is YAML, a ledger whatever its name; any other file is refused with an
error naming it. A ledger or manifest reached twice (through a folder and by name, or through a
symbolic link) is read once. The built-in seed corpus ships as ``narrlint.seeds``.

Articles are parsed with the same pipeline as drafts and indexed by key (people, titles,
categories, dates, numbers, lemmas), so rules look evidence up instead of scanning text.
"""

from __future__ import annotations

import datetime as dt
import difflib
import heapq
import os
import posixpath
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from narrlint.errors import CorpusError, NarrlintError
from narrlint.input.discover import file_identity as _file_identity
from narrlint.input.frontmatter import parse_date, split_front_matter
from narrlint.input.source import SourceText, read_path
from narrlint.input.yamlsource import read_yaml_file
from narrlint.knowledge.gc_pause import collection_resumed
from narrlint.knowledge.ledger import Ledger, check_references, load_ledger
from narrlint.model import Evidence
from narrlint.text.positions import LineIndex

if TYPE_CHECKING:  # imported where a corpus is loaded: naming Corpus (narrlint.api) loads no spaCy
    from spacy.language import Language
    from spacy.tokens import Doc

    from narrlint.text.prose import ProseText

ARTICLE_SUFFIXES = (".txt", ".md", ".markdown")
ARTICLE_EXCLUDED = ("readme.md",)
LEDGER_NAMES = ("ledger.yaml", "ledger.yml")
LEDGER_SUFFIXES = (".ledger.yaml", ".ledger.yml")
YAML_SUFFIXES = (".yaml", ".yml")
MANIFEST_NAMES = ("manifest.yaml", "manifest.yml")
KEYED_SPANS = ("dates", "numbers")
SEEDS_DISPLAY = "seeds"


@dataclass(frozen=True, slots=True)
class Story:
    """An article, or one story of a file that holds several (a page capture)."""

    path: str
    """Display path of the file, e.g. ``seeds/001_….txt``."""
    date: dt.date | None
    outlet: str | None = None
    url: str | None = None
    first_line: int = 1
    last_line: int | None = None
    file: str = field(default="", compare=False, repr=False)
    """Resolved path on disk (never printed), to recognise a draft that is a corpus file."""
    entry_line: int | None = field(default=None, compare=False, repr=False)
    """Line of the manifest entry that gives this story (``None``: not from a manifest)."""


@dataclass(frozen=True, slots=True)
class CorpusSentence:
    """One sentence of the corpus, where it is, and the date of its story."""

    id: int
    story: Story
    line: int
    text: str

    @property
    def date(self) -> dt.date | None:
        return self.story.date

    def evidence(self) -> Evidence:
        return Evidence(self.story.path, self.line, self.text)


@dataclass
class Corpus:
    """Everything the rules may consult."""

    ledger: Ledger
    nlp: Language
    stories: list[Story] = field(default_factory=list)
    sentences: list[CorpusSentence] = field(default_factory=list)
    index: dict[tuple[str, str], list[int]] = field(default_factory=lambda: defaultdict(list))
    _docs: dict[int, Doc] = field(default_factory=dict, repr=False)
    _cache: dict = field(default_factory=dict, repr=False)
    warnings: list[str] = field(default_factory=list)
    """``file:line: problem`` of the corpus that does not stop a run (a manifest entry that
    dates no article, see :func:`unmatched_entries`); front ends print them once."""

    def find(self, *keys: tuple[str, str], limit: int | None = None) -> list[CorpusSentence]:
        """Sentences indexed under every one of ``keys`` (e.g. ``("person", "jilani")``), in
        corpus order; ``limit``: the first that many (``find(*keys)[:limit]``, without
        materialising the rest, which matters for a large indexed corpus)."""
        if not keys or (limit is not None and limit <= 0):
            return []
        postings = sorted((self.index.get(k, []) for k in keys), key=len)
        result = set(postings[0])
        for other in postings[1:]:
            result.intersection_update(other)
            if not result:
                return []
        ids = sorted(result) if limit is None else heapq.nsmallest(limit, result)
        return [self.sentences[i] for i in ids]

    def find_containing(
        self, *keys: tuple[str, str], contains: str, limit: int | None = None
    ) -> list[CorpusSentence]:
        """Sentences under every one of ``keys`` whose lower-cased text contains ``contains``,
        in corpus order: exactly ``[s for s in find(*keys) if contains in s.text.lower()]``
        (then ``[:limit]``), but an indexed corpus filters in the index and stops at ``limit``
        instead of reading every sentence's text."""
        if limit is not None and limit <= 0:
            return []
        found = [s for s in self.find(*keys) if contains in s.text.lower()]
        return found if limit is None else found[:limit]

    def doc(self, sentence: CorpusSentence) -> Doc:
        """The parsed sentence (parsed again on demand; corpora can be large)."""
        doc = self._docs.get(sentence.id)
        if doc is None:
            doc = self.nlp(sentence.text)
            if len(self._docs) < 4096:
                self._docs[sentence.id] = doc
        return doc

    def stories_of(self, path: str) -> tuple[tuple[int, int | None, dt.date], ...]:
        """Dated line ranges when ``path`` is one of the corpus's own articles."""
        real = os.path.realpath(path)
        return tuple(
            (s.first_line, s.last_line, s.date)
            for s in self.stories
            if (s.file == real or s.path == os.path.normpath(path)) and s.date is not None
        )

    def memo(self, key: object, factory):
        """Per-corpus cache for data a rule derives once from the ledger or index."""
        if key not in self._cache:
            self._cache[key] = factory()
        return self._cache[key]


# ---------------------------------------------------------------------------------------------
# Discovery


@dataclass
class _Sources:
    """The ledgers, manifests and articles a corpus is read from, each listed once."""

    ledgers: list[tuple[str, str]] = field(default_factory=list)
    manifests: list[tuple[str, str]] = field(default_factory=list)
    articles: list[tuple[str, str]] = field(default_factory=list)
    seen: set = field(default_factory=set, repr=False)
    """Identities of the ledgers and manifests already listed (see :func:`_file_identity`)."""
    unread: list[str] = field(default_factory=list)
    """YAML files in a corpus folder named like a ledger but not as one (see
    :func:`unread_warnings`)."""

    def add_once(self, target: list[tuple[str, str]], path: str, display: str) -> None:
        """List a ledger or manifest unless the same file is listed already."""
        identity = _file_identity(path)
        if identity in self.seen:
            return
        self.seen.add(identity)
        target.append((path, display))


def _discover(root: Path, label: str, sources: _Sources) -> None:
    """Find ledgers, manifests and articles under ``root``, shown as ``label/relative``."""
    label = label.rstrip("/") or "."
    if not root.exists():
        raise CorpusError("corpus path does not exist", label)
    if root.is_file():
        _classify_named(root, label, sources)
        return
    if not root.is_dir():  # a device, pipe or socket: walking it would drop it in silence
        raise CorpusError("not a regular file or folder (a device, pipe or socket)", label)
    articles = sources.articles
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith((".", "__")))
        # Path arithmetic once per folder, not per file: an archive holds thousands of files.
        folder = Path(dirpath)
        base = str(folder)
        prefix = folder.relative_to(root).as_posix()
        # ``head + name`` is str(folder / name); ``shown + name`` the display path.
        head = "" if base == "." else os.path.join(base, "")
        relative = "" if prefix == "." else f"{prefix}/"
        shown = relative if label == "." else f"{label}/{relative}"
        for name in sorted(filenames):
            lower = name.lower()
            if lower.endswith(ARTICLE_SUFFIXES):  # the common case, as _classify_name decides it
                if lower not in ARTICLE_EXCLUDED:
                    articles.append((head + name, shown + name))
            else:
                _classify_name(head + name, name, shown + name, sources)


def _classify(path: Path, display: str, sources: _Sources) -> None:
    _classify_name(str(path), path.name, display, sources)


def _classify_named(path: Path, display: str, sources: _Sources) -> None:
    """A file named explicitly (``--corpus FILE``): never skipped in silence. An article or a
    manifest by its name; any other YAML file is a ledger (checked when it is read, see
    :func:`explicit_ledger_problem`); anything else is an error naming the file."""
    name = path.name.lower()
    if name.endswith(ARTICLE_SUFFIXES) or name in MANIFEST_NAMES:
        _classify_name(str(path), path.name, display, sources)
    elif name.endswith(YAML_SUFFIXES):
        problem = explicit_ledger_problem(str(path), display)
        if problem:
            raise CorpusError(problem, display, 1)
        sources.add_once(sources.ledgers, str(path), display)
    else:
        raise CorpusError(
            "not a corpus file: give an article (.txt, .md), a ledger (YAML, see "
            "docs/ledger-schema.md), a manifest.yaml or a folder",
            display,
        )


def explicit_ledger_problem(path: str, display: str) -> str | None:
    """Why a YAML file named explicitly cannot be a ledger, or ``None`` (its entries are then
    checked by the ledger loader, with file and line)."""
    data = read_yaml_file(path, display)
    if isinstance(data, dict) and "version" in data:
        return None
    if isinstance(data, dict) and "articles" in data:
        return (
            "this YAML file was given as a corpus file, and looks like a manifest ('articles'), "
            "not a ledger: name it manifest.yaml and pass its folder"
        )
    return (
        "this YAML file was given as a corpus file, so it is read as a ledger, but it does not "
        "start a ledger ('version: 1' missing; see docs/ledger-schema.md or run "
        "'narrlint ledger new')"
    )


def _classify_name(path: str, name: str, display: str, sources: _Sources) -> None:
    name = name.lower()
    if name in LEDGER_NAMES or name.endswith(LEDGER_SUFFIXES):
        sources.add_once(sources.ledgers, path, display)
    elif name in MANIFEST_NAMES:
        sources.add_once(sources.manifests, path, display)
    elif name.endswith(ARTICLE_SUFFIXES) and name not in ARTICLE_EXCLUDED:
        sources.articles.append((path, display))
    elif name.endswith(YAML_SUFFIXES) and "ledger" in name:
        sources.unread.append(display)


def unread_warnings(sources: _Sources) -> list[str]:
    """A warning for each YAML file of a corpus folder named like a ledger but not as one
    (``newsroom-ledger.yaml``, ``ledger-2024.yaml``, ``ledgers.yaml``): a folder reads only
    ``ledger.yaml`` and ``*.ledger.yaml``, and its facts were dropped without a word, every
    draft then linting clean against them. Other YAML files (a CMS's metadata) stay silent."""
    return [
        f"{display}: named like a ledger but not read: a corpus folder reads ledger.yaml and "
        "NAME.ledger.yaml (rename it, or give the file itself with --corpus)"
        for display in sources.unread
    ]


def seeds_root() -> Path:
    return Path(str(resources.files("narrlint.seeds")))


def discover_sources(paths: Iterable[str] = (), *, seeds: bool = True) -> _Sources:
    """The ledgers, manifests and articles of the seed corpus (unless ``seeds=False``) and of
    ``paths``, in loading order."""
    sources = _Sources()
    if seeds:
        _discover(seeds_root(), SEEDS_DISPLAY, sources)
    for raw in paths:
        _discover(Path(raw), str(raw), sources)
    return sources


def load_ledgers(files: Iterable[tuple[str, str]]) -> Ledger:
    """Read and merge ledger files (``(path, display)``) and check their cross-references."""
    ledger = Ledger()
    for path, display in files:
        ledger.merge(load_ledger(path, display))
    check_references(ledger)
    return ledger


# ---------------------------------------------------------------------------------------------
# Manifest


def _read_manifest(path: str, display: str) -> dict[str, list[Story]]:
    return manifest_stories(read_yaml_file(path, display), display)


def manifest_stories(data: object, display: str) -> dict[str, list[Story]]:
    """Stories of a parsed manifest (the index keeps the parsed form of large manifests)."""
    if not isinstance(data, dict) or not isinstance(data.get("articles"), list):
        raise CorpusError("a manifest needs 'version: 1' and an 'articles' list", display, 1)
    allowed = {"file", "date", "outlet", "url", "lines", "confidence", "note", "title"}
    base = display.rsplit("/", 1)[0] if "/" in display else ""
    stories: dict[str, list[Story]] = defaultdict(list)
    for entry in data["articles"]:
        line = getattr(entry, "line", None)
        if not isinstance(entry, dict) or not entry.get("file"):
            raise CorpusError("each manifest article needs a 'file'", display, line)
        unknown = set(entry) - allowed
        if unknown:
            raise CorpusError(
                f"unknown key {sorted(unknown)[0]!r} in manifest article", display, line
            )
        try:
            date = parse_date(entry["date"]) if entry.get("date") else None
        except Exception:
            raise CorpusError(
                f"date {entry.get('date')!r} is not YYYY-MM-DD", display, line
            ) from None
        lines = entry.get("lines")
        if lines is not None and not (
            isinstance(lines, list) and len(lines) == 2 and all(isinstance(n, int) for n in lines)
        ):
            raise CorpusError("'lines' must be [first, last]", display, line)
        written = posixpath.normpath(str(entry["file"]))  # ./a.txt is a.txt
        file_display = f"{base}/{written}" if base else written
        story = Story(
            path=file_display,
            date=date,
            outlet=entry.get("outlet"),
            url=entry.get("url"),
            first_line=lines[0] if lines else 1,
            last_line=lines[1] if lines else None,
            entry_line=line,
        )
        for earlier in stories[file_display]:
            if _overlap(earlier, story):
                raise CorpusError(
                    f"{entry['file']!r} {_lines_text(story)} are already dated by the entry "
                    f"at line {earlier.entry_line}: give each entry of one file its own 'lines'",
                    display,
                    line,
                )
        stories[file_display].append(story)
    return stories


def _overlap(a: Story, b: Story) -> bool:
    inf = float("inf")
    return a.first_line <= (b.last_line or inf) and b.first_line <= (a.last_line or inf)


def _lines_text(story: Story) -> str:
    last = story.last_line
    return f"lines {story.first_line}-{last}" if last else f"lines from {story.first_line}"


MAX_ENTRY_WARNINGS = 20
"""Manifest entries named one by one (a manifest given without its articles names them all)."""


def unmatched_entries(
    manifests: Iterable[tuple[str, str, Iterable[str]]], articles: Iterable[str]
) -> list[str]:
    """``manifest:line: problem`` for each manifest entry no article takes its date from.

    ``manifests``: each manifest's path, display and the article displays it dates, in loading
    order; ``articles``: the displays of the corpus's articles. An entry dates nothing when its
    file is no article of the corpus (a typo, a deleted or moved file, a path outside the
    corpus folder) or a later manifest dates the same article: the article is then undated, or
    dated by another entry, without a word (robustness probe D11). Only a manifest with such
    an entry is read again, for the entries' lines.
    """
    known = set(articles)
    listed = [(path, display, list(keys)) for path, display, keys in manifests]
    last: dict[str, int] = {}
    for number, (_, _, keys) in enumerate(listed):
        for key in keys:
            last[key] = number
    problems: list[tuple[str, int, str]] = []
    for number, (path, display, keys) in enumerate(listed):
        missing = {key for key in keys if key not in known}
        replaced = {key for key in keys if key in known and last[key] != number}
        if not missing and not replaced:
            continue
        for key, stories in manifest_stories(read_yaml_file(path, display), display).items():
            for story in stories:
                if key in missing:
                    hint = _close_article(key, known) if len(problems) < MAX_ENTRY_WARNINGS else ""
                    why = f"{key!r} is not an article of this corpus{hint}"
                elif key in replaced:
                    why = f"{key!r} is dated by a later manifest, {listed[last[key]][1]}"
                else:
                    continue
                problems.append(
                    (display, story.entry_line or 1, f"{why}: this entry dates nothing")
                )
    problems.sort(key=lambda p: (p[0], p[1]))
    shown = [f"{display}:{line}: {why}" for display, line, why in problems[:MAX_ENTRY_WARNINGS]]
    if len(problems) > MAX_ENTRY_WARNINGS:
        shown.append(f"{len(problems) - MAX_ENTRY_WARNINGS} more manifest entries date nothing")
    return shown


def _close_article(key: str, known: set[str]) -> str:
    """`` (did you mean 'x'?)`` for the article of the same folder closest to ``key``."""
    folder = key.rsplit("/", 1)[0] if "/" in key else ""
    near = [a for a in known if (a.rsplit("/", 1)[0] if "/" in a else "") == folder]
    match = difflib.get_close_matches(key, near, n=1, cutoff=0.8)
    return f" (did you mean {match[0]!r}?)" if match else ""


# ---------------------------------------------------------------------------------------------
# Loading and indexing


def load_corpus(
    paths: Iterable[str] = (),
    *,
    seeds: bool = True,
    model: str | None = None,
    cache: bool = False,
) -> Corpus:
    """Load the seed corpus (unless ``seeds=False``) and any user corpus paths.

    ``cache``: through the persistent index in the user's cache (``narrlint.knowledge.index``):
    only new or changed articles are parsed, and sentences stay on disk until a rule asks for them.
    """
    if cache:
        from narrlint.knowledge.index import load_corpus_cached

        return load_corpus_cached(paths, seeds=seeds, model=model)
    sources = discover_sources(paths, seeds=seeds)
    ledger = load_ledgers(sources.ledgers)
    stories: dict[str, list[Story]] = {}
    parsed: list[dict[str, list[Story]]] = []
    for path, display in sources.manifests:
        parsed.append(_read_manifest(path, display))
        stories.update(parsed[-1])
    from narrlint.nlp.pipeline import build_pipeline

    nlp = build_pipeline(ledger, model)
    corpus = Corpus(ledger=ledger, nlp=nlp)
    corpus.warnings = unread_warnings(sources) + unmatched_entries(
        (
            (path, display, keys)
            for (path, display), keys in zip(sources.manifests, parsed, strict=True)
        ),
        (display for _, display in sources.articles),
    )
    with collection_resumed():  # parsing articles makes garbage (see gc_pause)
        _index_articles(corpus, sources.articles, stories)
    return corpus


def read_article(
    path: str, display: str, source: SourceText | None = None
) -> tuple[str, ProseText, dt.date | None]:
    """Text, prose and front matter date of an article (``source``: its bytes, already read);
    any failure is a :class:`CorpusError` naming the article."""
    try:
        return _article_prose(path, display, source)
    except CorpusError:
        raise
    except NarrlintError as exc:  # its message already names the problem; keep its line
        raise CorpusError(exc.message, display, exc.line) from None
    except Exception as exc:  # an unreadable article is a corpus error, not a crash
        raise CorpusError(str(exc), display) from None


def _article_prose(
    path: str, display: str, source: SourceText | None = None
) -> tuple[str, ProseText, dt.date | None]:
    from narrlint.text.prose import draft_prose

    text = (source or read_path(path)).text
    front = split_front_matter(text, display)
    prose = draft_prose(text, path, front.end)
    return text, prose, front.date


def _index_articles(
    corpus: Corpus, articles: list[tuple[str, str]], manifest: dict[str, list[Story]]
) -> None:
    parsed = []
    for path, display in articles:
        text, prose, date = read_article(path, display)
        stories = [
            replace(s, file=os.path.realpath(path))
            for s in manifest.get(display) or [Story(path=display, date=date)]
        ]
        corpus.stories.extend(stories)
        parsed.append((text, prose, stories))
    docs = corpus.nlp.pipe((prose.text for _, prose, _ in parsed), batch_size=64)
    for (text, prose, stories), doc in zip(parsed, docs, strict=True):
        for line, sentence_text, keys in article_sentences(text, prose, doc):
            story = _story_for(stories, line)
            sentence = CorpusSentence(len(corpus.sentences), story, line, sentence_text)
            corpus.sentences.append(sentence)
            for key in keys:
                postings = corpus.index[key]
                if not postings or postings[-1] != sentence.id:
                    postings.append(sentence.id)


def article_sentences(
    text: str, prose: ProseText, doc: Doc
) -> Iterator[tuple[int, str, Iterable[tuple[str, str]]]]:
    """``(line, text, index keys)`` of each sentence of a parsed article (``doc``: ``prose.text``
    parsed).

    Shared by the in-memory corpus and the persistent index (``narrlint.knowledge.index``), so both
    index exactly the same sentences under exactly the same keys.
    """
    import numpy

    lines = LineIndex(text)
    sents = list(doc.sents)
    # Entities, dates and numbers grouped by sentence in one pass: ``sent.ents`` rebuilds all
    # of the doc's entities, and testing every span against every sentence was quadratic.
    of_token = numpy.repeat(numpy.arange(len(sents)), [len(s) for s in sents])
    grouped: dict[str, list[list]] = {}
    for label, spans in (("ents", doc.ents), *((k, doc.spans.get(k, [])) for k in KEYED_SPANS)):
        groups: list[list] = [[] for _ in sents]
        for span in spans:
            if len(span) and of_token[span.start] == of_token[span.end - 1]:
                groups[of_token[span.start]].append(span)
        grouped[label] = groups
    spaces, content, lemmas = _token_columns(doc)
    text_of = _doc_text(doc, prose.text)
    for number, sent in enumerate(sents):
        if spaces[sent.start : sent.end].all():
            continue
        start, _ = prose.span_to_original(sent.start_char, sent.end_char)
        first, last = content.searchsorted((sent.start, sent.end))
        keys = sentence_keys(
            sent,
            grouped["dates"][number],
            grouped["numbers"][number],
            grouped["ents"][number],
            lemmas[first:last],
        )
        # The doc's text between the sentence's ends is ``sent.text`` (which joins its tokens'
        # texts, a Token object each).
        yield lines.position(start).line, text_of[sent.start_char : sent.end_char].strip(), keys


def _doc_text(doc: Doc, parsed: str) -> str:
    """``doc.text`` without building it: the text ``doc`` was parsed from (spaCy keeps every
    character), which ``Doc.text`` would join back together a Token object per token. A doc of
    another length than ``parsed`` is asked for its own text."""
    if not len(doc):
        return parsed
    last = doc[-1]
    return parsed if last.idx + len(last.text_with_ws) == len(parsed) else doc.text


def _token_columns(doc: Doc):
    """``(is_space per token, positions of content tokens, their lower-case lemmas)`` of a doc.

    Read from the doc's own columns in one call (``Doc.to_array``) instead of a ``Token`` object
    per token and per question: walking the tokens made about three of them per token of every
    article, the largest share of indexing an article after the pipeline itself. Content tokens
    are those :func:`sentence_keys` indexes by lemma (alphabetic, not a stop word).
    """
    import numpy
    from spacy.attrs import IS_ALPHA, IS_SPACE, IS_STOP, LEMMA

    columns = doc.to_array([IS_SPACE, IS_ALPHA, IS_STOP, LEMMA]).reshape(-1, 4)
    content = numpy.flatnonzero((columns[:, 1] != 0) & (columns[:, 2] == 0))
    strings = doc.vocab.strings
    lowered: dict[int, str] = {}
    lemmas = []
    for lemma in columns[content, 3].tolist():
        text = lowered.get(lemma)
        if text is None:
            text = lowered[lemma] = strings[lemma].lower()
        lemmas.append(text)
    return columns[:, 0] != 0, content, lemmas


def _story_for(stories: list[Story], line: int) -> Story:
    for story in stories:
        if story.first_line <= line and (story.last_line is None or line <= story.last_line):
            return story
    return stories[0]


def sentence_keys(
    sent, dates=None, numbers=None, ents=None, lemmas: Iterable[str] | None = None
) -> Iterable[tuple[str, str]]:
    """Index keys of a sentence: entities, dates, numbers and content lemmas.

    ``dates``, ``numbers``, ``ents``: the doc's spans that lie in the sentence, when the caller
    has them already (default: found among all of the doc's spans); ``lemmas``: the lower-case
    lemmas of its content tokens in order, when the caller has them (:func:`_token_columns`)."""
    for ent in sent.ents if ents is None else ents:
        yield (ent.label_.lower(), ent.ent_id_ or ent.text.lower())
    doc = sent.doc
    if dates is None:
        dates = doc.spans.get("dates", [])
    if numbers is None:
        numbers = doc.spans.get("numbers", [])
    for span in dates:
        if span.start >= sent.start and span.end <= sent.end:
            value = span._.date
            if value.day:
                yield ("date", f"{value.month:02d}-{value.day:02d}")
            if value.year:
                yield ("month", f"{value.year}-{value.month:02d}")
    for span in numbers:
        if span.start >= sent.start and span.end <= sent.end:
            yield ("number", format_number(span._.value))
    if lemmas is None:
        lemmas = (t.lemma_.lower() for t in sent if t.is_alpha and not t.is_stop)
    for lemma in lemmas:
        yield ("lemma", lemma)


def format_number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:g}"
