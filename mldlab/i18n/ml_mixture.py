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
}
