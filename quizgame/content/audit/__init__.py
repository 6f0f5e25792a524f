"""The key audit: generate questions for gold-annotated articles, check every key and distractor
against the gold, and play the questions with shortcut players (`quizgame evaluate --questions`)."""
