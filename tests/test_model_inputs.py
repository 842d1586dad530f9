"""Inputs of every shape: what a learner hands to Model, the scalers, train_test_split and the metrics."""

import numpy as np
import pytest

import mldlab
from mldlab import nn
from mldlab.data import MinMaxScaler, StandardScaler, train_test_split
from mldlab.train import Model, metrics

X = np.random.default_rng(1).normal(size=(8, 2))
Y = np.array([0, 1, 1, 0, 1, 0, 0, 1])


class Table:
    """A stand-in for a pandas DataFrame or Series: it converts itself with ``to_numpy()`` and nothing else."""

    def __init__(self, values):
        self.values_ = np.asarray(values)

    def to_numpy(self):
        return self.values_.copy()

    def __len__(self):
        return len(self.values_)


def _tables():
    """The stand-in always, and pandas itself when it is installed (pandas is not a dependency of mldlab)."""
    kinds = [("stand-in", Table, Table)]
    try:
        import pandas
    except ImportError:
        return kinds
    return kinds + [("pandas", pandas.DataFrame, pandas.Series)]


def _model(loss="binary_crossentropy", outputs=1):
    mldlab.manual_seed(0)
    model = Model(nn.Sequential(nn.Linear(2, outputs)))
    model.compile(optimizer="sgd", loss=loss, metrics=["accuracy"])
    return model


def _run(x, y):
    model = _model()
    history = model.fit(x, y, batch_size=4, epochs=2, verbose=0)
    return history.history, model.evaluate(x, y, verbose=0), model.predict(x)


def _same(a, b):
    assert a[0] == b[0] and a[1] == b[1]
    np.testing.assert_array_equal(a[2], b[2])


@pytest.mark.parametrize("kind, frame, series", _tables(), ids=lambda v: v if isinstance(v, str) else "")
def test_tables_with_to_numpy_are_converted(kind, frame, series):
    reference = _run(X.astype(np.float32), Y)
    _same(_run(frame(X), series(Y)), reference)
    scaled = StandardScaler().fit(frame(X)).transform(frame(X))
    np.testing.assert_allclose(scaled, StandardScaler().fit_transform(X))
    parts = train_test_split(frame(X), series(Y), test_size=0.25, seed=0)
    np.testing.assert_array_equal(parts[0], train_test_split(X, Y, test_size=0.25, seed=0)[0])
    assert metrics.accuracy_score(series(Y), series(Y)) == 1.0


def test_lists_tensors_integers_and_booleans_give_the_same_training():
    reference = _run(X.astype(np.float32), Y)
    _same(_run(X.tolist(), Y.tolist()), reference)
    _same(_run(mldlab.tensor(X.astype(np.float32)), mldlab.tensor(Y)), reference)
    _same(_run(X.astype(np.float32), Y.astype(bool)), reference)  # boolean targets are 0 and 1
    _same(_run(X.astype(np.float32), Y.astype(np.float64)), reference)
    ints = _run(np.round(X * 10).astype(np.int64), Y)  # integer inputs become the network's float dtype
    _same(ints, _run(np.round(X * 10).astype(np.float32), Y))
    booleans = _run(X > 0, Y)
    _same(booleans, _run((X > 0).astype(np.float32), Y))


def test_sparse_labels_as_a_column_and_as_floats():
    def run(y):
        model = _model("sparse_categorical_crossentropy", 3)
        return model.fit(X, y, batch_size=4, epochs=2, verbose=0).history

    y = np.array([0, 1, 2, 0, 1, 2, 0, 1])
    assert run(y) == run(y.reshape(-1, 1)) == run(y.astype(np.float32)) == run(y.tolist())


@pytest.mark.parametrize("x, error, english, korean", [
    (None, TypeError, "fit: x is None", "None입니다"),
    ("train.csv", TypeError, r"fit: x is the text 'train.csv'.*load_csv", "문자열"),
    ([[1.0, 2.0], [3.0]] * 4, ValueError, r"x is a ragged list: its rows have different lengths \(2, 1, 2, 1, 2, …\)",
     "길이가 다릅니다"),
    ([[1.0, 2.0], [3.0, None]] * 4, ValueError, r"x must hold numbers, but x\[1, 1\] is None \(a NoneType\)",
     "숫자가 있어야"),
    ([["1.5", "2"], ["3", "cat"]] * 4, ValueError, r"x must hold numbers, got values of type <U3 .*x\[1, 1\] = 'cat'",
     "숫자가 있어야"),
    (np.ones((8, 2), complex), ValueError, "x must hold numbers, got values of type complex128", "숫자가"),
    (3.0, ValueError, r"x must hold one entry per sample, got the single number 3\.0", "숫자 하나"),
])
def test_inputs_that_are_not_a_table_of_numbers(x, error, english, korean):
    model = _model()
    for call in (lambda: model.fit(x, Y, verbose=0), lambda: model.evaluate(x, Y, verbose=0),
                 lambda: model.predict(x)):
        op = english.split(":")[0] if english.startswith("fit") else None
        with pytest.raises(error, match=english.replace("fit: ", "") if op else english):
            call()
    mldlab.set_language("ko")
    with pytest.raises(error, match=korean):
        model.fit(x, Y, verbose=0)


@pytest.mark.parametrize("y, error, english", [
    (["yes", "no"] * 4, ValueError, r"y must hold numbers, got values of type <U3 \(e\.g\. y\[0\] = 'yes'\)"),
    ([0, 1, None, 1] * 2, ValueError, r"y\[2\] is None"),
    (1, ValueError, "y must hold one entry per sample"),
    (Y[:5], ValueError, "x has 8 samples but y has 5"),
])
def test_targets_that_cannot_be_used(y, error, english):
    with pytest.raises(error, match=english):
        _model().fit(X, y, verbose=0)


def test_validation_data_is_named_in_messages():
    with pytest.raises(ValueError, match=r"validation_data\[0\] is a ragged list"):
        _model().fit(X, Y, validation_data=([[1.0, 2.0], [3.0]], [0, 1]), verbose=0)
    with pytest.raises(ValueError, match=r"validation_data must be a pair \(x_val, y_val\), got ndarray"):
        _model().fit(X, Y, validation_data=X, verbose=0)


def test_empty_data():
    with pytest.raises(ValueError, match="no samples"):
        _model().fit(np.zeros((0, 2)), np.zeros(0), verbose=0)
    assert _model().predict(np.zeros((0, 2))).shape == (0,)


@pytest.mark.parametrize("call, error, english", [
    (lambda: StandardScaler().fit(None), TypeError, "StandardScaler.fit: X is None"),
    (lambda: MinMaxScaler().fit([[1, 2], [3]]), ValueError, "MinMaxScaler.fit: X is a ragged list"),
    (lambda: StandardScaler().fit([[1.0, "a"]]), ValueError, r"X\[0, 1\] = 'a'"),
    (lambda: StandardScaler().fit(3.0), ValueError, r"X must be 2-D .* got shape \(\)"),
    (lambda: StandardScaler().fit(X).transform([[np.inf, 0.0]]), ValueError,
     r"StandardScaler.transform: X .* X\[0, 0\] = inf"),
    (lambda: train_test_split(None), TypeError, "train_test_split: X is None"),
    (lambda: train_test_split(X, [[0], [1, 2]]), ValueError, "train_test_split: y is a ragged list"),
    (lambda: train_test_split(5), ValueError, "X must hold one entry per sample"),
    (lambda: metrics.accuracy_score(None, Y), TypeError, "accuracy_score: y_true is None"),
    (lambda: metrics.mean_squared_error([[1.0], [2.0, 3.0]], [1.0, 2.0]), ValueError,
     "mean_squared_error: y_true is a ragged list"),
    (lambda: metrics.r2_score([1.0, None], [1.0, 2.0]), ValueError, r"y_true\[1\] is None"),
    (lambda: metrics.Mean().update_state(["a"]), ValueError, r"Mean: values must hold numbers.* values\[0\] = 'a'"),
    (lambda: metrics.Mean().update_state(None), TypeError, "Mean: values is None"),
    (lambda: metrics.get("accuracy").update_state(None, [1]), TypeError, "accuracy: y_true is None"),
])
def test_scalers_split_and_metrics_name_the_bad_input(call, error, english):
    with pytest.raises(error, match=english):
        call()


def test_scalers_turn_integers_and_booleans_into_float32():
    z = StandardScaler().fit_transform([[1, 0], [3, 1]])
    assert z.dtype == np.float32 and z.tolist() == [[-1.0, -1.0], [1.0, 1.0]]
    assert MinMaxScaler().fit_transform(np.array([[True], [False]])).dtype == np.float32


def test_split_keeps_text_labels_and_tensors_become_arrays():
    X_train, X_test, y_train, y_test = train_test_split(mldlab.tensor(X), ["a", "b"] * 4, test_size=2, seed=0)
    assert isinstance(X_train, np.ndarray) and y_test.dtype.kind == "U" and len(y_train) == 6
    with pytest.raises(TypeError, match="seed must be a whole number >= 0"):
        train_test_split(X, Y, seed=1.5)


def test_metrics_take_text_labels_and_tensors():
    assert metrics.accuracy_score(["cat", "dog"], ["cat", "cat"]) == 0.5
    assert metrics.accuracy_score(mldlab.tensor([0, 1]), mldlab.tensor([[0.9, 0.1], [0.2, 0.8]])) == 1.0


@pytest.mark.parametrize("kind, frame, series", _tables(), ids=lambda v: v if isinstance(v, str) else "")
def test_tensor_dataset_takes_tables_and_fit_takes_its_loader(kind, frame, series):
    from mldlab.data import DataLoader, TensorDataset

    dataset = TensorDataset(frame(X.astype(np.float32)), series(Y))
    np.testing.assert_array_equal(dataset.tensors[0].numpy(), X.astype(np.float32))
    history = _model().fit(DataLoader(dataset, batch_size=4), epochs=2, verbose=0).history
    assert history == _model().fit(X, Y, batch_size=4, epochs=2, verbose=0, shuffle=False).history
