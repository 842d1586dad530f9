"""``mldlab demo``: the slide's perceptron with its numbers, a network learning two moons, and the Keras-style
workflow on the slide's "will I pass this class?" data.

Part 1 computes ŷ = g(w0 + xᵀw) for w0 = 1, w = [3, −2], x = [−1, 2] step by step, and the gradient
∂ŷ/∂w by the chain rule, by hand and by autograd. Part 2 trains a 2-8-8-1 tanh network with mini-batches,
written out as in PyTorch, and prints the loss and the training and test accuracy after every epoch. Part 3
trains the slide's perceptron with ``Model.fit`` (validation data, early stopping), reads the learned weights
back in the data's own units, and saves and reloads the model.
"""

import os
import sys
import tempfile

import numpy as np

from mldlab import nn, optim
from mldlab._dtype import float32
from mldlab._random import manual_seed
from mldlab.cli._args import MAX_SEED, whole
from mldlab.creation import tensor
from mldlab.data import StandardScaler, moons, pass_exam, train_test_split
from mldlab.grad_mode import no_grad
from mldlab.i18n import message
from mldlab.interop.keras_code import to_keras_code
from mldlab.io import load, save
from mldlab.train.callbacks import EarlyStopping
from mldlab.train.model import Model

MAX_EPOCHS = 10_000
"""The most epochs ``mldlab demo --epochs`` takes (part 2 prints a line for each)."""


def perceptron(out=None) -> float:
    """Print the slide's perceptron example with its numbers; return ŷ."""
    say = _printer(out)
    say(_rule(message("demo_title_perceptron")))
    w0 = tensor(1.0, requires_grad=True)
    w = tensor([3.0, -2.0], requires_grad=True)
    x = tensor([-1.0, 2.0])
    say(f"{message('demo_given')}: w0 = 1,  w = [3, −2],  x = [−1, 2]")

    z = w0 + x @ w
    say(f"{message('demo_weighted_sum')}:")
    say(f"    z = w0 + x1·w1 + x2·w2 = 1 + (−1)(3) + (2)(−2) = {z.item():g}")

    y_hat = z.sigmoid()
    say(f"{message('demo_activation')}:")
    say(f"    ŷ = g({z.item():g}) = 1/(1 + e^{-z.item():g}) = {y_hat.item():.6f}  ≈ 0.002")
    say("    " + message("demo_line"))

    s = y_hat.item()
    local = s * (1 - s)
    say(message("demo_chain_rule") + ":")
    say(f"    σ(z)(1 − σ(z)) = {s:.6f} · {1 - s:.6f} = {local:.6f}")
    for j, xj in enumerate(x.tolist(), start=1):
        say(f"    ∂ŷ/∂w{j} = {local:.6f} · ({xj:g}) = {local * xj:+.6f}")
    say(f"    ∂ŷ/∂w0 = {local:.6f} · 1 = {local:+.6f}")

    y_hat.backward()
    grads = ", ".join(f"{g:+.6f}" for g in w.grad.tolist())
    say(f"{message('demo_autograd')}:  w.grad = [{grads}],  w0.grad = {w0.grad.item():+.6f}")
    return s


def train_moons(epochs: int = 30, batch_size: int = 10, lr: float = 0.01, seed: int = 0, out=None):
    """Train a 2-8-8-1 tanh network on two moons with Adam and print progress; return the test accuracy."""
    say = _printer(out)
    say("")
    say(_rule(message("demo_title_training")))
    manual_seed(seed)
    X, y = moons(n_samples=1000, noise=0.2, seed=seed)
    X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, stratify=y, seed=seed)
    say(message("demo_data", n=len(X), noise=0.2, n_train=len(X_train), n_test=len(X_test)))

    model = nn.Sequential(nn.Linear(2, 8), nn.Tanh(), nn.Linear(8, 8), nn.Tanh(), nn.Linear(8, 1))
    loss_fn = nn.BCEWithLogitsLoss()
    optimizer = optim.Adam(model.parameters(), lr=lr)
    iterations = -(-len(X_train) // batch_size)
    say(message("demo_setup", model=model, optimizer=f"Adam(lr={lr})", batch_size=batch_size, iterations=iterations))

    inputs = tensor(X_train)
    targets = tensor(y_train, dtype=float32).reshape(-1, 1)
    rng = np.random.default_rng(seed)
    test_accuracy = 0.0
    for epoch in range(1, epochs + 1):
        model.train()
        order = tensor(rng.permutation(len(X_train)))
        total = 0.0
        for start in range(0, len(X_train), batch_size):
            rows = order[start : start + batch_size]
            loss = loss_fn(model(inputs[rows]), targets[rows])
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
            total += loss.item() * len(rows)
        train_accuracy = _accuracy(model, X_train, y_train)
        test_accuracy = _accuracy(model, X_test, y_test)
        say(message("demo_epoch", epoch=epoch, epochs=epochs, loss=total / len(X_train), train=train_accuracy,
                    test=test_accuracy))
    say(message("demo_done", test=test_accuracy))
    return test_accuracy


def _accuracy(model: nn.Module, X: np.ndarray, y: np.ndarray) -> float:
    """Share of points whose predicted class (logit > 0, i.e. ŷ > 0.5) equals the label."""
    model.eval()
    with no_grad():
        logits = model(tensor(X)).reshape(-1)
    return float(((logits > 0).long() == tensor(y)).float().mean().item())


def pass_exam_workflow(epochs: int = 100, seed: int = 0, out=None) -> float:
    """The slide's perceptron on "will I pass this class?", trained with ``Model.fit``; returns the test accuracy."""
    say = _printer(out)
    say("")
    say(_rule(message("demo_title_workflow")))
    manual_seed(seed)
    X, y, features, classes = pass_exam(n_samples=400, seed=seed, return_names=True)
    X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, stratify=y, seed=seed)
    scaler = StandardScaler().fit(X_train)  # statistics from the training data only
    say(message("demo_workflow_data", x1=features[0], x2=features[1], n_train=len(X_train), n_test=len(X_test)))

    net = nn.Sequential(nn.Linear(2, 1), nn.Sigmoid())  # ŷ = σ(w0 + w1·x1 + w2·x2)
    model = Model(net)
    model.compile(optimizer=optim.SGD(net.parameters(), lr=0.1), loss="binary_crossentropy", metrics=["accuracy"])
    stopper = EarlyStopping(monitor="val_loss", patience=5, restore_best_weights=True)
    say(message("demo_workflow_fit", epochs=epochs))
    history = model.fit(scaler.transform(X_train), y_train, batch_size=10, epochs=epochs, validation_split=0.2,
                        callbacks=[stopper], verbose=0)
    ran = len(history.history["loss"])
    for epoch in sorted({0, ran // 4, ran // 2, ran - 1}):
        logs = {key: values[epoch] for key, values in history.history.items() if key != "iteration_loss"}
        say(message("demo_workflow_epoch", epoch=epoch + 1, **logs))
    say(message("demo_workflow_stopped", ran=ran, best=stopper.best_epoch + 1, iterations=len(
        history.iteration_losses())))

    # the learned line in the data's own units: z = w0 + w1·x1 + w2·x2 with x standardised → original units
    w = net[0].weight.detach().numpy()[0] / scaler.scale_
    w0 = net[0].bias.item() - float((w * scaler.mean_).sum())
    say(message("demo_workflow_line", w0=w0, w1=w[0], w2=w[1], hours=w[0] / w[1]))
    student = scaler.transform(np.array([[4.0, 5.0]], dtype=np.float32))
    say(message("demo_workflow_student", p=float(model.predict(student)[0, 0])))

    _, accuracy = model.evaluate(scaler.transform(X_test), y_test, verbose=0)
    path = os.path.join(tempfile.mkdtemp(), "pass_exam.npz")
    save(net, path)
    again = load(path)
    with no_grad():
        same = np.array_equal(again(tensor(student)).numpy(), net(tensor(student)).numpy())
    answer = message("demo_yes") if same else message("demo_no")
    say(message("demo_workflow_done", test=accuracy, path=path, same=answer))
    say(message("demo_workflow_code") + "\n" + to_keras_code(net))
    return accuracy


def run(epochs: int = 30, seed: int = 0, out=None) -> float:
    """The whole demo; returns the final test accuracy of the moons network."""
    perceptron(out)
    accuracy = train_moons(epochs=epochs, seed=seed, out=out)
    pass_exam_workflow(seed=seed, out=out)
    return accuracy


def _printer(out):
    def say(text: str) -> None:
        print(text, file=out or sys.stdout, flush=True)

    return say


def _rule(title: str) -> str:
    return f"{title}\n" + "─" * min(len(title) + 4, 72)


def add_parser(commands) -> None:
    """The ``demo`` command and its options."""
    parser = commands.add_parser("demo", help=message("cli_demo_help"), description=message("cli_demo_help"))
    parser.options.add_argument("--epochs", type=whole("--epochs", 1, MAX_EPOCHS), default=30, metavar="N",
                                help=message("cli_help_demo_epochs", high=f"{MAX_EPOCHS:,}"))
    parser.options.add_argument("--seed", type=whole("--seed", 0, MAX_SEED), default=0,
                                help=message("cli_help_seed", high=f"{MAX_SEED:,}"))
    parser.set_defaults(run=_run_command)


def _run_command(args) -> int:
    run(epochs=args.epochs, seed=args.seed)
    return 0
