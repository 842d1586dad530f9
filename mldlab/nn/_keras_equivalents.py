"""The Keras 3 layers that compute what the convolution, pooling, normalisation, embedding and recurrent layers
compute, with their weights in Keras's shapes and order: what each layer's ``_keras_layer(ndim)`` hook returns to
``mldlab.interop.to_keras_code`` and ``keras_weights``.

Each function gives one dict per Keras layer, ``{"layer": "Conv2D", "options": [...], "weights": [...]}``, and
marks what the hand-off must know: ``"channels": True`` for a layer that works on channels-first data in PyTorch
(N, C, H, W) where Keras's works channels-last (N, H, W, C); ``"ndim"`` for the number of axes after it;
``"sequence": True`` for a recurrent layer (PyTorch returns (output, state) and nothing can follow it in an
``nn.Sequential``). A layer Keras cannot express raises ValueError with the reason.

    Conv2d       W (out, in, kH, kW)  →  K (kH, kW, in, out) = W transposed (2, 3, 1, 0)
    BatchNorm    γ, β, running mean, running variance (Keras's order), momentum 1 − m
    LSTM         K = W_ihᵀ, U = W_hhᵀ, b = b_ih + b_hh (gates i, f, g, o in both)
    GRU          gates r, z, n → z, r, h; biases b_ih, b_hh → one (2, 3H) array
"""

import numpy as np

from mldlab.i18n import message


def _array(t) -> np.ndarray:
    return t._data.copy()


def _same_as_keras(padding: tuple, kernel: tuple, dilation: tuple) -> bool:
    """Whether symmetric zero padding p gives Keras's 'same' with stride 1: 2p = d(k − 1) on every axis."""
    return all(2 * p == d * (k - 1) for p, k, d in zip(padding, kernel, dilation))


def convolution(layer, ndim: int) -> list:
    """``Conv1d``/``Conv2d`` → ``Conv1D``/``Conv2D`` (zero padding that is not 'same' → ``ZeroPadding2D`` first)."""
    dims = len(layer.kernel_size)
    if layer.padding_mode != "zeros":
        raise ValueError(message("keras_cnn_handoff_padding_mode", mode=layer.padding_mode))
    kind = f"Conv{dims}D"
    entries = []
    padding = layer.padding
    if padding == "same" or (padding != "valid" and any(padding) and layer.stride == (1,) * dims and
                             _same_as_keras(padding, layer.kernel_size, layer.dilation)):
        option = ['padding="same"']
    else:
        option = []
        if padding != "valid" and any(padding):
            entries.append({"layer": f"ZeroPadding{dims}D", "options": [f"padding={_number(padding)}"],
                            "channels": True})
    options = [str(layer.out_channels), _number(layer.kernel_size)]
    if layer.stride != (1,) * dims:
        options.append(f"strides={_number(layer.stride)}")
    options += option
    if layer.dilation != (1,) * dims:
        options.append(f"dilation_rate={_number(layer.dilation)}")
    if layer.groups != 1:
        options.append(f"groups={layer.groups}")
    if layer.bias is None:
        options.append("use_bias=False")
    axes = (*range(2, dims + 2), 1, 0)  # (out, in, kH, kW) → (kH, kW, in, out)
    weights = [np.ascontiguousarray(layer.weight._data.transpose(axes))]
    if layer.bias is not None:
        weights.append(_array(layer.bias))
    entries.append({"layer": kind, "options": options, "weights": weights, "channels": True,
                    "out_channels": layer.out_channels})
    return entries


def _number(values: tuple) -> str:
    """(3, 3) → "3", (3, 2) → "(3, 2)": as one writes it."""
    values = tuple(values)
    return str(values[0]) if len(set(values)) == 1 else repr(values)


def _sizes(value, dims: int) -> tuple:
    return tuple(value) if isinstance(value, (tuple, list)) else (value,) * dims


def pooling(layer, ndim: int) -> list:
    """``MaxPool1d/2d``, ``AvgPool1d/2d`` → ``MaxPooling1D/2D``, ``AveragePooling1D/2D`` ('valid'); an average's
    zero padding counted in the mean (PyTorch's default) → ``ZeroPadding2D`` first."""
    kind = "Max" if type(layer).__name__.startswith("Max") else "Average"
    dims = int(type(layer).__name__[-2])
    kernel, stride, padding = (_sizes(getattr(layer, key), dims) for key in ("kernel_size", "stride", "padding"))
    if layer.ceil_mode:
        raise ValueError(message("keras_cnn_handoff_option", option="ceil_mode=True"))
    if kind == "Max" and (any(padding) or _sizes(layer.dilation, dims) != (1,) * dims or layer.return_indices):
        raise ValueError(message("keras_cnn_handoff_option", option="padding, dilation, return_indices"))
    entries = []
    if kind == "Average" and any(padding):
        if not layer.count_include_pad or getattr(layer, "divisor_override", None):
            raise ValueError(message("keras_cnn_handoff_option", option="count_include_pad=False, divisor_override"))
        entries.append({"layer": f"ZeroPadding{dims}D", "options": [f"padding={_number(padding)}"],
                        "channels": True})
    options = [_number(kernel)] + ([] if stride == kernel else [f"strides={_number(stride)}"])
    entries.append({"layer": f"{kind}Pooling{dims}D", "options": options, "channels": True})
    return entries


def adaptive_pooling(layer, ndim: int) -> list:
    """``AdaptiveAvgPool2d(1)`` (one value per channel) → ``GlobalAveragePooling2D(keepdims=True)``; other output
    sizes depend on the input's size, which Keras's layers do not adapt to."""
    name = type(layer).__name__
    dims = int(name[-2])
    if _sizes(layer.output_size, dims) != (1,) * dims or getattr(layer, "return_indices", False):
        raise ValueError(message("keras_cnn_handoff_adaptive", size=layer.output_size))
    kind = "Average" if "Avg" in name else "Max"
    return [{"layer": f"Global{kind}Pooling{dims}D", "options": ["keepdims=True"], "channels": True}]


def batch_norm(layer, ndim: int) -> list:
    """``BatchNorm1d/2d`` → ``BatchNormalization(momentum=1 − m, epsilon=eps)`` on the channels (Keras's last axis)."""
    if not layer.track_running_stats or layer.momentum is None:
        raise ValueError(message("keras_cnn_handoff_option", option="track_running_stats=False, momentum=None"))
    options = [f"momentum={float(f'{1 - layer.momentum:.12g}')!r}", f"epsilon={float(layer.eps)!r}"]
    weights = []
    if layer.weight is None:
        options.append("scale=False")
    else:
        weights.append(_array(layer.weight))
    if layer.bias is None:
        options.append("center=False")
    else:
        weights.append(_array(layer.bias))
    weights += [_array(layer.running_mean), _array(layer.running_var)]
    channels = ndim > 2 or type(layer).__name__ == "BatchNorm2d"  # the channels of sequences or images
    return [{"layer": "BatchNormalization", "options": options, "weights": weights, "channels": channels,
             "out_channels": layer.num_features}]


def layer_norm(layer, ndim: int) -> list:
    """``LayerNorm(shape)`` → ``LayerNormalization(axis=the last len(shape) axes, epsilon=eps)``."""
    k = len(layer.normalized_shape)
    axis = "-1" if k == 1 else repr(list(range(-k, 0)))
    options = [f"axis={axis}", f"epsilon={float(layer.eps)!r}"]
    weights = []
    if layer.weight is None:
        options.append("scale=False")
    else:
        weights.append(_array(layer.weight))
    if layer.bias is None:
        options.append("center=False")
    else:
        weights.append(_array(layer.bias))
    return [{"layer": "LayerNormalization", "options": options, "weights": weights}]


def embedding(layer, ndim: int) -> list:
    """``Embedding(n, d)`` → ``Embedding(n, d)``, the same table (``padding_idx`` only stops its row's training in
    PyTorch; Keras trains every row)."""
    if layer.max_norm is not None or layer.scale_grad_by_freq:
        raise ValueError(message("keras_cnn_handoff_option", option="max_norm, scale_grad_by_freq"))
    return [{"layer": "Embedding", "options": [str(layer.num_embeddings), str(layer.embedding_dim)],
             "weights": [_array(layer.weight)], "ndim": ndim + 1}]


def recurrent(layer, ndim: int) -> list:
    """``RNN``/``LSTM``/``GRU`` → one Keras layer per PyTorch layer (``return_sequences=True``), wrapped in
    ``Bidirectional`` when bidirectional, with ``Dropout(p)`` between layers as PyTorch's ``dropout``."""
    kind = type(layer).__name__
    if getattr(layer, "proj_size", 0):
        raise ValueError(message("keras_cnn_handoff_option", option=f"proj_size={layer.proj_size}"))
    options = [str(layer.hidden_size)]
    if kind == "RNN" and layer.nonlinearity == "relu":
        options.append('activation="relu"')
    options.append("return_sequences=True")
    if not layer.bias:
        options.append("use_bias=False")
    keras_kind = {"RNN": "SimpleRNN", "LSTM": "LSTM", "GRU": "GRU"}[kind]
    entries = []
    for index in range(layer.num_layers):
        if index and layer.dropout:
            entries.append({"layer": "Dropout", "options": [repr(float(layer.dropout))]})
        suffixes = ["", "_reverse"] if layer.bidirectional else [""]
        weights = [w for suffix in suffixes for w in _recurrent_weights(layer, kind, f"l{index}{suffix}")]
        text = f"layers.{keras_kind}({', '.join(options)})"
        entry = {"layer": "Bidirectional", "options": [text]} if layer.bidirectional else {
            "layer": keras_kind, "options": list(options)}
        entries.append({**entry, "weights": weights, "sequence": True, "batch_second": not layer.batch_first})
    return entries


def _recurrent_weights(layer, kind: str, suffix: str) -> list:
    """Keras's kernel K (F, gH), recurrent kernel U (H, gH) and bias of one direction of one layer."""
    w_ih, w_hh = getattr(layer, f"weight_ih_{suffix}")._data, getattr(layer, f"weight_hh_{suffix}")._data
    h = layer.hidden_size
    order = np.arange(w_ih.shape[0])
    if kind == "GRU":
        order = np.r_[h:2 * h, 0:h, 2 * h:3 * h]  # PyTorch's r, z, n → Keras's z, r, h
    weights = [np.ascontiguousarray(w_ih[order].T), np.ascontiguousarray(w_hh[order].T)]
    if layer.bias:
        b_ih, b_hh = getattr(layer, f"bias_ih_{suffix}")._data, getattr(layer, f"bias_hh_{suffix}")._data
        weights.append(np.stack([b_ih[order], b_hh[order]]) if kind == "GRU" else b_ih + b_hh)
    return weights


def cell(layer, ndim: int) -> list:
    """A cell runs one step with its state given and returned: no layer of a Keras ``Sequential`` does that."""
    raise ValueError(message("keras_cnn_handoff_cell", layer=type(layer).__name__))


def unflatten(layer, ndim: int) -> list:
    """``Unflatten(1, sizes)`` on (N, D) → ``Reshape(sizes)``; on more axes, when Keras's ``Reshape`` can say it."""
    dim = layer.dim + ndim if layer.dim < 0 else layer.dim
    sizes = tuple(layer.unflattened_size)
    if ndim == 2 and dim == 1:
        target = sizes
    elif ndim == 3 and -1 not in sizes:
        target = (-1, *sizes) if dim == 2 else (*sizes, -1)
    else:
        raise ValueError(message("keras_cnn_handoff_unflatten", dim=layer.dim, ndim=ndim))
    return [{"layer": "Reshape", "options": [repr(target)], "ndim": ndim + len(sizes) - 1}]
