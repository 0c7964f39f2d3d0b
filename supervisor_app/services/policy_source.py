"""One policy file for the whole organisation: its own number, and what a vault accepts.

An organisation with many vaults keeps one policy file and imports it into each. The file
numbers itself with ``policy_version`` in its ``[organisation]`` table; the vault records,
with every version imported from such a file, the organisation's name and that number
(vault/policy_repo.py). From then on the vault refuses a file of another organisation, a
file with a lower number than the highest it has imported, a file without a number, and
the same number with other content: a vault can neither fall back to an older policy nor
take another organisation's by mistake.

The number is read and written here, beside the policy's own fields, so the policy's
declaration need not know of it.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Final

import tomlkit
from tomlkit.container import Container
from tomlkit.exceptions import TOMLKitError
from tomlkit.items import Table

from supervisor_app.domain.errors import ErrorCode, InputError, Value
from supervisor_app.domain.policy import Policy
from supervisor_app.services import error_codes as codes
from supervisor_app.vault.policy_repo import OrganisationPolicy

VERSION_KEY: Final = "policy_version"
SECTION: Final = "organisation"


@dataclass(frozen=True, slots=True)
class PolicyFile:
    """A policy read from a file, with the organisation's number for it (if it has one)."""

    policy: Policy
    organisation_version: int | None
    name: str = ""

    @property
    def source(self) -> OrganisationPolicy | None:
        """What the vault records of the file it stores: organisation and number."""
        if self.organisation_version is None:
            return None
        return OrganisationPolicy(self.policy.organisation.name.strip(), self.organisation_version)


def take_version(text: str) -> tuple[str, int | None]:
    """Split ``organisation.policy_version`` off a TOML text: (the rest, the number or None).

    A text that is not valid TOML is returned as it is, for the policy reader to explain.
    """
    try:
        document = tomlkit.parse(text)
    except TOMLKitError:
        return text, None
    section = document.get(SECTION)
    if not isinstance(section, Table) or VERSION_KEY not in section:
        return text, None
    value = section[VERSION_KEY]
    plain = value.unwrap() if hasattr(value, "unwrap") else value
    if isinstance(plain, bool) or not isinstance(plain, int) or plain < 1:
        raise InputError(codes.POLICY_VERSION_NOT_NUMBER, key=f"{SECTION}.{VERSION_KEY}")
    del section[VERSION_KEY]
    return tomlkit.dumps(document), int(plain)


def put_version(text: str, number: int) -> str:
    """Write ``policy_version = number`` into the [organisation] table, after its name."""
    document = tomlkit.parse(text)
    section = document.get(SECTION)
    if not isinstance(section, Table):
        section = tomlkit.table()
        document.add(SECTION, section)
    item = tomlkit.item(number)
    body: Container = section.value
    after = next((i for i, (key, _) in enumerate(body.body) if key and key.key == "name"), None)
    if after is None:
        section.add(VERSION_KEY, item)
    else:
        # tomlkit has no public way to put a key after another; the file reads best with the
        # number right under the organisation's name.
        body._insert_at(after + 1, VERSION_KEY, item)
    return tomlkit.dumps(document)


def fingerprint(policy: Policy) -> str:
    """SHA-256 of the policy's content (its vault version left out): equal policies, equal."""
    data = policy.to_dict()
    data.pop("version", None)
    canonical = json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


class PolicySourceRefused(InputError):
    """A policy file this vault must not take; nothing was stored.

    ``file`` is the file's name, ``ours`` the organisation whose policy the vault holds.
    """

    def __init__(self, code: ErrorCode, file: str, ours: str, **values: Value) -> None:
        super().__init__(code, file=file, ours=ours, **values)
        self.file = file
        self.ours = ours


class OtherOrganisation(PolicySourceRefused):
    """The file is another organisation's policy."""

    def __init__(self, file: str, ours: str, theirs: str) -> None:
        super().__init__(
            codes.POLICY_OTHER_ORGANISATION, file, ours, theirs=theirs or "(no organisation)"
        )
        self.theirs = theirs


class UnnumberedFile(PolicySourceRefused):
    """The vault holds a numbered version, and the file has no number to compare."""

    def __init__(self, file: str, ours: str, in_force: int) -> None:
        super().__init__(
            codes.POLICY_FILE_UNNUMBERED,
            file,
            ours,
            in_force=in_force,
            key=f"{SECTION}.{VERSION_KEY}",
        )
        self.in_force = in_force


class OlderFile(PolicySourceRefused):
    """The file's number is lower than the version the vault holds."""

    def __init__(self, file: str, ours: str, number: int, in_force: int) -> None:
        super().__init__(codes.POLICY_FILE_OLDER, file, ours, number=number, in_force=in_force)
        self.number = number
        self.in_force = in_force


class SameNumberOtherContent(PolicySourceRefused):
    """The file has the number in force but other content: it needs a higher number."""

    def __init__(self, file: str, ours: str, number: int) -> None:
        super().__init__(
            codes.POLICY_FILE_SAME_NUMBER, file, ours, number=number, key=f"{SECTION}.{VERSION_KEY}"
        )
        self.number = number


def check_import(
    proposed: PolicyFile,
    latest: Policy | None,
    in_force: OrganisationPolicy | None,
    in_force_policy: Policy | None,
) -> None:
    """Refuse, with a sentence, a file this vault must not take (see the module's text).

    ``latest`` is the vault's newest policy; ``in_force`` the highest-numbered organisation
    file it imported and ``in_force_policy`` the policy that file became.
    """
    name = proposed.name or "the file"
    theirs = proposed.policy.organisation.name.strip()
    if in_force is not None:
        ours = in_force.organisation
    else:
        ours = latest.organisation.name.strip() if latest else ""
    if ours and _same(ours) != _same(theirs):
        raise OtherOrganisation(name, ours, theirs)
    if in_force is None:
        return
    number = proposed.organisation_version
    if number is None:
        raise UnnumberedFile(name, ours, in_force.version)
    if number < in_force.version:
        raise OlderFile(name, ours, number, in_force.version)
    if (
        number == in_force.version
        and in_force_policy is not None
        and in_force_policy != proposed.policy
    ):
        raise SameNumberOtherContent(name, ours, number)


def _same(name: str) -> str:
    return " ".join(name.split()).casefold()
