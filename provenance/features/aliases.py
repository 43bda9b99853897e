"""Aliases: entity keys that name the same thing across a set of texts, and keys mapped through them."""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping

import attrs
import regex

from provenance.features.entities import (
    ACRONYM,
    NAME_CHAIN_BODY,
    Entity,
    EntityKind,
    find_entities,
    merge_in_chains,
    person_like,
    trim_chain,
)
from provenance.features.text import finditer, fold, name_key, word_tokens

PARENTHESIS = regex.compile(r"\((?:the\s+)?(?P<inside>[^()]{2,100})\)")

# Two names given as the same thing.
#   "RG-C, or sometimes RGCP"  "the Harbour Workers Front, or the Second Front"
#   "Liga el-Nour, also known as LEN"
ALIAS_OR = regex.compile(
    r"""
    (?<![\p{L}\p{N}'\-])
    (?P<a>{chain})                                   # a name or acronym
    \)?                                              # closing "Name (ACR), or ..."
    (?:
        ,\ +or\ +(?:sometimes\ +|simply\ +|also\ +)?    # ", or sometimes"
      | ,?\ +(?:also\ +)?known\ +as\ +               # "also known as"
      | ,?\ +a\.?k\.?a\.?\ +                          # "aka"
    )
    (?:the\ +)?
    (?P<b>{chain})                                   # its other name
    (?![\p{L}\p{N}])
    """.replace("{chain}", NAME_CHAIN_BODY),
    regex.VERBOSE,
)


def _initials(words: list[str]) -> str:
    return "".join(w[0] for w in words if w[:1].isupper())


def _acronym_letters(acronym: str) -> str:
    return "".join(c for c in acronym if c.isalpha() and c.isupper())


def _defined_acronyms(folded: str) -> list[tuple[str, str]]:
    """``(acronym key, expansion key)`` pairs defined with parentheses in the text."""
    pairs = []
    for m in finditer(PARENTHESIS, folded):
        inside = m.group("inside").strip()
        before = folded[max(0, m.start() - 300) : m.start()].rstrip()  # the words just before it
        if ACRONYM.fullmatch(inside):
            letters = _acronym_letters(inside)
            words = regex.findall(r"[\p{L}\p{N}'\-]+", before[-200:])
            # The shortest run of words before "(" whose capitals spell the acronym.
            for n in range(1, min(len(words), len(letters) + 4) + 1):
                run = words[-n:]
                if run[0][:1].isupper() and _initials(run).upper() == letters:
                    pairs.append((name_key(inside), name_key(" ".join(run))))
                    break
        else:
            words = inside.split()
            tail = regex.search(r"(\p{Lu}[\p{Lu}\p{N}]+(?:-\p{Lu}+)?)(?:'s)?$", before)
            if tail and len(words) >= 2 and _initials(words).upper() == _acronym_letters(tail.group(1)):
                pairs.append((name_key(tail.group(1)), name_key(inside)))
    return pairs


def _keys(items: Iterable[str]) -> tuple[str, ...]:
    return tuple(items)


def _key_set(items: Iterable[str]) -> frozenset[str]:
    return frozenset(items)


@attrs.frozen
class AliasTable:
    """Entity keys that name the same thing across a set of texts.

    Build it with :meth:`build`; :meth:`canonical` maps a key to the key that
    stands for all its aliases (the longest, then the alphabetically first).
    """

    mapping: Mapping[str, str] = attrs.field(factory=dict, converter=lambda m: dict(sorted(m.items())), hash=False)
    """Alias key -> canonical key (keys that are their own canonical are absent)."""
    expansions: tuple[str, ...] = attrs.field(factory=tuple, converter=_keys)
    """Canonical multi-word names, also looked for inside longer capitalised runs."""
    ambiguous: frozenset[str] = attrs.field(factory=frozenset, converter=_key_set)
    """Surnames that end more than one full name in the texts ("Nelson" for Willie and Judd Nelson)."""

    def inside(self, key: str) -> set[str]:
        """The expansions written inside the multi-word ``key`` as whole words (not ``key`` itself).

        >>> t = AliasTable.build(["River Guard in Calder Province (RGCP) struck."])
        >>> t.inside("river guard in calder province steps up")
        {'river guard in calder province'}
        """
        words = key.split()
        padded = f" {key} "
        return {p for w in set(words) for p in self._by_first_word.get(w, ()) if p != key and f" {p} " in padded}

    @functools.cached_property
    def _by_first_word(self) -> dict[str, tuple[str, ...]]:
        index: dict[str, list[str]] = {}
        for p in self.expansions:
            index.setdefault(p.split()[0], []).append(p)
        return {w: tuple(ps) for w, ps in index.items()}

    def canonical(self, key: str) -> str:
        """The canonical key for ``key`` (``key`` itself when it has no alias).

        >>> t = AliasTable.build(["Ana Ruiz spoke.", "Ruiz left."])
        >>> t.canonical("ruiz")
        'ana ruiz'
        """
        return self.mapping.get(key, key)

    @classmethod
    def build(cls, texts: Iterable[str]) -> AliasTable:
        """Find aliases across ``texts``.

        * A surname used alone is the full name that ends with it, when
          exactly one full name in the texts does (``Ruiz`` = ``Ana
          Ruiz``; ``Brandt`` stays ambiguous between ``Tomas Brandt`` and
          ``Tomas Erik Brandt``).
        * An acronym defined in parentheses is its expansion
          (``River Guard in Calder Province (RGCP)``), and two names joined
          by ``, or`` / ``also known as`` are one (``RG-C, or sometimes RGCP``).

        The same as :meth:`from_evidence` of the :class:`AliasEvidence` of
        ``texts``, however the texts are split and merged.

        Args:
            texts: the texts whose entities may refer to each other.

        Returns:
            The alias table.

        >>> t = AliasTable.build(["River Guard in Calder Province (RGCP) struck.",
        ...                       "RG-C, or sometimes RGCP, grew."])
        >>> t.canonical("rgcp") == t.canonical("rg c") == "river guard in calder province"
        True
        """
        return cls.from_evidence(AliasEvidence.of(texts))

    @classmethod
    def from_evidence(cls, evidence: AliasEvidence) -> AliasTable:
        """The alias table of the texts ``evidence`` was gathered from (see :meth:`build`)."""
        parent: dict[str, str] = {}

        def find(k: str) -> str:
            while parent.get(k, k) != k:
                k = parent[k]
            return k

        def union(a: str, b: str) -> None:
            ra, rb = find(a), find(b)
            if ra == rb:
                return
            # The longer (more words, then longer, then alphabetically first) key wins: the root of a
            # group is its best key whatever the order of the unions.
            best = min((ra, rb), key=lambda k: (-len(k.split()), -len(k), k))
            other = rb if best == ra else ra
            parent[other] = best
            parent.setdefault(best, best)

        for a, b in sorted(evidence.links):
            union(a, b)
        for surname, fulls in sorted(evidence.surnames.items()):
            if len(fulls) == 1:
                union(surname, next(iter(fulls)))
        mapping = {k: find(k) for k in sorted(parent) if find(k) != k}
        expansions = tuple(sorted({v for v in mapping.values() if len(v.split()) >= 2}))
        ambiguous = frozenset(surname for surname, fulls in evidence.surnames.items() if len(fulls) > 1)
        return cls(mapping, expansions, ambiguous)


def _links(pairs: Iterable[tuple[str, str]]) -> frozenset[tuple[str, str]]:
    return frozenset(pairs)


@attrs.frozen
class AliasEvidence:
    """What a set of texts says about aliases, before they are resolved: a value that merges.

    :meth:`of` gathers it from texts and :meth:`merge` adds two together, so
    the alias table of a corpus is a reduction over any split of its texts:
    ``AliasTable.from_evidence(AliasEvidence.of(a).merge(AliasEvidence.of(b)))``
    is ``AliasTable.build([*a, *b])``.

    >>> left = AliasEvidence.of(["Ana Ruiz spoke."])
    >>> right = AliasEvidence.of(["Ruiz left."])
    >>> AliasTable.from_evidence(left.merge(right)).canonical("ruiz")
    'ana ruiz'
    """

    surnames: Mapping[str, frozenset[str]] = attrs.field(
        factory=dict, converter=lambda m: {k: frozenset(v) for k, v in sorted(m.items())}, hash=False
    )
    """Last word of a person's full name -> the keys of the full names that end with it."""
    links: frozenset[tuple[str, str]] = attrs.field(factory=frozenset, converter=_links)
    """Pairs of keys the texts give as the same thing (an acronym and its expansion, ``X, or Y``)."""

    @classmethod
    def of(cls, texts: Iterable[str]) -> AliasEvidence:
        """The alias evidence of ``texts`` (see :meth:`AliasTable.build` for what counts)."""
        surnames: dict[str, set[str]] = {}
        links: set[tuple[str, str]] = set()
        for text in texts:
            folded = fold(text)
            for e in merge_in_chains(find_entities(text, folded, word_tokens(folded)), text, folded):
                words = e.words
                if e.kind is EntityKind.NAME and 2 <= len(words) <= 4 and person_like(e):
                    surnames.setdefault(words[-1], set()).add(e.key)
            links.update(_defined_acronyms(folded))
            for m in finditer(ALIAS_OR, folded):
                if regex.search(r",\s*$", folded[max(0, m.start() - 3) : m.start()]):
                    continue  # "A, B, or C" is a list, not an alias
                a, b = (_alias_key(folded, *m.span(g)) for g in ("a", "b"))
                if a and b:
                    links.add((a, b))
        return cls(surnames, links)

    def merge(self, other: AliasEvidence) -> AliasEvidence:
        """The evidence of both sets of texts."""
        surnames = {k: set(v) for k, v in self.surnames.items()}
        for k, v in other.surnames.items():
            surnames.setdefault(k, set()).update(v)
        return AliasEvidence(surnames, self.links | other.links)


def _alias_key(folded: str, start: int, end: int) -> str | None:
    spans = trim_chain(folded, start, end)
    return name_key(folded[spans[-1][0] : spans[-1][1]]) if spans else None


def entity_keys(text: str, aliases: AliasTable | None = None) -> frozenset[str]:
    """The keys of the entities of ``text``, mapped through ``aliases``.

    Args:
        text: a claim's text.
        aliases: aliases across the texts being compared (none by default).

    Returns:
        Canonical keys of the names, acronyms and titles mentioned.

    >>> sorted(entity_keys("Former President Okafor met the police chief in Port Meridian."))
    ['okafor', 'police chief', 'port meridian']
    >>> t = AliasTable.build(["Ana Ruiz is in Calder."])
    >>> sorted(entity_keys("Ruiz's aides said so.", t))
    ['ana ruiz']
    """
    folded = fold(text)
    return keys_of(merge_in_chains(find_entities(text, folded, word_tokens(folded)), text, folded), aliases)


def keys_of(entities: Iterable[Entity], aliases: AliasTable | None = None) -> frozenset[str]:
    """The keys of ``entities`` (from :func:`features`), mapped through ``aliases``: see :func:`entity_keys`."""
    keys = set()
    for e in entities:
        keys.add(aliases.canonical(e.key) if aliases else e.key)
        if e.kind is EntityKind.NAME and len(e.words) > 1 and aliases:
            # "River Guard in Calder Province Steps Up" still names the expansion.
            keys.update(aliases.inside(e.key))
    return frozenset(keys)
