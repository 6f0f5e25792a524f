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
