"""A private place for decrypted attachments that must be handed to another program.

One directory per session (``mkdtemp``: mode 0700), one subdirectory per opened attachment
(0700), files created exclusively with mode 0600 and named by attachment id only (a file name
could identify a source). ``wipe()`` overwrites and removes everything; the page calls it when
the editor closes and on lock, and ``atexit`` calls it at exit as a last resort.
"""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from pathlib import Path, PurePath


class PrivateTempFiles:
    def __init__(self, base: Path | None = None) -> None:
        self._base = base
        self._root: Path | None = None
        self._count = 0
        atexit.register(self.wipe)

    @property
    def root(self) -> Path | None:
        return self._root

    def write(self, attachment_id: int, filename: str, data: bytes) -> Path:
        """Write ``data`` to a fresh 0600 file in a fresh 0700 directory; returns its path."""
        if self._root is None or not self._root.is_dir():
            self._root = Path(tempfile.mkdtemp(prefix="ibtd-session-", dir=self._base))
        os.chmod(self._root, 0o700)
        self._count += 1
        folder = self._root / f"open-{self._count}"
        folder.mkdir(mode=0o700)
        suffix = PurePath(filename).suffix[:16]
        path = folder / f"bijlage-{attachment_id}{suffix}"
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        return path

    def wipe(self) -> None:
        root, self._root = self._root, None
        if root is None or not root.exists():
            return
        for path in root.rglob("*"):
            if path.is_file() and not path.is_symlink():
                try:  # best effort: overwrite before unlinking
                    size = path.stat().st_size
                    with open(path, "r+b") as handle:
                        handle.write(b"\0" * size)
                except OSError:
                    pass
        shutil.rmtree(root, ignore_errors=True)
