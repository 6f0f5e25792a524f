from quizgame.content.kinds.unsourced_claim import NONE
from tests.content.kinds.helpers import COVERAGE, generated
from tests.content.kinds.seed_analysis import DC, FOX


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
    controls = [q for q in generated("unsourced_claim", FOX) if q.control]
    assert len(controls) == 1
    control = controls[0]
    assert control.choices[-1] == NONE and control.answer == [len(control.choices) - 1]
    assert len(control.choices) == 4
