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
