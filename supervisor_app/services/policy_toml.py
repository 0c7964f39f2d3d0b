"""The recording policy as a TOML file that a privacy officer can read, comment and edit.

What the file may hold, and how each value is read and written, comes from the policy's
field declarations (domain/policy.py, domain/policy_schema.py); this module adds TOML itself:
parsing, the layout of what it writes, and keeping the comments of a file it rewrites.
"""

from __future__ import annotations

import textwrap
from collections.abc import Mapping
from typing import Final

import tomlkit
from tomlkit.container import Container, OutOfOrderTableProxy
from tomlkit.exceptions import TOMLKitError
from tomlkit.items import AoT, InlineTable, Item, Table

from supervisor_app.domain.policy import Policy, main_language_of
from supervisor_app.domain.policy_schema import (
    LocalLinesValue,
    LocalTextValue,
    Reader,
    ReadProblem,
    Records,
    Section,
    declared,
    toml_data,
)

# A problem in a file: its key path (purposes counted from 1) and a sentence.
Problem = ReadProblem


class PolicyFileError(Exception):
    """A policy file that cannot be imported; ``problems`` lists everything wrong with it."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("\n".join(str(p) for p in problems))
        self.problems = problems


# --- reading ---------------------------------------------------------------------------


def is_empty(text: str) -> bool:
    """Whether a TOML text sets nothing at all (blank, or comments only)."""
    try:
        return not tomlkit.parse(text).unwrap()
    except TOMLKitError:
        return False


def load_policy(text: str, record: type[Policy] = Policy) -> Policy:
    """Read a policy from TOML text.

    A missing key means "not filled in yet": such a policy loads, and ``missing_items``
    says what is left. A value of the wrong type or outside its limits makes the whole
    file invalid; PolicyFileError then lists every problem in the file at once, and no
    policy is returned. A plain string where a text per language is kept counts as the
    organisation's main language (``[organisation] language``, Dutch when not given).
    ``record`` is the policy class whose declared fields the file may hold.
    """
    try:
        data: Mapping[str, object] = tomlkit.parse(text).unwrap()
    except TOMLKitError as error:
        raise PolicyFileError([Problem("", _parse_error_sentence(error))]) from None
    reader = Reader(strict=True, main_language=main_language_of(data))
    policy = reader.record(record, data, "")
    if reader.problems:
        raise PolicyFileError(reader.problems)
    return policy


def _parse_error_sentence(error: TOMLKitError) -> str:
    # tomlkit's messages read like "Invalid date at line 3 col 7" or 'Key "name" already
    # exists.'; make one sentence of them.
    detail = str(error).rstrip(".")
    return f"The file is not valid TOML: {detail}. Correct it and import again."


# --- writing ---------------------------------------------------------------------------

_WRAP_AT: Final = 88


def dump_policy(policy: Policy, existing_text: str | None = None) -> str:
    """Write a policy as TOML text that ``load_policy`` reads back to an equal policy.

    A fresh file explains each field in a comment above it (the field's help). Given the
    text of the file the policy was imported from, only changed values are rewritten, so
    the privacy officer's comments, order and layout survive. A comment at the end of a
    changed line is kept as written; a comment block above a purpose moves and goes with
    that purpose. Raises PolicyFileError if ``existing_text`` is not valid TOML.
    """
    data = toml_data(policy)
    if existing_text is None:
        document = tomlkit.document()
        document.add(tomlkit.comment("Recording policy for the Supervisor App."))
        document.add(tomlkit.comment("Missing keys mean: not filled in yet. Texts that documents"))
        document.add(tomlkit.comment('and notices print are written per language: nl = "…" and'))
        document.add(tomlkit.comment('en = "…".'))
        document.add(tomlkit.nl())
        _fill(document, type(policy), data, ())
        return tomlkit.dumps(document)
    try:
        document = tomlkit.parse(existing_text)
    except TOMLKitError as error:
        raise PolicyFileError([Problem("", _parse_error_sentence(error))]) from None
    _merge(document, data, ())
    return tomlkit.dumps(document)


def _fill(
    target: Container | Table, record: type, data: Mapping[str, object], path: tuple[str, ...]
) -> None:
    """Write a fresh table of record's fields, each with its help as a comment above it."""
    for name, spec in declared(record):
        if name not in data:
            continue
        value = data[name]
        for line in textwrap.wrap(spec.help, _WRAP_AT - 2):
            target.add(tomlkit.comment(line))
        here = (*path, name)
        if isinstance(spec, Section) and isinstance(value, Mapping):
            table = tomlkit.table()
            _fill(table, spec.record, value, here)
            target.add(name, table)
        elif isinstance(spec, Records) and isinstance(value, list):
            tables = tomlkit.aot()
            for entry in value:
                table = tomlkit.table()
                _fill(table, spec.record, _mapping(entry), (*here, "[]"))
                tables.append(table)
            target.add(name, tables)
        else:
            _put(target, name, value, here)


# tomlkit's containers: a whole document, a [table], an inline { table }, or the lines of
# dotted keys (title.nl = "…") that together make one table.
_Table = Container | Table | InlineTable | OutOfOrderTableProxy


def _merge(target: _Table, data: Mapping[str, object], path: tuple[str, ...]) -> None:
    """Make target hold exactly data, touching only what differs."""
    for key in [k for k in target if k not in data]:
        current = target[key]
        if isinstance(current, AoT):
            # Only purposes is a list of tables; this keeps the comments that follow it.
            _merge_purposes(target, current, [])
        else:
            del target[key]
    for key, value in data.items():
        here = (*path, key)
        if key in target:
            current = target[key]
            if isinstance(value, Mapping) and isinstance(current, Container | Table | InlineTable):
                _merge(current, value, here)
                continue
            if here == ("purposes",) and isinstance(current, AoT) and isinstance(value, list):
                _merge_purposes(target, current, value)
                continue
            # tomlkit hands out booleans as plain bool, everything else as items.
            plain = current.unwrap() if isinstance(current, Item | Container) else current
            if isinstance(current, OutOfOrderTableProxy):
                plain = {k: v.unwrap() if isinstance(v, Item) else v for k, v in current.items()}
            if plain == value:
                continue  # unchanged: keep its quoting, layout and line comment
            dotted = isinstance(value, LocalTextValue | LocalLinesValue) and _dotted(value, key)
            if isinstance(current, OutOfOrderTableProxy) or dotted:
                # Lines of a text per language are rewritten together, where they were; a
                # plain text that needs them becomes one line per language where it was.
                _replace_with_dotted(target, key, _mapping(value))
                continue
            target[key] = _keep_line_comment(_raw_item(target, key), _item(value, here))
        else:
            _put(target, key, value, here)


def _put(target: _Table, key: str, value: object, path: tuple[str, ...]) -> None:
    """Add a new key: a text per language as dotted lines when it is long."""
    if isinstance(value, LocalTextValue | LocalLinesValue) and _dotted(value, key):
        for language, text in value.items():
            item = _dotted_item(key, language, text, (*path, language))
            if isinstance(target, Table | Container):
                target.add(tomlkit.key([key, language]), item)
            else:
                target[key] = _item(dict(value), path)  # inline tables hold no dotted lines
                return
        return
    if isinstance(target, Table | Container):
        target.add(key, _item(value, path))
    else:
        target[key] = _item(value, path)


def _dotted(value: LocalTextValue | LocalLinesValue, key: str) -> bool:
    """Whether a text per language is written as ``key.nl = …`` lines rather than inline."""
    if isinstance(value, LocalLinesValue):
        return True
    inline = _item(dict(value), ("",))
    return "\n" in inline.as_string() or len(f"{key} = {inline.as_string()}") > _WRAP_AT


def _replace_with_dotted(target: _Table, key: str, value: Mapping[str, object]) -> None:
    container = target if isinstance(target, Container) else getattr(target, "value", None)
    if not isinstance(container, Container):
        target[key] = _item(dict(value), (key,))
        return
    index = next(i for i, (k, _) in enumerate(container.body) if k is not None and k.key == key)
    container.remove(key)
    for language in reversed(list(value)):
        item = _dotted_item(key, language, value[language], (key, language))
        container._insert_at(index, tomlkit.key([key, language]), item)


def _dotted_item(key: str, language: str, value: object, path: tuple[str, ...]) -> Item:
    """The value of a ``key.language = …`` line, wrapped when the line would be too long."""
    line = f'{key}.{language} = "{value}"'
    if isinstance(value, str) and "\n" not in value and len(line) > _WRAP_AT:
        return _line(_wrapped(value))
    return _line(_item(value, path))


def _line(item: Item) -> Item:
    """An item that ends its line (a wrapped text parsed on its own does not)."""
    if not item.trivia.trail.endswith("\n"):
        item.trivia.trail += "\n"
    return item


def _raw_item(target: _Table, key: str) -> Item | None:
    # Indexing hands out some values unwrapped; the container's item() does not.
    container = target if isinstance(target, Container) else getattr(target, "value", None)
    if not isinstance(container, Container):
        return None
    found = container.item(key)
    return found if isinstance(found, Item) else None


def _keep_line_comment(old: Item | None, new: Item) -> Item:
    """Carry the comment at the end of the old value's line over to the new value."""
    # A table's trivia is about its [header] line, not a value's line.
    if old is not None and not isinstance(old, Table | AoT):
        new.trivia.comment_ws = old.trivia.comment_ws
        new.trivia.comment = old.trivia.comment
        new.trivia.trail = old.trivia.trail
    return new


def _merge_purposes(target: _Table, tables: AoT, purposes: list[object]) -> None:
    wanted = [_purpose_id(p) for p in purposes]
    have = [_purpose_id(t.unwrap()) for t in tables]
    path = ("purposes", "[]")
    if have == wanted:
        # The usual case: the same purposes in the same order; update each where it is.
        for table, purpose in zip(tables, purposes, strict=True):
            _merge(table, _mapping(purpose), path)
        return
    # Purposes were added, removed or reordered. A comment block above a [[purposes]]
    # header introduces that purpose, and the block after the last one introduces the
    # next section; tomlkit keeps each block at the end of the table before it, so
    # detach the blocks first and give each back to what it introduces.
    old = list(tables)
    blocks = [_cut_trailing_comments(t) for t in old]
    headers: list[list[Item]] = [[], *blocks[:-1]]
    tail = blocks[-1] if blocks else []
    available: dict[str, tuple[Table, list[Item]]] = {}
    for purpose_id, table, header in zip(have, old, headers, strict=True):
        if purpose_id:
            available.setdefault(purpose_id, (table, header))
    rebuilt: list[Table] = []
    for purpose_id, purpose in zip(wanted, purposes, strict=True):
        table, header = available.pop(purpose_id, None) or (None, [])
        if table is None:
            table = _new_table(_mapping(purpose), path)
        else:
            _merge(table, _mapping(purpose), path)
        # The previous table holds this one's header block; before the first table,
        # the section above the purposes does.
        _append_all(rebuilt[-1] if rebuilt else _table_before(target, "purposes"), header)
        rebuilt.append(table)
    _append_all(rebuilt[-1] if rebuilt else _table_before(target, "purposes"), tail)
    if rebuilt:
        replacement = tomlkit.aot()
        replacement.extend(rebuilt)
        target["purposes"] = replacement
    else:
        del target["purposes"]


def _cut_trailing_comments(table: Table) -> list[Item]:
    """Remove and return the comments and blank lines after the table's last key."""
    body = table.value.body
    cut = len(body)
    while cut and body[cut - 1][0] is None:
        cut -= 1
    block = [item for _, item in body[cut:]]
    # Only entries without a key go, so the container's key index stays right.
    del body[cut:]
    return block


def _append_all(table: Table | None, items: list[Item]) -> None:
    if table is not None:
        for item in items:
            table.value.append(None, item)


def _table_before(target: _Table, key: str) -> Table | None:
    keys = list(target.keys())
    position = keys.index(key)
    before = target[keys[position - 1]] if position else None
    return before if isinstance(before, Table) else None


def _purpose_id(purpose: object) -> str:
    value = purpose.get("id", "") if isinstance(purpose, Mapping) else ""
    return value if isinstance(value, str) else ""


def _mapping(value: object) -> Mapping[str, object]:
    if not isinstance(value, Mapping):
        raise TypeError(f"expected a mapping, got {type(value).__name__}")
    return value


def _item(value: object, path: tuple[str, ...]) -> Item:
    """Turn a plain value into a tomlkit item, choosing a readable form by its place."""
    if isinstance(value, Mapping):
        if path[-1:] == ("applies_to",) or isinstance(value, LocalTextValue) or path == ("",):
            inline = tomlkit.inline_table()
            for key, inner in value.items():
                inline.append(key, _item(inner, (*path, key)))
            return inline
        return _new_table(value, path)
    if isinstance(value, list) and path == ("purposes",):
        tables = tomlkit.aot()
        for purpose in value:
            tables.append(_new_table(_mapping(purpose), (*path, "[]")))
        return tables
    if isinstance(value, list):
        array = tomlkit.array()
        array.extend(value)
        # One expectation per line reads like the protocol it becomes.
        if "expectations" in path and len(value) > 1:
            array.multiline(True)
        return array
    if isinstance(value, str) and "\n" in value:
        return tomlkit.string(value, multiline=True)
    if isinstance(value, str) and len(value) > _WRAP_AT:
        return _wrapped(value)
    return tomlkit.item(value)


def _wrapped(text: str) -> Item:
    """Write a long text over several lines, the way the example file does.

    A backslash at the end of a line inside triple quotes joins the lines again
    when the file is read, so the text itself does not change.
    """
    lines: list[str] = []
    line = ""
    for word in text.split(" "):
        if line and len(line) + len(word) > _WRAP_AT:
            lines.append(line)
            line = ""
        line += word + " "
    lines.append(line[:-1])
    body = " \\\n".join(_escaped(chunk.removesuffix(" ")) for chunk in lines)
    item = tomlkit.parse(f'x = """\n{body}"""')["x"]
    # Continuation lines lose leading blanks, so odd spacing cannot be wrapped; check it.
    if isinstance(item, Item) and item.unwrap() == text:
        return item
    return tomlkit.item(text)


def _escaped(text: str) -> str:
    # tomlkit writes "…" with every needed escape; the same escapes are valid inside """…""".
    return tomlkit.item(text).as_string()[1:-1]


def _new_table(data: Mapping[str, object], path: tuple[str, ...]) -> Table:
    table = tomlkit.table()
    for key, value in data.items():
        _put(table, key, value, (*path, key))
    return table
