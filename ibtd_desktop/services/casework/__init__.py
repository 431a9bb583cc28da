"""Case-work use cases: ``verb(command, uow)`` functions; frozen rows/details out, never ORM objects.

Modules: ``investigations`` (dossiers, themes), ``signals``, ``field_visits``, ``interviewees``
(pseudonyms, identity, consent, anonymity agreement), ``interviews`` (notes, drafts, paged lists),
``attachments``, ``findings`` (findings, recommendations, rebuttal table), ``search``,
``importer`` (``ibtd-import/1`` JSON) and ``demo_data`` (synthetic vault content).

Every function takes the unit of work last. Given a fresh one it opens, commits (writes) and
closes it; given one that is already open (``with uow:``) it joins that transaction and leaves
committing to the caller, so the importer and the demo filler can compose them atomically.
Called on the database worker thread, never on the GUI thread.
"""
