"""The slides' computations done live, with real numbers: data first (``to_dict()``), text second (``print``).

=========================================  =====================================================================
function                                   what it shows
=========================================  =====================================================================
``perceptron(w0, w, x, activation)``       z = w₀ + Σ xᵢwᵢ term by term, ŷ = g(z), the side of the line
``forward(model, x)``                      z and activations layer by layer, with shapes and values
``backprop(model, x, y, loss)``            ∂J/∂w as products of local derivatives along each path, = autograd
``gradient_step(model, optimizer, x, y)``  one update W ← W − η ∂J/∂W, or the optimizer's own rule, = step()
``activation(name)``                       g, g′, range and when to use it, with values
``loss(name, y_true, y_pred)``             BCE, MSE, cross-entropy with the numbers in; the empirical risk
``diagnose(history)``                      the training doctor: what happened, the evidence, what to try
``knn(model, x)``                          a KNN prediction: the k nearest points, their distances, the vote
``least_squares(model, X, y)``             the normal equations (XᵀX + αI)w = Xᵀy with numbers, w, b, R²
``tree_path(model, x)``                    one sample's path through a tree: each test, impurity and ΔI
``boosting_round(model, X, y, round)``     AdaBoost's error, say and new sample weights; or gradient boosting's
                                           residuals, its tree and F ← F + η·h
``kmeans(model, X)``, ``kmeans(X, μ)``     one Lloyd iteration: squared distances, assignment, new centres as
                                           sums/counts, inertia before and after, how far the centres moved
``pca(model, X)``, ``pca(X)``              the covariance matrix, its eigenvectors (C·v = λ·v), the variance each
                                           axis explains, a sample projected z = Vᵀ(x − μ)
``convolution(layer_or_model, x)``         one output of a convolution: the patch under the kernel (padding as
                                           zeros), the kernel, the products, z = Σ x·w + b, = the layer's output
``pooling(layer, x)``                      one output of a pooling layer: the window, the largest value (the one
                                           that gets the gradient) or the mean
``batch_norm(layer, x)``                   μ_B, σ²_B, x̂ = (x − μ_B)/√(σ²_B + ε), y = γx̂ + β and the running
                                           statistics' update, in training or evaluation mode
``lstm_step(layer, x, t)``                 one LSTM step: the gates i, f, g, o with their numbers, cₜ and hₜ
=========================================  =====================================================================

Every result prints in the language in force (``mldlab.set_language``; ``lang=`` fixes it), renders as Markdown
with LaTeX in Jupyter, and gives plain JSON with ``to_dict()`` (what the web lab sends to the browser).

>>> import mldlab
>>> round(mldlab.explain.perceptron().y_hat, 4)       # the slide: g(−6) ≈ 0.002
0.0025
"""

from mldlab.explain.activation import ActivationResult, activation
from mldlab.explain.backprop import BackpropResult, backprop
from mldlab.explain.batch_norm import BatchNormResult, batch_norm
from mldlab.explain.boosting_round import AdaBoostRoundResult, GradientBoostingRoundResult, boosting_round
from mldlab.explain.convolution import ConvolutionResult, convolution
from mldlab.explain.diagnose import DiagnoseResult, diagnose
from mldlab.explain.forward import ForwardResult, forward
from mldlab.explain.gradient_step import GradientStepResult, gradient_step
from mldlab.explain.kmeans import KMeansResult, kmeans
from mldlab.explain.knn import KNNResult, knn
from mldlab.explain.least_squares import LeastSquaresResult, least_squares
from mldlab.explain.loss import LossResult, loss
from mldlab.explain.lstm_step import LSTMStepResult, lstm_step
from mldlab.explain.pca import PCAResult, pca
from mldlab.explain.perceptron import PerceptronResult, perceptron
from mldlab.explain.pooling import PoolingResult, pooling
from mldlab.explain.tree_path import TreePathResult, tree_path

__all__ = ["perceptron", "forward", "backprop", "gradient_step", "activation", "loss", "diagnose",
           "PerceptronResult", "ForwardResult", "BackpropResult", "GradientStepResult", "ActivationResult",
           "LossResult", "DiagnoseResult", "knn", "KNNResult", "least_squares",
           "LeastSquaresResult", "tree_path", "TreePathResult",
           "boosting_round", "AdaBoostRoundResult", "GradientBoostingRoundResult", "kmeans", "KMeansResult", "pca",
           "PCAResult", "convolution", "ConvolutionResult", "pooling", "PoolingResult", "batch_norm", "BatchNormResult",
           "lstm_step", "LSTMStepResult"]
