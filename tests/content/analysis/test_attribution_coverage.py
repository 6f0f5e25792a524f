"""Attribution beyond a word list: verbs of believing and showing with a clause, source phrases in any
position, the source behind a report, and the linking of quotations to their cues."""

from tests.content.analysis.helpers import analyze_text


def found(body: str) -> list[tuple[str, str, str]]:
    """(speaker without a leading article, kind, quote) of each attribution."""
    return [(_bare(a.speaker), a.speaker_kind, a.quote) for a in analyze_text(body).attributions]


def _bare(speaker: str) -> str:
    return speaker.removeprefix("the ").removeprefix("The ")


def test_a_verb_of_indicating_with_a_clause_attributes_it():
    body = "Health Minister Veronika Skvortsova indicated on Monday the chances of finding survivors were diminishing."
    [(speaker, kind, quote)] = found(body)
    assert (speaker, kind) == ("Veronika Skvortsova", "named")
    assert "the chances of finding survivors were diminishing" in quote


def test_a_verb_of_showing_or_finding_without_a_clause_is_not_a_statement():
    assert found("The police found the keys in the car. The mayor showed restraint.") == []


def test_according_to_in_the_middle_of_a_sentence_covers_its_clause():
    body = "Rescuers, working in the cold, according to the emergencies ministry recovered ten survivors on Monday."
    [(speaker, kind, quote)] = found(body)
    assert speaker == "emergencies ministry" and kind == "organization"
    assert "recovered ten survivors" in quote


def test_per_a_document_attributes_to_the_document():
    [(speaker, kind, quote)] = found("Per the decree, priests and nuns are expected to notify church authorities.")
    assert (speaker, kind) == ("decree", "document")
    assert "priests and nuns are expected" in quote


def test_the_source_of_projections_or_a_report_is_its_agent():
    body = "Projections by CNN indicated he won in Virginia, North Carolina and Alabama."
    assert found(body)[0][:2] == ("CNN", "outlet")


def test_a_document_reads_and_footage_shows():
    body = 'The decree signed by the Pope read "The crimes of sexual abuse offend Our Lord."'
    assert found(body)[0][:2] == ("decree", "document")


def test_a_quotation_ending_its_sentence_does_not_take_the_next_sentences_cue():
    body = (
        'Cardinal Marc Ouellet said, "We have said for years that priests should follow strict rules, so why wait?" '
        'Archbishop Charles Scicluna said, "People must know that bishops are at the service of the people."'
    )
    assert [(s, q[:15]) for s, _, q in found(body)] == [
        ("Marc Ouellet", "We have said fo"),
        ("Charles Scicluna", "People must kno"),
    ]


def test_short_quotations_after_a_verb_of_naming_are_what_was_said():
    body = 'Greek prime minister Kyriakos Mitsotakis called the border agreement "null and void" and "ridiculous".'
    [(speaker, _, quote)] = found(body)
    assert speaker == "Kyriakos Mitsotakis"
    assert "null and void" in quote and "ridiculous" in quote


def test_a_quotation_after_a_colon_belongs_to_the_clause_before_it():
    body = 'Jo Anne Van Tilburg of the University of California disagreed with these findings: "The existence of fresh water seeps is well known."'
    [(speaker, _, quote)] = found(body)
    assert speaker == "Jo Anne Van Tilburg" and quote.startswith("The existence")


def test_a_passive_agent_is_the_speaker():
    body = 'Amman, who was described as "knife-obsessed" by the police, sent videos to his girlfriend.'
    [(speaker, kind, quote)] = found(body)
    assert (speaker, kind) == ("police", "organization") and "knife-obsessed" in quote


def test_a_document_as_the_subject_of_a_verb_with_a_clause_says_it():
    body = "The guidelines also list Middle East Respiratory Syndrome as an undesirable name."
    [(speaker, kind, quote)] = found(body)
    assert (speaker, kind) == ("guidelines", "document") and "Middle East Respiratory Syndrome" in quote


def test_a_document_that_only_examines_something_says_nothing():
    assert found("The study examined 93 statues on the western side of the island.") == []


def test_an_act_of_saying_with_only_an_object_keeps_its_verb():
    [(speaker, _, quote)] = found("Hirtenberger Defence Group also acknowledged the deal.")
    assert speaker == "Hirtenberger Defence Group" and quote.startswith("acknowledged the deal")


def test_a_credit_line_does_not_run_into_the_next_paragraph():
    body = (
        "—The mayor of London, Sadiq Khan\n\n"
        'Alexis Boon, the head of the Counter Terrorism Command, said about Amman: "His fascination with '
        'dying was clear in a notepad we recovered from his home."'
    )
    assert [s for s, _, _ in found(body)] == ["Alexis Boon"]


def test_an_outlet_citing_anonymous_sources_gives_two_sources():
    body = "Reuters, citing anonymous sources, reported both production and export of oil had been disrupted."
    assert {(s, k) for s, k, _ in found(body)} == {("Reuters", "outlet"), ("anonymous sources", "anonymous")}
