"""Sending an e-mail through the school's SMTP server, when one is configured (QUIZGAME_SMTP_HOST).

Plain smtplib, as Flask's own tutorials do it: the messages are few (a password-reset link), so no
queue. Settings come from the app config (build_config reads them from the environment)."""

from __future__ import annotations

import smtplib
import ssl
from collections.abc import Mapping
from dataclasses import dataclass
from email.message import EmailMessage
from typing import Any


class MailError(RuntimeError):
    """The server could not be reached or refused the message."""


@dataclass(frozen=True)
class SmtpSettings:
    host: str
    port: int
    sender: str
    username: str | None = None
    password: str | None = None
    security: str = "none"  # "starttls", "ssl" or "none"
    timeout: float = 10.0

    @classmethod
    def from_config(cls, config: Mapping[str, Any]) -> SmtpSettings | None:
        """The settings in an app config, or None when no SMTP server is configured."""
        host = config.get("SMTP_HOST")
        if not host:
            return None
        port = int(config.get("SMTP_PORT") or 25)
        username = config.get("SMTP_USER") or None
        # Unsaid, the port decides: 465 speaks TLS from the start; a server that wants a login is
        # asked to STARTTLS first, so the password never crosses the network in the clear.
        security = config.get("SMTP_SECURITY") or ("ssl" if port == 465 else "starttls" if username else "none")
        if security not in ("starttls", "ssl", "none"):
            raise MailError(f"QUIZGAME_SMTP_SECURITY must be starttls, ssl or none, not {security!r}")
        sender = config.get("MAIL_FROM") or f"quizgame@{host}"
        return cls(host, port, sender, username, config.get("SMTP_PASSWORD") or None, security)


def send(settings: SmtpSettings, to: str, subject: str, body: str) -> None:
    message = EmailMessage()
    message["From"], message["To"], message["Subject"] = settings.sender, to, subject
    message.set_content(body)
    try:
        if settings.security == "ssl":
            server: smtplib.SMTP = smtplib.SMTP_SSL(
                settings.host, settings.port, timeout=settings.timeout, context=ssl.create_default_context()
            )
        else:
            server = smtplib.SMTP(settings.host, settings.port, timeout=settings.timeout)
        with server:
            if settings.security == "starttls":
                server.starttls(context=ssl.create_default_context())
            if settings.username:
                server.login(settings.username, settings.password or "")
            server.send_message(message)
    except (OSError, smtplib.SMTPException) as exc:
        raise MailError(f"the mail server {settings.host}:{settings.port} did not take the message: {exc}") from exc
