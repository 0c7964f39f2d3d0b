"""The errors of reading a telephone system's export: whole sources, and single rows or files.

A source that cannot be read at all stops the import with one sentence; a row or file that
cannot be read is skipped and listed with its reason (lower case: it follows "file:line:").
Each code's English sentence is the log's and the command line's; lupdate reads each
``error_code`` call as a translatable text (context: the code's name), and ui/words/error_text.py
shows it in the interface language.
"""

from __future__ import annotations

from typing import Final

from supervisor_app.domain.errors import error_code

# --- a whole source --------------------------------------------------------------------------

UNKNOWN_TIME_ZONE: Final = error_code(
    "ingest.unknown_time_zone",
    "The policy's time zone “{zone}” is not known; set the telephone system's time zone (such "
    "as Europe/Amsterdam) before importing.",
)
NO_SUCH_FOLDER: Final = error_code(
    "ingest.no_such_folder", "The folder “{folder}” does not exist or is not a folder."
)
MISSING_COLUMN: Final = error_code(
    "ingest.missing_column",
    "The file “{file}” has no column {names}; add it to the header row.",
)
MISSING_COLUMNS: Final = error_code(
    "ingest.missing_columns",
    "The file “{file}” has no columns {names}; add them to the header row.",
)
FILE_UNREADABLE: Final = error_code(
    "ingest.file_unreadable", "The file “{file}” cannot be read ({reason})."
)
NOT_TEXT: Final = error_code(
    "ingest.not_text",
    "Line {line} of “{file}” is not text in UTF-8, UTF-16 or Windows-1252; save the file as "
    "UTF-8 text and import it again.",
)
WRONG_ENCODING: Final = error_code(
    "ingest.wrong_encoding",
    "Line {line} of “{file}” cannot be read as {encoding} text; save the file as UTF-8 text "
    "and import it again.",
)
UNKNOWN_SOURCE: Final = error_code(
    "ingest.unknown_source", "“{kind}” is not a known source; use one of: {valid}."
)
MASTER_CSV_COUNT: Final = error_code(
    "ingest.master_csv_count",
    "Found {count} files named Master.csv in “{folder}”; name the call-record file to use.",
)
CDR_MISSING: Final = error_code(
    "ingest.cdr_missing", "The call-record file “{file}” does not exist."
)
CDR_UNREADABLE: Final = error_code(
    "ingest.cdr_unreadable", "The call-record file “{file}” cannot be read ({reason})."
)
CDR_NOT_A_FILE: Final = error_code(
    "ingest.cdr_not_a_file", "“{file}” is not a file; choose the Master.csv file."
)
MANIFEST_MISSING: Final = error_code(
    "ingest.manifest_missing", "The manifest “{file}” does not exist."
)
PATTERN_LACKS_GROUPS: Final = error_code(
    "ingest.pattern_lacks_groups", "The 3CX file-name pattern lacks the groups: {groups}."
)

# --- a row or a file that is skipped -----------------------------------------------------------

LINE_TOO_LONG: Final = error_code("ingest.row.line_too_long", "the line is longer than {size} KB")
LINE_INCOMPLETE: Final = error_code(
    "ingest.row.line_incomplete",
    "the last line is incomplete (the telephone system was probably still writing it)",
)
FIELD_TOO_LONG: Final = error_code("ingest.row.field_too_long", "a field is longer than {size} KB")
BINARY_LINE: Final = error_code(
    "ingest.row.binary", "the line holds binary data (a NUL byte), not text"
)
UNQUOTED_LINE_BREAK: Final = error_code(
    "ingest.row.unquoted_line_break", "a field holds a line break without quotes around it"
)
NOT_CSV: Final = error_code("ingest.row.not_csv", "the line is not valid CSV ({detail})")
ROW_INVALID: Final = error_code("ingest.row.invalid", "the row cannot be read ({detail})")
FIELD_COUNT_HEADER: Final = error_code(
    "ingest.row.field_count_header",
    "the row's field count is {count}, where the header has {expected}",
)
FIELD_COUNT_MASTER: Final = error_code(
    "ingest.row.field_count_master",
    "the row's field count is {count}, where Master.csv has 16 to 21",
)
BAD_UNIQUEID: Final = error_code(
    "ingest.row.bad_uniqueid", "the uniqueid “{value}” is not of the form 1582406309.760"
)
BAD_TIME: Final = error_code(
    "ingest.row.bad_time", "the {column} time “{value}” is not YYYY-MM-DD HH:MM:SS"
)
BAD_SECONDS: Final = error_code(
    "ingest.row.bad_seconds", "the {column} “{value}” is not a whole number of seconds"
)
BAD_NUMBER: Final = error_code(
    "ingest.row.bad_number", "the {column} “{value}” is not a whole number"
)
BAD_CALLDATE: Final = error_code(
    "ingest.row.bad_calldate", "the calldate “{value}” is not YYYY-MM-DD HH:MM:SS"
)
NOT_FREEPBX_NAME: Final = error_code(
    "ingest.row.not_freepbx_name", "the name is not a FreePBX recording name"
)
NOT_3CX_NAME: Final = error_code("ingest.row.not_3cx_name", "the name is not a 3CX recording name")
BAD_STAMP: Final = error_code(
    "ingest.row.bad_stamp", "the time stamp “{value}” is not a date and time"
)
ANOTHER_COPY: Final = error_code("ingest.row.another_copy", "another copy of the recording {file}")
FILE_COLUMN_EMPTY: Final = error_code("ingest.row.file_column_empty", "the file column is empty")
BAD_STARTED_AT: Final = error_code(
    "ingest.row.bad_started_at", "started_at “{value}” is not an ISO 8601 date and time"
)
STARTED_AT_NO_OFFSET: Final = error_code(
    "ingest.row.started_at_no_offset",
    "started_at “{value}” has no UTC offset (write e.g. +01:00 or Z)",
)
BAD_DIRECTION: Final = error_code(
    "ingest.row.bad_direction", "direction “{value}” is not inbound, outbound or internal"
)
BAD_DURATION: Final = error_code(
    "ingest.row.bad_duration", "duration_s “{value}” is not a whole number of seconds"
)
