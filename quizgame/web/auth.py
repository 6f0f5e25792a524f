"""Teacher accounts: sign up, log in, log out. Passwords are stored as werkzeug scrypt hashes."""

from __future__ import annotations

from urllib.parse import urlsplit

from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask_login import login_required, login_user, logout_user
from sqlalchemy import func, select
from werkzeug.security import check_password_hash, generate_password_hash
from werkzeug.wrappers import Response

from quizgame.extensions import db
from quizgame.models import Teacher
from quizgame.web.forms import ActionForm, LoginForm, SignupForm
from quizgame.web.limits import failure_limit, note_failure, rate_limit

bp = Blueprint("auth", __name__, url_prefix="/teacher")


@bp.route("/signup", methods=["GET", "POST"])
@rate_limit("login")
def signup() -> str | Response:
    form = SignupForm()
    if form.validate_on_submit():
        email = form.email.data.strip().lower()
        if db.session.scalar(select(Teacher.id).where(func.lower(Teacher.email) == email)):
            form.email.errors.append("An account with this e-mail already exists. Log in instead.")
        else:
            teacher = Teacher(
                email=email, name=form.name.data.strip(),
                password_hash=generate_password_hash(form.password.data, method="scrypt"),
            )
            db.session.add(teacher)
            db.session.commit()
            login_user(teacher)
            flash("Welcome! Create your first classroom below.", "success")
            return redirect(url_for("teacher.dashboard"))
    return render_template("auth/signup.html", form=form)


@bp.route("/login", methods=["GET", "POST"])
@rate_limit("login")
@failure_limit("login_account", by=lambda: request.form.get("email", "").strip().lower())
def login() -> str | Response:
    form = LoginForm()
    if form.validate_on_submit():
        teacher = db.session.scalar(select(Teacher).where(func.lower(Teacher.email) == form.email.data.strip().lower()))
        if teacher is not None and check_password_hash(teacher.password_hash, form.password.data):
            login_user(teacher)
            return redirect(_safe_next(request.args.get("next")))
        note_failure("login_account")
        form.password.errors.append("That e-mail and password do not match an account.")
    return render_template("auth/login.html", form=form)


@bp.post("/logout")
@login_required
def logout() -> Response:
    if ActionForm().validate_on_submit():
        logout_user()
        flash("You are logged out.", "success")
    return redirect(url_for("home.index"))


def _safe_next(target: str | None) -> str:
    """Only a path on this site, so a crafted link cannot send a teacher elsewhere after login."""
    if target:
        parts = urlsplit(target)
        if not parts.scheme and not parts.netloc and target.startswith("/") and not target.startswith("//"):
            return target
    return url_for("teacher.dashboard")
