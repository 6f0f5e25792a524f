from tests.content.analysis.helpers import analyze_text


def test_people_are_full_names_in_order_of_first_mention_without_titles():
    body = (
        "Seattle Mayor Jenny Durkan and police chief Carmen Best disagreed.\n\n"
        "Best said she would stay. Durkan said nothing. Republican Utah Sen. Mitt Romney marched."
    )
    assert analyze_text(body).people == ["Jenny Durkan", "Carmen Best", "Mitt Romney"]


def test_the_president_introduced_later_still_resolves():
    body = '"This is not a game," the president wrote.\n\nDurkan answered President Donald Trump on Friday.'
    [attribution] = analyze_text(body).attributions
    assert attribution.speaker == "Donald Trump"


def test_organisations_are_not_people():
    body = "The Seattle Police Department said it would review the case."
    analysis = analyze_text(body)
    assert analysis.people == []
    assert analysis.attributions[0].speaker_kind == "organization"
