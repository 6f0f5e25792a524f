"""attribution_type's part of the gate: the way a statement is credited, read from its frame (the
sentence without the reported words), and the one shape of unnamed source the gate trusts."""

from quizgame.content.analysis.model import Attribution, Secondhand
from quizgame.content.kinds import ways
from quizgame.content.kinds.attribution_type import statements
from tests.content.kinds.helpers import made_up


def _credited(body: str, speaker: str, kind: str, cue: str, quote: str, confidence: float = 1.0, **more):
    start = body.index(speaker if speaker in body else speaker.lower())
    end = body.index(quote) + len(quote)
    sentence_end = body.index(".", end) + 1
    a = Attribution(speaker, kind, cue, quote, False, start, end, start, sentence_end, confidence)
    return made_up(body, attributions=[a], **more), a


def test_the_frame_leaves_out_the_reported_words_and_the_source_itself():
    text = "Meanwhile, the New York Times says the president, Hamid Karzai, has been engaged in talks."
    frame = ways.frame(text, "the president, Hamid Karzai, has been engaged in talks", "New York Times")
    assert "Karzai" not in frame and "New York Times" not in frame
    assert ways.frame(text, "not in the sentence at all", "", whole=False) == text
    assert ways.frame(text, "the president", "New York Times", whole=True) == text


def test_a_person_the_statement_is_about_is_no_second_source():
    body = (
        "Talks were called off.\n\n"
        "Meanwhile, the New York Times says the president, Hamid Karzai, has been engaged since November in "
        "secret talks with the Taliban."
    )
    quote = "the president, Hamid Karzai, has been engaged since November in secret talks with the Taliban"
    start = body.index("Meanwhile")
    report = Secondhand("New York Times", "says", quote, body.index(quote), body.index(quote) + len(quote), 0.95)
    item = made_up(body, secondhand=[report], people=["Hamid Karzai"])
    assert [(s[3], s[4]) for s in statements(item) if s[1] == start] == [(ways.BODY, "New York Times")]


def test_a_source_inside_the_reported_words_is_a_second_way_of_crediting():
    assert ways.nested_source("FSB sources have ascribed the explosion to terrorism", "claims", ways.BODY)
    assert ways.nested_source("the report by the ministry was wrong", "said", ways.NAMED)
    # the statement's own verb, a name, and a noun after a determiner are no source
    assert not ways.nested_source("claimed victory in the runoff", "claimed", ways.NAMED)
    assert not ways.nested_source("he would avoid a deal with the United States", "announced", ways.NAMED)
    assert not ways.nested_source("he is still committed to the talks", "says", ways.NAMED)
    # as it always was, for a caller that lists sourced sentences
    assert ways.nested_source("he is still committed to the talks", "says", ways.NAMED, whole=True)


def test_a_described_group_of_people_saying_something_is_a_sure_unnamed_source():
    body = "Mr. Mugabe has led the country since 1980. His critics say the government has devastated the economy."
    item, a = _credited(body, "His critics", "anonymous", "say", "the government has devastated the economy")
    assert ways.way_of(item, a) == ways.UNNAMED and ways.sure_unnamed(item, a)
    # measured, but not keying yet (attribution_type.KEY_SURE_UNNAMED): the frozen split disagreed
    assert statements(item) == []


def test_an_unnamed_source_of_another_shape_or_around_a_named_person_does_not_key():
    body = "Critics of President Robert Mugabe say the economy has collapsed in ten years."
    item, a = _credited(
        body,
        "Critics of President Robert Mugabe",
        "anonymous",
        "say",
        "the economy has collapsed in ten years",
        people=["Robert Mugabe"],
    )
    assert not ways.sure_unnamed(item, a)
    body = "The one remedy, they say, is to assert the contribution of the continent to science."
    item, a = _credited(body, "The one remedy", "anonymous", "assert", "the contribution of the continent to science")
    assert not ways.sure_unnamed(item, a)


def test_a_pronoun_inside_the_reported_words_names_no_second_source():
    text = "Local officials say authorities took their leader's passport as he prepared to fly."
    frame = ways.frame(text, "authorities took their leader's passport as he prepared to fly", "Local officials")
    assert not ways.frame_names_person(frame, [])
    assert ways.frame_names_person("Secretary of Justice Wanda Vazquez Garced has expressed, according to .", [])


def test_unnamed_people_speaking_for_a_body_key_no_way():
    """ "Officials with the party say": a teacher read it as the party's word; "a group" is defensible too."""
    for speaker, body in (
        ("Officials", "Officials with the party say authorities took the passport of their leader."),
        ("Police officials", "Police officials say at least 200 people have been killed in the violence."),
    ):
        quote = body.split(" say ")[1].rstrip(".")
        item, a = _credited(body, speaker, "anonymous", "say", quote)
        assert not ways.sure_unnamed(item, a) and statements(item) == []


def test_a_passive_in_another_clause_is_not_the_sources_own_cue():
    """ "It was initially reported ..., but NRK later reported ...": an early report corrected by a named
    outlet; the passive belongs to the first report, not to NRK's."""
    body = (
        "It was initially reported the fire started in an electric vehicle, but news broadcaster NRK later "
        "reported the fire started in a recalled car."
    )
    item, a = _credited(body, "NRK", "organization", "reported", "the fire started in a recalled car")
    assert not ways.passive_here(body, a) and ways.way_of(item, a) == ways.BODY
    body = "The singer was accused by nobody in particular of plagiarism in the reports."
    item, a = _credited(body, "The singer", "named", "accused", "of plagiarism in the reports")
    assert ways.passive_here(body, a)


def test_unnamed_people_pointed_back_to_key_no_way():
    body = "The officials say authorities returned the passport a few hours later."
    item, a = _credited(
        body, "The officials", "anonymous", "say", "authorities returned the passport a few hours later"
    )
    assert not ways.sure_unnamed(item, a)
