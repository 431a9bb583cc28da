"""The headless `ibtd` CLI. Each feature adds its subcommands in its own module.

A command module exposes ``register(subparsers)``; each parser it adds sets
``handler=fn`` with ``fn(args) -> int`` (an exit code from ``exit_codes``). Expected
errors (``IbtdError`` subclasses) are mapped to exit codes here, in one place.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys

from ibtd_desktop import __version__
from ibtd_desktop.cli import exit_codes
from ibtd_desktop.domain import errors

# Modules that add subcommands; a missing one is skipped so features land independently.
COMMAND_MODULES = (
    "ibtd_desktop.cli.vault_commands",
    "ibtd_desktop.cli.anonymisation_commands",
    "ibtd_desktop.cli.casework_commands",
    "ibtd_desktop.cli.summary_commands",
)

_ERROR_CODES: tuple[tuple[type[BaseException], int], ...] = (
    (errors.WrongPassphrase, exit_codes.WRONG_PASSPHRASE),
    (errors.NotAVault, exit_codes.NOT_A_VAULT),
    (errors.SafeguardRefused, exit_codes.REFUSED),
    (errors.WeakPassphrase, exit_codes.REFUSED),
    (errors.ValidationError, exit_codes.USAGE),
    (errors.IbtdError, exit_codes.UNEXPECTED),
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="ibtd", description="IBTD desktop vault, headless.")
    parser.add_argument("--version", action="version", version=f"ibtd {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name != name:
                raise
            continue
        module.register(subparsers)
    return parser


def exit_code_for(exc: BaseException) -> int:
    for kind, code in _ERROR_CODES:
        if isinstance(exc, kind):
            return code
    return exit_codes.UNEXPECTED


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    handler = getattr(args, "handler", None)
    if handler is None:
        parser.print_help(sys.stderr)
        return exit_codes.USAGE
    try:
        return int(handler(args) or 0)
    except errors.IbtdError as exc:
        print(f"ibtd: {exc}", file=sys.stderr)
        return exit_code_for(exc)
    except KeyboardInterrupt:
        return exit_codes.UNEXPECTED
    except BrokenPipeError:
        # The reader (e.g. `| head`) went away; not an error worth a traceback.
        try:
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - stop the final flush failing
        except OSError:
            pass
        return exit_codes.OK


def run() -> None:
    """Console-script entry point."""
    sys.exit(main())
