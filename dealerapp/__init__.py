"""dealerapp: allocation, waitlists and letters for a car there is not enough of."""

__version__ = "0.1.0"
# Which database, when --db does not say (read by dealerapp.config; here so that the
# command line's help can name it without loading the configuration).
DATABASE_URL_ENV = "DEALERAPP_DATABASE_URL"
