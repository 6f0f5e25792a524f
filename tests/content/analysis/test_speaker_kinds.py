"""The kind of each speaker (named, anonymous, organization, outlet, document, social_media), as the gold
README defines them: answer keys of kind attribution_type are built from it. One rule a case."""

import pytest

from tests.content.analysis.helpers import analyze_text

RULES = [
    # reports no one is named as making are an unnamed source; 'the report' is a document one could look up
    pytest.param("Some reports suggest that the fire was set deliberately.", "anonymous", id="some-reports"),
    pytest.param("Initial reports indicate that the driver fled.", "anonymous", id="plural-reports"),
    pytest.param("Another report confirms that he asked for asylum.", "anonymous", id="another-report"),
    pytest.param("According to the reports, two women were injured.", "anonymous", id="the-reports"),
    pytest.param("The report said that he asked for asylum.", "document", id="the-report"),
    # document nouns, also in a plural the tagger lemmatises to a singular ('statistic')
    pytest.param("Police statistics show that crime rose last year.", "document", id="statistics"),
    pytest.param("According to her memoirs, she was happy in Paris.", "document", id="memoirs"),
    # outlets: a website named by its address, a news agency described before its name
    pytest.param("Foo.com reported that five men were killed.", "outlet", id="domain-name"),
    pytest.param(
        "State-owned news agency Tarn reported that the ministry issued warrants.", "outlet", id="news-agency"
    ),
    # a person with an assembly title
    pytest.param("Newly elected Assemblywoman Selma Torvin said the vote was historic.", "named", id="assemblywoman"),
    # a plain two-word name belonging to an organisation is a person, though the tagger reads it as part of it
    pytest.param("Nina Hollis of the National Crime Agency said criminals cannot hide.", "named", id="name-of-org"),
    pytest.param("The Rights Fund's Jacqueline De Lora said the law ignores the realities.", "named", id="orgs-name"),
    # an organisation whose last word names a kind of body is no person, though 'of' an organisation follows
    pytest.param(
        "The National Conference of State Legislatures said the session continues.", "organization", id="conference-of"
    ),
    pytest.param(
        "The European Union's electoral mission said the polls did not meet standards.", "organization", id="mission"
    ),
    # a person or an organisation speaking through a statement, a release, a letter: the document is the source
    pytest.param(
        'Ivan Petrov, president of Ruritania, said in a statement: "Many dates are tied to his name."',
        "document",
        id="said-in-a-statement",
    ),
    pytest.param(
        "In his statement, Prime Minister Ben Nathan found the air strike justified.", "document", id="in-his-statement"
    ),
    pytest.param(
        "Colbys, in its March 8 media release, reported that stores sell out within an hour.",
        "document",
        id="in-its-release",
    ),
    pytest.param("A statement from the group said about a thousand rebels took part.", "document", id="statement-from"),
    pytest.param("The mayor said on Twitter that the road is closed.", "social_media", id="post-keeps-its-kind"),
    # 'wrote' is a post when social media is named in its paragraph, the ones beside it or the opening one
    pytest.param(
        "Officials clashed with the president on Twitter.\n\nThe mayor spoke first.\n\n"
        '"Move fast," the president wrote.',
        "social_media",
        id="wrote-in-a-story-about-twitter",
    ),
    pytest.param(
        "The election is near.\n\nAnalysts are divided.\n\nVoters queued early.\n\n"
        "Blogger Kim Walt writes in his blog that the vote is a litmus test.\n\n"
        "Turnout was high.\n\nSome voters shared photos on Twitter.",
        "named",
        id="blogger-writes",
    ),
    # a reader commenting on a published story is a social-media comment; commenting on events is not
    pytest.param(
        'Commenting on the Watchdog story, Mufaro Wamala wrote: "The party will soon run out of cash."',
        "social_media",
        id="commenting-on-a-story",
    ),
    pytest.param(
        "Commenting on the radio communications, Captain Ann Rollins said the situation was confusing.",
        "named",
        id="commenting-on-events",
    ),
    # an outlet's report carries a person's words to it: the person speaks, not a document
    pytest.param(
        "In a News.com.au report, Dr Gary Morton, retail expert, said the stores fill the stock every night.",
        "named",
        id="in-an-outlets-report",
    ),
    # an outlet the lexicon knows with its article ('The Atlantic') is one without it too
    pytest.param(
        "According to a recent report by The Atlantic, the church keeps a database.", "outlet", id="report-by-an-outlet"
    ),
]


@pytest.mark.parametrize(("body", "kind"), RULES)
def test_speaker_kind(body, kind):
    [attribution] = analyze_text(body).attributions
    assert attribution.speaker_kind == kind


def test_a_website_keeps_its_address_as_the_speaker():
    [attribution] = analyze_text("Foo.com reported that five men were killed.").attributions
    assert attribution.speaker == "Foo.com"


def test_an_assembly_title_is_not_part_of_the_name():
    [attribution] = analyze_text("Newly elected Assemblywoman Selma Torvin said the vote was historic.").attributions
    assert attribution.speaker == "Selma Torvin"


def test_an_untagged_name_opening_with_a_given_name_or_holding_an_initial_is_a_person():
    from tests.content.analysis.helpers import analyze_text

    for body, name in [
        ("Johannes Tafadwa Chibamu writes that the sermon was too long.", "Johannes Tafadwa Chibamu"),
        ("B Shiva Parvathi said the crew had trained for months.", "B Shiva Parvathi"),
    ]:
        [attribution] = analyze_text(body).attributions
        assert (attribution.speaker, attribution.speaker_kind) == (name, "named")


def test_a_person_given_with_a_handle_speaks_on_social_media():
    from tests.content.analysis.helpers import analyze_text

    body = "Eliana Caraballo (@elianaca) argues that the festival belongs in Cartagena."
    [attribution] = analyze_text(body).attributions
    assert (attribution.speaker, attribution.speaker_kind) == ("Eliana Caraballo", "social_media")


def test_a_run_of_capitalised_words_with_no_given_name_stays_an_organisation():
    from tests.content.analysis.helpers import analyze_text

    body = "World Wonder Ring Stardom said that the match was cancelled."
    [attribution] = analyze_text(body).attributions
    assert attribution.speaker_kind != "named"


def test_a_given_name_after_a_title_of_a_department_starts_the_persons_name():
    from tests.content.analysis.helpers import analyze_text

    body = (
        "Officials, including the Minister of Interior Eli Rotberg, have spoken about the camps. "
        "Rotberg said that the camps would close."
    )
    [attribution] = [a for a in analyze_text(body).attributions if "camps would close" in a.quote]
    assert (attribution.speaker, attribution.speaker_kind) == ("Eli Rotberg", "named")


def test_a_particle_is_no_given_name_so_an_unlabelled_newspaper_is_no_person():
    from quizgame.content.analysis.lexicon import load_lexicon
    from quizgame.content.analysis.nlp import load_nlp
    from quizgame.content.analysis.person_names import untagged_name

    for text, person in [("Al Akhbar mentions it.", False), ("Eli Rotberg mentions it.", True)]:
        doc = load_nlp()(text)
        doc.ents = []  # as the tagger leaves some names: no label at all
        assert untagged_name(list(doc[0:2]), load_lexicon()) is person


def test_a_body_the_article_introduced_as_a_newspaper_is_an_outlet_when_it_speaks_later():
    from tests.content.analysis.helpers import analyze_text

    body = (
        "The ministry took a loan of 8 million euros, and daily Hirlapos covered the story on Monday. "
        "Hirlapos noted that the purchase appeared to bypass the defence ministry."
    )
    [attribution] = [a for a in analyze_text(body).attributions if "bypass" in a.quote]
    assert (attribution.speaker, attribution.speaker_kind) == ("Hirlapos", "outlet")


def test_a_statement_delivered_in_a_document_the_parser_hung_elsewhere_is_the_documents():
    from tests.content.analysis.helpers import analyze_text

    for body, cue in [
        (
            "In a press release issued the following day, the Ruritanian Ministry of Trade denounced the tariffs, "
            'calling them "unlawful".',
            "denounced",
        ),
        (
            "The embassy had closed, and advised citizens to leave the country at once in its security alert.",
            "advised",
        ),
    ]:
        kinds = {a.cue: a.speaker_kind for a in analyze_text(body).attributions}
        assert kinds[cue] == "document", body


def test_a_name_set_off_after_a_spokesman_is_a_person_and_an_authors_article_is_their_own_words():
    from tests.content.analysis.helpers import analyze_text

    body = "A spokesman for the army's 203 Harbour Corps, Aimal Khan Mohmand, told reporters the walls were damaged."
    [attribution] = analyze_text(body).attributions
    assert (attribution.speaker, attribution.speaker_kind) == ("Aimal Khan Mohmand", "named")
    body = (  # writing a history is making a work (deeds.py): what it says is the passage quoted after it
        "In an article published on a cartoon site, Gado wrote a history of cartoons in Africa:\n\n"
        "> With the introduction of multi-party politics in the 1990s, cartooning emerged as a growing profession.\n"
    )
    assert {a.speaker_kind for a in analyze_text(body).attributions} == {"named"}
