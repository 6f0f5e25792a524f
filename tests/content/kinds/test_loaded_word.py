import re

from quizgame.content.kinds.loaded_word import NO_LOADED_WORD
from tests.content.kinds.helpers import about, answers, generated
from tests.content.kinds.seed_analysis import DC, FOX

DC_QUESTIONS = generated("loaded_word", DC)


def test_the_choices_are_the_words_of_the_sentence_in_order_then_no_loaded_word():
    question = about(DC_QUESTIONS, "rioting engulfed the city")
    assert question.choices == [
        "The",
        "area",
        "is",
        "situated",
        "around",
        "the",
        "precinct",
        "that",
        "police",
        "abandoned",
        "Monday",
        "night",
        "as",
        "rioting",
        "engulfed",
        "the",
        "city",
        NO_LOADED_WORD,
    ]


def test_every_loaded_word_is_in_the_answer_but_not_the_little_words_of_a_phrase():
    question = about(DC_QUESTIONS, "rioting engulfed the city")
    assert answers(question) == ["abandoned", "rioting", "engulfed", "city"]


def test_the_explanation_gives_the_reason_and_a_neutral_alternative():
    question = about(DC_QUESTIONS, "She claimed the protesters")
    assert answers(question) == ["claimed"]
    assert "'claimed' casts doubt" in question.explanation and '"said"' in question.explanation


def test_the_control_is_a_plain_sentence_whose_answer_is_no_loaded_word():
    controls = [q for q in generated("loaded_word", FOX) if q.control]
    assert controls
    for control in controls:
        assert control.choices[-1] == NO_LOADED_WORD and control.answer == [len(control.choices) - 1]
        assert '"' not in control.evidence.text and "“" not in control.evidence.text


def test_a_sentence_with_a_scare_quote_has_two_defensible_keys_and_is_not_asked():
    from quizgame.content.kinds.loaded_word import scare_quoted

    text = 'Controversial "Prophet" TB Joshua\'s visit has stirred debate.'
    assert scare_quoted(text, 0, len(text))
    named = 'Demonstrators inside the "Capitol Hill Autonomous Zone" - or "CHAZ" - stayed.'
    assert not scare_quoted(named, 0, len(named))


def test_only_terms_charged_beyond_dispute_are_keys():
    """Below the lexicon's default confidence, a lawless-crowd noun for a crowd that torched, a
    verb of saying describing what a text asserts: accurate descriptions, not slant."""
    from quizgame.content.analysis.model import LoadedTerm
    from quizgame.content.kinds.loaded_word import keyable

    def term(body, word, confidence=0.8):
        at = body.index(word)
        return LoadedTerm(word, body, "x", "r", at, at + len(word), 0, len(body), confidence)

    body = "Some officials condone the attack."
    assert not keyable(term(body, "condone", 0.7), body)
    body = "On Tuesday an angry mob torched a church."
    assert not keyable(term(body, "mob"), body)
    body = "The mob gathered outside the court."
    assert keyable(term(body, "mob"), body)
    body = "A Wikipedia entry claiming that the president had died did not help."
    assert not keyable(term(body, "claiming"), body)
    body = "He was claiming that the vote was rigged."
    assert keyable(term(body, "claiming"), body)
    # a confession or a defeat is reported accurately by "admitted", "conceded": two defensible keys
    body = "The minister admitted he had taken the money."
    assert not keyable(term(body, "admitted"), body)
    body = "The candidate conceded that the count was fair."
    assert not keyable(term(body, "conceded"), body)


def test_the_lesson_names_the_word_in_the_sentences_form():
    from quizgame.content.analysis.model import LoadedTerm
    from quizgame.content.kinds.loaded_lessons import in_sentence_form

    term = LoadedTerm("claims", "s", "said", "'claimed' casts doubt where 'said' would not.", 0, 6)
    assert in_sentence_form(term) == "'claims' casts doubt where 'said' would not."


def test_a_loaded_verb_governed_by_a_verb_of_intent_is_keyed_as_the_whole_phrase():
    """'threatened to oust': the lexicon marks "oust", but the charge is the phrase, shown as one tap;
    and "removed", the lexicon's neutral word for "ousted", is no alternative to "oust"."""
    from quizgame.content.analysis.model import LoadedTerm
    from quizgame.content.kinds.loaded_word import generate
    from tests.content.kinds.helpers import made_up

    sentence = "In the north of Prime Minister Jane Doe's country the rebels have threatened to oust the governor."
    body = sentence + "\n\nThe governor stayed at home on Monday.\n"
    at = body.index("oust")
    term = LoadedTerm(
        "oust", sentence, "removed", "'oust' implies a forced, hostile removal.", at, at + 4, 0, len(sentence)
    )
    (question,) = [q for q in generate(made_up(body, loaded_terms=[term]), []) if not q.control]
    assert [question.choices[i] for i in question.answer] == ["threatened", "to", "oust"]
    assert '"threatened to oust"' in question.explanation and "removed" not in question.explanation


def test_a_phrase_of_intent_is_one_tap_keyed_or_not():
    from quizgame.content.tap_units import key_blind_units

    words = "The union vowed to fight the plan and tried to stop it".split()
    units = key_blind_units(words)
    assert (2, 3, 4) in units and (8, 9, 10) in units


def test_no_generated_tap_item_marks_wrong_a_word_another_item_teaches_is_loaded():
    """A teacher's finding on the curated set, held for generation: where a rewrite or a "whose word"
    item teaches that a word of a sentence is loaded, a tap item on that sentence keys it too."""
    import difflib
    import re

    from quizgame.content.kinds import ARTICLE_GENERATORS
    from tests.content.kinds.helpers import COVERAGE

    def listed(text):
        return re.findall(r"[a-z][a-z'-]*", text.lower())

    def words(text):
        return set(listed(text))

    checked = 0
    for slug, item in COVERAGE.items():
        others = [c for c in COVERAGE.values() if c is not item]
        made = [q for generate in ARTICLE_GENERATORS.values() for q in generate(item, others)]
        for tap in (q for q in made if q.kind == "loaded_word" and not q.control):
            keyed = {tap.choices[i].lower() for i in tap.answer}
            for other in made:
                ev, tev = other.evidence, tap.evidence
                if other is tap or not (ev.start < tev.end and tev.start < ev.end):
                    continue
                if other.kind == "neutral_rewrite" and not other.control:
                    # the words the keyed rewrite replaces (its choice may be a window of the sentence)
                    before, after = listed(ev.text), listed(other.choices[other.answer[0]])
                    blocks = difflib.SequenceMatcher(None, before, after).get_opcodes()
                    taught = {w for op, i, j, _, _ in blocks[1:-1] if op == "replace" for w in before[i:j]}
                elif other.kind == "whose_words" and other.choices[other.answer[0]] == "The reporter's":
                    taught = words(re.search(r'whose word is "([^"]+)"', other.prompt).group(1))
                else:
                    continue
                checked += 1
                assert taught <= words(" ".join(keyed)), (slug, tap.id, other.id, taught, keyed)
    assert checked >= 2


def test_a_control_is_never_a_sentence_with_an_evaluative_word_the_lexicon_lacks():
    """The analysis finds few loaded words on unseen articles; "No loaded word" on "The brave volunteers
    ..." would be a wrong key, so a control takes only a sentence with no judging word at all."""
    from quizgame.content.analysis.model import LoadedTerm
    from quizgame.content.kinds.loaded_word import generate
    from tests.content.kinds.helpers import made_up

    sentence = "Officials slammed the council for its plan to close the library."
    term = LoadedTerm("slammed", sentence, "criticized", "'slammed' exaggerates.", 10, 17, 0, len(sentence))
    brave = "The brave volunteers cleared the road near the library on Monday."
    plain = "The council meets again on the third Thursday of every month."
    for others, expected in (([brave], []), ([brave, plain], [plain])):
        body = "\n\n".join([sentence, *others]) + "\n"
        controls = [q for q in generate(made_up(body, loaded_terms=[term]), []) if q.control]
        assert [q.evidence.text for q in controls] == expected


def test_no_tap_item_holds_an_unkeyed_word_that_is_loaded_in_some_contexts():
    """'The government insists ... and refuses to grant them any rights': keyed "insists", a tap on
    "refuses" (charged in some contexts, so never a key) would be marked wrong though defensible."""
    from quizgame.content.analysis.model import LoadedTerm
    from quizgame.content.kinds.loaded_word import generate
    from tests.content.kinds.helpers import made_up

    reason = "'insists' suggests stubbornness."
    for tail, made in (("and refuses to grant them any rights.", 0), ("and will not meet them this year.", 1)):
        sentence = f"The ministry insists that the visitors are in fact migrants {tail}"
        body = sentence + "\n"
        at = body.index("insists")
        term = LoadedTerm("insists", sentence, "said", reason, at, at + 7, 0, len(sentence))
        assert len([q for q in generate(made_up(body, loaded_terms=[term]), []) if not q.control]) == made, tail


def test_no_tap_item_when_an_unkeyed_word_is_possibly_loaded():
    """Issue 14: "authoritarian regimes relaxed their grip" keyed on "regimes" alone marks wrong a tap on
    "authoritarian" or "grip", which a reader would defend; the item abstains. With a plain sentence it is made."""
    from quizgame.content.analysis.model import LoadedTerm
    from quizgame.content.kinds.loaded_word import generate
    from tests.content.kinds.helpers import made_up

    def item(sentence):
        at = sentence.index("regimes")
        term = LoadedTerm("regimes", sentence, "governments", "'regimes' judges.", at, at + 7, 0, len(sentence))
        return [q for q in generate(made_up(sentence + "\n", loaded_terms=[term]), []) if not q.control]

    assert not item("Comics were developed later, when authoritarian regimes relaxed their grip on the press.")
    assert item("Comics were developed later, when the regimes of the region changed their rules for the press.")


def test_the_lexicons_source_credit_is_not_part_of_the_students_lesson():
    from quizgame.content.analysis.model import LoadedTerm
    from quizgame.content.kinds.loaded_lessons import in_sentence_form

    term = LoadedTerm(
        term="mocked",
        sentence="The columnist mocked the plan.",
        neutral="criticized",
        reason="'mocked' judges criticism as scorn (VADER lexicon, MIT).",
        start=14,
        end=20,
        sentence_start=0,
        sentence_end=30,
        confidence=0.8,
    )
    assert in_sentence_form(term) == "'mocked' judges criticism as scorn."


def _tragic_item(sentence: str, neutral: str = "(none)"):
    from quizgame.content.analysis.model import LoadedTerm
    from quizgame.content.kinds.loaded_word import generate
    from tests.content.kinds.helpers import made_up

    at = sentence.index("tragic")
    term = LoadedTerm(
        "tragic", sentence, neutral, "'tragic' tells the reader what to feel.", at, at + 6, 0, len(sentence)
    )
    return [q for q in generate(made_up(sentence + "\n", loaded_terms=[term]), []) if not q.control]


def test_no_tap_item_when_an_adjective_beside_the_key_is_rated_evaluative_by_pattern_and_vader():
    """Reading5: 'This bizarre and tragic story' keyed 'tragic' alone; 'bizarre' (Pattern 0.6 subjective,
    VADER -1.3) judges the case as much, so a tap on it is defensible: no item. Its adverb too."""
    from quizgame.content.kinds.evaluative import possibly_loaded

    assert possibly_loaded("bizarre") and possibly_loaded("bizarrely") and possibly_loaded("disappointing")
    assert not any(possibly_loaded(w) for w in ("free", "poor", "autonomous", "silent", "political"))
    assert not _tragic_item("This bizarre and tragic story began in August 2010 when he was arrested at his home.")
    assert _tragic_item("This long and tragic story began in August 2010 when he was arrested at his home.")


def test_a_placeholder_neutral_is_never_printed_the_lesson_says_what_a_neutral_version_does():
    """Reading5: the explanation printed 'A neutral alternative: "(none)"'."""
    from quizgame.content.kinds.loaded_lessons import instead

    sentence = "This long and tragic story began in August 2010 when he was arrested at his home."
    (question,) = _tragic_item(sentence)
    assert "(none)" not in question.explanation and "neutral alternative" not in question.explanation
    assert "A neutral version leaves the word out." in question.explanation
    assert instead("(leave out)") == "A neutral version leaves the word out."
    assert instead("(describe the act)") == "A neutral version would describe the act instead."
    assert instead("(the name alone)") == "A neutral version uses the name alone."


def test_why_names_the_gate_that_dropped_each_loaded_word_candidate():
    """Reading5: --why listed no loaded_word drop, so nobody could see why 'claimed' got no item."""
    from quizgame.content.kinds import trace

    with trace.recording() as found:
        _tragic_item("This bizarre and tragic story began in August 2010 when he was arrested at his home.")
    assert [(d.kind, d.gate) for d in found] == [
        ("loaded_word", "another word a reader could defend tapping: 'bizarre' (possibly_loaded)")
    ]
    assert found[0].text.startswith("tragic: This bizarre and tragic story")


def test_no_item_when_the_neutral_verb_does_not_fit_the_sentences_grammar():
    """A teacher's reading of styles8: 'insists' explained with "A neutral alternative: 'said'" in "The
    President insists that the budget include funding", where "said that the budget include" is no English.
    A subjunctive that-clause, or "on" with no statement after it, takes "insist" but never "say": no item.
    The same verb reporting a statement keeps its item."""
    from quizgame.content.analysis.model import LoadedTerm
    from quizgame.content.kinds.loaded_word import generate
    from tests.content.kinds.helpers import made_up

    reason = "'insisted' suggests stubbornness or that the statement is contested."
    for sentence, keyed in (
        ("The governor insists that the new budget include money for the stadium.", False),
        ("The board insisted that the treasurer be replaced before the vote.", False),
        ("The coach insisted on a second referee for the final.", False),
        ("The governor insists that the new budget will cover the schools.", True),
    ):
        body = sentence + "\n\nThe vote is due in May.\n"
        at = body.index("insist")
        word = re.match(r"\w+", body[at:]).group()
        term = LoadedTerm(word, sentence, "said", reason, at, at + len(word), 0, len(sentence))
        made = [q for q in generate(made_up(body, loaded_terms=[term]), []) if not q.control]
        assert bool(made) == keyed, sentence
        if keyed:
            assert 'A neutral alternative: "said"' in made[0].explanation


def _keyed_item(sentence: str, word: str, reason: str = "'{w}' tells the reader what to feel."):
    from quizgame.content.analysis.model import LoadedTerm
    from quizgame.content.kinds.loaded_word import generate
    from tests.content.kinds.helpers import made_up

    at = sentence.index(word)
    term = LoadedTerm(word, sentence, "(none)", reason.format(w=word), at, at + len(word), 0, len(sentence))
    return generate(made_up(sentence + "\n", loaded_terms=[term]), [])


def test_a_metaphor_of_waking_up_beside_the_keyed_word_is_a_second_defensible_tap():
    """A teacher's reading: 'people in Spain awakened to how the devastating crisis ... was being managed'
    keyed 'devastating' alone; 'awakened' frames the people as asleep to a truth the writer takes for
    granted, as loaded a word. So is praise beside praise ('won kudos for her courage')."""
    assert not [
        q
        for q in _keyed_item("Last spring the farmers awakened to how the terrible drought was handled.", "terrible")
        if not q.control
    ]
    assert not [
        q for q in _keyed_item("The town woke up to the shocking news of the closure.", "shocking") if not q.control
    ]
    assert not [
        q for q in _keyed_item("The young judge won kudos for her courage in the case.", "courage") if not q.control
    ]
    assert [
        q
        for q in _keyed_item("Last spring the farmers learned how the terrible drought was handled.", "terrible")
        if not q.control
    ]


def test_a_wish_to_the_reader_is_a_comment_that_may_be_ironic_so_no_item_keys_its_words():
    """Styles9's Russia post, on the country's richest civil servant: 'Unfortunately, his income fell in
    2010, but let's hope things will be okay.' is sarcasm; keyed 'Unfortunately' ("judges an outcome as
    bad"), the item read it literally. A sentence where the writer turns to the reader with a wish or an
    exhortation keys nothing, and is no control ("No loaded word") either."""
    from quizgame.content.kinds.plain_lines import speaks_to_the_reader

    assert speaks_to_the_reader("Sadly, the minister's bonus only doubled, but let us hope he copes.")
    assert speaks_to_the_reader("We can only hope the new mayor keeps her promises this time.")
    assert speaks_to_the_reader("Let’s face it: the second bridge will open late as well.")
    assert not speaks_to_the_reader("Let the record show that the council voted twice.")
    assert not speaks_to_the_reader("Residents hope the bridge reopens by May.")
    assert not _keyed_item("Sadly, the minister's bonus only doubled, but let us hope he copes.", "Sadly")
    assert [q for q in _keyed_item("Sadly, the minister's bonus was cut by half this year.", "Sadly") if not q.control]
