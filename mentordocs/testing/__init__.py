"""Test helpers for template maintainers: a pytest plugin and a syrupy extension.

``pip install mentordocs`` registers :mod:`mentordocs.testing.pytest_plugin` with pytest (entry
point ``pytest11``); see ``docs/templates.md`` and ``examples/municipal-templates/``.
"""
