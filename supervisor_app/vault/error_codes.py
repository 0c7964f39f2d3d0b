"""The errors of the encrypted store: opening, unlocking, writing and its files.

Each code's English sentence is the log's and the command line's; lupdate reads each
``error_code`` call as a translatable text (context: the code's name), and ui/words/error_text.py
shows it in the interface language.
"""

from __future__ import annotations

from typing import Final

from supervisor_app.domain.errors import error_code

# --- finding and opening a vault ----------------------------------------------------------------

NO_FOLDER: Final = error_code(
    "vault.no_folder", "There is no folder {folder}; choose the folder that holds your vault."
)
NO_KEY_FILE: Final = error_code(
    "vault.no_key_file",
    "The folder {folder} is not a Supervisor App vault (it has no keyslots.json); choose the "
    "folder that holds vault.db and keyslots.json.",
)
NO_DATABASE: Final = error_code(
    "vault.no_database",
    "The folder {folder} has a key file but no vault.db; restore the vault folder from a backup.",
)
DATABASE_MISSING: Final = error_code(
    "vault.database_missing",
    "The vault folder has no vault.db; restore it from a backup or create a new vault.",
)
KEY_FILE_UNREADABLE: Final = error_code(
    "vault.key_file_unreadable", "The vault's key file cannot be read ({reason})."
)
KEY_FILE_FOREIGN: Final = error_code(
    "vault.key_file_foreign",
    "This folder's keyslots.json does not belong to a Supervisor App vault.",
)
KEY_FILE_DAMAGED: Final = error_code(
    "vault.key_file_damaged",
    "The key file keyslots.json is damaged or incomplete; restore it from a backup of the "
    "vault folder.",
)
KEY_FILE_TOO_LARGE: Final = error_code(
    "vault.key_file_too_large",
    "The key file keyslots.json is far larger than a key file can be; restore it from a "
    "backup of the vault folder.",
)
NEWER_VAULT: Final = error_code(
    "vault.newer_version",
    "This vault was made by a newer version of Supervisor App; install that version to open it.",
)
DATABASE_EMPTY: Final = error_code(
    "vault.database_empty",
    "vault.db is empty, so it holds no vault; restore the vault folder from a backup.",
)
DATABASE_FOREIGN: Final = error_code(
    "vault.database_foreign",
    "vault.db is not a Supervisor App vault database or does not match keyslots.json; restore "
    "the vault folder from a backup.",
)
DATABASE_CANNOT_OPEN: Final = error_code(
    "vault.database_cannot_open", "The vault database cannot be opened."
)
DATABASE_CANNOT_WRITE: Final = error_code(
    "vault.database_cannot_write", "The vault cannot be written now."
)
DIFFERENT_VAULTS: Final = error_code(
    "vault.different_vaults",
    "vault.db and keyslots.json come from different vaults; restore the vault folder from one "
    "backup.",
)
KEY_FILE_REPLACED: Final = error_code(
    "vault.key_file_replaced",
    "keyslots.json was replaced by the key file of another vault while this one was open; lock "
    "the vault and restore the folder from one backup.",
)

# --- unlocking ------------------------------------------------------------------------------------

UNKNOWN_USER: Final = error_code(
    "vault.unknown_user", "There is no user called “{name}” in this vault; check the name."
)
WRONG_PASSPHRASE: Final = error_code(
    "vault.wrong_passphrase", "The passphrase for “{name}” is not right; try again."
)
WRONG_RECOVERY_KEY: Final = error_code(
    "vault.wrong_recovery_key",
    "That recovery key does not open this vault; check it against the printed copy.",
)
SLOT_ALTERED: Final = error_code(
    "vault.slot_altered",
    "The key slot of “{name}” in keyslots.json has been altered; restore keyslots.json from a "
    "backup or unlock with the recovery key.",
)
LOCKED: Final = error_code("vault.locked", "The vault is locked; unlock it again to continue.")
OWN_KEY_REMOVED: Final = error_code(
    "vault.own_key_removed",
    "Your key was removed from this vault's key file while it was open; lock the vault and ask "
    "an administrator.",
)
OPEN_ELSEWHERE: Final = error_code(
    "vault.open_elsewhere",
    "The vault is open in another program; close it there first, or delete {path} if you are "
    "sure no program has it open.",
)
OPEN_ELSEWHERE_BY: Final = error_code(
    "vault.open_elsewhere_by",
    "The vault is open in another program ({user} on {host}, process {pid}, since {since}); "
    "close it there first, or delete {path} if you are sure it is no longer open.",
)
OPEN_ON_OTHER_COMPUTER: Final = error_code(
    "vault.open_on_other_computer",
    "The vault is open on another computer, {host} (user {user}, since {since}); a vault is "
    "used from one computer at a time, also on a network share, so close it there first, or "
    "delete {path} if you are sure it is no longer open there.",
)

# --- changing the key file and the vault folder ---------------------------------------------------

RECOVERY_SLOT_KEPT: Final = error_code(
    "vault.recovery_slot_kept",
    "The recovery key's slot cannot be removed; make a new recovery key instead.",
)
NO_REKEY: Final = error_code("vault.no_rekey", "No rekey is under way.")
FOLDER_HOLDS_VAULT: Final = error_code(
    "vault.folder_holds_vault", "The folder {folder} already holds a vault; open it instead."
)
FOLDER_NOT_EMPTY: Final = error_code(
    "vault.folder_not_empty",
    "The folder {folder} is not empty; choose a new or empty folder for the vault.",
)
FOLDER_DISK_FULL: Final = error_code(
    "vault.folder_disk_full",
    "The disk is full, so the vault folder could not be made; free some space and try again. "
    "Nothing was changed.",
)
FOLDER_READ_ONLY: Final = error_code(
    "vault.folder_read_only",
    "The vault folder cannot be made there because that place is read-only; choose a folder "
    "you can write to. Nothing was changed.",
)
FOLDER_NOT_MADE: Final = error_code(
    "vault.folder_not_made", "The vault folder could not be made ({reason}). Nothing was changed."
)
KEY_FILE_DISK_FULL: Final = error_code(
    "vault.key_file_disk_full",
    "The disk is full, so the key file could not be saved; free some space and try again. "
    "Nothing was changed.",
)
KEY_FILE_READ_ONLY: Final = error_code(
    "vault.key_file_read_only",
    "The vault folder is read-only, so the key file could not be saved; choose a folder you "
    "can write to or fix its permissions. Nothing was changed.",
)
KEY_FILE_NOT_SAVED: Final = error_code(
    "vault.key_file_not_saved", "The key file could not be saved ({reason}). Nothing was changed."
)

# --- the database reports trouble (by SQLite's result code, vault/errors.py) ---------------------

SQLITE_NOT_A_DATABASE: Final = error_code(
    "vault.sqlite_not_a_database",
    "The vault database cannot be read with this key: it is damaged or is not a Supervisor App "
    "vault. Restore vault.db from a backup.",
)
SQLITE_FULL: Final = error_code(
    "vault.sqlite_full", "The disk is full; free some space and try again. Nothing was changed."
)
SQLITE_READ_ONLY: Final = error_code(
    "vault.sqlite_read_only",
    "The vault is on a read-only disk or folder; move it to a folder you can write to. Nothing "
    "was changed.",
)
SQLITE_PERMISSION: Final = error_code(
    "vault.sqlite_permission",
    "The vault's files may not be written; fix the folder's permissions. Nothing was changed.",
)
SQLITE_CANNOT_OPEN: Final = error_code(
    "vault.sqlite_cannot_open",
    "The vault database cannot be opened; check that the folder exists and that you may read it.",
)
SQLITE_BUSY: Final = error_code(
    "vault.sqlite_busy",
    "The vault is busy in another window or program; close that and try again.",
)
SQLITE_IO: Final = error_code(
    "vault.sqlite_io",
    "The disk reported an error while using the vault; check the disk and try again.",
)
SQLITE_CORRUPT: Final = error_code(
    "vault.sqlite_corrupt", "The vault database is damaged; restore vault.db from a backup."
)

# --- backups and restores (vault/backup.py, vault/db.py's copies, vault/instance_lock.py) -------

BACKUP_DISK_FULL: Final = error_code(
    "vault.backup_disk_full",
    "The disk is full, so the backup could not be saved; free some space and try again. The "
    "vault was not changed.",
)
BACKUP_READ_ONLY: Final = error_code(
    "vault.backup_read_only",
    "The backup folder is read-only, so the backup could not be saved; choose a folder you can "
    "write to or fix its permissions. The vault was not changed.",
)
BACKUP_NOT_SAVED: Final = error_code(
    "vault.backup_not_saved",
    "The backup could not be saved ({reason}). The vault was not changed.",
)
RESTORE_DISK_FULL: Final = error_code(
    "vault.restore_disk_full",
    "The disk is full, so the backup could not be restored; free some space and try again. "
    "Nothing was changed.",
)
RESTORE_READ_ONLY: Final = error_code(
    "vault.restore_read_only",
    "The vault's folder is read-only, so the backup could not be restored there; choose a "
    "folder you can write to or fix its permissions. Nothing was changed.",
)
RESTORE_NOT_SAVED: Final = error_code(
    "vault.restore_not_saved",
    "The backup could not be restored ({reason}). Nothing was changed.",
)
BACKUP_FOLDER_NOT_FOLDER: Final = error_code(
    "vault.backup_folder_not_folder", "{folder} is not a folder; choose a folder for the backups."
)
KEY_FILE_OTHER_VAULT: Final = error_code(
    "vault.key_file_other_vault",
    "keyslots.json belongs to another vault; lock the vault and restore the folder.",
)
REKEY_UNDER_WAY: Final = error_code(
    "vault.rekey_under_way",
    "A re-encryption of the vault is under way; lock and unlock the vault to finish it, then "
    "make the backup.",
)
BACKUP_NOT_COPIED: Final = error_code(
    "vault.backup_not_copied", "The vault could not be copied; try again."
)
BACKUP_DATABASE_DAMAGED: Final = error_code(
    "vault.backup_database_damaged",
    "The backup's database is damaged and cannot be used; make a new backup.",
)
BACKUP_DATABASE_OTHER_VAULT: Final = error_code(
    "vault.backup_database_other_vault",
    "The backup's database belongs to another vault than its key file.",
)
BACKUP_LOG_ALTERED: Final = error_code(
    "vault.backup_log_altered",
    "The backup's audit log ends at entry {found}, not at entry {described} as its description "
    "says: it was altered.",
)
NOT_A_BACKUP: Final = error_code(
    "vault.not_a_backup",
    "The folder {folder} is not a vault backup; choose a folder made by “Back up vault”, which "
    "holds vault.db, keyslots.json and backup.json.",
)
BACKUP_FROM_NEWER_VERSION: Final = error_code(
    "vault.backup_from_newer_version",
    "This backup was made by a newer version of Supervisor App; install that version to "
    "restore it.",
)
OLD_BACKUP_NOT_DELETED: Final = error_code(
    "vault.old_backup_not_deleted",
    "The old backup {name} could not be deleted ({reason}); delete it by hand.",
)
BACKUP_INCOMPLETE: Final = error_code(
    "vault.backup_incomplete",
    "The backup {name} is incomplete (vault.db or keyslots.json is missing).",
)
BACKUP_FILE_ALTERED: Final = error_code(
    "vault.backup_file_altered",
    "The backup {name} is damaged: its vault.db is not the file that was backed up. Choose "
    "another backup.",
)
BACKUP_KEY_FILE_OTHER_VAULT: Final = error_code(
    "vault.backup_key_file_other_vault", "The backup {name} holds the key file of another vault."
)
BACKUP_FILE_MISSING: Final = error_code(
    "vault.backup_file_missing",
    "There is no {file} in {folder}; choose a complete backup.",
)
BACKUP_CANNOT_OPEN: Final = error_code("vault.backup_cannot_open", "The backup cannot be opened.")
BACKUP_WRONG_KEY: Final = error_code(
    "vault.backup_wrong_key",
    "{file} in {folder} cannot be read with this vault's key: it is damaged or belongs to "
    "another vault.",
)
OPEN_IN_THIS_PROGRAM: Final = error_code(
    "vault.open_in_this_program",
    "This vault is open in this program; lock it first, then restore the backup.",
)
BACKUP_STOPPED: Final = error_code(
    "vault.backup_stopped", "Stopped before it was finished; nothing was saved or changed."
)
