"""The `quizgame` command: Flask's CLI group plus the subcommands of quizgame/commands/."""

from __future__ import annotations

import click
from flask.cli import FlaskGroup

from quizgame.commands.analysis import analyze, evaluate, questions
from quizgame.commands.content import content_group, generate
from quizgame.commands.site import demo, teacher_group

COMMANDS = (content_group, teacher_group, demo, generate, analyze, evaluate, questions)


def _create_app():  # type: ignore[no-untyped-def]
    from quizgame import create_app

    return create_app()


@click.group(cls=FlaskGroup, create_app=_create_app, add_version_option=False)
def main() -> None:
    """quizgame: media literacy from real news."""


def init_app(app) -> None:  # type: ignore[no-untyped-def]
    for command in COMMANDS:
        app.cli.add_command(command)


for _command in COMMANDS:
    main.add_command(_command)


if __name__ == "__main__":  # `python -m quizgame.cli ...` in a worktree runs that tree's code
    main()
