"""Teacher accounts outside the web forms: a new password for a teacher who forgot theirs."""

from __future__ import annotations

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


def set_password(session: Session, email: str, password: str, method: str = DEFAULT_HASH_METHOD) -> Teacher:
    """The teacher with this e-mail (any case), with the new password; the caller commits."""
    if len(password) < PASSWORD_MIN:
        raise AccountError(f"Use at least {PASSWORD_MIN} characters for the password.")
    teacher = session.scalar(select(Teacher).where(func.lower(Teacher.email) == email.strip().lower()))
    if teacher is None:
        raise AccountError(f"No teacher has the e-mail {email.strip()}.")
    teacher.password_hash = hash_password(password, method)
    return teacher
