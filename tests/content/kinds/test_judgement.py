"""Which sentences in the reporter's own voice need a source (kinds/judgement.py)."""

from quizgame.content.kinds.judgement import hides_source


def test_a_label_pinned_with_no_one_behind_it_hides_its_source():
    # reading2 ("in what has widely been called an honor killing"), devcorpus ("Mugabe was hailed a
    # national hero"), styles ("widely hailed as free and fair"): called, hailed by whom?
    assert hides_source("He strangled her in what has widely been called an honor killing.")
    assert hides_source("Mugabe was hailed a national hero.")
    assert hides_source("The polls were widely hailed as free and fair.")
    assert hides_source("It was commonly called swine flu.")


def test_a_name_given_or_a_label_with_its_agent_hides_nothing():
    assert not hides_source("The area is called the Capitol Hill Autonomous Zone.")
    assert not hides_source("The plan was described by The Times as reckless.")
    assert not hides_source("Activists were called to converge in Frankfurt.")


def _case(text: str):  # type: ignore[no-untyped-def]
    from quizgame.content.kinds.judgement import needs_source
    from tests.content.kinds.helpers import made_up

    item = made_up(text)
    (sentence,) = item.analysis.sentences
    return needs_source(item.analysis, sentence)


def test_a_number_nobody_counted_is_a_claim_and_a_given_figure_is_not():
    """reading4: 'youtube-dl is used by thousands of people around the world' had been taken for a
    gathering on the public record; an uncounted number needs a source (who counted?)."""
    from quizgame.content.kinds.no_source_needed import account_case

    used = "The program is used by thousands of people around the world."
    assert account_case(used) == "claim"
    assert _case(used) == ("count", "thousands of")
    assert account_case("Thousands of people marched through the capital.") == "record"
    assert _case("The union said 17,000 members and hundreds of others stayed home.") is None


def test_the_closing_question_fits_the_claim():
    """A count asks who counted; how usual something is asks for evidence; how things now stand asks
    whether it can be checked (reading4: 'who counted, and how many?' of a sentence with nothing counted)."""
    from quizgame.content.kinds.judgement import lesson

    assert lesson("count", "thousands of")[1] == "who counted, and how?"
    assert "who counted" in lesson("general", "widely")[1]
    assert "evidence" in lesson("general", "oftentimes")[1]
    assert "check it" in lesson("general", "has become")[1]
    assert _case("Performers are oftentimes sexy and erotic.")[0] == "general"


def test_widely_or_commonly_asks_who_counted_only_of_what_people_think():
    """styles8: "the safety board, commonly involved in major highway accident probes, was absent" was asked
    "who counted, and how many?": 'commonly involved' says how often, not how many people hold a view."""
    from quizgame.content.kinds.judgement import lesson

    held = "The view is widely held among the town's farmers."
    believed = "It is commonly believed that the dam will fail."
    involved = "The board, commonly involved in highway accident probes, was absent."
    used = "The drug, widely used in hospitals, was withdrawn."
    for text in (held, believed):
        words = "widely" if "widely" in text else "commonly"
        assert lesson("general", words, text)[1] == "who counted, and how many?", text
    for text in (involved, used):
        words = "widely" if "widely" in text else "commonly"
        assert "evidence" in lesson("general", words, text)[1], text
