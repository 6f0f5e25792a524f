"""The parts of a cue read from the parse: its speaker (specifications with made-up sentences)."""

from tests.content.analysis.helpers import analyze_text


def test_a_clause_set_off_by_commas_inside_the_subject_does_not_give_the_speaker():
    body = (
        "Minister of Health Maria Dolores Santos, the likely successor should Moreno remain unconfirmed by the "
        "Senate, has stated she is not interested in the office."
    )
    [attribution] = analyze_text(body).attributions
    assert attribution.speaker == "Maria Dolores Santos"


def test_two_subjects_joined_by_and_still_speak_together():
    body = (
        "Kovac Mills, which makes Softa Tissue, and Brightleaf Paper which makes Cleano, emphasized they were "
        "working day and night to keep up supply."
    )
    speakers = {a.speaker for a in analyze_text(body).attributions}
    assert speakers and "Softa Tissue" not in speakers


def test_a_bracket_the_content_opens_but_does_not_close_is_the_reporters_aside_and_is_left_out():
    body = (
        "Ann Lee spoke at the airport, stating the airport represents a new road to the north (in reference "
        "to her government's plan for the region)."
    )
    [attribution] = analyze_text(body).attributions
    assert attribution.quote == "the airport represents a new road to the north"


def test_brackets_closed_inside_the_content_are_kept():
    body = "Ann Lee said the party (which won 40 percent) would govern alone."
    [attribution] = analyze_text(body).attributions
    assert attribution.quote == "the party (which won 40 percent) would govern alone"


def test_what_was_not_said_is_no_ones_statement():
    body = (
        "Without mentioning any symptoms, the minister's office said he has cancelled all upcoming events.\n\n"
        "The council did not say whether the road would reopen."
    )
    quotes = [a.quote for a in analyze_text(body).attributions]
    assert quotes == ["he has cancelled all upcoming events"]


def test_likening_one_thing_to_another_is_said_by_whoever_likens_it():
    body = "Another caller likened the current government to the communist regime of Vietnam."
    analysis = analyze_text(body)
    [attribution] = analysis.attributions
    assert attribution.speaker == "Another caller"
    assert not analysis.unsourced_claims and not analysis.loaded_terms  # 'regime' is the caller's word


def test_a_body_that_determined_a_finding_is_its_source_but_a_condition_is_no_finding():
    found = analyze_text("The court determined the driver was a danger to the public.")
    assert [(a.speaker, a.quote) for a in found.attributions] == [
        ("The court", "the driver was a danger to the public")
    ]
    condition = analyze_text("Abortions were only allowed if a doctor determined the mother was in danger.")
    assert not condition.attributions
