"""Gesprekken: the interview list (lazy, for 10,000+ rows), the interview editor with autosaved
notes, and attachments. The page (``page.InterviewsPage``) is what the shell plugs in."""
