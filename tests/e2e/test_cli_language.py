"""The command line's errors in the user's language: --lang, else LC_ALL, LC_MESSAGES or LANG."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from supervisor_app import cli
from supervisor_app.cli.language import cli_language
from supervisor_app.cli.support import EXIT_BAD_INPUT
from supervisor_app.services.session import Session
from supervisor_app.ui.core.i18n import interface_language
from tests.conftest import ADMIN, ADMIN_PASSPHRASE


@pytest.mark.parametrize(
    ("option", "environ", "expected"),
    [
        ("en", {"LANG": "nl_NL.UTF-8"}, "en"),
        ("nl", {}, "nl"),
        (None, {"LANG": "nl_NL.UTF-8"}, "nl"),
        (None, {"LANG": "nl_BE.UTF-8", "LC_MESSAGES": "en_GB.UTF-8"}, "en"),
        (None, {"LANG": "en_US.UTF-8", "LC_ALL": "nl_NL.UTF-8"}, "nl"),
        (None, {"LC_MESSAGES": "nl"}, "nl"),
        (None, {"LANG": "C.UTF-8"}, "en"),
        (None, {}, "en"),
    ],
)
def test_the_language_comes_from_the_option_then_the_environment(
    option: str | None, environ: dict[str, str], expected: str
) -> None:
    assert cli_language(option, environ) == expected


def _run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = cli.main(args, stdin=io.StringIO(""), out=io.StringIO())
    return code, capsys.readouterr().err


@pytest.fixture
def login(admin_session: Session, tmp_path: Path) -> list[str]:
    (tmp_path / "admin.pw").write_text(ADMIN_PASSPHRASE + "\n")
    return [
        "--vault",
        str(admin_session.vault.folder),
        "--user",
        ADMIN,
        "--passphrase-file",
        str(tmp_path / "admin.pw"),
    ]


def test_an_error_speaks_dutch_with_lang_nl(
    qapp: QApplication, login: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    code, err = _run(["agent", "add", "--name", "Anna", "--team", "Noord", "--extension", "abc",
                      *login, "--lang", "nl"], capsys)  # fmt: skip
    assert code == EXIT_BAD_INPUT
    assert err == (
        "supervisor-app: Het toestelnummer “abc” bestaat niet uit cijfers; "
        "gebruik bijvoorbeeld 201.\n"
    )
    assert interface_language() == "en"  # the app's language is put back afterwards


def test_an_error_speaks_dutch_from_the_environment(
    qapp: QApplication,
    login: list[str],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("LANG", "nl_NL.UTF-8")
    code, err = _run(["team", "add", "   ", *login], capsys)
    assert code == EXIT_BAD_INPUT
    assert err == "supervisor-app: Vul een teamnaam in van hoogstens 64 tekens.\n"


def test_an_error_speaks_english_by_default(
    login: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    code, err = _run(["team", "add", "   ", *login], capsys)
    assert code == EXIT_BAD_INPUT
    assert err == "supervisor-app: Enter a team name of at most 64 characters.\n"


def test_a_vault_error_speaks_dutch(
    qapp: QApplication, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "pw").write_text("x\n")
    missing = tmp_path / "nowhere"
    code, err = _run(["--lang", "nl", "team", "list", "--vault", str(missing), "--user", "a",
                      "--passphrase-file", str(tmp_path / "pw")], capsys)  # fmt: skip
    assert code != 0
    assert f"De map {missing} bestaat niet; kies de map waarin je kluis staat." in err
