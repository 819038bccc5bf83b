"""mentordocs: generate and lint Danish mentor-support documents (mentorstøtte, LAB § 167)."""

from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["__version__"]
