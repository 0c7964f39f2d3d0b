"""The demo export in resources/demo imports into the demo vault under the example policy."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from pathlib import Path

import soundfile as sf

from supervisor_app import paths
from supervisor_app.services import demo
from supervisor_app.services.recordings import RecordingsService
from supervisor_app.services.session import unlock
from supervisor_app.vault.recordings_repo import ChunkReader
from tests.conftest import FAST_KDF
from tests.integration.test_import_pipeline import tree_digest

DEMO = paths.resources_dir() / "demo"


def test_the_demo_export_is_small_and_readable() -> None:
    files = [p for p in DEMO.rglob("*") if p.is_file()]
    assert sum(p.stat().st_size for p in files) < 2_000_000
    recordings = [p for p in files if p.suffix.lower() == ".wav"]
    assert len(recordings) == 19
    for path in recordings:
        info = sf.info(path)
        assert (info.samplerate, info.channels) == (8000, 1)
        assert 2 <= info.duration <= 21


def test_the_demo_vault_gets_a_handful_of_recordings(tmp_path: Path) -> None:
    folder = tmp_path / "demo"
    before = tree_digest(DEMO)
    demo.ensure_demo_vault(folder, kdf=FAST_KDF)  # imports the demo export itself
    admin = demo.USERS[0]
    session = unlock(folder, admin.name, admin.passphrase)
    try:
        listed = RecordingsService(session).list()
        assert 6 <= len(listed) <= 14
        per_agent = Counter(r.agent_name for r in listed)
        assert len(per_agent) == 6 and max(per_agent.values()) <= 3
        with ChunkReader(session.conn, listed[0].id) as reader:
            data, rate = sf.read(reader, dtype="int16")
        assert rate == 8000 and len(data) == round(listed[0].duration_s * 8000)
        assert RecordingsService(session).verify_batch(listed[0].batch_id).ok

        again = demo.import_demo(session)

        assert (again.found, again.in_scope, again.unparsed_rows) == (19, 14, 0)
        assert {k: v for k, v in again.excluded.items() if v} == {
            "unanswered": 1,
            "internal": 1,
            "protected_number": 1,
            "not_business_line": 1,
            "agent_unknown": 1,
        }
        assert (again.batch, again.imported, again.duplicates) == (None, 0, len(listed))
        assert again.failed == ()
    finally:
        session.lock()
    assert tree_digest(DEMO) == before


def test_the_demo_export_is_dated_to_the_week_before_today(tmp_path: Path) -> None:
    today = dt.date(2027, 3, 10)  # a Wednesday, months after the shipped calls
    monitor, cdr = demo.write_demo_export(tmp_path / "export", today)
    days = sorted(
        dt.date.fromisoformat("-".join(p.relative_to(monitor).parts[:3]))
        for p in monitor.rglob("*")
        if p.is_file()
    )
    assert len(days) == 19
    assert today - dt.timedelta(days=7) <= days[-1] < today
    shipped = sorted({dt.date(2026, 11, d) for d in range(16, 21)})
    assert sorted(set(days)) == [d + demo.demo_shift(today) for d in shipped]
    assert {d.weekday() for d in days} == {0, 1, 2, 3, 4}  # still Monday to Friday
    rows = cdr.read_text(encoding="utf-8").splitlines()
    assert len(rows) == 20 and all("2026-11" not in row for row in rows[1:])
    assert demo.demo_received_on(today) < days[0]
