from quizgame.content.kinds.who_said import NOT_SAID
from tests.content.kinds.helpers import about, answers, generated
from tests.content.kinds.seed_analysis import ABC, FOX

ABC_QUESTIONS = generated("who_said", ABC)


def test_a_quotation_after_a_pronoun_is_pinned_on_the_person_named_before():
    question = about(ABC_QUESTIONS, "It is now the Capitol Hill autonomous zone")
    assert answers(question) == ["Jenny Durkan"]
    assert not question.control and question.difficulty == 2
    assert '"she added" points back to Jenny Durkan' in question.explanation


def test_distractors_are_other_people_of_the_coverage_and_the_article_may_not_say():
    question = about(ABC_QUESTIONS, "It is now the Capitol Hill autonomous zone")
    assert question.choices[-1] == NOT_SAID
    people = question.choices[:-1]
    assert len(people) == 4 and len(set(people)) == 4
    assert {"Carmen Best", "Jim Fuda"} <= set(people)


def test_a_speaker_named_in_the_same_sentence_is_a_control():
    question = about(ABC_QUESTIONS, "Go back to your bunker")
    assert question.control and answers(question) == ["Jenny Durkan"] and question.difficulty == 1


def test_an_unnamed_speakers_quotation_is_not_asked_about():
    # Who an unnamed source is ("one protester"), the analysis gets right 7 times in 10 on the tuned
    # folders (gate.SPEAKER_BANDS): below the 97% a key needs, so the generator abstains.
    assert not [q for q in ABC_QUESTIONS if "The people realize this building" in q.prompt]


def test_the_mayor_said_is_resolved_to_the_mayor():
    question = about(generated("who_said", FOX), "I have confidence in the chief")
    assert answers(question) == ["Jenny Durkan"] and "Carmen Best" in question.choices


def test_a_name_found_only_in_a_passage_in_another_language_is_no_option():
    from quizgame.content.kinds.who_said import named_in_english

    body = (
        "The president spoke on Monday, and José Belmiro replied on his blog.\n\n"
        "> Ao invés de ministrar palestras, o Presidente Samora Machel dizia que os jovens são a seiva da nação.\n"
    )
    assert named_in_english("José Belmiro", body)
    assert not named_in_english("Presidente Samora Machel", body)


def _made_up_quote(body: str, quote: str, speaker: str, intro: str | None = None):
    """A direct quotation credited to `speaker`, its statement running from `intro` (when given) to the
    end of the quotation's line; two other people of the article say something too."""
    from quizgame.content.analysis.model import Attribution
    from tests.content.kinds.helpers import made_up

    at = body.index(quote)
    first = body.index(intro) if intro else at
    others = [
        Attribution(name, "named", "said", "the bridge is safe", False, body.index(name), body.index(name) + 30)
        for name in ("Ana Lopez", "Tom Reed")
        if name != speaker
    ]
    line_end = body.find("\n", at)
    main = Attribution(speaker, "named", "commented", quote, True, at, at + len(quote), first, line_end)
    people = ["Ana Lopez", "Tom Reed", "Maria Perez"]
    return made_up(body, attributions=[main, *others], people=people)


OTHERS = (
    "Ana Lopez, the mayor, said the bridge is safe. Lopez spoke on Monday.\n\n"
    "Tom Reed, a councillor, said the bridge is safe too. Reed spoke on Tuesday.\n\n"
    "Maria Perez, a blogger, has followed the story. Perez wrote about it twice.\n\n"
)


def test_a_blockquotes_speaker_is_said_to_be_introduced_in_the_line_before_it():
    from quizgame.content.kinds.who_said import generate

    quote = "The council has failed every family that crosses that river each morning on foot."
    body = OTHERS + "Maria Perez commented on her blog:\n\n> " + quote + "\n"
    item = _made_up_quote(body, quote, "Maria Perez", "Maria Perez commented")
    (question,) = generate(item, [])
    assert answers(question) == ["Maria Perez"]
    assert "in the line that introduces the blockquote" in question.explanation
    assert "beside it" not in question.explanation


def test_a_statement_by_two_speakers_keys_no_item_on_one_of_them():
    from quizgame.content.kinds import speakers
    from quizgame.content.kinds.who_said import generate

    assert speakers.shares_statement('"We will appeal," Lopez and Reed said.', "Ana Lopez")
    assert speakers.shares_statement('"We will appeal," said Tom Reed and Ana Lopez.', "Ana Lopez")
    assert speakers.shares_statement("Lopez and her husband wrote that they would appeal.", "Ana Lopez")
    assert speakers.shares_statement("Both Mr. Lopez and Mr. Reed have said they will appeal.", "Ana Lopez")
    assert speakers.shares_statement('"We will appeal," they said in a joint statement.', "Ana Lopez")
    assert not speakers.shares_statement('"We will appeal," Lopez said after meeting Reed.', "Ana Lopez")
    quote = "We will take the vote to the regional court before the summer ends."
    body = OTHERS + f'"{quote}" Maria Perez and her husband said on Friday.\n'
    assert generate(_made_up_quote(body, quote, "Maria Perez", f'"{quote}'), []) == []


def test_a_name_only_as_the_modifier_of_a_body_is_no_speaker():
    from quizgame.content.kinds import speakers

    text = "For weeks, the Lopez administration has been trying to add the question, 'Are you a resident?'"
    assert speakers.only_as_modifier(text, "Ana Lopez")
    assert not speakers.only_as_modifier("Lopez said the Lopez administration would appeal.", "Ana Lopez")


TWEETS = (
    "Residents have been posting about the bridge under a hashtag.\n\n"
    "Ana Lopez started the hashtag by tweeting:\n\n"
    "> @analo: #الجسر مغلق مرة أخرى\n\n"
    "> The bridge is closed again and nobody tells us why\n\n"
    "Tom Reed added:\n\n"
    "> @treed: Three weeks of walking around the river to reach the school\n\n"
    "Maria Perez wrote:\n\n"
    "> @mperez: Thank you for the bridge that is always being repaired\n"
)


def _tweets():
    """A post of tweets, each a blockquote under a line naming its author; the analysis credits each
    to its handle, as it does with Global Voices posts."""
    from quizgame.content.analysis.model import Attribution
    from tests.content.kinds.helpers import made_up

    found = []
    for handle, quote in (
        ("@analo", "The bridge is closed again and nobody tells us why"),
        ("@treed", "Three weeks of walking around the river to reach the school"),
        ("@mperez", "Thank you for the bridge that is always being repaired"),
    ):
        at = TWEETS.index(quote)
        found.append(
            Attribution(handle, "social_media", "tweeted", quote, True, at, at + len(quote), at, at + len(quote), 0.9)
        )
    return made_up(TWEETS, attributions=found, people=["Ana Lopez", "Tom Reed", "Maria Perez"])


def test_a_tweet_under_a_line_naming_its_author_is_asked_about_by_that_person():
    from quizgame.content.kinds import lead_in
    from quizgame.content.kinds.who_said import generate
    from quizgame.game.passage import Source, question_passage

    item = _tweets()
    translation = TWEETS.index("> The bridge")
    assert lead_in.introduced_speaker(item, translation + 2) == "Ana Lopez"  # over the original's blockquote
    questions = generate(item, [])
    assert len(questions) == 1  # one lesson, however many posts: one per article (two had the same options and lesson)
    for question in questions:
        key = answers(question)[0]
        assert key in ("Ana Lopez", "Tom Reed", "Maria Perez")
        assert {"Ana Lopez", "Tom Reed", "Maria Perez"} <= set(question.choices)  # the other authors as options
        shown = question_passage(
            "who_said", Source("O", "H", TWEETS), question.evidence.start, question.evidence.end, False
        )
        assert "@" not in shown.text and question.prompt.split('"')[1] in shown.text
        assert not any(name in shown.text for name in ("Lopez", "Reed", "Perez"))
        after = question_passage(
            "who_said", Source("O", "H", TWEETS), question.evidence.start, question.evidence.end, True
        )
        assert key in after.text  # the lead-in comes with the feedback
        assert "line that introduces the blockquote" in question.explanation
    # the evidence is the translated line, never the original
    assert all(q.evidence.text.isascii() for q in questions)


def test_a_lead_in_that_names_nobody_or_two_people_keys_no_author():
    from quizgame.content.kinds import lead_in
    from tests.content.kinds.helpers import made_up

    body = "Here are more reactions on Twitter:\n\n> @a: One thing\n\n> @b: Another thing\n"
    item = made_up(body, people=["Ana Lopez"])
    assert lead_in.introduced_speaker(item, body.index("One")) is None
    body = "Ana Lopez replied to Tom Reed:\n\n> @analo: No way\n"
    item = made_up(body, people=["Ana Lopez", "Tom Reed"])
    assert lead_in.introduced_speaker(item, body.index("No way")) is None
    body = "Ana Lopez wrote:\n\n> @analo: One thing\n\n> @treed: Another thing\n"
    item = made_up(body, people=["Ana Lopez"])
    assert lead_in.introduced_speaker(item, body.index("Another")) is None  # two handles: two authors


def test_one_control_per_article_for_quotations_whose_sentence_names_the_speaker():
    """Two such items teach the same thing with the same explanation: a teacher kept one of two."""
    from quizgame.content.analysis.model import Attribution
    from quizgame.content.kinds.who_said import generate
    from tests.content.kinds.helpers import made_up

    body = OTHERS + (
        '"We will rebuild the bridge before winter comes," Ana Lopez said on Monday.\n\n'
        '"The council has not found the money for it yet," Tom Reed said on Tuesday.\n'
    )
    found = []
    for name, quote in (
        ("Ana Lopez", "We will rebuild the bridge before winter comes,"),
        ("Tom Reed", "The council has not found the money for it yet,"),
    ):
        at = body.index(quote)
        line_end = body.index("\n", at)
        found.append(Attribution(name, "named", "said", quote, True, at, at + len(quote), at - 1, line_end))
    questions = generate(made_up(body, attributions=found, people=["Ana Lopez", "Tom Reed", "Maria Perez"]), [])
    assert len([q for q in questions if q.control]) == 1


def test_a_person_the_quotation_is_about_is_never_an_option():
    """A translated tweet "Summoning Kim Eo-joon ... is just a craziness": its original opens by quoting
    him, so he is a second defensible answer, not a wrong one."""
    from quizgame.content.analysis.model import Attribution
    from quizgame.content.kinds.who_said import generate
    from tests.content.kinds.helpers import made_up

    quote = "Blaming Tom Reed for the closure of the bridge is just a craziness of the council."
    body = (
        OTHERS
        + "Sam Ortiz, a teacher, said nothing. Ortiz left.\n\nMaria Perez commented on her blog:\n\n> "
        + quote
        + "\n"
    )
    at = body.index(quote)
    main = Attribution(
        "Maria Perez",
        "named",
        "commented",
        quote,
        True,
        at,
        at + len(quote),
        body.index("Maria Perez commented"),
        len(body) - 1,
    )
    people = ["Ana Lopez", "Tom Reed", "Maria Perez", "Sam Ortiz"]
    (question,) = generate(made_up(body, attributions=[main], people=people), [])
    assert answers(question) == ["Maria Perez"] and "Tom Reed" not in question.choices
    assert {"Ana Lopez", "Sam Ortiz"} <= set(question.choices)


def test_a_speaker_the_analysis_is_sure_is_a_person_is_an_option_though_named_once():
    from quizgame.content.analysis.model import Attribution
    from quizgame.content.kinds.who_said import _candidates
    from tests.content.kinds.helpers import made_up

    body = (
        'The rebels\' envoy, Selvarasa Pathmanathan, said Sunday that the war "is over now." '
        'President Mahinda Rajapaksa said "there would be no objections to such assistance."'
    )
    envoy = Attribution("Selvarasa Pathmanathan", "named", "said", "is over now", True, 0, 80, confidence=1.0)
    unsure = Attribution("Selvarasa Pathmanathan", "named", "said", "is over now", True, 0, 80, confidence=0.8)
    assert "Selvarasa Pathmanathan" in _candidates(made_up(body, attributions=[envoy]), (), "Mahinda Rajapaksa")
    assert "Selvarasa Pathmanathan" not in _candidates(made_up(body, attributions=[unsure]), (), "Mahinda Rajapaksa")


def test_a_report_quoting_two_people_asks_which_of_the_two_said_it():
    """reading3: the two rugby coaches, the two VOA tribunal officials, Calicut's minister and Modi."""
    from quizgame.content.analysis.model import Attribution
    from quizgame.content.kinds.who_said import generate
    from tests.content.kinds.helpers import made_up

    quote = "We have been working hard on our fitness all season long."
    body = (
        "Ana Lopez, the home coach, said the bridge is safe. Lopez spoke on Monday.\n\n"
        f'Maria Perez, the visiting captain, enjoyed the win. "{quote}" Maria Perez said.\n'
    )
    at = body.index(quote)
    found = [
        Attribution("Ana Lopez", "named", "said", "the bridge is safe", False, 0, 40),
        Attribution("Maria Perez", "named", "said", quote, True, at, at + len(quote), body.index('"'), len(body) - 1),
    ]
    (question,) = generate(made_up(body, attributions=found, people=["Ana Lopez", "Maria Perez"]), [])
    assert sorted(question.choices) == sorted(["Ana Lopez", "Maria Perez", NOT_SAID])
    assert answers(question) == ["Maria Perez"]


def test_one_persons_words_with_no_one_else_named_ask_nothing():
    from quizgame.content.analysis.model import Attribution
    from quizgame.content.kinds.who_said import generate
    from tests.content.kinds.helpers import made_up

    quote = "We have been working hard on our fitness all season long."
    body = f'The visiting side enjoyed the win. "{quote}" Maria Perez said.\n'
    at = body.index(quote)
    found = [
        Attribution("Maria Perez", "named", "said", quote, True, at, at + len(quote), body.index('"'), len(body) - 1)
    ]
    assert generate(made_up(body, attributions=found, people=["Maria Perez"]), []) == []


def test_with_two_other_speakers_credited_no_one_the_article_only_names_is_an_option():
    """reading4's cause 3: options are the people the coverage credits with words; someone only named
    (a politician mentioned) fills in only where fewer than two others speak."""
    from quizgame.content.analysis.model import Attribution
    from quizgame.content.kinds.who_said import _candidates
    from tests.content.kinds.helpers import made_up

    body = OTHERS + "Sam Ortiz, the governor, was not at the meeting. Ortiz was abroad.\n"
    people = ["Ana Lopez", "Tom Reed", "Maria Perez", "Sam Ortiz"]

    def said(name: str) -> Attribution:
        return Attribution(name, "named", "said", "the bridge is safe", False, body.index(name), body.index(name) + 30)

    two = made_up(body, attributions=[said("Ana Lopez"), said("Tom Reed")], people=people)
    assert _candidates(two, (), "Maria Perez") == ["Ana Lopez", "Tom Reed"]
    one = made_up(body, attributions=[said("Ana Lopez")], people=people)
    assert "Ana Lopez" in _candidates(one, (), "Maria Perez") and len(_candidates(one, (), "Maria Perez")) > 1


def test_a_translation_under_its_original_is_named_in_the_line_before_both():
    # reading4's Kasparov: the lead-in, the Russian original, then the English asked about.
    from quizgame.content.kinds.who_said import where_named

    body = (
        "Maria Perez, who leads the movement, mocked the mayor's tears after the vote.\n\n"
        "> Вчера, я думаю, это была не слеза.\n\n"
        "> Yesterday, I think it was not a tear that flowed out.\n"
    )
    at = body.index("Yesterday")
    assert where_named(body, "Maria Perez", at, len(body) - 1) == "in the line that introduces the blockquote"


def test_a_ring_name_is_the_same_person_and_never_a_second_option():
    # reading5's obituary offered "Jon Huber" and "Luke Harper", one man under two names
    from quizgame.content.kinds.who_said_options import is_alias

    body = "Jon Huber, who performed under the ring name Luke Harper, died. Erick Rowan wrote on Instagram."
    assert is_alias("Luke Harper", body)
    assert not is_alias("Erick Rowan", body) and not is_alias("Jon Huber", body)


def _lead_in_quote(intro: str, quote: str, tag: str, cue: str):
    """A quotation in a paragraph of its own, credited by the line above it (the cue `cue`) and by the
    tag it ends with ('", the blogger has said.'), as the analysis finds both."""
    from quizgame.content.analysis.model import Attribution
    from tests.content.kinds.helpers import made_up

    line = f'"{quote}", {tag}.'
    body = OTHERS + intro + "\n\n" + line + "\n"
    at = body.index(quote)
    others = [
        Attribution(name, "named", "said", "the bridge is safe", False, body.index(name), body.index(name) + 30)
        for name in ("Ana Lopez", "Tom Reed")
    ]
    lead = Attribution("Maria Perez", "named", cue, quote, True, at, at + len(quote), body.index(intro), len(body) - 1)
    verb = tag.split()[-1]
    tagged = Attribution("Maria Perez", "named", verb, quote, True, at, at + len(quote), at - 1, len(body) - 1)
    return made_up(body, attributions=[lead, tagged, *others], people=["Ana Lopez", "Tom Reed", "Maria Perez"])


def test_a_cue_is_never_said_to_point_back_from_inside_the_quoted_words():
    """styles9's Argentina post: the lead-in "came from Daniel Fernández" gave the cue "from", and the
    bishop's own words "The church from the beginning ..." hold "from": the explanation said '"from"
    points back to Daniel Fernández'. A cue points back only from the words around the quotation."""
    from quizgame.content.kinds.who_said import generate

    shapes = [
        (
            "The sharpest criticism came from Maria Perez, a blogger:",
            "Water from the hills has flooded the lower road every spring since the bridge was closed",
            "the blogger has said",
            "from",
        ),
        (
            "Maria Perez sees it differently, according to her blog:",
            "The council acted according to the plan, but the plan forgot the families on the far bank",
            "the blogger wrote",
            "according to",
        ),
    ]
    for intro, quote, tag, cue in shapes:
        questions = generate(_lead_in_quote(intro, quote, tag, cue), [])
        assert questions, intro
        (question,) = questions
        assert answers(question) == ["Maria Perez"]
        assert f'"{cue}" points back' not in question.explanation
        assert f'ends "{tag}"' in question.explanation and "Maria Perez" in question.explanation
