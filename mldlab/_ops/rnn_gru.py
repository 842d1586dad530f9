"""One GRU layer (one direction) over a whole sequence as one graph node, with backpropagation through time.

For t = 1 … T, with PyTorch's gate order r, z, n (W_ih stacks W_ir, W_iz, W_in row-wise, shape (3H, I); W_hh and
the biases likewise):

    (1) r_t = σ(W_ir x_t + b_ir + W_hr h_{t−1} + b_hr)          reset gate
    (2) z_t = σ(W_iz x_t + b_iz + W_hz h_{t−1} + b_hz)          update gate
    (3) n_t = tanh(W_in x_t + b_in + r_t ⊙ (W_hn h_{t−1} + b_hn))  candidate state
    (4) h_t = (1 − z_t) ⊙ n_t + z_t ⊙ h_{t−1}

Speed: W_ih x_t + b_ih is one matrix product for all time steps at once; each step then computes
W_hh h_{t−1} + b_hh (one product per step). The backward pass walks time in reverse, reusing the stored gates.
Inside, x_t and h_t are columns, as in the equations (a batch: N columns side by side), so that each gate is a
block of whole rows in memory.
"""

import numpy as np

from mldlab._ops._rnn_util import columns, rows, sigmoid_, steps_in_order
from mldlab.tensor import Tensor


def gru(x: Tensor, h0: Tensor | None, weight_ih: Tensor, weight_hh: Tensor, bias_ih: Tensor | None = None,
        bias_hh: Tensor | None = None, reverse: bool = False) -> tuple:
    """Run (1)–(4) over x of shape (T, N, I) from h_0 (zeros when None); with ``reverse``, from x_T back to x_1.

    Returns
    -------
    (hs, h_n)
        hs (T, N, H): h_t for every t in time order, the output of one graph node "gru"; h_n (N, H): the state
        after the last step run.
    """
    X = steps_in_order(x._data, reverse)  # (T, N, I) in the order the steps run
    T, N, I = X.shape
    W_ih, W_hh = weight_ih._data, weight_hh._data
    H = W_hh.shape[1]
    A = columns(X.reshape(T * N, I).dot(W_ih.T), T, N)  # W_ih x_t (+ b_ih) for every t, (T, 3H, N); then the gates
    if bias_ih is not None:
        A += bias_ih._data[:, None]
    b_hh = None if bias_hh is None else bias_hh._data[:, None]
    hs = np.empty((T + 1, H, N), X.dtype)  # h_0 … h_T as columns
    hn = np.empty((T, H, N), X.dtype)  # W_hn h_{t−1} + b_hn
    hs[0] = 0 if h0 is None else h0._data.T
    with np.errstate(over="ignore"):  # σ(z) = 1 / (1 + e⁻ᶻ) is 0 when e⁻ᶻ overflows: right, and no warning
        for t in range(T):
            a, h = A[t], hs[t]
            u = W_hh.dot(h)  # W_hh h_{t−1} (+ b_hh)
            if b_hh is not None:
                u += b_hh
            a[:2 * H] += u[:2 * H]
            r, z, n = a[:H], a[H:2 * H], a[2 * H:]
            sigmoid_(a[:2 * H])  # (1), (2)
            hn[t] = u[2 * H:]
            n += r * hn[t]
            np.tanh(n, out=n)  # (3)
            np.subtract(h, n, out=hs[t + 1])
            hs[t + 1] *= z
            hs[t + 1] += n  # (4): h_t = n_t + z_t ⊙ (h_{t−1} − n_t)
    out = rows(steps_in_order(hs[1:], reverse))
    inputs = tuple(t for t in (x, h0, weight_ih, weight_hh, bias_ih, bias_hh) if t is not None)

    def backward(g):
        dH = columns(steps_in_order(g, reverse), T, N)  # ∂J/∂h_t from above (the next layer or the loss)
        # ∂σ(z)/∂z = σ(z)(1 − σ(z)),  ∂tanh(z)/∂z = 1 − tanh²(z), for all steps at once
        D = A * (1 - A)
        D[:, 2 * H:] = 1 - A[:, 2 * H:] ** 2
        dU = np.empty((T, 3 * H, N), X.dtype)  # ∂J/∂(W_hh h_{t−1} + b_hh)
        dA = np.empty((T, 3 * H, N), X.dtype)  # ∂J/∂(W_ih x_t + b_ih)
        dh_next = np.zeros((H, N), X.dtype)  # ∂J/∂h_t through h_{t+1}
        for t in reversed(range(T)):
            a, du, da = A[t], dU[t], dA[t]
            r, z, n = a[:H], a[H:2 * H], a[2 * H:]
            dh = dH[t] + dh_next
            np.subtract(hs[t], n, out=du[H:2 * H])
            du[H:2 * H] *= dh  # (4): ∂h_t/∂z_t = h_{t−1} − n_t
            np.subtract(dh, dh * z, out=da[2 * H:])  # (4): ∂h_t/∂n_t = 1 − z_t
            da[2 * H:] *= D[t, 2 * H:]  # (3): through tanh
            np.multiply(da[2 * H:], hn[t], out=du[:H])  # (3): ∂/∂r_t = W_hn h_{t−1} + b_hn
            du[:2 * H] *= D[t, :2 * H]  # (1), (2): through σ
            da[:2 * H] = du[:2 * H]
            np.multiply(da[2 * H:], r, out=du[2 * H:])  # (3): ∂/∂(W_hn h_{t−1} + b_hn) = r_t
            dh *= z  # (4): ∂h_t/∂h_{t−1} = z_t
            dh_next = W_hh.T.dot(du)  # ∂(W_hh h_{t−1})/∂h_{t−1} = W_hh
            dh_next += dh
        dU2, dA2 = rows(dU).reshape(T * N, 3 * H), rows(dA).reshape(T * N, 3 * H)
        grads = [steps_in_order(dA2.dot(W_ih).reshape(T, N, I), reverse) if x._requires_grad else None]
        if h0 is not None:
            grads.append(dh_next.T.copy())
        grads += [dA2.T.dot(X.reshape(T * N, I)) if weight_ih._requires_grad else None,
                  dU2.T.dot(rows(hs[:T]).reshape(T * N, H)) if weight_hh._requires_grad else None]
        if bias_ih is not None:
            grads += [dA2.sum(axis=0), dU2.sum(axis=0)]
        return tuple(grads)

    backward.fresh_grads = True
    hs_out = Tensor._from_op(out, "gru", inputs, backward)
    return hs_out, hs_out[0 if reverse else T - 1]
