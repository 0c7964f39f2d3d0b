"""One transparency report for the whole organisation, from the reports of its vaults.

Each vault writes its own report (services/transparency.py) as JSON or CSV, carrying its
vault id, the period, the recording policy it holds and its audit head. Merging adds the
counts per team (a team served by two vaults is counted once, with both vaults' figures),
and lists every vault included with its audit head and whether its log verified. It is
refused when the reports cover different periods, were made under different policies
(organisation, the organisation's number for its file, or the policy's content differ),
or name one vault twice: a sum of unlike figures would mislead the works council.

Merging reads files only; it needs no vault and writes nothing but its result.
"""

from __future__ import annotations

import csv
import datetime as dt
import html
import io
import json
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

from supervisor_app.domain.errors import InputError, os_reason
from supervisor_app.domain.phrasebook import Phrasebook
from supervisor_app.domain.texts import LocalText
from supervisor_app.services import error_codes as codes
from supervisor_app.services.documents import load_templates
from supervisor_app.services.transparency import (
    CSV_COLUMNS,
    METRICS,
    NO_TEAM,
    TeamCounts,
    TransparencyReport,
    render_html,
)

FORMAT_VERSION: Final = 1
MAX_FILE_BYTES: Final = 20 * 1024 * 1024
MERGED_CSV_COLUMNS: Final = (
    *("period_from", "period_to", "organisation", "organisation_policy_version"),
    *("policy_sha256", "vaults", "team", "metric", "purpose", "role", "count"),
)


@dataclass(frozen=True, slots=True)
class VaultReport:
    """One vault's report as read from its file."""

    file: str
    vault_id: str
    period_from: dt.date
    period_to: dt.date
    policy_version: int
    organisation: str
    organisation_version: int | None
    policy_sha256: str
    audit_head: str
    audit_verified: bool
    teams: dict[str, dict[str, int]]
    listens: dict[tuple[str, str, str], int]
    failed_unlocks: int
    audit_entries: int | None = None  # not in the CSV
    purpose_titles: dict[str, LocalText] = field(default_factory=dict)

    @property
    def policy_words(self) -> str:
        """The policy as a reader names it, for a sentence that says what differs."""
        whose = f"“{self.organisation or '(no organisation)'}”"
        content = f"(content {self.policy_sha256[:12]})"
        if self.organisation_version is None:
            return f"a policy of {whose} not imported from a numbered file {content}"
        return f"version {self.organisation_version} of the policy of {whose} {content}"


@dataclass(frozen=True, slots=True)
class MergedReport:
    """The organisation's report: the vaults' counts added up, and which vaults are in it."""

    period_from: dt.date
    period_to: dt.date
    organisation: str
    organisation_version: int | None
    policy_sha256: str
    generated_at: dt.datetime
    vaults: tuple[VaultReport, ...]
    teams: dict[str, dict[str, int]]
    listens: dict[tuple[str, str, str], int]
    failed_unlocks: int
    purpose_titles: dict[str, LocalText] = field(default_factory=dict)

    @property
    def totals(self) -> dict[str, int]:
        """Each count over every team and vault."""
        return {m: sum(t[m] for t in self.teams.values()) for m in METRICS} | {
            "failed_unlocks": self.failed_unlocks
        }

    @property
    def all_verified(self) -> bool:
        """Whether every vault's audit log verified when its report was made."""
        return all(v.audit_verified for v in self.vaults)

    def to_json(self) -> dict[str, Any]:
        """The merged report as ``report merge --format json`` writes it."""
        return {
            "report": "transparency_merged",
            "format_version": FORMAT_VERSION,
            "period": {"from": self.period_from.isoformat(), "to": self.period_to.isoformat()},
            "organisation_policy": {
                "organisation": self.organisation,
                "version": self.organisation_version,
                "sha256": self.policy_sha256,
            },
            "generated_at": self.generated_at.isoformat(),
            "vaults": [
                {
                    "file": v.file,
                    "vault_id": v.vault_id,
                    "policy_version": v.policy_version,
                    "audit": {
                        "verified": v.audit_verified,
                        "head_hash": v.audit_head,
                        "entries": v.audit_entries,
                    },
                }
                for v in self.vaults
            ],
            "totals": self.totals,
            "teams": [{"team": name, **counts} for name, counts in _sorted_teams(self.teams)],
            "listens": [
                {"team": team, "purpose": purpose, "role": role, "count": n}
                for (team, purpose, role), n in sorted(self.listens.items())
            ],
        }

    def to_csv(self) -> str:
        """One row per count; every row names the period, the policy and the vaults in it."""
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\r\n")
        head = (
            self.period_from.isoformat(),
            self.period_to.isoformat(),
            self.organisation,
            "" if self.organisation_version is None else self.organisation_version,
            self.policy_sha256,
            " ".join(v.vault_id for v in self.vaults),
        )
        writer.writerow(MERGED_CSV_COLUMNS)
        for name, counts in _sorted_teams(self.teams):
            for metric in METRICS:
                writer.writerow((*head, name, metric, "", "", counts[metric]))
        for (team, purpose, role), n in sorted(self.listens.items()):
            writer.writerow((*head, team, "listens", purpose, role, n))
        for metric, n in self.totals.items():
            writer.writerow((*head, NO_TEAM, metric, "", "", n))
        return buffer.getvalue()

    def html(self, language: str, templates: Mapping[str, str] | None = None) -> str:
        """The merged report as an HTML document in Dutch or English (for the PDF)."""
        book = Phrasebook(language, templates if templates is not None else load_templates())
        as_report = TransparencyReport(
            vault_id="",
            period_from=self.period_from,
            period_to=self.period_to,
            timezone="",
            generated_at=self.generated_at,
            policy_version=0,
            audit_entries=0,
            audit_head="",
            chain_intact=self.all_verified,
            first_bad_seq=None,
            teams=tuple(
                TeamCounts(None if name == NO_TEAM else n, name, dict(counts))
                for n, (name, counts) in enumerate(_sorted_teams(self.teams), start=1)
            ),
            failed_unlocks=self.failed_unlocks,
            listens=dict(self.listens),
            purpose_titles=dict(self.purpose_titles),
        )
        version = (
            book.phrase("report_merged_policy_version", version=str(self.organisation_version))
            if self.organisation_version is not None
            else ""
        )
        vault = book.phrase(
            "report_merged_vaults",
            count=str(len(self.vaults)),
            organisation=html.escape(self.organisation),
            version=version,
            made=html.escape(book.date(self.generated_at.date())),
            failed=str(self.failed_unlocks),
        )
        rows = "".join(
            f"<tr><td><code>{html.escape(v.vault_id)}</code></td>"
            f"<td><code>{html.escape(v.audit_head)}</code></td>"
            f"<td>{html.escape(book.phrase('report_yes' if v.audit_verified else 'report_no'))}"
            "</td></tr>"
            for v in self.vaults
        )
        audit_text = (
            f"{html.escape(book.phrase('report_merged_audit'))}</p>"
            '<table width="100%" border="1" cellspacing="0" cellpadding="4"'
            ' style="border-collapse: collapse; border-color: #b8c2cc;">'
            f"<tr><th>{html.escape(book.phrase('report_vault_id'))}</th>"
            f"<th>{html.escape(book.phrase('report_audit_head'))}</th>"
            f"<th>{html.escape(book.phrase('report_audit_verified'))}</th></tr>{rows}</table><p>"
        )
        title = book.phrase("report_merged_title")
        return render_html(as_report, book, title=title, vault=vault, audit_text=audit_text)

    def title(self, language: str, templates: Mapping[str, str] | None = None) -> str:
        """The merged report's title in Dutch or English, as its PDF names itself."""
        book = Phrasebook(language, templates if templates is not None else load_templates())
        return book.phrase("report_merged_title")

    def footer(self, language: str, templates: Mapping[str, str] | None = None) -> str:
        """The line under every PDF page: the period, how many vaults, the policy's content."""
        book = Phrasebook(language, templates if templates is not None else load_templates())
        return book.phrase(
            "report_merged_footer",
            start=book.date(self.period_from),
            end=book.date(self.period_to),
            count=str(len(self.vaults)),
            policy=self.policy_sha256[:12],
        )


def _sorted_teams(teams: Mapping[str, dict[str, int]]) -> list[tuple[str, dict[str, int]]]:
    # Named teams by name, callers' requests (no team) last, as a single vault's report does.
    return sorted(teams.items(), key=lambda kv: (kv[0] == NO_TEAM, kv[0].casefold()))


# --- reading the vaults' reports ---------------------------------------------------------------


def read_report(path: Path) -> VaultReport:
    """Read one vault's transparency report from its JSON or CSV file."""
    path = Path(path)
    try:
        with path.open("rb") as fh:
            data = fh.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise InputError(codes.REPORT_UNREADABLE, path=path, reason=os_reason(exc)) from None
    if len(data) > MAX_FILE_BYTES:
        raise InputError(codes.REPORT_TOO_LARGE, file=path.name)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(codes.REPORT_NOT_TEXT, file=path.name) from None
    if text.lstrip().startswith("{"):
        return _from_json(path.name, text)
    return _from_csv(path.name, text)


class NotAReport(InputError):
    """A file that is not a vault's transparency report (or not one this app can read)."""

    def __init__(self, name: str) -> None:
        super().__init__(codes.NOT_A_REPORT, file=name)
        self.file = name


def _from_json(name: str, text: str) -> VaultReport:
    try:
        doc = json.loads(text)
    except ValueError:
        raise NotAReport(name) from None
    if not isinstance(doc, dict) or doc.get("report") != "transparency":
        raise NotAReport(name)
    source = doc.get("organisation_policy")
    if not isinstance(source, dict):
        raise OlderReport(name)
    try:
        period, audit = doc["period"], doc["audit"]
        teams = {str(t["team"]): {m: int(t[m]) for m in METRICS} for t in doc["teams"]}
        listens = {
            (str(x["team"]), str(x["purpose"]), str(x["role"])): int(x["count"])
            for x in doc["listens"]
        }
        return VaultReport(
            file=name,
            vault_id=str(doc["vault_id"]),
            period_from=dt.date.fromisoformat(str(period["from"])),
            period_to=dt.date.fromisoformat(str(period["to"])),
            policy_version=int(doc["policy_version"]),
            organisation=str(source["organisation"]),
            organisation_version=_optional_int(source["version"]),
            policy_sha256=str(source["sha256"]),
            audit_head=str(audit["head_hash"]),
            audit_verified=bool(audit["verified"]),
            teams=teams,
            listens=listens,
            failed_unlocks=int(doc["totals"]["failed_unlocks"]),
            audit_entries=int(audit["entries"]),
            purpose_titles=_purpose_titles(doc.get("purpose_titles", {})),
        )
    except (KeyError, TypeError, ValueError, AttributeError):
        raise NotAReport(name) from None


def _purpose_titles(titles: Mapping[str, Any]) -> dict[str, LocalText]:
    """Each purpose's title in both languages, as a vault's JSON report carries them."""
    return {
        str(purpose): LocalText(nl=str(text.get("nl", "")), en=str(text.get("en", "")))
        for purpose, text in titles.items()
    }


class OlderReport(InputError):
    """A report from before reports named their policy: it cannot be checked against others."""

    def __init__(self, name: str) -> None:
        super().__init__(codes.REPORT_FROM_OLDER_VERSION, file=name)
        self.file = name


def _from_csv(name: str, text: str) -> VaultReport:
    reader = csv.DictReader(io.StringIO(text))
    columns = tuple(reader.fieldnames or ())
    if "vault_id" not in columns or "metric" not in columns:
        raise NotAReport(name)
    if "policy_sha256" not in columns:
        raise OlderReport(name)
    if columns != CSV_COLUMNS:
        raise NotAReport(name)
    try:
        rows = list(reader)
        # The report ends with its totals: every count, then the vault's failed unlocks.
        block = len(METRICS) + 1
        totals, body = rows[-block:], rows[:-block]
        if [r["metric"] for r in totals] != [*METRICS, "failed_unlocks"]:
            raise NotAReport(name)
        first = rows[0]
        teams: dict[str, dict[str, int]] = {}
        listens: dict[tuple[str, str, str], int] = {}
        for row in body:
            metric, count = row["metric"], int(row["count"])
            if metric == "listens" and row["purpose"]:
                listens[(row["team"], row["purpose"], row["role"])] = count
            elif metric in METRICS:
                teams.setdefault(row["team"], dict.fromkeys(METRICS, 0))[metric] = count
            else:
                raise NotAReport(name)
        for row in rows:
            same = (row["vault_id"], row["period_from"], row["period_to"], row["policy_sha256"])
            if same != (
                first["vault_id"],
                first["period_from"],
                first["period_to"],
                first["policy_sha256"],
            ):
                raise InputError(codes.REPORT_MIXES_ROWS, file=name)
        return VaultReport(
            file=name,
            vault_id=first["vault_id"],
            period_from=dt.date.fromisoformat(first["period_from"]),
            period_to=dt.date.fromisoformat(first["period_to"]),
            policy_version=int(first["policy_version"]),
            organisation=first["organisation"],
            organisation_version=_optional_int(first["organisation_policy_version"] or None),
            policy_sha256=first["policy_sha256"],
            audit_head=first["audit_head_hash"],
            audit_verified=first["audit_verified"] == "yes",
            teams=teams,
            listens=listens,
            failed_unlocks=int(totals[-1]["count"]),
        )
    except (KeyError, TypeError, ValueError, IndexError):
        raise NotAReport(name) from None


def _optional_int(value: object) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool):
        raise ValueError("not a number")
    return int(str(value))


# --- merging -----------------------------------------------------------------------------------


class TooFewReports(InputError):
    """Fewer than two vaults' reports: there is nothing to merge."""

    def __init__(self) -> None:
        super().__init__(codes.TOO_FEW_REPORTS)


class SameVaultTwice(InputError):
    """Two files are reports of one vault: its counts would be added twice."""

    def __init__(self, first: VaultReport, second: VaultReport) -> None:
        super().__init__(
            codes.SAME_VAULT_TWICE, first=first.file, second=second.file, vault=second.vault_id
        )
        self.first, self.second = first, second


class MixedPeriods(InputError):
    """Reports of different periods: their sum would count no period at all."""

    def __init__(self, first: VaultReport, other: VaultReport) -> None:
        super().__init__(
            codes.MIXED_PERIODS,
            first=first.file,
            first_start=first.period_from,
            first_end=first.period_to,
            other=other.file,
            other_start=other.period_from,
            other_end=other.period_to,
        )
        self.first, self.other = first, other


class MixedPolicies(InputError):
    """Reports made under different policies: their figures mean different things."""

    def __init__(self, first: VaultReport, other: VaultReport) -> None:
        # The policies are named in English here (the log's, the command line's); the
        # window names them in the reader's words from first and other.
        super().__init__(
            codes.MIXED_POLICIES,
            first=first.file,
            first_policy=first.policy_words,
            other=other.file,
            other_policy=other.policy_words,
        )
        self.first, self.other = first, other


def merge(reports: Sequence[VaultReport], now: dt.datetime | None = None) -> MergedReport:
    """Add up the vaults' reports; InputError when they cannot be put together honestly."""
    if len(reports) < 2:
        raise TooFewReports()
    first = reports[0]
    seen: dict[str, VaultReport] = {}
    for report in reports:
        if report.vault_id in seen:
            raise SameVaultTwice(seen[report.vault_id], report)
        seen[report.vault_id] = report
    for report in reports[1:]:
        if (report.period_from, report.period_to) != (first.period_from, first.period_to):
            raise MixedPeriods(first, report)
    for report in reports[1:]:
        same_policy = (
            " ".join(report.organisation.split()).casefold()
            == " ".join(first.organisation.split()).casefold()
            and report.organisation_version == first.organisation_version
            and report.policy_sha256 == first.policy_sha256
        )
        if not same_policy:
            raise MixedPolicies(first, report)
    teams: dict[str, Counter[str]] = {}
    listens: Counter[tuple[str, str, str]] = Counter()
    titles: dict[str, LocalText] = {}
    for report in reports:
        for name, counts in report.teams.items():
            teams.setdefault(name, Counter()).update(counts)
        listens.update(report.listens)
        titles.update(report.purpose_titles)
    return MergedReport(
        period_from=first.period_from,
        period_to=first.period_to,
        organisation=first.organisation,
        organisation_version=first.organisation_version,
        policy_sha256=first.policy_sha256,
        generated_at=now or dt.datetime.now(dt.UTC),
        vaults=tuple(reports),
        teams={name: {m: int(c[m]) for m in METRICS} for name, c in teams.items()},
        listens=dict(listens),
        failed_unlocks=sum(r.failed_unlocks for r in reports),
        purpose_titles=titles,
    )


def merge_files(paths: Sequence[Path], now: dt.datetime | None = None) -> MergedReport:
    """Read every vault's report and merge them."""
    return merge([read_report(Path(p)) for p in paths], now)
