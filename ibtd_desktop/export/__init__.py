"""Renderers (reportlab): data in, bytes out."""
