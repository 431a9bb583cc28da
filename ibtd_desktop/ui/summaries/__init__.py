"""Samenvattingen section: summary list, editor with detections and residual scan, four-eyes review."""
