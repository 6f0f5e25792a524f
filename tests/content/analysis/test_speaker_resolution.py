"""Speakers resolved across sentences: whom a pronoun continues, and of what kind a name is."""

import pytest

from tests.content.analysis.helpers import analyze_text, speakers_by_cue


def speaker_of(body: str, quote: str) -> tuple[str, str]:
    [attribution] = [a for a in analyze_text(body).attributions if quote in a.quote]
    return attribution.speaker, attribution.speaker_kind


def test_a_name_mentioned_inside_a_quotation_is_not_the_antecedent_of_the_narrations_pronoun():
    body = (
        "Dana Kerr told reporters about her costume. "
        'The suit "is hot. It is really hard to stay calm when Chris Hale walks in". '
        "With all the excitement, she said that she gets tired quickly."
    )
    assert speaker_of(body, "she gets tired quickly") == ("Dana Kerr", "named")


def test_a_they_that_speaks_continues_the_last_party_that_spoke_not_people_who_acted_in_between():
    body = (
        "Health officials in the region claimed the outbreak was over. "
        "Doctors Ann Lee and Tom Fox visited the ward on Monday. "
        "They also stated that no new cases were found."
    )
    assert speaker_of(body, "no new cases were found")[0] == "Health officials"


def test_a_they_that_speaks_takes_an_assembly_that_spoke_a_few_sentences_before():
    body = (
        "An assembly of foreign ministers in Cairo denounced the agreement on Wednesday. "
        "The talks lasted six hours. "
        "Minister Ann Lee and her three counterparts met the press afterwards. "
        "They concluded that the agreement is void."
    )
    speaker, kind = speaker_of(body, "the agreement is void")
    assert "assembly of foreign ministers" in speaker and kind == "organization"


def test_an_indefinite_pronoun_is_an_unnamed_source_with_the_phrase_that_says_who():
    body = "Some in the diplomatic community have suggested a unity government could end the crisis."
    assert speaker_of(body, "a unity government could end the crisis") == (
        "Some in the diplomatic community",
        "anonymous",
    )


def test_a_lone_name_used_as_a_place_is_not_a_person_though_tagged_one():
    from spacy.tokens import Span

    from quizgame.content.analysis.lexicon import load_lexicon
    from quizgame.content.analysis.nlp import load_nlp
    from quizgame.content.analysis.speakers import find_people

    doc = load_nlp()("The fair is held in Medellín. Medellín welcomed it. Ana Ruiz, the mayor, praised Medellín.")
    cities = [t.i for t in doc if t.text == "Medellín"]
    doc.ents = [Span(doc, i, i + 1, label="PERSON") for i in cities]  # as the small model tags a city at times
    assert [p.name for p in find_people(doc, load_lexicon(), set()).people] == ["Ana Ruiz"]


def test_a_they_that_speaks_passes_over_parties_speaking_inside_a_relative_clause():
    body = (
        "An assembly of foreign ministers in Cairo denounced the deal in which Turkey and Libya agreed on borders. "
        "The talks lasted six hours. "
        "Minister Ann Lee and her three counterparts met the press afterwards. "
        "They concluded that the agreement is void."
    )
    assert "assembly of foreign ministers" in speaker_of(body, "the agreement is void")[0]


def test_a_four_word_name_the_tagger_reads_as_a_persons_is_a_person_later_mentions_resolve_to():
    body = (
        "Mohammad Ali Reza Tehrani, the chief judge, opened the hearing on Monday after Tom Fox spoke. "
        "In his ruling, he said the law was void."
    )
    assert speaker_of(body, "the law was void")[0] == "Mohammad Ali Reza Tehrani"
    body = (
        "Juan Carlos Lopez Garcia, the party leader, met Tom Fox. Fox was silent. Lopez Garcia said the talks failed."
    )
    assert speaker_of(body, "the talks failed") == ("Juan Carlos Lopez Garcia", "named")


def test_the_police_are_the_force_not_a_unit_named_after_the_title_police():
    body = (
        "Lena Ortiz, the head of the Metropolitan Police Flood Response Unit, spoke on Monday. "
        "The police said the driver had been drinking."
    )
    speaker, kind = speaker_of(body, "had been drinking")
    assert speaker.lower().removeprefix("the ") == "police" and kind == "organization"


def test_the_company_is_the_organisation_named_before_not_a_person_the_tagger_read_as_one():
    body = (
        "The Manila Broadcasting Corporation lost its licence, which was defended by the Presidential Spokesperson "
        "Aldo Ramos. The network claims the order did not cover its radio stations."
    )
    assert speaker_of(body, "did not cover its radio stations")[0] == "Manila Broadcasting Corporation"


def test_a_second_verb_of_saying_joined_to_the_reported_clause_belongs_to_the_reporter():
    body = (
        "Foreign minister Alma Reyes spoke in Athens on Friday. "
        "She also noted that the northern council did not approve the border line, "
        "and mentioned a possible appeal to the regional court."
    )
    assert speakers_by_cue(body)["mentioned"] == "Alma Reyes"


def test_a_verb_of_saying_joined_to_a_reported_verb_of_saying_keeps_that_clauses_speaker():
    body = "Mayor Alma Reyes said that the contractor Tom Vance denied the charges, and accused the council of lying."
    assert speakers_by_cue(body)["accused"] == "Tom Vance"


def test_a_name_inside_a_blockquote_is_not_the_antecedent_of_the_narrations_pronoun():
    body = (
        "Blogger Tom Brooks gave a quick overview of the results:\n\n"
        "> The Green Party has won 30 of the 40 seats.\n>\n"
        "> Turnout was high in every district.\n>\n"
        "> Congratulations to Mr. John Carter and the Green Party.\n\n"
        "A day earlier, he wrote that the campaign had been the calmest in years."
    )
    assert speakers_by_cue(body)["wrote"] == "Tom Brooks"


def test_a_they_may_stand_for_one_organisation_that_is_the_subject_before_it_in_the_sentence():
    body = (
        "A number of senators defended the bill in March. "
        "The governor attacked the network after the company refused to air his adverts, "
        "which they said was due to a lack of airtime."
    )
    assert "company" in speakers_by_cue(body)["said"]


def test_a_given_name_says_the_gender_a_pronoun_agrees_with_over_a_her_about_someone_else():
    body = (
        "Anne Holt and her husband Jonathan Holt left the country, police said on Saturday. "
        "The county's chief constable Nick Carver wrote to the embassy asking to waive her immunity. "
        "Both he and the commissioner Tom Reed urged the immunity be waived."
    )
    assert {a.speaker for a in analyze_text(body).attributions if a.cue.startswith("urged")} == {
        "Nick Carver",
        "Tom Reed",
    }


def test_a_places_title_is_the_one_holder_of_it_not_a_deputy():
    body = (
        "Deputy Governor Oleg Marin said 68 people were missing. "
        "Kestrel's governor has promised each family a payment. "
        "Regional governor Pavel Ostrov said the blast was unrelated."
    )
    assert speakers_by_cue(body)["promised"] == "Pavel Ostrov"


def test_an_it_standing_for_the_clause_after_it_is_no_speaker():
    body = (
        "The organisers said that only a foreign company could take part. "
        "It is not reasonable to suggest that the city should pay for the event."
    )
    assert "suggest" not in speakers_by_cue(body)


def test_the_n_year_old_is_the_person_just_written_about_and_no_one_when_none_was():
    named = 'Union leader Joana Fatu spoke outside the factory. "It is over," the 45-year-old said.'
    assert speakers_by_cue(named)["said"] == "Joana Fatu"
    nobody = 'The strike began on Monday. "It is over," the 45-year-old said.'
    assert speakers_by_cue(nobody)["said"] == "the 45-year-old"


def test_the_blogger_is_the_person_an_apposition_called_a_blogger():
    body = (
        "Ahmed Salem, a blogger in Nouakchott, wrote that the army was divided. "
        "The blogger added that the officers were afraid."
    )
    assert speakers_by_cue(body)["added"] == "Ahmed Salem"


def test_a_title_then_a_name_between_commas_is_that_person():
    body = "According to the Harbour City mayor, Dee Marlow, during the weekend, police were searching the port."
    [attribution] = analyze_text(body).attributions
    assert (attribution.speaker, attribution.speaker_kind) == ("Dee Marlow", "named")


@pytest.mark.parametrize(
    "sentence",
    [
        'A tweet sent from Ellen Park\'s Twitter account repeated the promise, saying "We will open the clinic in May."',
        'A post by Ellen Park said "We will open the clinic in May."',
    ],
)
def test_the_medium_is_not_the_speaker_its_author_is(sentence):
    body = f"Mayor Ellen Park spoke at the town hall on Monday.\n\n{sentence}\n"
    speakers = {(a.speaker, a.speaker_kind) for a in analyze_text(body).attributions if "clinic" in a.quote}
    assert speakers == {("Ellen Park", "social_media")}


def test_a_speaker_the_article_never_names_alone_is_named_whole():
    # reading4: 'Bahamas Blog' for "Meanwhile, Political Bahamas Blog reports", 'Agenda' for "Agenda 507 ...".
    from quizgame.content.analysis.whole_names import whole_name

    text = "Votes are in. Meanwhile, Political Bahamas Blog reports that the party won. Agenda 507 wants more."
    titles = frozenset({"minister", "prime"})
    second = text.index("Meanwhile")
    assert whole_name("Bahamas Blog", text, (second, text.index("Agenda")), titles) == "Political Bahamas Blog"
    assert whole_name("Agenda", text, (text.index("Agenda"), len(text)), titles) == "Agenda 507"
    # A title, a sentence's first word and an office after "of" never join a name.
    assert whole_name("Hubert Ingraham", "Prime Minister Hubert Ingraham spoke.", (0, 37), titles) == "Hubert Ingraham"
    assert whole_name("Denzel Washington", "Actor Denzel Washington spoke.", (0, 30), titles) == "Denzel Washington"
    office = "The Secretary of State Mike Pompeo spoke."
    assert whole_name("Mike Pompeo", office, (0, len(office)), titles) == "Mike Pompeo"
