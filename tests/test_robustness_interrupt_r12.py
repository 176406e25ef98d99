"""Ctrl-C while ``narrlint`` is still starting: ``narrlint: interrupted``, exit 130, no traceback.

Robustness round 12. ``main`` catches ``KeyboardInterrupt`` once it runs, but the command
line's own imports (the configuration, the reporters: about a second on a loaded machine) come
before it: a Ctrl-C there printed a traceback of whichever import it cut and ended the process
by the signal. The signal is delivered here, deterministically, as the package imports
``importlib.metadata`` and as the command line imports ``narrlint.config``, in both ways
narrlint starts (the ``narrlint`` script and ``python -m``).
"""

from __future__ import annotations

import subprocess
import sys

import pytest

_INTERRUPT_ON_IMPORT = """
import builtins, os, signal, sys
signal.signal(signal.SIGINT, signal.default_int_handler)
real = builtins.__import__
def interrupting(name, *args, **kwargs):
    if name == MODULE:
        os.kill(os.getpid(), signal.SIGINT)
    return real(name, *args, **kwargs)
builtins.__import__ = interrupting
"""

STARTS = {
    "script": "sys.argv = ['/usr/local/bin/narrlint', '--version']\n"
    "from narrlint.frontends.cli import main\nsys.exit(main())\n",
    "python-m": "import runpy\nsys.argv = ['-m', '--version']\n"
    "runpy.run_module('narrlint', run_name='__main__', alter_sys=True)\n",
}


@pytest.mark.parametrize("module", ["importlib.metadata", "narrlint.config"])
@pytest.mark.parametrize("start", sorted(STARTS))
def test_ctrl_c_while_the_command_line_imports_is_a_quiet_exit_130(start, module):
    """Cut while the package itself loads (``importlib.metadata``, imported by
    ``narrlint/__init__.py``) or while the command line's modules load (``narrlint.config``)."""
    code = _INTERRUPT_ON_IMPORT.replace("MODULE", repr(module)) + STARTS[start]
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert "Traceback" not in run.stderr, run.stderr
    assert run.stderr == "narrlint: interrupted\n"
    assert run.returncode == 130
    assert run.stdout == ""


def test_a_host_importing_the_command_line_keeps_its_own_ctrl_c():
    """Imported by another program (a test runner, an editor plugin), narrlint leaves Ctrl-C
    to it: Python's ``KeyboardInterrupt`` stays the handler."""
    code = (
        "import signal, sys\nsys.argv = ['host']\nimport narrlint.frontends.cli\n"
        "print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)\n"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert run.stdout.strip() == "True", run.stderr


def test_after_start_up_ctrl_c_is_keyboard_interrupt_again():
    """Once ``main`` runs, Ctrl-C is Python's ``KeyboardInterrupt`` again (caught by ``main``,
    and held back by ``--fix`` while a file is replaced)."""
    code = (
        "import signal, sys\nsys.argv = ['narrlint', '--version']\n"
        "from narrlint.frontends import cli, startup\n"
        "print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)\n"
        "try:\n    cli.main(['--version'])\nexcept SystemExit:\n    pass\n"
        "print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)\n"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert run.stdout.splitlines()[0] == "False", run.stderr
    assert run.stdout.splitlines()[-1] == "True", run.stderr
