"""The README's commands, the CI script and the ``mldlab demo`` command."""

import io
import re
from pathlib import Path

import pytest

import mldlab
from mldlab.cli import demo, main

ROOT = Path(__file__).resolve().parents[1]


def _readme_commands() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    return re.findall(r"```\n(python3 -m venv[^\n]*)\n```", text)


def test_readme_starts_with_the_two_setup_commands():
    commands = _readme_commands()
    assert len(commands) >= 2
    assert commands[0].endswith("mldlab lab")
    assert "pytest" in commands[1]
    head = (ROOT / "README.md").read_text(encoding="utf-8")[:700]
    assert commands[0] in head and commands[1] in head


def test_ci_runs_exactly_the_readme_test_command():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").strip().splitlines()
    assert ci[-1] == _readme_commands()[1]


def test_perceptron_demo_prints_the_slide_numbers():
    out = io.StringIO()
    y_hat = demo.perceptron(out)
    text = out.getvalue()
    assert y_hat == pytest.approx(0.0024726231566347743, rel=1e-6)
    assert "= -6" in text and "0.002473" in text
    # ∂ŷ/∂w = σ(−6)(1 − σ(−6))·x, printed by hand and by autograd
    assert "-0.002467" in text and "+0.004933" in text
    assert "w.grad = [-0.002467, +0.004933]" in text


def test_training_demo_learns_the_moons():
    out = io.StringIO()
    accuracy = demo.train_moons(epochs=15, out=out)
    assert accuracy >= 0.93
    lines = [line for line in out.getvalue().splitlines() if line.startswith("epoch")]
    assert len(lines) == 15
    losses = [float(re.search(r"loss (\d+\.\d+)", line).group(1)) for line in lines]
    assert losses[-1] < losses[0] / 2


def test_demo_speaks_korean_and_leaves_the_language_as_it_was(capsys):
    assert main(["demo", "--lang", "ko", "--epochs", "1"]) == 0
    text = capsys.readouterr().out
    assert "퍼셉트론" in text and "에포크" in text and "테스트 정확도" in text
    assert mldlab.get_language() == "en"


def test_demo_rejects_bad_epochs(capsys):
    assert main(["demo", "--epochs", "0"]) == 2
    assert "--epochs must be a whole number from 1 to 10,000, got '0'" in capsys.readouterr().err


def test_workflow_demo_trains_the_slide_perceptron_on_pass_exam():
    out = io.StringIO()
    accuracy = demo.pass_exam_workflow(out=out)
    text = out.getvalue()
    assert accuracy >= 0.85
    # the generating rule is z = x1 + 1.2·x2 − 13: the learned line should have the same signs and similar sizes
    w0, w1, w2 = map(float, re.search(r"σ\((-?[\d.]+) \+ (-?[\d.]+)·x1 \+ (-?[\d.]+)·x2\)", text).groups())
    assert w0 < -5 and 0.4 < w1 / w2 < 1.6
    assert "same predictions: yes" in text and "layers.Dense(1, activation=\"sigmoid\")" in text
    assert "Early stopping" in text


def test_readme_python_examples_run(tmp_path, monkeypatch, torch):
    """The tour's code blocks run as written, in order, in one namespace (``batches`` stands for the reader's)."""
    import numpy as np

    blocks = re.findall(r"```python\n(.*?)```", (ROOT / "README.md").read_text(encoding="utf-8"), re.S)
    assert len(blocks) >= 4
    monkeypatch.chdir(tmp_path)
    rng = np.random.default_rng(0)
    x = mldlab.tensor(rng.normal(size=(10, 2)).astype(np.float32))
    namespace = {"batches": [(x, mldlab.ones(10, 1))]}
    for block in blocks:
        exec(compile(block, "README.md", "exec"), namespace)  # noqa: S102 (our own README)
    assert (tmp_path / "perceptron.npz").exists()
    assert namespace["y_hat"].item() == pytest.approx(0.0024726231566347743, rel=1e-6)
