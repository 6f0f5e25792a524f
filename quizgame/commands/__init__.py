"""The `quizgame` command's subcommands, a module per idea; quizgame/cli.py gathers them.

content   the shared articles and questions as files: load, export, generate
site      running the site: the demo, teachers' passwords
analysis  the analysis and its questions on article files, measured against gold (no database)
"""
