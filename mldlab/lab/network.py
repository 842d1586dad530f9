"""From a ``Setup`` to the engine's objects: the network, its loss, the optimizer and the schedule (PyTorch names).

The network is the slides' deep network, one ``Linear`` and one activation g per hidden layer:

    (1) z⁽ᵏ⁾ = a⁽ᵏ⁻¹⁾ W⁽ᵏ⁾ᵀ + b⁽ᵏ⁾,   a⁽ᵏ⁾ = g(z⁽ᵏ⁾)        (then ``Dropout(p)`` when dropout p > 0)
    (2) the output: binary      ŷ = σ(z)                 Linear(…, 1) + Sigmoid, loss BCELoss (or MSELoss)
                    multiclass  logits z, softmax in the loss   Linear(…, K), loss CrossEntropyLoss
                    regression  ŷ = z                     Linear(…, 1), loss MSELoss
    (3) the loss minimised:  J = J_data + λ₁·Σ|w| + λ₂·Σw²   over the weights W (not the biases b), as Keras's
        ``kernel_regularizer=l1_l2(l1=λ₁, l2=λ₂)``; the curves show J_data, so runs with and without it compare.
        The optimizer's own ``weight_decay`` is PyTorch's (g ← g + λθ on every parameter), a separate option.

The binary output is a Sigmoid layer, as on the slides (ŷ = g(z) with g = σ), so ``explain.forward`` shows ŷ and
``explain.gradient_step`` uses the slides' BCE on probabilities.

Examples
--------
>>> from mldlab.lab.spec import Setup
>>> from mldlab._random import Generator
>>> build_network(Setup.defaults(), n_inputs=2, n_outputs=1, generator=Generator(0))
Sequential(
  (0): Linear(in_features=2, out_features=4, bias=True)
  (1): Tanh()
  (2): Linear(in_features=4, out_features=4, bias=True)
  (3): Tanh()
  (4): Linear(in_features=4, out_features=1, bias=True)
  (5): Sigmoid()
)
"""

from mldlab import _random, nn, optim
from mldlab.optim import lr_scheduler

ACTIVATIONS = {"relu": nn.ReLU, "tanh": nn.Tanh, "sigmoid": nn.Sigmoid, "leaky_relu": nn.LeakyReLU,
               "linear": nn.Identity}
LOSSES = {"bce": nn.BCELoss, "cross_entropy": nn.CrossEntropyLoss, "mse": nn.MSELoss}
OPTIMIZERS = {"sgd": optim.SGD, "momentum": optim.SGD, "nesterov": optim.SGD, "adagrad": optim.Adagrad,
              "adadelta": optim.Adadelta, "rmsprop": optim.RMSprop, "adam": optim.Adam}


def build_network(setup, n_inputs: int, n_outputs: int, generator) -> nn.Sequential:
    """(1) and (2): the network, its weights drawn from ``generator`` (PyTorch's default initialisation)."""
    layers, width = [], n_inputs
    with _random.using_generator(generator):
        for layer in setup.hidden:
            layers += [nn.Linear(width, layer.units), ACTIVATIONS[layer.activation]()]
            if setup.dropout > 0:
                layers.append(nn.Dropout(setup.dropout, generator=generator))
            width = layer.units
        layers.append(nn.Linear(width, n_outputs))
    if setup.output == "binary":
        layers.append(nn.Sigmoid())
    return nn.Sequential(*layers)


def build_loss(setup):
    """The data loss J_data of (2)."""
    return LOSSES[setup.loss]()


def build_optimizer(setup, parameters, lr: float | None = None) -> optim.Optimizer:
    """The optimizer named in the setup with its options; momentum and nesterov are ``optim.SGD``."""
    options = setup.optimizer.model_dump()
    name = options.pop("name")
    if name == "nesterov":
        options["nesterov"] = True
    if "betas" in options:
        options["betas"] = tuple(options["betas"])
    return OPTIMIZERS[name](parameters, lr=setup.learning_rate if lr is None else lr, **options)


def build_scheduler(setup, optimizer):
    """The learning-rate schedule, stepped once per epoch (PyTorch's convention), or None."""
    schedule = setup.schedule
    if schedule is None:
        return None
    if schedule.name == "step":
        return lr_scheduler.StepLR(optimizer, step_size=schedule.step_size, gamma=schedule.gamma)
    if schedule.name == "exponential":
        return lr_scheduler.ExponentialLR(optimizer, gamma=schedule.gamma)
    return lr_scheduler.CosineAnnealingLR(optimizer, T_max=schedule.T_max)


def penalty(network: nn.Sequential, l1: float, l2: float):
    """(3) λ₁·Σ|w| + λ₂·Σw² over the weights of the Linear layers (None when both are 0)."""
    if not l1 and not l2:
        return None
    total = None
    for layer in network:
        if isinstance(layer, nn.Linear):
            w = layer.weight
            term = (l1 * w.abs().sum() if l1 else 0) + (l2 * (w * w).sum() if l2 else 0)
            total = term if total is None else total + term
    return total
