from collections import Counter

from quizgame.content.kinds.attribution_type import CHOICES
from tests.content.kinds.helpers import about, answers, generated, made_up
from tests.content.kinds.seed_analysis import ABC, DC, FOX

ABC_QUESTIONS = generated("attribution_type", ABC)
DC_QUESTIONS = generated("attribution_type", DC)
ALL = ABC_QUESTIONS + DC_QUESTIONS + generated("attribution_type", FOX)


def test_every_question_offers_the_same_four_ways_of_attributing():
    assert ALL and all(q.choices == list(CHOICES) for q in ALL)


def test_a_claim_in_the_reporters_voice_with_no_cue_is_not_attributed():
    question = about(ABC_QUESTIONS, "seized a six-block area")
    assert answers(question) == ["Nobody: the reporter tells us"] and not question.control
    assert "how the reporter knows" in question.explanation


def test_a_statement_by_a_named_person_is_the_control():
    controls = [q for q in DC_QUESTIONS if q.control]
    assert controls and all(answers(q) == ["To a person the article names"] for q in controls)
    assert "properly attributed" in controls[0].explanation


def test_a_statement_credited_two_ways_is_not_asked_about():
    # "Activist spokesman Raz Simone told KOMO ...": the person and the outlet are both defensible.
    assert not [q for q in ALL if "told KOMO" in q.evidence.text]


def test_a_one_word_quotation_is_not_asked_about():
    assert not [q for q in ABC_QUESTIONS if '"never"' in q.prompt]


def test_not_attributed_is_never_the_safe_guess():
    keys = Counter(answers(q)[0] for q in ALL)
    attributed = sum(n for key, n in keys.items() if key != "Nobody: the reporter tells us")
    assert keys["Nobody: the reporter tells us"] <= (attributed + 3) // 2


def test_the_four_ways_are_worded_to_the_same_length():
    """ "Pick the longest option" must not find any way (it found "Nobody" while it was one letter longer)."""
    from quizgame.content.kinds.attribution_type import CHOICES

    assert len({len(c) for c in CHOICES}) == 1


def test_a_person_is_named_only_by_a_proper_name():
    """'To a person the article names' needs a name: a described person ("a Woolworths spokesperson") is not one."""
    from quizgame.content.kinds.ways import names_someone

    assert names_someone("Presidential Spokesperson Harry Roque")
    assert names_someone("Bill Brown")
    assert not names_someone("a Woolworths spokesperson")
    assert not names_someone("Woolworths spokesperson")
    assert not names_someone("the company's spokesman")
    assert not names_someone("A Police Spokesman")


def test_a_name_used_to_describe_an_unnamed_person_is_no_named_source():
    from quizgame.content.kinds.ways import described as _described

    assert _described("Sales went up, according to a Woolworths spokesperson.", "Woolworths")
    assert not _described("Sales went up, Woolworths chief Brad Banducci said.", "Brad Banducci")


def test_a_prompt_quotes_a_statement_not_a_piece_of_a_clause():
    """'which the President accepted' is a relative clause, not a statement; 'that ...' opens the cue's object."""
    from quizgame.content.kinds.attribution_type import _COMPLEMENTISER, _OBJECT_START

    assert _OBJECT_START.match("which the President accepted")
    assert not _OBJECT_START.match("Sales went up last week")
    assert _COMPLEMENTISER.sub("", "that retailers try to raise stock") == "retailers try to raise stock"


def test_a_statement_that_carries_its_own_source_is_not_quoted_in_a_prompt():
    from quizgame.content.kinds.attribution_type import names_its_source

    assert names_its_source("described by the Daily Hive as a 'squirrel whisperer'", "Daily Hive")
    assert not names_its_source("Both companies have been in operation since the 1970s", "USA Today")


def test_an_outlet_telling_its_own_news_is_explained_as_the_newsmaker():
    from quizgame.content.kinds.attribution_type import own_outlet

    assert own_outlet("Voice of America (VOA Public Relations)", "VOA")
    assert own_outlet("Voice of America (VOA Public Relations)", "Voice of America")
    assert own_outlet("Global Voices", "Global Voices")
    assert not own_outlet("Global Voices", "the Associated Press")
    assert not own_outlet("Voice of America", "Reuters")


def test_nobody_teaches_a_record_or_a_scene_needs_no_source_and_a_judgement_does():
    """ "Nobody" is right for all four, but only the claim that needs a source asks how the reporter knows."""
    from quizgame.content.kinds.nobody import lesson as _none_lesson

    body = (
        "Moyo won the country's presidential election in March.  "
        "The square was littered with broken glass.  "
        "Ironically, the new bridge is already too narrow for the traffic."
    )
    item = made_up(body)
    lessons = [_none_lesson(item, s.start, s.text) for s in item.analysis.sentences]
    assert len(lessons) == 3
    for lesson in lessons[:2]:
        assert "needs none" in lesson and "how the reporter knows" not in lesson, lesson
    assert "public record" in lessons[0] and "readers could check" in lessons[0]
    assert "scene" in lessons[1]
    assert "how the reporter knows" in lessons[2] and '"Ironically"' in lessons[2]


def test_a_claim_with_no_mark_of_opinion_still_needs_a_source_as_no_source_needed_says():
    """no_source_needed.py's rule: only a scene, a public record or history needs no source. A cause or a toll
    stated flat sounds like a fact, and the lesson must not call it a matter of record (reading set,
    'The fire started in a car on the fourth floor'; a long-running toll)."""
    from quizgame.content.kinds.nobody import lesson as _none_lesson

    body = (
        "The fire started in a car on the fourth floor.  "
        "The ferry strike has cost the islands thousands of jobs since 2019."
    )
    item = made_up(body)
    fire, toll = (_none_lesson(item, s.start, s.text) for s in item.analysis.sentences)
    for lesson in (fire, toll):
        assert "how the reporter knows" in lesson and "needs none" not in lesson, lesson
    assert "who counted" in toll and '"thousands of"' in toll and "who counted" not in fire
    assert "who says this is the cause" in fire  # judgement.needs_source's own reading: a cause


def test_a_plain_fact_needs_no_source_by_the_same_judgement_unsourced_claim_uses():
    """One judgement for both kinds (reading4: an obituary's survivors, as in the Vanderbilt and Hunter
    obituaries, and 'are still available on its website', as in ABS-CBN's 'is still on air'): what
    judgement.needs_source calls a plain fact, a present state or an event told flat, is 'Nobody, and
    that is fine', never 'needs a source'; a toll still asks who counted."""
    from quizgame.content.kinds import judgement
    from quizgame.content.kinds.nobody import lesson as _none_lesson

    body = (
        "Moyo is survived by his wife Ann and their two sons.  "
        "The old versions of the program are still available on its website."
    )
    item = made_up(body)
    for sentence in item.analysis.sentences:
        assert judgement.plain_state(item.analysis, sentence)
        lesson = _none_lesson(item, sentence.start, sentence.text)
        assert "needs none" in lesson and "needs a source" not in lesson, lesson
        assert "how the reporter knows" not in lesson, lesson
    crash = made_up("The aircraft overshot the runway and slid off before breaking into two pieces.")
    (sentence,) = crash.analysis.sentences
    assert judgement.needs_source(crash.analysis, sentence) is None
    lesson = _none_lesson(crash, sentence.start, sentence.text)
    assert "needs none" in lesson and "plain fact" in lesson, lesson
    forecast = made_up("Malawi will be the first country in Africa to lift the ban since 1994.")
    (sentence,) = forecast.analysis.sentences
    assert "how the reporter knows" in _none_lesson(forecast, sentence.start, sentence.text)
    toll = made_up("Seven people died in the crash of the aircraft.")
    (sentence,) = toll.analysis.sentences
    assert "who counted" in _none_lesson(toll, sentence.start, sentence.text)


def test_history_on_the_record_needs_no_source_even_without_a_year_of_its_own():
    from quizgame.content.kinds.nobody import lesson as _none_lesson

    body = (
        "Only two presidents have been impeached. Johnson was impeached under an act of 1867. "
        "The vote to remove him from office failed by one vote. In 1998, Clinton was impeached too."
    )
    item = made_up(body)
    vote = next(s for s in item.analysis.sentences if s.text.startswith("The vote"))
    lesson = _none_lesson(item, vote.start, vote.text)
    assert "needs none" in lesson and "history" in lesson


def test_a_cause_stated_in_passing_is_named_as_a_claim_of_cause_never_a_plain_fact():
    """A teacher's reading of styles8: "Iran's air fleet is ageing, with sanctions restricting the purchase of
    new planes" was explained as "a plain fact ... with no judgement, feeling, cause ... of the reporter's in
    it". "Nobody" stays the key; the explanation must not assert more than the sentence shows, so a link of
    cause, however it is worded and whatever else the sentence tells, is named as a claim that needs a source."""
    from quizgame.content.kinds.nobody import lesson as _none_lesson

    body = (
        "The town's bus fleet is shrinking, with budget cuts preventing the purchase of new buses.  "
        "Last week the senator was flown to the capital because of a heart condition.  "
        "The governor marched with nurses on Monday, leading to a rebuke from the president.  "
        "The ferry is due to retire in two months.  "
        "The aircraft overshot the runway and slid off before breaking into two pieces."
    )
    item = made_up(body)
    fleet, senator, governor, ferry, crash = (_none_lesson(item, s.start, s.text) for s in item.analysis.sentences)
    for lesson, words in ((fleet, "with budget cuts preventing"), (senator, "because of"), (governor, "leading to")):
        assert "needs none" not in lesson and "plain fact" not in lesson, lesson
        assert f'"{words}"' in lesson and "who says this is the cause" in lesson, lesson
    # a schedule is no cause, and a fact told flat is still a plain fact
    assert "who says this is the cause" not in ferry
    assert "needs none" in crash and "plain fact" in crash


def test_a_prompt_quotes_the_statement_without_the_reporters_framing_words():
    """A teacher's reading of styles8: 'How is this statement attributed: "by way of example, Mahan had ..."'.
    Words that tie a sentence to the one before are no part of what is stated; a time is."""
    from quizgame.content.kinds.attribution_type import shown_statement

    assert shown_statement("by way of example, the airline had carried arms") == "the airline had carried arms"
    assert shown_statement("Additionally, Senator Ruiz had eight delegates.") == "Senator Ruiz had eight delegates."
    assert shown_statement("For instance, the mill closed in May.") == "The mill closed in May."
    assert shown_statement("that however, costs rose") == "costs rose"
    assert shown_statement("Earlier this year, the river flooded.") == "Earlier this year, the river flooded."
    assert shown_statement("Also in May, the mill closed.") == "Also in May, the mill closed."


def test_a_statement_is_credited_to_the_name_in_full_as_its_sentence_writes_it():
    """styles7: "It is credited to Abdel Fattah." for "AU chairperson President Abdel Fattah el-Sisi of Egypt
    said, ..." (the analysis cut the name). The sentence's own full form is used, never a longer name the
    article gives elsewhere ("Sam Rainsy Party" for Sam Rainsy)."""
    from quizgame.content.kinds.attribution_type import _question
    from quizgame.content.kinds.ways import NAMED

    sentence = (
        'Summit chair President Karim Abdel el-Nour of Egypt said, "The deal will be the real test of our union."'
    )
    body = (
        sentence
        + "\n\nThe Karim Abdel el-Nour Foundation paid for it. Lena Ortiz said so. The Lena Ortiz Party agreed."
    )
    item = made_up(body)
    start = body.index('"The deal')
    question = _question(
        item, "The deal will be the real test of our union.", 0, len(sentence), NAMED, "Karim Abdel", False
    )
    assert "It is credited to Karim Abdel el-Nour." in question.explanation
    other = body.index("Lena Ortiz said")
    question = _question(item, "so", other, other + len("Lena Ortiz said so."), NAMED, "Lena Ortiz", False)
    assert "It is credited to Lena Ortiz." in question.explanation
    assert start  # the statement is in the sentence shown


def test_a_prompt_quotes_one_quotation_never_the_reporters_words_joining_two():
    """styles3: 'How is this statement attributed: "As far as I know, this would be the first case ... in
    history', adding, 'For …'"?': the words between the quotations are the reporter's."""
    from quizgame.content.kinds.attribution_type import shown_statement

    assert shown_statement('The bridge was never safe", adding, "We warned them twice') == 'The bridge was never safe"'
    assert shown_statement('We will rebuild," he said, "and soon') == 'We will rebuild,"'
    assert shown_statement('The council "failed" the town') == 'The council "failed" the town'
    assert shown_statement('It was "reckless" and "costly"') == 'It was "reckless" and "costly"'
