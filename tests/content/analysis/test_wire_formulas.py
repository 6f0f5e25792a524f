"""Wire-service formulas on politics, courts, crime and business, in invented sentences (issue 13: the analysis
must hold on news nobody tuned it on). Each case recurred in at least two invented reports."""

from __future__ import annotations

import pytest

from tests.content.analysis.helpers import analyze_text, pairs


def _cues(body: str) -> list[str]:
    return [a.cue for a in analyze_text(body).attributions]


def _unsourced(body: str) -> list[str]:
    return [c.text for c in analyze_text(body).unsourced_claims]


@pytest.mark.parametrize(
    "body",
    [
        "Britain's transport minister resigned after it emerged that she had claimed thousands of pounds in "
        "expenses for a second home.",
        "Records show that the minister had claimed more than 40,000 pounds over three years.",
        "The governor's campaign has claimed more than $12 million in donations since the drive began.",
        "Former employees have claimed damages of more than $5 million in a separate civil lawsuit.",
    ],
)
def test_claiming_a_sum_or_a_payment_is_no_statement(body: str) -> None:
    # 'claim' with money or a payment as its object takes it; 'claimed responsibility' still speaks
    assert "claimed" not in _cues(body)


@pytest.mark.parametrize(
    "body",
    [
        "A federal judge on Monday denied a motion by lawyers for the executive to postpone his fraud trial.",
        "She also denied the defendant's request to travel to Singapore for a family wedding.",
        "The court also denied bail to a co-defendant, Sean Morrow.",
        "A judge last year denied the airline's request to dismiss a class-action lawsuit brought by passengers.",
    ],
)
def test_denying_a_request_is_a_ruling_the_reporter_states(body: str) -> None:
    assert "denied" not in _cues(body)
    assert _unsourced(body)  # the court's act, told in the reporter's voice


def test_denying_wrongdoing_and_claiming_responsibility_still_speak() -> None:
    assert "denied" in _cues("The former mayor has denied wrongdoing.")
    assert "claimed" in _cues("A militant group claimed responsibility for the attack on Sunday.")


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            'Prosecutors said in a filing that Rourke had lied to investors. "He knew the money was gone," '
            "Assistant U.S. Attorney Nina Shah told the court at a hearing in June.",
            "Nina Shah",
        ),
        (
            '"He knew the money was gone," Nina Shah told the court.\n\n"The ruling is wrong," U.S. District '
            "Judge Amy Foster wrote.",
            "Amy Foster",
        ),
    ],
)
def test_the_point_of_an_abbreviation_in_a_title_ends_no_sentence(body: str, speaker: str) -> None:
    # 'U.S.' between the quotation and its cue is no full stop: the quotation is the titled speaker's
    assert pairs(body)[-1][0] == speaker


@pytest.mark.parametrize(
    ("body", "quote"),
    [
        (
            'Neighbours said they heard an explosion shortly after 2 a.m. "The whole sky was orange," said Linda '
            "Park, who lives across the street.",
            "The whole sky was orange",
        ),
        (
            'The polls close at 8 p.m. "Every vote will count," the secretary of state, Laura Kim, told reporters.',
            "Every vote will count",
        ),
    ],
)
def test_a_time_ending_a_sentence_ends_it_before_a_quotation(body: str, quote: str) -> None:
    found = [q for _, q in pairs(body) if "orange" in q or "vote" in q]
    assert found == [quote]


@pytest.mark.parametrize(
    ("body", "speaker", "quote"),
    [
        ('"I told the police about it," Delgado said. "Nobody listened."', "Delgado", "Nobody listened."),
        (
            '"It was a nightmare," said Kevin Doyle, a passenger from Denver. "Nobody helped."',
            "Kevin Doyle",
            "Nobody helped.",
        ),
        ('Asked whether he would debate his challengers, Ellison said: "Absolutely."', "Ellison", "Absolutely."),
    ],
)
def test_a_short_quotation_that_is_a_whole_sentence_is_speech(body: str, speaker: str, quote: str) -> None:
    assert any(speaker in who and said == quote for who, said in pairs(body))


def test_a_quoted_title_after_entitled_is_no_speech() -> None:
    body = (
        'Christophe Cassiau-Haurie tells us in an article on africultures.com entitled "La caricature à Maurice, '
        "170 ans d'histoire\" that cartoons have a long history there."
    )
    assert not any("caricature" in q for _, q in pairs(body))


@pytest.mark.parametrize(
    ("body", "start"),
    [
        (
            "Shares in SkyLink fell 2 percent, while the wider market rose 1 percent, according to market data.\n\n"
            "Analysts said the fall was small.",
            "Shares in SkyLink",
        ),
        (
            "Sales of electric vehicles in Europe rose 14 percent last year, while sales of petrol cars fell 9 percent, "
            "according to industry data.\n\nThe company said it would adapt.",
            "Sales of electric vehicles",
        ),
    ],
)
def test_according_to_at_the_end_sources_the_whole_sentence(body: str, start: str) -> None:
    quotes = [a.quote for a in analyze_text(body).attributions if a.cue == "according to"]
    assert len(quotes) == 1 and quotes[0].startswith(start)


@pytest.mark.parametrize(
    "body",
    [
        "Witnesses said Rourke often boasted about his connections in Washington.",
        "Colleagues said the senator often complained about the schedule.",
    ],
)
def test_a_verb_inside_a_reported_clause_does_not_take_its_source_as_words(body: str) -> None:
    quotes = [q for _, q in pairs(body)]
    assert not any(q.endswith("said") for q in quotes)
    assert len(quotes) == 1


def test_what_a_statement_says_is_its_that_clause_however_the_parser_hangs_it() -> None:
    # the small model hangs the that-clause on 'statement' here, not on 'said'
    found = analyze_text("West Yorkshire Police said in a statement that the arrested man remained in custody.")
    assert [(a.speaker, a.quote) for a in found.attributions] == [
        ("West Yorkshire Police", "that the arrested man remained in custody")
    ]
    # a relative clause about the statement says nothing of what it holds
    assert analyze_text("The agency said in a statement that was released on Friday.").attributions == []


def test_a_verb_of_saying_seen_or_heard_being_done_is_no_statement() -> None:
    assert analyze_text("Neighbours heard the couple shouting late at night.").attributions == []
    found = analyze_text("A witness told the Post that she saw two groups arguing before the attack.")
    assert [(a.speaker, a.quote) for a in found.attributions] == [
        ("A witness", "that she saw two groups arguing before the attack")
    ]
    # what the person seen was saying is still theirs
    found = analyze_text("Residents saw the mayor arguing that the plan would fail.")
    assert [(a.speaker, a.quote) for a in found.attributions] == [("the mayor", "that the plan would fail")]
