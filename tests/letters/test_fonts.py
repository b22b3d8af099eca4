"""The letters' font travels with the app: a machine with no fonts still gets letters with text."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from pypdf import PdfReader

from dealerapp.paths import resources_dir

EMPTY_FONTCONFIG = """<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig></fontconfig>
"""


def test_the_font_and_its_licence_are_shipped() -> None:
    folder = resources_dir() / "fonts"
    assert {p.name for p in folder.glob("*.ttf")} >= {"DejaVuSans.ttf", "DejaVuSans-Bold.ttf"}
    assert "Bitstream Vera" in (folder / "LICENSE-DejaVu.txt").read_text(encoding="utf-8")


def test_letters_on_a_machine_with_no_fonts_still_hold_their_text(
    tmp_path: Path, demo_template: Path
) -> None:
    config = tmp_path / "fonts.conf"
    config.write_text(EMPTY_FONTCONFIG, encoding="utf-8")
    db = tmp_path / "demo.sqlite3"
    shutil.copy(demo_template, db)
    out = tmp_path / "de.pdf"
    env = {**os.environ, "FONTCONFIG_FILE": str(config), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-m", "dealerapp", "--db", str(db), "letters", "render",
         "--template", "general", "--market", "DE", "--out", str(out)],
        env=env, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    page = PdfReader(out).pages[0]
    text = " ".join(page.extract_text().split())
    assert "Sehr geehrter Herr" in text and "Mit freundlichen Grüßen" in text
    fonts = [font.get_object()["/BaseFont"] for font in page["/Resources"]["/Font"].values()]
    assert any("DejaVuSans" in str(name) for name in fonts), fonts
