"""Anonymised summaries: drafting, safeguards, four-eyes review and export (use cases).

Every function takes a frozen command (``commands``) and a unit of work (``vault.uow()``), or
the vault itself where a second user must prove who they are; it returns frozen rows, never ORM
objects. Refusals are ``SummaryRefused`` (a ``SafeguardRefused``) whose ``problems`` say what
to fix, without repeating the text found.

- ``drafting``: ``start_interview_summary``, ``start_dossier_summary``, ``edit_summary``,
  ``list_detections``, ``record_detection_decision``, ``redraft_summary``,
  ``residual_scanner`` (as-you-type scan), ``clear_residual_hit``, ``record_quote_approval``;
- ``review``: ``submit_summary``, ``withdraw_summary``, ``approve_summary`` /
  ``return_summary`` (reviewer passphrase), ``summary_history``, ``list_summaries``;
- ``export``: ``export_summary``, ``export_dossier``, ``build_summary_export``,
  ``build_dossier_document`` (approved and clean only; nothing is written on refusal);
- ``safeguards`` (every check), ``groups`` (small-group warnings), ``demo``.
"""
