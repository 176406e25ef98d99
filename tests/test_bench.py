"""The benchmark harness's inputs are deterministic and of the requested size (nothing is
timed here: benchmarks are not tests)."""

from __future__ import annotations

import yaml

from . import bench_scripts

make_corpus = bench_scripts.load("make_corpus")
run = bench_scripts.load("run")


def test_drafts_are_deterministic_and_sized(tmp_path):
    first = make_corpus.make_drafts(tmp_path / "a", files=5, words=800)
    again = make_corpus.make_drafts(tmp_path / "b", files=7, words=800, seed=0)
    assert len(first) == 5 and len(again) == 7
    for one, other in zip(first, again, strict=False):
        assert one.read_bytes() == other.read_bytes(), "file i does not depend on the count"
    for path in first:
        text = path.read_text("utf-8")
        words = make_corpus.word_count(text)
        assert 800 <= words < 800 + 200
        assert text.startswith("---\ntitle: ") and "\ndate: 20" in text
        assert "\n# " in text and "```" in text and "](https://" in text and "\n- " in text
    other_seed = make_corpus.make_drafts(tmp_path / "c", files=1, words=800, seed=1)
    assert other_seed[0].read_bytes() != first[0].read_bytes()


def test_long_draft_reaches_the_requested_length(tmp_path):
    (path,) = make_corpus.make_drafts(tmp_path, files=1, words=5000)
    assert 5000 <= make_corpus.word_count(path.read_text("utf-8")) < 5300


def test_archive_is_deterministic_with_a_manifest(tmp_path):
    make_corpus.make_archive(tmp_path / "a", articles=6, words=300)
    make_corpus.make_archive(tmp_path / "b", articles=6, words=300)
    files = sorted((tmp_path / "a" / "articles").glob("*.txt"))
    assert len(files) == 6
    for path in files:
        assert path.read_bytes() == (tmp_path / "b" / "articles" / path.name).read_bytes()
        assert make_corpus.word_count(path.read_text("utf-8")) >= 300
    manifest = yaml.safe_load((tmp_path / "a" / "manifest.yaml").read_text("utf-8"))
    assert manifest["version"] == 1
    assert [a["file"] for a in manifest["articles"]] == [f"articles/{p.name}" for p in files]
    assert all(a["date"] and a["outlet"] for a in manifest["articles"])


def test_archive_is_a_valid_corpus(tmp_path):
    from narrlint.knowledge.corpus import load_corpus

    make_corpus.make_archive(tmp_path, articles=3, words=200)
    corpus = load_corpus([str(tmp_path)])
    archive_stories = [s for s in corpus.stories if "articles/" in s.path]
    assert len(archive_stories) == 3 and all(s.date for s in archive_stories)


def test_report_renders_targets_from_measures():
    def measure(label, wall, rss=100.0):
        return run.Measure(label, walls=[wall], cpus=[wall], tree_rss_mb=rss, tree_pss_mb=rss)

    sizes = {"many": 2000, "big": 100_000, "archive": 10_000}
    rows = [
        run.Row("1 × 800 words (cold start)", "narrlint", 800, measure("n", 0.9)),
        run.Row("1 × 800 words (cold start)", "proselint", 800, measure("p", 0.1)),
        run.Row("200 × 800 words", "narrlint", 160_000, measure("n", 1.5, 300)),
        run.Row("200 × 800 words", "narrlint -j 1", 160_000, measure("n1", 2.0)),
        run.Row("200 × 800 words", "proselint", 160_000, measure("p", 2.7)),
        run.Row("1 × 100,000 words", "narrlint", 100_000, measure("n", 1.6)),
        run.Row("2,000 × 800 words", "narrlint", 1_600_000, measure("n", 6.0)),
        run.Row("2,000 × 800 words", "narrlint -j 1", 1_600_000, measure("n1", 10.5)),
    ]
    report = run.render(rows, measure("floor", 0.7), None, None, 3, False, sizes, 2, True)
    assert (
        "| cold start (1 × 800 words) ≤ floor + 0.3 s | 0.90 s = floor 0.70 s + 0.20 s | yes"
        in (report)
    )
    assert "= 1.80× | NO |" in report  # 2x proselint with default workers
    assert (
        "2,000 drafts: default -j (2) ≥ 1.7× faster than -j 1 | 10.50 s / 6.00 s = 1.75× | yes"
        in (report)
    )
    assert "300 MB RSS" in report
    assert "## How to read this" in report


def test_long_draft_rate_is_not_measured_past_a_slow_cold_start():
    """A cold start slower than the runs it is subtracted from (a busy machine) makes the
    start-up-excluded rate meaningless: said so, neither passed nor failed."""

    def measure(label, wall):
        return run.Measure(label, walls=[wall], cpus=[wall], tree_rss_mb=100, tree_pss_mb=100)

    sizes = {"many": 500, "big": 20_000, "archive": 1000}
    rows = [
        run.Row("1 × 800 words (cold start)", "narrlint", 800, measure("n", 2.7)),
        run.Row("200 × 800 words", "narrlint -j 1", 160_000, measure("n1", 4.0)),
        run.Row("1 × 20,000 words", "narrlint", 20_000, measure("n", 1.2)),
    ]
    report = run.render(rows, measure("floor", 2.4), None, None, 1, True, sizes, 2, False)
    line = next(row for row in report.splitlines() if row.startswith("| 1 × 20,000 words: words/s"))
    assert "not measurable: the cold start took longer than a run" in line
    assert line.endswith("| – |")
