"""The command line: `dealerapp` opens the window, subcommands do one job and exit."""
