"""The vault's value types that the windows show, named here so that ui/ never imports vault/.

The front ends reach the vault through the services; the rows, filters and reports those
services hand out are defined next to the queries that fill them, and re-exported here.
"""

from __future__ import annotations

from supervisor_app.vault.audit import ChainReport as ChainReport
from supervisor_app.vault.errors import UnknownUser as UnknownUser
from supervisor_app.vault.errors import WrongPassphrase as WrongPassphrase
from supervisor_app.vault.keyslots import KdfParams as KdfParams
from supervisor_app.vault.listen_repo import CLOSED as CLOSED
from supervisor_app.vault.listen_repo import INTERRUPTED as INTERRUPTED
from supervisor_app.vault.listen_repo import OPEN as OPEN
from supervisor_app.vault.listen_repo import PRIVATE_DESTROYED as PRIVATE_DESTROYED
from supervisor_app.vault.listen_repo import ListenFilter as ListenFilter
from supervisor_app.vault.listen_repo import ListenRow as ListenRow
from supervisor_app.vault.notifications_repo import ItemFilter as ItemFilter
from supervisor_app.vault.policy_repo import PolicyVersionInfo as PolicyVersionInfo
