"""No display, or an incomplete installation: said in words, never a silent abort."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from dealerapp import paths
from dealerapp.errors import DealerAppError
from dealerapp.ui.display import Opening, why_no_window


def _start_window(tmp_path: Path, **env: str) -> subprocess.CompletedProcess[str]:
    clean = {key: value for key, value in os.environ.items()
             if key not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}  # fmt: skip
    clean.update(env, HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / "config"))
    return subprocess.run(
        [sys.executable, "-m", "dealerapp", "--db", str(tmp_path / "d.sqlite3")],
        capture_output=True, text=True, env=clean, timeout=120, check=False,
    )  # fmt: skip


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11 and Wayland are Linux's")
def test_no_display_is_said_and_the_program_ends(tmp_path: Path) -> None:
    started = _start_window(tmp_path)
    assert started.returncode == 1
    assert "there is no display here" in started.stderr
    assert "Aborted" not in started.stderr and "core dumped" not in started.stderr


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11 and Wayland are Linux's")
def test_a_display_that_is_gone_is_named(tmp_path: Path) -> None:
    started = _start_window(tmp_path, DISPLAY=":97")
    assert started.returncode == 1
    assert "the display :97 cannot be reached" in started.stderr


def test_a_platform_asked_for_is_never_second_guessed() -> None:
    assert why_no_window("minimal", Opening(fallback_armed=False)) is None
    assert why_no_window("xcb", Opening(fallback_armed=True)) is None


def test_missing_shipped_files_are_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert paths.missing_files() == []
    monkeypatch.setattr(paths, "_roots", lambda: [tmp_path])
    missing = paths.missing_files()
    assert str(tmp_path / "migrations" / "env.py") in missing
    assert str(tmp_path / "resources" / "style" / "app.qss") in missing
    with pytest.raises(DealerAppError, match="migrations are missing"):
        paths.migrations_dir()


def test_a_built_copy_says_when_it_was_built(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert paths.build_info() == {}
    (tmp_path / "build.json").write_text('{"version": "0.1.0", "built": "2026-12-02"}')
    monkeypatch.setattr(paths, "_roots", lambda: [tmp_path])
    assert paths.build_info() == {"version": "0.1.0", "built": "2026-12-02"}
