"""A teacher who forgot their password: an e-mailed link when the school's mail server is
configured (QUIZGAME_SMTP_HOST), otherwise the page says who can help (`quizgame teacher
reset-password EMAIL` on the server). The link holds a signed token that expires
(PASSWORD_RESET_MAX_AGE, an hour) and works once (quizgame/accounts.py)."""

from __future__ import annotations

from flask import Blueprint, current_app, flash, redirect, render_template, url_for
from werkzeug.wrappers import Response

from quizgame import accounts, mail
from quizgame.extensions import db
from quizgame.web.auth.forms import ForgotPasswordForm, NewPasswordForm
from quizgame.web.common.limits import charge, rate_limit

SENT = (
    "If a teacher account has that e-mail, a link to choose a new password is on its way. "
    "It works once, for {minutes} minutes. No e-mail? Look in the spam folder, or ask again."
)


def _link(token: str) -> str:
    # Behind `quizgame demo --lan` or a proxy, the address the teacher's browser used may not be
    # the one the e-mail should carry.
    public = current_app.config.get("PUBLIC_URL")
    if public:
        return public.rstrip("/") + url_for("auth.new_password", token=token)
    return url_for("auth.new_password", token=token, _external=True)


@rate_limit("login")
def forgot_password() -> str | Response:
    settings = mail.SmtpSettings.from_config(current_app.config)
    form = ForgotPasswordForm()
    if settings is not None and form.validate_on_submit():
        # Counted per address asked for, account or not, so that neither the answer nor the limit
        # tells anyone which e-mails have accounts.
        charge("password_reset_mail", form.email.data.strip().lower())
        teacher = accounts.find_teacher(db.session, form.email.data)
        token = accounts.reset_token(current_app.config["SECRET_KEY"], teacher) if teacher else ""
        db.session.commit()  # the count stands; no connection held while the mail server answers
        if teacher is not None:
            minutes = current_app.config["PASSWORD_RESET_MAX_AGE"] // 60
            try:
                mail.send(
                    settings,
                    teacher.email,
                    "Your quizgame password",
                    render_template(
                        "auth/reset_mail.txt",
                        name=teacher.name,
                        link=_link(token),
                        minutes=minutes,
                    ),
                )
            except mail.MailError as failed:
                current_app.logger.error("password reset e-mail not sent: %s", failed)
                flash(
                    "The e-mail could not be sent just now. Try again later, or ask whoever runs "
                    "quizgame at your school to reset your password.",
                    "error",
                )
                return render_template("auth/forgot.html", form=form, mail_on=True), 503  # type: ignore[return-value]
        flash(SENT.format(minutes=current_app.config["PASSWORD_RESET_MAX_AGE"] // 60), "success")
        return redirect(url_for("auth.login"))
    return render_template("auth/forgot.html", form=form, mail_on=settings is not None)


@rate_limit("login")
def new_password(token: str) -> str | Response:
    teacher = accounts.teacher_for_reset(
        db.session, current_app.config["SECRET_KEY"], token, current_app.config["PASSWORD_RESET_MAX_AGE"]
    )
    if teacher is None:
        return render_template("auth/reset_expired.html"), 400  # type: ignore[return-value]
    form = NewPasswordForm(teacher.email)
    if form.validate_on_submit():
        accounts.change_password(teacher, form.password.data, current_app.config["PASSWORD_HASH_METHOD"])
        db.session.commit()
        flash("Your password is changed. Log in with the new one.", "success")
        return redirect(url_for("auth.login"))
    return render_template("auth/new_password.html", form=form, email=teacher.email)


def register(bp: Blueprint) -> None:
    """Attach this module's views to its package's blueprint (quizgame.web.auth)."""
    bp.add_url_rule("/forgot", view_func=forgot_password, methods=["GET", "POST"])
    bp.add_url_rule("/reset/<token>", view_func=new_password, methods=["GET", "POST"])
