"""What verifying the audit log found, in the interface language: heads and records.

The unlock screen and the Listen log page say the same findings in the same words: a head
some slot vouches for that the log no longer extends, a clock set back, and a listen or
notice that no longer agrees with the log entry about it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from supervisor_app.services.record_check import Problem, Record, RecordProblem
from supervisor_app.services.witnesses import HeadProblem, HeadWarning
from supervisor_app.ui.words.time_format import shown_time

# Bound once so lupdate finds the calls: it knows translate() by name.
translate = QCoreApplication.translate


def head_warning_text(warning: HeadWarning) -> str:
    """One head a slot vouches for that the log no longer extends, or a clock set back."""
    match warning.problem:
        case HeadProblem.MISSING:
            text = translate(
                "UnlockWindow",
                "The audit log was shortened: {user} saw it reach entry {seq}, but it now "
                "ends at entry {length}. Tell the privacy officer.",
            )
        case HeadProblem.REWRITTEN:
            text = translate(
                "UnlockWindow",
                "The audit log was rewritten: entry {seq} is not the one {user} saw there. "
                "Tell the privacy officer.",
            )
        case HeadProblem.FORGED:
            text = translate(
                "UnlockWindow",
                "The last log entry recorded for {user} in keyslots.json is not signed by "
                "their key: the key file was altered. Tell the privacy officer.",
            )
        case HeadProblem.UNKNOWN_KEY:
            text = translate(
                "UnlockWindow",
                "The key of {user} in keyslots.json is not the one the audit log registered "
                "for them: the key file was altered. Tell the privacy officer.",
            )
        case HeadProblem.CLOCK_BEHIND:
            text = translate(
                "UnlockWindow",
                "This computer's clock says {now}, but audit log entry {seq} was written at "
                "{written}: the clock was set back. Deadlines and deletions go by the wrong "
                "date until it is right. Correct the clock and tell the privacy officer.",
            )
        case _:
            text = translate(
                "UnlockWindow",
                "The last log entry {user} saw is missing from keyslots.json: the key file "
                "was altered or restored from an old copy. Tell the privacy officer.",
            )
    return text.format(
        user=warning.user,
        seq=warning.seq,
        length=warning.log_length,
        now=shown_time(warning.clock_at) if warning.clock_at else "",
        written=shown_time(warning.written_at) if warning.written_at else "",
    )


def record_problem_text(finding: RecordProblem) -> str:
    """One listen or notice that no longer agrees with the log entry about it."""
    names = {
        Record.LISTEN_SESSION: translate("LogFindings", "Listen session {ident}"),
        Record.LISTEN_NOTICE: translate("LogFindings", "The notice of listen session {ident}"),
        Record.EVENT_NOTICE: translate(
            "LogFindings", "The notice of the event in audit log entry {ident}"
        ),
        Record.NOTIFICATION: translate("LogFindings", "Notice {ident}"),
        Record.RECORDING: translate("LogFindings", "Recording {ident}"),
        Record.HOLD: translate("LogFindings", "Evidence hold {ident}"),
    }
    sentences = {
        Problem.MISSING: translate(
            "LogFindings", "{record}, which audit log entry {seq} records, is missing."
        ),
        Problem.ALTERED: translate(
            "LogFindings", "{record} no longer says what audit log entry {seq} records."
        ),
        Problem.UNLOGGED_STATE: translate(
            "LogFindings", "{record} is marked sent or acknowledged, but the log never says so."
        ),
        Problem.UNKNOWN: translate("LogFindings", "{record} is not in the audit log."),
    }
    record = names[finding.record].format(ident=finding.ident)
    return sentences[finding.problem].format(record=record, seq=finding.seq)
