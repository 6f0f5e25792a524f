"""What a teacher's new password must not be: shorter than 10 characters, one of the 19,640
commonest passwords (data/common-passwords.txt.gz, see data/README.md), one character or a run
of digits repeated, or the account's own e-mail address or its name part."""

from __future__ import annotations

import functools
import gzip
from pathlib import Path

MIN_LENGTH = 10
_LIST = Path(__file__).resolve().parent / "data" / "common-passwords.txt.gz"


@functools.cache
def common_passwords() -> frozenset[str]:
    with gzip.open(_LIST, "rt", encoding="utf-8") as lines:
        return frozenset(line.strip() for line in lines if line.strip())


def password_problem(password: str, email: str = "") -> str | None:
    """Why `password` is too easy to guess, or None."""
    if len(password) < MIN_LENGTH:
        return f"Use at least {MIN_LENGTH} characters."
    folded = password.strip().lower()
    if folded in common_passwords():
        return "That password is one of the most common ones; choose another."
    if len(set(folded)) <= 2 or (folded.isdigit() and folded in "01234567890123456789" * 2):
        return "That password is a pattern (one character, or counting); choose another."
    email = email.strip().lower()
    name = email.partition("@")[0]
    if email and (email in folded or (len(name) >= 4 and name in folded and len(folded) - len(name) < 6)):
        return "Do not use your e-mail address in your password."
    return None
