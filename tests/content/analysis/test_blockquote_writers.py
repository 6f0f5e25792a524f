"""Whose words a blockquote is when its introduction names a piece of writing, passes one on, or quotes a tweet
in shorthand, and which blockquote is only the original of the translation below it (issue 13)."""

import pytest

from quizgame.content.analysis.block_languages import original_of, telegraphic_english
from tests.content.analysis.helpers import analyze_text


def _direct(body: str) -> list[tuple[str, str]]:
    return [(a.speaker, a.quote) for a in analyze_text(body).attributions if a.direct]


@pytest.mark.parametrize(
    "intro",
    [
        "Festivals are also on the increase. The article already cited by Damien Glez lists these:",  # styles
        "To mark the 2011 International Festival of Cartoons and Illustration, which took place in Ouagadougou, "
        "Burkina Faso, Damien Glez's article published on africandiplomacy.com entitled \"Newspaper Cartoonist: a "
        'Profession under Pressure(s)" discusses the risks and difficulties involved in being a satirical cartoonist:',
    ],
)
def test_a_piece_of_writing_introducing_a_blockquote_speaks_with_its_writers_voice(intro):
    body = f"Cartoons are thriving.\n\n{intro}\n\n> Although not often killed, cartoonists are not completely immune.\n"
    [(speaker, quote)] = _direct(body)
    assert speaker == "Damien Glez"
    assert quote.startswith("Although not often killed")


def test_the_post_continued_is_the_writer_of_the_blockquote_before():
    body = (  # styles: the Bahamas bloggers
        "On election day itself, Blogworld posted some musings about the factors likely to matter:\n\n"
        "> This is the most fascinating election period that has occurred in a long, long time.\n\n"
        "The post continued:\n\n"
        "> The greatest obstacle to the ability of a third party to gain traction was its ability to get its "
        "message out.\n"
    )
    assert [speaker for speaker, _ in _direct(body)] == ["Blogworld", "Blogworld"]


def test_a_blog_is_a_publisher_that_speaks_for_itself_not_a_piece_of_writing():
    body = (
        "Weblog Bahamas called the election a landmark one.\n\n"
        "The blog also suggested that this was an historic opportunity for the winner:\n\n"
        "> He is getting a chance that few men get so late in life, and he should use it well.\n"
    )
    assert all("Edward" not in speaker for speaker, _ in _direct(body))


def test_a_blog_posting_someones_comment_gives_the_comment_to_its_writer():
    body = (  # styles7, Mexico: the blog passes on the comment of a named person
        "Journalists marched in Xalapa on Sunday.\n\n"
        "Desde Abajo, meanwhile, posted a comment from Soledad Jarquin, in which she suggests that the murder "
        "threatens freedom of speech:\n\n"
        "> The murder of journalist Regina Martinez is another attempt to stifle freedom of speech.\n"
    )
    assert _direct(body)[-1] == (
        "Soledad Jarquin",
        "The murder of journalist Regina Martinez is another attempt to stifle freedom of speech.",
    )


def test_a_comment_passed_on_unnamed_is_spoken_by_the_comment_as_described():
    body = (  # styles, Armenia: the introduction ends in a full stop, the passing on announces the blockquote
        "Several editorials agreed. Unzipped: Gay Armenia, for example, re-posts a comment left under one such "
        "opinion piece criticizing the actions of the two MPs.\n\n"
        "> What are they waiting for? Do they need some dead bodies?\n"
    )
    [attribution] = [a for a in analyze_text(body).attributions if a.direct]
    assert attribution.speaker == "a comment left under one such opinion piece"
    assert attribution.speaker_kind == "social_media"


def test_a_blog_publishing_its_own_report_is_not_passing_anyone_on():
    body = (
        "Alegcom blog published a detailed report about the execution:\n\n"
        "> The biggest scandal today is the story of this poor agent who was killed by his own side.\n"
    )
    assert [speaker for speaker, _ in _direct(body)] == ["Alegcom blog"]


@pytest.mark.parametrize(
    ("tweet", "author"),
    [  # styles (Armenia), styles6 (Egypt): English shorthand without function words
        ("@unzippedblog: Disgusting! #Armenia ruling Republican party spokesman MP explicitly supports anti "
         "#gay #neonazi firebombers", "@unzippedblog"),
        ("@Nadesque: #Moussa : weak answers, strong attacks. #AbulFutouh : good answers, weak attacks.", "@Nadesque"),
    ],
)  # fmt: skip
def test_a_tweet_in_english_shorthand_is_quoted(tweet, author):
    body = f"The debate went on for four hours.\n\nTwitter users summarized their performance:\n\n> {tweet}\n"
    assert [speaker for speaker, _ in _direct(body)] == [author]


def test_a_tweet_in_shorthand_with_a_tweet_of_the_same_author_below_may_be_its_original():
    original = "@FadjarArianto: jika bertemu dgn Kapten Arluthfi, mari kita sama2 pukul kepalanya dgn pena"
    assert not telegraphic_english(original, "@FadjarArianto: If we meet Captain Arluthfi, let's hit him")
    assert telegraphic_english("@Nadesque: weak answers, strong attacks", None)
    assert not telegraphic_english("@Nadesque: weak answers, strong attacks", "The English of it, with no handle")


@pytest.mark.parametrize(
    ("original", "translation"),
    [  # styles2 (Philippines), styles (Hong Kong, Chinese with English words), styles7 (Mexico)
        ("@redsohigh: In terms of bullying and intimidation. Wala tayong laban sa China. Susme.",
         "@redsohigh: In terms of bullying and intimidation. We can't defeat China. Gosh."),
        ("我唔係lady gaga fans, 亦冇打算去睇佢show；我亦好尊重人地既宗教信仰。",
         "I am not a fan of Lady Gaga and do not plan to see her show. I respect the beliefs of others."),
        ("@alvaro_delgado @revistaproceso y también los ciudadanos exigimos No mas asesinatos a periodistas.",
         "@alvaro_delgado @revistaproceso and the citizens demand that no more journalists be murdered."),
    ],
)  # fmt: skip
def test_a_blockquote_opening_like_the_english_one_below_is_its_original(original, translation):
    assert original_of(original, translation)
    body = f"Netizens reacted at once:\n\n> {original}\n\n> {translation}\n"
    quotes = [quote for _, quote in _direct(body)]
    assert not any("Wala" in q or "唔" in q or "exigimos" in q for q in quotes)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("@unzippedblog: Exposed: Chief of staff supports neo-nazi firebombers",
         "@unzippedblog: Disgusting! The ruling party spokesman supports the firebombers"),
        ("@a: The council has ignored the flooding for three years.", "@b: The council has ignored the flooding."),
        ("We do not know what they will do next, and we do not know who decides.",
         "Nobody has said a word since the meeting ended on Friday."),
    ],
)  # fmt: skip
def test_two_tweets_of_one_author_or_of_two_are_no_original_and_translation(first, second):
    assert not original_of(first, second)


def test_a_sentence_parsed_around_a_persons_name_introduces_that_person_not_a_place_beside_it():
    body = (  # styles5, Goma: the verb hangs on 'email' in the parse, 'Goma' is tagged a person
        "Abortion is illegal in the country.\n\n"
        "Fortuna Lufungula, a human rights activist in Goma, in an email touched on the cultural and moral reasons "
        "behind many in the community's denunciation of abortion:\n\n"
        "> African and Congolese traditions are based on the principle that abortion is murder.\n"
    )
    [attribution] = [a for a in analyze_text(body).attributions if a.direct]
    assert attribution.speaker == "Fortuna Lufungula"
    assert attribution.speaker_kind == "document"  # styles5 README: words given in an email, as a letter
