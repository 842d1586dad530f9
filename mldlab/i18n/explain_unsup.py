"""Messages of the explanations of session 3: k-means iteration, PCA (explain_unsup):
KEY: {"en": ..., "ko": ...}, the same {fields} in both."""

MESSAGES = {
    "explain_unsup_model": {
        "en": "{op}: expected a fitted {expected} (mldlab.ml's or scikit-learn's), got {got}. Hint: fit one first, "
              "e.g. model = {expected}().fit(X).",
        "ko": "{op}: 학습된 {expected} 모델(mldlab.ml 또는 scikit-learn)이 필요한데 {got}을(를) 받았습니다. "
              "힌트: 먼저 학습시키세요. 예: model = {expected}().fit(X).",
    },
    "explain_unsup_features": {
        "en": "{op}: X has {got} features, but the model (or the centres) has {expected}. Hint: give the data the "
              "model was fitted on, with the same columns.",
        "ko": "{op}: X의 특성은 {got}개인데 모델(또는 중심)의 특성은 {expected}개입니다. 힌트: 모델을 학습시킨 것과 "
              "같은 열을 가진 데이터를 주세요.",
    },
    "explain_unsup_count": {
        "en": "{op}: {name} must be at least 1, got {value}. Hint: {name}=3 shows the first three samples.",
        "ko": "{op}: {name}는 1 이상이어야 하는데 {value}를 받았습니다. 힌트: {name}=3이면 처음 세 샘플을 보여 줍니다.",
    },
    "explain_unsup_samples": {
        "en": "{op}: {name} must be a number of samples or a list of row numbers, got {value}. Hint: {name}=3 or "
              "{name}=[0, 10, 20].",
        "ko": "{op}: {name}는 샘플의 개수나 행 번호의 목록이어야 하는데 {value}를 받았습니다. 힌트: {name}=3 또는 "
              "{name}=[0, 10, 20].",
    },
    "explain_unsup_row": {
        "en": "{op}: {name} asks for row {value}, but X has {n} rows (0 to {n} − 1).",
        "ko": "{op}: {name}가 {value}번 행을 가리키는데 X의 행은 {n}개(0부터 {n} − 1까지)입니다.",
    },
    "explain_kmeans_title": {
        "en": "k-means, one Lloyd iteration: k = {k} centres, N = {n} samples",
        "ko": "k-평균, 로이드 반복 한 번: 중심 k = {k}개, 샘플 N = {n}개",
    },
    "explain_kmeans_title_model": {
        "en": "k-means, one Lloyd iteration from the centres of {estimator}: k = {k}, N = {n} samples",
        "ko": "k-평균, {estimator}의 중심에서 시작하는 로이드 반복 한 번: k = {k}, 샘플 N = {n}개",
    },
    "explain_kmeans_too_many": {
        "en": "{op}: {k} centres for {n} samples; k-means needs at least as many samples as centres. Hint: take "
              "fewer centres, e.g. X[:3].",
        "ko": "{op}: 샘플 {n}개에 중심이 {k}개입니다. k-평균에는 중심보다 샘플이 많거나 같아야 합니다. 힌트: 중심을 "
              "줄이세요. 예: X[:3].",
    },
    "explain_kmeans_centers": {"en": "The centres it starts from:", "ko": "시작하는 중심:"},
    "explain_kmeans_distance": {
        "en": "Squared distance of every sample to every centre: ",
        "ko": "모든 샘플에서 모든 중심까지의 거리의 제곱: ",
    },
    "explain_kmeans_sample": {"en": "sample #{index}: ", "ko": "샘플 #{index}: "},
    "explain_kmeans_assign": {
        "en": "Each sample joins the cluster of its nearest centre (the smallest d²):",
        "ko": "각 샘플은 가장 가까운 중심(d²가 가장 작은 중심)의 군집에 들어갑니다:",
    },
    "explain_kmeans_more": {"en": "… and {n} more samples", "ko": "… 외 샘플 {n}개"},
    "explain_kmeans_mean": {
        "en": "Each centre moves to the mean of its cluster: ",
        "ko": "각 중심은 자기 군집의 평균으로 옮겨 갑니다: ",
    },
    "explain_kmeans_cluster": {"en": "cluster {j}, {n} samples: ", "ko": "군집 {j}, 샘플 {n}개: "},
    "explain_kmeans_empty": {
        "en": "cluster {j} is empty (no sample is nearest to its centre): the centre stays, ",
        "ko": "군집 {j}은(는) 비었습니다(이 중심이 가장 가까운 샘플이 없음). 중심은 그대로: ",
    },
    "explain_kmeans_inertia": {
        "en": "Inertia, the sum of squared distances to the own centre: ",
        "ko": "관성(inertia), 각 샘플에서 자기 중심까지의 거리 제곱의 합: ",
    },
    "explain_kmeans_before": {"en": "before the move: ", "ko": "옮기기 전: "},
    "explain_kmeans_after": {"en": "after the move: ", "ko": "옮긴 뒤: "},
    "explain_kmeans_shift": {"en": "how far the centres moved: ", "ko": "중심이 움직인 정도: "},
    "explain_kmeans_stop": {
        "en": "KMeans stops: the shift is at most its threshold (σ̄²: the features' mean variance) ",
        "ko": "KMeans는 여기서 멈춥니다. 움직인 정도가 멈춤 기준(σ̄²: 특성 분산의 평균) 이하입니다: ",
    },
    "explain_kmeans_go_on": {
        "en": "KMeans goes on: the shift is above its threshold (σ̄²: the features' mean variance) ",
        "ko": "KMeans는 계속합니다. 움직인 정도가 멈춤 기준(σ̄²: 특성 분산의 평균)보다 큽니다: ",
    },
    "explain_pca_title": {
        "en": "PCA with numbers: {estimator} keeping k = {k} axes",
        "ko": "수로 보는 주성분 분석: {estimator}, 남기는 축 k = {k}개",
    },
    "explain_pca_given": {
        "en": "Given: X with N = {n} rows (samples) and m = {m} columns (features)",
        "ko": "주어진 값: 행(샘플) N = {n}개, 열(특성) m = {m}개인 X",
    },
    "explain_pca_centre": {"en": "Centre the data: ", "ko": "데이터를 평균이 0이 되게 옮깁니다: "},
    "explain_pca_rows": {"en": "the first {n} rows of Xc:", "ko": "Xc의 처음 {n}개 행:"},
    "explain_pca_covariance": {"en": "The covariance matrix: ", "ko": "공분산 행렬: "},
    "explain_pca_diagonal": {
        "en": "its diagonal, the variance of each of the {m} features: ",
        "ko": "대각선, 곧 특성 {m}개 각각의 분산: ",
    },
    "explain_pca_eigen": {
        "en": "Its eigenvectors, the principal axes, and eigenvalues, the variance along them: ",
        "ko": "고유벡터(주성분 축)와 고윳값(그 축 방향의 분산): ",
    },
    "explain_pca_kept": {"en": " (kept)", "ko": " (남김)"},
    "explain_pca_more_axes": {"en": "… and {n} more axes", "ko": "… 외 축 {n}개"},
    "explain_pca_sign": {
        "en": "the sign of an eigenvector is a choice (−v is one too): the model's is used",
        "ko": "고유벡터의 부호는 선택입니다(−v도 고유벡터). 모델의 부호를 씁니다",
    },
    "explain_pca_ratio": {
        "en": "The share of the variance each axis explains: ",
        "ko": "각 축이 설명하는 분산의 비율: ",
    },
    "explain_pca_total": {"en": "the total variance: ", "ko": "전체 분산: "},
    "explain_pca_axis": {"en": "axis {i}: ", "ko": "축 {i}: "},
    "explain_pca_cumulative": {"en": "cumulative ", "ko": "누적 "},
    "explain_pca_project": {
        "en": "A sample's coordinates on the kept axes: ",
        "ko": "남긴 축 위에서 샘플의 좌표: ",
    },
    "explain_pca_sample": {"en": "sample #{index}: ", "ko": "샘플 #{index}: "},
    "explain_pca_sample_type": {
        "en": "{op}: sample must be a row number of X, got {value}. Hint: sample=0 projects the first row.",
        "ko": "{op}: sample은 X의 행 번호여야 하는데 {value}를 받았습니다. 힌트: sample=0이면 첫 행을 투영합니다.",
    },
    "explain_pca_other_data": {
        "en": "The numbers differ from the model's: was it fitted on other data than X?",
        "ko": "모델의 값과 다릅니다. 모델을 X가 아닌 다른 데이터로 학습시켰나요?",
    },
}
