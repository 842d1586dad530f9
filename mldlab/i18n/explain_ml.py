"""Texts of the explanations of ``mldlab.ml`` models (``explain.knn``, ``least_squares``, ``tree_path``,
``boosting_round``), in English and Korean."""

MESSAGES = {
    "explain_ml_model": {
        "en": "{op}: expected a fitted {expected} of mldlab.ml, got {got}. Hint: fit one first, e.g. "
              "model = KNeighborsClassifier().fit(X, y).",
        "ko": "{op}: 학습된 mldlab.ml의 {expected} 모델이 필요한데 {got}을(를) 받았습니다. 힌트: 먼저 학습시키세요. "
              "예: model = KNeighborsClassifier().fit(X, y).",
    },
    "explain_ml_one_sample": {
        "en": "{op}: x must be one sample (a 1-D array of features or one row), got an array of shape {shape}. "
              "Hint: explain one row at a time, e.g. x=X_test[0].",
        "ko": "{op}: x는 샘플 하나(특성의 1차원 배열 또는 한 행)여야 하는데 모양이 {shape}인 배열을 받았습니다. "
              "힌트: 한 번에 한 행씩 설명하세요. 예: x=X_test[0].",
    },
    "explain_ml_after_steps": {
        "en": "after the pipeline's steps {steps}: ",
        "ko": "파이프라인의 단계 {steps}를 거친 뒤: ",
    },
    "explain_ml_X_after_steps": {
        "en": "X is what the pipeline's steps {steps} give; its columns are x₁, x₂, …",
        "ko": "X는 파이프라인의 단계 {steps}를 거친 결과이고, 그 열이 x₁, x₂, …입니다",
    },
    "explain_ml_check": {
        "en": "The same as the model's {methods}",
        "ko": "모델의 {methods} 결과와 같습니다",
    },
    "explain_knn_title": {
        "en": "k-nearest neighbours: {estimator} with k = {k}",
        "ko": "k-최근접 이웃: {estimator}, k = {k}",
    },
    "explain_knn_distance": {
        "en": "Distance from x to every training point ({metric}): ",
        "ko": "x에서 모든 훈련 데이터까지의 거리({metric}): ",
    },
    "explain_knn_euclidean": {"en": "euclidean, p = 2", "ko": "유클리드 거리, p = 2"},
    "explain_knn_manhattan": {"en": "manhattan, p = 1", "ko": "맨해튼 거리, p = 1"},
    "explain_knn_minkowski": {"en": "Minkowski, p = {p}", "ko": "민코프스키 거리, p = {p}"},
    "explain_knn_to_nearest": {
        "en": "to the nearest one, training point #{index}: ",
        "ko": "가장 가까운 점인 훈련 데이터 #{index}까지: ",
    },
    "explain_knn_nearest": {"en": "The k = {k} nearest training points:", "ko": "가장 가까운 훈련 데이터 k = {k}개:"},
    "explain_knn_neighbor": {"en": "{rank}. training point #{index}: ", "ko": "{rank}. 훈련 데이터 #{index}: "},
    "explain_knn_label": {"en": "label {label}", "ko": "레이블 {label}"},
    "explain_knn_target": {"en": "target y = {target}", "ko": "목표값 y = {target}"},
    "explain_knn_more": {"en": "… and {n} more", "ko": "… 외 {n}개"},
    "explain_knn_uniform": {"en": "Every neighbour counts the same: ", "ko": "모든 이웃이 똑같이 한 표씩: "},
    "explain_knn_distance_weights": {
        "en": "Nearer neighbours count more, by the inverse of their distance: ",
        "ko": "가까운 이웃일수록 더 크게, 거리의 역수만큼 반영: ",
    },
    "explain_knn_exact": {
        "en": "A training point lies at distance 0 (x itself): it alone decides (w = 1), the others get w = 0.",
        "ko": "거리가 0인 훈련 데이터(x 자신)가 있어 그 점만으로 결정합니다(w = 1), 나머지는 w = 0입니다.",
    },
    "explain_knn_vote": {"en": "The vote: ", "ko": "투표: "},
    "explain_knn_count": {"en": "{label}: {count} of {k} votes", "ko": "{label}: {k}표 중 {count}표"},
    "explain_knn_others": {"en": "every other class: no votes, ", "ko": "나머지 클래스: 0표, "},
    "explain_knn_prediction": {
        "en": "Prediction: {label} (the class with the most votes)",
        "ko": "예측: {label} (가장 많은 표를 받은 클래스)",
    },
    "explain_knn_mean": {
        "en": "The prediction is the weighted mean of the neighbours' targets: ",
        "ko": "예측은 이웃들의 목표값의 가중 평균입니다: ",
    },
    "explain_ls_title": {"en": "Least squares: {estimator}", "ko": "최소제곱법: {estimator}"},
    "explain_ls_given": {
        "en": "Given: X with N = {n} rows (samples) and m = {m} columns (features)",
        "ko": "주어진 값: 행(샘플) N = {n}개, 열(특성) m = {m}개인 X",
    },
    "explain_ls_centre": {
        "en": "Centre the data (then b drops out): ",
        "ko": "데이터를 평균이 0이 되게 옮깁니다(그러면 b가 식에서 빠집니다): ",
    },
    "explain_ls_no_intercept": {
        "en": "No intercept (fit_intercept=False): X and y are used as they are, and b = 0.",
        "ko": "절편 없음(fit_intercept=False): X와 y를 그대로 쓰고 b = 0입니다.",
    },
    "explain_ls_normal": {"en": "The normal equations: ", "ko": "정규방정식: "},
    "explain_ls_diagonal": {
        "en": "the {m}×{m} matrix, by its diagonal: ",
        "ko": "{m}×{m} 행렬의 대각선 성분: ",
    },
    "explain_ls_solve": {"en": "Solve them: ", "ko": "정규방정식을 풀면: "},
    "explain_ls_singular": {
        "en": "The matrix cannot be inverted (rank {rank} < {m}: some features depend on others): of all the "
              "solutions, the shortest w is taken, as in scikit-learn.",
        "ko": "이 행렬은 역행렬이 없습니다(계수 {rank} < {m}: 서로 종속인 특성이 있습니다). 여러 해 중 길이가 "
              "가장 짧은 w를 택합니다(scikit-learn과 같음).",
    },
    "explain_ls_line": {"en": "The fitted line: ", "ko": "학습된 직선(평면): "},
    "explain_ls_residuals": {"en": "Residuals, the errors left: ", "ko": "잔차(남은 오차): "},
    "explain_ls_more": {"en": "… and {n} more samples", "ko": "… 외 샘플 {n}개"},
    "explain_ls_other_data": {
        "en": "Not the model's numbers: were X and y the data the model was fitted on?",
        "ko": "모델의 값과 다릅니다: X와 y가 모델을 학습시킨 바로 그 데이터인지 확인하세요.",
    },
    "explain_tree_title": {
        "en": "The path of one sample through {estimator}",
        "ko": "{estimator}에서 샘플 하나가 지나가는 경로",
    },
    "explain_tree_names": {
        "en": "{op}: feature_names has {got} names, but the tree was fitted with {expected} features. Hint: one "
              "name per column of X, in order.",
        "ko": "{op}: feature_names에 이름이 {got}개인데 트리는 특성 {expected}개로 학습되었습니다. 힌트: X의 열마다 "
              "이름 하나씩, 순서대로 넣으세요.",
    },
    "explain_tree_node": {"en": "Node #{node} (depth {depth}): ", "ko": "노드 #{node} (깊이 {depth}): "},
    "explain_tree_leaf": {"en": "Leaf #{node} (depth {depth}): ", "ko": "잎 노드 #{node} (깊이 {depth}): "},
    "explain_tree_counts": {"en": "class counts: ", "ko": "클래스별 개수: "},
    "explain_tree_gini": {"en": "Gini impurity: ", "ko": "지니 불순도: "},
    "explain_tree_entropy": {"en": "Entropy: ", "ko": "엔트로피: "},
    "explain_tree_mean": {"en": "mean target ", "ko": "목표값의 평균 "},
    "explain_tree_squared_error": {"en": "squared error ", "ko": "제곱 오차 "},
    "explain_tree_test": {"en": "Test “{feature} ≤ {threshold}”: ", "ko": "질문 “{feature} ≤ {threshold}?”: "},
    "explain_tree_left": {"en": " → left, to node #{node}", "ko": " → 왼쪽, 노드 #{node}(으)로"},
    "explain_tree_right": {"en": " → right, to node #{node}", "ko": " → 오른쪽, 노드 #{node}(으)로"},
    "explain_tree_decrease": {"en": "Impurity decrease of this split: ", "ko": "이 분할로 줄어든 불순도: "},
    "explain_tree_class": {
        "en": "Prediction: {label} (the most frequent class in the leaf),  ",
        "ko": "예측: {label} (잎 노드에서 가장 많은 클래스),  ",
    },
    "explain_tree_value": {"en": "Prediction: the mean of the leaf, ", "ko": "예측: 잎 노드의 평균, "},
    "explain_boost_round": {
        "en": "{op}: round must be a whole number from 0 to {last} (the model has {n} rounds), got {value!r}.",
        "ko": "{op}: round는 0부터 {last}까지의 정수여야 하는데(모델의 라운드는 {n}개) {value!r}을(를) 받았습니다.",
    },
    "explain_boost_sample_weight": {
        "en": "{op}: sample_weight must be {n} finite numbers >= 0, not all 0 (one per sample of X), got an array "
              "of shape {shape}. Hint: pass the sample_weight the model was fitted with.",
        "ko": "{op}: sample_weight는 X의 샘플마다 하나씩, 0 이상의 유한한 수 {n}개여야 하고 모두 0이면 안 되는데 "
              "모양이 {shape}인 배열을 받았습니다. 힌트: 모델을 학습시킬 때 쓴 sample_weight를 넣으세요.",
    },
    "explain_boost_ada_title": {
        "en": "AdaBoost, round {round} of {n_rounds}: {estimator}",
        "ko": "AdaBoost, 전체 {n_rounds}라운드 중 {round}라운드: {estimator}",
    },
    "explain_boost_wrong": {
        "en": "The weak learner gets {n} of {total} samples wrong: ",
        "ko": "약한 학습기가 샘플 {total}개 중 {n}개를 틀립니다: ",
    },
    "explain_boost_error": {"en": "Its weighted error: ", "ko": "가중 오차: "},
    "explain_boost_perfect": {
        "en": "No sample wrong: a perfect learner, boosting stops here with ",
        "ko": "틀린 샘플이 없습니다: 완벽한 학습기이므로 부스팅을 여기서 멈춥니다. ",
    },
    "explain_boost_alpha": {"en": "Its say in the vote: ", "ko": "투표에서의 발언권(가중치): "},
    "explain_boost_update": {
        "en": "The samples it got wrong weigh more: ",
        "ko": "틀린 샘플의 가중치를 키웁니다: ",
    },
    "explain_boost_normalise": {
        "en": "then every weight is divided by the new sum, ",
        "ko": "그다음 모든 가중치를 새 합으로 나눕니다, ",
    },
    "explain_boost_sample": {"en": "sample #{i}: ", "ko": "샘플 #{i}: "},
    "explain_boost_wrong_sample": {"en": "sample #{i}, wrong: ", "ko": "샘플 #{i}, 틀림: "},
    "explain_boost_right_sample": {"en": "sample #{i}, right: ", "ko": "샘플 #{i}, 맞음: "},
    "explain_boost_gb_title": {
        "en": "Gradient boosting, stage {round} of {n_rounds}: {estimator}",
        "ko": "그레이디언트 부스팅, 전체 {n_rounds}단계 중 {round}단계: {estimator}",
    },
    "explain_boost_residuals": {
        "en": "What the model so far gets wrong, the residuals (negative gradients): ",
        "ko": "지금까지의 모델이 틀린 만큼, 즉 잔차(음의 그레이디언트): ",
    },
    "explain_boost_tree": {
        "en": "A regression tree hₘ is fitted to the residuals:",
        "ko": "잔차에 회귀 트리 hₘ을 학습시킵니다:",
    },
    "explain_boost_trees": {
        "en": "One regression tree per class ({k} trees) is fitted to the residuals of its class:",
        "ko": "클래스마다 회귀 트리 하나씩({k}개)을 그 클래스의 잔차에 학습시킵니다:",
    },
    "explain_boost_class": {"en": "class {label}: ", "ko": "클래스 {label}: "},
    "explain_boost_leaves": {
        "en": "depth {depth}, {n} leaves with the values ",
        "ko": "깊이 {depth}, 잎 노드 {n}개의 값 ",
    },
    "explain_boost_newton": {
        "en": "For the log loss each leaf's value is one Newton step over its samples: ",
        "ko": "로그 손실에서는 각 잎 노드의 값이 그 샘플들에 대한 뉴턴 한 걸음입니다: ",
    },
    "explain_boost_add": {
        "en": "The tree's prediction, shrunk by the learning rate, is added: ",
        "ko": "트리의 예측에 학습률을 곱해 더합니다: ",
    },
    "explain_boost_delta": {
        "en": "δ, the α-quantile of |yᵢ − F(xᵢ)| at this stage: ",
        "ko": "δ는 이 단계의 |yᵢ − F(xᵢ)|의 α-분위수: ",
    },
    "explain_boost_leaf_median": {
        "en": "Each leaf then takes the median of yᵢ − F(xᵢ) over its samples: what lowers |y − F| the most.",
        "ko": "그다음 각 잎 노드의 값은 그 샘플들의 yᵢ − F(xᵢ)의 중앙값이 됩니다: |y − F|를 가장 많이 줄이는 값입니다.",
    },
    "explain_boost_leaf_quantile": {
        "en": "Each leaf then takes the α-quantile of yᵢ − F(xᵢ) over its samples: what lowers the quantile loss the "
              "most.",
        "ko": "그다음 각 잎 노드의 값은 그 샘플들의 yᵢ − F(xᵢ)의 α-분위수가 됩니다: 분위수 손실을 가장 많이 줄이는 "
              "값입니다.",
    },
    "explain_boost_leaf_huber": {
        "en": "Each leaf then takes the median m of d = yᵢ − F(xᵢ) over its samples plus the mean of d − m clipped to "
              "[−δ, δ].",
        "ko": "그다음 각 잎 노드의 값은 그 샘플들의 d = yᵢ − F(xᵢ)의 중앙값 m에, [−δ, δ]로 자른 d − m의 평균을 더한 "
              "값이 됩니다.",
    },
    "explain_boost_mae": {
        "en": "The mean absolute error on the training data, before → after: ",
        "ko": "훈련 데이터의 평균절대오차, 이전 → 이후: ",
    },
    "explain_boost_pinball": {
        "en": "The mean quantile (pinball) loss on the training data, before → after: ",
        "ko": "훈련 데이터의 평균 분위수(핀볼) 손실, 이전 → 이후: ",
    },
    "explain_boost_huber": {
        "en": "The mean Huber loss on the training data, before → after: ",
        "ko": "훈련 데이터의 평균 후버 손실, 이전 → 이후: ",
    },
    "explain_boost_mse": {
        "en": "The mean squared error on the training data, before → after: ",
        "ko": "훈련 데이터의 평균제곱오차, 이전 → 이후: ",
    },
    "explain_boost_log_loss": {
        "en": "The mean log loss on the training data, before → after: ",
        "ko": "훈련 데이터의 평균 로그 손실, 이전 → 이후: ",
    },
}
