"""The Keras layers, one after another, that compute what an mldlab network computes, with their weights: what
``to_keras_code`` writes and ``keras_weights`` returns.

Each mldlab layer names its Keras equivalent (``layer._keras_layer(ndim)``, ``ndim`` the number of axes of its
input). This module adds what concerns the network as a whole, the layout of images:

- PyTorch holds images channels-first, (N, C, H, W); Keras channels-last, (N, H, W, C). A network that starts
  with convolutions or pooling gets a Keras input of shape (H, W, C); one that reaches them later gets a
  ``layers.Permute`` that moves the channels last;
- a layer that is not about channels (``Linear``, ``Softmax``, ``Unflatten``, ...) after them needs the axes back
  in PyTorch's order: a ``Permute`` again, except for the usual ``Flatten`` then ``Linear``, where the ``Dense``
  kernel's rows are reordered instead: Keras flattens each sample as (s, c) (s = the position h·W + w), PyTorch
  as (c, s), so row s·C + c of K is row c·S + s of Wᵀ.
"""

import numpy as np

from mldlab.i18n import message

_ELEMENTWISE = ("Activation", "LeakyReLU", "Dropout", "Identity")


class KerasPlan:
    """The Keras layers for ``leaves`` ((name, layer) pairs in order), for inputs with ``ndim`` axes (batch
    included) and ``channels`` input channels (when known).

    Attributes
    ----------
    entries : list of dict
        ``{"layer": "Conv2D", "options": [...], "weights": [...] or None}`` in order, Dense layers with their
        activations merged in (``Dense(8, activation="relu")``).
    input_channels_last, output_channels_last : bool
        Whether Keras's input (output) holds images channels-last where PyTorch's holds them channels-first.
    batch_second, sequence : bool
        Whether the network has PyTorch's (T, N, F) sequences (batch_first=False); ends with a recurrent layer.
    """

    def __init__(self, leaves: list, ndim: int, channels: int | None, hook):
        self.entries, self.input_channels_last, self.batch_second, self.sequence = [], False, False, False
        channels_first, at_input, pending = False, True, None
        for index, (where, layer) in enumerate(leaves):
            if self.sequence:
                raise ValueError(message("interop_keras_unsupported", layer=_where(where, type(layer).__name__),
                                         reason=message("keras_cnn_handoff_after_recurrent")))
            entries = hook(where, layer, ndim)
            first = entries[0]
            elementwise = _elementwise(first)
            if first.get("channels") and not channels_first:
                if at_input:
                    self.input_channels_last = True
                else:
                    self.entries.append(_permute(ndim, last=True))
                    channels = None  # not known here: a Flatten later moves the axes back rather than the rows
                channels_first = True
            elif channels_first and not first.get("channels") and not elementwise:
                if first["layer"] == "Flatten" and channels and _next_is_linear(leaves[index + 1:], hook):
                    pending = channels
                else:
                    self.entries.append(_permute(ndim, last=False))
                channels_first = False
            at_input = at_input and elementwise
            for entry in entries:
                entry = {**entry, "options": list(entry["options"])}
                if entry.get("dense"):
                    entry["weights"] = _dense_weights(layer, pending)
                    pending = None
                self._add(entry)
                channels = entry.get("out_channels", channels)
                ndim = entry.get("ndim") or ndim
                self.sequence = self.sequence or bool(entry.get("sequence"))
                self.batch_second = self.batch_second or bool(entry.get("batch_second"))
        self.output_channels_last = channels_first

    def _add(self, entry: dict) -> None:
        """Append a layer; an activation right after a Dense or Conv layer goes into it, after the arguments given
        by position (``Dense(8, activation="tanh")``, ``Conv2D(6, 5, activation="relu", padding="same")``)."""
        previous = self.entries[-1] if self.entries else None
        takes = previous and (previous.get("dense") or previous["layer"] in ("Conv1D", "Conv2D"))
        if entry.get("activation") and takes and not previous.get("activation"):
            options = previous["options"]
            at = next((i for i, option in enumerate(options) if "=" in option), len(options))
            options.insert(at, f'activation="{entry["activation"]}"')
            previous["activation"] = entry["activation"]
            return
        self.entries.append(entry)

    @property
    def weights(self) -> list:
        return [w for entry in self.entries for w in entry.get("weights") or ()]


def _elementwise(entry: dict) -> bool:
    """Whether the Keras layer treats every number alike (so the axes' order does not matter to it)."""
    return entry["layer"] in _ELEMENTWISE and entry.get("activation") not in ("softmax", "log_softmax")


def _next_is_linear(rest: list, hook) -> bool:
    """Whether the next layer that is not element-wise is a Linear one (its rows can take the reordering)."""
    for where, layer in rest:
        if hasattr(layer, "in_features"):
            return True
        try:
            first = hook(where, layer, 2)[0]
        except ValueError:  # its own error comes when the plan reaches it
            return False
        if not _elementwise(first):
            return False
    return False


def _dense_weights(layer, channels: int | None) -> list:
    """K = Wᵀ (rows reordered from (c, s) to (s, c) after a Flatten of ``channels`` channels), then b."""
    kernel = layer.weight._data.T
    if channels is not None:
        positions = kernel.shape[0] // channels
        order = np.arange(channels * positions).reshape(channels, positions).T.reshape(-1)
        kernel = kernel[order]
    weights = [np.ascontiguousarray(kernel)]
    if layer.bias is not None:
        weights.append(layer.bias._data.copy())
    return weights


def _permute(ndim: int, last: bool) -> dict:
    """Keras's ``Permute`` (axes counted from 1, without the batch axis) moving the channels last or back first."""
    axes = (*range(2, ndim), 1) if last else (ndim - 1, *range(1, ndim - 1))
    return {"layer": "Permute", "options": [repr(axes)]}


def _where(where: str, cls: str) -> str:
    return f"'{where}' ({cls})" if where else cls
