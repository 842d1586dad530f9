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
``decision_regions``  the regions of any fitted 2-D classifier, several side by side (k = 1 vs a large k)
``tree_diagram``     a fitted decision tree as boxes (test, impurity, samples, value, class) and arrows
``ensemble_vs_tree``  one deep tree's jagged regions beside a random forest's (or bagging's) smoother ones
``feature_importances``  a model's feature_importances_ (or |coef_|) as sorted bars
``roc``              ROC curves with their AUC, and the chance diagonal
``learning_curve``   training vs validation score as the training set grows (±1 std over the folds)
``validation_curve``  training vs validation score over one hyper-parameter, overfitting side marked
``kmeans_steps``     k-means from given centres, one panel per Lloyd iteration (assignment, moves, inertia)
``kmeans_animation``  the same iterations as an animation (``anim.save("kmeans.gif", writer="pillow")``)
``elbow``            k-means' inertia for k = 1, 2, …, the elbow marked
``silhouette``       the silhouette plot: s(i) of every point, sorted within each cluster, and their mean
``dendrogram``       the merge tree of an agglomerative clustering (or a linkage matrix), cut into clusters
``dbscan_points``    DBSCAN's core, border and noise points, with ε-circles
``scree``            PCA's explained variance ratio per component and its cumulative sum
``pca_directions``   2-D data with its principal axes as arrows of length √λ
``pca_digits``       images projected on their first two principal components, some drawn at their points
``embedding``        any 2-D embedding (t-SNE, PCA) coloured by class, each class named at its middle
``kernels``          a convolution layer's kernels as small images (red > 0, blue < 0), per output (and input) channel
``feature_maps``     the input and the maps after each layer of a CNN, one row per layer
``receptive_field``  which input pixels one unit of a layer sees: the box from the layers, the gradient beside it
``saliency``         |∂score/∂x| of an image as a heat map beside it: the pixels the answer depends on
``unrolled_rnn``     a recurrent layer unrolled over a sequence: xₜ → hₜ boxes, hₜ's numbers under each step
``lstm_gates``       an LSTM's gates i, f, g, o and its states c, h over a sequence, recomputed from its weights
``gradient_norms_over_time``  ‖∂L/∂hₜ‖ per step: vanishing in a plain RNN, kept by an LSTM
``cnn_vs_mlp``       a CNN's and an MLP's training on the same images, with their parameter counts
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
from mldlab.viz.cnn_vs_mlp import cnn_vs_mlp
from mldlab.viz.dbscan_points import dbscan_points
from mldlab.viz.decision_regions import decision_regions
from mldlab.viz.dendrogram import dendrogram
from mldlab.viz.elbow import elbow
from mldlab.viz.embedding import embedding
from mldlab.viz.ensemble_vs_tree import ensemble_vs_tree
from mldlab.viz.feature_maps import feature_maps
from mldlab.viz.gradient_time import gradient_norms_over_time
from mldlab.viz.history import history
from mldlab.viz.importances import feature_importances
from mldlab.viz.kernels import kernels
from mldlab.viz.kmeans_steps import kmeans_animation, kmeans_steps
from mldlab.viz.learning_curves import learning_curve, validation_curve
from mldlab.viz.learning_rates import learning_rates
from mldlab.viz.loss_landscape import loss_landscape
from mldlab.viz.lstm_gates import lstm_gates
from mldlab.viz.network import network
from mldlab.viz.optimizer_race import optimizer_race
from mldlab.viz.pca_plots import pca_digits, pca_directions, scree
from mldlab.viz.perceptron import perceptron
from mldlab.viz.receptive_field import receptive_field
from mldlab.viz.regularization import regularization
from mldlab.viz.roc import roc
from mldlab.viz.saliency import saliency
from mldlab.viz.silhouette import silhouette
from mldlab.viz.tree_diagram import tree_diagram
from mldlab.viz.unrolled_rnn import unrolled_rnn

__all__ = ["activations", "perceptron", "nonlinearity", "decision_boundary", "network", "history", "learning_rates",
           "optimizer_race", "loss_landscape", "batch_sizes", "capacity", "regularization", "decision_regions",
           "tree_diagram", "ensemble_vs_tree", "feature_importances", "roc", "learning_curve", "validation_curve",
           "kmeans_steps", "kmeans_animation", "elbow", "silhouette", "dendrogram", "dbscan_points", "scree",
           "pca_directions", "pca_digits", "embedding", "kernels", "feature_maps", "receptive_field", "saliency",
           "unrolled_rnn", "lstm_gates", "gradient_norms_over_time", "cnn_vs_mlp"]
