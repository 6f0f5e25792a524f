"""A blockquoted list copied from a quoted page (award categories and their links, numbered steps, the items a
line opens with a colon) is that page's layout: no line of it is a statement of its own; the page's sentences
are, and so are a one-line quotation and a tweet (issue 13, styles9: the Kenyan blog awards)."""

from tests.content.analysis.helpers import analyze_text


def _quotes(body: str) -> list[str]:
    return [a.quote for a in analyze_text(body).attributions]


def test_award_categories_and_their_links_are_no_statements_but_the_juries_sentence_is():
    body = (
        "The second Ghana Citizen Media Awards were handed out in Accra on Saturday.\n\n"
        "The jury announced the winners on the awards' blog:\n\n"
        "> Best Citizen Journalism Site\n\n"
        "> http://www.accrareports.example.org\n\n"
        "> Best Podcast – Audience Award\n\n"
        "> http://twitter.com/KwameTalks\n\n"
        "> The jury received more than four hundred nominations this year.\n"
    )
    assert _quotes(body) == ["The jury received more than four hundred nominations this year."]


def test_numbered_steps_are_headings_and_the_steps_sentences_are_statements():
    body = (
        "A network of bloggers has launched a story contest for writers under 25.\n\n"
        "The organisers set out how to take part:\n\n"
        "> Step 1: Register\n\n"
        "> Each writer fills in the form on the network's page before 30 March.\n\n"
        "> 2. Judges Choose the Best Ten\n\n"
        "> 3. Readers vote\n"
    )
    assert _quotes(body) == ["Each writer fills in the form on the network's page before 30 March."]


def test_numbered_demands_are_the_pages_list_and_its_sentences_are_the_sources():
    body = (
        "Thousands of students marched in Santiago on Thursday.\n\n"
        "The Confederation of Students published its demands on its website:\n\n"
        "> The Confederation calls on the government to meet the following demands:\n\n"
        "> 1. Free public education at every level.\n\n"
        "> 2. An end to profit-making in schools.\n\n"
        "> We will march every Thursday until these demands are met.\n"
    )
    quotes = _quotes(body)
    assert not any(q.startswith(("1.", "2.")) for q in quotes)
    assert "We will march every Thursday until these demands are met." in quotes


def test_the_items_a_line_opens_with_a_colon_are_no_statements_of_their_own():
    body = (
        "Young writers in Peru have formed a network.\n\n"
        "The network describes itself on its site:\n\n"
        "> Runasimi Blogs is a network of young people who write in Quechua and want to:\n\n"
        "> Share stories from their villages\n\n"
        "> Teach the language to their friends online\n"
    )
    [quote] = _quotes(body)
    assert quote.startswith("Runasimi Blogs is a network")


def test_a_one_line_slogan_and_a_tweet_without_a_verb_still_count():
    body = (
        "Students marched in Santiago on Thursday.\n\n"
        "One student wrote on Facebook:\n\n"
        "> Free education now!\n\n"
        "Student leader Camila Rojas tweeted:\n\n"
        "> @camirojas: Half a million of us in the streets today.\n"
    )
    assert _quotes(body) == ["Free education now!", "Half a million of us in the streets today."]


def test_a_paragraph_printing_several_lines_of_a_list_is_the_passage_as_a_whole():
    body = (
        "An independent film prize announced its first winners on Sunday.\n\n"
        "The jury posted the list of winners on its website:\n\n"
        '> Best film: "Winter in Norilsk"\n'
        "> Best director: Anna Belova\n"
        '> Audience award: "The Road Home"\n'
    )
    [quote] = [a.quote for a in analyze_text(body).attributions if a.direct]
    assert quote.startswith("Best film") and quote.endswith('"The Road Home"')
