from quizgame.content.analysis.quotes import QuoteIndex, find_quotes


def spans(text: str) -> list[str]:
    return [text[q.start : q.end] for q in find_quotes(text)]


def test_mixed_straight_and_curly_marks_pair_up():
    text = '“Yes, I have faith," Best said. "I’m standing here.”'
    assert spans(text) == ['“Yes, I have faith,"', '"I’m standing here.”']


def test_an_unclosed_quotation_ends_with_its_paragraph():
    text = '"First part of a long quotation.\n\nThe reporter resumes.'
    assert spans(text) == ['"First part of a long quotation.']


def test_the_index_answers_whether_an_offset_is_quoted():
    text = 'He said "stop now" and left.'
    index = QuoteIndex(find_quotes(text))
    assert index.containing(text.index("stop")) is not None
    assert index.containing(text.index("left")) is None
    assert index.inside(text.index('"'), text.index("and") - 1)
