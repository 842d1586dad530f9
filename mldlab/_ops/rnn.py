"""One Elman RNN layer (one direction) over a whole sequence as one graph node, with backpropagation through time.

For t = 1 … T (the slides' recurrent cell; ``nonlinearity='relu'`` puts ReLU in place of tanh):

    (1) z_t = W_ih x_t + b_ih + W_hh h_{t−1} + b_hh
    (2) h_t = tanh(z_t)

Speed: W_ih x_t is one matrix product for all time steps at once; each step then adds W_hh h_{t−1}. The backward
pass walks time in reverse, collecting ∂J/∂z_t of every step, so that ∂J/∂W_ih, ∂J/∂W_hh, ∂J/∂b and ∂J/∂x are
one product each at the end.
"""

import numpy as np

from mldlab._ops._rnn_util import steps_in_order
from mldlab.tensor import Tensor


def rnn(x: Tensor, h0: Tensor | None, weight_ih: Tensor, weight_hh: Tensor, bias_ih: Tensor | None = None,
        bias_hh: Tensor | None = None, nonlinearity: str = "tanh", reverse: bool = False) -> tuple:
    """Run (1)–(2) over x of shape (T, N, I) from h_0 (zeros when None); with ``reverse``, from x_T back to x_1.

    Returns
    -------
    (hs, h_n)
        hs (T, N, H): h_t for every t in time order, the output of one graph node "rnn_tanh" (or "rnn_relu");
        h_n (N, H): the state after the last step run.
    """
    X = steps_in_order(x._data, reverse)  # (T, N, I) in the order the steps run
    T, N, I = X.shape
    W_ih, W_hh = weight_ih._data, weight_hh._data
    H = W_hh.shape[1]
    X2 = X.reshape(T * N, I)
    Z = X2.dot(W_ih.T).reshape(T, N, H)  # W_ih x_t for every t; then h_t, in place
    if bias_ih is not None:
        Z += bias_ih._data + bias_hh._data
    hs = np.empty((T + 1, N, H), X.dtype)  # h_0 … h_T
    hs[0] = 0 if h0 is None else h0._data
    W_hhT = W_hh.T
    for t in range(T):
        z = Z[t]
        z += hs[t].dot(W_hhT)  # (1)
        if nonlinearity == "tanh":
            np.tanh(z, out=hs[t + 1])  # (2)
        else:
            np.maximum(z, 0, out=hs[t + 1])
    out = steps_in_order(hs[1:], reverse).copy()
    inputs = tuple(t for t in (x, h0, weight_ih, weight_hh, bias_ih, bias_hh) if t is not None)

    def backward(g):
        dH = steps_in_order(g, reverse)  # ∂J/∂h_t from above (the next layer or the loss)
        # ∂tanh(z)/∂z = 1 − tanh²(z),  ∂ReLU(z)/∂z = 1 if z > 0 else 0, for all steps at once
        D = 1 - hs[1:] ** 2 if nonlinearity == "tanh" else (hs[1:] > 0).astype(X.dtype)
        dZ = np.empty((T, N, H), X.dtype)
        dh_next = np.zeros((N, H), X.dtype)  # ∂J/∂h_t through h_{t+1}
        for t in reversed(range(T)):
            np.add(dH[t], dh_next, out=dZ[t])
            dZ[t] *= D[t]  # (2)
            dh_next = dZ[t].dot(W_hh)  # (1): ∂z_t/∂h_{t−1} = W_hh
        dZ2 = dZ.reshape(T * N, H)
        grads = [steps_in_order(dZ2.dot(W_ih).reshape(T, N, I), reverse) if x._requires_grad else None]
        if h0 is not None:
            grads.append(dh_next)
        grads += [dZ2.T.dot(X2) if weight_ih._requires_grad else None,
                  dZ2.T.dot(hs[:T].reshape(T * N, H)) if weight_hh._requires_grad else None]
        if bias_ih is not None:
            gb = dZ2.sum(axis=0)  # ∂z_t/∂b_ih = ∂z_t/∂b_hh = 1, summed over steps and batch
            grads += [gb, gb.copy()]
        return tuple(grads)

    backward.fresh_grads = True
    hs_out = Tensor._from_op(out, "rnn_" + nonlinearity, inputs, backward)
    return hs_out, hs_out[0 if reverse else T - 1]
