"""Process hygiene, done first thing by the GUI and the CLI.

- ``umask 077``: every file the process creates (vault, backups, logs, temp files) is private;
- no core dumps: a dump of an unlocked app holds the data key and decrypted pages;
- logging that cannot carry content: only the format string (an event name) and numbers survive;
  string arguments, exception messages and tracebacks' values are dropped, because note text,
  names and numbers must never reach a log file that outlives the vault's lock.
"""

from __future__ import annotations

import enum
import logging
import logging.handlers
import os
import sys
import traceback
from pathlib import Path

LOG_FILE_NAME = "ibtd.log"
REDACTED = "<redacted>"
_SAFE_TYPES = (int, float, bool, type(None))


def set_private_umask() -> int:
    """Returns the previous umask."""
    return os.umask(0o077)


def disable_core_dumps() -> bool:
    """True when core dumps are off (soft and hard limit 0, and not dumpable on Linux)."""
    try:
        import resource
    except ImportError:  # Windows: no core files; WER dumps are a system policy
        return False
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    if sys.platform.startswith("linux"):
        _linux_not_dumpable()
    return resource.getrlimit(resource.RLIMIT_CORE) == (0, 0)


def _linux_not_dumpable() -> None:
    # prctl(PR_SET_DUMPABLE, 0) also stops same-user ptrace and core_pattern pipes.
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(4, 0, 0, 0, 0)  # PR_SET_DUMPABLE = 4
    except (OSError, AttributeError):
        pass


def _safe_arg(value: object) -> object:
    if isinstance(value, enum.Enum):
        return value.name
    if isinstance(value, _SAFE_TYPES):
        return value
    return REDACTED


class ContentFreeFilter(logging.Filter):
    """Rewrites every record so only the event name (format string) and numbers remain."""

    def filter(self, record: logging.LogRecord) -> bool:
        if not isinstance(record.msg, str):
            record.msg = type(record.msg).__name__
        if isinstance(record.args, dict):
            record.args = {k: _safe_arg(v) for k, v in record.args.items()}
        elif record.args:
            record.args = tuple(_safe_arg(v) for v in record.args)
        if record.exc_info and record.exc_info[0] is not None:
            exc_type, _exc, tb = record.exc_info
            frames = traceback.extract_tb(tb)
            where = " <- ".join(f"{Path(f.filename).name}:{f.lineno}:{f.name}" for f in reversed(frames))
            record.msg = f"{record.msg} [{exc_type.__name__} at {where}]"
            record.exc_info = None
        record.exc_text = None
        record.stack_info = None
        return True


def configure_logging(log_dir: Path, level: int = logging.INFO) -> Path:
    """Log to ``log_dir/ibtd.log`` (rotating, private) through ``ContentFreeFilter``."""
    from ibtd_desktop.paths import ensure_private_dir

    ensure_private_dir(log_dir)
    path = log_dir / LOG_FILE_NAME
    handler = logging.handlers.RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    handler.addFilter(ContentFreeFilter())
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s %(message)s"))
    root = logging.getLogger()
    for old in [h for h in root.handlers if getattr(h, "_ibtd", False)]:
        root.removeHandler(old)
        old.close()
    handler._ibtd = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(level)
    # SQLAlchemy's engine logger would print SQL (and, without hide_parameters, values).
    logging.getLogger("sqlalchemy").setLevel(logging.WARNING)
    if sys.platform != "win32":
        path.chmod(0o600)
    return path


def harden_process(log_dir: Path | None = None) -> Path | None:
    """Everything above, in order; returns the log file path when logging was set up."""
    set_private_umask()
    disable_core_dumps()
    return configure_logging(log_dir) if log_dir is not None else None
