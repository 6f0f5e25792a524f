from quizgame.content.analysis.calibration import calibrate, lines
from quizgame.content.analysis.evaluation import Gold
from quizgame.content.analysis.model import ArticleAnalysis, UnsourcedClaim


def test_each_finding_is_scored_alone_into_the_band_of_its_confidence():
    gold = Gold(article="a", unsourced_claims=["The bridge closed on Monday"])
    analysis = ArticleAnalysis(
        article="a",
        unsourced_claims=[
            UnsourcedClaim("The bridge closed on Monday.", 0, 28, 0.92),
            UnsourcedClaim("The river is wide.", 29, 47, 0.72),
            UnsourcedClaim("Traffic was heavy.", 48, 66, 0.75),
        ],
    )
    bands = {round(b.low, 1): b for b in calibrate([(gold, analysis)])["unsourced_claims"]}
    assert (bands[0.9].predicted, bands[0.9].correct) == (1, 1)
    assert (bands[0.7].predicted, bands[0.7].correct) == (2, 0)
    assert bands[0.5].precision is None
    assert any("unsourced_claims" in line and "1.00 (1/1)" in line for line in lines(calibrate([(gold, analysis)])))


def test_speaker_agreement_counts_a_finding_right_only_when_speaker_and_kind_both_agree():
    from quizgame.content.analysis.calibration import agreement_lines, speaker_agreement
    from quizgame.content.analysis.model import Attribution

    gold = Gold(
        article="a",
        attributions=[
            {"speaker": "Ann Lee", "kind": "named", "quote": "the bridge is safe", "direct": True},
            {"speaker": "the ministry", "kind": "organization", "quote": "repairs start soon", "direct": False},
        ],
    )
    analysis = ArticleAnalysis(
        article="a",
        attributions=[
            Attribution("Ann Lee", "named", "said", "the bridge is safe", True, 0, 30, confidence=0.95),
            Attribution("the ministry", "document", "said", "repairs start soon", False, 31, 60, confidence=0.95),
            Attribution("Bob Ray", "named", "said", "nobody annotated this", False, 61, 90, confidence=0.95),
        ],
    )
    table = speaker_agreement([(gold, analysis)])
    named, document = table["named >=0.9 direct"], table["document >=0.9 indirect"]
    assert (named.predicted, named.right) == (1, 1)
    assert (document.found, document.speaker, document.right) == (1, 1, 0)  # right words and speaker, wrong kind
    assert table["named >=0.9 indirect"].found == 0
    assert any(
        line.startswith("named >=0.9 direct") and line.split()[-2:] == ["1.00", "1.000"]
        for line in agreement_lines(table)
    )
