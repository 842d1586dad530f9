"""The PyTorch source that builds an mldlab network, as written on the slides (PyTorch itself is not needed)."""

import json

from mldlab.interop._checks import _check_name, _config
from mldlab.nn.module import Module


def to_pytorch_code(module: Module, name: str = "model") -> str:
    """The PyTorch source that builds the same network, as written on the slides.

    Parameters
    ----------
    module : Module
    name : str, default "model"
        The variable the network is assigned to.

    Returns
    -------
    str
        Python source. Running it builds the network with fresh random weights; copy mldlab's in with
        ``model.load_state_dict({k: torch.from_numpy(v.numpy()) for k, v in mldlab_model.state_dict().items()})``
        (the names are the same), or use ``to_torch`` directly.

    Examples
    --------
    >>> from collections import OrderedDict
    >>> from mldlab import nn
    >>> net = nn.Sequential(OrderedDict([("hidden", nn.Linear(2, 3, bias=False)), ("g", nn.LeakyReLU(0.1))]))
    >>> print(to_pytorch_code(net, name="net"))
    from collections import OrderedDict
    <BLANKLINE>
    import torch
    from torch import nn
    <BLANKLINE>
    net = nn.Sequential(OrderedDict([
        ("hidden", nn.Linear(2, 3, bias=False)),
        ("g", nn.LeakyReLU(0.1)),
    ]))
    <BLANKLINE>
    """
    config = _config(module, "to_pytorch_code")
    _check_name(name, "to_pytorch_code")
    expression = _torch_expression(config, 0)
    imports = "import torch\nfrom torch import nn\n"
    if "OrderedDict([" in expression:
        imports = "from collections import OrderedDict\n\n" + imports
    return f"{imports}\n{name} = {expression}\n"


def _torch_expression(config: dict, depth: int) -> str:
    name, args = config["class"], config["args"]
    if name != "Sequential":
        return f"nn.{name}({', '.join(_torch_arguments(name, args))})"
    children = config["children"]
    if not children:
        return "nn.Sequential()"
    inner, outer = "    " * (depth + 1), "    " * depth
    if all(child["name"] == str(i) for i, child in enumerate(children)):
        lines = [f"{inner}{_torch_expression(child, depth + 1)}," for child in children]
        return "nn.Sequential(\n" + "\n".join(lines) + f"\n{outer})"
    lines = [f"{inner}({json.dumps(child['name'], ensure_ascii=False)}, {_torch_expression(child, depth + 1)}),"
             for child in children]
    return "nn.Sequential(OrderedDict([\n" + "\n".join(lines) + f"\n{outer}]))"


def _torch_arguments(name: str, args: dict) -> list:
    """The constructor arguments as one would write them: the main ones by position, others only if not default."""
    if name == "Linear":
        parts = [str(args["in_features"]), str(args["out_features"])]
        parts += [] if args["bias"] else ["bias=False"]
        parts += [] if args["dtype"] == "float32" else [f"dtype=torch.{args['dtype']}"]
    elif name == "Flatten":
        parts = [f"start_dim={args['start_dim']}"] if args["start_dim"] != 1 else []
        parts += [f"end_dim={args['end_dim']}"] if args["end_dim"] != -1 else []
    elif name in ("Softmax", "LogSoftmax"):
        parts = [] if args["dim"] is None else [f"dim={args['dim']}"]
    elif name == "LeakyReLU":
        parts = [repr(args["negative_slope"])]
    elif name == "Dropout":
        parts = [repr(args["p"])]
    else:
        parts = []
    return parts + (["inplace=True"] if args.get("inplace") else [])
