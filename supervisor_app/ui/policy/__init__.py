"""The policy editor: declared sections, the checklist and the version history."""
