"""One LSTM layer (one direction) over a whole sequence as one graph node, with backpropagation through time.

For t = 1 … T, with PyTorch's gate order i, f, g, o (W_ih stacks W_ii, W_if, W_ig, W_io row-wise, shape (4H, I);
W_hh and the biases likewise):

    (1) i_t = σ(W_ii x_t + b_ii + W_hi h_{t−1} + b_hi)        input gate
    (2) f_t = σ(W_if x_t + b_if + W_hf h_{t−1} + b_hf)        forget gate
    (3) g_t = tanh(W_ig x_t + b_ig + W_hg h_{t−1} + b_hg)     candidate cell values
    (4) o_t = σ(W_io x_t + b_io + W_ho h_{t−1} + b_ho)        output gate
    (5) c_t = f_t ⊙ c_{t−1} + i_t ⊙ g_t
    (6) h_t = o_t ⊙ tanh(c_t)

Speed: W_ih x_t is one matrix product for all time steps at once; each step then adds W_hh h_{t−1} (one product
per step). The backward pass walks time in reverse, reusing the stored gates, and collects ∂J/∂z_t (z_t: the four
gates' pre-activations) of every step, so that ∂J/∂W_ih, ∂J/∂W_hh, ∂J/∂b and ∂J/∂x are one product each at the end.
Inside, x_t and h_t are columns, as in the equations (a batch: N columns side by side), so that each gate is a
block of whole rows in memory.
"""

import numpy as np

from mldlab._ops._rnn_util import columns, rows, sigmoid_, steps_in_order
from mldlab.tensor import Tensor


def lstm(x: Tensor, h0: Tensor | None, c0: Tensor | None, weight_ih: Tensor, weight_hh: Tensor,
         bias_ih: Tensor | None = None, bias_hh: Tensor | None = None, weight_hr: Tensor | None = None,
         reverse: bool = False) -> tuple:
    """Run (1)–(6) over x of shape (T, N, I) from h_0 and c_0 (zeros when None).

    With ``weight_hr`` (PyTorch's ``proj_size`` > 0), (6) becomes h_t = W_hr (o_t ⊙ tanh(c_t)). With ``reverse``,
    the steps run from x_T back to x_1 (the backward direction of a bidirectional layer).

    Returns
    -------
    (hs, h_n, c_n)
        hs (T, N, P): h_t for every t in time order; h_n, c_n (N, P), (N, H): the states after the last step run.
        All three come from one graph node "lstm" (its output holds hs and c_n one after the other).
    """
    X = steps_in_order(x._data, reverse)  # (T, N, I) in the order the steps run
    T, N, I = X.shape
    W_ih, W_hh = weight_ih._data, weight_hh._data
    W_hr = None if weight_hr is None else weight_hr._data
    H, P = W_ih.shape[0] // 4, W_hh.shape[1]  # P, the size of h_t: H, or proj_size
    A = columns(X.reshape(T * N, I).dot(W_ih.T), T, N)  # W_ih x_t for every t, (T, 4H, N); then the gates
    if bias_ih is not None:
        A += (bias_ih._data + bias_hh._data)[:, None]
    hs = np.empty((T + 1, P, N), X.dtype)  # h_0 … h_T as columns
    cs = np.empty((T + 1, H, N), X.dtype)  # c_0 … c_T
    tanh_c = np.empty((T, H, N), X.dtype)
    ms = hs[1:] if W_hr is None else np.empty((T, H, N), X.dtype)  # o_t ⊙ tanh(c_t)
    hs[0] = 0 if h0 is None else h0._data.T
    cs[0] = 0 if c0 is None else c0._data.T
    with np.errstate(over="ignore"):  # σ(z) = 1 / (1 + e⁻ᶻ) is 0 when e⁻ᶻ overflows: right, and no warning
        for t in range(T):
            a = A[t]
            a += W_hh.dot(hs[t])
            i, f, g, o = a[:H], a[H:2 * H], a[2 * H:3 * H], a[3 * H:]
            sigmoid_(a[:2 * H])  # (1), (2)
            np.tanh(g, out=g)  # (3)
            sigmoid_(o)  # (4)
            np.multiply(f, cs[t], out=cs[t + 1])
            cs[t + 1] += i * g  # (5)
            np.tanh(cs[t + 1], out=tanh_c[t])
            np.multiply(o, tanh_c[t], out=ms[t])  # (6)
            if W_hr is not None:
                np.dot(W_hr, ms[t], out=hs[t + 1])
    out = np.concatenate([rows(steps_in_order(hs[1:], reverse)).ravel(), cs[T].T.ravel()])
    inputs = tuple(t for t in (x, h0, c0, weight_ih, weight_hh, bias_ih, bias_hh, weight_hr) if t is not None)

    def backward(gout):
        dH = columns(steps_in_order(gout[:T * N * P].reshape(T, N, P), reverse), T, N)  # ∂J/∂h_t from above
        dc = gout[T * N * P:].reshape(N, H).T.copy()  # ∂J/∂c_T
        # ∂σ(z)/∂z = σ(z)(1 − σ(z)),  ∂tanh(z)/∂z = 1 − tanh²(z), for all steps at once
        D = A * (1 - A)
        D[:, 2 * H:3 * H] = 1 - A[:, 2 * H:3 * H] ** 2
        D_tanh_c = 1 - tanh_c * tanh_c
        dZ = np.empty_like(A)  # ∂J/∂z_t, z_t the gates' pre-activations
        dHs = None if W_hr is None else np.empty((T, P, N), X.dtype)
        dh_next = np.zeros((P, N), X.dtype)  # ∂J/∂h_t through h_{t+1}
        for t in reversed(range(T)):
            a, dz = A[t], dZ[t]
            i, f, g, o = a[:H], a[H:2 * H], a[2 * H:3 * H], a[3 * H:]
            dm = dh = dH[t] + dh_next
            if W_hr is not None:
                dHs[t] = dh
                dm = W_hr.T.dot(dh)  # h_t = W_hr m_t
            np.multiply(dm, tanh_c[t], out=dz[3 * H:])  # (6): ∂h_t/∂o_t = tanh(c_t)
            dm *= o
            dm *= D_tanh_c[t]
            dc += dm  # (6): ∂h_t/∂c_t = o_t (1 − tanh²(c_t))
            np.multiply(dc, g, out=dz[:H])  # (5): ∂c_t/∂i_t = g_t
            np.multiply(dc, cs[t], out=dz[H:2 * H])  # (5): ∂c_t/∂f_t = c_{t−1}
            np.multiply(dc, i, out=dz[2 * H:3 * H])  # (5): ∂c_t/∂g_t = i_t
            dz *= D[t]  # (1)–(4): through σ and tanh
            dc *= f  # (5): ∂c_t/∂c_{t−1} = f_t
            dh_next = W_hh.T.dot(dz)  # (1)–(4): ∂z_t/∂h_{t−1} = W_hh
        dZ2 = rows(dZ).reshape(T * N, 4 * H)
        grads = [steps_in_order(dZ2.dot(W_ih).reshape(T, N, I), reverse) if x._requires_grad else None]
        grads += [g.T.copy() for g, given in ((dh_next, h0), (dc, c0)) if given is not None]
        grads += [dZ2.T.dot(X.reshape(T * N, I)) if weight_ih._requires_grad else None,
                  dZ2.T.dot(rows(hs[:T]).reshape(T * N, P)) if weight_hh._requires_grad else None]
        if bias_ih is not None:
            gb = dZ2.sum(axis=0)  # ∂z_t/∂b_ih = ∂z_t/∂b_hh = 1, summed over steps and batch
            grads += [gb, gb.copy()]
        if W_hr is not None:
            grads.append(rows(dHs).reshape(T * N, P).T.dot(rows(ms).reshape(T * N, H)))
        return tuple(grads)

    backward.fresh_grads = True
    packed = Tensor._from_op(out, "lstm", inputs, backward)
    hs_out = packed[:T * N * P].reshape(T, N, P)
    return hs_out, hs_out[0 if reverse else T - 1], packed[T * N * P:].reshape(N, H)
