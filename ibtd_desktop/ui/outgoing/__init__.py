"""Uitgaand section: approved summaries and dossiers ready to leave the device."""
