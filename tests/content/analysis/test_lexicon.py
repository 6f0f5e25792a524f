from quizgame.content.analysis.lexicon import LEXICON_DIR, load_lexicon


def test_every_term_has_a_neutral_alternative_and_a_reason_and_the_file_names_its_sources():
    lexicon = load_lexicon()
    assert len(lexicon.terms) >= 50
    assert all(rule.neutral and rule.reason for rule in lexicon.terms)
    assert len(lexicon.sources) >= 2
    assert (LEXICON_DIR / "README.md").exists()


def test_no_word_is_entered_twice_for_the_same_part_of_speech():
    """Two entries for one word would give it two confidences and two reasons, and which one a
    reader sees would depend on the order of the file."""
    lexicon = load_lexicon()
    keys = [(rule.lemmas, tuple(sorted(rule.pos))) for rule in lexicon.terms]
    twice = sorted({" ".join(k[0]) for k in keys if keys.count(k) > 1})
    assert twice == []


def test_outlets_are_recognised_by_name_and_by_form():
    lexicon = load_lexicon()
    assert lexicon.outlet_kind("Seattle ABC affiliate KOMO") == "outlet"
    assert lexicon.outlet_name("Seattle ABC affiliate KOMO") == "KOMO"
    assert lexicon.outlet_kind("The Springfield Gazette") == "outlet"
    assert lexicon.outlet_kind("the local news outlet") == "outlet"
    assert lexicon.outlet_kind("Jenny Durkan") is None
