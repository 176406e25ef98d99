"""Writing a file whole or not at all: what ``--fix``, ``--output-file`` and
``--write-baseline`` use (split from :mod:`~narrlint.output.fixes`, whose docstring says what
``--fix`` promises).

A new file beside the old one, flushed to disk, renamed over it (or, where a rename would
lose hard links or the owner, the old file overwritten after a flushed backup); signals held
back meanwhile; with ``expected``, the bytes on disk compared right before the replacement,
under an exclusive lock on the folder that concurrent ``narrlint --fix`` runs take in turn, and
on Linux compared again in the file swapped out by the replacement (undone if it was a save).
"""

from __future__ import annotations

import contextlib
import errno
import functools
import os
import secrets
import signal
import stat
import sys
import threading
import time
from collections.abc import Iterator
from typing import BinaryIO

CHANGED = "the file changed on disk since it was linted"


class ChangedOnDisk(OSError):
    """The file no longer holds the bytes a fix was made for: it is left as it is."""


_DEFERRED_SIGNALS = tuple(
    getattr(signal, name) for name in ("SIGINT", "SIGTERM", "SIGHUP") if hasattr(signal, name)
)
"""Signals held back while a file is replaced (delivered as soon as it is whole again)."""


@contextlib.contextmanager
def _signals_deferred() -> Iterator[None]:
    """Hold back Ctrl-C, ``kill`` and hang-up in the block (main thread, POSIX): the block
    then ends before the signal acts, and the signal acts right after. Elsewhere, nothing."""
    if not hasattr(signal, "pthread_sigmask") or (
        threading.current_thread() is not threading.main_thread()
    ):
        yield
        return
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, _DEFERRED_SIGNALS)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def write_atomic(path: str, data: bytes, expected: bytes | None = None) -> None:
    """Replace ``path`` by ``data`` atomically, keeping its permission bits (a new file gets
    the usual ``0o666`` less the umask); with ``expected``, only if the file still holds those
    bytes right before it is replaced (else :class:`ChangedOnDisk`, the file untouched),
    holding the folder's lock meanwhile.

    The temporary file beside it never outlives the call: its name is chosen before it is
    created, so whatever interrupts the call (an error, ``KeyboardInterrupt`` at any point)
    removes it by name; and ``SIGINT``, ``SIGTERM`` and ``SIGHUP`` are held back until the file
    is replaced or the temporary removed, so even ``kill`` cannot leave one behind.
    """
    folder = os.path.dirname(os.path.realpath(path))
    locked = _folder_lock(folder) if expected is not None else contextlib.nullcontext()
    with locked, _signals_deferred():
        _write_atomic(path, data, expected)


LOCK_WAIT = 10.0
"""Seconds a ``--fix`` waits for another one writing in the same folder (it holds the lock
for one file's write; longer means it is stopped, and this file is left unfixed)."""


@contextlib.contextmanager
def _folder_lock(folder: str) -> Iterator[None]:
    """Hold an exclusive ``flock`` on ``folder`` itself (no lock file is left in a newsroom's
    folder; released by the system if narrlint dies). Where folders cannot be locked
    (Windows, some network file systems) the compare before the write still guards."""
    try:
        import fcntl

        handle = os.open(folder, os.O_RDONLY)
    except (ImportError, OSError):
        yield
        return
    try:
        deadline = time.monotonic() + LOCK_WAIT
        while True:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() > deadline:
                    raise OSError(
                        errno.EWOULDBLOCK,
                        f"another narrlint --fix has held the lock on {folder} for over "
                        f"{LOCK_WAIT:.0f} s",
                    ) from None
                time.sleep(0.01)
            except OSError:  # a file system without flock
                break
        yield
    finally:
        os.close(handle)  # releases the lock


def _unchanged(path: str, expected: bytes | None) -> None:
    """Raise :class:`ChangedOnDisk` unless ``path`` holds ``expected`` (``None``: any)."""
    if expected is None:
        return
    with open(path, "rb") as current:
        if current.read(len(expected) + 1) != expected:
            raise ChangedOnDisk(errno.EAGAIN, CHANGED)


def _write_synced(out: BinaryIO, data: bytes, *, truncate: bool = False) -> None:
    """Write ``data`` to ``out`` (then cut it there, with ``truncate``) and flush it to disk:
    the one way every file ``--fix`` writes reaches the disk."""
    out.write(data)
    if truncate:
        out.truncate()
    out.flush()
    os.fsync(out.fileno())


def _write_atomic(path: str, data: bytes, expected: bytes | None = None) -> None:
    try:
        info: os.stat_result | None = os.stat(path)
    except FileNotFoundError:
        info = None
    if info is not None and not stat.S_ISREG(info.st_mode):
        # A pipe, a terminal, /dev/null, /dev/stdout (--output-file): written to as a shell's
        # ``> FILE`` does; a rename would put a regular file in the device's place.
        with open(path, "wb") as out:
            out.write(data)
        return
    path = os.path.realpath(path)  # a symlink stays a link: its target gets the new text
    if info is not None and info.st_nlink > 1:
        _write_in_place(path, data, expected)  # a rename would cut the other names off
        return
    if info is not None:
        mode = stat.S_IMODE(info.st_mode)
    else:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    folder = os.path.dirname(os.path.abspath(path))
    temporary = ""
    try:
        temporary, handle = _temporary_beside(path)
        with os.fdopen(handle, "wb") as out:
            _write_synced(out, data)
        os.chmod(temporary, mode)
        if info is not None and not _same_owner(temporary, info):
            os.unlink(temporary)
            temporary = ""
            _write_in_place(path, data, expected)  # a new file could not keep its owner
            return
        _replace_checked(temporary, path, expected)
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)  # the text the swap brought back, if there was a swap
        temporary = ""
    except BaseException as failure:
        if temporary and not isinstance(failure, SaveKept):
            with contextlib.suppress(OSError):
                os.unlink(temporary)
        raise
    _sync_folder(folder)


def _replace_checked(temporary: str, path: str, expected: bytes | None) -> None:
    """Put ``temporary`` in ``path``'s place; with ``expected``, only over those bytes.

    The compare comes right before the replacement; an editor's save in the microseconds
    between the two is caught where Linux can swap two names in one step (``renameat2``
    with ``RENAME_EXCHANGE``): the file swapped out is compared again, and if it is not the
    one the fix was made for, the save is put back (:func:`_put_back`) and
    :class:`ChangedOnDisk` is raised. Elsewhere (another system, a file system without the
    exchange) a plain rename follows the compare, and a save in between is replaced. Left
    everywhere: a reader in the moment between a swap and its undoing sees the fix; a writer
    that opened the draft before the swap and writes into it after our second compare writes
    into the old file, which is then removed. What ``temporary`` names afterwards is for the
    caller to remove, unless :class:`SaveKept` says it is a save to keep."""
    _unchanged(path, expected)  # an editor's save while the new text was written wins
    if expected is None:
        os.replace(temporary, path)
        return
    with _Held(temporary) as ours:  # taken before the swap: then path may name a save
        if not _exchange(temporary, path):
            os.replace(temporary, path)
            return
        try:
            _unchanged(temporary, expected)  # what ``path`` held at the swap
        except ChangedOnDisk:
            if _put_back(temporary, path, ours):
                raise
            raise SaveKept(
                errno.EAGAIN,
                f"{CHANGED}, and changed again while it was being put back: a save made "
                f"meanwhile is kept in {temporary}",
            ) from None


class SaveKept(OSError):
    """The draft changed again and again while a save was put back: the save narrlint
    holds may be the newest, so its file is kept beside the draft (the message names it)."""


_PUT_BACK_TRIES = 16
"""Swaps :func:`_put_back` makes before it stops (each one past the first means the editor
saved again within microseconds)."""


def _put_back(temporary: str, path: str, ours: _Held) -> bool:
    """Give ``path`` back the newest save after a swap took one away (it is at
    ``temporary``; ``ours``, our fix, is at ``path`` unless a newer save replaced it).

    Each swap puts the file at ``temporary`` in ``path``'s place and brings back what
    ``path`` named. If that is the file put there last (our fix, the first time), no save
    came in between and ``path`` now holds the newest save: done, and what came back is
    removed with ``temporary``. If it is anything else, the editor saved again meanwhile:
    that save is newer than the one just put back, so it is swapped in in turn. Every file
    compared is held open, so no new file can take its inode's number. Whether ``path`` was
    settled (if not, ``temporary`` holds what may be the newest save and is kept)."""
    placed = ours  # the file we believe ``path`` names
    going = _Held(temporary)  # the save about to go back in ``path``'s place
    held = [going]
    try:
        for _attempt in range(_PUT_BACK_TRIES):
            if not _exchange(temporary, path):
                return False
            back = _Held(temporary)  # only narrlint renames ``temporary``: it stays there
            held.append(back)
            if back.identity == placed.identity:
                return True
            placed, going = going, back
        return False
    finally:
        for handle in held:
            handle.close()


class _Held:
    """A file opened for reading by name, held open (so its inode and the inode's number
    stay its own), with its identity (device, inode)."""

    def __init__(self, path: str) -> None:
        self._fd: int | None = os.open(path, os.O_RDONLY)
        info = os.fstat(self._fd)
        self.identity = (info.st_dev, info.st_ino)

    def close(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None

    def __enter__(self) -> _Held:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


def _exchange(first: str, second: str) -> bool:
    """Swap the files two names point at in one step (Linux ``renameat2`` with
    ``RENAME_EXCHANGE``); whether it was done (not on this system or file system: False).
    Other errors are raised."""
    call = _renameat2()
    if call is None:
        return False
    import ctypes

    if call(_AT_FDCWD, os.fsencode(first), _AT_FDCWD, os.fsencode(second), _RENAME_EXCHANGE) == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.EINVAL, errno.ENOSYS, errno.EOPNOTSUPP, errno.EPERM):
        return False
    raise OSError(code, os.strerror(code), second)


@functools.lru_cache(maxsize=1)
def _renameat2():  # a ctypes function or None
    """The C library's ``renameat2`` (glibc 2.28 and later), or ``None``."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        import ctypes

        call = ctypes.CDLL(None, use_errno=True).renameat2
    except (OSError, AttributeError):
        return None
    call.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    call.restype = ctypes.c_int
    return call


def _temporary_beside(path: str, folder: str | None = None) -> tuple[str, int]:
    """A new file of our own beside ``path`` (or in ``folder``): its name and an open handle.
    A name that exists is someone else's: another is drawn, and nothing is removed."""
    if folder is None:
        folder = os.path.dirname(os.path.abspath(path))
    name = os.path.basename(path)
    for _attempt in range(100):
        temporary = os.path.join(folder, f".{name}.{secrets.token_hex(6)}.narrlint")
        try:
            return temporary, os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            continue
    raise FileExistsError(f"no free temporary name beside {path}")


def _same_owner(temporary: str, info: os.stat_result) -> bool:
    """Give ``temporary`` the owner and group of the draft (``info``); whether it has them."""
    new = os.stat(temporary)
    if (new.st_uid, new.st_gid) == (info.st_uid, info.st_gid) or not hasattr(os, "chown"):
        return True
    try:
        os.chown(temporary, info.st_uid, info.st_gid)
    except OSError:
        return False
    return True


def _write_in_place(path: str, data: bytes, expected: bytes | None = None) -> None:
    """Overwrite ``path`` in its own inode (hard links, owner, ACLs kept), safely: the old
    bytes go to a flushed backup first, are put back if the write fails, and the backup is
    removed once the new text is on disk; when even putting them back fails, the error
    names the backup, which is kept. With ``expected``, a file that no longer holds those
    bytes is left alone (:class:`ChangedOnDisk`).

    One handle reads, compares and writes, so the fix reaches the file that was compared: an
    editor's save renamed over ``path`` after the last compare is not overwritten (the name
    is checked to still be that file, and a save after the check takes the name from a file
    the fix then goes into)."""
    with open(path, "r+b") as out:
        old = out.read()
        if expected is not None and old != expected:
            raise ChangedOnDisk(errno.EAGAIN, CHANGED)
        backup, handle = _backup_handle(path)
        try:
            with os.fdopen(handle, "wb") as copy:
                _write_synced(copy, old)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(backup)
            raise
        try:
            _unchanged(path, expected)  # an editor's save while the backup was written wins
            if expected is not None and not _names(path, out):
                raise ChangedOnDisk(errno.EAGAIN, CHANGED)  # a save renamed over it wins
            _overwrite(out, data)
        except ChangedOnDisk:
            os.unlink(backup)
            raise
        except BaseException as failure:
            try:
                _overwrite(out, old)
            except BaseException:
                raise OSError(
                    getattr(failure, "errno", None) or 5,
                    f"{getattr(failure, 'strerror', None) or failure}; the draft may be "
                    f"half-written: its old text is kept in {backup}",
                ) from failure
            os.unlink(backup)
            raise
    os.unlink(backup)


def _names(path: str, out: BinaryIO) -> bool:
    """Whether ``path`` still names the file open as ``out``."""
    try:
        named = os.stat(path)
    except FileNotFoundError:
        return False
    held = os.fstat(out.fileno())
    return (named.st_dev, named.st_ino) == (held.st_dev, held.st_ino)


def _backup_handle(path: str) -> tuple[str, int]:
    """The backup file for an in-place write: beside the draft, else (a folder this user
    cannot write) in the temporary folder."""
    try:
        return _temporary_beside(path)
    except PermissionError:
        import tempfile

        return _temporary_beside(path, tempfile.gettempdir())


def _overwrite(out: BinaryIO, data: bytes) -> None:
    """Write ``data`` over the bytes of the file open as ``out``, cut it to that length and
    flush it to disk."""
    out.seek(0)
    _write_synced(out, data, truncate=True)


def _sync_folder(folder: str) -> None:
    """Make the rename itself durable (POSIX); harmless where folders cannot be opened."""
    if sys.platform.startswith("win"):
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
