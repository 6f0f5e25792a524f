from quizgame.content.kinds.not_reporting import NONE
from tests.content.kinds.helpers import about, answers, generated
from tests.content.kinds.seed_analysis import FOX

FOX_QUESTIONS = generated("not_reporting", FOX)


def test_a_promo_is_the_line_that_is_not_reporting():
    question = about(FOX_QUESTIONS, "CLICK HERE FOR THE FOX NEWS APP")
    assert answers(question) == ["CLICK HERE FOR THE FOX NEWS APP"]
    assert question.difficulty == 1 and not question.control
    assert len(question.choices) == 5 and question.choices[-1] == NONE


def test_the_control_shows_only_reporting_and_its_answer_is_none():
    (control,) = [q for q in FOX_QUESTIONS if q.control]
    assert answers(control) == [NONE]
    assert not any(line.isupper() for line in control.choices)


def test_the_control_key_does_not_repeat_the_prompts_words():
    """ "Pick the option that repeats the prompt" must not find "None of them"."""
    from quizgame.content.audit.shortcuts import tokens
    from quizgame.content.kinds.not_reporting import PROMPT

    assert not {t for t in tokens(NONE) if len(t) > 3} & {t for t in tokens(PROMPT) if len(t) > 3}


def test_the_prompt_shares_no_word_with_what_promos_say():
    """ "Pick the option that repeats the prompt" must not find the promo either (Global Voices: "This
    post is part of our special coverage ...", ABC: "This report was featured in ...")."""
    from quizgame.content.audit.shortcuts import tokens
    from quizgame.content.kinds.not_reporting import PROMPT

    promo_words = "part post coverage special report reports featured news app story more read click listen"
    assert not set(tokens(PROMPT)) & set(promo_words.split())


def test_every_question_shows_four_lines_besides_none_of_them():
    """'None of them: all four ...' must count the lines shown."""
    assert FOX_QUESTIONS
    assert all(len(q.choices) == 5 for q in FOX_QUESTIONS)


def test_only_sentences_of_the_story_stand_beside_the_key():
    """A caption, credit, date, link or subheading among the options is a second line that is not reporting."""
    from quizgame.content.kinds.not_reporting import _story_line, _what_it_is

    assert _story_line("The government insists that the fall is a fight against corruption.")
    assert not _story_line(
        "Bo Xilai portrayed as Greek mythology character Icarus, who tried to fly too close to the sun."
    )
    assert not _story_line("Mrs. Potts and Belle from Beauty and the Beast")
    assert not _story_line("Online rumors becoming official truth overnight")
    assert not _story_line("Friday, March 29, 2019")
    assert not _story_line("Thumbnail image: TB Joshua. Image source: scoan.org")
    assert not _story_line("Read more at http://example.org/story.")
    assert "date line" in _what_it_is("Friday, March 29, 2019", False)


def test_a_bare_link_is_never_the_key():
    """Among sentences a URL gives itself away by its form."""
    assert not any(q.evidence and q.evidence.text.strip().startswith("http") for q in FOX_QUESTIONS)


def test_a_note_of_who_commissioned_or_funded_the_piece_is_no_promo_item():
    """Who paid for the reporting is a disclosure a reader weighs, not marketing: never the key of a
    "not part of the reporting" item, nor offered as a line of the story."""
    from quizgame.content.analysis.model import Promo
    from quizgame.content.kinds.not_reporting import generate
    from tests.content.kinds.helpers import made_up

    story = (
        "The river rose two metres overnight and flooded the lower town. Families moved to the school on the hill. "
        "The mayor opened the sports hall for those who could not find a bed. Volunteers carried food to the "
        "hall all afternoon. Farmers lost most of the spring crop to the water in the valley.\n\n"
    )
    notes = [
        "This post was commissioned by the Example Media Fund as part of its climate series.",
        "This report was produced with support from the Northern Journalism Trust and its partners.",
        "Download our app to get the latest news on your phone every morning.",
    ]
    body = story + "\n\n".join(notes)
    promos = [Promo(n, body.index(n), body.index(n) + len(n)) for n in notes]
    questions = generate(made_up(body, promos=promos), [])
    keys = [q.choices[q.answer[0]] for q in questions if not q.control]
    assert keys == [notes[2]]
    assert not any("commissioned" in c or "support from" in c for q in questions for c in q.choices)


def test_a_date_printed_as_data_is_explained_as_a_date_line_not_a_plug():
    from quizgame.content.kinds.not_reporting import _story_line, _what_it_is

    assert not _story_line("date 2026-01-01")
    assert "date line" in _what_it_is("date 2026-01-01", False)


def test_a_short_report_with_three_lines_of_story_still_asks_about_its_credit_line():
    """A promo is shown among three lines of the story (styles2's TB Joshua post: 'Thumbnail image: TB
    Joshua. Image source: scoan.org'; styles5's maize report); a control needs four."""
    from quizgame.content.analysis.model import Promo
    from quizgame.content.kinds.not_reporting import generate
    from tests.content.kinds.helpers import made_up

    story = (
        "The river rose two metres overnight and flooded the lower town. Families moved to the school on the hill. "
        "The mayor opened the sports hall for those who could not find a bed.\n\n"
    )
    credit = "The thumbnail image used in this post is by Jane Roe, used under a Creative Commons license."
    body = story + credit
    questions = generate(made_up(body, promos=[Promo(credit, body.index(credit), len(body))]), [])
    assert [q.choices[q.answer[0]] for q in questions] == [credit]
    assert len(questions[0].choices) == 5


def test_the_prompt_and_the_none_option_say_a_plug_or_a_note_is_meant_not_an_opinion():
    """A teacher reading styles9: students take "not reporting" for "opinion", and a line of the
    writer's own opinion is the article's text all the same."""
    from quizgame.content.kinds.not_reporting import PROMPT

    assert "plug" in PROMPT and "housekeeping note" in PROMPT
    assert "article's own text" in NONE and "reporting" not in NONE


def _story_with_opinions():
    """An invented post: plain facts, opinions and hopes, a series label on top and a call to visit below."""
    from quizgame.content.analysis.model import Promo
    from tests.content.kinds.helpers import made_up

    label = "This post is part of our series on rivers and towns."
    story = (
        "The river rose two metres overnight and flooded the lower town. Families moved to the school on the hill. "
        "The mayor opened the sports hall for those who could not find a bed. Protecting the valley is important "
        "for every farmer, particularly if it keeps the young from leaving. A new dam would hopefully keep the "
        "water out of the streets next spring. Will the council ever listen to the farmers? We visited the hall "
        "on Sunday and spoke to the volunteers."
    )
    call = "Visit the river blog and see more related stories."
    body = f"{label}\n\n{story}\n\n{call}"
    promos = [Promo(t, body.index(t), body.index(t) + len(t)) for t in (label, call)]
    return made_up(body, promos=promos), label, call


def test_a_hope_an_opinion_a_question_or_the_writers_we_never_stands_beside_a_plug():
    from quizgame.content.kinds.not_reporting import generate

    item, _, _ = _story_with_opinions()
    shown = {c for q in generate(item, []) for c in q.choices}
    assert shown, "the post has a plug and three plain lines"
    assert not any(word in c for c in shown for word in ("hopefully", "important", "?", "We visited"))


def test_two_items_on_one_article_never_show_the_same_lines_and_the_call_to_action_stays():
    """The styles9 Africa post got three items showing the same two lines: where the article's plain
    lines allow one item only, the plug that asks the reader to do something is the one kept."""
    from quizgame.content.kinds.not_reporting import generate

    item, label, call = _story_with_opinions()
    questions = generate(item, [])
    keys = [q.choices[q.answer[0]] for q in questions if not q.control]
    assert keys == [call]
    shown = [set(q.choices[:-1]) - {call, label} for q in questions]
    assert all(len(a & b) <= len(b) // 2 for i, a in enumerate(shown) for b in shown[i + 1 :])


def test_a_plain_line_is_a_statement_of_fact():
    from quizgame.content.analysis.model import Sentence
    from quizgame.content.kinds.plain_lines import plainly_factual, takes_a_stance
    from tests.content.kinds.helpers import made_up

    def plain(text: str) -> bool:
        item = made_up(text)
        return plainly_factual(item, Sentence(text, 0, len(text)))

    assert plain("The mayor thanked Best in a post on Twitter.")  # a name, not a comparison
    assert plain("The final assembly takes place on May 15 at the square.")  # the month, not a modal
    assert plain("Reporters could not reach the police spokesman for comment.")  # a fact, not a maybe
    assert plain("Oil was discovered in the north-west in 2006.")  # a passive hides a source, no opinion
    assert not plain("The reform is now more urgent than ever.")
    assert takes_a_stance("A new law would hopefully create jobs.")
    assert takes_a_stance("Is this the end of the strike?")
    assert takes_a_stance("We met the organisers on Sunday.")


def test_a_series_label_is_explained_as_a_label_not_as_a_plug_for_something_else():
    from quizgame.content.kinds.not_reporting import _what_it_is

    for label in (
        "This post is part of our special coverage Floods in the North.",
        "This story is part of a series on the river towns.",
    ):
        assert "series or special coverage" in _what_it_is(label, False)
    assert "promotes" in _what_it_is("Visit the river blog and see more related stories.", False)
