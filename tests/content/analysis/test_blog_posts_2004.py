"""Blog posts of the plainest kind (a message copied as plain paragraphs, an essay of the blogger's own, a call to
the readers): forms found on fresh Global Voices posts (tests/data/reading9) and checked on invented posts of other
shapes. Every sentence here is invented."""

from tests.content.analysis.helpers import analyze_text


def unsourced(body: str) -> list[str]:
    return [c.text for c in analyze_text(body).unsourced_claims]


def found(body: str) -> list[tuple[str, str]]:
    return [(a.speaker, a.quote) for a in analyze_text(body).attributions]


def test_a_message_copied_under_a_lead_in_ending_on_its_verb_is_not_the_bloggers_claim():
    body = (
        "The fisheries blogger Tomas Ferreira has been following the dispute for months.\n\n"
        "On Monday, March 3, 2008, at 10:40 AM, Tomas Ferreira wrote:\n\n"
        "The port authority closed the northern dock in January. Forty boats lost their berths.\n\n"
        "The port authority reopened the northern dock on Friday."
    )
    claims = unsourced(body)
    assert not any("Forty boats" in c or "closed the northern dock" in c for c in claims)
    assert any("reopened the northern dock" in c for c in claims)  # the blogger's own again


def test_a_lead_in_that_names_a_topic_does_not_set_the_next_paragraph_apart():
    body = (
        "The council met on the budget:\n\n"
        "The council approved a budget of 12 million euros for the harbour on Tuesday."
    )
    assert any("12 million euros" in c for c in unsourced(body))


def test_a_sentence_that_introduces_a_list_states_nothing():
    body = "The organisers want a new host city. Four cities have applied:\n\n- Accra, Ghana\n- Lima, Peru\n"
    assert not any("Four cities have applied" in c for c in unsourced(body))


def test_a_hope_or_a_certainty_about_the_future_is_not_a_checkable_claim():
    assert unsourced("The new library will hopefully open to readers in the spring of 2026.") == []
    assert unsourced("Undoubtedly there will be more delegates at the next summit in Nairobi.") == []
    assert unsourced("The new library will open to readers in the spring of 2026.") != []


def test_writing_a_work_is_no_statement_however_the_clause_is_introduced():
    assert found("Ngozi Adeyemi has written a research paper on Lagos blogs as part of the festival programme.") == []
    assert found("There are signs that Omar Haddad may write a second essay on the same topic.") == []
    assert found("We hope Lina and Marco write up some of the ideas for the next meeting.") == []
    [(speaker, quote)] = found("Ngozi Adeyemi wrote that the festival had doubled in size.")
    assert speaker == "Ngozi Adeyemi" and "doubled in size" in quote


def test_a_document_that_seems_or_plays_a_role_says_nothing():
    assert found("Blogs often seem to be a forum for the young rather than a news source.") == []
    assert found("The new law plays an important role in the debate over housing.") == []
    [(speaker, quote)] = found("The audit appears to show that the fund lost money in 2019.")
    assert speaker == "The audit" and "lost money" in quote


def test_initials_and_a_surname_are_a_person_whatever_the_tagger_says():
    # the small model tags these runs an organisation
    [attribution] = analyze_text("E.O. Mensah said the reefs could be saved.").attributions
    assert (attribution.speaker, attribution.speaker_kind) == ("E.O. Mensah", "named")
    [attribution] = analyze_text("The reefs can be saved, R.O. Lindqvist wrote.").attributions
    assert (attribution.speaker, attribution.speaker_kind) == ("R.O. Lindqvist", "named")
    body = (
        "Complementing Lee's talk, E.O. Mensah spoke of the reefs, which he claims can be saved for 2 billion dollars."
    )
    assert [a.speaker for a in analyze_text(body).attributions] == ["E.O. Mensah"]
    [body_kind] = [a.speaker_kind for a in analyze_text("U.N. Habitat said the slums were growing.").attributions]
    assert body_kind == "organization"


def test_the_paragraph_under_a_lead_in_ending_on_its_verb_is_the_writers_quotation():
    body = (
        "Iranian blogger Sara Nouri is worried about threats against her.\n\n"
        "Nouri writes:\n\n"
        "I never took them seriously before, but this time I am concerned.\n\n"
        "Readers have offered her help."
    )
    assert found(body) == [("Sara Nouri", "I never took them seriously before, but this time I am concerned.")]
    [attribution] = analyze_text(body).attributions
    assert attribution.direct


def test_a_lead_in_ending_on_a_noun_or_introducing_a_list_quotes_nothing_plain():
    assert found("The blogger listed her demands:\n\n- a public inquiry\n- new rules for the police\n") == []
    assert found("The report has three parts:\n\nThe first part covers the budget for 2024.") == []


def test_a_blockquote_received_from_someone_is_the_senders():
    body = (
        "The campaign has a new plan. I received this in an email from Maria Lopez, which I think is a good start:\n\n"
        "> We will collect 10,000 signatures by May."
    )
    assert found(body) == [("Maria Lopez", "We will collect 10,000 signatures by May.")]
    body = "We got this message from Tomas Ferreira last night:\n\n> The dock will reopen on Friday."
    assert found(body) == [("Tomas Ferreira", "The dock will reopen on Friday.")]
    body = "The volunteers got help from the council:\n\n> We paid for the buses."
    assert [speaker for speaker, _ in found(body)] != ["the council"]  # help is no message
