"""The errors the domain's rules give a user: people, requests, notices and policy values.

Each code's English sentence is the log's and the command line's; ui/words/error_text.py holds the
same sentence as a tr() call, so it is translated with the rest of the interface.
"""

from __future__ import annotations

from typing import Final

from supervisor_app.domain.errors import error_code

# --- people (domain/people.py, domain/roles.py) -------------------------------------------------

USER_NAME_EMPTY: Final = error_code("people.user_name_empty", "Enter a user name.")
USER_NAME_INVALID: Final = error_code(
    "people.user_name_invalid",
    "“{name}” cannot be a user name; use up to 64 letters, digits, spaces, dots or dashes "
    "(and not the word “recovery”).",
)
TEAM_NAME_INVALID: Final = error_code(
    "people.team_name_invalid", "Enter a team name of at most {limit} characters."
)
AGENT_NAME_INVALID: Final = error_code(
    "people.agent_name_invalid", "Enter the agent's name (at most {limit} characters)."
)
AGENT_NO_EXTENSION: Final = error_code(
    "people.agent_no_extension", "Give the agent at least one telephone extension."
)
EXTENSION_INVALID: Final = error_code(
    "people.extension_invalid",
    "“{extension}” is not a telephone extension; use digits only, such as 201.",
)
EMAIL_INVALID: Final = error_code(
    "people.email_invalid", "“{email}” is not an e-mail address; check it or leave it empty."
)
USER_NO_ROLE: Final = error_code("people.user_no_role", "Give the user at least one role.")
ROLE_NEEDS_TEAM: Final = error_code(
    "people.role_needs_team",
    "The role {role} works for chosen teams only; name at least one team.",
)
UNKNOWN_ROLE: Final = error_code(
    "people.unknown_role", "Unknown role “{role}”; use one of: {valid}."
)

# --- requests from agents and callers (domain/requests.py) --------------------------------------

REQUEST_RECEIVED_IN_FUTURE: Final = error_code(
    "requests.received_in_future",
    "The day of receipt {date} lies in the future; enter the day the request arrived.",
)
REQUEST_ALREADY_EXTENDED: Final = error_code(
    "requests.already_extended",
    "This request was already extended; the law allows one extension.",
)
REQUEST_ALREADY_ANSWERED: Final = error_code(
    "requests.already_answered", "This request was already answered."
)
REQUEST_ALREADY_REFUSED: Final = error_code(
    "requests.already_refused", "This request was already refused."
)
REQUEST_FIRST_MONTH_PASSED: Final = error_code(
    "requests.first_month_passed",
    "The first month has passed, so the deadline can no longer be extended: the subject must "
    "be told of an extension within that month. Answer it now.",
)
REQUEST_EXTENSION_REASON: Final = error_code(
    "requests.extension_reason",
    "Write why two more months are needed, in at least {least} characters; the subject is "
    "told this reason.",
)
REQUEST_REFUSAL_NOTE: Final = error_code(
    "requests.refusal_note", "Write why the request is refused, in at least {least} characters."
)
REQUEST_ANSWER_NOTE: Final = error_code(
    "requests.answer_note", "Write how the request was answered."
)
REQUEST_NOTE_TOO_LONG: Final = error_code(
    "requests.note_too_long", "Keep the note under {limit} characters."
)

# --- notices (domain/notifications.py) ----------------------------------------------------------

NOTICE_OUTSIDE_NOTE: Final = error_code(
    "notices.outside_note",
    "Say how the notice reached the agent outside the app, for example “handed over in "
    "person on 3 December”.",
)
RECEIPT_CODE_INVALID: Final = error_code(
    "notices.receipt_code_invalid",
    "“{code}” is not a receipt code; it has 12 letters a–f and digits, written like "
    "3f9a-0c12-be47.",
)

# --- policy values (domain/policy.py) ------------------------------------------------------------

CONSENT_REFUSED: Final = error_code(
    "policy.consent_refused",
    "Consent is not a valid legal basis for recording employees, because an employee cannot "
    "freely refuse their employer; use legitimate_interest (usual), legal_obligation or "
    "contract.",
)
UNKNOWN_LEGAL_BASIS: Final = error_code(
    "policy.unknown_legal_basis", "Unknown legal basis “{basis}”; use one of: {valid}."
)
EXTENSION_RANGE_INVALID: Final = error_code(
    "policy.extension_range_invalid",
    "“{part}” is not an extension or a range of extensions; write numbers like 100-399 or 500, "
    "separated by commas.",
)
EXTENSION_RANGE_BACKWARDS: Final = error_code(
    "policy.extension_range_backwards",
    "The range “{part}” runs backwards; write the lower number first.",
)

# --- calls read from an export (domain/calls.py) -------------------------------------------------

ALREADY_READ: Final = error_code(
    "calls.already_read", "call {call} was already read; this copy is skipped"
)
ALREADY_READ_FROM: Final = error_code(
    "calls.already_read_from",
    "call {call} was already read from {file}; this copy is skipped",
)

# --- the access gate (domain/access.py) ----------------------------------------------------------

POLICY_INCOMPLETE_NO_LISTEN: Final = error_code(
    "access.policy_incomplete",
    "The recording policy is not complete, so nobody may listen yet; ask an administrator to "
    "finish it.",
)
NO_LISTENER_ROLE: Final = error_code(
    "access.no_listener_role",
    "Administrators and auditors cannot listen to recordings; only team leads and quality "
    "coaches can.",
)
UNKNOWN_PURPOSE: Final = error_code(
    "access.unknown_purpose",
    "The recording policy has no purpose “{purpose}”; choose one of its purposes.",
)
ROLE_NOT_ALLOWED: Final = error_code(
    "access.role_not_allowed",
    "The policy does not let your role listen for the purpose “{purpose}”.",
)
RETENTION_PASSED: Final = error_code(
    "access.retention_passed",
    "The time this recording may be kept for “{purpose}” has passed; it can no longer be heard "
    "for that purpose.",
)
PURPOSE_NOT_HELD: Final = error_code(
    "access.purpose_not_held",
    "This recording is not kept for “{purpose}”, so it cannot be heard for that purpose.",
)
OTHER_TEAM: Final = error_code(
    "access.other_team",
    "The agent of this recording is not in a team you may listen to for “{purpose}”.",
)
PRIVATE_CALL: Final = error_code(
    "access.private_call",
    "This was a private call: its audio was destroyed and nobody may listen to it.",
)
PURGED: Final = error_code(
    "access.purged",
    "This recording was deleted when its retention ended; there is nothing to hear.",
)
ERASED: Final = error_code(
    "access.erased", "This recording was erased on request; there is nothing to hear."
)
NOT_PLAYABLE: Final = error_code(
    "access.not_playable", "This recording cannot be heard in its current state."
)
NO_RECORDING: Final = error_code("access.no_recording", "There is no recording {recording}.")

# --- the agents list from HR (domain/agent_roster.py) -----------------------------------------

ROSTER_EMPTY: Final = error_code(
    "roster.empty",
    "The agents list is empty; it needs a heading line with the columns extension, name and "
    "team, and one line per agent.",
)
ROSTER_TOO_LONG: Final = error_code(
    "roster.too_long", "The agents list has more than {limit} lines; split it by team."
)
ROSTER_NOT_CSV: Final = error_code(
    "roster.not_csv",
    "The agents list cannot be read as CSV at line {line} ({reason}); save it again from the "
    "spreadsheet as CSV.",
)
ROSTER_NO_COLUMN: Final = error_code(
    "roster.no_column",
    "The agents list has no column {columns} in its heading line; the columns are extension, "
    "name, team, e-mail and language.",
)
ROSTER_LINE: Final = error_code("roster.line", "Line {line}: {problem}")
ROSTER_LANGUAGE: Final = error_code(
    "roster.language",
    "the language “{language}” is neither nl nor en; write nl or en, or leave it empty for nl.",
)
ROSTER_EXTENSION_TWICE: Final = error_code(
    "roster.extension_twice",
    "extension {extension} is also on line {first}; give each extension to one agent only.",
)
ROSTER_EXTENSIONS_OF_SEVERAL: Final = error_code(
    "roster.extensions_of_several",
    "the extensions {extensions} belong to {count} different agents in the vault; put each "
    "agent on a line of their own.",
)
ROSTER_AGENT_TWICE: Final = error_code(
    "roster.agent_twice",
    "this agent is also on line {first}; put all of an agent's extensions on one line.",
)

# --- backups (domain/backups.py) ----------------------------------------------------------------

BACKUP_KEEP_AT_LEAST: Final = error_code(
    "backups.keep_at_least", "Keep backups for at least 1 day."
)
BACKUP_KEEP_AT_MOST: Final = error_code(
    "backups.keep_at_most",
    "Backups may be kept for at most {limit} days, the longest retention in the policy; a "
    "backup kept longer would keep recordings past their retention.",
)

# --- coaching (domain/coaching.py) ----------------------------------------------------------------

COMMENT_TOO_LONG: Final = error_code(
    "coaching.comment_too_long", "Shorten the comment to at most {limit} characters."
)
NOTE_EMPTY: Final = error_code(
    "coaching.note_empty", "Write the note first; an empty note says nothing."
)
NOTE_TOO_LONG: Final = error_code(
    "coaching.note_too_long", "Shorten the note to at most {limit} characters."
)
SUMMARY_TOO_LONG: Final = error_code(
    "coaching.summary_too_long", "Shorten the summary to at most {limit} characters."
)
