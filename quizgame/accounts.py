"""Teacher accounts outside the web forms: a new password for a teacher who forgot theirs."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session
from werkzeug.security import generate_password_hash

from quizgame.models import Teacher

PASSWORD_MIN = 10  # the sign-up form's rule


class AccountError(ValueError):
    """The change cannot be made; the message says why."""


def set_password(session: Session, email: str, password: str) -> Teacher:
    """The teacher with this e-mail (any case), with the new password; the caller commits."""
    if len(password) < PASSWORD_MIN:
        raise AccountError(f"Use at least {PASSWORD_MIN} characters for the password.")
    teacher = session.scalar(select(Teacher).where(func.lower(Teacher.email) == email.strip().lower()))
    if teacher is None:
        raise AccountError(f"No teacher has the e-mail {email.strip()}.")
    teacher.password_hash = generate_password_hash(password, method="scrypt")
    return teacher
