"""One article's who_said items: one blockquoted post whatever path made it, no item offering another's
key, and posts asked with the authors of posts in the same language (reading4's causes 3, 4 and 7)."""

from quizgame.content.analysis.model import Attribution
from quizgame.content.kinds import lead_in, who_said
from tests.content.kinds.helpers import answers, made_up

# A Global Voices string of posts: each lead-in names its author by account, with a language mark and
# an original above its translation for the Spanish ones, and says a view or a feeling, not "said".
POSTS = (
    "Fans reacted to the pitcher's injury on Twitter.\n\n"
    "Sara Hamling (@shamling) voiced a similar opinion:\n\n"
    "> I hate the Yankees but I respect the old pitcher a lot and this is sad.\n\n"
    "Ryan Kellog (@rykellog) considers it a show of the pitcher's grandeur:\n\n"
    "> You know you are an impact player when you get hurt and you trend worldwide.\n\n"
    "Dennis Allen (@dallen) [es], on the other hand, is surprised by the love shown to Mariano Rivera:\n\n"
    "> Entonces la gente en Panamá odia a Rivera, y ahora que se lastimó, los yankees lo aman.\n\n"
    "> So the people in Panama hate Rivera, and now that he is hurt, the yankees love him.\n\n"
    "Many people, like Alexander Da Silva (@adasilva) [es], refuse to believe that this is the end:\n\n"
    "> Me niego a creer que la carrera del panameño terminará de esta manera.\n\n"
    "> I refuse to believe that the career of the Panamanian will end this way.\n"
)
PEOPLE = ["Sara Hamling", "Ryan Kellog", "Dennis Allen", "Mariano Rivera", "Alexander Da Silva"]


def _posts(*speakers: tuple[str, str]):
    found = []
    for speaker, quote in speakers:
        at = POSTS.index(quote)
        found.append(
            Attribution(speaker, "social_media", "is", quote, True, at, at + len(quote), at, at + len(quote), 0.9)
        )
    return made_up(POSTS, attributions=found, people=PEOPLE)


def test_a_lead_in_naming_an_account_names_the_posts_author_whatever_its_verb():
    item = _posts()
    at = POSTS.index("> I refuse")
    assert lead_in.introduced_speaker(item, at + 2) == "Alexander Da Silva"  # 'like ...', Rivera named too
    assert lead_in.introduced_speaker(item, POSTS.index("> So the people") + 2) == "Dennis Allen"  # '[es]', original
    assert lead_in.introduced_speaker(item, POSTS.index("> You know") + 2) == "Ryan Kellog"  # 'considers'


def test_a_lead_in_naming_two_accounts_names_no_author():
    body = "Ana Lopez (@alopez) replied to Tom Reed (@treed):\n\n> The bridge will be open again by the summer.\n"
    item = made_up(body, people=["Ana Lopez", "Tom Reed"])
    assert lead_in.introduced_speaker(item, body.index("> The") + 2) is None


def test_a_post_is_asked_with_the_authors_of_posts_in_its_own_language_first():
    item = _posts(("Alexander Da Silva", "I refuse to believe that the career of the Panamanian will end this way."))
    (question,) = who_said.generate(item, ())
    assert answers(question) == ["Alexander Da Silva"]
    people = question.choices[:-1]
    assert "Dennis Allen" in people  # the other Spanish post's author, before the English ones
    assert people.index("Dennis Allen") >= 0 and len(people) == 4


def test_one_blockquoted_post_per_article_whichever_path_made_it():
    # Sara Hamling's post through its lead-in, Dennis Allen's through the analysis's own speaker: one item.
    item = _posts(
        ("Sara Hamling", "I hate the Yankees but I respect the old pitcher a lot and this is sad."),
        ("Dennis Allen", "So the people in Panama hate Rivera, and now that he is hurt, the yankees love him."),
        ("Alexander Da Silva", "I refuse to believe that the career of the Panamanian will end this way."),
    )
    assert len(who_said.generate(item, ())) == 1


def _reported(body: str, *names: str) -> list[Attribution]:
    """Each person's reported words at the paragraph introducing them: people credited with words."""
    return [Attribution(n, "named", "said", "it was so", False, body.index(n), body.index(n) + len(n)) for n in names]


def _quoted(body: str, name: str, words: str, verb: str, frame: tuple[int, int]) -> Attribution:
    """The person's quotation, its sentence running over `frame`."""
    at = body.index(words)
    return Attribution(name, "named", verb, words, True, at, at + len(words), *frame)


TOWN = (
    "Ana Lopez, the mayor, spoke on Monday. Lopez met the families.\n\n"
    "Maria Perez, a blogger, has followed the story. Perez wrote about it twice.\n\n"
)
PEOPLE_OF_TOWN = ["Ana Lopez", "Tom Reed", "Maria Perez", "Sam Ortiz"]


def test_no_item_offers_the_key_of_another_item_of_the_article():
    quote_a = "The bridge has been closed for three weeks and nobody tells the families why."
    quote_b = "We will have the bridge open again before the first day of the school year."
    body = TOWN + (
        "Tom Reed, a councillor, spoke too. Reed was angry.\n\n"
        "Sam Ortiz, an engineer, inspected it. Ortiz was careful.\n\n"
        f'Tom Reed spoke for the residents. "{quote_a}" Tom Reed said.\n\n'
        f'Ana Lopez said the repairs were on time. "{quote_b}" she added.\n'
    )
    a, b = body.index(quote_a), body.index(quote_b)
    found = [
        *_reported(body, "Tom Reed", "Ana Lopez", "Maria Perez", "Sam Ortiz"),
        _quoted(body, "Tom Reed", quote_a, "said", (a - 1, a + len(quote_a) + 10)),
        Attribution("Ana Lopez", "named", "said", "the repairs were on time", False, b - 42, b - 2),
        _quoted(body, "Ana Lopez", quote_b, "added", (b - 1, b + len(quote_b) + 12)),
    ]
    item = made_up(body, attributions=found, people=PEOPLE_OF_TOWN)
    first, second = who_said.generate(item, ())
    assert {answers(first)[0], answers(second)[0]} == {"Ana Lopez", "Tom Reed"}
    # Each key a distractor of the other, the first answered would give the second away.
    assert not (answers(first)[0] in second.choices and answers(second)[0] in first.choices)


def test_of_two_controls_the_one_with_words_enough_to_weigh_is_kept():
    # reading2: 'Who said "Witch Hunt garbage."?' had taken the place of Collins's whole sentence.
    short, whole = "Witch hunt garbage.", "Until the full council votes, nobody is conducting a formal inquiry."
    body = TOWN + f'Tom Reed called the inquiry "{short}" on Tuesday.\n\nSam Ortiz said, "{whole}"\n'
    found = [
        *_reported(body, "Ana Lopez", "Maria Perez"),
        _quoted(body, "Tom Reed", short, "called", (body.index("Tom"), body.index(short) + 30)),
        _quoted(body, "Sam Ortiz", whole, "said", (body.index("Sam"), len(body) - 1)),
    ]
    item = made_up(body, attributions=found, people=PEOPLE_OF_TOWN)
    (control,) = [q for q in who_said.generate(item, ()) if q.control]
    assert answers(control) == ["Sam Ortiz"]
