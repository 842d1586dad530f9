"""No silent wrong result: data and targets that would train, evaluate or scale into nonsense get a clear error."""

import warnings

import numpy as np
import pytest

import mldlab
from mldlab import nn
from mldlab.data import MinMaxScaler, StandardScaler, train_test_split
from mldlab.train import Model, TrainingDiverged, metrics

X = np.random.default_rng(0).normal(size=(12, 2)).astype(np.float32)
Y01 = np.array([0, 1] * 6)


def _model(loss="binary_crossentropy", outputs=1, last=None, metrics_=("accuracy",)):
    layers = [nn.Linear(2, outputs)] + ([last] if last is not None else [])
    model = Model(nn.Sequential(*layers))
    model.compile(optimizer="sgd", loss=loss, metrics=list(metrics_))
    return model


def _fails(call, error, english, korean):
    """The call fails with ``error``, in English and in Korean."""
    with pytest.raises(error, match=english):
        call()
    mldlab.set_language("ko")
    with pytest.raises(error, match=korean):
        call()
    mldlab.set_language("en")


def _fit(model, x=X, y=Y01, **options):
    return model.fit(x, y, batch_size=4, epochs=2, verbose=0, **options)


@pytest.mark.parametrize("labels, high", [([1, 2], "2"), ([-1, 1], "1")])
@pytest.mark.parametrize("last", [None, nn.Sigmoid()])
def test_binary_crossentropy_with_labels_other_than_0_and_1(labels, high, last):
    y = np.array(labels * 6)
    model = _model(last=last)
    weights = model.get_weights()
    _fails(lambda: _fit(model, y=y), ValueError,
           rf"binary_crossentropy needs targets between 0 and 1 .* labels {labels[0]}, {labels[1]}\. .*"
           rf"y = \(y == {high}\)\.astype\(int\)", "0과 1 사이")
    _fails(lambda: model.evaluate(X, y, verbose=0), ValueError, "needs targets between 0 and 1", "0과 1 사이")
    for before, after in zip(weights, model.get_weights()):
        np.testing.assert_array_equal(before, after)  # nothing was trained


def test_soft_binary_targets_between_0_and_1_are_fine():
    _fit(_model(metrics_=()), y=np.linspace(0, 1, 12))  # (BinaryAccuracy would refuse them: not classes)


@pytest.mark.parametrize("loss, last", [("sparse_categorical_crossentropy", None),
                                        ("sparse_categorical_crossentropy", nn.Softmax(dim=1)),
                                        ("categorical_crossentropy", None),
                                        ("categorical_crossentropy", nn.Softmax(dim=1))])
def test_a_negative_class_label_is_not_the_last_class(loss, last):
    y = np.array([0, 1, 2, -1] * 3)
    _fails(lambda: _fit(_model(loss, 3, last), y=y), ValueError,
           r"needs class labels 0 … C−1, got -1 \(y\[3\]\)\. A negative label is not \"the last class\"",
           "음수 레이블")


def test_a_class_label_beyond_the_outputs():
    y = np.array([0, 1, 2, 3] * 3)
    _fails(lambda: _fit(_model("categorical_crossentropy", 3, nn.Softmax(dim=1)), y=y), ValueError,
           r"got class label 3, but the network gives 3 scores per sample \(labels 0 … 2\)", "점수 3개")
    with pytest.raises(IndexError, match="class index 3, but the input has 3 classes"):
        _fit(_model("sparse_categorical_crossentropy", 3), y=y)


def test_a_loss_objects_ignore_index_stays_allowed():
    model = Model(nn.Linear(2, 3))
    model.compile(optimizer="sgd", loss=nn.CrossEntropyLoss(ignore_index=-1))
    _fit(model, y=np.array([0, 1, 2, -1] * 3))


def test_class_labels_that_are_not_whole_numbers():
    _fails(lambda: _fit(_model("sparse_categorical_crossentropy", 3), y=np.array([0, 1, 1.5, 2] * 3)), ValueError,
           r"must be class labels 0 … C−1 \(whole numbers\), got values like 1\.5", "클래스 번호")


@pytest.mark.parametrize("where, array, name", [
    ("x", "x", r"x\[3, 1\] = nan"),
    ("y", "y", r"y\[5\] = inf"),
    ("val_x", "validation_data\\[0\\]", r"validation_data\[0\]\[0, 0\] = -inf"),
    ("val_y", "validation_data\\[1\\]", r"validation_data\[1\]\[2\] = nan"),
])
def test_nan_and_infinity_in_the_data_are_named_before_training(where, array, name):
    x, y, x_val, y_val = X.copy(), Y01.astype(np.float64), X[:4].copy(), np.array([0.0, 1.0, 0.0, 1.0])
    {"x": lambda: x.__setitem__((3, 1), np.nan), "y": lambda: y.__setitem__(5, np.inf),
     "val_x": lambda: x_val.__setitem__((0, 0), -np.inf), "val_y": lambda: y_val.__setitem__(2, np.nan)}[where]()
    model = _model()
    _fails(lambda: _fit(model, x=x, y=y, validation_data=(x_val, y_val)), ValueError,
           rf"fit: {array} contains a value that is not a finite number: {name} \(1 of \d+ values",
           "유한한 수가 아닌 값")
    with pytest.raises(ValueError) as error:
        _fit(model, x=x, y=y, validation_data=(x_val, y_val))
    assert not isinstance(error.value, TrainingDiverged) and "learning rate" not in str(error.value)


def test_nan_in_evaluate_and_predict_inputs():
    x = X.copy()
    x[2, 0] = np.nan
    _fails(lambda: _model().evaluate(x, Y01, verbose=0), ValueError, r"evaluate: x .* x\[2, 0\] = nan", "유한한")
    _fails(lambda: _model().predict(x), ValueError, r"predict: x .* x\[2, 0\] = nan", "유한한")


def test_divergence_is_still_reported_as_divergence():
    model = Model(nn.Linear(2, 1))
    model.compile(optimizer=mldlab.optim.SGD(model.module.parameters(), lr=1e30), loss="mse")
    with pytest.raises(TrainingDiverged, match="learning rate"):
        model.fit(X * 1e10, np.ones(12) * 1e10, batch_size=4, epochs=3, verbose=0)


def test_values_too_large_for_float32_are_an_error_not_infinity():
    big = X.astype(np.float64)
    big[4, 1] = 1e39
    _fails(lambda: _fit(_model(), x=big), ValueError,
           r"fit: x has values too large for float32 \(largest 3\.403e\+38\): x\[4, 1\] = 1e\+39", "float32로")
    _fails(lambda: _fit(_model("mse", metrics_=()), y=np.full(12, -1e40)), ValueError, r"y\[0\] = -1e\+40",
           "float32로")
    model = Model(nn.Linear(2, 1).double())  # a float64 network takes them
    model.compile(optimizer="sgd", loss="mse")
    assert model.predict(big).dtype == np.float64 and np.isfinite(model.predict(big)[:4]).all()


def test_one_class_training_data_warns():
    with pytest.warns(UserWarning, match=r"all 12 training targets are the same class \(1\)"):
        _fit(_model(), y=np.ones(12))
    with pytest.warns(UserWarning, match="same class"):
        _fit(_model("sparse_categorical_crossentropy", 3), y=np.full(12, 2))
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        _fit(_model())  # two classes: no warning
        _fit(_model("mse", metrics_=()), y=np.ones(12))  # regression: a constant target is not a class


@pytest.mark.parametrize("initial_epoch", [-1, 2, 5, 1.0, True, "0"])
def test_initial_epoch_outside_0_to_epochs_minus_1(initial_epoch):
    _fails(lambda: _fit(_model(), initial_epoch=initial_epoch), ValueError,
           r"initial_epoch must be a whole number from 0 to epochs − 1 = 2 − 1", "initial_epoch는")


def test_initial_epoch_counts_the_epochs_run():
    history = _model().fit(X, Y01, epochs=5, initial_epoch=3, verbose=0)
    assert history.epoch == [3, 4]


@pytest.mark.parametrize("y, output, loss", [(Y01, 2, "binary_crossentropy"), (np.ones((12, 2)), 1, "mse"),
                                             (np.eye(3)[Y01][:, :2], 3, "categorical_crossentropy")])
def test_targets_whose_shape_does_not_match_the_outputs(y, output, loss):
    _fails(lambda: _fit(_model(loss, output, metrics_=()), y=y), ValueError,
           rf"{loss} got targets of shape \(\d+, ?\d*\) for outputs of shape \(4, {output}\)", "모양이 같아야")


def test_categorical_targets_must_be_probabilities():
    y = np.eye(3)[np.array([0, 1, 2] * 4)] * 2
    _fails(lambda: _fit(_model("categorical_crossentropy", 3), y=y), ValueError, "needs targets between 0 and 1",
           "0과 1 사이")


def test_a_dataloader_with_y_or_validation_split():
    from mldlab.data import DataLoader, TensorDataset

    loader = DataLoader(TensorDataset(X, Y01), batch_size=4)
    _fails(lambda: _model().fit(loader, Y01, verbose=0), ValueError, "x is a DataLoader, which gives the targets",
           "DataLoader")
    _fails(lambda: _model().fit(loader, validation_split=0.2, verbose=0), ValueError, "validation_split=0.2",
           "DataLoader")
    _fails(lambda: _model().fit(loader, batch_size=16, verbose=0), ValueError,
           r"x is a DataLoader, which makes its own batches \(its batch_size is 4\); got batch_size=16", "DataLoader")
    _fails(lambda: _model().evaluate(loader, batch_size=16, verbose=0), ValueError, "evaluate: x is a DataLoader",
           "DataLoader")
    _fails(lambda: _model().fit(DataLoader(TensorDataset(X), batch_size=4), verbose=0), ValueError,
           r"each batch of the DataLoader must be a pair \(x, y\)", "쌍이어야")


def test_dataloader_batches_are_checked_like_arrays():
    from mldlab.data import DataLoader, TensorDataset

    y = np.array([0, 1, 2] * 4)
    with pytest.raises(ValueError, match="needs targets between 0 and 1"):
        _model().fit(DataLoader(TensorDataset(X, y), batch_size=4), verbose=0)


def test_set_weights_refuses_what_would_be_cast_silently():
    model = _model()
    weights = model.get_weights()
    _fails(lambda: model.set_weights([np.full((1, 2), np.nan), weights[1]]), ValueError,
           r"weights\[0\] contains a value that is not a finite number", "유한한")
    _fails(lambda: model.set_weights([np.full((1, 2), 1e39), weights[1]]), ValueError,
           r"weights\[0\] has values too large for float32", "float32로")
    _fails(lambda: model.set_weights([np.array([["a", "b"]]), weights[1]]), ValueError,
           r"weights\[0\] must hold numbers", "숫자가")
    _fails(lambda: model.set_weights(dict(model.module.state_dict())), TypeError, "expected a list of arrays",
           "리스트")
    for before, after in zip(weights, model.get_weights()):
        np.testing.assert_array_equal(before, after)


def test_compile_metrics_as_a_lone_string_like_keras():
    _fails(lambda: Model(nn.Linear(2, 1)).compile(loss="mse", metrics="mae"), TypeError,
           r"metrics must be a list, got str 'mae'\. Hint: metrics=\['mae'\]", "리스트")


@pytest.mark.parametrize("labels", [[1, 2, 2, 1], [-1, 1, 1, -1]])
def test_accuracy_of_probabilities_against_labels_other_than_0_and_1(labels):
    _fails(lambda: metrics.accuracy_score(labels, [0.2, 0.9, 0.8, 0.1]), ValueError,
           "y_true must hold the two classes 0 and 1", "0과 1만")
    assert metrics.accuracy_score(labels, labels) == 1.0  # labels against labels are fine


def test_metrics_refuse_infinity_like_scikit_learn(skm):
    with pytest.raises(ValueError):
        skm.mean_squared_error([1.0, 2.0], [1.0, np.inf])
    _fails(lambda: metrics.mean_squared_error([1.0, 2.0], [1.0, np.inf]), ValueError,
           r"y_pred contains a value that is not a finite number: y_pred\[1\] = inf", "유한한")


def test_scalers_do_not_overflow_silently():
    _fails(lambda: MinMaxScaler().fit(np.array([[-3e38], [3e38]], np.float32)), ValueError,
           "too large for float32", "너무 큽니다")
    scaler = StandardScaler().fit(np.array([[0.0], [1e-30]], np.float32))
    _fails(lambda: scaler.transform(np.array([[1e10]], np.float32)), ValueError,
           r"the result has values too large for float32: \[0, 0\] = inf", "나타낼 수 없을")


def test_train_test_split_never_returns_an_empty_part_or_mismatched_strata(skm):
    from sklearn.model_selection import train_test_split as sk_split

    X10, y10 = np.arange(20).reshape(10, 2), np.arange(10) % 2
    with pytest.raises(ValueError):
        sk_split(X10, y10, test_size=0.99)
    _fails(lambda: train_test_split(X10, y10, test_size=0.99), ValueError, "the training part would be empty",
           "학습 부분")
    _fails(lambda: train_test_split(X10, y10, stratify=y10[:5]), ValueError, "stratify has 5 labels but",
           "레이블은 5개")
    rare = np.r_[y10[:9], 2]
    with pytest.raises(ValueError, match="least populated"):
        sk_split(X10, rare, stratify=rare, random_state=0)
    _fails(lambda: train_test_split(X10, rare, stratify=rare), ValueError, r"class \[2\] has only 1", "1개뿐")
    with pytest.raises(ValueError, match="test_size = 1 should be greater or equal to the number of classes"):
        sk_split(X10, y10, test_size=1, stratify=y10, random_state=0)
    _fails(lambda: train_test_split(X10, y10, test_size=1, stratify=y10), ValueError,
           r"the test part \(1 rows\) must have at least one row of each of the 2 classes", "테스트 부분")
    _fails(lambda: train_test_split(X10, y10, test_size=True), ValueError, "test_size must be", "test_size는")
