"""Allows ``python -m dealerapp``."""

from dealerapp.cli.main import main

raise SystemExit(main())
