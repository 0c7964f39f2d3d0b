"""How each policy field is declared once, and what is derived from those declarations.

Every field of the policy's dataclasses (domain/policy.py) is declared with ``declare()``,
which keeps a ``Field`` in the dataclass field's metadata: its kind, limits, whether it is
written per language, its label and help, and the sentences of its completeness rules.
Everything else walks those declarations, as qutebrowser does with ``configdata.yml``:

- ``Reader`` reads both the stored JSON form and the TOML file's form (collecting every
  problem with its key path), so old stored versions and plain-text files keep loading;
- ``plain()`` writes the stored JSON form and ``toml_data()`` the TOML file's values;
- ``Check`` runs each field's completeness and plausibility rules (domain/policy_check.py
  adds the rules that join several fields);
- the editor (ui/policy/policy_widgets.py) makes one widget per field from its kind.

Labels, help texts and sentences are English. They are wrapped in ``QT_TRANSLATE_NOOP`` so
that Qt's lupdate finds them here and ui/ can show them translated; the domain stays free of Qt.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import difflib
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, ClassVar, Final, Generic, TypeVar, cast

from supervisor_app.domain.errors import InputError, UserFacingError
from supervisor_app.domain.phrasebook import LANGUAGES
from supervisor_app.domain.roles import Role, parse_role
from supervisor_app.domain.texts import LocalLines, LocalText, word_count

T = TypeVar("T")
E = TypeVar("E", bound=StrEnum)

_SPEC: Final = "policy_field"
# The translation contexts of the texts declared with the policy's fields.
LABELS: Final = "PolicyField"
CHECKS: Final = "PolicyCheck"
CHOICES: Final = "PolicyChoice"
FILE_PROBLEMS: Final = "PolicyFile"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark text for translation without Qt: lupdate finds the call, ui/ translates the text."""
    return text


# The names of the languages in sentences; ui/ translates them.
LANGUAGE_NAMES: Final[Mapping[str, str]] = {
    "nl": QT_TRANSLATE_NOOP("PolicyCheck", "Dutch"),
    "en": QT_TRANSLATE_NOOP("PolicyCheck", "English"),
}
STILL_MISSING_IN: Final = QT_TRANSLATE_NOOP("PolicyCheck", "It is still missing in {languages}.")
TWO_LANGUAGES: Final = QT_TRANSLATE_NOOP("PolicyCheck", "{first} and {second}")


def language_list(
    languages: Sequence[str],
    names: Mapping[str, str] = LANGUAGE_NAMES,
    pattern: str = TWO_LANGUAGES,
) -> str:
    """``Dutch``, or ``Dutch and English`` (the app speaks two languages)."""
    shown = [names[lang] for lang in languages]
    if len(shown) == 1:
        return shown[0]
    return pattern.format(first=", ".join(shown[:-1]), second=shown[-1])


# --- findings ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class MissingItem:
    """One thing that keeps the policy from being complete, or a warning about it.

    ``key`` is stable (tests, links to the editor). ``template`` is an English sentence with
    ``{placeholders}`` filled from ``params``; ui/ translates the template and fills it the
    same way. ``languages`` names the languages a text is still missing in. A warning does
    not keep the policy from being complete.
    """

    key: str
    template: str
    # Not part of the hash (a dict has none); two items are equal when their values are.
    params: Mapping[str, str] = field(default_factory=dict, hash=False)
    languages: tuple[str, ...] = ()
    warning: bool = False

    @property
    def text(self) -> str:
        """The English sentence."""
        sentence = self.template.format(**self.params)
        if self.languages:
            sentence += " " + STILL_MISSING_IN.format(languages=language_list(self.languages))
        return sentence


@dataclass(frozen=True, slots=True)
class ReadProblem:
    """A value that cannot be read: its key path (purposes counted from 1) and why.

    ``text`` is the English sentence. Where a sentence is declared for translation,
    ``template`` is that sentence with ``{placeholders}`` filled from ``params``, and ui/
    shows it translated; where a value's own parser refused it, ``error`` is that error and
    ui/ words it as it words every error; otherwise ui/ shows ``text``.
    """

    key: str
    text: str
    template: str = ""
    params: Mapping[str, str] = field(default_factory=dict, hash=False, compare=False)
    error: UserFacingError | None = field(default=None, hash=False, compare=False)

    def __str__(self) -> str:
        return f"{self.key}: {self.text}" if self.key else self.text


# --- declaring fields -------------------------------------------------------------------------

Requirement = bool | Callable[[Any], bool]


@dataclass(frozen=True, kw_only=True)
class Field(Generic[T]):
    """What the policy knows about one field; subclasses are the kinds of value.

    ``required`` is a flag or a function of the record that holds the field (the sampling
    rate is needed only when the app draws the sample). ``missing`` is the sentence when a
    required field is blank; ``{name}`` in it is the purpose's name. ``words`` asks an
    explanation to hold at least that many words, ``too_short`` says why it must.
    """

    kind: ClassVar[str] = ""
    default: T
    label: str = ""
    help: str = ""
    note: bool = False  # show help under the field in the editor, else as its tooltip
    placeholder: str = ""
    required: Requirement = False
    missing: str = ""
    warn_if_blank: bool = False  # blank is allowed, but missing says why it matters
    words: int = 0
    too_short: str = ""

    # -- reading and writing

    def read(self, raw: object, reader: Reader, key: str) -> T:
        """The value from its stored or file form; a problem is recorded and blank returned."""
        raise NotImplementedError

    def plain(self, value: T) -> object:
        """The stored JSON form."""
        raise NotImplementedError

    def toml(self, value: T) -> object:
        """The TOML file's form; None leaves the key out (it reads back as blank)."""
        return None if self.is_blank(value) else self.plain(value)

    def is_blank(self, value: T) -> bool:
        """Whether the value means "not filled in"."""
        return value == self.default

    # -- checking

    def is_required(self, holder: object) -> bool:
        """Whether the field must be filled in, given the record that holds it."""
        return self.required(holder) if callable(self.required) else self.required

    def check(self, value: T, holder: object, check: Check, key: str) -> None:
        """Report what is missing or implausible in value (blank, then the kind's own rules)."""
        if self.is_blank(value):
            if self.is_required(holder):
                check.need(key, self.missing, params=self.limits())
            elif self.warn_if_blank:
                check.need(key, self.missing, warning=True, params=self.limits())
            return
        self.check_value(value, holder, check, key)

    def limits(self) -> dict[str, str]:
        """The values the field's sentences may name, such as ``{minimum}`` and ``{maximum}``."""
        return {}

    def check_value(self, value: T, holder: object, check: Check, key: str) -> None:
        """The rules for a filled-in value (none by default)."""


def declare(spec: Field[T]) -> T:
    """Declare a dataclass field with its policy Field: ``name: str = declare(Text(...))``."""
    return dataclasses.field(default=spec.default, metadata={_SPEC: spec})


_DECLARED: dict[type, tuple[tuple[str, Field[Any]], ...]] = {}


def declared(record: type) -> tuple[tuple[str, Field[Any]], ...]:
    """(name, Field) of each declared field of a policy dataclass, in declaration order."""
    found = _DECLARED.get(record)
    if found is None:
        found = tuple(
            (f.name, f.metadata[_SPEC]) for f in dataclasses.fields(record) if _SPEC in f.metadata
        )
        _DECLARED[record] = found
    return found


def field_at(record: type, path: Sequence[str]) -> Field[Any]:
    """The Field at a path of names from record, e.g. ("sampling", "rate") from Policy."""
    spec: Field[Any] | None = None
    for name in path:
        spec = dict(declared(record)).get(name)
        if spec is None:
            raise KeyError(".".join(path))
        if isinstance(spec, Section | Records):
            record = spec.record
    if spec is None:
        raise KeyError("an empty path")
    return spec


def walk(record: type, prefix: str = "") -> Iterator[tuple[str, Field[Any]]]:
    """Every declared field under record with its dotted key; purposes as ``purposes[].id``."""
    for name, spec in declared(record):
        key = f"{prefix}.{name}" if prefix else name
        yield key, spec
        if isinstance(spec, Section):
            yield from walk(spec.record, key)
        elif isinstance(spec, Records):
            yield from walk(spec.record, f"{key}[]")


def get_path(value: Any, path: Sequence[str]) -> Any:
    """The value at a path of attribute names."""
    for name in path:
        value = getattr(value, name)
    return value


def replace_path(value: T, path: Sequence[str], new: object) -> T:
    """A copy of value with the value at path replaced (frozen dataclasses all the way)."""
    if not path:
        return cast(T, new)
    head, *rest = path
    inner = replace_path(getattr(value, head), rest, new)
    return cast(T, dataclasses.replace(cast(Any, value), **{head: inner}))


# --- reading ----------------------------------------------------------------------------------


class Reader:
    """Reads plain data (stored JSON or a parsed TOML file) into policy records.

    Every value that cannot be read is recorded in ``problems`` with its key path and a
    sentence, and read as blank, so one pass reports everything wrong. ``strict`` is for
    files a person wrote: unknown keys and values outside their limits are problems too.
    Stored versions are read without it, so a version stored under looser rules still
    loads (and the completeness check says what is wrong with it). A plain string where a
    text per language is expected counts as ``main_language``.
    """

    def __init__(self, *, strict: bool, main_language: str = LANGUAGES[0]) -> None:
        self.strict = strict
        self.main_language = main_language
        self.problems: list[ReadProblem] = []

    def problem(self, key: str, text: str) -> None:
        """Record that the value at key cannot be read, and why."""
        self.problems.append(ReadProblem(key, text))

    def refused(self, key: str, error: UserFacingError) -> None:
        """Record that a value's parser refused it, with the parser's error."""
        self.problems.append(ReadProblem(key, str(error), error=error))

    def translatable_problem(self, key: str, template: str, **params: str) -> None:
        """Record a problem whose sentence ui/ can translate (declared with QT_TRANSLATE_NOOP)."""
        self.problems.append(ReadProblem(key, template.format(**params), template, params))

    def record(self, record: type[T], data: Mapping[str, object], path: str) -> T:
        """A policy record from a mapping of its field names."""
        fields = declared(record)
        self.unknown_keys(data, [name for name, _ in fields], path)
        values = {
            name: spec.read(data[name], self, join(path, name)) if name in data else spec.default
            for name, spec in fields
        }
        return record(**values)

    def unknown_keys(self, data: Mapping[str, object], allowed: Sequence[str], path: str) -> None:
        """A problem for each key of data that is not allowed (strict reading only)."""
        if not self.strict:
            return
        for key in data:
            if key in allowed:
                continue
            close = difflib.get_close_matches(key, allowed, n=1)
            valid = ", ".join(allowed)
            if close:
                self.translatable_problem(
                    join(path, key),
                    QT_TRANSLATE_NOOP(
                        "PolicyFile",
                        "Unknown key “{name}”; did you mean “{close}”? Valid keys here: {valid}.",
                    ),
                    name=key,
                    close=close[0],
                    valid=valid,
                )
            else:
                self.translatable_problem(
                    join(path, key),
                    QT_TRANSLATE_NOOP(
                        "PolicyFile", "Unknown key “{name}”. Valid keys here: {valid}."
                    ),
                    name=key,
                    valid=valid,
                )


def join(path: str, key: str) -> str:
    """``path.key``, or key at the top."""
    return f"{path}.{key}" if path else key


def describe(value: object) -> str:
    """What kind of value a reader wrote, for a sentence: ``a number``, ``“x”`` and so on."""
    # Declared for translation: ui/ translates a problem's values as well as its sentence.
    number = QT_TRANSLATE_NOOP("PolicyFile", "a number")
    names = {
        bool: QT_TRANSLATE_NOOP("PolicyFile", "true/false"),
        int: number,
        float: number,
        list: QT_TRANSLATE_NOOP("PolicyFile", "a list"),
    }
    if isinstance(value, Mapping):
        return QT_TRANSLATE_NOOP("PolicyFile", "a table")
    if isinstance(value, dt.date):
        return QT_TRANSLATE_NOOP("PolicyFile", "a date")
    return names.get(type(value), f"“{value}”")


_NOT_TEXT: Final = QT_TRANSLATE_NOOP("PolicyFile", "This must be text in quotes, not {what}.")
_NOT_LIST: Final = QT_TRANSLATE_NOOP(
    "PolicyFile", 'This must be a list of texts such as ["a", "b"], not {what}.'
)
_NOT_WHOLE: Final = QT_TRANSLATE_NOOP("PolicyFile", "This must be a whole number, not {what}.")
NOT_TRUE_OR_FALSE: Final = QT_TRANSLATE_NOOP(
    "PolicyFile", "This must be true or false, not {what}."
)


# --- the kinds of field -----------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class Text(Field[str]):
    """A short text that is the same in every language (a name, an address, a reference).

    ``valid`` (optional) decides whether a filled-in text makes sense; ``invalid`` says why
    not (with ``{text}``). A file whose text is not valid is refused with ``read_invalid``
    when that is given (a purpose id, a time zone); otherwise only completeness says so.
    """

    kind: ClassVar[str] = "text"
    default: str = ""
    valid: Callable[[str], bool] | None = None
    invalid: str = ""
    read_invalid: str = ""
    lines: int = 0
    suggestions: Callable[[], Sequence[str]] | None = None  # the editor offers these

    def read(self, raw: object, reader: Reader, key: str) -> str:
        """Text in quotes."""
        if not isinstance(raw, str):
            reader.translatable_problem(key, _NOT_TEXT, what=describe(raw))
            return ""
        refused = self.read_invalid and self.valid is not None and not self.valid(raw)
        if reader.strict and raw and refused:
            reader.translatable_problem(key, self.read_invalid, text=raw)
        return raw

    def plain(self, value: str) -> object:
        """The text."""
        return value

    def toml(self, value: str) -> object:
        """The text as written (spaces too), left out only when there is none."""
        return value or None

    def is_blank(self, value: str) -> bool:
        """Blank or only spaces."""
        return not value.strip()

    def check_value(self, value: str, holder: object, check: Check, key: str) -> None:
        """Too few words, or not what the field asks for."""
        if self.words and word_count(value) < self.words:
            check.need(key, self.too_short, n=str(self.words), text=_quoted(value))
        elif self.valid is not None and not self.valid(value.strip()):
            check.need(key, self.invalid, text=value.strip())


@dataclass(frozen=True, kw_only=True)
class Local(Field[LocalText]):
    """A free text that documents or notices print: written once per language.

    A file may write ``{ nl = "…", en = "…" }`` (or ``title.nl = "…"`` lines), or a plain
    string, which counts as the organisation's main language.
    """

    kind: ClassVar[str] = "local_text"
    default: LocalText = LocalText()
    lines: int = 0  # the height of the editor's text boxes; 0 is one line

    def read(self, raw: object, reader: Reader, key: str) -> LocalText:
        """A plain string (the main language) or a table of languages."""
        if isinstance(raw, str):
            return LocalText.of(reader.main_language, raw)
        if not isinstance(raw, Mapping):
            reader.translatable_problem(
                key,
                QT_TRANSLATE_NOOP(
                    "PolicyFile",
                    "This must be text in quotes, or one text per language such as "
                    '{{ nl = "…", en = "…" }}, not {what}.',
                ),
                what=describe(raw),
            )
            return LocalText()
        text = LocalText()
        for language, value in raw.items():
            if language not in LANGUAGES:
                reader.translatable_problem(
                    join(key, str(language)),
                    QT_TRANSLATE_NOOP(
                        "PolicyFile",
                        "Unknown language “{language}”; write the text per language as "
                        'nl = "…" and en = "…".',
                    ),
                    language=str(language),
                )
            elif not isinstance(value, str):
                reader.translatable_problem(join(key, language), _NOT_TEXT, what=describe(value))
            else:
                text = text.replaced(language, value)
        return text

    def plain(self, value: LocalText) -> object:
        """Every language's text."""
        return {lang: _raw(value, lang) for lang in LANGUAGES}

    def toml(self, value: LocalText) -> object:
        """The languages that have text (a marked mapping, so the writer can lay it out)."""
        texts = LocalTextValue(
            (lang, _raw(value, lang)) for lang in LANGUAGES if _raw(value, lang) != ""
        )
        return texts or None

    def is_blank(self, value: LocalText) -> bool:
        """No language has text."""
        return value.is_blank

    def check(self, value: LocalText, holder: object, check: Check, key: str) -> None:
        """Blank, missing in a language the agents read, or too short to explain anything."""
        if self.is_blank(value):
            super().check(value, holder, check, key)
            return
        if value.missing(check.languages):
            check.need(key, self.missing, languages=value.missing(check.languages))
        if self.words:
            for language in LANGUAGES:
                text = value.get(language)
                if language in check.languages and text and word_count(text) < self.words:
                    check.need(key, self.too_short, n=str(self.words), text=_quoted(text))
                    break


class LocalTextValue(dict[str, str]):
    """The TOML form of a text per language (a plain dict, marked for the writer's layout)."""


class LocalLinesValue(dict[str, list[str]]):
    """The TOML form of lines per language (marked for the writer's layout)."""


def _raw(value: LocalText, language: str) -> str:
    return value.nl if language == "nl" else value.en


@dataclass(frozen=True, kw_only=True)
class Lines(Field[LocalLines]):
    """A list of short texts per language, such as the protocol's expectations.

    A file writes ``expectations.nl = [...]`` and ``expectations.en = [...]``, or one plain
    list, which counts as the main language. ``unequal`` is said when the languages do not
    have the same number of lines (each line is one expectation in every language).
    """

    kind: ClassVar[str] = "local_lines"
    default: LocalLines = LocalLines()
    unequal: str = ""
    blank_line: str = ""
    lines: int = 8

    def read(self, raw: object, reader: Reader, key: str) -> LocalLines:
        """A plain list (the main language) or a table of lists per language."""
        if isinstance(raw, list):
            return LocalLines.of(reader.main_language, _strings(raw, reader, key))
        if not isinstance(raw, Mapping):
            reader.translatable_problem(
                key,
                QT_TRANSLATE_NOOP(
                    "PolicyFile",
                    'This must be a list of texts such as ["a", "b"], or one list per language, '
                    "not {what}.",
                ),
                what=describe(raw),
            )
            return LocalLines()
        lines = LocalLines()
        for language, value in raw.items():
            if language not in LANGUAGES:
                reader.translatable_problem(
                    join(key, str(language)),
                    QT_TRANSLATE_NOOP(
                        "PolicyFile",
                        "Unknown language “{language}”; write one list per language as "
                        "nl = [...] and en = [...].",
                    ),
                    language=str(language),
                )
            elif not isinstance(value, list):
                reader.translatable_problem(join(key, language), _NOT_LIST, what=describe(value))
            else:
                lines = lines.replaced(language, _strings(value, reader, join(key, language)))
        return lines

    def plain(self, value: LocalLines) -> object:
        """Every language's lines."""
        return {lang: list(value.nl if lang == "nl" else value.en) for lang in LANGUAGES}

    def toml(self, value: LocalLines) -> object:
        """The languages that have lines."""
        found = LocalLinesValue(
            (lang, list(value.nl if lang == "nl" else value.en))
            for lang in LANGUAGES
            if (value.nl if lang == "nl" else value.en)
        )
        return found or None

    def is_blank(self, value: LocalLines) -> bool:
        """No language has a line."""
        return value.is_blank

    def check(self, value: LocalLines, holder: object, check: Check, key: str) -> None:
        """Blank, missing in a language, an empty line, or lists of different lengths."""
        if self.is_blank(value):
            super().check(value, holder, check, key)
            return
        if value.missing(check.languages):
            check.need(key, self.missing, languages=value.missing(check.languages))
        elif value.has_blank_line():
            check.need(key, self.blank_line)
        counts = {len(value.get(lang)) for lang in LANGUAGES if lang in check.languages}
        if len(counts) > 1 and not value.missing(check.languages):
            check.need(key, self.unequal)


def _strings(raw: list[object], reader: Reader, key: str) -> tuple[str, ...]:
    texts: list[str] = []
    for position, item in enumerate(raw, start=1):
        if not isinstance(item, str):
            if reader.strict:
                reader.translatable_problem(
                    key,
                    QT_TRANSLATE_NOOP(
                        "PolicyFile", "Entry {n} must be text in quotes, not {what}."
                    ),
                    n=str(position),
                    what=describe(item),
                )
            else:
                texts.append(str(item))
        elif reader.strict and not item.strip():
            reader.translatable_problem(
                key,
                QT_TRANSLATE_NOOP("PolicyFile", "Entry {n} is empty; remove it or fill it in."),
                n=str(position),
            )
        else:
            texts.append(item)
    return tuple(texts)


@dataclass(frozen=True, kw_only=True)
class Strings(Field[tuple[str, ...]]):
    """A list of short texts that need no translation: queue names, numbers, codes."""

    kind: ClassVar[str] = "strings"
    default: tuple[str, ...] = ()
    lines: int = 0  # the editor shows one per line in a box of this height; 0: commas

    def read(self, raw: object, reader: Reader, key: str) -> tuple[str, ...]:
        """A list of texts."""
        if not isinstance(raw, list):
            reader.translatable_problem(key, _NOT_LIST, what=describe(raw))
            return ()
        return _strings(raw, reader, key)

    def plain(self, value: tuple[str, ...]) -> object:
        """The list."""
        return list(value)


@dataclass(frozen=True, kw_only=True)
class Count(Field[int]):
    """A whole number within limits: days, calls.

    ``unit`` is "days" or "" (the editor writes "30 days"). A value outside the limits
    is refused in a file and reported with ``missing`` by the completeness check, which
    therefore states the limits.
    """

    kind: ClassVar[str] = "count"
    default: int = 0
    minimum: int = 0
    maximum: int = 0
    unit: str = ""

    def read(self, raw: object, reader: Reader, key: str) -> int:
        """A whole number (true/false is not one)."""
        if not isinstance(raw, int) or isinstance(raw, bool):
            reader.translatable_problem(key, _NOT_WHOLE, what=describe(raw))
            return self.default
        if reader.strict and not self.minimum <= raw <= self.maximum:
            _out_of_limits(reader, key, self.minimum, self.maximum, raw)
            return self.default
        return raw

    def plain(self, value: int) -> object:
        """The number."""
        return value

    def is_blank(self, value: int) -> bool:
        """0 where the least is 1 means not filled in (0 days kept is not a retention)."""
        return value == 0 and self.minimum > 0

    def check(self, value: int, holder: object, check: Check, key: str) -> None:
        """Outside the limits; 0 only matters when the field is required."""
        if self.minimum <= value <= self.maximum:
            return
        if self.is_blank(value) and not self.is_required(holder):
            return
        check.need(key, self.missing, params=self.limits())

    def limits(self) -> dict[str, str]:
        """The least and the most."""
        return {"minimum": str(self.minimum), "maximum": str(self.maximum)}


OUT_OF_LIMITS: Final = QT_TRANSLATE_NOOP(
    "PolicyFile", "This must be a whole number from {minimum} to {maximum}, not {value}."
)


def _out_of_limits(reader: Reader, key: str, minimum: int, maximum: int, value: int) -> None:
    # The limits of the policy's numbers (domain/policy.py) are hard: a file beyond them is
    # refused, so no date computed from it can overflow.
    limits = {"minimum": str(minimum), "maximum": str(maximum), "value": str(value)}
    reader.translatable_problem(key, OUT_OF_LIMITS, **limits)


@dataclass(frozen=True, kw_only=True)
class OptionalCount(Field[int | None]):
    """A whole number that may be not stated yet (None) and may be 0."""

    kind: ClassVar[str] = "optional_count"
    default: int | None = None
    minimum: int = 0
    maximum: int = 0
    unit: str = ""

    def read(self, raw: object, reader: Reader, key: str) -> int | None:
        """A whole number, or nothing."""
        if raw is None:
            return None
        if not isinstance(raw, int) or isinstance(raw, bool):
            reader.translatable_problem(key, _NOT_WHOLE, what=describe(raw))
            return None
        if reader.strict and not self.minimum <= raw <= self.maximum:
            _out_of_limits(reader, key, self.minimum, self.maximum, raw)
            return None
        return raw

    def plain(self, value: int | None) -> object:
        """The number or null."""
        return value

    def is_blank(self, value: int | None) -> bool:
        """Not stated."""
        return value is None

    def check_value(self, value: int | None, holder: object, check: Check, key: str) -> None:
        """Outside the limits."""
        if value is not None and not self.minimum <= value <= self.maximum:
            check.need(key, self.missing, params=self.limits())

    def limits(self) -> dict[str, str]:
        """The least and the most."""
        return {"minimum": str(self.minimum), "maximum": str(self.maximum)}


@dataclass(frozen=True, kw_only=True)
class Fraction(Field[float]):
    """A share such as the sampling rate: more than 0 and at most 1 (the editor shows %)."""

    kind: ClassVar[str] = "fraction"
    default: float = 0.0
    out_of_range: str = ""

    def read(self, raw: object, reader: Reader, key: str) -> float:
        """A number (a whole number is read as a fraction too)."""
        if not isinstance(raw, int | float) or isinstance(raw, bool):
            reader.translatable_problem(
                key, QT_TRANSLATE_NOOP("PolicyFile", "The rate must be a number such as 0.05.")
            )
            return 0.0
        value = float(raw)
        # Written so that nan also counts as out of range.
        if reader.strict and not 0 < value <= 1:
            reader.translatable_problem(key, self.out_of_range)
            return 0.0
        return value

    def plain(self, value: float) -> object:
        """The number."""
        return value

    def toml(self, value: float) -> object:
        """The number, left out while 0 (not filled in)."""
        return value or None

    def is_blank(self, value: float) -> bool:
        """0 (or nan, or out of range) is not a share of calls."""
        return not 0 < value <= 1


@dataclass(frozen=True, kw_only=True)
class Choice(Field[E | None], Generic[E]):
    """One of a fixed set of values (an enum), or none chosen yet.

    ``labels`` names each value for the editor (English; ui/ translates them). ``parse``
    may replace the enum's own lookup, to say why a value is refused (consent as a basis).
    """

    kind: ClassVar[str] = "choice"
    enum: type[E]
    default: E | None = None
    labels: Mapping[str, str] = field(default_factory=dict)
    parse: Callable[[str], E] | None = None
    refused: Mapping[str, str] = field(default_factory=dict)  # value → why it is not enough

    def read(self, raw: object, reader: Reader, key: str) -> E | None:
        """The value's text (stored versions write null for none)."""
        if raw is None:
            return None
        if not isinstance(raw, str):
            reader.translatable_problem(key, _NOT_TEXT, what=describe(raw))
            return self.default
        if not raw:
            return None
        try:
            return self.parse(raw) if self.parse else self.enum(raw)
        except InputError as error:
            reader.refused(key, error)
            return self.default
        except ValueError:
            valid = ", ".join(member.value for member in self.enum)
            reader.translatable_problem(
                key,
                QT_TRANSLATE_NOOP("PolicyFile", "Unknown value “{value}”; use one of: {valid}."),
                value=str(raw),
                valid=valid,
            )
            return self.default

    def plain(self, value: E | None) -> object:
        """The value's text, or null."""
        return None if value is None else value.value

    def is_blank(self, value: E | None) -> bool:
        """Nothing chosen."""
        return value is None

    def check_value(self, value: E | None, holder: object, check: Check, key: str) -> None:
        """A value that the rules do not accept as enough (a risk assessment for a DPIA)."""
        if value is not None and value.value in self.refused:
            check.need(key, self.refused[value.value])


@dataclass(frozen=True, kw_only=True)
class Flag(Field[bool]):
    """Yes or no. Required means it must be yes (callers hear the announcement)."""

    kind: ClassVar[str] = "flag"
    default: bool = False

    def read(self, raw: object, reader: Reader, key: str) -> bool:
        """true or false."""
        if not isinstance(raw, bool):
            reader.translatable_problem(key, NOT_TRUE_OR_FALSE, what=describe(raw))
            return self.default
        return raw

    def plain(self, value: bool) -> object:
        """The flag."""
        return value

    def toml(self, value: bool) -> object:
        """Always written: false and true both say something."""
        return value

    def is_blank(self, value: bool) -> bool:
        """A required flag is blank while it is false."""
        return not value


@dataclass(frozen=True, kw_only=True)
class Date(Field[dt.date | None]):
    """A calendar day, or none yet. ``future`` is said when the day has not come yet."""

    kind: ClassVar[str] = "date"
    default: dt.date | None = None
    future: str = ""  # the sentence when a day in the future is refused; blank: allowed

    def read(self, raw: object, reader: Reader, key: str) -> dt.date | None:
        """A TOML date, or ISO text such as 2026-09-01 (a time of day is refused)."""
        if raw is None:
            return None
        # datetime is a date subclass; a time of day means the wrong thing was written.
        if isinstance(raw, dt.date) and not isinstance(raw, dt.datetime):
            return raw
        if isinstance(raw, str):
            try:
                return dt.date.fromisoformat(raw)
            except ValueError:
                pass
        reader.translatable_problem(
            key,
            QT_TRANSLATE_NOOP("PolicyFile", "This must be a date such as 2026-09-01, not {what}."),
            what=describe(raw),
        )
        return None

    def plain(self, value: dt.date | None) -> object:
        """ISO text, or null."""
        return None if value is None else value.isoformat()

    def toml(self, value: dt.date | None) -> object:
        """A TOML date."""
        return value

    def is_blank(self, value: dt.date | None) -> bool:
        """No day."""
        return value is None

    def check_value(self, value: dt.date | None, holder: object, check: Check, key: str) -> None:
        """A day that has not come yet, where that cannot be true."""
        if self.future and value is not None and check.today is not None and value > check.today:
            check.need(key, self.future, date=value.isoformat())


@dataclass(frozen=True, kw_only=True)
class Roles(Field[tuple[Role, ...]]):
    """A set of roles; only roles that can listen make sense here."""

    kind: ClassVar[str] = "roles"
    default: tuple[Role, ...] = ()
    cannot_listen: str = ""  # with {roles}

    def read(self, raw: object, reader: Reader, key: str) -> tuple[Role, ...]:
        """A list of role names."""
        if not isinstance(raw, list):
            reader.translatable_problem(key, _NOT_LIST, what=describe(raw))
            return ()
        roles: list[Role] = []
        for name in _strings(raw, reader, key):
            try:
                role = parse_role(name)
            except InputError as error:
                reader.refused(key, error)
                continue
            if reader.strict and not role.may_listen:
                reader.translatable_problem(
                    key,
                    QT_TRANSLATE_NOOP(
                        "PolicyFile",
                        "The role {role} can never listen; only team_lead and quality_coach can.",
                    ),
                    role=role.value,
                )
            roles.append(role)
        return tuple(roles)

    def plain(self, value: tuple[Role, ...]) -> object:
        """The role names."""
        return [role.value for role in value]

    def check_value(self, value: tuple[Role, ...], holder: object, check: Check, key: str) -> None:
        """A role that can never listen."""
        refused = [role.value for role in value if not role.may_listen]
        if refused and self.cannot_listen:
            check.need(key, self.cannot_listen, roles=", ".join(refused))


@dataclass(frozen=True, kw_only=True)
class Ranges(Field[tuple[tuple[int, int], ...]]):
    """Inclusive ranges of extensions: ``"100-399, 500"`` in a file, pairs when stored."""

    kind: ClassVar[str] = "ranges"
    default: tuple[tuple[int, int], ...] = ()
    parse: Callable[[str], tuple[tuple[int, int], ...]] = lambda text: ()
    format: Callable[[tuple[tuple[int, int], ...]], str] = lambda ranges: ""
    invalid: str = ""

    def read(self, raw: object, reader: Reader, key: str) -> tuple[tuple[int, int], ...]:
        """Text such as "100-399, 500", or stored [low, high] pairs."""
        if isinstance(raw, str):
            try:
                return self.parse(raw)
            except InputError as error:
                reader.refused(key, error)
                return ()
        if isinstance(raw, list) and all(
            isinstance(pair, list) and len(pair) == 2 and all(isinstance(n, int) for n in pair)
            for pair in raw
        ):
            return tuple((int(pair[0]), int(pair[1])) for pair in cast(list[list[int]], raw))
        reader.translatable_problem(
            key,
            QT_TRANSLATE_NOOP(
                "PolicyFile", 'This must be text such as "100-399, 500", not {what}.'
            ),
            what=describe(raw),
        )
        return ()

    def plain(self, value: tuple[tuple[int, int], ...]) -> object:
        """[low, high] pairs."""
        return [[low, high] for low, high in value]

    def toml(self, value: tuple[tuple[int, int], ...]) -> object:
        """Text such as "100-399, 500"."""
        return self.format(value) or None

    def check_value(
        self, value: tuple[tuple[int, int], ...], holder: object, check: Check, key: str
    ) -> None:
        """A range that runs backwards or below 0."""
        if any(low < 0 or low > high for low, high in value):
            check.need(key, self.invalid)


R = TypeVar("R")


@dataclass(frozen=True, kw_only=True)
class Section(Field[R]):
    """A group of fields: a [table] in the file, a group box (or page) in the editor."""

    kind: ClassVar[str] = "section"
    record: type[R]

    def read(self, raw: object, reader: Reader, key: str) -> R:
        """A table of the record's fields."""
        if not isinstance(raw, Mapping):
            reader.translatable_problem(
                key,
                QT_TRANSLATE_NOOP(
                    "PolicyFile", "Write {name} as a table: [{name}] followed by its keys."
                ),
                name=key,
            )
            return self.default
        return reader.record(self.record, raw, key)

    def plain(self, value: R) -> object:
        """The record's fields."""
        return plain(value)

    def toml(self, value: R) -> object:
        """The record's filled-in fields (an empty table is still written)."""
        return toml_data(value)

    def check(self, value: R, holder: object, check: Check, key: str) -> None:
        """Each field, then the rules that join them."""
        check.record(value, key)


@dataclass(frozen=True, kw_only=True)
class Records(Field[tuple[R, ...]]):
    """A list of records with an id each (the purposes): [[purposes]] tables in the file.

    In the file a record is named by its position from 1; in completeness keys by its id
    when that id is valid and unique (``purposes[training].title``), else by its position.
    ``duplicate`` is said when two records share an id, with ``{id}``.
    """

    kind: ClassVar[str] = "records"
    record: type[R]
    default: tuple[R, ...] = ()
    id_field: str = "id"
    valid_id: Callable[[str], bool] = lambda text: True
    duplicate: str = ""
    read_duplicate: str = ""  # for a file: with {id}

    def read(self, raw: object, reader: Reader, key: str) -> tuple[R, ...]:
        """A list of tables."""
        if not isinstance(raw, list):
            reader.translatable_problem(
                key,
                QT_TRANSLATE_NOOP(
                    "PolicyFile",
                    "Write each entry as its own [[{name}]] table (with double brackets).",
                ),
                name=key,
            )
            return ()
        records: list[R] = []
        seen: set[str] = set()
        for position, item in enumerate(raw, start=1):
            path = f"{key}[{position}]"
            if not isinstance(item, Mapping):
                reader.translatable_problem(
                    path,
                    QT_TRANSLATE_NOOP(
                        "PolicyFile", "Each entry must be a table of keys and values."
                    ),
                )
                continue
            # A repeated id is said first: it is what makes the entry hard to find.
            record_id = item.get(self.id_field)
            if isinstance(record_id, str) and record_id:
                if record_id in seen and reader.strict:
                    reader.translatable_problem(
                        join(path, self.id_field), self.read_duplicate, id=record_id
                    )
                seen.add(record_id)
            records.append(reader.record(self.record, item, path))
        return tuple(records)

    def plain(self, value: tuple[R, ...]) -> object:
        """A list of the records' fields."""
        return [plain(record) for record in value]

    def toml(self, value: tuple[R, ...]) -> object:
        """A list of tables (TOML cannot write an empty one; no key reads back as none)."""
        return [toml_data(record) for record in value] or None

    def bases(self, key: str, value: Sequence[R]) -> list[str]:
        """The key of each record, in order: by its id when usable, else by its position."""
        seen: set[str] = set()
        bases = []
        for position, record in enumerate(value, start=1):
            record_id = str(getattr(record, self.id_field))
            usable = self.valid_id(record_id) and record_id not in seen
            bases.append(f"{key}[{record_id}]" if usable else f"{key}[{position}]")
            seen.add(record_id)
        return bases

    def check(self, value: tuple[R, ...], holder: object, check: Check, key: str) -> None:
        """At least one (if required), each unique, each record's own rules."""
        if not value:
            if self.is_required(holder):
                check.need(key, self.missing)
            return
        seen: set[str] = set()
        for position, (base, record) in enumerate(
            zip(self.bases(key, value), value, strict=True), start=1
        ):
            record_id = str(getattr(record, self.id_field))
            with check.naming(record, position):
                if record_id and record_id in seen and self.valid_id(record_id):
                    check.need(join(base, self.id_field), self.duplicate, id=record_id)
                seen.add(record_id)
                check.record(record, base)


# --- the derived forms ------------------------------------------------------------------------


def plain(record: object) -> dict[str, object]:
    """A policy record as plain JSON data (every field, blank ones too)."""
    return {name: spec.plain(getattr(record, name)) for name, spec in declared(type(record))}


def toml_data(record: object) -> dict[str, object]:
    """A policy record as TOML values; blank values are left out so the file stays valid."""
    data: dict[str, object] = {}
    for name, spec in declared(type(record)):
        value = spec.toml(getattr(record, name))
        if value is not None:
            data[name] = value
    return data


# --- checking ---------------------------------------------------------------------------------

Rule = Callable[[Any, "Check", str], None]
_RULES: dict[type, list[Rule]] = {}


def rule(record: type) -> Callable[[Rule], Rule]:
    """Register a rule that joins several fields of a record; it runs after their own rules."""

    def register(function: Rule) -> Rule:
        _RULES.setdefault(record, []).append(function)
        return function

    return register


class Check:
    """Walks a policy's declared fields and collects what is missing, in the editor's order.

    ``languages`` are the languages every text must exist in; ``today`` (when given) makes
    days in the future implausible where the field says so.
    """

    def __init__(self, root: object, languages: frozenset[str], today: dt.date | None) -> None:
        self.root = root
        self.languages = languages
        self.today = today
        self.items: list[MissingItem] = []
        self.name = ""  # the current record's name for sentences ("“Training”", "number 2")
        self.position = 0

    def need(
        self,
        key: str,
        template: str,
        *,
        languages: tuple[str, ...] = (),
        warning: bool = False,
        params: Mapping[str, str] | None = None,
        **named: str,
    ) -> None:
        """Report key with a sentence; ``{name}`` in it is the current record's name."""
        values = {**(params or {}), **named}
        if "{name}" in template:
            values["name"] = self.name
        self.items.append(MissingItem(key, template, values, languages, warning))

    def record(self, record: object, key: str) -> None:
        """Check every declared field of record, then its joining rules."""
        for name, spec in declared(type(record)):
            spec.check(getattr(record, name), record, self, join(key, name))
        # A record's rules hold for records derived from it too.
        for kind in reversed(type(record).__mro__):
            for function in _RULES.get(kind, []):
                function(record, self, key)

    def naming(self, record: object, position: int) -> _Naming:
        """While checking record, sentences name it (``with check.naming(purpose, 2):``)."""
        return _Naming(self, record, position)


class _Naming:
    def __init__(self, check: Check, record: object, position: int) -> None:
        self.check, self.record, self.position = check, record, position
        self.saved = ("", 0)

    def __enter__(self) -> None:
        self.saved = (self.check.name, self.check.position)
        shown = getattr(self.record, "display_name", "")
        self.check.name = f"“{shown}”" if shown else f"number {self.position}"
        self.check.position = self.position

    def __exit__(self, *_exc: object) -> None:
        self.check.name, self.check.position = self.saved


def _quoted(text: str) -> str:
    """A short quotation of what was written, for a sentence."""
    short = " ".join(text.split())
    return short if len(short) <= 40 else short[:39] + "…"
