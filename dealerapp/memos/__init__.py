"""Memo reading, understanding and applying (issue 5)."""
