"""Letters: templates to HTML to paper and PDF, with QtGui only (issue 7)."""
