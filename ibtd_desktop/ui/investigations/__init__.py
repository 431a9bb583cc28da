"""Dossiers section: the list of investigations and the dossier view with its tabs."""
