"""The source registry and source keys."""

from __future__ import annotations

import pytest

from provenance.errors import ConfigError
from provenance.model import Source, SourceKind, source_key
from provenance.sources import default_registry


@pytest.mark.parametrize(
    "a, b",
    [
        ("Twitter.com/@someone", "Twitter/@someone"),  # platform domain vs platform name
        ("twitter/@SomeOne", "Twitter/@someone"),  # case
        ("The Daily Star", "Daily Star"),  # leading "The"
        ("Le  Monde", "Le Monde"),  # squeezed white space
        ("Le\u00a0Monde", "Le Monde"),  # non-breaking space
        ("Ｒｅｕｔｅｒｓ", "Reuters"),  # full-width letters (NFKC)
    ],
)
def test_same_key(a, b):
    assert source_key(a) == source_key(b)


@pytest.mark.parametrize(
    "a, b",
    [
        ("Twitter/@one", "Twitter/@two"),  # different accounts
        ("Theatre Weekly", "Weekly"),  # "The" only as a whole word
        ("The National [UAE]", "The National [Scotland]"),  # bracketed qualifiers distinguish
    ],
)
def test_different_key(a, b):
    assert source_key(a) != source_key(b)


@pytest.mark.parametrize(
    "alias, canonical",
    [
        ("RFE/RL", "Radio Free Europe/Radio Liberty"),  # acronym
        ("WaPo", "The Washington Post"),  # nickname
        ("Washington Post", "The Washington Post"),  # without "The"
        ("AP", "Associated Press"),  # wire acronym
    ],
)
def test_aliases_share_a_key(alias, canonical):
    reg = default_registry()
    assert reg.source(alias).key == reg.source(canonical).key
    assert reg.source(alias).name == alias  # the name stays as written


@pytest.mark.parametrize(
    "name, kind",
    [
        ("Reuters", SourceKind.WIRE),
        ("Xinhua", SourceKind.STATE_MEDIA),
        ("Twitter.com/@someone", SourceKind.SOCIAL),
        ("Facebook.com/City Police Department", SourceKind.SOCIAL),
        ("Telegram", SourceKind.SOCIAL),
        ("example-news.co.uk", SourceKind.OUTLET),
        ("Valley Courier", SourceKind.OUTLET),
    ],
)
def test_kinds(name, kind):
    assert default_registry().source(name).kind is kind


def test_user_aliases_extend_the_registry():
    reg = default_registry().extended(["Valley Courier\toutlet\tVC | The Courier"])
    assert reg.source("VC").key == reg.source("Valley Courier").key
    assert default_registry().source("VC").key != reg.source("Valley Courier").key


@pytest.mark.parametrize(
    "line, message",
    [
        ("Valley Courier", "expected"),  # no kind
        ("Valley Courier\tnewspaper", "unknown source kind"),  # bad kind
    ],
)
def test_bad_registry_lines(line, message):
    with pytest.raises(ConfigError, match=message):
        default_registry().extended([line], origin="aliases.tsv")


def test_source_key_property():
    assert Source("The Guardian").key == "guardian"
