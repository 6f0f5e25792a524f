"""A blockquote's lead-in with no verb of saying gives the speaker by its subject, but a passive subject is what was
done, not who wrote the blockquote; an 'as explained on X' clause names who did (issue 13, styles9: the Kenyan
contest's rules, a site quoted on Uganda's oil policy)."""

from tests.content.analysis.helpers import analyze_text


def _speakers(body: str) -> list[str]:
    return [a.speaker for a in analyze_text(body).attributions if a.direct]


def test_a_passive_subject_did_not_write_the_rules_that_follow():
    body = (
        "A new poetry prize was handed out in Lagos on Friday.\n\n"
        "The finalists were chosen through the following process:\n\n"
        "> Each entry is read by two judges, who mark it without knowing the poet's name.\n"
    )
    assert all("finalists" not in speaker.lower() for speaker in _speakers(body))


def test_the_site_an_as_explained_on_clause_names_is_the_blockquotes_source():
    body = (
        "Ghana adopted its local content rules in 2010.\n\n"
        "In Peru, the same reform is being debated, as reported on the Lima Today website:\n\n"
        "> Congress will vote on the bill before the end of March.\n"
    )
    [speaker] = _speakers(body)
    assert "Lima Today" in speaker


def test_a_passive_that_makes_its_subject_speak_keeps_the_speaker():
    body = (
        "Schools in the north will lose a fifth of their budget next year.\n\n"
        "Education minister Ana Torres was asked about the cuts:\n\n"
        "> We will protect the schools that need it most.\n"
    )
    assert _speakers(body) == ["Ana Torres"]
