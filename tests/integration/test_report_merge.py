"""One report for the organisation: two real vaults' transparency reports, merged.

Each vault imports its own calls under the same policy file; their reports (JSON or CSV)
merge into one whose counts are the two added up and which lists both vaults. Reports of
different periods or policies, or of one vault twice, are refused.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path

import pytest

from supervisor_app.domain.errors import InputError
from supervisor_app.printing import documents_pdf
from supervisor_app.services import setup
from supervisor_app.services.imports import ImportService
from supervisor_app.services.policy import PolicyService
from supervisor_app.services.report_merge import merge, merge_files, read_report
from supervisor_app.services.session import Session
from supervisor_app.services.transparency import METRICS, TransparencyReport, TransparencyService
from tests.conftest import ADMIN, ADMIN_PASSPHRASE, FAST_KDF
from tests.integration.test_import_pipeline import (
    EVERYTHING,
    MONDAY,
    Call,
    prepare_vault,
    write_export,
)

TODAY = dt.date.today()
PERIOD = (MONDAY.date() - dt.timedelta(days=1), TODAY + dt.timedelta(days=30))


def fill(session: Session, root: Path, extensions: list[str]) -> TransparencyReport:
    prepare_vault(session, EVERYTHING)
    calls = [Call("queue", ext, MONDAY + dt.timedelta(hours=n)) for n, ext in enumerate(extensions)]
    monitor, cdr, _ = write_export(root, calls)
    assert ImportService(session).run("freepbx", monitor, cdr).imported == len(calls)
    return TransparencyService(session).report(*PERIOD)


@pytest.fixture
def reports(
    admin_session: Session, tmp_path: Path
) -> tuple[TransparencyReport, TransparencyReport]:
    first = fill(admin_session, tmp_path / "one", ["201", "201", "204"])
    other, _ = setup.create(tmp_path / "vault-two", ADMIN, ADMIN_PASSPHRASE, kdf=FAST_KDF)
    try:
        second = fill(other, tmp_path / "two", ["202", "204"])
    finally:
        other.lock()
    return first, second


def write(report: TransparencyReport, path: Path, fmt: str) -> Path:
    if fmt == "json":
        path.write_text(json.dumps(report.to_json()), encoding="utf-8")
    else:
        path.write_text(report.to_csv(), encoding="utf-8", newline="")
    return path


@pytest.mark.parametrize("formats", [("json", "json"), ("csv", "csv"), ("json", "csv")])
def test_merging_two_vaults_reports_adds_the_counts_and_lists_the_vaults(
    reports: tuple[TransparencyReport, TransparencyReport], tmp_path: Path, formats: tuple[str, str]
) -> None:
    first, second = reports
    paths = [
        write(first, tmp_path / f"noord.{formats[0]}", formats[0]),
        write(second, tmp_path / f"zuid.{formats[1]}", formats[1]),
    ]
    merged = merge_files(paths)
    assert merged.totals == {
        m: first.totals[m] + second.totals[m] for m in (*METRICS, "failed_unlocks")
    }
    assert merged.totals["recordings_imported"] == 5
    # Per team: Team Zuid is served by both vaults and counted once, with both figures.
    zuid = {t.team_name: t.counts for t in first.teams}["Team Zuid"]
    zuid_two = {t.team_name: t.counts for t in second.teams}["Team Zuid"]
    assert merged.teams["Team Zuid"] == {m: zuid[m] + zuid_two[m] for m in METRICS}
    assert merged.teams["Team Zuid"]["recordings_imported"] == 2
    assert [v.vault_id for v in merged.vaults] == [first.vault_id, second.vault_id]
    assert [v.audit_head for v in merged.vaults] == [first.audit_head, second.audit_head]
    assert merged.all_verified
    doc = merged.to_json()
    assert [v["vault_id"] for v in doc["vaults"]] == [first.vault_id, second.vault_id]
    assert doc["period"] == {"from": PERIOD[0].isoformat(), "to": PERIOD[1].isoformat()}
    assert f"{first.vault_id} {second.vault_id}" in merged.to_csv().splitlines()[1]


def test_reports_of_different_periods_or_policies_are_refused(
    reports: tuple[TransparencyReport, TransparencyReport], tmp_path: Path
) -> None:
    first, second = reports
    one = write(first, tmp_path / "one.json", "json")
    shifted = dataclasses.replace(second, period_to=PERIOD[1] + dt.timedelta(days=1))
    with pytest.raises(InputError) as caught:
        merge_files([one, write(shifted, tmp_path / "later.csv", "csv")])
    message = caught.value.message
    assert "different periods" in message and "later.csv" in message and "\n" not in message
    other_policy = dataclasses.replace(second, policy_sha256="0" * 64, organisation_version=3)
    with pytest.raises(InputError, match="different recording policies") as caught:
        merge_files([one, write(other_policy, tmp_path / "other.json", "json")])
    assert "one.json under a policy of “Stichting Voorbeeld” not imported from a numbered" in (
        caught.value.message
    )
    assert "other.json under version 3 of the policy of “Stichting Voorbeeld”" in (
        caught.value.message
    )
    other_org = dataclasses.replace(second, organisation="Stichting Ander")
    with pytest.raises(InputError, match="Stichting Ander"):
        merge_files([one, write(other_org, tmp_path / "ander.json", "json")])
    with pytest.raises(InputError, match="both reports of vault"):
        merge_files([one, write(first, tmp_path / "again.csv", "csv")])
    with pytest.raises(InputError, match="at least two vaults"):
        merge_files([one])


def test_files_that_are_no_reports_are_named(
    reports: tuple[TransparencyReport, TransparencyReport], tmp_path: Path
) -> None:
    junk = tmp_path / "junk.csv"
    junk.write_text("a,b\n1,2\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"junk\.csv is not a transparency report"):
        read_report(junk)
    old = reports[0].to_json()
    del old["organisation_policy"]
    older = tmp_path / "older.json"
    older.write_text(json.dumps(old), encoding="utf-8")
    with pytest.raises(InputError, match="earlier version"):
        read_report(older)


def test_the_merged_report_prints_in_both_languages(
    reports: tuple[TransparencyReport, TransparencyReport], tmp_path: Path
) -> None:
    first, second = reports
    merged = merge([read_report(write(r, tmp_path / f"{n}.json", "json")) for n, r in
                    (("a", first), ("b", second))])  # fmt: skip
    for language, words in (("nl", "2 kluizen"), ("en", "2 vaults")):
        text = merged.html(language)
        assert words in text and first.vault_id in text and second.audit_head in text
    documents_pdf.ensure_gui_app()
    target = tmp_path / "organisatie.pdf"
    documents_pdf.write_pdf(merged.html("nl"), target, merged.title("nl"), merged.footer("nl"))
    assert target.read_bytes().startswith(b"%PDF")


def test_each_vault_s_report_says_which_policy_file_it_holds(
    admin_session: Session, tmp_path: Path
) -> None:
    from supervisor_app.services import policy_source

    first = fill(admin_session, tmp_path / "one", ["201"])
    assert first.organisation_version is None
    text = tmp_path / "p.toml"
    source = (Path(__file__).resolve().parents[2] / "resources" / "policy.example.toml").read_text()
    text.write_text(policy_source.put_version(source, 2), encoding="utf-8")
    PolicyService(admin_session).import_file(text)
    report = TransparencyService(admin_session).report(*PERIOD)
    assert report.organisation == "Stichting Voorbeeld" and report.organisation_version == 2
    current = PolicyService(admin_session).current()
    assert report.policy_sha256 == policy_source.fingerprint(current) != first.policy_sha256
    assert report.to_json()["organisation_policy"]["version"] == 2


def test_a_merged_report_names_each_purpose_in_its_reader_s_language(
    reports: tuple[TransparencyReport, TransparencyReport], tmp_path: Path
) -> None:
    first, second = reports
    assert first.purpose_titles["training"].nl == "Training en coaching"
    heard = dataclasses.replace(first, listens={("Team Noord", "training", "team_lead"): 2})
    doc = heard.to_json()
    assert doc["purpose_titles"]["training"] == {
        "nl": "Training en coaching",
        "en": "Training and coaching",
    }
    merged = merge_files(
        [write(heard, tmp_path / "a.json", "json"), write(second, tmp_path / "b.json", "json")]
    )
    assert merged.listens == {("Team Noord", "training", "team_lead"): 2}
    dutch, english = merged.html("nl"), merged.html("en")
    assert "Training en coaching" in dutch and "Training and coaching" not in dutch
    assert "Training and coaching" in english and "Training en coaching" not in english
