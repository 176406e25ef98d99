"""Deterministic benchmark inputs built from the seed articles.

Two generators, both pure functions of their parameters (file ``i`` is the same whatever the
file count, so a 2,000-draft set starts with the 200-draft set):

* ``drafts``: Markdown drafts that look like a newsroom's: YAML front matter with a date, a
  headline, recombined seed paragraphs, a sub-heading, a bullet list, a fenced block and links
  (so the benchmark exercises the Markdown masking, not only the tokenizer).
* ``archive``: a synthetic archive of plain-text articles plus a ``manifest.yaml`` dating them,
  for the corpus index. Seed paragraphs are recombined and *varied*: most ledger people are
  renamed, figures and days are redrawn, so that, as in a real archive, a given person or
  figure appears in a small share of the sentences rather than in every article.

Usage::

    python3 bench/make_corpus.py drafts --files 200 --words 800 --out bench/out/drafts
    python3 bench/make_corpus.py archive --articles 10000 --words 800 --out bench/out/archive
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
START = dt.date(2023, 6, 1)
SPAN_DAYS = 3 * 365

FIRST = "Amina Bilal Danish Farah Hamid Iqbal Javed Khalid Laila Mahmood Nadia Omar Rashid Sana"
LAST = "Ahmadi Baloch Chaudhry Durrani Farooqi Ghani Hashmi Karimi Lodhi Mirza Niazi Qureshi Rana"
OUTLETS = ("Dawn", "The Express Tribune", "Anadolu Agency", "Arab News", "Reuters", "AP")


@dataclass(frozen=True)
class Seeds:
    paragraphs: tuple[str, ...]
    """Seed lines of at least 12 words: prose paragraphs."""
    short: tuple[str, ...]
    """Shorter lines (headlines, captions): used for headings and bullets."""
    names: tuple[tuple[str, ...], ...]
    """Each ledger person's name and aliases, longest first."""


@lru_cache(maxsize=1)
def load_seeds() -> Seeds:
    paragraphs: list[str] = []
    short: list[str] = []
    for path in sorted(SEEDS.glob("*.txt")):
        for line in path.read_text("utf-8").splitlines():
            line = line.strip().lstrip("•").strip()
            words = len(line.split())
            if words >= 12:
                paragraphs.append(line)
            elif 4 <= words < 12:
                short.append(line.rstrip("."))
    ledger = yaml.safe_load((SEEDS / "ledger.yaml").read_text("utf-8"))
    names = []
    for person in ledger.get("people", []):
        aliases = (a["name"] if isinstance(a, dict) else a for a in person.get("aliases", []))
        variants = {person["name"].split(" (")[0], *aliases}
        names.append(tuple(sorted(variants, key=len, reverse=True)))
    return Seeds(tuple(paragraphs), tuple(short), tuple(names))


def word_count(text: str) -> int:
    """Words as ``wc -w`` counts them: the unit of every words-per-second figure."""
    return len(text.split())


def _date(rng: random.Random) -> dt.date:
    return START + dt.timedelta(days=rng.randrange(SPAN_DAYS))


def _link(paragraph: str, rng: random.Random) -> str:
    """Turn one word of the paragraph into a Markdown link."""
    words = paragraph.split(" ")
    candidates = [i for i, w in enumerate(words) if w.isalpha() and len(w) > 5]
    if not candidates:
        return paragraph
    i = rng.choice(candidates)
    words[i] = f"[{words[i]}](https://example.org/news/{rng.randrange(10**6)})"
    return " ".join(words)


def make_draft(index: int, words: int, seed: int = 0) -> str:
    """One Markdown draft of about ``words`` words (``wc -w``), a function of its index."""
    rng = random.Random(f"draft:{seed}:{index}")
    seeds = load_seeds()
    title = rng.choice(seeds.short)
    head = f"---\ntitle: {title!r}\ndate: {_date(rng).isoformat()}\n---\n\n# {title}\n\n"
    parts = [head]
    count = word_count(head)
    fence = f"```text\nWire slug: PAK-AFG/{index}\nsource: desk\n```\n\n"
    extras = [fence, "## Background\n\n", None]  # None: a bullet list
    position = 0
    while count < words:
        paragraph = rng.choice(seeds.paragraphs)
        if rng.random() < 0.3:
            paragraph = _link(paragraph, rng)
        block = paragraph + "\n\n"
        position += 1
        if position % 3 == 0 and extras:
            extra = extras.pop(0)
            if extra is None:
                extra = "".join(f"- {rng.choice(seeds.short)}\n" for _ in range(3)) + "\n"
            block = extra + block
        parts.append(block)
        count += word_count(block)
    return "".join(parts)


def make_drafts(out: Path, files: int, words: int, seed: int = 0) -> list[Path]:
    """Write ``files`` drafts to ``out`` (created) and return their paths, in order."""
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(files):
        path = out / f"draft-{i:05d}.md"
        text = make_draft(i, words, seed)
        if not path.exists() or path.read_text("utf-8") != text:
            path.write_text(text, "utf-8")
        paths.append(path)
    return paths


# ---------------------------------------------------------------------------------------------
# Archive

_NUMBER = re.compile(r"\b\d[\d,]*\b")


@lru_cache(maxsize=1)
def _names_pattern() -> re.Pattern:
    variants = sorted({v for names in load_seeds().names for v in names}, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(map(re.escape, variants)) + r")\b", re.IGNORECASE)


def _renamer(rng: random.Random, keep: float) -> dict[str, str]:
    """Per article: keep each ledger person with probability ``keep``, else rename them."""
    first, last = FIRST.split(), LAST.split()
    renames = {}
    for variants in load_seeds().names:
        if rng.random() < keep:
            continue
        new_first, new_last = rng.choice(first), rng.choice(last)
        for variant in variants:
            renames[variant.lower()] = f"{new_first} {new_last}" if " " in variant else new_last
    return renames


def _redraw(match: re.Match, rng: random.Random) -> str:
    digits = match.group(0).replace(",", "")
    if len(digits) == 4 and digits.startswith("20"):
        return str(rng.randrange(2019, 2027))  # a year
    value = rng.randrange(1, 10 ** len(digits))
    if len(digits) <= 2:
        value = rng.randrange(1, 29)  # a day or a small count
    return f"{value:,}" if "," in match.group(0) else str(value)


def make_article(index: int, words: int, seed: int = 0, keep: float = 0.1) -> str:
    rng = random.Random(f"article:{seed}:{index}")
    seeds = load_seeds()
    renames = _renamer(rng, keep)
    lines = [rng.choice(seeds.short)]
    count = word_count(lines[0])
    while count < words:
        paragraph = rng.choice(seeds.paragraphs)
        paragraph = _names_pattern().sub(
            lambda m: renames.get(m.group(0).lower(), m.group(0)), paragraph
        )
        paragraph = _NUMBER.sub(lambda m: _redraw(m, rng), paragraph)
        lines.append(paragraph)
        count += word_count(paragraph)
    return "\n".join(lines) + "\n"


def make_archive(
    out: Path, articles: int, words: int = 800, seed: int = 0, keep: float = 0.1
) -> Path:
    """Write ``articles`` articles under ``out/articles/`` and ``out/manifest.yaml``."""
    folder = out / "articles"
    folder.mkdir(parents=True, exist_ok=True)
    entries = []
    for i in range(articles):
        name = f"{i:06d}.txt"
        path = folder / name
        text = make_article(i, words, seed, keep)
        if not path.exists() or path.read_text("utf-8") != text:
            path.write_text(text, "utf-8")
        rng = random.Random(f"meta:{seed}:{i}")
        entries.append(
            f"- file: articles/{name}\n  date: '{_date(rng).isoformat()}'\n"
            f"  outlet: {rng.choice(OUTLETS)}\n  url: https://example.org/archive/{i}\n"
        )
    manifest = out / "manifest.yaml"
    manifest.write_text("version: 1\narticles:\n" + "".join(entries), "utf-8")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="what", required=True)
    drafts = sub.add_parser("drafts", help="Markdown drafts")
    drafts.add_argument("--files", type=int, default=200)
    drafts.add_argument("--words", type=int, default=800)
    drafts.add_argument("--seed", type=int, default=0)
    drafts.add_argument("--out", type=Path, required=True)
    archive = sub.add_parser("archive", help="synthetic archive corpus with a manifest")
    archive.add_argument("--articles", type=int, default=10_000)
    archive.add_argument("--words", type=int, default=800)
    archive.add_argument("--seed", type=int, default=0)
    archive.add_argument("--keep", type=float, default=0.1, help="share of ledger people kept")
    archive.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)
    if args.what == "drafts":
        paths = make_drafts(args.out, args.files, args.words, args.seed)
        total = sum(word_count(p.read_text("utf-8")) for p in paths)
        print(f"{len(paths)} drafts, {total} words in {args.out}")
    else:
        make_archive(args.out, args.articles, args.words, args.seed, args.keep)
        print(f"{args.articles} articles in {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
