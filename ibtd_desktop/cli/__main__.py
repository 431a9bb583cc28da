"""`python -m ibtd_desktop.cli` runs the headless CLI (same as the `ibtd` console script)."""

from ibtd_desktop.cli import run

if __name__ == "__main__":
    run()
