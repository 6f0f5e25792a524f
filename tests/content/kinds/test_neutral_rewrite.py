from quizgame.content.kinds.neutral_rewrite import ALREADY_NEUTRAL, first_alternative, plainly_wrong
from tests.content.kinds.helpers import about, answers, generated
from tests.content.kinds.seed_analysis import DC, FOX

DC_QUESTIONS = generated("neutral_rewrite", DC)


def test_the_neutral_rewrite_swaps_the_loaded_word_for_its_alternative():
    question = about(DC_QUESTIONS, "She claimed the protesters")
    assert answers(question) == ["She said the protesters are operating checkpoints with armed guards."]
    # The sentence as written is not a choice: picking it would say what "already neutral" says.
    assert "She claimed the protesters are operating checkpoints with armed guards." not in question.choices


def test_a_verb_of_saying_is_taught_as_the_safer_verb_not_as_a_false_sentence():
    """A teacher: 'insisted' may be accurate where the statement is contested; the lesson is that
    'said' is the safer verb, since the doubting verb lets the reporter's judgement show."""
    question = about(DC_QUESTIONS, "She claimed the protesters")
    assert '"said" is the safer verb' in question.explanation
    assert "not neutral as written" not in question.explanation


def test_distractors_are_charged_beyond_dispute_and_each_adds_its_own_judgement():
    """'alleged' is the proper verb for an accusation (the lexicon rates it low): a second defensible
    rewrite. 'bragged' beside 'boasted' is one distractor twice."""
    from quizgame.content.kinds.neutral_rewrite import one_per_charge

    question = about(DC_QUESTIONS, "She claimed the protesters")
    rewrites = " ".join(question.choices)
    assert "alleged" not in rewrites and "pointed out" not in rewrites
    assert one_per_charge(["boasted", "bragged", "admitted"]) == ["boasted", "admitted"]
    # and an item needs two such distractors: "purportedly" and "supposedly" are one judgement twice
    assert one_per_charge(["purportedly", "supposedly"]) == ["purportedly"]


def test_loaded_synonyms_from_other_outlets_are_distractors():
    question = about(DC_QUESTIONS, "She claimed the protesters")
    assert "She insisted the protesters are operating checkpoints with armed guards." in question.choices
    assert question.choices[-1] == ALREADY_NEUTRAL


def test_the_control_adds_loaded_words_to_a_plain_sentence_and_its_answer_is_already_neutral():
    controls = [q for q in DC_QUESTIONS if q.control]
    assert controls
    control = controls[0]
    assert answers(control) == [ALREADY_NEUTRAL]
    # Loaded words that share the plain word's alternative ("reportedly" -> "supposedly", "purportedly"),
    # each a different rewrite, none the sentence as written.
    rewrites = control.choices[:-1]
    assert len(set(rewrites)) == len(rewrites) >= 2, rewrites
    assert all(r.strip("… ") not in control.evidence.text for r in rewrites), rewrites


def test_the_first_of_several_alternatives_is_used():
    assert first_alternative("left / withdrew from") == "left"
    assert first_alternative("took over") == "took over"


def test_a_distractor_is_verifiably_not_the_neutral_rewrite():
    # the same word spelt another way is no second loaded word
    assert not plainly_wrong("hard-line", "hardline", "conservative")
    # a loaded word that holds the neutral one leaves two defensible answers
    assert not plainly_wrong("self-declared", "self-proclaimed", "declared")
    # it must fit the sentence in the form of the word it replaces ("have consistently insists")
    assert not plainly_wrong("insists", "claimed", "said")
    assert plainly_wrong("insisted", "claimed", "said")
    # and be the same part of speech as the loaded words for that neutral one ("have embattled the decision")
    assert not plainly_wrong("embattled", "criticized", "criticized")
    assert plainly_wrong("blasted", "criticized", "criticized")


def test_no_rewrite_item_offers_only_the_sentence_as_written_and_one_rewrite():
    """With two rewrites, "the one that differs from the passage" answers without reading."""
    for slug in (DC, FOX):
        for question in generated("neutral_rewrite", slug):
            if not question.control:
                assert len(question.choices) >= 4, question.choices


def test_no_rewrite_item_when_the_neutral_word_is_inside_the_loaded_one():
    """'self-declared' -> 'declared': both readings are defensible, so no item (the FOX sentence has it)."""
    assert not [q for q in generated("neutral_rewrite", FOX) if "self-declared" in q.prompt + " ".join(q.choices)]


def test_the_neutral_word_must_fit_the_loaded_words_form():
    """ "threatened to oust" must not become "threatened to removed"."""
    from quizgame.content.kinds.inflection import same_form

    assert not same_form("oust", "removed")
    assert same_form("ousted", "removed")
    assert same_form("claimed", "said")
    assert same_form("mob", "crowd")
    assert not same_form("flaunting", "showed")


def test_a_form_of_the_neutral_word_or_of_the_loaded_one_is_no_distractor():
    """'removed' beside 'remove' is the right answer in another form: a student who picks it has learnt
    the lesson, so it is not offered as a wrong one."""
    from quizgame.content.kinds.inflection import inflects

    assert inflects("removed", "remove") and inflects("stopped", "stop") and inflects("carries", "carried")
    assert not inflects("ousted", "removed") and not inflects("slammed", "said")
    assert not plainly_wrong("removed", "oust", "remove")
    assert not plainly_wrong("ousts", "oust", "remove")


def test_a_sentence_holding_any_lexicon_word_in_any_form_is_never_already_neutral():
    """The lexicon lists "massacre" below the analysis's bar; a reader may still find "massacres"
    charged, so a sentence holding it is no control of "already neutral" nor "no loaded word"."""
    from quizgame.content.kinds.inflection import has_lexicon_word

    assert has_lexicon_word("The massacres saw thousands killed in the province.")
    assert not has_lexicon_word("The council met on Monday to discuss the bridge.")


def test_no_rewrite_item_on_a_sentence_with_a_second_loaded_word():
    """A rewrite swaps one word: "The mayor said the protesters seized the park" still takes sides, so
    a careful student finds no neutral choice."""
    from quizgame.content.analysis.model import LoadedTerm
    from quizgame.content.kinds.neutral_rewrite import generate
    from tests.content.kinds.helpers import made_up

    sentence = "The mayor claimed the protesters seized the park on Monday."
    body = sentence + "\n"

    def term(word, neutral):
        at = body.index(word)
        return LoadedTerm(word, sentence, neutral, f"'{word}' judges.", at, at + len(word), 0, len(sentence))

    claimed, seized = term("claimed", "said"), term("seized", "took over")
    assert not [q for q in generate(made_up(body, loaded_terms=[claimed, seized]), []) if not q.control]
    # Nor when the analysis did not report the second word: "seized" is possibly loaded (issue 14), so swapping
    # "claimed" alone leaves no rewrite neutral.
    assert not [q for q in generate(made_up(body, loaded_terms=[claimed]), []) if not q.control]
    plain = "The mayor claimed the protesters entered the park on Monday."
    at = plain.index("claimed")
    only = LoadedTerm("claimed", plain, "said", "'claimed' judges.", at, at + 7, 0, len(plain))
    assert [q for q in generate(made_up(plain + "\n", loaded_terms=[only]), []) if not q.control]


def test_no_rewrite_item_when_a_distractor_is_a_closer_synonym_than_the_key():
    """reading4: 'ridiculed' keyed 'criticized' beside 'mocked': the lexicon gives 'mocked' the very
    judgement of 'ridiculed', so it keeps the fact the key changes. A verb of saying keeps its item,
    without the twin: 'said' keeps the fact that something was said."""
    from quizgame.content.analysis.model import LoadedTerm
    from quizgame.content.kinds.neutral_rewrite import generate, same_charge
    from tests.content.kinds.helpers import made_up

    assert same_charge("ridiculed", ["mocked", "slammed"]) == ["mocked"]
    assert same_charge("boasted", ["bragged", "claimed"]) == ["bragged"]
    sentence = "The columnist ridiculed the minister's speech on Monday."
    at = sentence.index("ridiculed")
    term = LoadedTerm("ridiculed", sentence, "criticized", "'ridiculed' judges.", at, at + 9, 0, len(sentence))
    assert not [q for q in generate(made_up(sentence + "\n", loaded_terms=[term]), []) if not q.control]


def test_the_neutral_verb_must_fit_the_sentence_or_no_rewrite_is_offered():
    """'said' for 'insists' fits a statement ("insists that the plan is fair") but not a demand ("insists
    that the plan include ...", "insisted on a recount"): the rewrite keyed right would be no English."""
    from quizgame.content.kinds.fits import neutral_fits

    for sentence, fits in (
        ("The mayor insists that the plan include a new park.", False),
        ("The union demanded that the manager be dismissed at once.", False),
        ("He insisted on a recount of the votes.", False),
        ("He insisted on Friday that the count was fair.", True),
        ("The mayor insists that the plan is fair.", True),
        ("The mayor insists the city will pay for it.", True),
        ("The players insist they train harder than anyone.", True),
    ):
        verb = next(w for w in sentence.split() if w.startswith(("insist", "demand")))
        assert neutral_fits(sentence, sentence.index(verb), verb, "said") == fits, sentence
    # the word's own ending still counts: "threatened to oust" never becomes "threatened to removed"
    assert not neutral_fits("They threatened to oust him.", 20, "oust", "removed")
