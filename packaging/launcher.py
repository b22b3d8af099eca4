"""The program a bundler freezes: dealerapp's commands and window.

It lives outside the package on purpose. A bundler pointed at dealerapp/__main__.py
runs it as a script, which puts the dealerapp/ folder itself first on sys.path; there
dealerapp's own config.py, paths.py and errors.py would be found before any other
module of those names (the standard library's and other packages' included).
"""

from dealerapp.cli.main import main

if __name__ == "__main__":
    raise SystemExit(main())
