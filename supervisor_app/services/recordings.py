"""What is stored, as the user may see it, and proof that each batch's sample was random.

Team leads and quality coaches see the recordings of their own teams; administrators and
auditors see every recording's facts but never its audio (listening is a separate service).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace

from supervisor_app.domain.errors import NotFound
from supervisor_app.domain.policy import Sampling, SamplingMode
from supervisor_app.domain.sampling import BatchRecord, Candidate, Stratum, verify
from supervisor_app.services import error_codes as codes
from supervisor_app.services.session import Session
from supervisor_app.vault import recordings_repo
from supervisor_app.vault.db import Connection
from supervisor_app.vault.recordings_repo import BatchRow

# The types the Recordings page works with, named here so that ui/ reaches them through the
# service layer.
from supervisor_app.vault.recordings_repo import BatchSummary as BatchSummary
from supervisor_app.vault.recordings_repo import PageKey as PageKey
from supervisor_app.vault.recordings_repo import RecordingDetail as RecordingDetail
from supervisor_app.vault.recordings_repo import RecordingFilter as RecordingFilter
from supervisor_app.vault.recordings_repo import RecordingSummary as RecordingSummary
from supervisor_app.vault.recordings_repo import SortKey as SortKey

PAGE_SIZE = 200


@dataclass(frozen=True, slots=True)
class VerifyReport:
    """The outcome of verifying one batch: ``ok`` when no problem was found."""

    batch_id: int
    seed: str
    candidates: int
    selected: int
    stored: int
    problems: tuple[str, ...] = field(default=())

    @property
    def ok(self) -> bool:
        """Whether the sample is proven random and within the policy's limits."""
        return not self.problems

    def to_json(self) -> dict[str, object]:
        """The report as ``sample verify --json`` prints it."""
        return {
            "batch": self.batch_id,
            "ok": self.ok,
            "seed": self.seed,
            "candidates": self.candidates,
            "selected": self.selected,
            "stored": self.stored,
            "problems": list(self.problems),
        }


@dataclass(frozen=True, slots=True)
class ListStart:
    """A list's count and its first pages (by page number), and the kept recording's row."""

    total: int
    pages: dict[int, list[RecordingSummary]]
    kept_row: int | None = None


class RecordingsService:
    """Use cases of the Recordings page, ``recordings list`` and ``sample verify``."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def _scoped(self, filters: RecordingFilter | None) -> RecordingFilter:
        """The filter narrowed to the teams the user may see."""
        filters = filters or RecordingFilter()
        visible = self.session.user.visible_team_ids()
        if visible is None:
            return filters
        wanted = visible if filters.team_ids is None else filters.team_ids & visible
        return replace(filters, team_ids=frozenset(wanted))

    def count(self, filters: RecordingFilter | None = None) -> int:
        """How many recordings the user may see match the filter."""
        return recordings_repo.count(self.session.conn, self._scoped(filters))

    def page(
        self,
        offset: int,
        limit: int,
        sort: SortKey = SortKey.STARTED_AT,
        descending: bool = True,
        filters: RecordingFilter | None = None,
        *,
        after: PageKey | None = None,
        before: PageKey | None = None,
        from_end: bool = False,
    ) -> list[RecordingSummary]:
        """One page of the recordings the user may see (see recordings_repo.page for where)."""
        return recordings_repo.page(
            self.session.conn,
            offset,
            limit,
            sort,
            descending,
            self._scoped(filters),
            after=after,
            before=before,
            from_end=from_end,
        )

    def start(
        self,
        limit: int,
        sort: SortKey = SortKey.STARTED_AT,
        descending: bool = True,
        filters: RecordingFilter | None = None,
        *,
        keep: int | None = None,
    ) -> ListStart:
        """What a list shows when it (re)starts: the count, the first page, and ``keep``'s page.

        ``keep`` is the recording the user had chosen; when it is still listed, the page it
        is on comes too, so the list can show it chosen again.
        """
        total = self.count(filters)
        pages = {0: self.page(0, limit, sort, descending, filters)} if total else {}
        row = self.position(keep, sort, descending, filters) if keep is not None else None
        if row is not None and row // limit not in pages:
            number = row // limit
            pages[number] = self.page(number * limit, limit, sort, descending, filters)
        return ListStart(total, pages, row)

    def position(
        self,
        recording_id: int,
        sort: SortKey = SortKey.STARTED_AT,
        descending: bool = True,
        filters: RecordingFilter | None = None,
    ) -> int | None:
        """The recording's row in the list, or None when it is not listed for this user."""
        return recordings_repo.position(
            self.session.conn, recording_id, sort, descending, self._scoped(filters)
        )

    def list(
        self,
        filters: RecordingFilter | None = None,
        sort: SortKey = SortKey.STARTED_AT,
        descending: bool = True,
    ) -> list[RecordingSummary]:
        """Every recording the user may see that matches the filter, sorted."""
        found: list[RecordingSummary] = []
        while True:
            part = self.page(len(found), PAGE_SIZE, sort, descending, filters)
            found.extend(part)
            if len(part) < PAGE_SIZE:
                return found

    def detail(self, recording_id: int) -> RecordingDetail | None:
        """One recording's stored facts (never audio), if the user may see its team."""
        found = recordings_repo.recording(self.session.conn, recording_id)
        if found is None:
            return None
        visible = self.session.user.visible_team_ids()
        if visible is not None and found.summary.team_id not in visible:
            return None
        return found

    def latest_batch(self) -> BatchSummary | None:
        """The newest import batch's times and counts (no names, numbers or candidates)."""
        return recordings_repo.latest_batch_summary(self.session.conn)

    def verify_batch(self, batch_id: int) -> VerifyReport:
        """Re-draw a batch from its stored seed and candidates and check what it stored.

        Problems: the selection differs from what the seed gives, a stratum breaks the cap or
        minimum, a stored recording was not selected, or the batch no longer matches what
        the audit log recorded when it was drawn.
        """
        conn = self.session.conn
        batch = recordings_repo.batch(conn, batch_id)
        if batch is None:
            raise NotFound(codes.NO_BATCH, batch=batch_id)
        problems = list(_sample_problems(batch))
        stored = recordings_repo.batch_recordings(conn, batch_id)
        strays = sorted(rid for rid, fp in stored.items() if fp not in set(batch.selected))
        if strays:
            listed = ", ".join(str(r) for r in strays[:10])
            problems.append(
                f"{len(strays)} stored recordings were not selected by the batch (ids {listed})."
            )
        problems += _log_problems(conn, batch)
        return VerifyReport(
            batch_id,
            batch.seed,
            len(batch.candidates),
            len(batch.selected),
            len(stored),
            tuple(problems),
        )


def _sample_problems(batch: BatchRow) -> tuple[str, ...]:
    try:
        candidates = [Candidate(fp, Stratum.parse(text)) for fp, text in batch.candidates]
        sampling = _sampling(batch.sampling)
    except (ValueError, KeyError, TypeError) as exc:
        return (f"The batch's stored candidates or settings cannot be read: {exc}",)
    record = BatchRecord(batch.seed, sampling, candidates, frozenset(batch.selected))
    return verify(record).problems


def _sampling(data: dict[str, object]) -> Sampling:
    mode = data.get("mode")
    return Sampling(
        mode=SamplingMode(str(mode)) if mode is not None else None,
        rate=float(str(data["rate"])),
        max_per_agent_per_week=int(str(data["max_per_agent_per_week"])),
        min_per_agent_per_week=int(str(data["min_per_agent_per_week"])),
    )


def _log_problems(conn: Connection, batch: BatchRow) -> list[str]:
    """Compare the batch with the audit entry written, hash-chained, when it was drawn."""
    row = conn.execute(
        "SELECT details FROM audit_log WHERE action = 'import_started' AND subject = ?"
        " ORDER BY seq LIMIT 1",
        (f"batch:{batch.id}",),
    ).fetchone()
    if row is None:
        return ["The audit log has no entry for the drawing of this batch."]
    logged = json.loads(row[0])
    now = {
        "seed": batch.seed,
        "candidates": len(batch.candidates),
        "selected": len(batch.selected),
        **recordings_repo.batch_digests(batch.candidates, batch.selected),
    }
    changed = sorted(key for key, value in now.items() if logged.get(key) != value)
    if changed:
        return [
            "The batch no longer matches the audit log entry written when it was drawn "
            f"({', '.join(changed)} differ)."
        ]
    return []
