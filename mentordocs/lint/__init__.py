"""The linter: read a document, find its fields, apply a rule pack, report findings."""
