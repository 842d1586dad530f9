"""Figures for the lessons, drawn from the objects you already have (a model, a History, data).

===================  ===========================================================================================
``activations``      g and g′ of sigmoid, tanh, ReLU, leaky ReLU, one panel each
``perceptron``       the slide's line 1 + 3x₁ − 2x₂ = 0, the half-planes coloured by ŷ, the point (−1, 2)
``nonlinearity``     the same data fitted by a linear model and by a network with activations
``decision_boundary``  the regions of any model with 2 inputs (binary or multi-class), train and test points
``network``          the diagram of a sequential model, edges coloured and thickened by weight
``history``          loss and metrics per epoch (and iteration), training vs validation, early stopping marked
``learning_rates``   one problem trained with a too-small, a good and a too-large learning rate
``optimizer_race``   SGD, Momentum, Nesterov, Adagrad, Adadelta, RMSprop, Adam on 2-D surfaces (and a GIF)
``loss_landscape``   the loss around a trained model along filter-normalised random directions (Li et al.)
``batch_sizes``      full-batch gradient descent vs SGD vs mini-batches: noise and cost
``capacity``         under-, well- and over-fitting: three capacities, train vs test error
``regularization``   the same network with and without dropout and early stopping
===================  ===========================================================================================

Every function returns a ``matplotlib.figure.Figure`` (shown inline in Jupyter, saved with
``fig.savefig("name.png")``), works without a display, and writes its titles, labels and legends in the language in
force (``mldlab.set_language("ko")``) or the one given as ``lang=``. Korean is drawn with NanumGothic from the
``koreanize-matplotlib`` package (``pip install 'mldlab[viz]'``), registered with matplotlib without changing its
global settings. ``import mldlab`` does not import matplotlib: ``mldlab.viz`` is loaded on first use.

Examples
--------
>>> from mldlab import viz
>>> fig = viz.activations(lang="ko")
>>> fig.axes[0].get_title()
'시그모이드: σ(z) = 1 / (1 + e⁻ᶻ)'
"""

from mldlab.viz.activations import activations
from mldlab.viz.batch_sizes import batch_sizes
from mldlab.viz.boundary import decision_boundary, nonlinearity
from mldlab.viz.capacity import capacity
from mldlab.viz.history import history
from mldlab.viz.learning_rates import learning_rates
from mldlab.viz.loss_landscape import loss_landscape
from mldlab.viz.network import network
from mldlab.viz.optimizer_race import optimizer_race
from mldlab.viz.perceptron import perceptron
from mldlab.viz.regularization import regularization

__all__ = ["activations", "perceptron", "nonlinearity", "decision_boundary", "network", "history", "learning_rates",
           "optimizer_race", "loss_landscape", "batch_sizes", "capacity", "regularization"]
