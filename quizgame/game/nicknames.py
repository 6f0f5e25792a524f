"""Nickname rules: 2 to 20 characters, unique in the room, nothing offensive.

Offensive words are matched on a normalised form of the nickname (accents removed, leetspeak read
as letters, repeated letters collapsed), so "F.U.C.K", "fuuuck" and "5h1t" are caught by simple
entries. The word list is data (data/blocked_nicknames.txt) so it can be extended without touching code.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files

MIN_LENGTH = 2
MAX_LENGTH = 20

# Digits and symbols students use for letters when testing a filter.
LEET = str.maketrans(
    {
        "0": "o",
        "1": "i",
        "!": "i",
        "|": "i",
        "3": "e",
        "4": "a",
        "@": "a",
        "5": "s",
        "$": "s",
        "7": "t",
        "+": "t",
        "8": "b",
        "9": "g",
        "6": "g",
    }
)

OFFENSIVE_MESSAGE = "Please pick a different nickname: that one could upset someone."


class NicknameError(ValueError):
    """A nickname the room cannot accept; the message is written for the student."""


def clean(raw: str) -> str:
    """The nickname as it will be shown: Unicode-normalised, spaces collapsed."""
    return " ".join(unicodedata.normalize("NFKC", raw).split())


def skeleton(text: str) -> str:
    """Unicode TR39's skeleton: decomposed, each character replaced by the prototype of its class
    of look-alikes, decomposed again. Two strings that look alike share it ("Міа Lее" in Cyrillic
    and "Mia Lee"; "B0B" and "BOB"); it is case-sensitive, as look-alikes are ("I" and "l")."""
    mapped = unicodedata.normalize("NFD", text).translate(look_alike_table())
    return unicodedata.normalize("NFD", mapped)


def name_keys(text: str) -> tuple[str, str, str]:
    """What makes two nicknames one name in a room: the same letters in any case, the same TR39
    skeleton, or the same skeleton once lower-cased ("ВОВ" and "bob")."""
    folded_case = text.casefold()
    return folded_case, skeleton(text), skeleton(folded_case)


def same_name(a: tuple[str, str, str], b: tuple[str, str, str]) -> bool:
    """Whether two names' keys (name_keys) make them one name in a room."""
    return any(x == y for x, y in zip(a, b, strict=True))


@lru_cache(maxsize=1)
def look_alike_table() -> dict[int, str]:
    """Character -> its class's prototype, from the confusables data of Unicode TR39
    (confusables.txt, as shipped by the confusable_homoglyphs package). The package lists each
    character's look-alikes; its classes are the connected groups of that list, and each group gets
    one prototype: the one longer than a character if it has one (TR39's "m" is "rn"), else an
    ASCII character, else the smallest."""
    data = json.loads(files("confusable_homoglyphs").joinpath("confusables.json").read_text(encoding="utf-8"))
    parent: dict[str, str] = {}

    def root(item: str) -> str:
        while parent.setdefault(item, item) != item:
            parent[item] = parent[parent[item]]
            item = parent[item]
        return item

    for character, homoglyphs in data.items():
        for homoglyph in homoglyphs:
            one, other = root(_bare(character)), root(_bare(homoglyph["c"]))
            if one != other:
                parent[one] = other
    groups: dict[str, list[str]] = {}
    for item in list(parent):
        groups.setdefault(root(item), []).append(item)
    table: dict[int, str] = {}
    for members in groups.values():
        prototype = min(members, key=lambda m: (len(m) == 1, not m.isascii(), m))
        table.update({ord(m): prototype for m in members if len(m) == 1 and m != prototype})
    return table


def _bare(text: str) -> str:
    # The package wraps right-to-left characters in direction marks for display.
    return text.replace("\u200e", "").replace("\u200f", "")


def folded(text: str) -> str:
    """Letters only, lower case, accents stripped, leetspeak read as letters."""
    decomposed = unicodedata.normalize("NFKD", text.lower().translate(LEET))
    return "".join(ch for ch in decomposed if ch.isascii() and ch.isalpha())


def squeezed(text: str) -> str:
    """Runs of one letter collapsed to one: "fuuuck" -> "fuck"."""
    return re.sub(r"(.)\1+", r"\1", text)


@dataclass(frozen=True)
class BlockedWords:
    # Must be a whole word, so "Dickens", "Essex" and "Hancock" pass. Squeezed form -> the shortest
    # folded length of an entry with that form: squeezing "boob" and "ass" gives "bob" and "as", and
    # a word shorter than the entry ("Bob", "as") is not a stretched spelling of it.
    whole: dict[str, int]
    anywhere: frozenset[str]  # unambiguous words, caught inside run-together names ("xXshitXx")

    def has_whole(self, token: str) -> bool:
        """Whether `token` (folded) is a blocked whole word, however its letters are stretched."""
        shortest = self.whole.get(squeezed(token))
        return shortest is not None and len(token) >= shortest


@lru_cache(maxsize=1)
def blocked_words() -> BlockedWords:
    text = files("quizgame.game").joinpath("data/blocked_nicknames.txt").read_text(encoding="utf-8")
    entries = [line.split("#", 1)[0].strip() for line in text.splitlines()]
    whole: dict[str, int] = {}
    for entry in (folded(e) for e in entries if e and not e.endswith("*")):
        key = squeezed(entry)
        whole[key] = min(len(entry), whole.get(key, len(entry)))
    return BlockedWords(
        whole=whole,
        anywhere=frozenset(squeezed(folded(e[:-1])) for e in entries if e.endswith("*")),
    )


def is_offensive(nickname: str) -> bool:
    words = blocked_words()
    letters = folded(nickname)
    # The whole nickname run together counts as one more word, so "f u c k" and "a.s.s" are caught.
    tokens = {folded(token) for token in re.split(r"[\s._\-]+", nickname)} | {letters}
    squashed = squeezed(letters)
    return any(words.has_whole(token) for token in tokens) or any(word in squashed for word in words.anywhere)


def validate(raw: str) -> str:
    """The cleaned nickname, or NicknameError with a message for the student."""
    nickname = clean(raw)
    if len(nickname) < MIN_LENGTH or len(nickname) > MAX_LENGTH:
        raise NicknameError(f"A nickname needs {MIN_LENGTH} to {MAX_LENGTH} characters.")
    if any(unicodedata.category(ch).startswith("C") for ch in nickname):
        raise NicknameError("A nickname can only contain letters, numbers, spaces and punctuation.")
    if is_offensive(nickname):
        raise NicknameError(OFFENSIVE_MESSAGE)
    return nickname
