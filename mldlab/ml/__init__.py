"""Classical machine learning from scratch, on NumPy, with scikit-learn's contract, names and numbers.

``from sklearn.x import Y`` becomes ``from mldlab.ml import Y``: the same parameters (``n_neighbors``, ``alpha``,
``C``), the same learned attributes (``coef_``, ``intercept_``, ``classes_``, ``n_features_in_``) and methods
(``fit``, ``predict``, ``predict_proba``, ``decision_function``, ``transform``, ``score``), and, tested side by
side, the same results. Each model is one short file whose docstring has its formula and whose code follows it.

======================  ==================================================================================
neighbours              ``KNeighborsClassifier``, ``KNeighborsRegressor``, ``KDTree``
linear models           ``LinearRegression``, ``Ridge``, ``Lasso``, ``LogisticRegression``,
                        ``SGDRegressor``, ``SGDClassifier`` (trained with mldlab's optimizers)
trees                   ``DecisionTreeClassifier``, ``DecisionTreeRegressor``, ``export_text``
ensembles               ``BaggingClassifier``, ``BaggingRegressor``, ``RandomForestClassifier``,
                        ``RandomForestRegressor``, ``AdaBoostClassifier``, ``AdaBoostRegressor``,
                        ``GradientBoostingClassifier``, ``GradientBoostingRegressor``, ``VotingClassifier``,
                        ``VotingRegressor``
clustering              ``KMeans`` (and ``kmeans_plusplus``; ``lloyd_step``, ``kmeans_steps``: each Lloyd iteration
                        for teaching), ``MiniBatchKMeans``, ``AgglomerativeClustering`` (and ``linkage_matrix``
                        for a dendrogram), ``DBSCAN``, ``GaussianMixture``
dimension reduction     ``PCA``, ``TSNE``, ``trustworthiness``
preprocessing           ``StandardScaler``, ``MinMaxScaler`` (from ``mldlab.data``), ``OneHotEncoder``,
                        ``PolynomialFeatures``, ``Pipeline``, ``make_pipeline``
model selection         ``train_test_split`` (from ``mldlab.data``), ``KFold``, ``StratifiedKFold``,
                        ``cross_val_score``, ``GridSearchCV``, ``ParameterGrid``, ``get_scorer``,
                        ``learning_curve``, ``validation_curve``
metrics                 ``accuracy_score``, ``precision_score``, ``recall_score``, ``f1_score``,
                        ``confusion_matrix``, ``roc_curve``, ``roc_auc_score``, ``auc``, ``mean_squared_error``,
                        ``root_mean_squared_error``, ``mean_absolute_error``, ``r2_score``; for clusterings
                        ``silhouette_score``, ``silhouette_samples``, ``adjusted_rand_score``, ``rand_score``,
                        ``adjusted_mutual_info_score``, ``normalized_mutual_info_score``,
                        ``homogeneity_score``, ``completeness_score``, ``v_measure_score``,
                        ``calinski_harabasz_score``, ``davies_bouldin_score``, ``mutual_info_score``,
                        ``contingency_matrix``, ``pair_confusion_matrix``
                        (from ``mldlab.metrics``: one implementation for both parts)
the contract            ``BaseEstimator``, ``clone``, ``ClassifierMixin``, ``RegressorMixin``,
                        ``TransformerMixin``, ``ClusterMixin``, ``DensityMixin``, ``NotFittedError``,
                        ``check_array``, ``check_X_y``, ``check_is_fitted``, ``check_estimator``
======================  ==================================================================================

Examples
--------
>>> from mldlab.data import load_iris
>>> from mldlab.ml import KNeighborsClassifier, StandardScaler, make_pipeline, train_test_split
>>> X, y = load_iris()
>>> X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.3, stratify=y, random_state=0)
>>> model = make_pipeline(StandardScaler(), KNeighborsClassifier(n_neighbors=5)).fit(X_train, y_train)
>>> round(model.score(X_test, y_test), 3)
0.978
"""

from mldlab.data.scalers import MinMaxScaler, StandardScaler
from mldlab.data.split import train_test_split
from mldlab.exceptions import ConvergenceWarning, NotFittedError
from mldlab.metrics import (
    accuracy_score,
    adjusted_mutual_info_score,
    adjusted_rand_score,
    auc,
    calinski_harabasz_score,
    completeness_score,
    confusion_matrix,
    contingency_matrix,
    davies_bouldin_score,
    f1_score,
    homogeneity_completeness_v_measure,
    homogeneity_score,
    mean_absolute_error,
    mean_squared_error,
    mutual_info_score,
    normalized_mutual_info_score,
    pair_confusion_matrix,
    precision_score,
    r2_score,
    rand_score,
    recall_score,
    roc_auc_score,
    roc_curve,
    root_mean_squared_error,
    silhouette_samples,
    silhouette_score,
    v_measure_score,
)
from mldlab.ml.adaboost import AdaBoostClassifier
from mldlab.ml.adaboost_regressor import AdaBoostRegressor
from mldlab.ml.agglomerative import AgglomerativeClustering, linkage_matrix
from mldlab.ml.bagging import BaggingClassifier, BaggingRegressor
from mldlab.ml.base import (
    BaseEstimator,
    ClassifierMixin,
    ClusterMixin,
    DensityMixin,
    RegressorMixin,
    TransformerMixin,
    clone,
)
from mldlab.ml.cross_validation import cross_val_score
from mldlab.ml.dbscan import DBSCAN
from mldlab.ml.estimator_checks import check_estimator
from mldlab.ml.export_text import export_text
from mldlab.ml.gaussian_mixture import GaussianMixture
from mldlab.ml.gradient_boosting import GradientBoostingClassifier, GradientBoostingRegressor
from mldlab.ml.grid_search import GridSearchCV, ParameterGrid
from mldlab.ml.k_fold import KFold, StratifiedKFold
from mldlab.ml.kd_tree import KDTree
from mldlab.ml.kmeans import KMeans, LloydStep, kmeans_plusplus, kmeans_steps, lloyd_step
from mldlab.ml.knn_classifier import KNeighborsClassifier
from mldlab.ml.knn_regressor import KNeighborsRegressor
from mldlab.ml.lasso import Lasso
from mldlab.ml.learning_curve import learning_curve, validation_curve
from mldlab.ml.linear_regression import LinearRegression
from mldlab.ml.logistic_regression import LogisticRegression
from mldlab.ml.minibatch_kmeans import MiniBatchKMeans
from mldlab.ml.one_hot_encoder import OneHotEncoder
from mldlab.ml.pca import PCA
from mldlab.ml.pipeline import Pipeline, make_pipeline
from mldlab.ml.polynomial_features import PolynomialFeatures
from mldlab.ml.random_forest import RandomForestClassifier, RandomForestRegressor
from mldlab.ml.ridge import Ridge
from mldlab.ml.scoring import get_scorer
from mldlab.ml.sgd import SGDClassifier, SGDRegressor
from mldlab.ml.tree import DecisionTreeClassifier, DecisionTreeRegressor
from mldlab.ml.trustworthiness import trustworthiness
from mldlab.ml.tsne import TSNE
from mldlab.ml.validation import check_array, check_is_fitted, check_X_y
from mldlab.ml.voting import VotingClassifier, VotingRegressor

__all__ = [
    "KNeighborsClassifier", "KNeighborsRegressor", "KDTree",
    "KMeans", "MiniBatchKMeans", "kmeans_plusplus", "lloyd_step", "kmeans_steps", "LloydStep",
    "AgglomerativeClustering", "linkage_matrix",
    "DecisionTreeClassifier", "DecisionTreeRegressor", "export_text",
    "AdaBoostClassifier", "AdaBoostRegressor", "GradientBoostingClassifier", "GradientBoostingRegressor",
    "RandomForestClassifier", "RandomForestRegressor", "BaggingClassifier", "BaggingRegressor", "VotingClassifier",
    "VotingRegressor",
    "LinearRegression", "Ridge", "Lasso", "LogisticRegression", "SGDRegressor", "SGDClassifier",
    "StandardScaler", "MinMaxScaler", "OneHotEncoder", "PolynomialFeatures", "Pipeline", "make_pipeline",
    "train_test_split", "KFold", "StratifiedKFold", "cross_val_score", "GridSearchCV", "ParameterGrid", "get_scorer",
    "learning_curve", "validation_curve",
    "accuracy_score", "precision_score", "recall_score", "f1_score", "confusion_matrix", "roc_curve",
    "roc_auc_score", "auc", "mean_squared_error", "root_mean_squared_error", "mean_absolute_error", "r2_score",
    "silhouette_score", "silhouette_samples", "adjusted_rand_score", "rand_score", "contingency_matrix",
    "calinski_harabasz_score", "davies_bouldin_score", "normalized_mutual_info_score", "adjusted_mutual_info_score",
    "homogeneity_score", "completeness_score", "v_measure_score", "homogeneity_completeness_v_measure",
    "mutual_info_score", "pair_confusion_matrix",
    "BaseEstimator", "clone", "ClassifierMixin", "RegressorMixin", "TransformerMixin", "ClusterMixin", "DensityMixin",
    "NotFittedError",
    "PCA", "DBSCAN",
    "GaussianMixture",
    "TSNE", "trustworthiness",
    "ConvergenceWarning", "check_array", "check_X_y", "check_is_fitted", "check_estimator",
]
