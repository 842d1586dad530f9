"""ELU, SELU, GELU, SiLU, Mish, Softplus, Softsign, LogSigmoid, Hardtanh and ReLU6 beside PyTorch's: values and
gradients (float32 and float64), central finite differences, the layers' repr, config and hand-off, bad options."""

import numpy as np
import pytest

import mldlab
import mldlab.nn.functional as F
from mldlab import nn
from mldlab.interop import to_torch
from mldlab.nn.config import module_from_config, module_to_config

X = np.array([-30.0, -5.0, -1.5, -0.3, 0.0, 0.2, 1.7, 4.0, 12.0, 30.0])
CASES = [  # (functional name, options)
    ("elu", {}), ("elu", {"alpha": 0.5}), ("selu", {}), ("gelu", {}), ("gelu", {"approximate": "tanh"}),
    ("silu", {}), ("mish", {}), ("softplus", {}), ("softplus", {"beta": 2.0, "threshold": 5.0}), ("softsign", {}),
    ("logsigmoid", {}), ("hardtanh", {}), ("hardtanh", {"min_val": -2.0, "max_val": 0.5}), ("relu6", {}),
]
IDS = [f"{name}{options or ''}" for name, options in CASES]


@pytest.mark.parametrize("dtype", [np.float32, np.float64])
@pytest.mark.parametrize(("name", "options"), CASES, ids=IDS)
def test_values_and_gradients_equal_pytorch(torch, name, options, dtype):
    weights = np.linspace(1, 2, len(X)).astype(dtype)
    ours = mldlab.tensor(X.astype(dtype), requires_grad=True)
    theirs = torch.tensor(X.astype(dtype), requires_grad=True)
    y_ours, y_theirs = getattr(F, name)(ours, **options), getattr(torch.nn.functional, name)(theirs, **options)
    (y_ours * mldlab.tensor(weights)).sum().backward()
    (y_theirs * torch.tensor(weights)).sum().backward()
    tol = {"rtol": 1e-6, "atol": 1e-6} if dtype == np.float32 else {"rtol": 1e-12, "atol": 1e-12}
    assert y_ours.dtype == getattr(mldlab, np.dtype(dtype).name)
    np.testing.assert_allclose(y_ours.detach().numpy(), y_theirs.detach().numpy(), **tol)
    np.testing.assert_allclose(ours.grad.numpy(), theirs.grad.numpy(), **tol)


@pytest.mark.parametrize(("name", "options"), CASES, ids=IDS)
def test_gradients_equal_central_differences(name, options):
    x = np.array([-2.3, -0.7, 0.4, 1.1, 3.2, 5.5])  # away from the kinks of Hardtanh and ReLU6
    z = mldlab.tensor(x, requires_grad=True)
    getattr(F, name)(z, **options).sum().backward()
    h = 1e-6
    numeric = [(getattr(F, name)(mldlab.tensor(x + h * e), **options).sum().item()
                - getattr(F, name)(mldlab.tensor(x - h * e), **options).sum().item()) / (2 * h) for e in np.eye(len(x))]
    np.testing.assert_allclose(z.grad.numpy(), numeric, rtol=1e-6, atol=1e-8)


LAYERS = {
    "ELU": {"alpha": 0.5}, "SELU": {}, "GELU": {"approximate": "tanh"}, "SiLU": {}, "Mish": {},
    "Softplus": {"beta": 2.0, "threshold": 10.0}, "Softsign": {}, "LogSigmoid": {},
    "Hardtanh": {"min_val": -2.0, "max_val": 3.0}, "ReLU6": {"inplace": True},
}


@pytest.mark.parametrize("name", LAYERS)
def test_layers_print_rebuild_and_hand_off_as_pytorch_s(torch, name):
    layer, reference = getattr(nn, name)(**LAYERS[name]), getattr(torch.nn, name)(**LAYERS[name])
    assert repr(layer) == repr(reference)
    rebuilt = module_from_config(module_to_config(layer))
    assert repr(rebuilt) == repr(layer) and rebuilt.get_config() == layer.get_config()
    x = np.linspace(-4, 8, 12, dtype=np.float32).reshape(3, 4)
    handed = to_torch(nn.Sequential(nn.Linear(4, 4), layer))
    assert repr(handed[1]) == repr(reference)
    np.testing.assert_allclose(layer(mldlab.tensor(x)).numpy(), reference(torch.tensor(x)).numpy(), rtol=1e-6,
                               atol=1e-6)


def test_bad_options_say_what_was_expected_in_both_languages():
    for language, words in (("en", ("approximate", "'none' or 'tanh'")), ("ko", ("approximate", "여야"))):
        mldlab.set_language(language)
        try:
            with pytest.raises(ValueError, match=words[1]):
                nn.GELU(approximate="erf")
            with pytest.raises(ValueError, match=words[1]):
                F.gelu(mldlab.tensor([1.0]), approximate="exact")
            with pytest.raises(ValueError, match="Hardtanh"):
                nn.Hardtanh(1.0, -1.0)
        finally:
            mldlab.set_language("en")
    with pytest.raises(TypeError, match="alpha"):
        nn.ELU(alpha="big")
    with pytest.raises(TypeError, match="inplace"):
        nn.SiLU(inplace=1)
