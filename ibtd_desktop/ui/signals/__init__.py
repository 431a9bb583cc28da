"""Signalen section: the signals inbox, quick entry and triage."""
