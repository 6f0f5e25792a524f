"""Room join codes: six characters a student can read off a projector without confusing any two."""

from __future__ import annotations

import secrets
from collections.abc import Callable

# No 0/O, 1/I/L: the characters students mistake for one another on a projector.
ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
LENGTH = 6


def new_code(choice: Callable[[str], str] = secrets.choice) -> str:
    return "".join(choice(ALPHABET) for _ in range(LENGTH))


def normalise(raw: str) -> str:
    """What a student typed, as a code: case, spaces and dashes do not matter."""
    return "".join(ch for ch in raw.upper() if not ch.isspace() and ch != "-")


def looks_valid(code: str) -> bool:
    return len(code) == LENGTH and all(ch in ALPHABET for ch in code)
