"""who_said_speaker: a speaker is keyed only when the student can find that person and no one else."""

from __future__ import annotations


def test_a_name_inside_the_quoted_words_is_no_rival_speaker():
    """reading4: Cindy Ferrer's '[Typhoon Phanfone is] like the younger sibling of Haiyan' had been
    dropped because the storm's name stood in her sentence; a name in the reporter's frame still is one."""
    from quizgame.content.analysis.model import Attribution
    from quizgame.content.kinds.who_said_speaker import sure_speaker
    from tests.content.kinds.helpers import made_up

    quote = "[Typhoon Ursa is] like the younger sibling of the last one, and it followed its path"
    for frame, sure in (("Ana Lopez, head of the office, said", True), ("Ana Lopez, beside Tom Reed, said", False)):
        body = f'{frame} "{quote}".\n'
        at = body.index(quote)
        said = Attribution("Ana Lopez", "named", "said", quote, True, at, at + len(quote), 0, len(body) - 1, 1.0)
        item = made_up(body, attributions=[said], people=["Ana Lopez", "Typhoon Ursa", "Tom Reed"])
        assert sure_speaker(item, said) is sure


def test_a_person_only_owning_something_in_the_frame_is_no_rival_speaker():
    # reading4: "Garry Kasparov ... utilized the botox meme to mock Putin's tears" is Kasparov's.
    from quizgame.content.kinds.who_said_speaker import only_owner

    assert only_owner("Lopez used the meme to mock Reed's tears.", "Reed")
    assert not only_owner("Lopez and Reed used the meme; Reed's tears flowed.", "Reed")
