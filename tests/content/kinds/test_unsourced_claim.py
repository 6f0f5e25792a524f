from quizgame.content.kinds.unsourced_claim import NONE
from tests.content.kinds.helpers import COVERAGE, generated
from tests.content.kinds.seed_analysis import ABC, DC, FOX


def test_the_answer_is_an_unsourced_claim_and_the_other_choices_name_a_source():
    item = COVERAGE[DC]
    unsourced = {c.text for c in item.analysis.unsourced_claims}
    sourced_by = ("KOMO", "Nolette", "Raz Simone", "City-Journal", "She claimed")
    for question in generated("unsourced_claim", DC):
        others = [c for i, c in enumerate(question.choices[:-1]) if i not in question.answer]
        assert all(any(name in c for name in sourced_by) for c in others), others
        if not question.control:
            assert question.choices[question.answer[0]] in unsourced
            assert question.evidence.text in unsourced


def test_the_control_lists_only_sourced_claims_and_its_answer_is_none():
    controls = [q for slug in (ABC, DC, FOX) for q in generated("unsourced_claim", slug) if q.control]
    assert controls
    for control in controls:
        assert control.choices[-1] == NONE and control.answer == [len(control.choices) - 1]
        assert 3 <= len(control.choices) <= 4


def _item(choices: list[str], answer: int, qid: str):
    from quizgame.content.question_files import QuestionRecord

    return QuestionRecord(
        id=qid,
        kind="unsourced_claim",
        skill="sourcing",
        prompt="",
        choices=choices,
        answer=[answer],
        explanation="",
        evidence=None,
        articles=[],
    )


def test_spotting_said_is_kept_from_settling_most_items():
    from quizgame.content.kinds.unsourced_claim import cue_guess, not_by_cue_words

    given_away = _item(["The mayor said it.", "Police arrested four.", "KOMO reported it.", NONE], 1, "a")
    hedged = _item(["The mayor said it.", "The rebels reportedly left.", "KOMO reported it.", NONE], 1, "b")
    quiet_source = _item(["The mayor called it a mess.", "Police arrested four.", "KOMO reported it.", NONE], 1, "c")
    assert cue_guess(given_away) == 1.0 and cue_guess(hedged) == 0.0 and cue_guess(quiet_source) == 0.5
    kept = not_by_cue_words([given_away, hedged, quiet_source])
    assert [q.id for q in kept] == ["b", "c"]


def test_a_hedged_claims_lesson_quotes_the_sentences_own_hedge():
    from quizgame.content.kinds.unsourced_claim import _lesson
    from quizgame.content.question_files import Evidence

    text = "Their legal department had apparently been looking into the matter for two months."
    lesson = _lesson(Evidence("a", 0, len(text), text), hedged=True)
    assert 'hedge "apparently"' in lesson and "reportedly" not in lesson and "believed" not in lesson
