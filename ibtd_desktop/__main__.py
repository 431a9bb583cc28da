"""`python -m ibtd_desktop` starts the GUI."""

from ibtd_desktop.app import run

if __name__ == "__main__":
    run()
