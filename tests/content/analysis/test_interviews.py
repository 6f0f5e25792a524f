"""An interview set as a transcript: each answer is its labelled speaker's words; the questions are not."""

from tests.content.analysis.helpers import analyze_text


def _said(body: str) -> list[tuple[str, str, bool]]:
    return [(a.speaker, a.quote, a.direct) for a in analyze_text(body).attributions if a.cue == "interview"]


def test_each_labelled_answer_is_the_named_speakers_and_the_questions_are_nobodys():
    body = (
        "Jane Porter, a teacher from Springfield, is running for mayor. She spoke with Wikinews.\n\n"
        "Wikinews: Why are you running for mayor?\n\n"
        "Jane Porter: The city has neglected its schools for a decade.\n\n"
        "Wikinews: What is your first priority?\n\n"
        "Porter: Fixing the roads before the winter comes.\n"
    )
    assert _said(body) == [
        ("Jane Porter", "The city has neglected its schools for a decade.", True),
        ("Jane Porter", "Fixing the roads before the winter comes.", True),
    ]


def test_an_unlabelled_paragraph_after_an_answer_continues_it_and_initials_stand_for_the_person():
    body = (
        "Jane Porter is running for mayor of Springfield.\n\n"
        "**WN:** Do you expect to win?\n\n"
        "**JP:** Yes, by a wide margin.\n\n"
        "The voters want a change after twenty years.\n\n"
        "**WN:** Why now?\n\n"
        "**JP:** Because the schools cannot wait.\n"
    )
    found = _said(body)
    assert [speaker for speaker, _, _ in found] == ["Jane Porter", "Jane Porter"]
    assert "twenty years" in found[0][1]


def test_answers_under_labelled_questions_alone_are_the_interviewees_with_less_confidence():
    body = (
        "Mayor Tom Reyes of Riverside spoke to Wikinews about the flood. Reyes has led the town since 2015.\n\n"
        "Wikinews: How bad is the damage?\n\n"
        "Most of the old town is under water and we lost two bridges.\n\n"
        "Wikinews: When will people return home?\n\n"
        "Not before next month, I am afraid.\n"
    )
    found = [a for a in analyze_text(body).attributions if a.cue == "interview"]
    assert [(a.speaker, a.quote) for a in found] == [
        ("Tom Reyes", "Most of the old town is under water and we lost two bridges."),
        ("Tom Reyes", "Not before next month, I am afraid."),
    ]
    assert all(a.confidence < 0.8 for a in found)


def test_labelled_notes_with_no_questions_are_no_interview():
    body = (
        "Update: The council met again on Monday.\n\n"
        "Note: This story was corrected on Tuesday.\n\n"
        "Residents: Some two hundred people attended the meeting.\n\n"
        "Council: The vote was seven to two.\n"
    )
    assert _said(body) == []


def test_with_wiki_style_labels_a_name_and_colon_inside_an_answer_is_still_the_interviewee():
    body = (
        "Naomi Martisius is an archaeologist who studies bone tools.\n\n"
        "((WN)) Who else worked on the study?\n\n"
        "((Naomi Martisius)) Many people worked on it with me.\n\n"
        "Frido Welker: I think it says at the top of the paper that he contributed equally.\n\n"
        "((WN)) What did you find?\n\n"
        "((Naomi Martisius)) The tools were made from the ribs of large bovids.\n"
    )
    found = _said(body)
    assert [speaker for speaker, _, _ in found] == ["Naomi Martisius", "Naomi Martisius"]
    assert "contributed equally" in found[0][1]


def test_loose_talk_inside_an_answer_is_no_source_of_its_own():
    body = (
        "Naomi Martisius is an archaeologist who studies bone tools.\n\n"
        "((WN)) What did you find?\n\n"
        "((Naomi Martisius)) This selection shows that they knew the properties of these ribs very well.\n\n"
        "((WN)) And what comes next?\n\n"
        "((Naomi Martisius)) More research would say something like that, I hope.\n"
    )
    found = analyze_text(body).attributions
    assert {a.speaker for a in found} == {"Naomi Martisius"}
