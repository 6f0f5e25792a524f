"""Which sentences a question may show: whole sentences of the reporter's prose (kinds/readable.py)."""

from quizgame.content.kinds.readable import has_language_tag, in_blockquote, is_fragment, showable


def test_a_language_marker_makes_a_sentence_unshowable():
    body = "Miguel Ángel belongs to Aturem Eurovegas [ca] (Stop Eurovegas) to fight the casino plan."
    assert has_language_tag(body) and has_language_tag("a platform [pt-BR] for")
    assert not showable(body, 0, len(body))
    assert not has_language_tag("He said [the mayor] would resign.")


def test_pieces_a_splitter_cut_off_are_fragments():
    assert is_fragment("All except Karlos, who lived in Mexico some years and supported the Zapatista movement,")
    assert is_fragment("[ca] (Stop Eurovegas) to prevent the mogul from building a casino.")
    assert is_fragment("that is fighting for the approval of a law.")
    assert not is_fragment("Seattle officials clash with Trump on Twitter")  # a headline is whole
    assert not is_fragment("Lady Gaga fans have criticized the government's decision:")
    assert not is_fragment("“We will miss him,” said the director.")


def test_a_blockquoted_comment_is_not_the_reporters_prose():
    body = "Readers wrote angry comments:\n\n> There won't be any marches in Yerevan.\n\nThe police said nothing."
    quoted = body.index("There")
    assert in_blockquote(body, quoted) and not showable(body, quoted, body.index("\n\nThe"))
    plain = body.index("The police")
    assert not in_blockquote(body, plain) and showable(body, plain, len(body))


def test_an_editors_bracket_inside_a_sentence_makes_it_unshowable():
    body = "The status [by the police, notifying that the girl went missing] received 300 shares."
    assert not showable(body, 0, len(body))


def test_a_passage_in_another_language_is_not_shown_as_english_prose():
    from quizgame.content.kinds.readable import is_english

    assert not is_english(
        "Nós jovens não podemos nos calar. Expor ideias não quer dizer que seja do contra ou da oposição."
    )
    assert not is_english("@bejanmatur: Tum bunlar olurken butun gece ve gun roboskide top sesleri dinmedi.")
    assert is_english("We young people cannot silence ourselves; setting forth ideas does not mean to be against.")


def test_the_questions_and_answers_of_an_interview_are_speech_not_the_reporters_prose():
    from quizgame.content.kinds.readable import in_interview

    body = "Wikinews spoke to Dr Smith.\n\n((WN)) Why bones?\n\n((Jane Smith)) So they obviously had forethought.\n"
    assert not in_interview(body, 0)
    answer = body.index("So they")
    assert in_interview(body, answer) and not showable(body, answer, body.index("forethought.") + 12)


def test_a_photo_caption_is_not_a_sentence_of_the_story():
    from quizgame.content.kinds.readable import is_caption

    assert is_caption("Desi (left) and Raquel collecting signatures for ILP.")
    assert is_caption("Thumbnail image: TB Joshua.")
    assert is_caption("Bo Xilai portrayed as Greek mythology character Icarus, who tried to fly too close to the sun.")
    assert not is_caption("Bo Xilai was portrayed as a reformer by state media.")
    assert not is_caption("Police left the precinct on Monday.")


def test_a_line_set_among_photo_captions_is_a_caption_too():
    from quizgame.content.kinds.readable import showable

    body = "The fans came in costume.\n\nMulan from Mulan\n\nLots of kids got into the fun, too.\n\nNaruto\n"
    start = body.index("Lots")
    assert not showable(body, start, body.index("\n", start))
    prose = "Intro text here.\n\nSubheading\n\nThe vote was held on Monday.\n\nTurnout was low.\n"
    start = prose.index("The vote")
    assert showable(prose, start, prose.index("\n", start))
