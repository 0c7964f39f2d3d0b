"""The demo export in resources/demo imports into the demo vault under the example policy."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import soundfile as sf

from supervisor_app import paths
from supervisor_app.services import demo
from supervisor_app.services.imports import import_demo_export
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

        again = import_demo_export(session)

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
