"""Wrong speakers read off the tuned folders, fixed from the parse and the document's form: a post relaying a
labelled speaker's words, a document that shows something inside another source's words. Sentences from the
articles where each was seen (styles4, styles5, styles6, devcorpus)."""

from tests.content.analysis.helpers import analyze_text


def speakers_of(body: str, words: str) -> set[tuple[str, str]]:
    return {(a.speaker, a.speaker_kind) for a in analyze_text(body).attributions if words in a.quote}


def _tweets(*lines: str) -> str:
    return "Both Egyptians and Arabs around the region were tweeting the candidates' replies:\n\n" + "\n\n".join(
        f"> {line}" for line in lines
    )


def test_a_post_relaying_a_named_candidates_words_credits_the_poster_and_the_candidate():
    body = (
        "The debate was between Amr Moussa and Abdel Moneim Aboul Fotouh.\n\n"
        "Regarding how they would have managed the Abbassiya events, Amr Moussa's reply was tweeted:\n\n"
        "> @SultanAlQassemi: On Abbaseya events - Amr Moussa: I didn't wait until I become president, I made calls"
        " & demanded police intervene #monazarat\n"
    )
    speakers = speakers_of(body, "I didn't wait until I become president")
    assert speakers == {("@SultanAlQassemi", "social_media"), ("Amr Moussa", "named")}


def test_after_a_handle_with_no_colon_only_a_person_the_article_names_is_a_label():
    body = (
        "The debate was between Amr Moussa and Abdel Moneim Aboul Fotouh.\n\n"
        "Regarding Israel, Aboul Fotouh had a clear reply, tweeted by Egyptian professor Rasha Abdullah:\n\n"
        "> @RashaAbdulla Aboul Fotouh: Israel is an enemy, with 200 nuclear heads and history of occupation\n\n"
        "Others were less kind:\n\n"
        "> @Rom Senakant: sad group of people... They thought they are fighting for just cause\n"
    )
    assert ("Abdel Moneim Aboul Fotouh", "named") in speakers_of(body, "Israel is an enemy")
    assert all(speaker.startswith("@") for speaker, _ in speakers_of(body, "sad group of people"))


def test_a_label_of_reports_inside_a_quoted_post_is_an_unnamed_source():
    body = (
        "Some such as Unzipped noted the timing of the move. "
        '"Ha! Reports: #Armenia president visited the site, hijacked #OccupyMashtotsPark & ordered dismantlement'
        ' of kiosks. How sweet #armelection #PR," the blogger commented on Twitter.'
    )
    assert ("Reports", "anonymous") in speakers_of(body, "president visited the site")


def test_a_headline_word_a_place_or_two_parties_before_a_colon_relay_no_one():
    body = _tweets(
        "@jays: BREAKING: Yankees closer Mariano Rivera injured during batting practice tonight",
        "@Borzou: Algeria: At election center in Larbatache outside Algiers city, very, very few voters",
        "@iyad_elbaghdadi: Abulfutouh vs. Mousa: The first puts democracy, sharia and then security",
        "@Nadesque: #Moussa : weak answers, strong attacks. #AbulFutouh : good answers, weak attacks.",
    )
    speakers = {(a.speaker, a.speaker_kind) for a in analyze_text(body).attributions}
    assert {("@jays", "social_media"), ("@Borzou", "social_media"), ("@iyad_elbaghdadi", "social_media")} <= speakers
    assert all(speaker.startswith("@") for speaker, _ in speakers)


def test_a_medical_test_proving_something_inside_a_statement_is_a_source_of_its_own():
    body = (
        "According to the joint statement issued by the Cambodian Ministry of Health and the World Health"
        " Organization, medical test conducted at the Pasteur Institute in Vietnam has proven that the young woman"
        " contracted the bird flu virus."
    )
    speakers = {speaker for speaker, _ in speakers_of(body, "the young woman contracted the bird flu virus")}
    assert "medical test" in speakers
    assert "Cambodian Ministry of Health" in speakers


def test_footage_showing_something_inside_a_report_is_a_source_of_its_own():
    body = (
        'Znak.com reported its source said "three terrorists" were killed in a firefight on Monday night, while'
        " footage from the scene showed the vehicle burn amid what sounds like gunfire."
    )
    assert ("footage", "document") in speakers_of(body, "the vehicle burn amid")


def test_what_someone_claims_results_show_is_still_only_their_claim():
    body = "Ana Ruiz claimed the current results show that the party lost the northern districts."
    assert {speaker for speaker, _ in speakers_of(body, "the party lost")} == {"Ana Ruiz"}
