"""``supervisor-app --self-test``: one line per check, exit 0 only when every check passes."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from supervisor_app import paths, selftest
from supervisor_app.selftest import CHECKS, Check


def test_the_self_test_passes_headless_and_leaves_nothing_behind(
    tmp_path: Path, isolated_home: Path
) -> None:
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    env = {**os.environ, "TMPDIR": str(scratch), "TEMP": str(scratch), "TMP": str(scratch)}
    # No display: the check must start Qt offscreen by itself.
    env.pop("QT_QPA_PLATFORM", None)
    env.pop("DISPLAY", None)
    env.pop("WAYLAND_DISPLAY", None)
    done = subprocess.run(
        [sys.executable, "-m", "supervisor_app", "--self-test"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    results = [line for line in lines if line.startswith(("ok ", "FAIL"))]
    assert len(results) == len(CHECKS), done.stdout
    for line, check in zip(results, CHECKS, strict=True):
        assert line.startswith(f"ok   {check.name} "), done.stdout
    assert lines[-1] == "all checks passed"
    # The throwaway vault is gone, and no log, setting or vault was written in the home.
    assert list(scratch.iterdir()) == []
    assert list(isolated_home.iterdir()) == []


def test_a_failing_check_makes_the_run_fail_and_says_why() -> None:
    def broken() -> str:
        raise RuntimeError("libsomething is missing")

    out = io.StringIO()
    code = selftest.run(out, [Check("fine", lambda: "detail"), Check("broken", broken)])
    assert code == 1
    assert out.getvalue().splitlines()[1:] == [
        "ok   fine detail",
        "FAIL broken: libsomething is missing",
        "1 check(s) failed",
    ]


def test_every_check_passing_gives_exit_code_0() -> None:
    out = io.StringIO()
    assert selftest.run(out, [Check("a", lambda: "1"), Check("b", lambda: "2")]) == 0
    assert out.getvalue().endswith("all checks passed\n")


def test_demo_audio_check_fails_on_a_file_that_is_not_audio(tmp_path: Path) -> None:
    (tmp_path / "call.wav").write_bytes(b"RIFF but not really a wave file")
    with pytest.raises(RuntimeError, match=r"call\.wav"):
        selftest.check_demo_audio(tmp_path)
    out = io.StringIO()
    check = Check("demo audio", lambda: selftest.check_demo_audio(tmp_path))
    assert selftest.run(out, [check]) == 1
    assert out.getvalue().splitlines()[1].startswith("FAIL demo audio: ")


def test_demo_audio_check_fails_without_recordings(tmp_path: Path) -> None:
    with pytest.raises(RuntimeError, match="no demo recordings"):
        selftest.check_demo_audio(tmp_path)


def test_translation_check_fails_when_a_language_is_missing(tmp_path: Path) -> None:
    source = paths.resources_dir() / "translations" / "supervisor_app_en.qm"
    (tmp_path / source.name).write_bytes(source.read_bytes())
    with pytest.raises(RuntimeError, match=r"supervisor_app_nl\.qm is missing"):
        selftest.check_translations(tmp_path)


def test_translation_check_fails_on_an_empty_translation(tmp_path: Path) -> None:
    for language in selftest.LANGUAGES:
        (tmp_path / f"supervisor_app_{language}.qm").write_bytes(b"")
    with pytest.raises(RuntimeError, match="supervisor_app_nl"):
        selftest.check_translations(tmp_path)
