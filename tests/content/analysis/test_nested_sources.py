"""Nested sources: each source in a chain is credited (the gold conventions: two entries), specifications with
made-up sentences."""

from tests.content.analysis.helpers import analyze_text, pairs


def test_reports_citing_sources_credit_the_reports_and_the_sources_they_cite():
    body = "Reports citing sources within the party have indicated the senator was urged to quit."
    found = pairs(body)
    assert ("Reports", "the senator was urged to quit") in found
    assert any(speaker.startswith("sources") and quote == "the senator was urged to quit" for speaker, quote in found)


def test_a_statement_relayed_by_according_to_is_the_speakers_and_the_relays():
    body = "Mayor Ana Ruiz has expressed she is not interested in running again, according to Reuters."
    found = pairs(body)
    assert ("Ana Ruiz", "she is not interested in running again") in found
    assert any(speaker == "Reuters" and "not interested in running again" in quote for speaker, quote in found)


def test_an_object_relayed_by_according_to_is_no_statement_of_the_speaker():
    body = "Mayor Ana Ruiz has expressed concern about the budget, according to Reuters."
    assert [speaker for speaker, _ in pairs(body)] == ["Reuters"]


def test_whoever_quoted_a_speaker_as_saying_is_a_source_too():
    body = "Reuters quoted a police spokesman as saying that three men were arrested."
    speakers = {speaker for speaker, quote in pairs(body) if "three men were arrested" in quote}
    assert speakers == {"Reuters", "a police spokesman"}


def test_inside_a_blockquote_a_participle_on_what_someone_gives_credits_the_giver():
    # styles: a tweet quoted in a Global Voices post reports what the police said
    body = (
        "Fans reacted on Twitter:\n\n"
        "> @NickyYuventius: What I found odd was the police giving an excuse saying that Gaga (act) is "
        "pornographic. What about dangdut concerts?\n"
    )
    found = pairs(body)
    assert any(speaker == "the police" and "Gaga (act) is pornographic" in quote for speaker, quote in found)
    assert any(speaker == "@NickyYuventius" for speaker, _ in found)  # the tweet stays its writer's


def test_inside_a_blockquote_a_participle_on_a_person_credits_that_person_with_the_quotation():
    # styles3: a post describing a cartoon quotes what a figure in it shouts
    body = (
        "Melanie Peters describes a critical cartoon:\n\n"
        "> While the cartoon depicts a man titled “Govt” with his trousers unzipped, the first is clearly Zuma. "
        "Next to them on the floor, her dress torn and a discarded pair of scales beside her, is an apparent "
        "rape victim, shouting “Fight, sister, fight!”\n"
    )
    [shout] = [a for a in analyze_text(body).attributions if a.quote == "Fight, sister, fight!"]
    assert shout.speaker.endswith("victim")
    assert shout.direct is True  # the participle opens a quotation


def test_a_participle_that_reports_nothing_after_it_is_no_nested_source():
    # styles4: 'Zambians living in the Diaspora' describes them; it quotes no one
    body = "Brenda noted:\n\n> Many Zambians living in the Diaspora blog frequently than Zambians living at home.\n"
    assert [speaker for speaker, _ in pairs(body)] == ["Brenda"]
