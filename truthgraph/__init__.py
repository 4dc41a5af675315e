"""truthgraph: keep a project's public docs consistent with its curated claims."""

from __future__ import annotations

__version__ = "0.2.0"

__all__ = ["__version__"]
