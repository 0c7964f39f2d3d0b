"""The transparency report for the works council and the privacy officer (R14): counts only.

For one period (local days, both ends included) and per team: calls in scope, sampled and
imported; listens per purpose and role; notices due, sent on time, late and outstanding;
private calls destroyed; recordings purged and erased; holds placed and released; scorecards
shared and feedback sheets sent (counts only; the scores themselves never); requests
received and answered within their deadline; failed unlock attempts; and whether the audit
chain verified when the report was made, with its head hash. No names of agents, callers or
users: only team names and numbers. JSON and CSV carry the vault's id, the period, the policy
version and the audit head, so reports of several vaults can be put side by side.

Which moment puts an event in the period: an import batch's start, a recording's storing,
a listen's start, a notice's deadline day, a deletion's time, a hold's placing or release,
a request's day of receipt, a failed attempt's own time.
"""

from __future__ import annotations

import csv
import datetime as dt
import html
import io
import json
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Final

from supervisor_app.domain import retention
from supervisor_app.domain.errors import InputError
from supervisor_app.domain.phrasebook import Phrasebook, phrase_file
from supervisor_app.domain.policy import Policy
from supervisor_app.domain.requests import answered_in_time
from supervisor_app.domain.texts import LocalText
from supervisor_app.services import error_codes as codes
from supervisor_app.services import policy_source
from supervisor_app.services.documents import load_templates
from supervisor_app.services.requests import require_reader
from supervisor_app.services.session import Session
from supervisor_app.vault import audit, people_repo, policy_repo
from supervisor_app.vault.db import Connection, transaction
from supervisor_app.vault.recordings_repo import from_text, to_text

Clock = Callable[[], dt.datetime]
FORMAT_VERSION: Final = 1
STYLE_FILE: Final = "documents.css"
NO_TEAM: Final = "-"  # the CSV's team column for caller requests and vault-wide counts

# Every count per team, in the order the report shows them.
METRICS: Final = (
    "calls_in_scope",
    "calls_sampled",
    "recordings_imported",
    "listens",
    "notices_due",
    "notices_sent_on_time",
    "notices_sent_late",
    "notices_outstanding",
    "private_calls_destroyed",
    "recordings_purged",
    "recordings_erased",
    "holds_placed",
    "holds_released",
    "scorecards_shared",
    "feedback_sheets_sent",
    "requests_received",
    "requests_answered_in_time",
    "requests_answered_late",
    "requests_open",
)
VAULT_METRICS: Final = ("failed_unlocks",)
CSV_COLUMNS: Final = (
    *("vault_id", "period_from", "period_to", "policy_version", "audit_head_hash"),
    *("audit_verified", "organisation", "organisation_policy_version", "policy_sha256"),
    *("team", "metric", "purpose", "role", "count"),
)
_TOMBSTONE_METRICS: Final = {
    "private_call": "private_calls_destroyed",
    "purged": "recordings_purged",
    "erased": "recordings_erased",
}


@dataclass(frozen=True, slots=True)
class TeamCounts:
    """The counts of one team; team None holds what belongs to no team (callers' requests)."""

    team_id: int | None
    team_name: str
    counts: dict[str, int]


@dataclass(frozen=True, slots=True)
class TransparencyReport:
    """The report's figures, with what identifies the vault and the state of its log."""

    vault_id: str
    period_from: dt.date
    period_to: dt.date
    timezone: str
    generated_at: dt.datetime
    policy_version: int
    audit_entries: int
    audit_head: str
    chain_intact: bool
    first_bad_seq: int | None
    teams: tuple[TeamCounts, ...]
    failed_unlocks: int
    # (team name, purpose id, role) → listens
    listens: dict[tuple[str, str, str], int] = field(default_factory=dict)
    # purpose id → its title per language; the report shows the one of its language
    purpose_titles: dict[str, LocalText] = field(default_factory=dict)
    # Whose policy the vault holds, the organisation's number for its file (None when the
    # version was not imported from a numbered file) and its content's SHA-256: reports of
    # several vaults are merged only when all three agree (services/report_merge.py).
    organisation: str = ""
    organisation_version: int | None = None
    policy_sha256: str = ""

    @property
    def totals(self) -> dict[str, int]:
        """Each count over every team."""
        return {m: sum(t.counts[m] for t in self.teams) for m in METRICS} | {
            "failed_unlocks": self.failed_unlocks
        }

    def to_json(self) -> dict[str, Any]:
        """The report as ``report transparency --format json`` writes it."""
        return {
            "report": "transparency",
            "format_version": FORMAT_VERSION,
            "vault_id": self.vault_id,
            "period": {
                "from": self.period_from.isoformat(),
                "to": self.period_to.isoformat(),
                "timezone": self.timezone,
            },
            "generated_at": self.generated_at.isoformat(),
            "policy_version": self.policy_version,
            "organisation_policy": {
                "organisation": self.organisation,
                "version": self.organisation_version,
                "sha256": self.policy_sha256,
            },
            "audit": {
                "verified": self.chain_intact,
                "entries": self.audit_entries,
                "head_hash": self.audit_head,
                "first_bad_seq": self.first_bad_seq,
            },
            "totals": self.totals,
            "teams": [{"team": t.team_name, **t.counts} for t in self.teams],
            "listens": [
                {"team": team, "purpose": purpose, "role": role, "count": n}
                for (team, purpose, role), n in sorted(self.listens.items())
            ],
            "purpose_titles": {
                purpose: {"nl": title.nl, "en": title.en}
                for purpose, title in sorted(self.purpose_titles.items())
            },
        }

    def to_csv(self) -> str:
        """One row per count: vault, period, policy, audit head, team, what and how many."""
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\r\n")
        head = (
            self.vault_id,
            self.period_from.isoformat(),
            self.period_to.isoformat(),
            self.policy_version,
            self.audit_head,
            "yes" if self.chain_intact else "no",
            self.organisation,
            "" if self.organisation_version is None else self.organisation_version,
            self.policy_sha256,
        )
        writer.writerow(CSV_COLUMNS)
        for team in self.teams:
            for metric in METRICS:
                writer.writerow((*head, team.team_name, metric, "", "", team.counts[metric]))
        for (team_name, purpose, role), n in sorted(self.listens.items()):
            writer.writerow((*head, team_name, "listens", purpose, role, n))
        for metric, n in self.totals.items():
            writer.writerow((*head, NO_TEAM, metric, "", "", n))
        return buffer.getvalue()

    def html(self, language: str, templates: Mapping[str, str] | None = None) -> str:
        """The report as an HTML document in Dutch or English (for the PDF)."""
        book = Phrasebook(language, templates if templates is not None else load_templates())
        return render_html(self, book)

    def title(self, language: str, templates: Mapping[str, str] | None = None) -> str:
        """The report's title in Dutch or English, as its PDF names itself."""
        book = Phrasebook(language, templates if templates is not None else load_templates())
        return book.phrase("report_title")

    @property
    def footer(self) -> str:
        """The line under every PDF page: the vault and the start of the audit head it names."""
        return f"{self.vault_id} · {self.audit_head[:16]}…"


class TransparencyService:
    """Make the report (administrators and auditors); every report made is logged."""

    def __init__(self, session: Session, clock: Clock | None = None) -> None:
        self.session = session
        self._clock = clock or (lambda: dt.datetime.now(dt.UTC))

    def now(self) -> dt.datetime:
        """The service's current time (injectable for tests)."""
        return self._clock()

    def report(self, period_from: dt.date, period_to: dt.date) -> TransparencyReport:
        """Count everything in the period, per team, and verify the audit chain."""
        require_reader(self.session, codes.ONLY_READER_TRANSPARENCY)
        if period_to < period_from:
            raise InputError(codes.REPORT_PERIOD_BACKWARDS)
        conn = self.session.conn
        policy = policy_repo.latest_policy(conn) or Policy.empty()
        source = policy_repo.organisation_policy_of(conn, policy.version)
        tz = retention.zone(policy.scope.timezone)
        start = dt.datetime.combine(period_from, dt.time(), tz).astimezone(dt.UTC)
        after = period_to + dt.timedelta(days=1)
        end = dt.datetime.combine(after, dt.time(), tz).astimezone(dt.UTC)
        now = self.now()
        chain = audit.verify(conn)
        teams = {t.id: t.name for t in people_repo.teams(conn)}
        counts: dict[int | None, Counter[str]] = {t: Counter() for t in teams}
        counts[None] = Counter()
        _sampling(conn, start, end, counts)
        lo, hi = to_text(start), to_text(end)
        _add(counts, "recordings_imported", _rows(conn, _IMPORTED, lo, hi))
        listens: Counter[tuple[str, str, str]] = Counter()
        for team, purpose, role, n in conn.execute(_LISTENS, (lo, hi)).fetchall():
            counts.setdefault(team, Counter())["listens"] += int(n)
            listens[(teams.get(team, NO_TEAM), str(purpose), str(role))] += int(n)
        _notices(conn, period_from, period_to, counts)
        for kind, team, n in conn.execute(_TOMBSTONES, (lo, hi)).fetchall():
            if kind in _TOMBSTONE_METRICS:
                counts.setdefault(team, Counter())[_TOMBSTONE_METRICS[kind]] += int(n)
        _add(counts, "holds_placed", _rows(conn, _HOLDS_PLACED, lo, hi))
        _add(counts, "holds_released", _rows(conn, _HOLDS_RELEASED, lo, hi))
        # Scorecards go with their recordings; the audit log keeps that they were shared.
        alo, ahi = _audit_time(start), _audit_time(end)
        _add(
            counts,
            "scorecards_shared",
            _rows(conn, _AUDITED_PER_TEAM, alo, ahi, "scorecard_shared"),
        )
        _add(
            counts,
            "feedback_sheets_sent",
            _rows(conn, _AUDITED_PER_TEAM, alo, ahi, "feedback_sheet_sent"),
        )
        _requests(conn, period_from, period_to, counts)
        report = TransparencyReport(
            vault_id=_vault_id(conn),
            period_from=period_from,
            period_to=period_to,
            timezone=policy.scope.timezone or "UTC",
            generated_at=now,
            policy_version=policy.version,
            audit_entries=chain.count,
            audit_head=chain.head_hash,
            chain_intact=chain.intact,
            first_bad_seq=chain.first_bad_seq,
            teams=tuple(
                TeamCounts(t, teams.get(t, NO_TEAM) if t is not None else NO_TEAM, _full(c))
                for t, c in sorted(
                    counts.items(), key=lambda kv: (kv[0] is None, teams.get(kv[0] or 0, ""))
                )
                if t is not None or any(c.values())
            ),
            failed_unlocks=_failed_unlocks(conn, lo, hi),
            listens=dict(listens),
            purpose_titles={p.id: p.title for p in policy.purposes},
            organisation=policy.organisation.name.strip(),
            organisation_version=source.version if source else None,
            policy_sha256=policy_source.fingerprint(policy),
        )
        return report

    def log_written(self, report: TransparencyReport, file_name: str, fmt: str) -> None:
        """Record that the report was written to a file (after the head it names)."""
        with transaction(self.session.conn):
            self.session.record(
                "report_exported",
                "transparency",
                {
                    "file": file_name,
                    "format": fmt,
                    "from": report.period_from.isoformat(),
                    "to": report.period_to.isoformat(),
                    "head_hash": report.audit_head,
                    "verified": report.chain_intact,
                },
            )


# --- counting ----------------------------------------------------------------------------------

_IMPORTED: Final = (
    "SELECT team_id, count(*) FROM recordings WHERE stored_at >= ? AND stored_at < ?"
    " GROUP BY team_id"
)
_LISTENS: Final = (
    "SELECT r.team_id, l.purpose_id, l.role, count(*) FROM listen_sessions l"
    " JOIN recordings r ON r.id = l.recording_id WHERE l.started_at >= ? AND l.started_at < ?"
    " GROUP BY r.team_id, l.purpose_id, l.role"
)
_TOMBSTONES: Final = (
    "SELECT t.kind, coalesce(t.team_id, r.team_id), count(*) FROM recording_tombstones t"
    " JOIN recordings r ON r.id = t.recording_id"
    " WHERE t.destroyed_at >= ? AND t.destroyed_at < ? GROUP BY 1, 2"
)
_HOLDS_PLACED: Final = (
    "SELECT r.team_id, count(*) FROM recording_holds h JOIN recordings r ON r.id = h.recording_id"
    " WHERE h.placed_at >= ? AND h.placed_at < ? GROUP BY r.team_id"
)
_HOLDS_RELEASED: Final = (
    "SELECT r.team_id, count(*) FROM recording_holds h JOIN recordings r ON r.id = h.recording_id"
    " WHERE h.released_at >= ? AND h.released_at < ? GROUP BY r.team_id"
)
# Events counted from their audit entries by the team the entry names (its details' "team").
_AUDITED_PER_TEAM: Final = (
    "SELECT json_extract(details, '$.team'), count(*) FROM audit_log"
    " WHERE at >= ? AND at < ? AND action = ? GROUP BY 1"
)


def _rows(conn: Connection, sql: str, lo: str, hi: str, *more: str) -> list[tuple[int | None, int]]:
    return [
        (int(t) if t is not None else None, int(n)) for t, n in conn.execute(sql, (lo, hi, *more))
    ]


def _audit_time(moment: dt.datetime) -> str:
    """A bound for the audit log's times (which carry fractions of a second): to the second."""
    return moment.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S")


def _add(
    counts: dict[int | None, Counter[str]], metric: str, rows: Iterable[tuple[int | None, int]]
) -> None:
    for team, n in rows:
        counts.setdefault(team, Counter())[metric] += n


def _sampling(
    conn: Connection, start: dt.datetime, end: dt.datetime, counts: dict[int | None, Counter[str]]
) -> None:
    """In scope and sampled, from the batches started in the period, by the agent's team."""
    team_of = {a.id: a.team_id for a in people_repo.agents(conn)}
    rows = conn.execute(
        "SELECT candidates, selected FROM import_batches WHERE started_at >= ? AND started_at < ?",
        (to_text(start), to_text(end)),
    ).fetchall()
    for candidates_text, selected_text in rows:
        selected = set(json.loads(selected_text))
        for fingerprint, stratum in json.loads(candidates_text):
            agent = str(stratum).rpartition("/")[0]
            team = team_of.get(int(agent)) if agent.isdigit() else None
            bucket = counts.setdefault(team, Counter())
            bucket["calls_in_scope"] += 1
            if fingerprint in selected:
                bucket["calls_sampled"] += 1


def _notices(
    conn: Connection, first: dt.date, last: dt.date, counts: dict[int | None, Counter[str]]
) -> None:
    """Notices due in the period: sent on time, sent late, or still not sent now."""
    rows = conn.execute(
        "SELECT team_id, due_at, sent_at, state FROM notifications"
        " WHERE due_on >= ? AND due_on <= ?",
        (first.isoformat(), last.isoformat()),
    ).fetchall()
    for team, due_at, sent_at, state in rows:
        bucket = counts.setdefault(team, Counter())
        bucket["notices_due"] += 1
        if sent_at is None:
            if state == "pending":
                bucket["notices_outstanding"] += 1
        elif from_text(sent_at) < from_text(due_at):
            bucket["notices_sent_on_time"] += 1
        else:
            bucket["notices_sent_late"] += 1


def _requests(
    conn: Connection, first: dt.date, last: dt.date, counts: dict[int | None, Counter[str]]
) -> None:
    """Requests received in the period, by the agent's team (a caller's belong to no team)."""
    rows = conn.execute(
        "SELECT a.team_id, q.state, q.deadline, q.closed_on FROM subject_requests q"
        " LEFT JOIN agents a ON a.id = q.agent_id WHERE q.received_on >= ? AND q.received_on <= ?",
        (first.isoformat(), last.isoformat()),
    ).fetchall()
    for team, state, deadline, closed_on in rows:
        bucket = counts.setdefault(team, Counter())
        bucket["requests_received"] += 1
        if state in ("open", "extended"):
            bucket["requests_open"] += 1
        elif answered_in_time(
            dt.date.fromisoformat(deadline), dt.date.fromisoformat(closed_on) if closed_on else None
        ):
            bucket["requests_answered_in_time"] += 1
        else:
            bucket["requests_answered_late"] += 1


def _failed_unlocks(conn: Connection, lo: str, hi: str) -> int:
    """Failed attempts by the time they happened (logged at the next unlock)."""
    found = 0
    for (details,) in conn.execute(
        "SELECT details FROM audit_log WHERE action = 'unlock_failed'"
    ).fetchall():
        at = str(json.loads(details).get("at", ""))
        if lo <= at < hi:
            found += 1
    return found


def _full(counter: Counter[str]) -> dict[str, int]:
    return {m: int(counter[m]) for m in METRICS}


def _vault_id(conn: Connection) -> str:
    row = conn.execute("SELECT value FROM vault_meta WHERE key = 'vault_id'").fetchone()
    return str(row[0]) if row else ""


# --- the document ------------------------------------------------------------------------------


def report_template(language: str) -> str:
    """The template file of the report in a language."""
    return f"transparency_report.{language}.html"


REQUIRED: Final = frozenset(
    {"lang", "style", "title", "period", "vault", "audit", "team_table", "listen_table", "note"}
)


def template_names(language: str) -> list[str]:
    """The files the report's HTML reads for a language."""
    return [report_template(language), phrase_file(language), STYLE_FILE]


def _purpose_title(report: TransparencyReport, purpose_id: str, language: str) -> str:
    """A purpose's title in the report's language; its id where it has none."""
    title = report.purpose_titles.get(purpose_id)
    return (title.get(language) if title is not None else "") or purpose_id


def render_html(
    report: TransparencyReport,
    book: Phrasebook,
    *,
    title: str | None = None,
    vault: str | None = None,
    audit_text: str | None = None,
) -> str:
    """The report as an HTML document.

    A merged report (services/report_merge.py) gives its own title, its list of vaults
    (``vault``) and their logs (``audit_text``).
    """
    title = title or book.phrase("report_title")
    teams = list(report.teams)
    names = [t.team_name if t.team_id is not None else book.phrase("report_no_team") for t in teams]
    head = "".join(f"<th>{html.escape(n)}</th>" for n in names)
    total_head = f"<th>{html.escape(book.phrase('report_total'))}</th>"
    rows = []
    totals = report.totals
    for metric in METRICS:
        cells = "".join(f'<td align="right">{t.counts[metric]}</td>' for t in teams)
        rows.append(
            f"<tr><td>{html.escape(book.phrase(f'report_{metric}'))}</td>{cells}"
            f'<td align="right"><b>{totals[metric]}</b></td></tr>'
        )
    team_table = (
        '<table width="100%" border="1" cellspacing="0" cellpadding="4"'
        ' style="border-collapse: collapse; border-color: #b8c2cc;">'
        f"<tr><th></th>{head}{total_head}</tr>{''.join(rows)}</table>"
    )
    listen_rows = "".join(
        f"<tr><td>{html.escape(team)}</td>"
        f"<td>{html.escape(_purpose_title(report, purpose, book.language))}</td>"
        f"<td>{html.escape(book.phrase(f'report_role_{role}'))}</td>"
        f'<td align="right">{n}</td></tr>'
        for (team, purpose, role), n in sorted(report.listens.items())
    )
    listen_table = (
        '<table width="100%" border="1" cellspacing="0" cellpadding="4"'
        ' style="border-collapse: collapse; border-color: #b8c2cc;">'
        f"<tr><th>{html.escape(book.phrase('report_team'))}</th>"
        f"<th>{html.escape(book.phrase('report_purpose'))}</th>"
        f"<th>{html.escape(book.phrase('report_role'))}</th>"
        f"<th>{html.escape(book.phrase('report_count'))}</th></tr>{listen_rows}</table>"
        if listen_rows
        else f"<p>{html.escape(book.phrase('report_no_listens'))}</p>"
    )
    if audit_text is None:
        audit_text = book.phrase(
            "report_audit_ok" if report.chain_intact else "report_audit_broken",
            entries=str(report.audit_entries),
            seq=str(report.first_bad_seq or ""),
            head=f"<code>{report.audit_head}</code>",
        )
    values = {
        "lang": book.language,
        "style": book.source(STYLE_FILE),
        "title": html.escape(title),
        "period": book.phrase(
            "report_period",
            start=html.escape(book.date(report.period_from)),
            end=html.escape(book.date(report.period_to)),
        ),
        "vault": vault
        if vault is not None
        else book.phrase(
            "report_vault",
            vault=html.escape(report.vault_id),
            version=str(report.policy_version),
            made=html.escape(book.date(report.generated_at.date())),
            failed=str(report.failed_unlocks),
        ),
        "audit": audit_text,
        "team_table": team_table,
        "listen_table": listen_table,
        "note": book.phrase("report_note"),
    }
    return book.fill(report_template(book.language), values, REQUIRED)
