"""Messages of DBSCAN and PCA (ml_dbscan_pca): KEY: {"en": ..., "ko": ...}, the same {fields} in both."""

MESSAGES = {
    "pca_n_components": {
        "en": "{op}: n_components must be None, a whole number >= 0, a fraction strictly between 0 and 1 (the "
              "share of the variance to keep) or 'mle', got {value!r}. Hint: n_components=2 keeps two components, "
              "n_components=0.95 keeps 95% of the variance.",
        "ko": "{op}: n_components는 None, 0 이상의 정수, 0과 1 사이(양 끝 제외)의 비율(남길 분산의 몫) 또는 'mle'"
              "여야 하는데 {value!r}입니다. 힌트: n_components=2는 주성분 2개를, n_components=0.95는 분산의 95%를 "
              "남깁니다.",
    },
    "pca_too_many": {
        "en": "{op}: n_components={value} is more than min(n_samples, n_features) = min({n_samples}, {n_features}) "
              "= {limit}. Hint: {n_samples} samples of {n_features} features have at most {limit} principal "
              "components; choose n_components <= {limit}.",
        "ko": "{op}: n_components={value}가 min(n_samples, n_features) = min({n_samples}, {n_features}) = {limit}"
              "보다 큽니다. 힌트: 특성 {n_features}개의 샘플 {n_samples}개에는 주성분이 많아야 {limit}개 있습니다. "
              "n_components를 {limit} 이하로 정하세요.",
    },
    "pca_truncated": {
        "en": "{op}: with svd_solver={solver!r}, n_components must be a whole number from 1 to {top} (data of "
              "{n_samples} samples and {n_features} features), got {value!r}. Hint: use svd_solver='full' for a "
              "fraction, 'mle' or all the components.",
        "ko": "{op}: svd_solver={solver!r}에서는 n_components가 1부터 {top}까지의 정수여야 하는데(샘플 "
              "{n_samples}개, 특성 {n_features}개의 데이터) {value!r}입니다. 힌트: 비율, 'mle', 모든 주성분을 "
              "원하면 svd_solver='full'을 쓰세요.",
    },
    "pca_mle": {
        "en": "{op}: n_components='mle' needs at least as many samples as features, got {n_samples} samples and "
              "{n_features} features. Hint: give n_components as a number or a fraction.",
        "ko": "{op}: n_components='mle'는 샘플이 특성보다 적지 않아야 하는데 샘플 {n_samples}개, 특성 "
              "{n_features}개입니다. 힌트: n_components를 개수나 비율로 주세요.",
    },
    "pca_inverse_width": {
        "en": "{op}: X has {got} columns, but the PCA keeps {expected} components. Hint: pass the output of "
              "transform (one column per component).",
        "ko": "{op}: X의 열은 {got}개인데 PCA의 주성분은 {expected}개입니다. 힌트: transform의 결과(주성분마다 "
              "열 하나)를 넣으세요.",
    },
    "pca_singular": {
        "en": "PCA.get_precision: the model's covariance has rank {rank} < {d}: the data do not vary in every "
              "direction (noise_variance_ is 0 because every component is kept), so it has no inverse and no "
              "log-likelihood. Hint: keep fewer components (n_components < min(n_samples, n_features)).",
        "ko": "PCA.get_precision: 모델의 공분산 행렬의 랭크가 {rank} < {d}입니다. 데이터가 모든 방향으로 변하지는 "
              "않아서(주성분을 모두 남겨 noise_variance_가 0) 역행렬도 로그 가능도도 없습니다. 힌트: 주성분을 더 "
              "적게 남기세요(n_components < min(n_samples, n_features)).",
    },
    "dbscan_eps": {
        "en": "{op}: eps must be a number > 0 (the radius of a neighbourhood), got {value!r}. Hint: sort the "
              "distances of each sample to its min_samples-th nearest neighbour; eps near the bend of that curve "
              "is a good start.",
        "ko": "{op}: eps는 0보다 큰 숫자(이웃 반경)여야 하는데 {value!r}입니다. 힌트: 각 샘플에서 min_samples번째로 "
              "가까운 이웃까지의 거리를 정렬해 그려 보고, 곡선이 꺾이는 곳 근처의 값으로 시작하세요.",
    },
    "dbscan_metric_params": {
        "en": "{op}: metric_params must be None or a dict with the key 'p' (the order of the Minkowski distance), "
              "got {value!r}.",
        "ko": "{op}: metric_params는 None이거나 키 'p'(민코프스키 거리의 차수)만 있는 dict여야 하는데 {value!r}"
              "입니다.",
    },
    "dbscan_not_square": {
        "en": "{op}: with metric='precomputed', X must be the square matrix of distances between the samples "
              "(n × n), got shape {shape}. Hint: pass the samples themselves with metric='euclidean'.",
        "ko": "{op}: metric='precomputed'이면 X는 샘플 사이의 거리를 담은 정사각 행렬(n × n)이어야 하는데 모양이 "
              "{shape}입니다. 힌트: 샘플 자체를 넣으려면 metric='euclidean'을 쓰세요.",
    },
    "dbscan_negative": {
        "en": "{op}: with metric='precomputed', X holds distances, which are >= 0, but X[{i}, {j}] = {value}.",
        "ko": "{op}: metric='precomputed'이면 X에는 거리가 들어 있으므로 0 이상이어야 하는데 X[{i}, {j}] = "
              "{value}입니다.",
    },
    "dbscan_weights": {
        "en": "{op}: sample_weight must hold one weight per sample ({n}), got shape {shape}.",
        "ko": "{op}: sample_weight에는 샘플마다 가중치가 하나씩({n}개) 있어야 하는데 모양이 {shape}입니다.",
    },
}
