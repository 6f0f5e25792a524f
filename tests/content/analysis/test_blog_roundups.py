"""Global Voices-style roundups: what bloggers and Twitter users said, set as blockquotes under a lead-in, an
original-language blockquote above its English translation, captions between paragraphs (issue 13). Invented
posts; each test names the form it specifies."""

import pytest

from quizgame.content.analysis.block_languages import original_of
from tests.content.analysis.helpers import analyze_text


def _direct(body: str) -> list[tuple[str, str]]:
    return [(a.speaker, a.quote) for a in analyze_text(body).attributions if a.direct]


@pytest.mark.parametrize(
    ("original", "translation"),
    [
        ("@karimadel:#العيش_حق", "Bread is a right"),  # a short line in Arabic script, the handle on it only
        ("@minji: 지하철 요금 또 올라요.", "Subway fares are going up again."),
        ("@lena_k: Опять те же лица.", "Again the same faces."),
        ("@ignacio: Mañana volvemos a clases, el jueves volvemos a la calle.",
         "Tomorrow we go back to class, on Thursday we go back to the street."),
    ],
)  # fmt: skip
def test_an_original_with_the_handle_is_one_statement_with_the_translation_below_it(original, translation):
    assert original_of(original, translation)
    body = f"Netizens were quick to react.\n\nOne user tweeted:\n\n> {original}\n\n> {translation}\n"
    assert _direct(body) == [("@" + original[1:].split(":")[0], translation.rstrip())]


def test_an_original_with_few_foreign_function_words_is_known_by_the_english_ones_of_its_translation():
    original = "Nós voltamos porque as promessas não foram cumpridas. Ninguém nos consultou sobre a barragem."
    translation = "We came back because the promises were not kept. No one consulted us about the dam."
    assert original_of(original, translation)
    body = f"The villagers returned on Tuesday.\n\nTheir leader, Raimundo Kayapó, wrote:\n\n> {original}\n\n> {translation}\n"
    assert [quote for _, quote in _direct(body)] == [translation]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("The march was peaceful until the police arrived. Nobody understands why.",
         "We will be back on Thursday, and on every Thursday after that."),
        ("Every year the same drains, every year the same promises.",
         "The money for the drains was in last year's budget. Where did it go?"),
        ("@ana: Otra vez los mismos gases.", "@ben: Again the same gas, again."),  # two authors
    ],
)  # fmt: skip
def test_two_blocks_of_english_or_of_two_authors_are_no_original_and_translation(first, second):
    assert not original_of(first, second)


@pytest.mark.parametrize(
    "caption",
    [
        'Bakers protest in Giza. Sign reads "We bake, you decide, we pay". Image by Omar Farid (CC BY-SA 3.0)',
        "Nurses demand better pay. Photo from the Facebook page of the nurses' union",
        "Villagers say the river is dying. Image posted by @tapajosvivo.",
    ],
)
def test_a_photo_caption_is_no_ones_statement(caption):
    body = f"Hundreds marched through the city on Saturday.\n\n{caption}\n\nThe march ended peacefully at noon.\n"
    assert analyze_text(body).attributions == []


def test_prose_that_mentions_photos_is_still_read():
    body = "Photos posted by residents show that the bridge collapsed, the mayor said on Monday.\n"
    assert "the mayor" in [a.speaker for a in analyze_text(body).attributions]


@pytest.mark.parametrize(
    ("lead_in", "speaker"),
    [
        ('While blogger Ana Ruiz wonders "what the town would look like with a new mayor", the Harbour Blog sees '
         'fit to give "a last prediction" about the vote:', "Harbour Blog"),
        ("While some readers defended the council, most agreed with user Tomasz Nowak, who asked:", "Tomasz Nowak"),
        ("After the ruling, the families gathered outside the court, where lawyer Amina Diallo criticized the "
         "verdict:", "Amina Diallo"),
        ("While the minister repeated that there is no money, student leader Tomás Fuentes told the crowd:",
         "Tomás Fuentes"),
    ],
)  # fmt: skip
def test_the_clause_that_ends_at_the_colon_introduces_the_blockquote(lead_in, speaker):
    body = (
        "The town votes on Sunday. The families have organized meetings and issued statements all year.\n\n"
        f"{lead_in}\n\n> Nothing will change unless people ask for more than promises.\n"
    )
    assert [s for s, q in _direct(body) if q.startswith("Nothing will change")] == [speaker]


def test_a_blockquote_of_comments_each_with_its_own_cue_is_no_statement_of_the_lead_in():
    body = (
        "The mayor visited the flooded district on Monday.\n\n"
        "The replies under the video told the same story:\n\n"
        '> "We waited four days for a boat," wrote Lina Haddad. "Nobody from the council came to our street," '
        "added Omar Saleh.\n"
    )
    assert sorted(s for s, _ in _direct(body)) == ["Lina Haddad", "Omar Saleh"]


@pytest.mark.parametrize("lead_in", ["Twitter user @minji_park tweeted [ko]:", "A net user @minji_park tweeted [ko]:"])
def test_the_one_handle_of_a_lead_in_parsed_as_a_noun_phrase_is_the_author(lead_in):
    body = (
        "Subway fares will rise in March.\n\n"
        f"{lead_in}\n\n> 지하철 요금 또 올라요. 월급 빼고 다 오른다.\n\n"
        "> Subway fares are going up again. Everything goes up except salaries.\n"
    )
    assert _direct(body) == [("@minji_park", "Subway fares are going up again. Everything goes up except salaries.")]


def test_her_post_going_on_is_the_writer_of_the_blockquote_before():
    body = (
        "The law passed on Friday.\n\nBlogger Jelena Petrović summed up the main changes in her post:\n\n"
        "> The government appoints four of the seven board members.\n\n"
        "Her post ends with a warning:\n\n> Once this is in place, nobody will need to close a newspaper.\n"
    )
    assert [s for s, _ in _direct(body)] == ["Jelena Petrović", "Jelena Petrović"]


@pytest.mark.parametrize("going_on", ["and added [ko]:", "And later tweeted:"])
def test_a_lead_in_going_on_with_and_and_no_subject_is_the_writer_of_the_blockquote_before(going_on):
    body = (
        "Fares rose again.\n\nTwitter user @tinypencil tweeted:\n\n> Nobody asked us about the fares.\n\n"
        f"{going_on}\n\n> We will walk to work on Monday.\n"
    )
    assert [s for s, _ in _direct(body)] == ["@tinypencil", "@tinypencil"]


def test_according_to_with_a_clause_before_the_colon_is_a_statement_besides_the_blockquote():
    body = (
        "Bread prices rose by a third.\n\nAccording to the Ministry of Supply, the increase was unavoidable:\n\n"
        "> The cost of imported wheat has doubled since last year.\n"
    )
    quotes = [
        q for s, q in [(a.speaker, a.quote) for a in analyze_text(body).attributions] if s == "Ministry of Supply"
    ]
    assert quotes == ["the increase was unavoidable", "The cost of imported wheat has doubled since last year."]


def test_a_blockquoted_dialogue_with_one_word_labels_gives_each_line_to_its_speaker():
    body = (
        "The video was shared thousands of times.\n\nIn the clip, a reporter stops an official outside the ministry:\n\n"
        "> Reporter: Why was the tender cancelled?\n>\n> Official: I cannot comment on that.\n>\n"
        "> Reporter [to the camera]: He has said the same thing for a month.\n"
    )
    assert _direct(body) == [
        ("Reporter", "Why was the tender cancelled?"),
        ("Official", "I cannot comment on that."),
        ("Reporter", "He has said the same thing for a month."),
    ]


def test_one_word_headings_in_a_blockquote_are_no_dialogue():
    body = (
        "The union published its demands.\n\nThe union wrote on its website:\n\n"
        "> Wages: a rise of ten percent for every worker.\n>\n> Hours: no more than forty a week.\n>\n"
        "> Safety: an inspector in every plant.\n"
    )
    assert [s for s, _ in _direct(body)] == ["The union"]


@pytest.mark.parametrize(
    "prose",
    [
        "Photos by local residents showed the damage, the mayor said.",
        "The mayor said the photos posted by residents showed the damage.",
    ],
)
def test_prose_about_photos_keeps_its_statement(prose):
    speakers = [a.speaker.lower() for a in analyze_text(f"The storm hit on Monday.\n\n{prose}\n").attributions]
    assert "the mayor" in speakers
