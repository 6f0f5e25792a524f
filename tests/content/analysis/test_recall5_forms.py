"""Forms of reported speech read on fresh annotated Wikinews (issue 13, styles11, recall5) and checked on invented
sentences of other shapes: a view put forth as a noun, a pronoun object standing for a
plural source, an official never named, a clause of time inside what was said, a second verb sharing a subject."""

from __future__ import annotations

from tests.content.analysis.helpers import pairs


def test_a_notion_put_forth_is_what_its_owner_said_once():
    found = pairs("The government put forth the notion that the court had no jurisdiction over the case.")
    assert [speaker for speaker, _ in found] == ["The government"]
    assert "the court had no jurisdiction over the case" in found[0][1]


def test_according_to_them_is_the_plural_subject_before():
    found = pairs("Activists protested outside the plant. According to them, the company polluted the river.")
    assert found == [("Activists", "the company polluted the river")]


def test_an_official_never_named_is_whom_the_next_he_stands_for():
    found = pairs(
        "On Monday the mayor met a regional security official. The official argued that the gang controlled the "
        "market. He also denied that the army was involved in the raid."
    )
    assert [speaker for speaker, _ in found] == ["The official", "The official"]


def test_a_title_written_with_a_name_still_stands_for_the_named_person():
    found = pairs(
        "Prime Minister John Key spoke to reporters. Later the minister met the unions. He said the plant would stay open."
    )
    assert found == [("John Key", "the plant would stay open")]


def test_a_clause_of_time_inside_what_was_said_stays_in_it():
    found = pairs("Ann Lee said the breakthrough came when the minister agreed to the terms.")
    assert ("Ann Lee", "the breakthrough came when the minister agreed to the terms") in found


def test_a_contrasting_statement_after_while_is_still_its_own():
    found = pairs("Officials say the dam is safe, while residents say it could burst.")
    assert found == [("Officials", "the dam is safe"), ("residents", "it could burst")]


def test_a_second_verb_with_a_that_clause_shares_the_first_verbs_subject():
    found = pairs("The judge ruled for the company, and held that the workers had no standing to sue.")
    assert found == [("The judge", "that the workers had no standing to sue")]


def test_according_to_a_source_with_no_comma_after_it_covers_the_whole_clause():
    found = pairs(
        "Activists marched on Friday. According to them the company is responsible for the spill, the job losses "
        "and the deaths."
    )
    assert found == [("Activists", "the company is responsible for the spill, the job losses and the deaths")]


def test_an_event_recalled_or_described_is_the_topic_not_what_was_said():
    assert pairs("The report describes attacks on the villages of Saraf and Sirba in January.") == []
    found = pairs('One of the victims recalled the January attack. "The attackers entered my house," he said.')
    assert [quote for _, quote in found] == ["The attackers entered my house"]


def test_an_event_described_as_something_is_still_a_statement():
    assert pairs("The minister described the attack as cowardly.") == [
        ("The minister", "described the attack as cowardly")
    ]
