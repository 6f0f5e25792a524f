"""A verb of saying whose clause no one asserted gives no attribution: a topic ('told us about her ordeal'),
consent to an act ('agreed to meet police'), a question ('when asked whether ...') and an experience ('find it
difficult to ...'); the same verbs with a clause of what was said still report it. Sentences are from the tuning
folders' articles (styles, styles2, styles5, styles6, devcorpus), shortened."""

from tests.content.analysis.helpers import analyze_text


def found(body: str) -> list[tuple[str, str]]:
    return [(a.speaker, a.quote) for a in analyze_text(body).attributions]


def test_a_topic_after_about_is_not_what_was_said():
    assert found("A victim of sexual violence told us about her ordeal in the Lydia Centre.") == []
    assert found("Twitter users tweeted about the debate under the hashtag #monazarat.") == []


def test_about_before_a_number_is_still_part_of_the_statement():
    [(speaker, quote)] = found("Witnesses say about a dozen police officers blocked a road leading from his home.")
    assert speaker == "Witnesses" and "a dozen police officers blocked a road" in quote


def test_agreeing_to_an_act_says_nothing():
    assert found("Opposition leader Anwar Ibrahim agreed to meet police on Wednesday afternoon.") == []


def test_agreeing_that_something_is_so_still_reports_it():
    [(speaker, quote)] = found("Opposition leader Anwar Ibrahim agreed that the charges were politically motivated.")
    assert speaker == "Anwar Ibrahim" and "the charges were politically motivated" in quote


def test_a_question_put_is_not_an_answer():
    body = (
        "Council spokesperson Barend Leyts, when asked whether an investigation was conducted, "
        "told the network that safety procedures had been followed."
    )
    assert [quote for _, quote in found(body)] == ["that safety procedures had been followed"]


def test_a_saying_in_question_is_not_a_statement():
    body = "Moussa gave a diplomatic reply, refusing to answer whether he considered Israel an enemy."
    assert found(body) == []


def test_finding_it_hard_is_an_experience_not_a_statement():
    assert found("Many parents in Goma still find it difficult to accept their daughters falling pregnant.") == []


def test_a_study_that_found_a_clause_still_reports_it():
    [(speaker, quote)] = found("The study found that the sevengill shark moved in when the whites disappeared.")
    assert speaker == "The study" and "the sevengill shark moved in" in quote


def test_asking_not_to_be_named_is_the_terms_of_speaking_not_a_statement():
    body = (
        "A spokesperson for the health ministry, who asked not to be named, said the first team would leave on "
        "Monday. One official, who declined to be identified, said the deal was close."
    )
    quotes = [quote for _, quote in found(body)]
    assert not any("named" in q or "identified" in q for q in quotes)
    assert any("the first team would leave" in q for q in quotes) and any("the deal was close" in q for q in quotes)


def test_a_verb_joined_by_or_to_a_negated_one_is_not_said_either():
    assert found("The minister did not resign or admit any mistakes in her statement on Friday.") == []
    assert found("The club did not confirm or deny that the coach had been dismissed.") == []
    body = "The governor did not concede or admit defeat in his statement, and vowed to fight the results in court."
    assert [quote for _, quote in found(body)] == ["to fight the results in court"]


def test_a_statement_noun_after_a_negated_verb_does_not_make_it_said():
    assert found("The mayor did not mention the strike in her statement.") == []
    assert found("The mayor thanked the crews in a statement.") == [("The mayor", "thanked the crews")]
