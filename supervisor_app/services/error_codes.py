"""The errors of the use cases: who may do what, names that do not exist, files, requests.

Each code's English sentence is the log's and the command line's; lupdate reads each
``error_code`` call as a translatable text (context: the code's name), and ui/words/error_text.py
shows it in the interface language.
"""

from __future__ import annotations

from typing import Final

from supervisor_app.domain.errors import error_code

# --- who may do what ----------------------------------------------------------------------------

ONLY_ADMIN_TEAMS: Final = error_code("rights.admin_teams", "Only an administrator can add teams.")
ONLY_ADMIN_ADD_AGENTS: Final = error_code(
    "rights.admin_add_agents", "Only an administrator can add agents."
)
ONLY_ADMIN_CHANGE_AGENTS: Final = error_code(
    "rights.admin_change_agents", "Only an administrator can change agents."
)
ONLY_ADMIN_ADD_USERS: Final = error_code(
    "rights.admin_add_users", "Only an administrator can add users."
)
ONLY_ADMIN_ROLES: Final = error_code(
    "rights.admin_roles", "Only an administrator can change roles."
)
ONLY_ADMIN_PASSPHRASE: Final = error_code(
    "rights.admin_passphrase", "Only an administrator can change another user's passphrase."
)
ONLY_ADMIN_REMOVE_USERS: Final = error_code(
    "rights.admin_remove_users", "Only an administrator can remove users."
)
ONLY_ADMIN_REKEY: Final = error_code(
    "rights.admin_rekey", "Only an administrator can rekey the vault."
)
ONLY_ADMIN_RECOVERY_KEY: Final = error_code(
    "rights.admin_recovery_key", "Only an administrator can replace the recovery key."
)
RECOVERY_KEY_NOT_WITH_ITSELF: Final = error_code(
    "rights.recovery_key_not_with_itself",
    "The recovery key cannot replace itself; unlock as an administrator with your passphrase "
    "and replace it then.",
)
ONLY_ADMIN_POLICY: Final = error_code(
    "rights.admin_policy", "Only an administrator can change the recording policy."
)
ONLY_ADMIN_PUBLISH: Final = error_code(
    "rights.admin_publish", "Only an administrator can publish documents."
)
ONLY_ADMIN_ACKNOWLEDGEMENTS: Final = error_code(
    "rights.admin_acknowledgements",
    "Only an administrator can record protocol acknowledgements.",
)
ONLY_ADMIN_ERASE: Final = error_code(
    "rights.admin_erase", "Only an administrator can erase recordings."
)
ONLY_ADMIN_OBJECTIONS: Final = error_code(
    "rights.admin_objections", "Only an administrator can record objections."
)
ONLY_ADMIN_LIFT_OBJECTIONS: Final = error_code(
    "rights.admin_lift_objections", "Only an administrator can lift objections."
)
ONLY_ADMIN_REGISTER_REQUESTS: Final = error_code(
    "rights.admin_register_requests", "Only an administrator can register requests."
)
ONLY_ADMIN_EXTEND_REQUESTS: Final = error_code(
    "rights.admin_extend_requests", "Only an administrator can extend requests."
)
ONLY_ADMIN_CLOSE_REQUESTS: Final = error_code(
    "rights.admin_close_requests", "Only an administrator can close requests."
)
ONLY_ADMIN_EXPORT: Final = error_code(
    "rights.admin_export", "Only an administrator can export a person's data."
)
ONLY_READER_TRANSPARENCY: Final = error_code(
    "rights.reader_transparency",
    "Only an administrator or an auditor can make the transparency report.",
)
ONLY_READER_OBJECTIONS: Final = error_code(
    "rights.reader_objections", "Only an administrator or an auditor can see objections."
)
ONLY_READER_REQUESTS: Final = error_code(
    "rights.reader_requests",
    "Only an administrator or an auditor can see the requests register.",
)
ONLY_READER_LOG: Final = error_code(
    "rights.reader_log", "Only an administrator or auditor can verify or export the log."
)
ONLY_READER_WHO_LISTENS: Final = error_code(
    "rights.reader_who_listens", "Only an administrator or auditor can see who may listen."
)
ONLY_READER_RECEIPTS: Final = error_code(
    "rights.reader_receipts", "Only an administrator or auditor can check a receipt."
)
ONLY_IMPORTERS: Final = error_code(
    "rights.importers", "Only an administrator or a team lead can import calls."
)
ONLY_SENDERS_SENT: Final = error_code(
    "rights.senders_sent",
    "Only an administrator, a team lead or a quality coach can record that a notice was sent.",
)
ONLY_SENDERS_ACKNOWLEDGED: Final = error_code(
    "rights.senders_acknowledged",
    "Only an administrator, a team lead or a quality coach can record that an agent "
    "acknowledged a notice.",
)
ONLY_SENDERS_DEFER: Final = error_code(
    "rights.senders_defer",
    "Only an administrator, a team lead or a quality coach can defer a notice.",
)
PRIVATE_FLAG_DENIED: Final = error_code(
    "rights.private_flag",
    "Only someone who may listen to this recording can flag it as a private call.",
)
HOLD_ROLE_DENIED: Final = error_code(
    "rights.hold_role",
    "The policy does not let your role keep recordings as evidence for “{purpose}”.",
)
HOLD_TEAM_DENIED: Final = error_code(
    "rights.hold_team",
    "The agent of this recording is not in a team you may hold recordings for.",
)
RELEASE_DENIED: Final = error_code(
    "rights.release",
    "Only an administrator or someone who may place this hold can release it.",
)

# --- the session -------------------------------------------------------------------------------

NO_LONGER_A_USER: Final = error_code(
    "session.no_longer_a_user",
    "“{name}” has a key but is no longer a user of this vault; ask an administrator.",
)
REKEY_INTERRUPTED: Final = error_code(
    "session.rekey_interrupted",
    "A rekey of this vault was interrupted; unlock once as a user who has unlocked since the "
    "last update, so it can be finished.",
)
SIGNING_KEY_UNKNOWN: Final = error_code(
    "session.signing_key_unknown",
    "The audit log knows another signing key for “{name}”, or none: this key slot is an old "
    "copy, or the log was rewritten. Tell the privacy officer; an administrator can set a new "
    "passphrase.",
)

# --- people -------------------------------------------------------------------------------------

TEAM_EXISTS: Final = error_code("people.team_exists", "There is already a team called “{name}”.")
NO_TEAM: Final = error_code(
    "people.no_team", "There is no team called “{name}”; add it first with “team add”."
)
AGENT_GONE: Final = error_code(
    "people.agent_gone", "That agent no longer exists; refresh the list."
)
EXTENSION_TAKEN: Final = error_code(
    "people.extension_taken", "Extension {extension} already belongs to another agent."
)
ROLE_NEEDS_A_TEAM: Final = error_code(
    "people.role_needs_a_team",
    "The role {role} works for chosen teams only; choose at least one team.",
)
USER_EXISTS: Final = error_code("people.user_exists", "There is already a user called “{name}”.")
REMOVE_YOURSELF: Final = error_code(
    "people.remove_yourself", "You cannot remove yourself; ask another administrator."
)
NO_USER: Final = error_code("people.no_user", "There is no user called “{name}”.")
LAST_ADMINISTRATOR: Final = error_code(
    "people.last_administrator",
    "This is the last administrator; make someone else administrator first.",
)
NO_AGENT_WITH_EXTENSION: Final = error_code(
    "people.no_agent_with_extension", "No agent has extension {extension}; check the number."
)
NO_AGENT: Final = error_code("people.no_agent", "There is no agent {agent}.")

# --- passphrases --------------------------------------------------------------------------------

PASSPHRASE_TOO_SHORT: Final = error_code(
    "passphrase.too_short",
    "This passphrase is too short; use at least {least} characters, for example four "
    "unrelated words.",
)
PASSPHRASE_COMMON: Final = error_code(
    "passphrase.common",
    "This passphrase is too easy to guess: it is, or looks like, a commonly used password. Add "
    "more unrelated words.",
)
PASSPHRASE_WORD: Final = error_code(
    "passphrase.word",
    "This passphrase is too easy to guess: a single word or name is found quickly. Add more "
    "unrelated words.",
)
PASSPHRASE_PATTERN: Final = error_code(
    "passphrase.pattern",
    "This passphrase is too easy to guess: keyboard patterns, sequences and repeats are found "
    "quickly. Add more unrelated words.",
)
PASSPHRASE_DATE: Final = error_code(
    "passphrase.date",
    "This passphrase is too easy to guess: dates and years are found quickly. Add more "
    "unrelated words.",
)
PASSPHRASE_WEAK: Final = error_code(
    "passphrase.weak", "This passphrase is too easy to guess. Add more unrelated words."
)

# --- the policy and its documents ---------------------------------------------------------------

POLICY_INCOMPLETE_IMPORT: Final = error_code(
    "policy.incomplete_import",
    "The recording policy is not complete, so importing calls is not allowed yet. Still "
    "missing:\n{missing}",
)
POLICY_FILE_EMPTY: Final = error_code(
    "policy.file_empty",
    "The policy file {file} is empty; export the current policy with “policy export”, edit "
    "that file and import it.",
)
POLICY_FILE_REFUSED: Final = error_code(
    "policy.file_refused",
    "The policy file {file} was not imported because it has {count} problems; fix them and "
    "import it again:\n{problems}",
)
POLICY_FILE_REFUSED_ONE: Final = error_code(
    "policy.file_refused_one",
    "The policy file {file} was not imported because it has a problem; fix it and import it "
    "again:\n{problems}",
)
POLICY_FILE_UNREADABLE: Final = error_code(
    "policy.file_unreadable", "The policy file {file} cannot be read ({reason})."
)
POLICY_FILE_NOT_TEXT: Final = error_code(
    "policy.file_not_text", "The policy file {file} cannot be read: it is not UTF-8 text."
)
NO_POLICY_VERSION: Final = error_code("policy.no_version", "There is no policy version {version}.")
DOCUMENTS_BLOCKED: Final = error_code(
    "documents.blocked",
    "The documents can be published once the rest of the policy is complete; first: {first}",
)
DOCUMENTS_NEED_SAVED_POLICY: Final = error_code(
    "documents.need_saved_policy",
    "The documents can be published once the rest of the policy is complete; first: save the "
    "policy.",
)
DOCUMENT_NOT_PUBLISHED: Final = error_code(
    "documents.not_published",
    "No {kind} has been published; publish the documents first.",
)
DOCUMENT_VERSION_NOT_PUBLISHED: Final = error_code(
    "documents.version_not_published",
    "No {kind} has been published as version {version}; publish the documents first.",
)
NO_PROTOCOL_YET: Final = error_code(
    "documents.no_protocol_yet",
    "No agent protocol has been published yet; publish the documents first.",
)
NO_PROTOCOL_VERSION: Final = error_code(
    "documents.no_protocol_version",
    "There is no protocol version {version}; the current one is {current}.",
)
RECEIVED_IN_FUTURE: Final = error_code(
    "documents.received_in_future", "The date received cannot be in the future."
)
UNKNOWN_LANGUAGE: Final = error_code(
    "documents.unknown_language", "Choose the language nl or en, not “{language}”."
)
UNKNOWN_DOCUMENT: Final = error_code(
    "documents.unknown_document", "There is no document called “{kind}”; choose {valid}."
)

# --- listening ----------------------------------------------------------------------------------

LISTEN_SESSION_ENDED: Final = error_code(
    "listen.session_ended", "This listen session has ended; open a new one to listen again."
)
LISTEN_REASON_SHORT: Final = error_code(
    "listen.reason_short", "Write why you listen to this call, in at least {least} characters."
)
CASE_REFERENCE_TOO_LONG: Final = error_code(
    "listen.case_reference_too_long",
    "Shorten the case reference to at most {limit} characters.",
)
CASE_REFERENCE_NEEDED: Final = error_code(
    "listen.case_reference_needed",
    "Listening for “{purpose}” needs the case reference (dossiernummer) of the dispute.",
)
CONFIRM_PRIVATE: Final = error_code(
    "listen.confirm_private",
    "Confirm that this is a private call: its audio is destroyed for good.",
)
NO_RECORDING: Final = error_code("recordings.no_recording", "There is no recording {recording}.")
NO_AUDIO_LEFT: Final = error_code(
    "recordings.no_audio_left", "Recording {recording} holds no audio any more."
)
NO_BATCH: Final = error_code("recordings.no_batch", "There is no import batch {batch}.")

# --- evidence holds -----------------------------------------------------------------------------

HOLD_CASE_REFERENCE: Final = error_code(
    "holds.case_reference",
    "Enter the case reference (dossiernummer) of at most {limit} characters.",
)
HOLD_REASON_SHORT: Final = error_code(
    "holds.reason_short",
    "Write why this recording is needed as evidence, in at least {least} characters.",
)
HOLD_IN_PAST: Final = error_code(
    "holds.in_past",
    "The hold's last day cannot be in the past; leave it empty or pick a later day.",
)
HOLD_UNKNOWN_PURPOSE: Final = error_code(
    "holds.unknown_purpose", "The recording policy has no purpose “{purpose}”."
)
HOLD_NOT_ALLOWED: Final = error_code(
    "holds.not_allowed",
    "The purpose “{purpose}” does not allow keeping recordings as evidence; the policy names "
    "the purposes that do.",
)
HOLD_NOT_KEPT_FOR: Final = error_code(
    "holds.not_kept_for",
    "This recording is not kept for “{purpose}”, so it cannot be held as evidence for it.",
)
HOLD_RETENTION_ENDED: Final = error_code(
    "holds.retention_ended",
    "The retention for “{purpose}” has already ended; the recording will be deleted at the "
    "next purge and can no longer be held.",
)
RELEASE_REASON_SHORT: Final = error_code(
    "holds.release_reason_short",
    "Write why the hold ends, in at least {least} characters.",
)
NO_HOLD: Final = error_code("holds.no_hold", "There is no evidence hold {hold}.")
HOLD_RELEASED: Final = error_code(
    "holds.already_released", "Evidence hold {hold} was already released."
)

# --- notices ------------------------------------------------------------------------------------

NO_NOTICE: Final = error_code("notices.no_notice", "There is no notification {notice}.")
NOTICE_ALREADY_SENT: Final = error_code(
    "notices.already_sent", "Notification {notice} was already sent."
)
NOTICE_ALREADY_ACKNOWLEDGED: Final = error_code(
    "notices.already_acknowledged", "Notification {notice} was already acknowledged."
)
NOTICE_CHANGED: Final = error_code(
    "notices.changed",
    "Notification {notice} changed since it was shown (a call was added); show it again and "
    "send that text.",
)
NOTICE_NOT_SENT: Final = error_code(
    "notices.not_sent",
    "Notification {notice} is still pending; only a sent notice can be acknowledged.",
)
UNKNOWN_CHANNEL: Final = error_code(
    "notices.unknown_channel", "Unknown channel “{channel}”; use one of: {valid}."
)

# --- requests, objections and erasure -----------------------------------------------------------

NOT_A_PHONE_NUMBER: Final = error_code(
    "requests.not_a_phone_number",
    "“{number}” is not a telephone number; write it as, for example, 0612345678 or "
    "+31 6 1234 5678.",
)
NO_REQUEST: Final = error_code("requests.no_request", "There is no request {request}.")
NAME_SUBJECT_ONCE: Final = error_code(
    "requests.name_subject_once",
    "Name the subject once: an agent (by extension) or a caller (by phone number).",
)
REQUEST_TEXT_TOO_LONG: Final = error_code(
    "requests.text_too_long",
    "Keep how it was verified under {verification} characters and the note under {note}.",
)
UNKNOWN_REQUEST_KIND: Final = error_code(
    "requests.unknown_kind", "“{kind}” is not a kind of request; use one of: {valid}."
)
UNKNOWN_OUTCOME: Final = error_code(
    "requests.unknown_outcome", "“{outcome}” is not an outcome; use answered or refused."
)
CONFIRM_ERASURE: Final = error_code(
    "erasure.confirm",
    "Confirm the erasure after reading its preview: the audio is destroyed for good.",
)
ERASURE_WRONG_KIND: Final = error_code(
    "erasure.wrong_kind",
    "Request {request} is a request for {kind}; erase only to answer an erasure request or an "
    "objection.",
)
REQUEST_ALREADY_CLOSED: Final = error_code(
    "erasure.request_closed", "Request {request} was already {state}; register a new request."
)
NAME_TARGET_ONCE: Final = error_code(
    "erasure.name_target_once", "Name what to erase once: a number, an agent or one recording."
)
NOT_THE_SUBJECT: Final = error_code(
    "erasure.not_the_subject",
    "That is not the subject of request {request}; erase only the data of the person who asked.",
)
NOT_THIS_OBJECTION: Final = error_code(
    "objections.not_this_agent",
    "Request {request} is not this agent's objection; name the right request.",
)
OBJECTION_IN_FORCE: Final = error_code(
    "objections.in_force", "This agent's objection is already recorded and in force."
)
NO_OBJECTION: Final = error_code("objections.none", "This agent has no objection in force.")
OBJECTION_REASON_SHORT: Final = error_code(
    "objections.reason_short", "Write why the agent objects, in at least {least} characters."
)
OBJECTION_END_REASON_SHORT: Final = error_code(
    "objections.end_reason_short",
    "Write why the objection ends, in at least {least} characters.",
)

# --- exports ------------------------------------------------------------------------------------

UNKNOWN_AUDIO_FORMAT: Final = error_code(
    "export.unknown_audio_format", "“{format}” is not an audio format here; use flac or wav."
)
CONFIRM_PLAIN_FOLDER: Final = error_code(
    "export.confirm_plain_folder",
    "An unencrypted folder takes the data out of the vault without protection; confirm the "
    "warning first, or export an encrypted ZIP file.",
)
FOLDER_HOLDS_FILES: Final = error_code(
    "export.folder_holds_files", "Choose a new or empty folder; {folder} already holds files."
)
IS_A_FOLDER: Final = error_code(
    "export.is_a_folder", "{path} is a folder; choose a file name such as export.zip."
)
EXPORT_WRONG_KIND: Final = error_code(
    "export.wrong_kind",
    "Request {request} is a request for {kind}; an export answers an access request.",
)
EXPORT_REQUEST_CLOSED: Final = error_code(
    "export.request_closed", "Request {request} was already {state}."
)
NAME_EXPORT_SUBJECT_ONCE: Final = error_code(
    "export.name_subject_once", "Name whose data to export: an agent or a caller's number, once."
)
EXPORT_NOT_THE_SUBJECT: Final = error_code(
    "export.not_the_subject",
    "That is not the subject of request {request}; export only the data of the person who asked.",
)
EXPORT_UNKNOWN_LANGUAGE: Final = error_code(
    "export.unknown_language", "“{language}” is not a language here; use nl or en."
)
AUDIO_FINGERPRINT_MISMATCH: Final = error_code(
    "export.audio_fingerprint_mismatch",
    "The audio of recording {recording} does not match its stored fingerprint; the vault may be "
    "damaged: run a check of the vault before exporting.",
)
EXPORT_CANCELLED: Final = error_code(
    "export.cancelled", "The export was stopped; nothing was written."
)
EXPORT_NOT_SAVED: Final = error_code(
    "export.not_saved",
    "Could not save {file} in {folder} ({reason}); choose another folder or free some disk "
    "space. Nothing was written.",
)
EXPORT_FOLDER_NOT_SAVED: Final = error_code(
    "export.folder_not_saved",
    "Could not save the folder {file} in {folder} ({reason}); choose another folder or free "
    "some disk space. Nothing was written.",
)
FILE_NOT_SAVED: Final = error_code(
    "files.not_saved",
    "Could not save {file} in {folder} ({reason}); choose another folder or free some disk space.",
)
PDF_NOT_STARTED: Final = error_code(
    "files.pdf_not_started", "The PDF could not be started; try exporting again."
)
REPORT_PERIOD_BACKWARDS: Final = error_code(
    "reports.period_backwards", "The period ends before it starts; check the two dates."
)
DEMO_FOLDER_NOT_EMPTY: Final = error_code(
    "demo.folder_not_empty", "The folder {folder} is not empty; choose a new or empty folder."
)

# --- the audit log's anchors --------------------------------------------------------------------

NOT_AN_ANCHOR: Final = error_code(
    "log.not_an_anchor",
    "The file {file} is not an audit-log anchor; choose the file “log anchor” wrote.",
)
ANCHOR_UNREADABLE: Final = error_code(
    "log.anchor_unreadable", "The anchor file {file} cannot be read ({reason})."
)

# --- backups and restores (services/backup.py) --------------------------------------------------

ONLY_ADMIN_OR_AUDITOR_BACKUP: Final = error_code(
    "rights.backup", "Only an administrator or an auditor can back up the vault."
)
ONLY_ADMIN_RESTORE: Final = error_code(
    "rights.restore",
    "Only an administrator of the vault (or its recovery key) can restore a backup.",
)
BACKUP_INSIDE_VAULT: Final = error_code(
    "backup.inside_vault",
    "Choose a backup folder outside the vault folder, preferably on another disk.",
)
RESTORE_TARGET_HOLDS_VAULT: Final = error_code(
    "backup.target_holds_vault",
    "The folder {folder} already holds a vault; say that the backup may replace it (--replace; "
    "the vault there is kept next to it under another name).",
)
RESTORE_TARGET_NOT_EMPTY: Final = error_code(
    "backup.target_not_empty",
    "The folder {folder} is not empty and holds no vault; choose a new or empty folder.",
)
BACKUP_LOG_DOES_NOT_VERIFY: Final = error_code(
    "backup.log_does_not_verify",
    "The backup's audit log does not verify: it was altered after it was made. Choose another "
    "backup.",
)
VAULT_NOT_REPLACED: Final = error_code(
    "backup.vault_not_replaced",
    "The vault folder {folder} could not be replaced ({reason}); close every program that uses "
    "it and try again. Nothing was changed.",
)

# --- the agents list from HR (services/agent_import.py) -----------------------------------------

ONLY_ADMIN_IMPORT_AGENTS: Final = error_code(
    "rights.import_agents", "Only an administrator can import agents."
)
AGENTS_LIST_UNREADABLE: Final = error_code(
    "agents_list.unreadable", "The agents list {path} cannot be read ({reason})."
)
AGENTS_LIST_TOO_LARGE: Final = error_code(
    "agents_list.too_large", "The agents list {name} is larger than 5 MB; is it the right file?"
)
AGENTS_LIST_LINE_WRONG: Final = error_code(
    "agents_list.line_wrong",
    "The agents list {name} was not imported because 1 line is wrong; correct it and import "
    "the list again:\n{lines}",
)
AGENTS_LIST_LINES_WRONG: Final = error_code(
    "agents_list.lines_wrong",
    "The agents list {name} was not imported because {count} lines are wrong; correct them "
    "and import the list again:\n{lines}",
)
AGENTS_LIST_ONLY_MISSING_LEAVE: Final = error_code(
    "agents_list.only_missing_leave",
    "Only agents the list no longer names can be marked as left; look at the preview again.",
)

# --- the organisation's policy file (services/policy_source.py) ---------------------------------

POLICY_VERSION_NOT_NUMBER: Final = error_code(
    "policy_source.version_not_number",
    "{key} must be a whole number of 1 or more, such as 3; raise it with every change of the "
    "organisation's policy.",
)
POLICY_OTHER_ORGANISATION: Final = error_code(
    "policy_source.other_organisation",
    "This vault holds the recording policy of “{ours}”, and {file} is the policy of “{theirs}”; "
    "it was not imported. Import your own organisation's policy file.",
)
POLICY_FILE_UNNUMBERED: Final = error_code(
    "policy_source.unnumbered",
    "This vault holds version {in_force} of the policy of “{ours}”, and {file} has no {key}, "
    "so it cannot be told from an older version; give it its number (at least {in_force}) and "
    "import it again.",
)
POLICY_FILE_OLDER: Final = error_code(
    "policy_source.older",
    "{file} is version {number} of the policy of “{ours}”, older than version {in_force}, "
    "which this vault already holds; it was not imported. Import version {in_force} or newer.",
)
POLICY_FILE_SAME_NUMBER: Final = error_code(
    "policy_source.same_number",
    "Version {number} of the policy of “{ours}” is already in this vault with other content; "
    "give the changed file a higher {key} and import it again.",
)

# --- one transparency report from many vaults (services/report_merge.py) ------------------------

REPORT_UNREADABLE: Final = error_code(
    "report_merge.unreadable", "The report {path} cannot be read ({reason})."
)
REPORT_TOO_LARGE: Final = error_code(
    "report_merge.too_large", "{file} is too large to be a transparency report."
)
REPORT_NOT_TEXT: Final = error_code(
    "report_merge.not_text", "{file} is not a transparency report (it is not text)."
)
NOT_A_REPORT: Final = error_code(
    "report_merge.not_a_report",
    "{file} is not a transparency report of a vault; add the JSON or CSV files that each "
    "vault's Reports page (or “report transparency”) saved.",
)
REPORT_FROM_OLDER_VERSION: Final = error_code(
    "report_merge.older_version",
    "{file} was made by an earlier version of Supervisor App and does not say which policy it "
    "was made under; make that vault's report again.",
)
REPORT_MIXES_ROWS: Final = error_code(
    "report_merge.mixes_rows",
    "{file} mixes the rows of several reports; give each vault's report as its own file.",
)
TOO_FEW_REPORTS: Final = error_code(
    "report_merge.too_few", "Give the transparency reports of at least two vaults to merge."
)
SAME_VAULT_TWICE: Final = error_code(
    "report_merge.same_vault_twice",
    "{first} and {second} are both reports of vault {vault}; give each vault's report once.",
)
MIXED_PERIODS: Final = error_code(
    "report_merge.mixed_periods",
    "The reports cover different periods: {first} covers {first_start} to {first_end}, {other} "
    "covers {other_start} to {other_end}; make every vault's report for the same period.",
)
MIXED_POLICIES: Final = error_code(
    "report_merge.mixed_policies",
    "The reports were made under different recording policies: {first} under {first_policy}, "
    "{other} under {other_policy}; import the same policy file into every vault and make the "
    "reports again.",
)

# --- coaching: scorecards, notes and trends (services/coaching.py) ------------------------------

NOT_A_COACHING_PURPOSE: Final = error_code(
    "coaching.not_coaching_purpose",
    "A listen for “{purpose}” has no scorecard: the policy does not mark that purpose as coaching.",
)
NO_LISTEN_SESSION: Final = error_code(
    "coaching.no_listen_session", "There is no listen session {session}."
)
ONLY_LISTENER_SCORES: Final = error_code(
    "rights.only_listener_scores", "Only the person who listened can score this listen."
)
SCORED_AUDIO_DELETED: Final = error_code(
    "coaching.audio_deleted",
    "The audio of recording {recording} is deleted; it can no longer be scored.",
)
NO_SCORECARD: Final = error_code("coaching.no_scorecard", "There is no scorecard {scorecard}.")
ONLY_AUTHOR_CHANGES: Final = error_code(
    "rights.only_author_changes", "Only its author can change a scorecard."
)
SCORECARD_SHARED: Final = error_code(
    "coaching.scorecard_shared",
    "Scorecard {scorecard} was shared with the team lead; it can no longer change.",
)
NO_CRITERION: Final = error_code(
    "coaching.no_criterion", "Scorecard {scorecard} has no criterion {position}."
)
NOTE_OUTSIDE_CALL: Final = error_code(
    "coaching.note_outside_call", "A note must sit at a moment within the call."
)
NO_NOTE: Final = error_code("coaching.no_note", "There is no note {note}.")
CRITERIA_OPEN: Final = error_code(
    "coaching.criteria_open",
    "Judge every criterion before sharing: {open} still open (choose “not applicable” where "
    "the call gave no occasion).",
)
ONLY_TEAM_LEAD_TRENDS: Final = error_code(
    "rights.only_team_lead_trends", "Only a team lead of this team can see its coaching trends."
)
SCORED_NO_RECORDING: Final = error_code(
    "coaching.no_recording", "There is no recording {recording}."
)
NO_PROTOCOL_RECEIVED: Final = error_code(
    "coaching.no_protocol_received",
    "This call cannot be scored: its agent had not received the agent protocol by the day of "
    "the call, so there is nothing to judge it by.",
)
PROTOCOL_NOT_PUBLISHED: Final = error_code(
    "coaching.protocol_not_published",
    "Protocol version {version} is not among the published documents; publish the documents "
    "and record the agent's receipt again.",
)

# --- feedback sheets (services/feedback_sheets.py) ----------------------------------------------

ONLY_TEAM_LEAD_SHEETS: Final = error_code(
    "rights.only_team_lead_sheets",
    "Only the agent's team lead can make or send their feedback sheet.",
)
NOTHING_TO_SEND: Final = error_code(
    "sheets.nothing_to_send",
    "No shared scorecard of {agent} is about a call from {start} to {end}; there is nothing to "
    "send.",
)
NO_SHEET: Final = error_code("sheets.no_sheet", "There is no feedback sheet {sheet}.")
SHEET_CALL_DELETED: Final = error_code(
    "sheets.call_deleted",
    "A call feedback sheet {sheet} covers was deleted when its retention ended; make a new "
    "sheet for the calls that are left.",
)
SHEET_CALL_DELETED_WITHDRAW: Final = error_code(
    "sheets.call_deleted_withdraw",
    "A call feedback sheet {sheet} covers was deleted when its retention ended; withdraw it "
    "and make a new sheet.",
)
SHEET_UNKNOWN_CHANNEL: Final = error_code(
    "sheets.unknown_channel", "Unknown channel “{channel}”; use one of: {valid}."
)
SHEET_ALREADY_SENT: Final = error_code(
    "sheets.already_sent", "Feedback sheet {sheet} was already sent."
)
SHEET_ALREADY_WITHDRAWN: Final = error_code(
    "sheets.already_withdrawn", "Feedback sheet {sheet} was already withdrawn."
)
SHEET_NOT_SHOWN: Final = error_code(
    "sheets.not_shown",
    "Feedback sheet {sheet} is not the one shown; show it again and send that.",
)
PERIOD_BACKWARDS: Final = error_code(
    "sheets.period_backwards", "The period ends before it starts; check the two dates."
)
