"""Where CLI commands get passphrases: standard input (one per line) or a no-echo prompt."""

from __future__ import annotations

import argparse
import getpass
import sys

from ibtd_desktop.domain.errors import ValidationError


def add_passphrase_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--passphrase-stdin",
        action="store_true",
        help="read passphrases from standard input, one per line, in the order the command needs them",
    )


class PassphraseReader:
    """Hands out passphrases in order; one instance per command run."""

    def __init__(self, from_stdin: bool, stdin=None) -> None:
        self._from_stdin = from_stdin
        self._stdin = stdin if stdin is not None else sys.stdin

    @classmethod
    def for_args(cls, args: argparse.Namespace) -> "PassphraseReader":
        return cls(getattr(args, "passphrase_stdin", False))

    def read(self, prompt: str) -> str:
        if not self._from_stdin:
            return getpass.getpass(prompt)
        line = self._stdin.readline()
        if not line:
            raise ValidationError(f"expected a passphrase on standard input ({prompt.strip(': ')})")
        return line.rstrip("\r\n")
