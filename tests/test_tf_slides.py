"""The deck's TensorFlow/Keras code runs as written with ``import mldlab.tf as tf``, and gives Keras's numbers.

The snippets below are copied from the slides (curriculum/000_e04d66147db7e6a9.txt), spaces included; only the
import line changes, ``import tensorflow as tf`` → ``import mldlab.tf as tf``. TensorFlow itself is not installed
here; Keras 3 (on its PyTorch backend) is the reference for the numbers.
"""

import numpy as np
import pytest

import mldlab
import mldlab.tf as tf

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning", "ignore::UserWarning")

ACTIVATION_SLIDES = ["tf.math.sigmoid(z)", "tf.math.tanh(z)", "tf.nn.relu(z)"]

DENSE_SLIDE = """import tensorflow as tf   
  
model = tf.keras.Sequential([  
    tf.keras.layers.Dense(n),  
    tf.keras.layers.Dense(2)  
])"""  # noqa: W291, W293 (the slide's trailing spaces, kept as written)

OPTIMIZER_SLIDE = """ tf.keras.optimizers.SGD

 tf.keras.optimizers.Adam

 tf.keras.optimizers.Adadelta

 tf.keras.optimizers.Adagrad

 tf.keras.optimizers.RMSProp"""


def _run(snippet: str, **names) -> dict:
    """Run a slide's code with mldlab.tf in place of TensorFlow; return its variables."""
    namespace = {"tf": tf, **names}
    exec(snippet.replace("import tensorflow as tf", "import mldlab.tf as tf"), namespace)  # noqa: S102
    return namespace


@pytest.mark.parametrize("snippet", ACTIVATION_SLIDES)
def test_activation_slides_run_and_match_keras(keras, snippet):
    z = np.linspace(-6, 6, 25, dtype=np.float32)
    mine = eval(snippet, {"tf": tf, "z": z})  # noqa: S307 (the slide's one-line expression)
    name = snippet.split(".")[-1].split("(")[0]
    reference = keras.ops.convert_to_numpy(getattr(keras.activations, name)(z))
    np.testing.assert_allclose(mine.numpy(), reference, rtol=1e-6, atol=1e-7)
    formula = {"sigmoid": 1 / (1 + np.exp(-z)), "tanh": np.tanh(z), "relu": np.maximum(0, z)}[name]
    np.testing.assert_allclose(mine.numpy(), formula, rtol=1e-6, atol=1e-7)


def test_activation_slides_give_the_slides_derivatives():
    for snippet, derivative in [("tf.math.sigmoid(z)", lambda g, z: g * (1 - g)),
                                ("tf.math.tanh(z)", lambda g, z: 1 - g * g),
                                ("tf.nn.relu(z)", lambda g, z: (z > 0).astype(np.float32))]:
        z = tf.Variable(np.linspace(-3, 3, 13, dtype=np.float32))
        with tf.GradientTape() as tape:
            g = eval(snippet, {"tf": tf, "z": z})  # noqa: S307
            total = tf.reduce_sum(g)
        np.testing.assert_allclose(tape.gradient(total, z).numpy(), derivative(g.detach().numpy(), z.detach().numpy()),
                                   rtol=1e-6, atol=1e-7)


def test_the_perceptron_example_with_tf_names():
    """ŷ = g(1 + 3x₁ − 2x₂) at x = [−1, 2] is g(−6) ≈ 0.002 (the worked example)."""
    w0, w, x = tf.constant(1.0), tf.constant([[3.0], [-2.0]]), tf.constant([[-1.0, 2.0]])
    y_hat = tf.math.sigmoid(w0 + tf.matmul(x, w))
    assert y_hat.item() == pytest.approx(0.002, abs=5e-4)
    assert tf.reduce_mean(tf.square(tf.constant([1.0, 3.0]))).item() == 5.0


def test_dense_layer_slide_runs_and_matches_keras(keras):
    m, n = 3, 4
    model = _run(DENSE_SLIDE, n=n)["model"]
    X = np.random.default_rng(0).standard_normal((7, m)).astype(np.float32)
    keras.utils.set_random_seed(0)  # the same reference weights at every run
    reference = keras.Sequential([keras.layers.Dense(n), keras.layers.Dense(2)])
    reference.build((None, m))
    model.build((None, m))
    model.set_weights(reference.get_weights())
    # float32: an output near 0 comes from cancelling terms of about 0.3, so it is compared to 1e-6 absolutely
    np.testing.assert_allclose(model.predict(X, verbose=0), reference.predict(X, verbose=0), rtol=1e-5, atol=1e-6)
    assert model.count_params() == reference.count_params() == (m * n + n) + (n * 2 + 2)
    assert [w.shape for w in model.get_weights()] == [(m, n), (n,), (n, 2), (2,)]


def test_dense_layer_slide_builds_at_the_first_call():
    model = _run(DENSE_SLIDE, n=5)["model"]
    assert not model.built
    assert model(np.ones((2, 3))).shape == (2, 2)
    assert model.layers[0].kernel.shape == (3, 5)


def test_dense_slide_hands_off_to_the_pytorch_slide(torch):
    """The slide shows the same network in PyTorch: nn.Linear(m, n), nn.Linear(n, 2). to_nn gives it."""
    m, n = 3, 4
    model = _run(DENSE_SLIDE, n=n)["model"]
    model.build((None, m))
    X = np.random.default_rng(1).standard_normal((5, m)).astype(np.float32)
    layers = [layer.to_nn() for layer in model.layers]
    assert [(layer.in_features, layer.out_features) for layer in layers] == [(m, n), (n, 2)]
    net = mldlab.nn.Sequential(*layers)
    np.testing.assert_allclose(net(mldlab.tensor(X)).detach().numpy(), model.predict(X, verbose=0), rtol=1e-6)
    reference = torch.nn.Sequential(torch.nn.Linear(m, n), torch.nn.Linear(n, 2))
    with torch.no_grad():
        for theirs, ours in zip([reference[0], reference[1]], layers):
            theirs.weight.copy_(torch.from_numpy(ours.weight.detach().numpy()))
            theirs.bias.copy_(torch.from_numpy(ours.bias.detach().numpy()))
    np.testing.assert_allclose(reference(torch.from_numpy(X)).detach().numpy(), model.predict(X, verbose=0),
                               rtol=1e-5, atol=1e-6)


@pytest.mark.parametrize("expression", [line.strip() for line in OPTIMIZER_SLIDE.splitlines() if line.strip()])
def test_optimizer_slide_classes_train_as_keras(keras, expression):
    optimizer_class = eval(expression, {"tf": tf})  # noqa: S307 (the slide's expression)
    name = expression.rsplit(".", 1)[1]
    reference_class = getattr(keras.optimizers, "RMSprop" if name == "RMSProp" else name)
    rng = np.random.default_rng(2)
    X = rng.standard_normal((64, 2)).astype(np.float32)
    y = (X.sum(axis=1) > 0).astype(np.float32)
    theirs = keras.Sequential([keras.Input(shape=(2,)), keras.layers.Dense(4, activation="relu"),
                               keras.layers.Dense(1, activation="sigmoid")])
    ours = tf.keras.Sequential([tf.keras.Input(shape=(2,)), tf.keras.layers.Dense(4, activation="relu"),
                                tf.keras.layers.Dense(1, activation="sigmoid")])
    ours.set_weights(theirs.get_weights())
    theirs.compile(optimizer=reference_class(learning_rate=0.05), loss="binary_crossentropy", metrics=["accuracy"])
    ours.compile(optimizer=optimizer_class(learning_rate=0.05), loss="binary_crossentropy", metrics=["accuracy"])
    options = {"batch_size": 8, "epochs": 3, "shuffle": False, "verbose": 0}
    mine, reference = ours.fit(X, y, **options).history, theirs.fit(X, y, **options).history
    for key in ("loss", "accuracy"):
        np.testing.assert_allclose(mine[key], reference[key], rtol=1e-5)
    assert optimizer_class().get_config()["learning_rate"] == pytest.approx(
        reference_class().get_config()["learning_rate"])


def test_tf_names_outside_the_course_say_so():
    with pytest.raises(AttributeError, match="only what the course's TensorFlow code uses"):
        tf.linalg  # noqa: B018
    with pytest.raises(AttributeError, match="tf.math.erf|math.erf"):
        tf.math.erf  # noqa: B018
    mldlab.set_language("ko")
    with pytest.raises(AttributeError, match="수업의 TensorFlow 코드"):
        tf.nn.conv2d  # noqa: B018


def test_tf_random_set_seed_repeats_the_starting_weights():
    tf.random.set_seed(3)
    first = _run(DENSE_SLIDE, n=4)["model"]
    first.build((None, 3))
    tf.random.set_seed(3)
    second = _run(DENSE_SLIDE, n=4)["model"]
    second.build((None, 3))
    for a, b in zip(first.get_weights(), second.get_weights()):
        np.testing.assert_array_equal(a, b)
