"""Anonymised summaries: drafting, safeguards, four-eyes review and export (use cases).

Modules: ``drafting`` (start/edit drafts, editor support), ``safeguards`` (every refusal),
``review`` (submit/approve/return, history), ``export`` (approved and clean only), ``demo``.
"""
