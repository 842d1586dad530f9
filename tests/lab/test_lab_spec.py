"""The playground's Setup: defaults, every kind of bad input with its code, field and message in both languages,
the checks between fields, the session limits, and the choices offered to the page (PyTorch's defaults)."""

import inspect
import math

import pytest

from mldlab.i18n import language
from mldlab.lab.spec import DATASETS, Limits, Setup, SetupError, choices, validate_setup


def _error(data, limits=None, **options) -> SetupError:
    with pytest.raises(SetupError) as info:
        validate_setup(data, limits, **options)
    return info.value


def test_defaults_are_tensorflow_playgrounds_start():
    setup = Setup.defaults()
    assert setup.model_dump() == {
        "dataset": "circles", "noise": 0.1, "n_samples": 300, "test_ratio": 0.5, "seed": 0, "features": ["x1", "x2"],
        "hidden": [{"units": 4, "activation": "tanh"}] * 2, "output": "binary", "loss": "bce",
        "optimizer": {"name": "sgd", "weight_decay": 0.0}, "learning_rate": 0.03, "schedule": None, "batch_size": 10,
        "l1": 0.0, "l2": 0.0, "dropout": 0.0, "patience": None, "epochs": 1000}
    assert validate_setup(setup.model_dump()) == setup
    assert setup.n_train == 150


def test_a_partial_setup_is_merged_and_output_and_loss_follow_the_data_set():
    assert validate_setup({"dataset": "spirals"}).loss == "cross_entropy"
    setup = validate_setup({"dataset": "sine"})
    assert (setup.output, setup.loss, setup.features) == ("regression", "mse", ["x1"])
    base = validate_setup({"features": ["x1", "x2", "x1^2"], "learning_rate": 0.5})
    moved = validate_setup({"dataset": "polynomial"}, base=base)
    assert moved.features == ["x1", "x1^2"] and moved.learning_rate == 0.5
    assert validate_setup({"optimizer": {"name": "adam", "betas": [0.8, 0.9]}}).optimizer.betas == (0.8, 0.9)


@pytest.mark.parametrize(("data", "code", "field"), [
    ({"colour": "red"}, "setup_unknown", "colour"),
    ({"optimizer": {"name": "sgd", "momentum": 0.9}}, "setup_unknown", "optimizer.momentum"),
    ({"hidden": [{"units": 3, "activation": "relu", "bias": True}]}, "setup_unknown", "hidden.0.bias"),
    ({"learning_rate": "0.1"}, "setup_type", "learning_rate"),
    ({"learning_rate": True}, "setup_type", "learning_rate"),
    ({"hidden": [{"units": 3.5}]}, "setup_type", "hidden.0.units"),
    ({"batch_size": "10"}, "setup_type", "batch_size"),
    ({"features": "x1"}, "setup_type", "features"),
    ({"hidden": {"units": 3}}, "setup_type", "hidden"),
    ({"learning_rate": 0}, "setup_range", "learning_rate"),
    ({"learning_rate": 20}, "setup_range", "learning_rate"),
    ({"learning_rate": math.nan}, "setup_type", "learning_rate"),
    ({"learning_rate": math.inf}, "setup_type", "learning_rate"),
    ({"hidden": [{"units": 33}]}, "setup_range", "hidden.0.units"),
    ({"hidden": [{"units": 0}]}, "setup_range", "hidden.0.units"),
    ({"hidden": [{"units": 2}] * 9}, "setup_range", "hidden"),
    ({"test_ratio": 0.95}, "setup_range", "test_ratio"),
    ({"n_samples": 5}, "setup_range", "n_samples"),
    ({"features": []}, "setup_range", "features"),
    ({"dropout": 0.95}, "setup_range", "dropout"),
    ({"seed": -1}, "setup_range", "seed"),
    ({"optimizer": {"name": "adam", "betas": [0.9, 1.0]}}, "setup_range", "optimizer.betas.1"),
    ({"noise": 1.5}, "setup_range", "noise"),
    ({"dataset": "iris"}, "setup_choice", "dataset"),
    ({"hidden": [{"activation": "swish"}]}, "setup_choice", "hidden.0.activation"),
    ({"optimizer": {"name": "lbfgs"}}, "setup_choice", "optimizer"),
    ({"features": ["x1", "x3"]}, "setup_choice", "features.1"),
    ({"schedule": {"name": "step", "step_size": 0}}, "setup_range", "schedule.step_size"),
    ({"optimizer": {}}, "setup_missing", "optimizer"),
    ({"output": "multiclass", "loss": "cross_entropy"}, "setup_output", "output"),
    ({"loss": "cross_entropy"}, "setup_loss", "loss"),
    ({"features": ["x1", "x1"]}, "setup_features", "features"),
    ({"dataset": "sine", "features": ["x1", "x2"]}, "setup_features", "features"),
    ({"batch_size": 151}, "setup_batch", "batch_size"),
])
def test_bad_setups_name_the_field_in_both_languages(data, code, field):
    english = _error(data)
    assert (english.code, english.field) == (code, field)
    assert english.as_dict() == {"code": code, "message": english.message, "field": field}
    with language("ko"):
        korean = _error(data)
    assert korean.code == code and korean.message != english.message
    assert any("가" <= ch <= "힣" for ch in korean.message), korean.message


def test_messages_show_the_value_and_what_is_allowed():
    message = _error({"learning_rate": 20}).message
    assert "20" in message and "10" in message and "learning_rate" in message
    assert "weight_decay" in _error({"optimizer": {"name": "sgd", "momentum": 0.9}}).message
    assert "'relu'" in _error({"hidden": [{"activation": "swish"}]}).message
    assert "pass_exam" in _error({"dataset": "iris"}).message


def test_a_body_that_is_not_an_object_is_refused():
    assert _error([1, 2]).code == "setup_type"
    assert _error(None).field is None


def test_noise_may_reach_three_for_the_pass_exam_only():
    assert validate_setup({"dataset": "pass_exam", "noise": 3.0}).noise == 3.0
    assert _error({"dataset": "moons", "noise": 3.0}).field == "noise"


def test_limits_narrow_the_setup():
    limits = Limits(max_layers=2, max_units=8, max_epochs=100, max_samples=200)
    fits = {"n_samples": 200, "epochs": 100}
    assert _error({**fits, "hidden": [{"units": 16}]}, limits).field == "hidden.0.units"
    assert _error({**fits, "hidden": [{"units": 2}] * 3}, limits).code == "setup_limit"
    assert _error({**fits, "epochs": 500}, limits).field == "epochs"
    assert _error({**fits, "n_samples": 300}, limits).field == "n_samples"
    assert validate_setup({"n_samples": 200, "epochs": 100, "hidden": [{"units": 8}]}, limits).epochs == 100
    with pytest.raises(ValueError):
        Limits(max_units=64)


def test_choices_describe_every_data_set_in_both_languages():
    offered = choices()
    names = [d["name"] for d in offered["datasets"]]
    assert names == list(DATASETS) + ["upload"]
    sine = offered["datasets"][names.index("sine")]
    assert sine["task"] == "regression" and sine["inputs"] == 1 and sine["label_ko"] != sine["label_en"]
    assert offered["outputs"]["multiclass"] == ["cross_entropy"]
    assert offered["setup"] == Setup.defaults().model_dump()


def test_optimizer_choices_have_pytorchs_names_and_defaults(torch):
    classes = {"sgd": torch.optim.SGD, "momentum": torch.optim.SGD, "nesterov": torch.optim.SGD,
               "adagrad": torch.optim.Adagrad, "adadelta": torch.optim.Adadelta, "rmsprop": torch.optim.RMSprop,
               "adam": torch.optim.Adam}
    offered = {o["name"]: o["hyperparameters"] for o in choices()["optimizers"]}
    assert set(offered) == set(classes)
    for name, options in offered.items():
        signature = inspect.signature(classes[name]).parameters
        for option in options:
            assert option["name"] in signature, (name, option["name"])
            default = signature[option["name"]].default
            expected = 0.9 if option["name"] == "momentum" and name in ("momentum", "nesterov") else default
            assert option["default"] == (list(expected) if isinstance(expected, tuple) else expected), (name, option)
    adam = {o["name"]: o for o in offered["adam"]}
    assert adam["eps"]["min"] == 0.0 and adam["betas"]["max"] == 1.0
