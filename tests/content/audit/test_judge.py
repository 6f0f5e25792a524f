"""The key audit's judge: a key the gold confirms is right, one it contradicts (or a distractor it
also supports) is wrong, and a key about text the gold says nothing of is not judgeable."""

from quizgame.content.analysis.evaluation import Gold
from quizgame.content.audit.gold_view import GoldView, same_statement
from quizgame.content.audit.judge import RIGHT, UNJUDGED, WRONG, judge
from quizgame.content.question_files import Evidence, QuestionRecord

SLUG = "a-story"
BODY = (
    "The mayor said the zone would be cleared. Police arrested four people on Monday. "
    '"We will stay," one protester told KOMO. The city is home to 700,000 people. '
    "The rioting engulfed the city. Read more on our app."
)
GOLDS = {
    SLUG: GoldView(
        Gold(
            article=SLUG,
            attributions=[
                {"speaker": "Jenny Durkan", "kind": "named", "quote": "the zone would be cleared", "direct": False},
                {"speaker": "one protester", "kind": "anonymous", "quote": "We will stay", "direct": True},
            ],
            secondhand=[{"outlet": "KOMO", "claim": "We will stay"}],
            unsourced_claims=["Police arrested four people on Monday", "The city is home to 700,000 people"],
            loaded_terms=[{"term": "rioting engulfed", "neutral": "protests spread through"}],
            promos=["Read more on our app."],
        )
    )
}
TYPES = [
    "To a person it names",
    "To a source it does not name",
    "To an organisation, a document or another outlet",
    "It is not attributed at all",
]


def question(
    kind: str, prompt: str, choices: list[str], answer: list[int], sentence: str, control: bool = False
) -> QuestionRecord:
    start = max(BODY.find(sentence), 0)  # the judge reads the evidence's text, not its offsets
    return QuestionRecord(
        id="q-1",
        kind=kind,
        skill="sourcing",
        prompt=prompt,
        choices=choices,
        answer=answer,
        explanation="",
        evidence=Evidence(SLUG, start, start + len(sentence), sentence),
        articles=[SLUG],
        control=control,
    )


def test_statements_match_when_one_holds_the_other_or_they_share_a_run_of_words():
    assert same_statement("The mayor said the zone would be cleared.", "the zone would be cleared")
    assert same_statement("a b c d e f g h", "x y c d e f g h z")
    assert not same_statement("the zone would be cleared", "police arrested four people")


def test_a_statement_keyed_to_its_gold_kind_is_right_and_not_attributed_there_is_wrong():
    prompt = 'How is this statement attributed: "the zone would be cleared"?'
    sentence = "The mayor said the zone would be cleared."
    assert judge(question("attribution_type", prompt, TYPES, [0], sentence), GOLDS).status == RIGHT
    assert judge(question("attribution_type", prompt, TYPES, [3], sentence), GOLDS).status == WRONG


def test_a_gold_unsourced_claim_is_rightly_keyed_not_attributed():
    prompt = 'How is this statement attributed: "Police arrested four people on Monday."?'
    verdict = judge(question("attribution_type", prompt, TYPES, [3], "Police arrested four people on Monday."), GOLDS)
    assert verdict.status == RIGHT and verdict.distractors == 3 == verdict.distractors_wrong


def test_a_statement_with_two_gold_sources_of_different_kinds_has_two_defensible_answers():
    prompt = 'How is this statement attributed: "We will stay"?'
    verdict = judge(question("attribution_type", prompt, TYPES, [1], '"We will stay," one protester told KOMO.'), GOLDS)
    assert verdict.status == WRONG and "also right" in verdict.reason


def test_a_statement_the_gold_does_not_know_is_not_judgeable():
    prompt = 'How is this statement attributed: "Read more on our app."?'
    assert judge(question("attribution_type", prompt, TYPES, [3], "Read more on our app."), GOLDS).status == UNJUDGED


def test_which_claim_has_no_source_needs_an_unsourced_key_and_sourced_distractors():
    lines = [
        "The mayor said the zone would be cleared.",
        "The city is home to 700,000 people.",
        '"We will stay," one protester told KOMO.',
        "None of them: each one names its source",
    ]
    asked = "Which of these claims is given without any source?"
    assert judge(question("unsourced_claim", asked, lines, [1], lines[1]), GOLDS).status == RIGHT
    assert judge(question("unsourced_claim", asked, lines, [0], lines[0]), GOLDS).status == WRONG
    control = [lines[0], lines[2], lines[3]]
    assert judge(question("unsourced_claim", asked, control, [2], lines[0], control=True), GOLDS).status == RIGHT
    with_unsourced = [lines[0], lines[1], lines[3]]
    assert judge(question("unsourced_claim", asked, with_unsourced, [2], lines[0], control=True), GOLDS).status == WRONG


def test_tap_the_word_is_right_only_when_every_gold_loaded_word_is_keyed():
    sentence = "The rioting engulfed the city."
    words = ["The", "rioting", "engulfed", "the", "city", "No loaded word"]
    asked = "Which word is loaded?"
    assert judge(question("loaded_word", asked, words, [1, 2], sentence), GOLDS).status == RIGHT
    assert judge(question("loaded_word", asked, words, [1], sentence), GOLDS).status == WRONG
    assert judge(question("loaded_word", asked, words, [4], sentence), GOLDS).status == WRONG
    assert judge(question("loaded_word", asked, words, [5], sentence, control=True), GOLDS).status == WRONG


def test_the_loaded_words_of_a_gold_term_are_those_its_neutral_alternative_drops():
    gold = GoldView(
        Gold(
            article=SLUG,
            loaded_terms=[
                {"term": "devastating crisis", "neutral": "economic crisis"},
                {"term": "Unfortunately, his income fell", "neutral": "His income fell"},
            ],
        )
    )
    golds = {SLUG: gold}
    asked = "Which word is loaded?"
    sentence = "People saw the devastating crisis."
    words = ["People", "saw", "the", "devastating", "crisis", "No loaded word"]
    assert judge(question("loaded_word", asked, words, [3], sentence), golds).status == RIGHT
    assert judge(question("loaded_word", asked, words, [4], sentence), golds).status == WRONG
    sentence = "Unfortunately, his income fell in 2010."
    words = ["Unfortunately", "his", "income", "fell", "in", "2010", "No loaded word"]
    assert judge(question("loaded_word", asked, words, [0], sentence), golds).status == RIGHT
    assert judge(question("loaded_word", asked, words, [3], sentence), golds).status == WRONG


def test_who_said_checks_the_speaker_and_that_no_distractor_said_it():
    sentence = "The mayor said the zone would be cleared."
    asked = 'Who said "the zone would be cleared"?'
    people = ["Carmen Best", "Jenny Durkan", "Donald Trump", "The article does not say"]
    assert judge(question("who_said", asked, people, [1], sentence), GOLDS).status == RIGHT
    assert judge(question("who_said", asked, people, [0], sentence), GOLDS).status == WRONG


def test_a_promo_is_the_line_that_is_not_reporting():
    lines = ["Police arrested four people on Monday.", "Read more on our app.", "None of them: every line is reporting"]
    asked = "Which of these lines is not part of the reporting?"
    assert judge(question("not_reporting", asked, lines, [1], lines[1]), GOLDS).status == RIGHT
    assert judge(question("not_reporting", asked, lines, [2], lines[0], control=True), GOLDS).status == WRONG
