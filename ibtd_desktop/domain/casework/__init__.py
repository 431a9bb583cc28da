"""Case work: investigations, signals, field visits, interviewees, interviews, findings.

Plain Python (no SQLAlchemy, no Qt). Submodules hold the vocabularies (``enums``), commands and
frozen row/detail dataclasses per record type, and the validation helpers.
"""
