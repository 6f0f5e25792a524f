"""Speakers that twelve fresh Wikinews articles (tests/data/reading8) got wrong, as general causes on invented
sentences: a 'she' after a long quotation, a name in an adjunct of a 'she' clause, a subject inside what was
said, a second verb of saying joined to an event's clause, a client named in a lawyer's apposition, and a
speaker the passive 'is quoted by' names."""

from tests.content.analysis.helpers import analyze_text


def speakers_of(body: str, words: str) -> list[str]:
    return [a.speaker for a in analyze_text(body).attributions if words in a.quote]


def test_she_added_after_a_long_quotation_continues_the_speaker_not_a_woman_named_in_between():
    body = (
        "Mara Olsen arrived in Oslo on Friday, a year after her release. She was met at the airport by the mayor "
        "and his wife, Anne Dahl, along with some friends.\n\n"
        '"I waited four years for this day. I thought of it every night. Nothing else mattered," she said. '
        'She added, "Norway is where I belong."'
    )
    assert speakers_of(body, "Norway is where I belong") == ["Mara Olsen"]


def test_a_man_beside_whom_she_acts_does_not_become_a_she():
    body = (
        "Lena Vos was freed on Monday. Escorted by Paul Brandt, she visited the ward, and later she thanked her "
        "nurses. Paul Brandt said the hospital had done its best. "
        '"We must not forget the others," she stated.'
    )
    assert speakers_of(body, "We must not forget the others") == ["Lena Vos"]


def test_he_continues_the_believer_not_the_man_his_belief_is_about():
    body = 'Tom Hale, the victim\'s father, believes Ray Dunn was not guilty. He described the verdict as "a tragedy".'
    assert speakers_of(body, "a tragedy") == ["Tom Hale"]


def test_a_second_verb_of_saying_after_an_event_belongs_to_the_clause_of_saying_it_continues():
    body = "The strike came after the union rejected the offer and said that its members would not return."
    assert speakers_of(body, "its members would not return") == ["the union"]


def test_a_second_verb_of_saying_after_an_announcement_belongs_to_the_one_who_announced():
    body = "The delay came days after Nora Ekberg announced a review, and said the report would be made public."
    assert speakers_of(body, "the report would be made public") == ["Nora Ekberg"]


def test_a_person_subject_of_the_main_clause_keeps_the_second_verb_of_saying():
    body = "The mayor left the hall after the vote was announced and said that the result was a disgrace."
    assert speakers_of(body, "the result was a disgrace") == ["The mayor"]


def test_a_lawyer_named_before_the_clients_possessive_speaks_not_the_client():
    body = "Rhea Lund was charged in May. Ivo Raske, Lund's lawyer, said the charges would be dropped."
    assert speakers_of(body, "the charges would be dropped") == ["Ivo Raske"]


def test_an_untagged_name_set_beside_a_word_for_a_person_is_a_named_person():
    found = analyze_text("Selma Dorn, the family's solicitor, stated that the will was valid.").attributions
    assert [(a.speaker, a.speaker_kind) for a in found] == [("Selma Dorn", "named")]


def test_the_person_quoted_by_an_outlet_speaks_and_the_outlet_relays_it():
    analysis = analyze_text(
        'Bishop Aldo Ferri is quoted by Radio Lumen responding to the protest: "We have nothing to hide."'
    )
    assert [a.speaker for a in analysis.attributions if "nothing to hide" in a.quote] == ["Aldo Ferri"]
    assert [s.outlet for s in analysis.secondhand] == ["Radio Lumen"]


def test_a_paper_with_a_hyphenated_name_quoting_someone_is_the_outlet():
    analysis = analyze_text('Pia Moss is quoted in the Harbor Post-Gazette as saying, "The pier must stay open."')
    assert [s.outlet for s in analysis.secondhand] == ["Harbor Post-Gazette"]


def test_who_after_the_second_of_two_joined_names_is_the_second():
    body = (
        "The dam is safe, according to engineer Ola Berg and the county's water chief Lina Sund who adds that "
        "the spillway was tested in May."
    )
    assert speakers_of(body, "the spillway was tested in May") == ["Lina Sund"]


def test_according_to_a_hyphenated_title_and_a_name_credits_the_name():
    assert speakers_of("The road will reopen in May, according to vice-president Omar Sall.", "reopen") == ["Omar Sall"]


def test_according_to_fears_expressed_by_someone_credits_who_expressed_them():
    body = "According to the private fears expressed by a senior court official, the archive could be lost."
    assert speakers_of(body, "the archive could be lost") == ["a senior court official"]


def test_comments_made_by_a_minister_who_said_something_are_the_ministers():
    body = (
        "In response to comments made by Finance Minister Rosa Ilves – who said that the tax would fall on "
        "tourists – the union points out that residents pay it too."
    )
    assert speakers_of(body, "the tax would fall on tourists") == ["Rosa Ilves"]


def test_the_account_of_a_body_that_posts_is_the_body_on_social_media():
    found = analyze_text('The official account of the Lima Zoo posted: "Our oldest tortoise turned 120 today."')
    assert [(a.speaker, a.speaker_kind) for a in found.attributions] == [("Lima Zoo", "social_media")]
