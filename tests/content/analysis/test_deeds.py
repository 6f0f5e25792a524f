"""A verb of saying used of a deed gives no attribution: a person as its only object ('defended the coach',
'voted against confirming her'), a purpose clause ('declared an emergency so he could ...'), a gerund or infinitive
inside someone's statement that tells what a thing could do ('the rules allow it to advise ...'), and a participle
hung on another verb ('get these fees abolished'). Judging, addressing or naming a person, a clause or a quotation
still report. Sentences invented for the purpose."""

import pytest

from tests.content.analysis.helpers import analyze_text


def found(body: str) -> list[tuple[str, str]]:
    return [(a.speaker, a.quote) for a in analyze_text(body).attributions]


def test_a_person_as_the_only_object_is_no_statement():
    assert found("Several club members defended the coach on Sunday.") == []
    assert found("The council voted against confirming her.") == []
    [(speaker, _)] = found("The mayor said she would resign if the council voted against confirming her.")
    assert speaker == "The mayor"
    assert found("The committee confirmed a new chairman for the agency.") == []


def test_judging_or_describing_a_person_still_states_something():
    assert found("The union criticized the minister for the delay.") == [
        ("The union", "criticized the minister for the delay")
    ]
    assert any("a hero" in q for _, q in found("Residents described the driver as a hero."))
    assert any("of fraud" in q for _, q in found("Prosecutors accused the banker of fraud."))


def test_a_purpose_clause_is_not_what_was_declared():
    body = "Three cities sued over the state of emergency Governor Lena Ortiz declared last Friday so she could fund a stadium."
    assert found(body) == []
    assert found("Ortiz declared a state of emergency on Friday so she could move money to the border.") == []
    [(_, quote)] = found("The minister stated the bridge was paid for by a loan, so it is no burden on taxpayers.")
    assert quote == "the bridge was paid for by a loan, so it is no burden on taxpayers"
    [(_, quote)] = found("The governor declared that the curfew would end on Friday.")
    assert "the curfew would end on Friday" in quote


def test_a_gerund_inside_a_statement_is_not_a_second_statement():
    body = 'Kovacs argues that the "People\'s Walk" succeeded in revealing the true face of the regime.'
    assert [speaker for speaker, _ in found(body)] == ["Kovacs"]
    body = "The historian argues that the strike succeeded in revealing the weakness of the regime."
    assert [speaker for speaker, _ in found(body)] == ["The historian"]
    body = "The newspaper noted the board's charter allows it to advise closing the plant or selling it."
    assert [speaker for speaker, _ in found(body)] == ["The newspaper"]


def test_saying_by_a_gerund_with_a_clause_is_still_a_statement():
    body = "The family tried to stop the trial by saying they had forgiven him."
    assert any("they had forgiven him" in q for _, q in found(body))


def test_a_participle_hung_on_another_verb_is_no_document_speaking():
    assert found("The senator moved a motion to get these rules abolished before the vote.") == []
    assert found("The singer made videos and posts showing her dancing in the street.") == []


def test_a_sum_demanded_is_a_claim_on_money_not_a_statement():
    assert found("The governor is demanding 200 million rand as compensation.") == []
    assert found("The union demanded $2 million in back pay.") == []
    [(_, quote)] = found("The union demanded an apology from the mayor.")
    assert "an apology from the mayor" in quote


def test_writing_a_work_that_is_no_statement_makes_something():
    assert found("After he moved to Ohio, Kane continued to write songs he would send to his old band.") == []
    assert found("The blogger thanked her readers while writing this article.") == []
    [(speaker, _)] = found("The mayor wrote a letter to residents warning them about the flood.")
    assert speaker == "The mayor"


def test_tabling_a_measure_is_an_act_and_proposing_that_reports():
    assert found("The senator has proposed legislation that would fund the schools through June.") == []
    assert found("The cabinet proposed an amendment to the press law.") == []
    [(_, quote)] = found("The senator proposed that the tax be cut.")
    assert quote == "that the tax be cut"


def test_concluding_a_proceeding_ends_it_and_concluding_that_reports():
    assert found("The assembly concluded debate on the third chapter of the budget on Tuesday.") == []
    [(_, quote)] = found("The panel concluded that the dam was safe.")
    assert quote == "that the dam was safe"


# One reading of a sum of money (deeds.is_sum) serves 'demand'/'seek' (asks_a_sum) and 'claim'
# (cue_verbs.takes_or_refuses): a currency the parser does not tag counts when a number counts it.
@pytest.mark.parametrize(
    "body",
    [
        "The teachers' union is demanding 90,000 kwacha for each member as back pay.",
        "The farmers claimed 2 million naira for the harvest the floods destroyed.",
        "The transport company has claimed 300,000 rand from its insurer.",
        "The dockworkers sought 5,000 shillings each in unpaid wages.",
        "The former director claimed $40,000 in travel costs over two years.",
        "The families are demanding K500 million as compensation for the spill.",
    ],
)
def test_a_sum_claimed_or_demanded_in_any_currency_is_no_statement(body: str) -> None:
    assert found(body) == []


def test_claiming_or_demanding_what_is_no_sum_still_speaks() -> None:
    assert any("responsibility" in q for _, q in found("A rebel group claimed responsibility for the blast."))
    assert any("an apology" in q for _, q in found("The rand traders demanded an apology from the bank."))
    assert [s for s, _ in found("A rebel group claimed two of the attacks on the border posts.")] == ["A rebel group"]
