"""dealerapp: allocation, waitlists and letters for a car there is not enough of."""

__version__ = "0.1.0"
