"""Plain functions over a Session: the one place where data changes, each change audited."""
