"""Paths a hook or CI job may hand narrlint (issue 5): missing files, folders with ignore
files, symlink loops, unreadable files and folders, devices. Each is a clear message, the
run goes on, and the exit code is 2 at the end."""

from __future__ import annotations

import errno
import json
import os
import shutil
from pathlib import Path

import pytest

import narrlint.input.discover
import narrlint.input.source
from narrlint.config import Config
from narrlint.engine.session import Session
from narrlint.frontends.cli import exit_code
from narrlint.input.discover import iter_files
from narrlint.input.ignore import IgnoreRules, compile_pattern

from .conftest import RURITANIA, run_cli

STALE = (
    "---\ndate: 2023-01-01\n---\n# Budget\n\n"
    "Interim Finance Minister Anna Vogel says the deficit is falling.\n"
)

ROOT = os.geteuid() == 0 if hasattr(os, "geteuid") else False


def corpus_args() -> list[str]:
    return ["--no-seeds", "--corpus", str(RURITANIA), "-j", "1"]


def write(path: Path, text: str = STALE) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def session() -> Session:
    return Session.create(Config(seeds=False, corpus=[str(RURITANIA)]))


def walk(paths: list[str], config: Config | None = None) -> tuple[list[str], list[str]]:
    """(files, error messages) as ``path: message``, relative to the current folder."""
    files, errors = [], []
    for path, error in iter_files(paths, config or Config()):
        if error is None:
            files.append(path)
        else:
            errors.append(str(error))
    return files, errors


# ---------------------------------------------------------------------------------------------
# Missing paths


def test_missing_file_is_an_error_and_the_others_are_linted(tmp_path):
    write(tmp_path / "stale.md")
    run = run_cli(*corpus_args(), "missing.md", "stale.md", "gone/", cwd=tmp_path)
    assert run.code == 2
    assert "narrlint: error: missing.md: no such file or directory" in run.stderr
    assert "narrlint: error: gone/: no such file or directory" in run.stderr
    assert "stale.md:6:1: NL401" in run.stdout
    summary = "1 finding in 1 file: 1 error; 2 files could not be linted"
    assert run.stdout.splitlines()[-1] == summary


def test_missing_file_in_json_errors(tmp_path):
    run = run_cli(*corpus_args(), "--format", "json", "missing.md", cwd=tmp_path)
    assert run.code == 2
    assert run.json()["errors"] == [
        {"path": "missing.md", "line": None, "message": "no such file or directory"}
    ]


# ---------------------------------------------------------------------------------------------
# Folders: recursion, hidden folders, .narrlintignore, config exclude


@pytest.fixture
def tree(tmp_path, monkeypatch) -> Path:
    monkeypatch.chdir(tmp_path)
    for name in (
        "a.md",
        "notes.txt",
        "image.png",
        "sub/b.md",
        "sub/deep/c.markdown",
        "old/d.md",
        "drafts/old/e.md",
        "templates/t.md",
        ".git/g.md",
        ".venv/v.md",
        "keep/x.bak.md",
        "keep/y.md",
        "keep/z.md",
        "keep/old/w.md",
    ):
        write(tmp_path / name)
    return tmp_path


def test_folders_are_walked_in_order_skipping_hidden_folders(tree):
    files, errors = walk(["."])
    assert errors == []
    assert files == [
        "a.md",
        "notes.txt",
        "drafts/old/e.md",
        "keep/x.bak.md",
        "keep/y.md",
        "keep/z.md",
        "keep/old/w.md",
        "old/d.md",
        "sub/b.md",
        "sub/deep/c.markdown",
        "templates/t.md",
    ]


def test_narrlintignore_at_the_root_and_in_subfolders(tree):
    (tree / ".narrlintignore").write_text(
        "# archived copy\n/old/\n*.bak.md\n\ntemplates\n", encoding="utf-8"
    )
    (tree / "keep" / ".narrlintignore").write_text("*.md\n!z.md\n", encoding="utf-8")
    files, errors = walk(["."])
    assert errors == []
    # "/old/" is anchored: drafts/old stays; "templates" matches a name at any depth.
    assert files == [
        "a.md",
        "notes.txt",
        "drafts/old/e.md",
        "keep/z.md",
        "sub/b.md",
        "sub/deep/c.markdown",
    ]


def test_narrlintignore_of_a_walked_folder_outside_the_config_root(tree, tmp_path_factory):
    other = tmp_path_factory.mktemp("elsewhere")
    write(other / "one.md")
    write(other / "skip" / "two.md")
    (other / ".narrlintignore").write_text("skip/\n", encoding="utf-8")
    files, _ = walk([str(other)])
    assert files == [str(other / "one.md")]


def test_bracket_sets_read_as_git_reads_them_and_never_crash(tree):
    """A set's first "]" is a member, a reversed range matches nothing, "[!]" is literal
    text: odd sets in .narrlintignore or exclude used to raise re.error (a traceback)."""
    (tree / ".narrlintignore").write_text("[!]\n[]a].md\n[z-a]*\n[!k-z]ub/\n", encoding="utf-8")
    files, errors = walk(["."])
    assert errors == []
    # "[]a].md" ("]" or "a") drops a.md; "[!k-z]ub/" keeps sub/ (s lies in k-z)
    assert "a.md" not in files and "sub/b.md" in files and "keep/y.md" in files
    config = Config(exclude=["[z-a]", "[]x].bak.md", "[!a-j]eep/z.md"], root=tree)
    files, errors = walk(["."], config)
    assert errors == [] and "keep/x.bak.md" not in files and "keep/z.md" not in files
    assert "keep/y.md" in files


def test_config_exclude_is_relative_to_the_config_file(tree):
    config = Config(exclude=["drafts/old/*", "sub/deep", "*.txt"], root=tree)
    files, _ = walk(["."], config)
    assert "drafts/old/e.md" not in files and "sub/deep/c.markdown" not in files
    assert "notes.txt" not in files
    assert "old/d.md" in files and "keep/old/w.md" in files


def test_explicit_files_are_linted_even_when_excluded(tree):
    (tree / ".narrlintignore").write_text("*.md\n", encoding="utf-8")
    files, _ = walk(["a.md", "."])
    assert files == ["a.md", "notes.txt", "sub/deep/c.markdown"]


def test_narrlintignore_through_the_cli(tree):
    (tree / ".narrlintignore").write_text("old/\nkeep/\ntemplates/\n", encoding="utf-8")
    (tree / ".narrlint.yaml").write_text('exclude: ["sub/deep/"]\n', encoding="utf-8")
    run = run_cli(*corpus_args(), "--format", "json", ".", cwd=tree)
    paths = sorted({f["path"] for f in run.json()["findings"]})
    assert paths == ["a.md", "notes.txt", "sub/b.md"]
    assert run.json()["files"] == 3  # a.md, notes.txt, sub/b.md


def test_unreadable_ignore_file_is_reported(tree):
    (tree / ".narrlintignore").write_bytes(b"\xff\xfe*.md\n")
    files, errors = walk(["."])
    assert errors == [
        ".narrlintignore: cannot read ignore file: 'utf-8' codec can't decode "
        "byte 0xff in position 0: invalid start byte"
    ]
    assert "a.md" in files  # the walk goes on without it


@pytest.mark.parametrize(
    ("pattern", "path", "folder", "expected"),
    [
        ("*.md", "a.md", False, True),
        ("*.md", "x/y/a.md", False, True),
        ("/a.md", "x/a.md", False, False),
        ("/a.md", "a.md", False, True),
        ("x/*.md", "x/a.md", False, True),
        ("x/*.md", "x/y/a.md", False, False),
        ("x/**/a.md", "x/y/z/a.md", False, True),
        ("x/**/a.md", "x/a.md", False, True),
        ("**/old", "p/q/old", True, True),
        ("old/**", "old/q/r.md", False, True),
        ("build/", "build", True, True),
        ("build/", "build", False, False),
        ("draft?.md", "draft1.md", False, True),
        ("draft[0-9].md", "draftx.md", False, False),
        ("draft[!0-9].md", "draftx.md", False, True),
        ("\\#hash.md", "#hash.md", False, True),
    ],
)
def test_ignore_patterns(pattern, path, folder, expected):
    rules = IgnoreRules.parse([pattern], "/base", "test")
    assert bool(rules.decide(f"/base/{path}", folder)) is expected


def test_ignore_comments_blank_lines_and_negation():
    assert compile_pattern("# a comment") is None
    assert compile_pattern("   ") is None
    rules = IgnoreRules.parse(["*.md", "!keep.md"], "/base", "test")
    assert rules.decide("/base/x.md", False) is True
    assert rules.decide("/base/keep.md", False) is False
    assert rules.decide("/base/x.txt", False) is None


# ---------------------------------------------------------------------------------------------
# Symlinks


def test_symlink_loop_in_a_walked_folder(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "tree" / "sub" / "b.md")
    os.symlink("..", tmp_path / "tree" / "sub" / "up")
    os.symlink(".", tmp_path / "tree" / "self")
    files, errors = walk(["tree"])
    assert files == ["tree/sub/b.md"]
    assert sorted(errors) == [
        "tree/self: symlink loop: links back to a folder being walked (not followed)",
        "tree/sub/up: symlink loop: links back to a folder being walked (not followed)",
    ]


def test_folder_reached_twice_through_symlinks_is_linted_once(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "shared" / "s.md")
    (tmp_path / "desk").mkdir()
    os.symlink("../shared", tmp_path / "desk" / "one")
    os.symlink("../shared", tmp_path / "desk" / "two")
    files, errors = walk(["desk"])
    assert files == ["desk/one/s.md"] and errors == []


def test_file_symlinks_broken_and_looping(tmp_path):
    write(tmp_path / "stale.md")
    os.symlink("nowhere.md", tmp_path / "broken.md")
    os.symlink("loop.md", tmp_path / "loop.md")
    os.symlink("stale.md", tmp_path / "alias.md")
    run = run_cli(*corpus_args(), ".", "loop.md", cwd=tmp_path)
    assert run.code == 2
    assert "broken.md: broken symlink: its target does not exist" in run.stderr
    assert "loop.md: symlink loop (too many levels of symbolic links)" in run.stderr
    assert "narrlint: error: loop.md: symlink loop (too many levels of symbolic links)" in (
        run.stderr
    )
    assert "alias.md:6:1: NL401" in run.stdout and "stale.md:6:1: NL401" in run.stdout


# ---------------------------------------------------------------------------------------------
# Unreadable files and folders, devices, pipes


def _deny(monkeypatch, module, name: str, victim: str) -> None:
    """Make ``module.name`` (``open`` or ``scandir``) raise EACCES for ``victim``: works when
    the tests run as root, where chmod 000 denies nothing."""
    real = getattr(module, name, None) or open

    def guarded(path, *args, **kwargs):
        if os.path.basename(os.fspath(path)) == victim:
            raise PermissionError(errno.EACCES, "Permission denied", os.fspath(path))
        return real(path, *args, **kwargs)

    monkeypatch.setattr(module, name, guarded, raising=False)


def test_unreadable_file_is_an_error_and_the_run_goes_on(tmp_path, monkeypatch, session):
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "secret.md")
    write(tmp_path / "open.md")
    _deny(monkeypatch, narrlint.input.source, "open", "secret.md")
    report = session.lint_paths(["secret.md", "open.md"])
    assert [str(e) for e in report.errors] == ["secret.md: permission denied"]
    assert [f.path for f in report.findings] == ["open.md"]
    assert exit_code(report, session.config) == 2


def test_unlistable_folder_is_an_error_and_the_walk_goes_on(tmp_path, monkeypatch, session):
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "tree" / "locked" / "hidden.md")
    write(tmp_path / "tree" / "open" / "seen.md")
    _deny(monkeypatch, narrlint.input.discover.os, "scandir", "locked")
    report = session.lint_paths(["tree"])
    assert [str(e) for e in report.errors] == ["tree/locked: cannot list folder: permission denied"]
    assert [f.path for f in report.findings] == ["tree/open/seen.md"]
    assert exit_code(report, session.config) == 2


@pytest.mark.skipif(ROOT, reason="root reads chmod 000 files; covered by the monkeypatched test")
def test_unreadable_file_with_chmod(tmp_path):
    secret = write(tmp_path / "secret.md")
    write(tmp_path / "open.md")
    secret.chmod(0)
    try:
        run = run_cli(*corpus_args(), "secret.md", "open.md", cwd=tmp_path)
    finally:
        secret.chmod(0o644)
    assert run.code == 2
    assert "narrlint: error: secret.md: permission denied" in run.stderr
    assert "open.md:6:1: NL401" in run.stdout


def test_devices_and_pipes_are_refused_without_reading(tmp_path):
    os.mkfifo(tmp_path / "pipe.md")
    write(tmp_path / "stale.md")
    run = run_cli(*corpus_args(), "pipe.md", "/dev/zero", "stale.md", cwd=tmp_path)
    assert run.code == 2
    assert "pipe.md: not a regular file (a device, pipe or socket)" in run.stderr
    assert "/dev/zero: not a regular file (a device, pipe or socket)" in run.stderr
    assert "stale.md:6:1: NL401" in run.stdout


def test_oversized_file_is_refused(tmp_path, monkeypatch, session):
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "huge.md", "x" * 2000)
    monkeypatch.setattr(narrlint.input.source, "MAX_BYTES", 1000)
    report = session.lint_paths(["huge.md"])
    assert [str(e) for e in report.errors] == [
        "huge.md: file too large (0 MB; narrlint reads drafts up to 0 MB)"
    ]


def test_a_file_that_grew_after_its_size_was_read_is_read_whole(tmp_path, monkeypatch):
    """read_path reads the size stat gave, then on to the limit when there is more."""
    path = tmp_path / "growing.md"
    path.write_text("x" * 5000, encoding="utf-8")
    real_stat = os.stat

    def stale_size(target, *args, **kwargs):
        info = real_stat(target, *args, **kwargs)
        if str(target) != str(path):
            return info
        fields = list(info[:10])
        fields[6] = 10  # st_size as it was before the file grew
        return os.stat_result(fields)

    monkeypatch.setattr(narrlint.input.source.os, "stat", stale_size)
    assert narrlint.input.source.read_path(str(path)).text == "x" * 5000
    monkeypatch.setattr(narrlint.input.source, "MAX_BYTES", 1000)
    with pytest.raises(narrlint.input.source.InputError, match="more than"):
        narrlint.input.source.read_path(str(path))


def test_a_folder_named_like_a_draft(tmp_path):
    (tmp_path / "folder.md").mkdir()
    write(tmp_path / "folder.md" / "inner.md")
    run = run_cli(*corpus_args(), "folder.md", cwd=tmp_path)
    assert run.code == 1 and "folder.md/inner.md:6:1: NL401" in run.stdout


# ---------------------------------------------------------------------------------------------
# Security: safe YAML only, no eval/exec/pickle, plugins from entry points only, no leaked paths

SOURCE_DIRS = ("linter", "rules", "seeds")
SAFE_LOADERS = {"SafeLoader", "CSafeLoader", "_LineLoader", "_FastLineLoader", "_LOADER"}
"""Loader names the scan accepts; the names of narrlint's own are checked to be safe loaders
below (test_the_yaml_loaders_in_use_are_safe_loaders)."""
FORBIDDEN_BUILTINS = {"eval", "exec", "compile", "__import__"}
FORBIDDEN_CALLS = {("os", "system"), ("os", "popen"), ("importlib", "import_module")}
FORBIDDEN_MODULES = {"pickle", "cPickle", "dill", "marshal", "shelve", "jsonpickle"}
FORBIDDEN_YAML = {"unsafe_load", "full_load", "load_all", "FullLoader", "UnsafeLoader", "Loader"}
ALLOWED = {
    "_aliases.py": {"calls importlib.import_module()"},
    "ledgercache.py": {"imports ['pickle']"},
    "dataclass_code.py": {"imports ['marshal']", "calls compile()"},
}
"""Reviewed exceptions: the old-name aliases import only the module names of their own constant
table (``narrlint._aliases.MOVED``), never a name from a config, a draft or the environment. The
ledger cache (``narrlint.knowledge.ledgercache``) pickles the parsed ledger beside the corpus
index and reads it back only from a private regular file of this user's, under the index
fingerprint, with an unpickler whose ``find_class`` admits the ledger's own data classes and
``datetime.date`` and nothing else (``tests/test_index.py`` plants a file that would call a
function: it is refused and the YAML parsed instead). The data-class code table
(``narrlint.frontends.dataclass_code``, start-up) compiles only the source ``@dataclass`` itself
generates and keeps the code objects with ``marshal``, as Python's own bytecode caches do: the
table lives in the user's cache folder (``NARRLINT_CACHE_DIR``, ``XDG_CACHE_HOME`` or
``~/.cache``, never a folder a project's config or a draft names), is read only if this user
owns it and neither group nor others may write it (``tests/test_perf_start_dataclass_code.py``),
is used only when narrlint runs as the program, and ``--no-cache`` writes none."""


def source_files() -> list[Path]:
    checkout = Path(__file__).resolve().parent.parent
    files = [p for d in SOURCE_DIRS for p in sorted((checkout / d).rglob("*.py"))]
    files += sorted((checkout / "bench").glob("*.py"))  # not bench/.venv-proselint
    return files


def test_source_tree_has_no_unsafe_loading_or_evaluation():
    assert unsafe_constructs(source_files()) == []


def test_the_source_scan_finds_what_it_looks_for(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text(
        "import pickle\nimport yaml\nyaml.load(x)\nyaml.load(x, Loader=yaml.Loader)\n"
        "eval('1')\nos.system('x')\nsubprocess.run('x', shell=True)\nyaml.unsafe_load(x)\n",
        encoding="utf-8",
    )
    found = unsafe_constructs([bad])
    assert [line.split(":")[1] for line in found] == ["1", "3", "4", "4", "5", "6", "7", "8"]


def unsafe_constructs(paths: list[Path]) -> list[str]:
    import ast

    problems = []
    for path in paths:
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            where = f"{path.name}:{getattr(node, 'lineno', '?')}"
            if isinstance(node, ast.Import | ast.ImportFrom):
                names = [a.name for a in node.names]
                modules = [node.module or ""] if isinstance(node, ast.ImportFrom) else names
                if any(m.split(".")[0] in FORBIDDEN_MODULES for m in modules):
                    problems.append(f"{where}: imports {modules}")
            if (
                isinstance(node, ast.Attribute)
                and node.attr in FORBIDDEN_YAML
                and getattr(node.value, "id", "") == "yaml"
            ):
                problems.append(f"{where}: yaml.{node.attr}")
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            owner = getattr(getattr(func, "value", None), "id", "")
            if isinstance(func, ast.Name) and name in FORBIDDEN_BUILTINS:
                problems.append(f"{where}: calls {name}()")
            if (owner, name) in FORBIDDEN_CALLS:
                problems.append(f"{where}: calls {owner}.{name}()")
            if any(k.arg == "shell" for k in node.keywords):
                problems.append(f"{where}: subprocess with shell=")
            if name == "load" and owner == "yaml":
                loader = next((k.value for k in node.keywords if k.arg == "Loader"), None)
                loader_name = getattr(loader, "id", getattr(loader, "attr", None))
                if loader_name not in SAFE_LOADERS:
                    problems.append(f"{where}: yaml.load without a safe Loader")
    problems = [
        p for p in problems if p.split(": ", 1)[1] not in ALLOWED.get(p.split(":")[0], set())
    ]
    return sorted(problems, key=lambda p: int(p.split(":")[1]))


def test_the_yaml_loaders_in_use_are_safe_loaders():
    import yaml

    from narrlint.input import frontmatter, yamlsource

    safe = (yaml.SafeLoader, getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    for name in ("_LineLoader", "_FastLineLoader"):
        assert issubclass(getattr(yamlsource, name), safe)
    assert issubclass(frontmatter._LOADER, safe)
    with pytest.raises(Exception, match="could not determine a constructor"):
        yamlsource.load_yaml("x: !!python/object/apply:os.system [echo hi]\n", "x.yaml")


def test_config_cannot_name_a_plugin_module(tmp_path):
    """Plugins come only from installed entry points: a module on the path is never imported
    because a config names it, under any key."""
    site = tmp_path / "site"
    site.mkdir()
    marker = tmp_path / "imported"
    (site / "sneaky_plugin.py").write_text(
        f"open({str(marker)!r}, 'w').write('imported')\n", encoding="utf-8"
    )
    write(tmp_path / "stale.md")
    for config in ("plugins: [sneaky_plugin]\n", "select: [sneaky_plugin]\n"):
        (tmp_path / ".narrlint.yaml").write_text(config, encoding="utf-8")
        run = run_cli("stale.md", cwd=tmp_path, env={"PYTHONPATH": str(site)})
        assert run.code == 2
    assert not marker.exists()
    (tmp_path / ".narrlint.yaml").unlink()
    run = run_cli(*corpus_args(), "stale.md", cwd=tmp_path, env={"PYTHONPATH": str(site)})
    assert run.code == 1 and not marker.exists()  # on the path but not an entry point


def test_output_never_shows_absolute_paths_the_user_did_not_give(tmp_path):
    import site
    import sys

    checkout = str(Path(__file__).resolve().parent.parent)
    secrets = {checkout, str(tmp_path), sys.prefix, *site.getsitepackages(), "site-packages"}
    text = (
        "---\ndate: 2024-07-01\n---\n"
        "Caretaker Foreign Minister Jalil Abbas Jilani met the envoy. Pakistan set a "
        "December 1 deadline for 1.4 million undocumented Afghans; 64 people were killed.\n"
    )
    write(tmp_path / "desk" / "draft.md", text)
    (tmp_path / "desk" / "bad.md").write_bytes(b"caf\xe9\n")
    (tmp_path / ".narrlint.yaml").write_text("fail-on: error\n", encoding="utf-8")
    outputs = []
    for form in ("text", "json"):
        run = run_cli("--format", form, "-j", "1", "desk", cwd=tmp_path)
        assert run.code == 2, run.stderr
        outputs.append(run.stdout + run.stderr)
    data = json.loads(outputs[1][: outputs[1].rindex("}") + 1])
    sources = {e["source"] for f in data["findings"] for e in f["evidence"]}
    assert sources and all(s.startswith("seeds/") for s in sources), sources
    assert {f["path"] for f in data["findings"]} == {"desk/draft.md"}
    for output in outputs:
        for secret in secrets:
            assert secret not in output
    (tmp_path / ".narrlint.yaml").write_text("selct: 1\n", encoding="utf-8")
    run = run_cli("x.md", cwd=tmp_path / "desk")
    assert run.code == 2 and str(tmp_path) not in run.stderr


# ---------------------------------------------------------------------------------------------
# The same draft named twice (robustness probe D17)


def test_a_draft_named_twice_or_also_found_in_a_folder_is_linted_once(tmp_path, monkeypatch):
    write(tmp_path / "a.md")
    write(tmp_path / "sub" / "b.md")
    (tmp_path / "sub" / "hard.md").hardlink_to(tmp_path / "sub" / "b.md")
    monkeypatch.chdir(tmp_path)
    named = ["a.md", "./a.md", str(tmp_path / "a.md"), ".", "sub/b.md", "sub"]
    found = [path for path, error in iter_files(named, Config(root=tmp_path)) if error is None]
    # the first spelling of each named file, once; a folder walk lists every name it finds
    assert found == ["a.md", "sub/b.md", "sub/hard.md"]


def test_fix_of_a_draft_named_twice_reports_it_once(tmp_path):
    """Linted twice, the second copy was 'changed on disk' and reported the fixed text."""
    write(tmp_path / "a.md")
    args = ("--fix", "--format", "json", "a.md", "./a.md")
    run = run_cli(*corpus_args(), *args, cwd=tmp_path)
    assert run.code in (0, 1), run.stderr
    assert "changed on disk" not in run.stderr
    assert run.json()["findings"] == []  # the one finding was fixed, and not reported again
    assert (tmp_path / "a.md").read_text() != STALE


def test_a_folder_replaced_by_a_file_during_the_walk_is_one_error(tmp_path, monkeypatch):
    """Robustness probe D13: a subfolder found by the walk, then replaced by a file (or
    removed) before the walk enters it, is one error for its path, not a second one about the
    .narrlintignore it no longer holds."""
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "tree" / "a.md")
    write(tmp_path / "tree" / "f12.md" / "inner.md")
    write(tmp_path / "tree" / "gone" / "inner.md")
    found = iter_files(["tree"], Config(root=tmp_path))
    assert next(found) == ("tree/a.md", None)  # the subfolders are listed, not yet entered
    shutil.rmtree(tmp_path / "tree" / "f12.md")
    write(tmp_path / "tree" / "f12.md")  # a file where the folder was
    shutil.rmtree(tmp_path / "tree" / "gone")
    rest = [(path, str(error)) for path, error in found]
    assert rest == [
        ("tree/gone", "tree/gone: cannot open folder: No such file or directory"),
        ("tree/f12.md", "tree/f12.md: cannot list folder: Not a directory"),
    ]


def test_a_folder_that_cannot_be_listed_is_one_error_not_two(tmp_path, monkeypatch, session):
    """Listing and the ignore file fail alike for a folder denied: one error names it."""
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "tree" / "locked" / "hidden.md")
    real_open, real_scandir = open, os.scandir

    def denied(path, *args, **kwargs):
        if "locked" in os.fspath(path):
            raise PermissionError(errno.EACCES, "Permission denied", os.fspath(path))
        return (real_scandir if not args and not kwargs else real_open)(path, *args, **kwargs)

    monkeypatch.setattr(narrlint.input.discover.os, "scandir", denied)
    monkeypatch.setattr(narrlint.input.discover, "open", denied, raising=False)
    report = session.lint_paths(["tree"])
    assert [str(e) for e in report.errors] == ["tree/locked: cannot list folder: permission denied"]
