"""Reported clauses without 'that' which the small model splits from their subject (split_clauses.py), and verbs of
saying in the progressive that tell what someone was doing rather than what they said (cue_verbs.ongoing_act)."""

from tests.content.analysis.helpers import analyze_text


def found(body: str) -> list[tuple[str, str]]:
    return [(a.speaker, a.quote) for a in analyze_text(body).attributions]


def test_a_clause_whose_verb_the_parser_joined_to_the_verb_of_saying_is_what_was_said():
    """'attack' parsed as the object of 'saying', 'produced' joined to 'released' with no 'and'."""
    body = "The task force released a statement saying an attack that day on an air base near Mosul produced no casualties."
    assert found(body) == [("The task force", "an attack that day on an air base near Mosul produced no casualties")]


def test_a_clause_after_an_aside_set_off_by_commas_keeps_its_subject_and_drops_the_verb_of_saying():
    body = "Protesters have claimed Iran, especially, amongst other outside parties, is unduly influencing their government."
    [(speaker, quote)] = found(body)
    assert speaker == "Protesters"
    assert quote == "Iran, especially, amongst other outside parties, is unduly influencing their government"


def test_a_verb_of_believing_with_a_split_clause_reports_it():
    body = "Jerrold Nadler has repeatedly maintained an impeachment inquiry is what the committee is already doing."
    assert found(body) == [("Jerrold Nadler", "an impeachment inquiry is what the committee is already doing")]


def test_a_participle_parsed_as_the_subject_of_the_clause_it_reports_is_not_part_of_the_statement():
    """'stating' parsed as the subject of 'represents', 'stressing' as the subject of 'was'."""
    body = "Ann Lee made the announcement at the airport, stating the airport represents a bridge to the north."
    assert found(body) == [("Ann Lee", "the airport represents a bridge to the north")]
    body = "While also stressing the Yerevan march was not a gay parade, the blog notes the presence of priests."
    assert ("the blog", "the Yerevan march was not a gay parade") in found(body)


def test_acts_listed_after_an_object_are_acts_not_a_clause_about_it():
    assert found("The minister denied the charges, left the court and went home.") == [
        ("The minister", "denied the charges")
    ]


def test_a_verb_of_saying_in_the_progressive_with_no_clause_tells_what_someone_was_doing():
    assert found("Both Egyptians and Arabs around the region were tweeting the candidates' replies.") == []
    assert found("He's basically repeating the slogans of the revolution.") == []
    assert found("She is not a Satan worshipper, she was joking with the program host.") == []


def test_a_verb_of_saying_in_the_progressive_with_a_clause_still_reports_it():
    assert found("Officials are claiming that the vote was rigged.") == [("Officials", "that the vote was rigged")]
