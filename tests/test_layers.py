"""The package's arrows point one way: metric functions below both training and classical ML, data below both.

    cli → lab → teaching (explain, viz, lessons) → train, ml → nn, optim, data, metrics → engine

Read from the source (``ast``), so the test sees every import, also those inside functions.
"""

import ast
import pathlib

import pytest

PACKAGE = pathlib.Path(__file__).resolve().parents[1] / "mldlab"

FORBIDDEN = {  # part → parts of mldlab it must not import
    "metrics": ("train", "ml", "nn", "optim", "keras", "explain", "viz", "lab", "lessons", "cli"),
    "data": ("train", "ml", "keras", "explain", "viz", "lab", "lessons", "cli"),
    "ml": ("train", "keras", "explain", "viz", "lab", "lessons", "cli"),
    "train": ("ml", "explain", "viz", "lab", "lessons", "cli"),
}


def _imported(path: pathlib.Path) -> set:
    """The mldlab modules a file imports, as dotted names."""
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module == "mldlab":
            names.update(f"mldlab.{alias.name}" for alias in node.names)  # from mldlab import nn
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return {name for name in names if name == "mldlab" or name.startswith("mldlab.")}


@pytest.mark.parametrize("part", sorted(FORBIDDEN))
def test_a_part_imports_nothing_above_it(part):
    wrong = []
    for path in sorted((PACKAGE / part).rglob("*.py")):
        for name in _imported(path):
            pieces = name.split(".")
            if len(pieces) == 1 or pieces[1] in FORBIDDEN[part]:
                wrong.append(f"{path.relative_to(PACKAGE)} imports {name}")
    assert not wrong, wrong


def test_the_metric_functions_are_one_implementation_for_training_and_ml():
    from mldlab import metrics, ml
    from mldlab.train import metrics as train_metrics

    clustering = {"rand", "silhouette", "contingency", "cluster_indices", "homogeneity", "mutual_info"}
    for name in metrics.__all__:
        kind = getattr(metrics, name).__module__.rsplit(".", 1)[1]
        if kind not in clustering:  # what a network's training reports (scores of clusterings are not)
            assert getattr(train_metrics, name) is getattr(metrics, name), name
        if kind != "exceptions":
            assert getattr(ml, name) is getattr(metrics, name), name
