"""Teacher accounts outside the log-in form: a new password for a teacher who forgot theirs, set
by the `quizgame teacher reset-password` command or through an e-mailed link.

The link carries a signed, expiring token (itsdangerous, as Flask's own sessions): the teacher's id
and a fingerprint of their current password hash, so it works once: the new password changes the
hash and every earlier link stops working."""

from __future__ import annotations

import hashlib

from itsdangerous import BadSignature, URLSafeTimedSerializer
from sqlalchemy import func, select
from sqlalchemy.orm import Session
from werkzeug.security import generate_password_hash

from quizgame.models import Teacher

PASSWORD_MIN = 10  # the sign-up form's rule
# werkzeug's scrypt at its default cost (0.1-0.5 s a hash). app.config["PASSWORD_HASH_METHOD"] names
# the method; only the tests set a cheaper one, which no deployment should.
DEFAULT_HASH_METHOD = "scrypt"


def hash_password(password: str, method: str = DEFAULT_HASH_METHOD) -> str:
    return generate_password_hash(password, method=method)


class AccountError(ValueError):
    """The change cannot be made; the message says why."""


def find_teacher(session: Session, email: str) -> Teacher | None:
    return session.scalar(select(Teacher).where(func.lower(Teacher.email) == email.strip().lower()))


def set_password(session: Session, email: str, password: str, method: str = DEFAULT_HASH_METHOD) -> Teacher:
    """The teacher with this e-mail (any case), with the new password; the caller commits."""
    if len(password) < PASSWORD_MIN:
        raise AccountError(f"Use at least {PASSWORD_MIN} characters for the password.")
    teacher = find_teacher(session, email)
    if teacher is None:
        raise AccountError(f"No teacher has the e-mail {email.strip()}.")
    change_password(teacher, password, method)
    return teacher


def change_password(teacher: Teacher, password: str, method: str = DEFAULT_HASH_METHOD) -> None:
    """A new password; every session cookie of the account issued before stops working."""
    teacher.password_hash = hash_password(password, method)
    teacher.session_version += 1


def _reset_signer(secret_key: str) -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(secret_key, salt="password-reset")


def _fingerprint(teacher: Teacher) -> str:
    return hashlib.sha256(teacher.password_hash.encode()).hexdigest()[:16]


def reset_token(secret_key: str, teacher: Teacher) -> str:
    return _reset_signer(secret_key).dumps({"teacher": teacher.id, "hash": _fingerprint(teacher)})


def teacher_for_reset(session: Session, secret_key: str, token: str, max_age: int) -> Teacher | None:
    """The teacher a reset token was made for, or None when it is forged, expired or already used."""
    try:
        data = _reset_signer(secret_key).loads(token, max_age=max_age)
    except BadSignature:  # SignatureExpired is a BadSignature
        return None
    teacher = session.get(Teacher, data.get("teacher")) if isinstance(data, dict) else None
    if teacher is None or data.get("hash") != _fingerprint(teacher):
        return None
    return teacher
