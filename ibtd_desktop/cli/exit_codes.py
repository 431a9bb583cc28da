"""Exit codes of the `ibtd` CLI (a stable contract used by automated checks)."""

OK = 0
UNEXPECTED = 1
USAGE = 2
WRONG_PASSPHRASE = 3
NOT_A_VAULT = 4
REFUSED = 5
