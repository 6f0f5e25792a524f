"""Sentences that are not unsourced claims although no verb of saying heads them: their source is named by another
form (a cue the parser hangs under the main clause, an estimate, an 'as' aside, an impersonal passive, a document
the sentence reads from), or they are no news at all (a pointer to what is shown below, a credit of the piece
itself). Each with a sentence of the same shape that stays an unsourced claim."""

from tests.content.analysis.helpers import analyze_text


def unsourced(body: str) -> list[str]:
    return [c.text for c in analyze_text(body).unsourced_claims]


def test_a_cue_before_the_main_clause_without_that_sources_it():
    assert unsourced("Al Jazeera reported on Thursday, coverage had risen to 55 percent.") == []
    assert unsourced("In Vietnam, members claim, they are oppressed for their beliefs and sometimes jailed.") == []
    assert unsourced("Coverage had risen to 55 percent by Thursday, up from 31 percent in October.") != []


def test_a_party_placing_a_figure_is_its_estimate_but_placing_a_person_is_not():
    assert unsourced("The news agency AFP has placed the protester death count in the hundreds.") == []
    assert unsourced("Police placed the suspect under arrest at his home in Leeds on Monday.") != []


def test_an_as_aside_on_a_verb_of_showing_names_the_source():
    assert unsourced("As revealed at trial, the Turpins had kept their children indoors for years.") == []
    body = "Police officers beat the detainee, who did not resist arrest, as the video shows clearly."
    assert unsourced(body) == []
    assert unsourced("The Turpins had kept their children indoors for years, as long as they lived in Perris.") != []


def test_an_impersonal_passive_of_saying_tells_that_the_clause_was_said():
    assert unsourced("It was reported he was in a coma at the time of his death.") == []
    body = "It has been widely argued that social media has made it unfeasible for the government to hide the story."
    assert unsourced(body) == []


def test_a_sentence_opened_by_the_document_it_reads_from_is_that_documents():
    assert unsourced("In the document, the writer supposes a cultural and ethnic replacement of Americans.") == []
    body = "In order to check the origins of the bone tools, the researchers used a technology called ZooMS."
    assert unsourced(body) != []


def test_it_or_they_finding_after_researchers_is_their_finding_but_not_after_police():
    body = (
        "Here, researchers evaluated CT scans on 158 different species. They found frogs that had similar ecological "
        "niches — meaning they either acquired food in the same way or defended themselves in the same way — tended "
        "to develop skulls with similar grooves, spikes, or specialized jaw joints."
    )
    assert all(not c.startswith("They found") for c in unsourced(body))
    body = (
        "The video, called Koboy Palmerah, was shared widely on Twitter. It showed a man with a white t-shirt "
        "confronting a motorcyclist after they were both involved in a crash."
    )
    assert all(not c.startswith("It showed") for c in unsourced(body))
    body = "Police searched the house in Leeds on Monday. They found a loaded gun in the kitchen."
    assert "They found a loaded gun in the kitchen." in unsourced(body)


def test_pointers_to_what_is_shown_and_where_to_look_are_not_claims():
    assert unsourced("Here are some reactions of netizens.") == []
    assert unsourced("The debate can be seen in full on YouTube.") == []
    assert unsourced("Zambian Bloggers Network can also be found on Facebook.") == []


def test_a_credit_of_the_piece_itself_is_not_a_claim_but_this_story_of_events_is():
    assert unsourced("This post was sub-edited by Jane Ellis.") == []
    body = "This bizarre and tragic story began in August 2010 when Akong was arrested in his home in Bangkok."
    assert unsourced(body) != []


def test_acts_done_only_in_words_report_a_statement():
    body = "At the forum, Prime Minister Meles Zenawi lauded his government's economic achievement."
    assert unsourced(body) == []
    assert unsourced("The Prime Minister apologised to the people of his country for the delay in testing.") == []
    assert unsourced("CalFire requested power line de-energisation during the emergency on Tuesday.") != []


def test_an_introduction_with_a_photo_caption_before_its_blockquote_is_not_a_claim():
    body = (
        "The network's description on its website reads:\n\n"
        "Brenda Zulu - Zambian journalist and blogger. Photo courtesy: Brenda Zulu.\n\n"
        "> This is a community of Zambian Bloggers who are to bring reports from blogs and citizen media.\n"
    )
    assert all("description" not in c for c in unsourced(body))
