"""Content: articles, their analysis, question kinds and the files that hold them. No Flask here."""
