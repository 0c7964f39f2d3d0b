"""Translated words for requests from agents and callers: kinds, states, subjects, deadlines."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from supervisor_app.domain.requests import RequestKind, RequestState, SubjectKind
from supervisor_app.services.requests import RequestRow, RequestView
from supervisor_app.ui.words.time_format import local_date

# Bound once so lupdate finds the calls: it knows translate() by name.
translate = QCoreApplication.translate


def kind_name(kind: RequestKind) -> str:
    """What the person asks for, with the article of the AVG that gives the right."""
    names = {
        RequestKind.ACCESS: translate("RequestLabels", "Access (art. 15)"),
        RequestKind.ERASURE: translate("RequestLabels", "Erasure (art. 17)"),
        RequestKind.OBJECTION: translate("RequestLabels", "Objection (art. 21)"),
        RequestKind.RESTRICTION: translate("RequestLabels", "Restriction (art. 18)"),
    }
    return names[kind]


def subject_text(row: RequestRow) -> str:
    """Who asked: the agent by name, or the caller by number."""
    if row.subject_kind is SubjectKind.AGENT:
        return translate("RequestLabels", "{name} (agent)").format(name=row.agent_name or "?")
    return translate("RequestLabels", "Caller {number}").format(number=row.number or "?")


def state_text(view: RequestView) -> str:
    """Where a request stands today: days left, overdue, or how and when it was closed."""
    row = view.row
    if view.overdue:
        late = -view.days_left
        return (
            translate("RequestLabels", "Overdue by 1 day")
            if late == 1
            else translate("RequestLabels", "Overdue by {n} days").format(n=late)
        )
    if row.state.is_open:
        word = (
            translate("RequestLabels", "Extended")
            if row.state is RequestState.EXTENDED
            else translate("RequestLabels", "Open")
        )
        if view.days_left == 0:
            left = translate("RequestLabels", "due today")
        elif view.days_left == 1:
            left = translate("RequestLabels", "1 day left")
        else:
            left = translate("RequestLabels", "{n} days left").format(n=view.days_left)
        return f"{word} · {left}"
    day = local_date(row.closed_on) if row.closed_on else ""
    if row.state is RequestState.REFUSED:
        return translate("RequestLabels", "Refused on {date}").format(date=day)
    if row.closed_on is not None and row.closed_on > row.deadline:
        return translate("RequestLabels", "Answered late, on {date}").format(date=day)
    return translate("RequestLabels", "Answered on {date}").format(date=day)


def state_name(state: RequestState) -> str:
    """A state on its own, as the filter names it."""
    names = {
        RequestState.OPEN: translate("RequestLabels", "Open"),
        RequestState.EXTENDED: translate("RequestLabels", "Extended"),
        RequestState.ANSWERED: translate("RequestLabels", "Answered"),
        RequestState.REFUSED: translate("RequestLabels", "Refused"),
    }
    return names[state]
