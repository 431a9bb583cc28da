"""Writing an export to disk: all or nothing, readable only by the user.

A half-written PDF of confidential work is worse than none, and an existing file must survive
a failed overwrite: the bytes go to a temp file in the destination folder (same file system,
so the rename is atomic), are fsync'ed, and only then renamed over the target.
"""

from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path

from ibtd_desktop.domain.errors import StorageError

_TEMP_PREFIX = ".ibtd-export-"  # says nothing about the content
_REASONS_NL = {
    code: reason
    for name, reason in (
        ("ENOSPC", "de schijf is vol"),
        ("EDQUOT", "het schijfquotum is bereikt"),
        ("EACCES", "geen schrijfrechten op deze locatie"),
        ("EPERM", "geen schrijfrechten op deze locatie"),
        ("EROFS", "de locatie is alleen-lezen"),
        ("ENOENT", "de map bestaat niet"),
        ("EISDIR", "het doel is een map"),
        ("ENAMETOOLONG", "de bestandsnaam is te lang"),
    )
    if (code := getattr(errno, name, None)) is not None  # not every platform has every code
}


def write_export(path: str | os.PathLike[str], data: bytes) -> Path:
    """Atomically write ``data`` to ``path`` with mode 0600; returns the final path.

    Raises ``StorageError`` (message without the path: file names may name a case) when the
    disk says no; then no partial file is left behind and an existing file is unchanged.
    Blocking I/O: call it from a worker thread.
    """
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise TypeError("write_export expects bytes")
    target = Path(path)
    if target.is_dir():
        raise _storage_error(OSError(errno.EISDIR, "is a directory"))
    temp_name: str | None = None
    try:
        # mkstemp creates the file with mode 0600 whatever the umask is.
        fd, temp_name = tempfile.mkstemp(prefix=_TEMP_PREFIX, suffix=".part", dir=target.parent)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temp_name, 0o600)
        os.replace(temp_name, target)
        temp_name = None
        _fsync_directory(target.parent)
    except OSError as exc:
        raise _storage_error(exc) from None  # `from None`: the OSError text carries the path
    finally:
        if temp_name is not None:
            _remove_quietly(temp_name)
    return target


def _fsync_directory(directory: Path) -> None:
    """Make the rename itself durable; not possible (nor needed) on Windows."""
    if os.name == "nt":
        return
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # some file systems refuse fsync on a directory; the data itself is synced
    finally:
        os.close(fd)


def _remove_quietly(name: str) -> None:
    try:
        os.unlink(name)
    except OSError:
        pass


def _storage_error(exc: OSError) -> StorageError:
    reason = _REASONS_NL.get(exc.errno or 0, f"systeemfout {exc.errno}" if exc.errno else "onbekende fout")
    return StorageError(f"Het exportbestand kon niet worden opgeslagen: {reason}.")
