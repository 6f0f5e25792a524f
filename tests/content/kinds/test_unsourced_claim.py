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
    from quizgame.content.kinds.unsourced_claim import cue_guess, not_by_shortcuts

    given_away = _item(["The mayor said it.", "Police arrested four.", "KOMO reported it.", NONE], 1, "a")
    hedged = _item(["The mayor said it.", "The rebels reportedly left.", "KOMO reported it.", NONE], 1, "b")
    quiet_source = _item(["The mayor called it a mess.", "Police arrested four.", "KOMO reported it.", NONE], 1, "c")
    assert cue_guess(given_away) == 1.0 and cue_guess(hedged) == 0.0 and cue_guess(quiet_source) == 0.5
    kept = not_by_shortcuts([given_away, hedged, quiet_source], always=0)
    assert [q.id for q in kept] == ["b", "c"]


def _article(*sourced: tuple[str, str, str], claims: tuple[str, ...]):
    """A made-up article: sentences credited to a named speaker (sentence, speaker, cue), then the
    unsourced claims, one paragraph each."""
    from quizgame.content.analysis.model import Attribution, UnsourcedClaim
    from tests.content.kinds.helpers import made_up
    from tests.content.kinds.seed_analysis import find

    body = "\n\n".join([s for s, _, _ in sourced] + list(claims))
    attributions = []
    for sentence, speaker, cue in sourced:
        start, end = find(body, sentence)
        attributions.append(Attribution(speaker, "named", cue, sentence, False, start, end, start, end))
    found = [UnsourcedClaim(c, *find(body, c), 0.9) for c in claims]
    return made_up(body, attributions=attributions, unsourced_claims=found)


SOURCED = (
    ("Mayor Ann Lee said the budget left the council no choice at all this year.", "Ann Lee", "said"),
    ("Librarian Tom Ray told the Herald the closure would hurt the children of the town.", "Tom Ray", "told"),
    ("Council member Jo Park called the vote rushed and promised to appeal it in court.", "Jo Park", "called"),
)


def test_a_judgement_in_the_reporters_voice_keys_and_a_vote_count_does_not():
    from quizgame.content.kinds.unsourced_claim import generate

    vote = "The council voted 7 to 2 on Monday to close the library."
    irony = "It is also ironic that the library had just been renovated."
    questions = generate(_article(*SOURCED, claims=(vote, irony)), [])
    keyed = [q for q in questions if not q.control]
    assert [q.evidence.text for q in keyed] == [irony]
    assert all(vote not in q.choices for q in questions)
    lesson = keyed[0].explanation
    assert "judgement" in lesson and '"ironic"' in lesson and "vote count" in lesson


def test_feelings_pinned_on_others_and_hidden_sources_are_keys_with_their_own_lesson():
    from quizgame.content.kinds.common import sentence_at
    from quizgame.content.kinds.judgement import FEELING, PASSIVE
    from quizgame.content.kinds.unsourced_claim import key_case

    frustrated = "White House officials, frustrated by the delays, are meeting the generals on Tuesday."
    described = "It was described as an introductory meeting on the border dispute."
    item = _article(*SOURCED, claims=(frustrated, described))
    cases = [key_case(item, c, sentence_at(item.analysis, c.start)) for c in item.analysis.unsourced_claims]
    assert cases == [(FEELING, "frustrated"), (PASSIVE, "was described")]


def test_one_sourced_line_is_enough_for_an_item_of_three_choices():
    from quizgame.content.kinds.unsourced_claim import NONE, generate

    general = "Science blogs about research are still few and far between in the region."
    (question,) = generate(_article(SOURCED[0], claims=(general,)), [])
    assert sorted(question.choices) == sorted([general, SOURCED[0][0], NONE])
    assert question.choices[question.answer[0]] == general and not question.control


def test_a_line_is_no_distractor_when_the_reporter_states_more_than_the_source_said():
    from quizgame.content.kinds.unsourced_claim import generate

    drafted = ("The bill was drafted by Ann Lee, who said on the floor that it was long overdue.", "Ann Lee", "said")
    criticised = ("Tom Ray said he had acted, but he has been criticised for the delay.", "Tom Ray", "said")
    # the court's ruling is the reporter's statement; only what follows "saying" is the court's
    ruled = ("The court ruled against the plan in June, saying the reasons were contrived.", "The court", "saying")
    general = "Science blogs about research are still few and far between in the region."
    assert generate(_article(drafted, criticised, ruled, claims=(general,)), []) == []


def test_a_hedged_claims_lesson_quotes_the_sentences_own_hedge():
    from quizgame.content.kinds.unsourced_claim import generate

    text = "The firm had apparently known about the leak for two months."
    (question,) = [q for q in generate(_article(*SOURCED, claims=(text,)), []) if not q.control]
    lesson = question.explanation
    assert 'hedge "apparently"' in lesson and "reportedly" not in lesson and "believed" not in lesson


def test_an_article_keeps_one_item_even_when_a_shortcut_would_answer_it_but_not_two():
    from quizgame.content.kinds.unsourced_claim import longest_guess, not_by_shortcuts

    long_key = _item(["The mayor said it.", "The rebels left the town on foot overnight, unseen.", NONE], 1, "a")
    also_long = _item(["KOMO reported it.", "The river rose far above every mark it had reached before.", NONE], 1, "b")
    assert longest_guess(long_key) == 1.0
    assert [q.id for q in not_by_shortcuts([long_key, also_long])] == ["a"]
    assert not_by_shortcuts([long_key], always=0) == []


def test_a_controls_lesson_mentions_sources_without_said_only_when_it_shows_one():
    from quizgame.content.kinds.unsourced_claim import _control_lesson
    from quizgame.content.question_files import Evidence

    said = Evidence("a", 0, 30, "Police said they questioned him.")
    called = Evidence("a", 40, 80, "Jo Park called the vote rushed.")
    assert '"said"' not in _control_lesson([said, said])
    lesson = _control_lesson([said, called])
    assert "Jo Park called the vote rushed." in lesson and 'need not be marked by "said"' in lesson


def test_history_on_the_common_record_is_no_key_but_a_judgement_of_the_past_is():
    """A teacher's reading of styles8: "who counted, and how?" asked of "In 1979, revolutionaries ...
    captured the U.S. embassy, taking dozens of people there hostage" (well-documented history). A count,
    a comparison, a generalisation or a cause long past is in the history books: no key. Today's count
    still asks who counted, and a judgement of the past is still the writer's."""
    from quizgame.content.kinds.common import sentence_at
    from quizgame.content.kinds.judgement import COUNT, JUDGEMENT
    from quizgame.content.kinds.unsourced_claim import key_case

    hostages = "In 1986, rebels stormed the palace and took dozens of guards hostage."
    dam = "In 1975, the dam was the largest in the country."
    today = "Dozens of families left the valley this week."
    dictator = "In 1990, the notorious general seized the radio station."
    item = _article(*SOURCED, claims=(hostages, dam, today, dictator))
    cases = [key_case(item, c, sentence_at(item.analysis, c.start)) for c in item.analysis.unsourced_claims]
    assert cases == [None, None, (COUNT, "Dozens of"), (JUDGEMENT, "notorious")]


def test_a_toll_long_past_is_explained_as_history_not_asked_who_counted():
    from quizgame.content.kinds.nobody import lesson as _none_lesson
    from tests.content.kinds.helpers import made_up

    item = made_up("In 1986, rebels stormed the palace and took dozens of guards hostage.")
    (sentence,) = item.analysis.sentences
    lesson = _none_lesson(item, sentence.start, sentence.text)
    assert "history" in lesson and "who counted" not in lesson, lesson


def test_reports_nobody_is_named_for_are_no_line_that_names_its_source():
    """styles7: "According to eyewitness reports, the suicide bomber wore a face veil" was offered as a line
    that "names its source" (the analysis kinded the reports a document): a student may fairly call it
    unsourced, so it is no distractor beside a hedged key."""
    from quizgame.content.analysis.model import Attribution
    from quizgame.content.kinds.unsourced_claim import _sourced_sentences
    from tests.content.kinds.helpers import made_up

    witnesses = "According to eyewitness reports, the driver had left the van running."
    media = "According to local media reports, the bridge was closed for a week."
    mayor = "Mayor Ann Lee said the budget left the council no choice at all this year."
    body = "\n\n".join([witnesses, media, mayor])

    def credited(sentence: str, speaker: str, kind: str, cue: str) -> Attribution:
        start = body.index(sentence)
        return Attribution(
            speaker, kind, cue, sentence, False, start, start + len(sentence), start, start + len(sentence)
        )

    item = made_up(
        body,
        attributions=[
            credited(witnesses, "eyewitness reports", "document", "according to"),
            credited(media, "local media reports", "document", "according to"),
            credited(mayor, "Ann Lee", "named", "said"),
        ],
    )
    assert [e.text for e in _sourced_sentences(item)] == [mayor]
