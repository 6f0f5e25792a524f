"""Teacher accounts: sign up, log in, log out. Passwords are stored as werkzeug scrypt hashes.

Guessing one account's password is limited per account (RATELIMIT_LOGIN_ACCOUNT). So that a
stranger's guesses cannot lock the owner out, a browser the owner has logged in with before carries
a signed "known browser" cookie, and its attempts are counted apart from everyone else's."""

from __future__ import annotations

import functools
import hashlib
import secrets
from urllib.parse import urlsplit

from flask import Blueprint, current_app, flash, redirect, render_template, request, session, url_for
from flask_login import current_user, login_required, login_user, logout_user
from itsdangerous import BadSignature, URLSafeSerializer
from sqlalchemy import func, select
from werkzeug.security import check_password_hash
from werkzeug.wrappers import Response

from quizgame.accounts import hash_password
from quizgame.extensions import db
from quizgame.models import Teacher
from quizgame.web.auth.forms import LoginForm, SignupForm
from quizgame.web.common.forms import ActionForm
from quizgame.web.common.limits import failure_limit, note_failure, rate_limit
from quizgame.web.common.off_loop import off_loop

KNOWN_BROWSER_COOKIE = "quizgame_known"


@functools.cache
def _nobody_hash(method: str) -> str:
    """Checked when the e-mail names no account, so that a miss costs as long as a wrong password and
    the time taken does not tell which e-mails have accounts (7 ms against 106 ms before)."""
    return off_loop(hash_password, secrets.token_hex(16), method)


def _hash(password: str) -> str:
    return off_loop(hash_password, password, current_app.config["PASSWORD_HASH_METHOD"])


# Shown when the e-mail has an account and the password is not its own. Naming the cause would
# tell anyone which e-mails have accounts; without a confirmation e-mail a new address still
# differs by succeeding (docs/limits.md).
SIGNUP_REFUSED = "We could not create an account with these details. If you have one, log in."


def _submitted_email() -> str:
    return request.form.get("email", "").strip().lower()


def _email_digest(email: str) -> str:
    return hashlib.sha256(email.encode()).hexdigest()[:32]


def _known_browsers() -> URLSafeSerializer:
    return URLSafeSerializer(current_app.config["SECRET_KEY"], salt="known-browser")


def _login_account_key() -> str:
    """The account's counter; a browser this account has logged in with has one of its own."""
    email = _submitted_email()
    try:
        known = _known_browsers().loads(request.cookies.get(KNOWN_BROWSER_COOKIE, ""))
    except BadSignature:
        known = None
    if isinstance(known, dict) and known.get("account") == _email_digest(email):
        return f"{email}\0browser:{known.get('browser', '')}"
    return email


@rate_limit("login")
def signup() -> str | Response:
    form = SignupForm()
    if form.validate_on_submit():
        email = form.email.data.strip().lower()
        existing = db.session.execute(
            select(Teacher.id, Teacher.password_hash).where(func.lower(Teacher.email) == email)
        ).first()
        db.session.commit()  # the read is over: no pooled connection held through the slow hash
        # The page never says an account exists, and both ways cost one password hash. Signing up
        # again with the account's own password simply logs in, as a new account would.
        if existing is None:
            teacher = Teacher(
                email=email,
                name=form.name.data.strip(),
                password_hash=_hash(form.password.data),
            )
            db.session.add(teacher)
            db.session.commit()
        elif off_loop(check_password_hash, existing.password_hash, form.password.data):
            teacher = db.session.get(Teacher, existing.id)
        else:
            form.email.errors.append(SIGNUP_REFUSED)
            return render_template("auth/signup.html", form=form)
        _start_session(teacher)
        flash("Welcome! Create your first classroom below.", "success")
        return redirect(url_for("teacher.dashboard"))
    return render_template("auth/signup.html", form=form)


@rate_limit("login")
@failure_limit("login_account", by=_login_account_key, methods=("POST",))
def login() -> str | Response:
    form = LoginForm()
    if form.validate_on_submit():
        email = form.email.data.strip().lower()
        account = db.session.execute(
            select(Teacher.id, Teacher.password_hash).where(func.lower(Teacher.email) == email)
        ).first()
        # The read is over: hand the pooled connection back before the slow hash (0.1-0.5 s), so
        # a burst of logins does not hold the pool that students' joins and answers need.
        db.session.commit()
        stored = account.password_hash if account else _nobody_hash(current_app.config["PASSWORD_HASH_METHOD"])
        matches = off_loop(check_password_hash, stored, form.password.data)
        if account is not None and matches:
            _start_session(db.session.get(Teacher, account.id))
            response = redirect(_safe_next(request.args.get("next")))
            _remember_browser(response, email)
            return response
        note_failure("login_account")
        form.password.errors.append("That e-mail and password do not match an account.")
    return render_template("auth/login.html", form=form)


@login_required
def logout() -> Response:
    if ActionForm().validate_on_submit():
        # Every cookie of this account stops working, copies made before the logout too.
        teacher = db.session.get(Teacher, current_user.id)
        teacher.session_version += 1
        db.session.commit()
        logout_user()
        flash("You are logged out.", "success")
    return redirect(url_for("home.index"))


def _start_session(teacher: Teacher) -> None:
    """Log in with a fresh CSRF token: one read before the login (by someone who planted the
    session) is useless after it."""
    session.pop("csrf_token", None)
    login_user(teacher)


def _remember_browser(response: Response, email: str) -> None:
    value = _known_browsers().dumps({"account": _email_digest(email), "browser": secrets.token_urlsafe(12)})
    response.set_cookie(
        KNOWN_BROWSER_COOKIE,
        value,
        max_age=365 * 24 * 3600,
        httponly=True,
        samesite="Lax",
        secure=current_app.config["SESSION_COOKIE_SECURE"],
        path=url_for("auth.login"),
    )


def _safe_next(target: str | None) -> str:
    """Only a path on this site, so a crafted link cannot send a teacher elsewhere after login."""
    if target:
        parts = urlsplit(target)
        if not parts.scheme and not parts.netloc and target.startswith("/") and not target.startswith("//"):
            return target
    return url_for("teacher.dashboard")


def register(bp: Blueprint) -> None:
    """Attach this module's views to its package's blueprint (quizgame.web.auth)."""
    bp.add_url_rule("/signup", view_func=signup, methods=["GET", "POST"])
    bp.add_url_rule("/login", view_func=login, methods=["GET", "POST"])
    bp.add_url_rule("/logout", view_func=logout, methods=["POST"])
