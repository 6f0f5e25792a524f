from quizgame.content.analysis.evaluation import Gold
from quizgame.content.analysis.misses import speaker_misses
from quizgame.content.analysis.model import ArticleAnalysis, Attribution


def attribution(speaker: str, kind: str, quote: str) -> Attribution:
    return Attribution(speaker, kind, "said", quote, True, 0, 1)  # type: ignore[arg-type]


def test_words_found_with_another_speaker_are_listed_both_ways():
    gold = Gold(
        article="a",
        attributions=[{"speaker": ["Mary Okafor", "the minister"], "kind": "named", "quote": "we will rebuild"}],
    )
    analysis = ArticleAnalysis(
        article="a", attributions=[attribution("Tom Reyes", "named", "we will rebuild the bridge")]
    )
    lines = speaker_misses([(gold, analysis)])
    assert [line.split()[0] for line in lines] == ["credit", "speaker"]
    assert "'Tom Reyes' (named)" in lines[0] and "'Mary Okafor | the minister'" in lines[1]


def test_right_speaker_with_another_kind_is_a_kind_line_and_unfound_words_are_not_listed():
    gold = Gold(
        article="a",
        attributions=[
            {"speaker": "Okafor", "kind": "named", "quote": "we will rebuild"},
            {"speaker": "Reyes", "kind": "named", "quote": "never said by anyone here"},
        ],
    )
    analysis = ArticleAnalysis(
        article="a", attributions=[attribution("Mary Okafor", "organization", "we will rebuild")]
    )
    lines = speaker_misses([(gold, analysis)])
    assert len(lines) == 1 and lines[0].startswith("kind") and "(named)  got organization" in lines[0]
