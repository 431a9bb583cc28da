"""Application-wide full-text search (Ctrl+F) over notes, signals and dossier fields."""
