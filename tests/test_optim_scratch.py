"""Adam's step computes in one reused work array (``Optimizer._scratch``) and this changes no bit of any result.

The reference below is Adam's algorithm box written the plain way, each operation making a new array, in the
order ``Adam.step`` computes it. Every dtype and option must give the same bits, so the in-place arithmetic
keeps each rounding of the plain formula. Side by side with PyTorch: tests/test_optim.py.
"""

import itertools
import threading

import numpy as np
import pytest

import mldlab
from mldlab.optim import Adam, AdamW

STEPS = 40  # fewer than the flush period of β1 = 0.8 (49 steps): the plain formula has no flush


def plain_adam(theta, grads, lr, betas, eps, weight_decay=0.0, amsgrad=False, maximize=False, decoupled=False):
    """θ after Adam's steps on ``grads``, with a fresh array for each operation."""
    beta1, beta2 = betas
    theta = theta.copy()
    m, v, v_max = np.zeros_like(theta), np.zeros_like(theta), np.zeros_like(theta)
    for t, g in enumerate(grads, start=1):
        if maximize:
            g = -g
        if weight_decay and decoupled:
            theta = theta * (1 - lr * weight_decay)
        elif weight_decay:
            g = g + weight_decay * theta
        m = m + (1 - beta1) * (g - m)
        v = v * beta2 + (1 - beta2) * g * g
        if amsgrad:
            v_max = np.maximum(v_max, v)
        denom = np.sqrt(v_max if amsgrad else v) / (1 - beta2**t) ** 0.5 + eps
        theta = theta - (lr / (1 - beta1**t)) * (m / denom)
    return theta, m, v


def gradients(shape, dtype, seed):
    """Gradients from 1e-30 to 10 in size (so that float32's v reaches tiny values), in ``dtype``."""
    rng = np.random.default_rng(seed)
    return [(rng.standard_normal(shape) * 10.0 ** rng.integers(-30, 2)).astype(dtype) for _ in range(STEPS)]


def train(optimizer, params, grads_per_param):
    for step in range(STEPS):
        for p, grads in zip(params, grads_per_param, strict=True):
            p.grad = mldlab.tensor(grads[step])
        optimizer.step()


OPTIONS = [
    dict(zip(("amsgrad", "maximize", "weight_decay", "decoupled"), values, strict=True))
    for values in itertools.product([False, True], [False, True], [0.0, 0.1], [False, True])
    if values[2] or not values[3]
]


@pytest.mark.parametrize("dtype", [np.float16, np.float32, np.float64])
@pytest.mark.parametrize("options", OPTIONS, ids=lambda o: "-".join(f"{k}={v}" for k, v in o.items()))
def test_adam_gives_the_bits_of_the_plain_formula(dtype, options):
    rng = np.random.default_rng(3)
    theta0 = rng.standard_normal((9, 4)).astype(dtype)
    grads = gradients((9, 4), dtype, seed=4)
    w = mldlab.tensor(theta0.copy(), requires_grad=True)
    cls = AdamW if options["decoupled"] else Adam
    optimizer = cls([w], lr=0.01, betas=(0.8, 0.99), eps=1e-6, weight_decay=options["weight_decay"],
                    amsgrad=options["amsgrad"], maximize=options["maximize"])
    train(optimizer, [w], [grads])
    theta, m, v = plain_adam(theta0, grads, 0.01, (0.8, 0.99), 1e-6, **options)
    state = optimizer.state[w]
    for ours, plain in ((w.detach().numpy(), theta), (state["exp_avg"].numpy(), m), (state["exp_avg_sq"].numpy(), v)):
        assert ours.dtype == np.dtype(dtype)  # computed in the parameter's dtype, never upcast
        np.testing.assert_array_equal(ours.view(np.uint8), plain.astype(dtype).view(np.uint8))


def test_one_work_array_serves_parameters_of_every_shape_and_dtype():
    """Parameters of different sizes and dtypes in one optimizer get what each gets alone."""
    rng = np.random.default_rng(5)
    shapes_and_dtypes = [((50, 20), np.float32), ((7,), np.float32), ((3, 3), np.float64), ((200,), np.float32)]
    starts = [rng.standard_normal(shape).astype(dtype) for shape, dtype in shapes_and_dtypes]
    grads = [gradients(shape, dtype, seed=i) for i, (shape, dtype) in enumerate(shapes_and_dtypes)]
    together = [mldlab.tensor(s.copy(), requires_grad=True) for s in starts]
    train(Adam(together, lr=0.01), together, grads)
    for start, g, trained in zip(starts, grads, together, strict=True):
        alone = mldlab.tensor(start.copy(), requires_grad=True)
        train(Adam([alone], lr=0.01), [alone], [g])
        np.testing.assert_array_equal(trained.detach().numpy(), alone.detach().numpy())


def test_the_work_array_is_not_state_and_not_shared_between_optimizers():
    w = mldlab.zeros(30, 2, requires_grad=True)
    u = mldlab.zeros(30, 2, requires_grad=True)
    first, second = Adam([w]), Adam([u])
    (w.sum() + u.sum()).backward()
    first.step()
    second.step()
    assert sorted(first.state_dict()["state"][0]) == ["exp_avg", "exp_avg_sq", "step"]
    (a,) = first._scratch_arrays.values()
    (b,) = second._scratch_arrays.values()
    assert not np.shares_memory(a, b)


def test_two_optimizers_stepping_in_two_threads_get_the_results_of_one_thread():
    rng = np.random.default_rng(6)
    start = rng.standard_normal((300, 40)).astype(np.float32)
    grads = [gradients((300, 40), np.float32, seed=s) for s in (7, 8)]

    def run(g, out, i):
        w = mldlab.tensor(start.copy(), requires_grad=True)
        train(Adam([w], lr=0.01), [w], [g])
        out[i] = w.detach().numpy()

    alone = [None, None]
    for i in range(2):
        run(grads[i], alone, i)
    threaded = [None, None]
    threads = [threading.Thread(target=run, args=(grads[i], threaded, i)) for i in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for i in range(2):
        np.testing.assert_array_equal(threaded[i], alone[i])
