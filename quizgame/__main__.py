"""`python -m quizgame` runs the command line, like the `quizgame` script."""

from quizgame.cli import main

main()
