"""The errors only the command line gives: missing options, standard input, dates, confirmations.

Each code's English sentence is the command line's English; lupdate reads each ``error_code``
call as a translatable text, so ``--lang nl`` finds its Dutch with the rest of the app.
"""

from __future__ import annotations

from typing import Final

from supervisor_app.domain.errors import error_code

NO_USER_OPTION: Final = error_code(
    "cli.no_user", "Say who you are with --user NAME (and --passphrase-file FILE)."
)
NO_PASSPHRASE_OPTION: Final = error_code(
    "cli.no_passphrase",
    "Give your passphrase with --passphrase-file FILE ('-' reads standard input).",
)
STDIN_ENDED: Final = error_code(
    "cli.stdin_ended", "Standard input ended before everything asked for was given."
)
NO_ANSWER: Final = error_code(
    "cli.no_answer", "The question needs an answer on standard input; answer there, or add --yes."
)
SECRET_FILE_UNREADABLE: Final = error_code(
    "cli.secret_file_unreadable", "The file {file} cannot be read ({reason})."
)
SECRET_EMPTY: Final = error_code(
    "cli.secret_empty", "The file {file} is empty; put the secret on its first line."
)
NOT_A_DATE: Final = error_code("cli.not_a_date", "“{text}” is not a date; write it as YYYY-MM-DD.")
NO_AGENT_WITH_EXTENSIONS: Final = error_code(
    "cli.no_agent_with_extensions", "No agent has extension {extensions}; check the number."
)
SAMPLE_FAILS: Final = error_code("cli.sample_fails", "Batch {batch} fails verification: {problems}")
NOTHING_ERASED: Final = error_code("cli.nothing_erased", "Nothing was erased.")
RESTORE_WHO: Final = error_code(
    "cli.restore_who",
    "Say who restores with --user NAME and --passphrase-file FILE (the passphrase you had when "
    "the backup was made), or use --recovery-key-file FILE.",
)
NOT_MISSING_EXTENSIONS: Final = error_code(
    "cli.not_missing_extensions",
    "No agent missing from the list has extension {extensions}; only agents the list no longer "
    "names can be marked as left.",
)
MERGE_FORMAT: Final = error_code(
    "cli.merge_format",
    "Say which format to write with --format pdf, csv or json (the output {file} has no such "
    "extension).",
)
