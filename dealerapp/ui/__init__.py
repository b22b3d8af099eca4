"""The desktop window: the only place that uses Qt widgets."""
