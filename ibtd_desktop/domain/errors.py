"""Errors the services raise. The CLI maps each to an exit code; the GUI shows its message.

Messages never contain note text, names or numbers from the vault: they end up in dialogs and
possibly in bug reports.
"""


class IbtdError(Exception):
    """Base class for expected, user-facing errors."""


class WrongPassphrase(IbtdError):
    pass


class NotAVault(IbtdError):
    """Not a vault, damaged, truncated, or a key-slot file that is missing or edited."""


class UnsupportedVersion(NotAVault):
    """The vault was written by a newer app version."""


class WeakPassphrase(IbtdError):
    pass


class SafeguardRefused(IbtdError):
    """A confidentiality safeguard refused the action (consent, anonymity, four-eyes, ...)."""


class PermissionDenied(SafeguardRefused):
    pass


class VaultLocked(IbtdError):
    pass


class ValidationError(IbtdError):
    """Input that does not fit; the message names the record and field."""


class NotFound(IbtdError):
    pass


class StorageError(IbtdError):
    """The disk said no: read-only location, disk full, ..."""
