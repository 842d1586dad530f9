"""Messages of Gaussian mixtures and the clustering metrics (ml_mixture):
KEY: {"en": ..., "ko": ...}, the same {fields} in both."""

MESSAGES = {
    "cluster_metric_n_labels": {
        "en": "{op}: labels has {n_labels} cluster(s) for {n_samples} samples, but the score needs between 2 and "
              "n_samples − 1 = {largest} clusters. Hint: a sample's score compares its own cluster with the "
              "nearest other one: with one cluster there is no other one, and with every sample alone in its "
              "cluster there is nothing inside its own.",
        "ko": "{op}: 샘플 {n_samples}개에 labels의 군집이 {n_labels}개인데, 이 점수는 군집이 2개에서 "
              "n_samples − 1 = {largest}개 사이여야 계산됩니다. 힌트: 샘플의 점수는 자기 군집과 가장 가까운 다른 "
              "군집을 비교합니다. 군집이 하나뿐이면 다른 군집이 없고, 모든 샘플이 혼자 군집을 이루면 자기 군집 "
              "안에 비교할 샘플이 없습니다.",
    },
    "cluster_metric_labels_ndim": {
        "en": "{op}: {name} must be a 1-D array with one cluster label per sample, got shape {shape}. Hint: "
              "pass e.g. model.labels_ or model.fit_predict(X); flatten a column with {name}.ravel().",
        "ko": "{op}: {name}는 샘플마다 군집 레이블이 하나씩 있는 1차원 배열이어야 하는데 모양이 {shape}입니다. "
              "힌트: 예를 들어 model.labels_나 model.fit_predict(X)를 넘기세요. 열 하나는 {name}.ravel()로 펴세요.",
    },
    "cluster_metric_lengths": {
        "en": "{op}: {name_a} and {name_b} must have the same number of samples, got {n_a} and {n_b}. Hint: "
              "the labels must belong to the same samples, in the same order.",
        "ko": "{op}: {name_a}와 {name_b}의 샘플 수가 같아야 하는데 {n_a}개와 {n_b}개입니다. 힌트: 레이블은 같은 "
              "샘플의 것이어야 하고 순서도 같아야 합니다.",
    },
    "cluster_metric_continuous": {
        "en": "{op}: the labels look continuous (e.g. {value!r}), not cluster labels. Hint: clustering metrics "
              "compare groupings, such as 0, 1, 2 or 'a', 'b'.",
        "ko": "{op}: 레이블이 군집 레이블이 아니라 연속값처럼 보입니다 (예: {value!r}). 힌트: 군집 평가 지표는 "
              "0, 1, 2나 'a', 'b' 같은 묶음을 비교합니다.",
    },
    "cluster_metric_not_square": {
        "en": "{op}: with metric='precomputed', X must be a square matrix of distances (n_samples × n_samples), "
              "got shape {shape}. Hint: pass the data itself with metric='euclidean' instead.",
        "ko": "{op}: metric='precomputed'이면 X는 거리를 담은 정사각 행렬(n_samples × n_samples)이어야 하는데 "
              "모양이 {shape}입니다. 힌트: 데이터 자체를 넘기려면 metric='euclidean'을 쓰세요.",
    },
    "cluster_metric_diagonal": {
        "en": "{op}: the precomputed distance matrix has {count} non-zero value(s) on its diagonal (e.g. "
              "{value!r}); a sample's distance to itself must be 0. Hint: np.fill_diagonal(X, 0).",
        "ko": "{op}: 미리 계산한 거리 행렬의 대각선에 0이 아닌 값이 {count}개 있습니다 (예: {value!r}). 샘플과 "
              "자기 자신의 거리는 0이어야 합니다. 힌트: np.fill_diagonal(X, 0).",
    },
    "cluster_metric_negative": {
        "en": "{op}: the precomputed distance matrix has {count} negative value(s) (e.g. {value!r}); distances "
              "are >= 0.",
        "ko": "{op}: 미리 계산한 거리 행렬에 음수가 {count}개 있습니다 (예: {value!r}). 거리는 0 이상입니다.",
    },
    "gmm_one_sample": {
        "en": "{op}: a Gaussian mixture needs at least 2 samples, got {n_samples}. Hint: a covariance is "
              "measured from several points.",
        "ko": "{op}: 가우시안 혼합 모델에는 샘플이 2개 이상 필요한데 {n_samples}개입니다. 힌트: 공분산은 여러 점으로 "
              "잽니다.",
    },
    "gmm_too_many_components": {
        "en": "{op}: n_components={n_components} is more than the {n_samples} samples. Expected n_components <= "
              "n_samples. Hint: use fewer components, e.g. compare a few with bic(X).",
        "ko": "{op}: n_components={n_components}가 샘플 수 {n_samples}보다 많습니다. n_components는 샘플 수 "
              "이하여야 합니다. 힌트: 성분 수를 줄이세요. 예를 들어 몇 가지 값을 bic(X)로 비교하세요.",
    },
    "gmm_init_shape": {
        "en": "{op}: {name} must have shape {expected}, got shape {shape}. Hint: weights_init is (n_components,), "
              "means_init (n_components, n_features); precisions_init depends on covariance_type: 'full' "
              "(n_components, n_features, n_features), 'tied' (n_features, n_features), 'diag' "
              "(n_components, n_features), 'spherical' (n_components,).",
        "ko": "{op}: {name}의 모양은 {expected}여야 하는데 {shape}입니다. 힌트: weights_init은 (n_components,), "
              "means_init은 (n_components, n_features)이고, precisions_init은 covariance_type에 따라 'full' "
              "(n_components, n_features, n_features), 'tied' (n_features, n_features), 'diag' "
              "(n_components, n_features), 'spherical' (n_components,)입니다.",
    },
    "gmm_weights_range": {
        "en": "{op}: weights_init must hold probabilities in [0, 1], got values from {low} to {high}.",
        "ko": "{op}: weights_init에는 [0, 1] 사이의 확률이 있어야 하는데 값이 {low}부터 {high}까지입니다.",
    },
    "gmm_weights_sum": {
        "en": "{op}: weights_init must sum to 1 (the mixing proportions πₖ), got a sum of {total}. Hint: divide "
              "them by their sum, w / w.sum().",
        "ko": "{op}: weights_init의 합은 1이어야 하는데(혼합 비율 πₖ) 합이 {total}입니다. 힌트: 합으로 나누세요. "
              "w / w.sum().",
    },
    "gmm_precision_not_pd": {
        "en": "{op}: precisions_init of component {component} is not symmetric positive definite, as a "
              "'{covariance_type}' precision Σ⁻¹ must be. Hint: pass inverses of covariance matrices, e.g. "
              "np.linalg.inv(np.cov(X.T)), not the covariances themselves or arbitrary numbers.",
        "ko": "{op}: 성분 {component}의 precisions_init이 대칭 양의 정부호 행렬이 아닙니다. '{covariance_type}' "
              "정밀도 Σ⁻¹는 그래야 합니다. 힌트: 공분산 행렬의 역행렬을 넘기세요. 예: np.linalg.inv(np.cov(X.T)).",
    },
    "gmm_precision_not_positive": {
        "en": "{op}: the '{covariance_type}' precisions_init must all be > 0 (they are 1/σ²), got {value}.",
        "ko": "{op}: '{covariance_type}' precisions_init은 모두 0보다 커야 하는데(1/σ²이므로) {value}가 "
              "있습니다.",
    },
    "gmm_ill_defined": {
        "en": "Fitting the Gaussian mixture failed: the covariance of component {component} is not positive "
              "definite (a component collapsed onto a single point or onto a line). Hint: use fewer components, "
              "increase reg_covar (e.g. 1e-3), or scale the features.",
        "ko": "가우시안 혼합 모델 학습에 실패했습니다: 성분 {component}의 공분산이 양의 정부호가 아닙니다 (성분이 "
              "한 점이나 한 직선 위로 쪼그라들었습니다). 힌트: 성분 수를 줄이거나, reg_covar를 키우거나(예: 1e-3), "
              "특성의 크기를 맞추세요.",
    },
    "gmm_not_converged": {
        "en": "{op}: the best run of EM did not converge in max_iter={max_iter} iterations (the lower bound still "
              "changed by >= tol={tol}). Hint: increase max_iter or tol, try other initialisations (n_init), or "
              "check for duplicated or degenerate data.",
        "ko": "{op}: EM의 가장 좋은 실행이 max_iter={max_iter}번 반복 안에 수렴하지 않았습니다 (하한의 변화가 아직 "
              "tol={tol} 이상). 힌트: max_iter나 tol을 키우거나, 다른 초기화(n_init)를 시도하거나, 중복되거나 "
              "퇴화한 데이터가 있는지 확인하세요.",
    },
    "gmm_verbose_init": {
        "en": "Initialization {run}",
        "ko": "초기화 {run}",
    },
    "gmm_verbose_iteration": {
        "en": "  Iteration {n_iter}\t lower bound change {change:.5f}",
        "ko": "  반복 {n_iter}\t 하한의 변화 {change:.5f}",
    },
    "gmm_verbose_converged": {
        "en": "Initialization converged. Lower bound {lower_bound:.5f}.",
        "ko": "초기화 수렴. 하한 {lower_bound:.5f}.",
    },
    "gmm_verbose_not_converged": {
        "en": "Initialization did not converge. Lower bound {lower_bound:.5f}.",
        "ko": "초기화가 수렴하지 않음. 하한 {lower_bound:.5f}.",
    },
}
