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


def test_buckets_and_expected_calibration_error_are_computed_by_bin_and_shape():
    from quizgame.content.analysis.calibration import bucket, calibration_lines, ece
    from quizgame.content.analysis.model import Attribution

    gold = Gold(
        article="a",
        attributions=[
            {"speaker": "Ann Lee", "quote": "the bridge is safe"},
            {"speaker": "Bob Ray", "quote": "announced his resignation"},
        ],
    )
    analysis = ArticleAnalysis(
        article="a",
        attributions=[
            Attribution("Ann Lee", "named", "said", "the bridge is safe", True, 0, 30, confidence=1.0),
            Attribution("Ann Lee", "named", "said", "nobody annotated this", True, 31, 60, confidence=0.9),
            Attribution("Bob Ray", "named", "announced", "announced his resignation", False, 61, 90, confidence=0.7),
        ],
    )
    table = bucket([(gold, analysis)])
    high, low = table[("attributions", "*", 0.9)], table[("attributions", "*", 0.7)]
    assert (high.n, high.correct, round(high.confidence, 2), high.articles) == (2, 1, 0.95, {"a"})
    assert (low.n, low.correct, low.confidence) == (1, 1, 0.7)
    assert table[("attributions", "act named", 0.7)].n == 1  # the content starts with the cue's verb
    assert table[("attributions", "direct named", 0.9)].n == 2
    # ECE: (2 * |0.95 - 0.5| + 1 * |0.7 - 1.0|) / 3
    n, error = ece(table, "attributions")
    assert n == 3 and abs(error - (2 * 0.45 + 0.3) / 3) < 1e-9
    assert ece(table, "promos") == (0, 0.0)
    assert calibration_lines(table, totals_only=True)[1].split()[:2] == ["attributions", "ECE"]


def test_recalibration_caps_the_act_shape_and_raises_weak_secondhand_and_changes_nothing_else():
    from quizgame.content.analysis.model import Attribution, Secondhand
    from quizgame.content.analysis.shapes import recalibrate, shape_of

    act = Attribution("Bob Ray", "named", "announced", "announced his resignation", False, 0, 30, confidence=1.0)
    body_act = Attribution("the council", "organization", "approved", "approved the plan", False, 31, 50)
    weak_act = Attribution("Bob Ray", "named", "announced", "announced a plan", False, 51, 70, confidence=0.5)
    quoted = Attribution("Ann Lee", "named", "said", "the bridge is safe", True, 71, 99, confidence=1.0)
    report = Secondhand("KOMO News", "reported", "the bridge closed", 100, 130, confidence=0.6)
    analysis = ArticleAnalysis(article="a", attributions=[act, body_act, weak_act, quoted], secondhand=[report])

    assert [shape_of("attributions", a) for a in analysis.attributions] == [
        "act named",
        "act organization",
        "act named",
        "direct named",
    ]
    result = recalibrate(analysis)
    assert [a.confidence for a in result.attributions] == [0.8, 0.7, 0.5, 1.0]
    assert result.secondhand[0].confidence == 0.8
    assert [(a.quote, a.speaker, a.start) for a in result.attributions] == [
        (a.quote, a.speaker, a.start) for a in analysis.attributions
    ]
