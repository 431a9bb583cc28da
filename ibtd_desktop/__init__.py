"""ibtd-desktop: offline case management for IBTD inspectors."""

__version__ = "0.1.0"
