"""One program at a time in a vault: a lock file naming who has it open.

``vault.lock`` holds the host, the operating-system user and the process id of the program
that unlocked the vault, and since when. A second program (another window, a scheduled
command) that tries to unlock gets one sentence naming them instead of racing the first
one's writes (a rekey, for one, must be the only user of the database). A lock left by a
process that no longer runs on this host is stale and taken over; one from another host (a
vault on a network share, opened from another computer) cannot be checked, so the sentence
names that computer and its user and says how to remove the lock. Within one process the lock is
shared: every unlocked vault object counts, and the file goes when the last one locks.
"""

from __future__ import annotations

import getpass
import json
import os
import socket
import threading
import time
from pathlib import Path
from typing import Final

from supervisor_app.vault import error_codes as codes
from supervisor_app.vault.errors import VaultError

LOCK_FILE: Final = "vault.lock"
_held: dict[Path, int] = {}  # lock files this process holds, with how many vaults use each
_guard = threading.Lock()


def acquire(folder: Path) -> Path:
    """Take (or share, within this process) the vault's lock; VaultError when it is taken."""
    path = (folder / LOCK_FILE).resolve()
    with _guard:
        if path in _held:
            _held[path] += 1
            return path
        for _ in range(3):
            if _create(path):
                _held[path] = 1
                _remove_dead_drafts(path)
                return path
            holder = _read(path)
            if holder is not None and _is_stale(holder, path):
                path.unlink(missing_ok=True)  # its process is gone: take it over
                continue
            raise _taken(path, holder)
    raise _taken(path, _read(path))


def acquire_alone(folder: Path) -> Path:
    """Take the vault's lock only if nothing, in this program or another, has the vault open.

    For replacing the vault folder (a restore): a window of this very program that has it
    open would otherwise share the lock and lose its vault from under it.
    """
    path = (folder / LOCK_FILE).resolve()
    with _guard:
        if path in _held:
            raise VaultError(codes.OPEN_IN_THIS_PROGRAM)
    return acquire(folder)


def release(path: Path) -> None:
    """Give one use of the lock back; the file goes with the last."""
    with _guard:
        count = _held.get(path, 0) - 1
        if count > 0:
            _held[path] = count
            return
        _held.pop(path, None)
        holder = _read(path)
        if holder is not None and holder.get("pid") == os.getpid() and _same_host(holder):
            path.unlink(missing_ok=True)


def _create(path: Path) -> bool:
    """Create the lock file, whole, unless it exists; False when it does.

    The file is written under a name of its own first and then linked into place, which
    fails if the lock exists. A program killed halfway thus leaves either no lock or a
    complete one naming its process (stale, so taken over), never an empty lock file that
    names nobody and would keep everyone out.
    """
    info = {
        "host": socket.gethostname(),
        "user": _os_user(),
        "pid": os.getpid(),
        "since": time.strftime("%Y-%m-%d %H:%M", time.localtime()),
    }
    draft = path.with_name(f"{path.name}.{os.getpid()}.{threading.get_ident()}")
    try:
        fd = os.open(draft, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    except OSError:
        return True  # a read-only folder: nobody can write there, so there is nothing to race
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(info, fh)
        try:
            os.link(draft, path)
        except FileExistsError:
            return False
        except OSError:  # a file system without hard links: create in place, as best it can
            return _create_in_place(path, info)
        return True
    finally:
        draft.unlink(missing_ok=True)


def _create_in_place(path: Path, info: dict[str, object]) -> bool:
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return False
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        json.dump(info, fh)
    return True


def _remove_dead_drafts(path: Path) -> None:
    """Delete drafts of the lock left by programs killed while writing one (named by pid)."""
    for draft in path.parent.glob(f"{path.name}.*"):
        pid = draft.name.removeprefix(f"{path.name}.").split(".")[0]
        if pid.isdigit() and not _alive(int(pid)):
            draft.unlink(missing_ok=True)


def _read(path: Path) -> dict[str, object] | None:
    try:
        data = json.loads(path.read_bytes()[:4096].decode("utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def _same_host(holder: dict[str, object]) -> bool:
    return holder.get("host") == socket.gethostname()


def _is_stale(holder: dict[str, object], path: Path) -> bool:
    pid = holder.get("pid")
    if not _same_host(holder) or type(pid) is not int:
        return False
    if pid == os.getpid():
        return path not in _held  # written by this process, which no longer holds it
    return not _alive(pid)


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if os.name == "nt":  # pragma: no cover - Windows has no signal 0
        import ctypes

        kernel32 = getattr(ctypes, "windll").kernel32  # noqa: B009 - exists on Windows only
        handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        kernel32.CloseHandle(handle)
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process: it runs
    return True


def _os_user() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return "unknown"


def _taken(path: Path, holder: dict[str, object] | None) -> VaultError:
    if holder is None:
        return VaultError(codes.OPEN_ELSEWHERE, path=path)
    user, host = str(holder.get("user", "?")), str(holder.get("host", "?"))
    since = str(holder.get("since", "?"))
    if not _same_host(holder):
        # Reached through a network share from another computer: its process cannot be
        # checked from here, so only the people there can say it is closed.
        return VaultError(
            codes.OPEN_ON_OTHER_COMPUTER, host=host, user=user, since=since, path=path
        )
    return VaultError(
        codes.OPEN_ELSEWHERE_BY,
        user=user,
        host=host,
        pid=str(holder.get("pid", "?")),
        since=since,
        path=path,
    )
