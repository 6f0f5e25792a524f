"""What a question shows is cut cleanly: a quotation it opens is closed, and a blockquoted post is asked
about from its first full line, never a heading run into the sentence after it (reading3: Boseman's
options and whose_words prompt; Malawi's 'Fifth fallacy: ... homosexuality It is an absurd fallacy')."""

from __future__ import annotations

from quizgame.content.analysis.model import Attribution
from quizgame.content.kinds.who_said import _first_full_line
from quizgame.content.kinds.wording import clip, closed, shorten, window
from tests.content.kinds.helpers import made_up


def test_a_quotation_opened_and_not_closed_is_closed_at_the_end():
    cut = 'Frederick wrote "It is with profound sadness that we mourn the loss of our alumnus.'
    assert closed(cut) == cut + ' …"'
    assert closed("… “He was a gentle soul and a brilliant artist, who will stay …") == (
        "… “He was a gentle soul and a brilliant artist, who will stay …”"
    )


def test_closed_quotations_apostrophes_and_the_ends_of_quotations_are_left_alone():
    for text in ('He said "yes" and left.', "It's a dog's life.", 'for eternity," he said.', "“No,” he said."):
        assert closed(text) == text


def test_choices_prompts_and_excerpts_close_what_they_open():
    body = 'She wrote "The bridge is not safe and the council knows it very well" on Monday.'
    assert shorten(body, 40).endswith('…"')
    assert window(body, 0, len(body), body.index("bridge"), body.index("bridge") + 6, reach=2).endswith('…"')
    assert clip('Reed called it "a waste of public money that nobody asked for', 30).count("'") == 2


def test_a_blockquote_heading_is_skipped_and_the_first_full_line_asked_about():
    body = (
        "Lyson Sibande identifies five fallacies:\n\n"
        "> Fifth fallacy: The Bible is the ultimate judge\n>\n"
        "> It is an absurd fallacy to think that every human being believes in it. In this regard it fails.\n"
    )
    joined = "Fifth fallacy: The Bible is the ultimate judge It is an absurd fallacy to think that every human being believes in it. In this regard it fails."
    at = body.index("Fifth")
    a = Attribution("Lyson Sibande", "named", "identifies", joined, True, at, len(body) - 1, at, len(body) - 1)
    item = made_up(body, attributions=[a], people=["Lyson Sibande"])
    assert _first_full_line(item, a).quote == (
        "It is an absurd fallacy to think that every human being believes in it. In this regard it fails."
    )


def test_a_quotation_in_the_reporters_prose_is_kept_as_found():
    body = 'Maria Perez said: "The bridge is not safe and everybody knows it." She left.\n'
    quote = "The bridge is not safe and everybody knows it."
    at = body.index(quote)
    a = Attribution("Maria Perez", "named", "said", quote, True, at, at + len(quote), 0, len(body) - 1)
    assert _first_full_line(made_up(body, attributions=[a]), a) is a


def test_a_statement_that_opens_with_a_quoted_phrase_keeps_both_its_marks():
    """Reading10: 'Hutton says that "changes in the fault line" from April's quake, caused today's quake
    to occur' was asked about as "changes in the fault line' from April's quake ...": the opening mark was
    dropped as if it were the quotation's own, and its pair made single."""
    assert clip('"The ferry will run again on Sunday," the captain wrote.') == "The ferry will run again on Sunday"
    assert clip('"costs on the ferry" rose again after the storm, the captain wrote') == (
        "'costs on the ferry' rose again after the storm, the captain wrote"
    )
    assert (
        clip('"A" and "B" were the only two names on the ballot') == "'A' and 'B' were the only two names on the ballot"
    )
    assert clip('"The ferry will run on Sunday."') == "The ferry will run on Sunday."
    assert clip('The ferry will run on Sunday,"') == "The ferry will run on Sunday"
    assert clip("“We will not close the school,”") == "We will not close the school"
    assert clip('"The school stays open for every child", ') == "The school stays open for every child"


def test_a_statement_cut_before_its_closing_bracket_has_it_closed():
    """Reading10: "the earthquake occurred at 16:53 local time (2353 UTC" (the closing bracket lost)."""
    assert clip("the ferry left at 09:40 local time (0740 UTC") == "the ferry left at 09:40 local time (0740 UTC)"
    assert clip("the vote [held in secret] was close") == "the vote [held in secret] was close"
    assert clip(
        "the council (and the mayor, who spoke last, at great length about the budget for the next year", 60
    ).endswith(")")
