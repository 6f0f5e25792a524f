from quizgame.content.analysis.promos import find_promos, mask_promos


def texts(body: str) -> list[str]:
    return [p.text for p in find_promos(body)]


def test_a_stray_date_token_is_a_promo_and_the_sentence_after_it_is_not():
    body = " date 2020-06-11 Seattle police say they are not responding to calls."
    promos = find_promos(body)
    assert [p.text for p in promos] == ["date 2020-06-11"]
    assert body[promos[0].start : promos[0].end] == "date 2020-06-11"


def test_an_inline_related_link_is_cut_out_of_its_paragraph():
    body = "Nolette told KOMO. (RELATED: Mayor Says Something Odd)\n\nNolette said more."
    assert texts(body) == ["(RELATED: Mayor Says Something Odd)"]


def test_app_plugs_and_capital_headlines_of_other_stories_are_promos():
    body = "The chief spoke.\n\nCLICK HERE FOR THE FOX NEWS APP\n\nJUDGE BANS POLICE FROM USING PEPPER SPRAY AMIDST PROTESTS\n\nShe left."
    assert texts(body) == ["CLICK HERE FOR THE FOX NEWS APP", "JUDGE BANS POLICE FROM USING PEPPER SPRAY AMIDST PROTESTS"]


def test_a_podcast_plug_is_a_promo():
    body = "The mayor spoke.\n\nThis report was featured in the Friday episode of \"Start Here,\" our daily news podcast."
    assert len(texts(body)) == 1


def test_reporting_that_mentions_a_podcast_or_an_acronym_is_not_a_promo():
    body = "The host said the podcast had been cancelled.\n\nNATO met.\n\nThe USA and the UK agreed."
    assert texts(body) == []


def test_masking_keeps_every_offset_and_line_break():
    body = "A.\n(RELATED: X Y)\nB."
    masked = mask_promos(body, find_promos(body))
    assert len(masked) == len(body)
    assert masked.count("\n") == 2
    assert "RELATED" not in masked
