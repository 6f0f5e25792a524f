"""A quotation closed with no comma before its inverted cue ('"..." tweeted Mayor Ana Ruiz.') is the words of the
noun phrase after the verb, not of the previous paragraph's speaker; a split quotation right after continues it."""

from tests.content.analysis.helpers import analyze_text, pairs


def test_a_quotation_with_no_comma_before_its_inverted_cue_is_the_named_speakers():
    body = (
        'Another witness was Tom Hale, 24, who said: "I did what anyone would do."\n\n'
        '"I am proud of the people who ran towards danger to help" tweeted Mayor of Leeds Ana Ruiz. '
        '"Their courage is incredible."'
    )
    found = [(a.speaker, a.quote[:12], a.speaker_kind) for a in analyze_text(body).attributions]
    for opening in ("I am proud o", "Their courag"):
        assert any(s.endswith("Ana Ruiz") and q == opening and kind == "social_media" for s, q, kind in found)


def test_a_document_after_read_is_the_speaker_of_the_quotation_before_it():
    body = (
        "A spokesperson told reporters the attack took place at 7 p.m. "
        '"No troops were injured. We thank the police for their quick response;" read the statement.'
    )
    assert any(speaker == "the statement" and quote.startswith("No troops") for speaker, quote in pairs(body))


def test_a_namesake_met_earlier_is_not_the_speaker_named_after_the_verb():
    body = (
        "Police shot the attacker, Usman Khan, on the bridge.\n\n"
        '"I am in awe of the people who ran towards danger" tweeted Mayor of London Sadiq Khan (no relation).'
    )
    assert any(speaker.endswith("Sadiq Khan") and quote.startswith("I am in awe") for speaker, quote in pairs(body))


def test_a_quotation_followed_by_a_verb_that_goes_on_with_a_clause_is_not_read_this_way():
    body = 'Tom Hale spoke first.\n\n"The plan" described in the report was never funded by the council.'
    assert not any(quote.startswith("The plan") and speaker != "Tom Hale" for speaker, quote in pairs(body))
