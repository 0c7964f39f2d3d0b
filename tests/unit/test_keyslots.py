"""Key slots on their own: wrapping, sealing, AAD binding, the file format and recovery keys."""

from __future__ import annotations

import base64
import json
import secrets
import string
from dataclasses import replace
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from supervisor_app.vault import keyslots
from supervisor_app.vault.errors import (
    DamagedVault,
    NewerVault,
    NotAVault,
    UnknownUser,
    VaultError,
    WrongPassphrase,
)
from supervisor_app.vault.keyslots import (
    RECOVERY_SLOT,
    KdfParams,
    SealedKey,
    Slot,
    SlotFile,
    Witness,
    WrappedSigningKey,
    from_json,
    make_slot,
    new_recovery_key,
    normalise_recovery_key,
    open_slot,
    reseal,
    to_json,
)
from tests.conftest import FAST_KDF

VAULT_ID = "a" * 32
OTHER_VAULT_ID = "b" * 32
SECRET = b"paarse-olifant-fietst-morgen"
BASE32 = set(string.ascii_uppercase + "234567")


def _key() -> bytes:
    return secrets.token_bytes(keyslots.KEY_BYTES)


def _flip(data: bytes, index: int = 0) -> bytes:
    return data[:index] + bytes([data[index] ^ 0x01]) + data[index + 1 :]


def _assert_sentence(exc: BaseException) -> None:
    text = str(exc)
    assert text and "\n" not in text
    assert text[0].isupper() and text.endswith(".")


@pytest.fixture(scope="module")
def db_key() -> bytes:
    return _key()


@pytest.fixture(scope="module")
def slot(db_key: bytes) -> Slot:
    return make_slot(VAULT_ID, "anna", SECRET, db_key, FAST_KDF)


@pytest.fixture(scope="module")
def slot_file(db_key: bytes, slot: Slot) -> SlotFile:
    recovery = make_slot(
        VAULT_ID, RECOVERY_SLOT, normalise_recovery_key(new_recovery_key()), db_key, FAST_KDF
    )
    return SlotFile(VAULT_ID, FAST_KDF, (slot, recovery))


# --- wrap and unwrap ----------------------------------------------------------------------


def test_a_slot_opens_with_its_passphrase(db_key: bytes, slot: Slot) -> None:
    assert open_slot(slot, VAULT_ID, SECRET) == [db_key]


def test_a_slot_keeps_no_key_material_in_the_clear(db_key: bytes, slot: Slot) -> None:
    text = to_json(SlotFile(VAULT_ID, FAST_KDF, (slot,)))
    assert db_key not in text
    assert base64.b64encode(db_key) not in text
    assert SECRET not in text


def test_two_slots_for_the_same_key_share_no_salt_nonce_or_ciphertext(db_key: bytes) -> None:
    one = make_slot(VAULT_ID, "anna", SECRET, db_key, FAST_KDF)
    two = make_slot(VAULT_ID, "anna", SECRET, db_key, FAST_KDF)
    assert one.slot_id != two.slot_id
    assert one.salt != two.salt
    assert one.private_ct != two.private_ct
    assert one.sealed_keys[0].ct != two.sealed_keys[0].ct


def test_wrong_passphrase_is_refused(slot: Slot) -> None:
    with pytest.raises(WrongPassphrase) as caught:
        open_slot(slot, VAULT_ID, SECRET + b"!")
    assert "anna" in str(caught.value)
    _assert_sentence(caught.value)


def test_wrong_recovery_key_names_the_printed_copy(db_key: bytes) -> None:
    recovery = make_slot(VAULT_ID, RECOVERY_SLOT, b"A" * 32, db_key, FAST_KDF)
    with pytest.raises(WrongPassphrase, match="recovery key"):
        open_slot(recovery, VAULT_ID, b"B" * 32)


def test_reseal_gives_every_key_without_the_passphrase(slot: Slot) -> None:
    old, new = _key(), _key()
    both = reseal(slot, VAULT_ID, [old, new])
    assert open_slot(both, VAULT_ID, SECRET) == [old, new]
    # The passphrase-protected half is untouched: only the sealed keys change.
    assert (both.salt, both.private_ct, both.public_key) == (
        slot.salt,
        slot.private_ct,
        slot.public_key,
    )
    assert open_slot(reseal(both, VAULT_ID, [new]), VAULT_ID, SECRET) == [new]


def test_a_slot_without_sealed_keys_is_damaged(slot: Slot) -> None:
    with pytest.raises(DamagedVault):
        open_slot(replace(slot, sealed_keys=()), VAULT_ID, SECRET)


# --- binding: a slot only opens where and for whom it was made ----------------------------


def test_a_slot_does_not_open_for_another_vault(slot: Slot) -> None:
    with pytest.raises(WrongPassphrase):
        open_slot(slot, OTHER_VAULT_ID, SECRET)


def test_a_slot_moved_to_another_name_does_not_open(slot: Slot) -> None:
    with pytest.raises(WrongPassphrase):
        open_slot(replace(slot, name="bram"), VAULT_ID, SECRET)


def test_a_slot_with_another_id_does_not_open(slot: Slot) -> None:
    with pytest.raises(WrongPassphrase):
        open_slot(replace(slot, slot_id="0" * 16), VAULT_ID, SECRET)


def test_a_sealed_key_moved_between_slots_does_not_open(db_key: bytes, slot: Slot) -> None:
    other = make_slot(VAULT_ID, "bram", b"another passphrase", db_key, FAST_KDF)
    with pytest.raises(DamagedVault):
        open_slot(replace(slot, sealed_keys=other.sealed_keys), VAULT_ID, SECRET)


def test_name_case_does_not_matter_for_the_binding(db_key: bytes, slot: Slot) -> None:
    # Names are matched case-insensitively everywhere, so the AAD uses the folded name.
    assert open_slot(replace(slot, name="ANNA"), VAULT_ID, SECRET) == [db_key]


# --- tampering ----------------------------------------------------------------------------


@pytest.mark.parametrize("field", ["private_ct", "private_nonce", "salt"])
def test_a_flipped_bit_in_the_wrapped_private_key_is_refused(slot: Slot, field: str) -> None:
    changes: dict[str, Any] = {field: _flip(getattr(slot, field))}
    tampered = replace(slot, **changes)
    with pytest.raises(WrongPassphrase):
        open_slot(tampered, VAULT_ID, SECRET)


@pytest.mark.parametrize("part", ["ct", "nonce", "ephemeral_key"])
def test_a_flipped_bit_in_the_sealed_key_says_the_slot_was_altered(slot: Slot, part: str) -> None:
    sealed = slot.sealed_keys[0]
    tampered = replace(slot, sealed_keys=(replace(sealed, **{part: _flip(getattr(sealed, part))}),))
    with pytest.raises(DamagedVault, match="altered") as caught:
        open_slot(tampered, VAULT_ID, SECRET)
    _assert_sentence(caught.value)


def test_a_replaced_public_key_says_the_slot_was_altered(slot: Slot) -> None:
    with pytest.raises(DamagedVault, match="altered"):
        open_slot(replace(slot, public_key=_flip(slot.public_key)), VAULT_ID, SECRET)


@pytest.mark.parametrize(
    "kdf",
    [
        KdfParams(time_cost=2, memory_kib=FAST_KDF.memory_kib, parallelism=1),
        KdfParams(time_cost=1, memory_kib=FAST_KDF.memory_kib * 2, parallelism=1),
        KdfParams(time_cost=1, memory_kib=FAST_KDF.memory_kib, parallelism=2),
    ],
)
def test_changed_kdf_parameters_do_not_open_the_slot(slot: Slot, kdf: KdfParams) -> None:
    with pytest.raises(WrongPassphrase):
        open_slot(replace(slot, kdf=kdf), VAULT_ID, SECRET)


# --- the file format ----------------------------------------------------------------------


def test_slot_file_round_trips(slot_file: SlotFile) -> None:
    assert from_json(to_json(slot_file)) == slot_file
    assert to_json(from_json(to_json(slot_file))) == to_json(slot_file)


def test_the_file_says_what_it_is(slot_file: SlotFile) -> None:
    doc = json.loads(to_json(slot_file))
    assert doc["format"] == keyslots.FORMAT
    assert doc["version"] == keyslots.VERSION
    assert doc["vault_id"] == VAULT_ID
    assert [s["name"] for s in doc["slots"]] == ["anna", RECOVERY_SLOT]
    assert doc["slots"][0]["kdf"] == {
        "alg": "argon2id",
        "t": FAST_KDF.time_cost,
        "m": FAST_KDF.memory_kib,
        "p": FAST_KDF.parallelism,
    }


_b = st.binary(min_size=1, max_size=48)
_sealed = st.builds(SealedKey, _b, _b, _b)
_kdf = st.builds(
    KdfParams,
    time_cost=st.integers(1, 64),
    memory_kib=st.integers(64, keyslots.MAX_WORK_KIB // 64),
    parallelism=st.integers(1, 8),
)
_witness = st.builds(Witness, st.integers(0, 10**9), st.text(max_size=64), st.text(max_size=30), _b)
_signing = st.builds(WrappedSigningKey, _b, _b, _b)
_slots = st.builds(
    Slot,
    slot_id=st.text(min_size=1, max_size=20),
    name=st.text(max_size=40),
    kdf=_kdf,
    salt=_b,
    public_key=_b,
    private_nonce=_b,
    private_ct=_b,
    sealed_keys=st.lists(_sealed, max_size=3).map(tuple),
    created_at=st.text(max_size=30),
    signing=st.none() | _signing,
    witness=st.none() | _witness,
)


@given(
    vault_id=st.text(min_size=1, max_size=40),
    kdf=_kdf,
    slots=st.lists(_slots, max_size=4).map(tuple),
)
def test_any_slot_file_round_trips_through_json(
    vault_id: str, kdf: KdfParams, slots: tuple[Slot, ...]
) -> None:
    slot_file = SlotFile(vault_id, kdf, slots)
    assert from_json(to_json(slot_file)) == slot_file


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"{",
        b"\xff\xfe not utf-8",
        b"null",
    ],
)
def test_unreadable_bytes_are_damaged_or_not_a_vault(data: bytes) -> None:
    with pytest.raises((DamagedVault, NotAVault)) as caught:
        from_json(data)
    _assert_sentence(caught.value)


def test_every_truncation_is_refused_as_damaged(slot_file: SlotFile) -> None:
    data = to_json(slot_file)
    # The last byte is the trailing newline: without it the document is still whole.
    for length in range(len(data) - 1):
        with pytest.raises(VaultError):
            from_json(data[:length])
    for length in range(len(data) // 3, len(data) - 2, 7):
        with pytest.raises(DamagedVault):
            from_json(data[:length])


def _edit(slot_file: SlotFile, change: Any) -> bytes:
    doc = json.loads(to_json(slot_file))
    change(doc)
    return json.dumps(doc).encode()


@pytest.mark.parametrize(
    "change",
    [
        pytest.param(lambda d: d.pop("vault_id"), id="no-vault-id"),
        pytest.param(lambda d: d.update(vault_id=""), id="empty-vault-id"),
        pytest.param(lambda d: d.update(vault_id=7), id="numeric-vault-id"),
        pytest.param(lambda d: d.pop("slots"), id="no-slots"),
        pytest.param(lambda d: d.update(slots=None), id="slots-null"),
        pytest.param(lambda d: d.update(slots=[1, 2]), id="slots-not-objects"),
        pytest.param(lambda d: d.update(version="1"), id="version-text"),
        pytest.param(lambda d: d.update(version=0), id="version-0"),
        pytest.param(lambda d: d.pop("version"), id="no-version"),
        pytest.param(
            lambda d: d.update(kdf={"alg": "scrypt", "t": 1, "m": 1, "p": 1}), id="scrypt"
        ),
        pytest.param(lambda d: d.update(kdf=[1, 2, 3]), id="kdf-list"),
        pytest.param(lambda d: d.update(kdf="argon2id"), id="kdf-text"),
        pytest.param(lambda d: d["slots"][0].update(kdf=None), id="slot-kdf-null"),
        pytest.param(lambda d: d["slots"][0]["kdf"].update(t=0), id="t-0"),
        pytest.param(lambda d: d["slots"][0]["kdf"].update(m=-1), id="m-negative"),
        pytest.param(lambda d: d["slots"][0]["kdf"].update(p="2"), id="p-text"),
        pytest.param(lambda d: d["slots"][0]["kdf"].pop("m"), id="no-m"),
        pytest.param(lambda d: d["slots"][0].update(salt="not base64!"), id="salt-not-b64"),
        pytest.param(lambda d: d["slots"][0].update(salt=12), id="salt-number"),
        pytest.param(lambda d: d["slots"][0].update(private_key="x"), id="private-key-text"),
        pytest.param(lambda d: d["slots"][0].update(db_keys=None), id="db-keys-null"),
        pytest.param(lambda d: d["slots"][0]["db_keys"][0].pop("ct"), id="no-sealed-ct"),
        pytest.param(lambda d: d["slots"][0].pop("id"), id="no-slot-id"),
    ],
)
def test_a_broken_structure_is_refused_as_damaged(slot_file: SlotFile, change: Any) -> None:
    with pytest.raises(DamagedVault) as caught:
        from_json(_edit(slot_file, change))
    assert "keyslots.json" in str(caught.value)
    _assert_sentence(caught.value)


@pytest.mark.parametrize(
    "kdf",
    [
        pytest.param({"alg": "argon2id", "t": 1, "m": 1 << 33, "p": 1}, id="m-over-32-bits"),
        pytest.param({"alg": "argon2id", "t": 1, "m": 1 << 31, "p": 1}, id="m-2-tib"),
        pytest.param({"alg": "argon2id", "t": 1, "m": 8, "p": 4}, id="m-below-8p"),
        pytest.param({"alg": "argon2id", "t": 1, "m": 8192, "p": 1 << 24}, id="p-huge"),
        pytest.param({"alg": "argon2id", "t": 1 << 31, "m": 8192, "p": 1}, id="t-huge"),
        pytest.param({"alg": "argon2id", "t": True, "m": 8192, "p": 1}, id="t-bool"),
    ],
)
def test_impossible_kdf_parameters_are_refused_before_deriving(
    slot_file: SlotFile, kdf: dict[str, Any]
) -> None:
    # Parameters Argon2 cannot run (or would run for days or with terabytes) are a damaged
    # file, not a crash or a hang at the unlock screen.
    data = _edit(slot_file, lambda d: d["slots"][0].update(kdf=kdf))
    with pytest.raises(DamagedVault):
        from_json(data)


def test_a_newer_version_is_refused_as_newer(slot_file: SlotFile) -> None:
    data = _edit(slot_file, lambda d: d.update(version=keyslots.VERSION + 1))
    with pytest.raises(NewerVault) as caught:
        from_json(data)
    assert "newer version" in str(caught.value)
    _assert_sentence(caught.value)


@pytest.mark.parametrize(
    "data", [b"{}", b"[]", b'"text"', b'{"format": "someone-else/keys", "version": 1}']
)
def test_a_json_file_of_something_else_is_not_a_vault(data: bytes) -> None:
    with pytest.raises(NotAVault):
        from_json(data)


def test_find_is_case_insensitive_and_names_unknown_users(slot_file: SlotFile) -> None:
    assert slot_file.find(" ANNA ").name == "anna"
    assert slot_file.has("Anna")
    with pytest.raises(UnknownUser, match="nobody") as caught:
        slot_file.find("nobody")
    _assert_sentence(caught.value)


def test_with_slot_and_without_touch_only_that_name(slot_file: SlotFile, db_key: bytes) -> None:
    recovery = slot_file.find(RECOVERY_SLOT)
    replaced = slot_file.with_slot(make_slot(VAULT_ID, "Anna", b"new", db_key, FAST_KDF))
    assert len(replaced.slots) == 2
    assert replaced.find(RECOVERY_SLOT) is recovery
    assert replaced.find("anna").slot_id != slot_file.find("anna").slot_id
    removed = slot_file.without("ANNA")
    assert removed.slots == (recovery,)
    with pytest.raises(UnknownUser):
        slot_file.without("nobody")


# --- random damage never unlocks to a wrong key -------------------------------------------


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_a_random_byte_change_never_unlocks_with_a_wrong_key(
    slot_file: SlotFile, db_key: bytes, data: st.DataObject
) -> None:
    original = to_json(slot_file)
    index = data.draw(st.integers(0, len(original) - 1), label="index")
    value = data.draw(st.integers(0, 255).filter(lambda b: b != original[index]), label="value")
    damaged = original[:index] + bytes([value]) + original[index + 1 :]
    try:
        parsed = from_json(damaged)
        keys = open_slot(parsed.find("anna"), parsed.vault_id, SECRET)
    except VaultError as exc:
        _assert_sentence(exc)
        return
    # It still opened: then the change hit a byte that carries no meaning for this slot
    # (whitespace, the other slot, a date, a letter's case in the name) and the key is right.
    assert keys == [db_key]


# --- recovery keys ------------------------------------------------------------------------


def test_a_recovery_key_is_eight_printable_groups() -> None:
    key = new_recovery_key()
    groups = key.split("-")
    assert len(groups) == 8
    assert all(len(g) == 4 and set(g) <= BASE32 for g in groups)
    assert new_recovery_key() != key


_separators = st.text(alphabet=" -\t", max_size=3)


@given(
    raw=st.binary(min_size=20, max_size=20),
    seps=st.lists(_separators, min_size=33, max_size=33),
    lower=st.lists(st.booleans(), min_size=32, max_size=32),
)
def test_recovery_keys_normalise_whatever_the_case_and_separators(
    raw: bytes, seps: list[str], lower: list[bool]
) -> None:
    canonical = base64.b32encode(raw).decode()
    printed = "-".join(canonical[i : i + 4] for i in range(0, 32, 4))
    typed = seps[0] + "".join(
        (ch.lower() if low else ch) + sep
        for ch, low, sep in zip(canonical, lower, seps[1:], strict=True)
    )
    assert normalise_recovery_key(typed) == canonical.encode()
    assert normalise_recovery_key(printed) == canonical.encode()


@given(raw=st.binary(min_size=20, max_size=20))
def test_digits_misread_from_paper_map_to_their_letters(raw: bytes) -> None:
    canonical = base64.b32encode(raw).decode()
    misread = canonical.replace("O", "0").replace("I", "1").replace("B", "8")
    assert normalise_recovery_key(misread) == canonical.encode()


@given(a=st.binary(min_size=20, max_size=20), b=st.binary(min_size=20, max_size=20))
def test_different_recovery_keys_stay_different(a: bytes, b: bytes) -> None:
    ka, kb = base64.b32encode(a).decode(), base64.b32encode(b).decode()
    assert (normalise_recovery_key(ka) == normalise_recovery_key(kb)) == (a == b)


def _timer(fixed: float, per_pass: float, noise: list[float]) -> Any:
    """A stand-in for timing Argon2: fixed cost plus passes, plus load from the list."""
    extra = iter(noise * 100)

    def measure(params: KdfParams) -> float:
        return fixed + per_pass * params.time_cost + next(extra)

    return measure


def test_kdf_calibration_never_goes_below_the_floor() -> None:
    # A target of nothing: the pass count still meets the three-pass floor and 64 MiB.
    params = KdfParams.calibrate(target_seconds=0.0, timer=_timer(0.01, 0.2, [0.0]))
    assert params.time_cost == keyslots.FLOOR_TIME_COST
    assert params.memory_kib == keyslots.DEFAULT_MEMORY_KIB == 64 * 1024
    assert params.parallelism == keyslots.DEFAULT_PARALLELISM


def test_kdf_calibration_keeps_a_guess_above_the_minimum_time() -> None:
    # Fixed 0.02 s plus 0.01 s per pass: 0.4 s needs 38 passes even if 0.1 s is the target.
    params = KdfParams.calibrate(target_seconds=0.1, timer=_timer(0.02, 0.01, [0.0]))
    assert 0.02 + 0.01 * params.time_cost >= keyslots.MIN_UNLOCK_SECONDS


def test_kdf_calibration_takes_the_fastest_run_so_load_cannot_lower_the_cost() -> None:
    quiet = KdfParams.calibrate(timer=_timer(0.02, 0.05, [0.0]))
    # Four of five runs slowed down by other work: the fastest run still counts.
    loaded = KdfParams.calibrate(timer=_timer(0.02, 0.05, [0.3, 0.5, 0.0, 0.4, 0.2]))
    assert loaded == quiet
    assert 0.02 + 0.05 * quiet.time_cost == pytest.approx(keyslots.TARGET_UNLOCK_SECONDS, abs=0.05)


def test_kdf_calibration_times_its_choice_and_raises_it_when_the_line_misjudged() -> None:
    # Short runs cost 50 ms a pass, long ones only 30 ms (caches warm, a faster clock): the
    # straight line through 1 and PROBE_PASSES passes picks too few, and the check finds it.
    def measure(params: KdfParams) -> float:
        t = params.time_cost
        return 0.03 + (0.05 if t <= keyslots.PROBE_PASSES else 0.03) * t

    params = KdfParams.calibrate(timer=measure)
    assert measure(params) >= keyslots.MIN_UNLOCK_SECONDS
    assert params.time_cost > 1 + round((keyslots.TARGET_UNLOCK_SECONDS - 0.08) / 0.05)


def test_kdf_calibration_stays_within_what_the_file_accepts() -> None:
    slow = KdfParams.calibrate(timer=_timer(0.5, 0.5, [0.0]))
    assert slow.time_cost == keyslots.FLOOR_TIME_COST
    fast = KdfParams.calibrate(timer=_timer(0.0001, 0.0001, [0.0]))
    assert fast.time_cost == keyslots.MAX_TIME_COST
    assert keyslots.calibrated_kdf() == keyslots.calibrated_kdf()  # measured once


def test_at_least_never_lowers_a_cost() -> None:
    a = KdfParams(time_cost=9, memory_kib=32 * 1024, parallelism=1)
    b = KdfParams(time_cost=3, memory_kib=64 * 1024, parallelism=2)
    both = a.at_least(b)
    assert (both.time_cost, both.memory_kib, both.parallelism) == (9, 64 * 1024, 2)
    assert FAST_KDF.at_least(FAST_KDF) == FAST_KDF
    # Never past what keyslots.json accepts.
    huge = KdfParams(time_cost=64, memory_kib=keyslots.MAX_MEMORY_KIB, parallelism=1)
    capped = huge.at_least(b)
    assert capped.time_cost * capped.memory_kib <= keyslots.MAX_WORK_KIB


@pytest.mark.parametrize(
    "kdf",
    [
        pytest.param({"alg": "argon2id", "t": 256, "m": 1 << 20, "p": 16}, id="issue-hang"),
        pytest.param({"alg": "argon2id", "t": 64, "m": 128 * 1024, "p": 1}, id="work-over-cap"),
        pytest.param({"alg": "argon2id", "t": 1, "m": 512 * 1024, "p": 1}, id="m-over-cap"),
    ],
)
def test_costly_kdf_parameters_are_refused(slot_file: SlotFile, kdf: dict[str, Any]) -> None:
    with pytest.raises(DamagedVault):
        from_json(_edit(slot_file, lambda d: d["slots"][0].update(kdf=kdf)))


def test_an_oversized_or_deeply_nested_slot_file_is_refused(slot_file: SlotFile) -> None:
    deep = b'{"format":"supervisor-app/keyslots","version":1,"slots":' + b"[" * 100_000
    deep += b"]" * 100_000 + b"}"
    with pytest.raises(DamagedVault) as caught:
        from_json(deep)
    _assert_sentence(caught.value)
    big = to_json(slot_file).replace(b'"slots"', b'"padding":"' + b"x" * (5 << 20) + b'","slots"')
    with pytest.raises(DamagedVault, match="larger"):
        from_json(big)


# A valid slot file, for the fuzzer to cut and splice into.
_VALID: bytes = to_json(
    SlotFile(
        VAULT_ID,
        FAST_KDF,
        (make_slot(VAULT_ID, "anna", SECRET, bytes(32), FAST_KDF),),
    )
)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    data=st.one_of(
        st.binary(max_size=300),
        st.builds(
            lambda cut, junk: _VALID[:cut] + junk + _VALID[cut:],
            st.integers(0, 2000),
            st.binary(max_size=20),
        ),
    )
)
@example(data=b"[" * 100_000)
@example(data=b'{"format":"supervisor-app/keyslots","version":1,"slots":' + b"{" * 50_000)
@example(data=b'{"format":"supervisor-app/keyslots","version":1e400}')
def test_fuzzed_slot_files_are_refused_with_a_sentence_or_read(data: bytes) -> None:
    try:
        from_json(data)
    except VaultError as exc:
        _assert_sentence(exc)
