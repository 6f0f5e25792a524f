"""Hand-made analyses of the three seed articles, written by reading them: the generators' test input.

Every span is found in the article body by its exact text, so an offset can never drift from the
words it names. The findings follow the article as a careful reader would mark it up."""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from quizgame.content.analysis.model import (
    ArticleAnalysis,
    Attribution,
    LoadedTerm,
    Promo,
    Secondhand,
    Sentence,
    UnsourcedClaim,
)
from quizgame.content.articles import ArticleFile, read_article
from quizgame.content.kinds import Coverage
from quizgame.content.kinds.common import in_quotation, words

ARTICLES = Path(__file__).resolve().parents[3] / "content" / "articles"
ABC = "abc-news-2020-06-12-seattle-autonomous-zone"
DC = "daily-caller-2020-06-11-seattle-police-no-calls"
FOX = "fox-news-2020-06-13-seattle-chief-mayor-clash"


def find(body: str, text: str, within: tuple[int, int] | None = None) -> tuple[int, int]:
    low, high = within or (0, len(body))
    at = body.find(text, low, high)
    if at < 0:
        raise ValueError(f"not in the article: {text!r}")
    return at, at + len(text)


def split_sentences(body: str, skip: Iterable[tuple[int, int]]) -> list[Sentence]:
    """Paragraphs split after . ! ? (and a closing quotation mark) before a capital or an opening mark."""
    sentences = []
    for paragraph in re.finditer(r"[^\n]+", body):
        start = paragraph.start()
        for piece in re.split(r'(?<!Sen\.)(?<=[.!?])(?:["”’]?)\s+(?=["“A-Z])', paragraph.group()):
            at = body.find(piece, start)
            piece = piece.strip()
            at = body.find(piece, at)
            end = at + len(piece)
            start = end
            if not piece or any(s <= at < e for s, e in skip):
                continue
            in_quote = all(in_quotation(body, w.start) for w in words(body, at, end))
            sentences.append(Sentence(piece, at, end, in_quote))
    return sentences


def build(
    article: ArticleFile,
    promos: list[str],
    attributions: list[tuple[str, str, str, str, bool, str]],
    secondhand: list[tuple[str, str, str, str]],
    unsourced: list[str],
    loaded: list[tuple[str, str, str, str]],
    people: list[str],
) -> ArticleAnalysis:
    body = article.body
    promo_items = [Promo(t, *find(body, t)) for t in promos]
    sentences = split_sentences(body, [(p.start, p.end) for p in promo_items])
    found_attributions = []
    for speaker, kind, cue, quote, direct, sentence in attributions:
        span = find(body, sentence)
        find(body, quote, span)  # the quotation must be in its sentence
        found_attributions.append(Attribution(speaker, kind, cue, quote, direct, *span, *span))  # type: ignore[arg-type]
    found_secondhand = []
    for outlet, cue, claim, sentence in secondhand:
        found_secondhand.append(
            Secondhand(outlet, cue, claim, *find(body, claim, (find(body, sentence)[0], len(body))))
        )
    found_loaded = []
    for term, sentence, neutral, reason in loaded:
        anchor = find(body, sentence)
        whole = next(s for s in sentences if s.start <= anchor[0] < s.end)
        found_loaded.append(
            LoadedTerm(term, whole.text, neutral, reason, *find(body, term, anchor), whole.start, whole.end)
        )
    return ArticleAnalysis(
        article=article.slug,
        promos=promo_items,
        attributions=found_attributions,
        secondhand=found_secondhand,
        unsourced_claims=[UnsourcedClaim(t, *find(body, t)) for t in unsourced],
        loaded_terms=found_loaded,
        sentences=sentences,
        people=people,
    )


def abc() -> Coverage:
    article = read_article(ARTICLES / f"{ABC}.md")
    return Coverage(
        article,
        build(
            article,
            promos=[
                "This report was featured in the Friday, June 12, 2020, episode of “Start Here,” ABC News’ daily news podcast.",
                '"Start Here" offers a straightforward look at the day\'s top stories in 20 minutes. Listen for free every weekday on Apple Podcasts, Google Podcasts, Spotify, the ABC News app or wherever you get your podcasts.',
            ],
            attributions=[
                (
                    "Jim Fuda",
                    "named",
                    "told ABC News' Matt Gutman",
                    "never",
                    True,
                    "Jim Fuda, director of Law Enforcement Services for Crime Stoppers that works with Seattle Police, told ABC News' Matt Gutman that he's \"never\" seen a demonstration like this.",
                ),
                (
                    "one protester",
                    "anonymous",
                    "told ABC News",
                    "The people realize this building is the people's. We pay for it with our taxes. We just want to make sure it's used for the right things",
                    True,
                    '"The people realize this building is the people\'s. We pay for it with our taxes. We just want to make sure it\'s used for the right things," one protester told ABC News, adding that they\'ll occupy the area for "as long as it takes."',
                ),
                (
                    "Jenny Durkan",
                    "named",
                    "said",
                    "We are a city that demands strong accountability for our police department and for all police across America",
                    True,
                    '"We are a city that demands strong accountability for our police department and for all police across America," Seattle Mayor Jenny Durkan said at a press conference Thursday evening.',
                ),
                (
                    "Jenny Durkan",
                    "named",
                    "she added",
                    "It is now the Capitol Hill autonomous zone",
                    True,
                    '"It is now the Capitol Hill autonomous zone," she added.',
                ),
                (
                    "Carmen Best",
                    "named",
                    "what she called",
                    "one of the toughest times ever in the history of the Seattle Police Department",
                    True,
                    'Chief of Police Carmen Best addressed officers on Thursday about what she called "one of the toughest times ever in the history of the Seattle Police Department."',
                ),
                (
                    "Carmen Best",
                    "named",
                    "she said",
                    "You should know, leaving the precinct was not my decision. You fought for days to protect it.",
                    True,
                    '"You should know, leaving the precinct was not my decision. You fought for days to protect it. I asked you to stand on that line, day in and day out," she said.',
                ),
                (
                    "Carmen Best",
                    "named",
                    "said",
                    "the decision was made because they had",
                    False,
                    'Best said the decision was made because they had "solid information to believe that [an] anti-government group would destroy the precinct" once they left.',
                ),
                (
                    "Carmen Best",
                    "named",
                    "also said",
                    "police can't respond to calls in the neighborhood for other violent crimes",
                    False,
                    "She also said that now, as a result of their officers' vacancy, police can't respond to calls in the neighborhood for other violent crimes.",
                ),
                (
                    "Carmen Best",
                    "named",
                    "added",
                    "she has no plans to resign",
                    False,
                    "Best added Thursday afternoon she has no plans to resign.",
                ),
                (
                    "Donald Trump",
                    "social_media",
                    "the president wrote",
                    "This is not a game. These ugly Anarchists must be stopped IMMEDIATELY. MOVE FAST",
                    True,
                    '"This is not a game. These ugly Anarchists must be stopped IMMEDIATELY. MOVE FAST," the president wrote.',
                ),
                (
                    "Jenny Durkan",
                    "social_media",
                    "tweeting",
                    "Make us all safe. Go back to your bunker.",
                    True,
                    'Durkan fired back at Trump, tweeting: "Make us all safe. Go back to your bunker."',
                ),
                (
                    "Jenny Durkan",
                    "named",
                    "added",
                    "One of the things this president will never understand is that listening to community is not a weakness, it is a strength.",
                    True,
                    'In her press conference Thursday, Durkan added, "While I hate to give him airtime, I want to address President Trump\'s statements about Seattle. One of the things this president will never understand is that listening to community is not a weakness, it is a strength. I also want to be clear as I stated previously, it is unconstitutional and illegal to send military to Seattle."',
                ),
            ],
            secondhand=[
                (
                    "KOMO",
                    "according to",
                    "Best gave demonstrators concessions including a 30-day ban on officers' use of tear gas for crowd control",
                    "In an effort to de-escalate tensions with protestors, Best gave demonstrators concessions",
                ),
            ],
            unsourced=[
                "Local law enforcement officials have come under fire for tactics in recent weeks including the use of flash bangs and pepper spray on crowds, and there are currently 14,000 complaints against Seattle police.",
                "Protesters in Seattle have seized a six-block area to create an autonomous police-free zone outside the East precinct that was abandoned on Monday.",
            ],
            loaded=[
                (
                    "clash",
                    "Seattle officials clash with Trump",
                    "disagree",
                    "'clash' frames a disagreement as a fight.",
                ),
                (
                    "seized",
                    "Protesters in Seattle have seized a six-block area",
                    "took over",
                    "'seized' implies a forcible, illegitimate capture.",
                ),
                (
                    "abandoned",
                    "outside the East precinct that was abandoned on Monday",
                    "left",
                    "'abandoned' implies dereliction of duty where 'left' states the fact.",
                ),
                (
                    "come under fire",
                    "Local law enforcement officials have come under fire",
                    "been criticized",
                    "'under fire' frames criticism as an armed attack.",
                ),
                (
                    "fired back",
                    "Durkan fired back at Trump",
                    "responded",
                    "'fired back' frames a reply as gunfire in a fight.",
                ),
            ],
            people=["Jim Fuda", "Matt Gutman", "Jenny Durkan", "Carmen Best", "Donald Trump"],
        ),
    )


def daily_caller() -> Coverage:
    article = read_article(ARTICLES / f"{DC}.md")
    return Coverage(
        article,
        build(
            article,
            promos=[
                "(RELATED: Seattle Councilmember Says She Can’t Figure Out Why ‘Looting Bothers People’ When People Are ‘Dying Every Day)",
                "(RELATED: Activist Who Helped Create ‘Police No Go Zone‘ Complains When Food Is Stolen)",
            ],
            attributions=[
                (
                    "Deanna Nolette",
                    "named",
                    "told KOMO",
                    "The police are attempting to link up with the",
                    False,
                    "The police are attempting to link up with the “leaders” of the autonomous zone in order to make some kind of accommodation and bring police back into the area, Seattle Assistant Police Chief Deanna Nolette told KOMO.",
                ),
                (
                    "Deanna Nolette",
                    "named",
                    "reportedly said",
                    "police are not responding to calls for assistance",
                    False,
                    "Nolette reportedly said that police are not responding to calls for assistance.",
                ),
                (
                    "Deanna Nolette",
                    "named",
                    "said",
                    "Right now, we are on priority calls only, which means the people, city wide who need a police response are not receiving it",
                    True,
                    "“Right now, we are on priority calls only, which means the people, city wide who need a police response are not receiving it,” Nolette said.",
                ),
                (
                    "Deanna Nolette",
                    "named",
                    "claimed",
                    "the protesters are operating checkpoints with armed guards",
                    False,
                    "She claimed the protesters are operating checkpoints with armed guards.",
                ),
                (
                    "Deanna Nolette",
                    "named",
                    "said",
                    "While Washington is an open carry state, there is no legal right for those arms to be used to intimidate community members",
                    True,
                    "“While Washington is an open carry state, there is no legal right for those arms to be used to intimidate community members,” Nolette said.",
                ),
                (
                    "Deanna Nolette",
                    "named",
                    "told KOMO",
                    "We have heard anecdotally of citizens and businesses being asked to pay a fee to operate within this area, this is crime of extortion",
                    True,
                    "“We have heard anecdotally of citizens and businesses being asked to pay a fee to operate within this area, this is crime of extortion,” Nolette told KOMO.",
                ),
                (
                    "Raz Simone",
                    "named",
                    "told KOMO",
                    "the situation is serene",
                    False,
                    "Activist spokesman Raz Simone told KOMO that the situation is serene.",
                ),
                (
                    "Raz Simone",
                    "named",
                    "said",
                    "You look around its peaceful everyone is chill",
                    True,
                    "“You look around its peaceful everyone is chill,” said Raz Simone, who also denied there was any intimidation and “definitely no extortion, definitely nothing of that. We’ve invited people to come in.”",
                ),
            ],
            secondhand=[
                (
                    "KOMO News",
                    "reported",
                    "The area is called the Capitol Hill Autonomous Zone (CHAZ) by the forces who have occupied it",
                    "The area is called the Capitol Hill Autonomous Zone",
                ),
                (
                    "the City-Journal",
                    "according to",
                    "Antifa-affiliated groups and armed members of the far-left John Brown Gun Club seized control of the neighborhood",
                    "Antifa-affiliated groups",
                ),
            ],
            unsourced=[
                "The area is situated around the precinct that police abandoned Monday night as rioting engulfed the city.",
                "A Minneapolis police precinct went up in flames when protests, rioting and looting rocked that city in the wake of George Floyd’s death.",
                "Calls to abolish or defund the police have become a staple of protest across the nation and political dogma for Black Lives Matter who view the police as systemically racist.",
                "Republican Utah Sen. Mitt Romney marched June 7 in support of Black Lives Matter, leading to President Donald Trump’s derision Monday.",
            ],
            loaded=[
                (
                    "occupied",
                    "by the forces who have occupied it",
                    "gathered in",
                    "'occupied' casts protesters as an occupying force.",
                ),
                (
                    "far-left",
                    "armed members of the far-left John Brown Gun Club",
                    "left-wing",
                    "'far-left' pushes a group to the fringe.",
                ),
                (
                    "seized control",
                    "seized control of the neighborhood",
                    "took over",
                    "'seized' implies a forcible, illegitimate capture.",
                ),
                (
                    "abandoned",
                    "The area is situated around the precinct that police abandoned",
                    "left",
                    "'abandoned' implies dereliction of duty where 'left' states the fact.",
                ),
                (
                    "rioting engulfed the city",
                    "as rioting engulfed the city",
                    "protests spread through the city",
                    "'engulfed' exaggerates unrest as a force swallowing a whole place.",
                ),
                (
                    "rocked",
                    "looting rocked that city",
                    "took place in",
                    "'rocked' dramatizes events as a shock to a whole place.",
                ),
                (
                    "refusing",
                    "Nolette did not explain why police are refusing most calls",
                    "not answering",
                    "'refusing' says police choose not to help.",
                ),
                (
                    "claimed",
                    "She claimed the protesters are operating checkpoints",
                    "said",
                    "'claimed' casts doubt on the speaker where 'said' would report the statement neutrally.",
                ),
                (
                    "dogma",
                    "political dogma for Black Lives Matter",
                    "position",
                    "'dogma' dismisses a belief as unthinking.",
                ),
                (
                    "derision",
                    "President Donald Trump’s derision Monday",
                    "criticism",
                    "'derision' presents criticism as contempt.",
                ),
            ],
            people=["Deanna Nolette", "George Floyd", "Raz Simone", "Mitt Romney", "Donald Trump"],
        ),
    )


def fox() -> Coverage:
    article = read_article(ARTICLES / f"{FOX}.md")
    return Coverage(
        article,
        build(
            article,
            promos=[
                "JUDGE BANS SEATTLE POLICE FROM USING PEPPER SPRAY, TEAR GAS AMIDST ONGOING PROTESTS",
                "CLICK HERE FOR THE FOX NEWS APP",
            ],
            attributions=[
                (
                    "Carmen Best",
                    "named",
                    "has accused",
                    "the mayor of shirking her responsibilities",
                    False,
                    'Best has accused the mayor of shirking her responsibilities as an elected official and allowing protesters to oust police officers from a precinct located inside the 6-block radius now deemed a "cop free zone."',
                ),
                (
                    "Carmen Best",
                    "named",
                    "said",
                    "Yes, I have faith in the mayor",
                    True,
                    '“Yes, I have faith in the mayor," Best said.',
                ),
                (
                    "Jenny Durkan",
                    "named",
                    "the mayor said",
                    "I have confidence in the chief",
                    True,
                    "“I have confidence in the chief,” the mayor said.",
                ),
                (
                    "Carmen Best",
                    "named",
                    "she said",
                    "I am very angry about the situation that we have and at this point we just want to make sure that it gets resolved",
                    True,
                    "“I am very angry about the situation that we have and at this point we just want to make sure that it gets resolved,” she said.",
                ),
                (
                    "Jenny Durkan",
                    "named",
                    "the mayor said at a press conference",
                    "Lawfully gathering and expressing First Amendment rights, demanding we do better as a society, and providing true equity for communities of color is not terrorism. It’s patriotism",
                    True,
                    "“Lawfully gathering and expressing First Amendment rights, demanding we do better as a society, and providing true equity for communities of color is not terrorism. It’s patriotism,” the mayor said at a press conference.",
                ),
                (
                    "Jenny Durkan",
                    "named",
                    "she said in response",
                    "I don't know, we could have a summer of love",
                    True,
                    "\"I don't know, we could have a summer of love,” she said in response.",
                ),
                (
                    "Carmen Best",
                    "named",
                    "insisted",
                    "it wasn't her decision to abandon the precinct",
                    False,
                    "In a press conference Wednesday, Best insisted it wasn't her decision to abandon the precinct.",
                ),
                (
                    "Carmen Best",
                    "named",
                    "told reporters",
                    "You should know, leaving the precinct was not my decision",
                    True,
                    "“You should know, leaving the precinct was not my decision,” Best told reporters.",
                ),
                (
                    "Carmen Best",
                    "named",
                    "said",
                    "Our calls for service have more than tripled",
                    True,
                    "“Our calls for service have more than tripled,” Best said.",
                ),
            ],
            secondhand=[
                (
                    "Komo News",
                    "reported",
                    "was asked by a reporter if they had faith in each other",
                    "Best and Durkan appeared at a joint press conference on Thursday",
                ),
                (
                    "the local news outlet",
                    "reported",
                    "observers typified the exchange as tense and seemingly forced",
                    "But the local news outlet reported",
                ),
            ],
            unsourced=[
                "Attempts to identify the leaders of the organized demonstrations and negotiate a deal to allow officers back into the area have been unsuccessful.",
                "The two city officials have repeatedly given diverging messages over the ongoing situation in Seattle, compounding speculation of rising tensions behind closed doors.",
                "Officials from the East Precinct attempted to enter the precinct Thursday but were heckled by protesters demanding they stay out.",
            ],
            loaded=[
                (
                    "self-declared",
                    "the self-declared autonomous zone",
                    "declared",
                    "'self-declared' hints the claim is illegitimate.",
                ),
                (
                    "shirking",
                    "Best has accused the mayor of shirking",
                    "not meeting",
                    "'shirking' says she dodged a duty out of laziness or cowardice.",
                ),
                (
                    "oust",
                    "allowing protesters to oust police officers",
                    "remove",
                    "'oust' implies a forced, hostile removal.",
                ),
                (
                    "battened down",
                    "have battened down for almost a week",
                    "stayed",
                    "'battened down' pictures a siege.",
                ),
                (
                    "police brutality",
                    "decrying police brutality after",
                    "police violence",
                    "'brutality' passes a verdict the article does not source.",
                ),
                (
                    "behind closed doors",
                    "rising tensions behind closed doors",
                    "privately",
                    "'behind closed doors' hints at secrecy without a source.",
                ),
                (
                    "outrage",
                    "Durkan has drawn national outrage",
                    "criticism",
                    "'outrage' asserts an emotion on behalf of others without a source.",
                ),
                (
                    "lambasted",
                    "who has repeatedly lambasted her handling",
                    "criticized",
                    "'lambasted' exaggerates criticism into an attack.",
                ),
                (
                    "insisted",
                    "Best insisted it wasn't her decision",
                    "said",
                    "'insisted' suggests stubbornness or that the statement is contested.",
                ),
                (
                    "abandon",
                    "it wasn't her decision to abandon the precinct",
                    "leave",
                    "'abandon' implies dereliction of duty where 'leave' states the fact.",
                ),
            ],
            people=["Jenny Durkan", "Carmen Best", "George Floyd", "Donald Trump"],
        ),
    )


def seed_coverage() -> list[Coverage]:
    return [abc(), daily_caller(), fox()]
