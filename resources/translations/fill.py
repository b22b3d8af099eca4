"""Fill the .ts files from the table below, then build the .qm files.

    python resources/translations/fill.py

A maintainer's script, not part of the app: run `pyside6-lupdate` first (see
README.md in this folder), add the new texts to a table in tables/, then run this. A
translator may instead open the .ts files in Qt Linguist (`pyside6-linguist`).
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent

def translations() -> dict[tuple[str, str], tuple[str, str]]:
    """(context, English) -> (German, French), from every table in tables/ (one per area of
    the window, so several people can translate at once)."""
    merged: dict[tuple[str, str], tuple[str, str]] = {}
    for path in sorted((HERE / "tables").glob("*.py")):
        namespace: dict[str, object] = {}
        exec(compile(path.read_text(encoding="utf-8"), str(path), "exec"), namespace)
        table = namespace["TRANSLATIONS"]
        assert isinstance(table, dict)
        merged.update(table)
    return merged


USED: set[tuple[str, str]] = set()


def fill(language: str, column: int) -> list[str]:
    path = HERE / f"dealerapp_{language}.ts"
    tree = ET.parse(path)
    missing = []
    for context in tree.getroot().findall("context"):
        name = context.findtext("name") or ""
        for message in context.findall("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            assert translation is not None
            if translation.get("type") in ("vanished", "obsolete"):
                continue
            found = TABLE.get((name, source))
            USED.add((name, source))
            if found is None:
                missing.append(f"{name}: {source}")
                continue
            translation.text = found[column]
            translation.attrib.pop("type", None)
    ET.indent(tree, space="    ")
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return missing


TABLE = translations()


def main() -> int:
    missing = fill("de", 0) + fill("fr", 1)
    for line in sorted(set(missing)):
        print(f"not translated: {line}", file=sys.stderr)
    # A text the window no longer shows (moved to another context, or gone): its line
    # in tables/ should go, or move with it.
    for name, source in sorted(TABLE.keys() - USED):
        print(f"in the tables but no longer in the window: {name}: {source}", file=sys.stderr)
    for language in ("de", "fr"):
        subprocess.run(
            ["pyside6-lrelease", str(HERE / f"dealerapp_{language}.ts"), "-qm",
             str(HERE / f"dealerapp_{language}.qm")],
            check=True,
        )  # fmt: skip
    return 1 if missing else 0


if __name__ == "__main__":
    raise SystemExit(main())
