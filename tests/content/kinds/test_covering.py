"""Attribution that covers more than its own sentence (kinds/covering.py): a sentence that carries on a
sourced one, or a finding in a paragraph about a study, is keyed neither "Nobody" nor unsourced."""

from quizgame.content.analysis.model import Attribution
from quizgame.content.kinds import gate, judgement
from quizgame.content.kinds.covering import continues_source, in_study_summary
from quizgame.content.kinds.nobody import lesson
from tests.content.kinds.helpers import made_up


def _item(body: str, said: str, speaker: str = "The study", kind: str = "document"):
    start = body.index(said)
    found = Attribution(speaker, kind, "reported", said, False, start, start + len(said))
    return made_up(body, attributions=[found])


def test_a_connective_after_a_sourced_sentence_carries_its_source_on():
    # reading5's Seager: "The study reported ... However, the growth curve ..."
    body = (
        "The study reported the organisms were reproducing normally in hydrogen. However, the growth curve was "
        "not on par with air. E. coli switch to fermentation."
    )
    item = _item(body, "the organisms were reproducing normally in hydrogen")
    first, however, last = item.analysis.sentences
    assert continues_source(item.analysis, however, first)
    assert not continues_source(item.analysis, last, however)  # the sentence before has no source
    assert not gate.bare_claim(item.analysis, item.body, however, 2026)
    assert not judgement.in_own_voice(item, however)


def test_also_among_the_first_words_adds_to_the_account_before():
    # wikinews Serbia: "Director Rebic said the night's incidents injured fourteen police officers."
    body = "Director Rebic said the riots injured fourteen police officers. A number of journalists were also injured."
    item = _item(body, "the riots injured fourteen police officers", "Rebic", "named")
    said, also = item.analysis.sentences
    assert continues_source(item.analysis, also, said)
    assert not gate.bare_claim(item.analysis, item.body, also, 2026)


def test_a_new_subject_with_no_connective_is_the_reporters_own():
    body = "Reports said half of the spaces were filled. The airport was quickly closed to air traffic."
    item = _item(body, "half of the spaces were filled", "Reports", "outlet")
    said, closed = item.analysis.sentences
    assert not continues_source(item.analysis, closed, said)


def test_a_finding_in_a_paragraph_about_a_study_needs_its_study():
    # devcorpus's power-plant pollution: "Even after the researchers adjusted their data ... Income did affect ..."
    body = (
        "Even after the researchers adjusted their data, deaths were stratified by race. Income did affect "
        "exposure but to a far less pronounced extent.\n\nHe attended drama school during his studies. He "
        "acted in soap operas."
    )
    item = made_up(body)
    _, income, _, acted = item.analysis.sentences
    assert in_study_summary(item.body, income)
    assert not in_study_summary(item.body, acted)  # someone's schooling is no study


def test_a_plain_fact_in_a_study_report_is_not_told_to_be_checked_against_other_reports():
    body = "The study was published in Nature. Hydrogen gas has a very low density."
    item = made_up(body)
    text = item.analysis.sentences[1].text
    taught = lesson(item, item.analysis.sentences[1].start, text)
    assert "other reports" not in taught and "a finding is the study's" in taught
    plain = made_up("The bridge opened to traffic. Hydrogen gas has a very low density.")
    assert "other reports" in lesson(plain, plain.analysis.sentences[1].start, text)


def test_figures_after_a_credit_at_the_head_of_the_sentence_before_may_be_that_sources():
    """Reading10: 'According to the United States Geological Survey, the earthquake occurred at 16:53 local
    time (2353 UTC). At least two dozen smaller aftershocks, none greater than a magnitude of 3.6, have
    struck the same area since the quake.' was keyed "Nobody": the count is the survey's measurement as
    much as the reporter's, and a student who answers "a group" has read the paragraph right."""
    body = (
        "According to the weather service, the storm reached the coast at 6 a.m. Gusts of 120 km/h were "
        "measured at the harbour. The mayor thanked the volunteers on Friday."
    )
    item = _item(body, "the storm reached the coast at 6 a.m.", "the weather service", "organization")
    credited, gusts, thanks = item.analysis.sentences
    assert continues_source(item.analysis, gusts, credited)
    assert not gate.bare_claim(item.analysis, item.body, gusts, 2026)
    assert not continues_source(item.analysis, thanks, gusts)  # no source in the sentence before
    plain = (
        "The weather service said the storm reached the coast at 6 a.m. Gusts of 120 km/h were measured at the harbour."
    )
    item = _item(plain, "the storm reached the coast at 6 a.m.", "The weather service", "organization")
    said, gusts = item.analysis.sentences
    assert not continues_source(item.analysis, gusts, said)  # no credit set at the head: the reporter's own
