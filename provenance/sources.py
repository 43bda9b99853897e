"""The source registry: canonical names, aliases and kinds of sources.

A shipped data file (``provenance/data/sources.tsv``) knows the common wires,
state media, social platforms and outlets; a user file in the same format
extends it.  Anything the registry does not know is classified by its shape:
``Twitter/@handle`` and ``Facebook.com/Page`` are social media, a bare domain
is an outlet.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable

import attrs
import regex

from provenance import lexicon
from provenance.errors import ConfigError
from provenance.model import Source, SourceKind, source_key

__all__ = ["OUTLET_CUES", "Registry", "default_registry", "load_registry", "press_title"]

#: Reporting cues only outlets take: a name that "carried" or "broadcast" a report
#: is a newspaper, agency or station, not a person ("Kanal 5 broadcast a statement").
OUTLET_CUES = frozenset("carried carries broadcast broadcasts aired airs televised printed prints".split())

#: Articles that open the titles of the foreign press ("Le Monde", "Die Zeit", "El País",
#: "La Repubblica", "Der Standard"): a name that starts with one and that the article
#: does not use for a person is an outlet.
PRESS_ARTICLES = frozenset("le la les die der das el il lo".split())

# A title of the foreign press: an article, then one to three capitalised words.
#   "Le Monde"  "Die Tageszeitung"  "La Nación"  "L’Orient-Le Jour"
PRESS_TITLE = regex.compile(
    r"""
    (?:(?i:\L<articles>)\s+|(?i:l)['’])     # "Le ", "Die ", "L’"
    \p{Lu}[\p{L}\-’']*                      # a capitalised word ...
    (?:\s+\p{Lu}[\p{L}\-’']*){0,2}            # ... and up to two more
    """,
    regex.VERBOSE,
    articles=sorted(PRESS_ARTICLES),
)


def press_title(name: str) -> bool:
    """Whether ``name`` reads as a title of the foreign press ("Le Monde", "Die Welt").

    >>> press_title("Le Monde"), press_title("Die Tageszeitung"), press_title("L’Orient-Le Jour"), press_title("Leeds")
    (True, True, True, False)
    """
    return PRESS_TITLE.fullmatch(name.strip()) is not None


# A social-media account or page: platform, optional ".com", a slash, then the
# account ("Twitter/@handle", "Twitter.com/@handle", "Facebook.com/City Police").
SOCIAL_ACCOUNT = regex.compile(
    r"""
    ^(?:twitter|x|facebook|instagram|telegram|t\.me|youtube|tiktok|vk|weibo|linkedin)
    (?:\.com)?              # optional ".com"
    \s*/\s*                 # the slash
    \S                      # an account name
    """,
    regex.VERBOSE | regex.IGNORECASE,
)


@attrs.frozen
class Registry:
    """Known sources by key: canonical name and kind."""

    entries: dict = attrs.field(factory=dict)
    """``source_key(alias or name)`` -> ``(canonical name, SourceKind)``."""

    def source(self, name: str, kind: SourceKind | None = None) -> Source:
        """A :class:`Source` for ``name`` as written, with canonical name and kind.

        >>> reg = default_registry()
        >>> reg.source("AFP").key == reg.source("Agence France-Presse").key
        True
        >>> reg.source("Twitter.com/@someone").kind
        <SourceKind.SOCIAL: 'social'>
        """
        found = self.entries.get(source_key(name))
        if found:
            canonical, known = found
            return Source(name=name, kind=kind or known, canonical=canonical)
        return Source(name=name, kind=kind or shape_kind(name))

    def extended(self, lines: Iterable[str], origin: str = "aliases") -> Registry:
        """A copy of this registry with more entries in the data-file format."""
        entries = dict(self.entries)
        entries.update(_parse(lines, origin))
        return Registry(entries)

    def with_cited(self, names: Iterable[str]) -> Registry:
        """A copy that also knows the sources an article cites in parentheses, by their shape.

        An article that cites ``(Kanal 5, 4 May)`` treats Kanal 5 as an outlet, so
        "Kanal 5 said" in its prose is an outlet speaking, not a person.  Names the
        registry knows keep their entry; this registry is returned when nothing is new.

        >>> reg = default_registry().with_cited(["Kanal 5", "AFP", "Twitter/@x"])
        >>> reg.source("Kanal 5").kind.value, reg.source("AFP").kind.value, reg.source("Twitter/@x").kind.value
        ('outlet', 'wire', 'social')
        """
        new = {}
        for name in names:
            key = source_key(name)
            if key and key not in self.entries and any(ch.isupper() for ch in name):
                new[key] = (name, shape_kind(name))
        return Registry({**self.entries, **new}) if new else self


def shape_kind(name: str) -> SourceKind:
    """Classify an unknown source by how it is written."""
    if SOCIAL_ACCOUNT.match(name):
        return SourceKind.SOCIAL
    return SourceKind.OUTLET


def _parse(lines: Iterable[str], origin: str) -> dict:
    entries: dict = {}
    for number, line in enumerate(lines, 1):
        line = line.rstrip("\r\n")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) < 2:
            raise ConfigError(f"{origin}:{number}: expected 'name<TAB>kind<TAB>aliases', got {line!r}")
        canonical, kind_name = fields[0].strip(), fields[1].strip()
        try:
            kind = SourceKind(kind_name)
        except ValueError:
            kinds = ", ".join(k.value for k in SourceKind)
            raise ConfigError(f"{origin}:{number}: unknown source kind {kind_name!r} (one of {kinds})") from None
        aliases = [a.strip() for a in fields[2].split("|")] if len(fields) > 2 else []
        for name in [canonical, *aliases]:
            if name:
                entries[source_key(name)] = (canonical, kind)
    return entries


def load_registry(path: str | None = None) -> Registry:
    """The shipped registry, extended by the user file at ``path`` when given."""
    registry = default_registry()
    if path is None:
        return registry
    try:
        with open(path, encoding="utf-8") as f:
            return registry.extended(f, origin=path)
    except OSError as e:
        raise ConfigError(f"{path}: cannot read source aliases: {e.strerror}") from None


@functools.cache
def default_registry() -> Registry:
    """The registry shipped with provenance."""
    data = lexicon.read_text("sources.tsv")
    return Registry(_parse(data.splitlines(), "sources.tsv"))
