"""Messages of ``mldlab.ml`` (classical machine learning with scikit-learn's contract) and ``mldlab.estimator``."""

MESSAGES = {
    "estimator_bad_param": {
        "en": "Invalid parameter {name!r} for estimator {estimator}. Valid parameters are: {valid}.",
        "ko": "{estimator}에는 {name!r}라는 매개변수가 없습니다. 사용할 수 있는 매개변수: {valid}.",
    },
    "estimator_clone_type": {
        "en": "clone: expected an estimator (an object with get_params), got {value} of type {type}.",
        "ko": "clone: 추정기(get_params가 있는 객체)가 필요한데 {type} 형식의 {value}을(를) 받았습니다.",
    },
    "ml_poly_no_columns": {
        "en": "PolynomialFeatures: degree=0 with include_bias=False leaves no columns at all. Hint: use degree ≥ 1, "
              "or include_bias=True for the constant column.",
        "ko": "PolynomialFeatures: degree=0이고 include_bias=False이면 열이 하나도 남지 않습니다. "
              "힌트: degree를 1 이상으로 하거나, 상수 열이 필요하면 include_bias=True로 하세요.",
    },
    "ml_1d": {
        "en": "{op}: expected a 2-D array {name} (samples × features), got a 1-D array of shape {shape}. Hint: "
              "reshape your data with {name}.reshape(-1, 1) if it has a single feature, or {name}.reshape(1, -1) "
              "if it is a single sample.",
        "ko": "{op}: {name}는 2차원 배열(샘플 × 특성)이어야 하는데 모양이 {shape}인 1차원 배열입니다. 힌트: 특성이 "
              "하나라면 {name}.reshape(-1, 1), 샘플이 하나라면 {name}.reshape(1, -1)로 모양을 바꾸세요.",
    },
    "ml_ndim": {
        "en": "{op}: {name} must be 2-D (samples × features), got {ndim} dimensions (shape {shape}).",
        "ko": "{op}: {name}는 2차원(샘플 × 특성)이어야 하는데 {ndim}차원(모양 {shape})입니다.",
    },
    "ml_empty": {
        "en": "{op}: {name} has {n_samples} samples and {n_features} features; at least 1 of each is needed "
              "(empty data).",
        "ko": "{op}: {name}에 샘플이 {n_samples}개, 특성이 {n_features}개 있습니다. 둘 다 적어도 1개는 있어야 "
              "합니다(빈 데이터).",
    },
    "ml_y_ndim": {
        "en": "{op}: y must be 1-D (one target per sample), got shape {shape}.",
        "ko": "{op}: y는 1차원(샘플마다 목표값 하나)이어야 하는데 모양이 {shape}입니다.",
    },
    "ml_lengths": {
        "en": "{op}: X and y have different numbers of samples: {n_X} rows in X, {n_y} values in y. "
              "Hint: they must describe the same samples, in the same order.",
        "ko": "{op}: X와 y의 샘플 수가 다릅니다: X는 {n_X}행, y는 {n_y}개입니다. 힌트: 같은 샘플을 같은 "
              "순서로 담아야 합니다.",
    },
    "ml_continuous_labels": {
        "en": "{op}: {estimator} is a classifier, but y holds continuous values (e.g. {value}), not class labels. "
              "Hint: use a regressor to predict numbers, or turn y into classes.",
        "ko": "{op}: {estimator}는 분류기인데 y에 클래스 레이블이 아닌 연속값(예: {value})이 있습니다. 힌트: "
              "숫자를 예측하려면 회귀 모델을 쓰거나, y를 클래스로 바꾸세요.",
    },
    "ml_one_class": {
        "en": "{op}: {estimator} needs samples of at least 2 classes, but y holds only the class {label}.",
        "ko": "{op}: {estimator}는 적어도 2개 클래스의 샘플이 필요한데 y에는 클래스 {label}만 있습니다.",
    },
    "ml_not_fitted": {
        "en": "This {estimator} instance is not fitted yet. Call fit(X, y) with training data before using it.",
        "ko": "이 {estimator}는 아직 학습되지 않았습니다. 사용하기 전에 훈련 데이터로 fit(X, y)를 호출하세요.",
    },
    "ml_features": {
        "en": "{op}: X has {got} features, but {estimator} was fitted with {expected} features. Hint: pass the "
              "same columns, in the same order, as in fit.",
        "ko": "{op}: X의 특성은 {got}개인데 {estimator}는 특성 {expected}개로 학습되었습니다. 힌트: fit 때와 같은 "
              "열을 같은 순서로 넣으세요.",
    },
    "ml_random_state": {
        "en": "{op}: random_state must be None, a whole number >= 0, a numpy Generator or a numpy RandomState, "
              "got {value!r}.",
        "ko": "{op}: random_state는 None, 0 이상의 정수, numpy Generator 또는 numpy RandomState여야 하는데 "
              "{value!r}입니다.",
    },
    "ml_names_in": {
        "en": "{estimator}.get_feature_names_out: input_features has {got} names, but the model was fitted with "
              "{expected} features. Hint: pass one name per column of X, or None.",
        "ko": "{estimator}.get_feature_names_out: input_features에 이름이 {got}개 있는데 모델은 특성 {expected}개로 "
              "학습되었습니다. 힌트: X의 열마다 이름을 하나씩 넘기거나 None을 넘기세요.",
    },
    "ml_sparse": {
        "en": "{op}: {name} is a SciPy sparse matrix ({kind} of shape {shape}), but mldlab.ml works on dense "
              "arrays only. Hint: pass {name}.toarray() (fine when it fits in memory).",
        "ko": "{op}: {name}이(가) SciPy 희소 행렬({kind}, 모양 {shape})인데 mldlab.ml은 밀집 배열만 다룹니다. "
              "힌트: {name}.toarray()를 넘기세요(메모리에 들어가는 크기라면 괜찮습니다).",
    },
    "ml_param_whole": {
        "en": "{op}: {name} must be a whole number >= {low}, got {value!r}.",
        "ko": "{op}: {name}는 {low} 이상의 정수여야 하는데 {value!r}입니다.",
    },
    "ml_param_positive": {
        "en": "{op}: {name} must be a number > 0, got {value!r}.",
        "ko": "{op}: {name}는 0보다 큰 숫자여야 하는데 {value!r}입니다.",
    },
    "ml_param_nonneg": {
        "en": "{op}: {name} must be a number >= 0, got {value!r}.",
        "ko": "{op}: {name}는 0 이상의 숫자여야 하는데 {value!r}입니다.",
    },
    "ml_param_choice": {
        "en": "{op}: {name} must be one of {choices}, got {value!r}.",
        "ko": "{op}: {name}는 {choices} 중 하나여야 하는데 {value!r}입니다.",
    },
    "ml_knn_p": {
        "en": "{op}: p must be >= 1 (a distance needs p >= 1), got {value!r}. Hint: p=2 is euclidean, p=1 "
              "manhattan.",
        "ko": "{op}: p는 1 이상이어야 하는데(거리가 되려면 p ≥ 1) {value!r}입니다. 힌트: p=2는 유클리드 거리, "
              "p=1은 맨해튼 거리입니다.",
    },
    "ml_knn_too_many": {
        "en": "{op}: n_neighbors = {k} is more than the {n} training samples available. Hint: choose n_neighbors "
              "<= {n}.",
        "ko": "{op}: n_neighbors = {k}가 사용할 수 있는 훈련 샘플 수 {n}보다 큽니다. 힌트: n_neighbors를 {n} "
              "이하로 정하세요.",
    },
    "ml_lasso_convergence": {
        "en": "Lasso did not converge in max_iter = {max_iter} sweeps: duality gap {gap:.3e}, tolerance {tol:.3e}. "
              "Hint: increase max_iter, scale the features, or choose a larger alpha.",
        "ko": "Lasso가 max_iter = {max_iter}번의 반복 안에 수렴하지 않았습니다: 쌍대 간격 {gap:.3e}, 허용 오차 "
              "{tol:.3e}. 힌트: max_iter를 늘리거나, 특성의 스케일을 맞추거나, alpha를 키우세요.",
    },
    "ml_logistic_convergence": {
        "en": "LogisticRegression did not converge in max_iter = {max_iter} Newton steps. Hint: increase max_iter "
              "or scale the features (StandardScaler).",
        "ko": "LogisticRegression이 max_iter = {max_iter}번의 뉴턴 단계 안에 수렴하지 않았습니다. 힌트: max_iter를 "
              "늘리거나 특성의 스케일을 맞추세요(StandardScaler).",
    },
    "ml_sgd_convergence": {
        "en": "{estimator} stopped after max_iter = {max_iter} epochs before the loss stopped improving. Hint: "
              "increase max_iter or eta0, or scale the features (StandardScaler).",
        "ko": "{estimator}가 손실이 더 줄지 않게 되기 전에 max_iter = {max_iter} 에포크에서 멈췄습니다. 힌트: "
              "max_iter나 eta0을 늘리거나 특성의 스케일을 맞추세요(StandardScaler).",
    },
    "ml_sgd_proba": {
        "en": "predict_proba needs loss='log_loss' (probabilities come from the logistic function), got "
              "loss={loss!r}. Hint: use decision_function for the scores.",
        "ko": "predict_proba는 loss='log_loss'일 때만 쓸 수 있는데(확률은 로지스틱 함수에서 나옵니다) "
              "loss={loss!r}입니다. 힌트: 점수가 필요하면 decision_function을 쓰세요.",
    },
    "ml_onehot_unknown": {
        "en": "{op}: column {column} holds the category {value!r}, which was not seen in fit (known: {known}). "
              "Hint: handle_unknown='ignore' encodes unknown categories as all zeros.",
        "ko": "{op}: {column}번 열에 fit에서 보지 못한 범주 {value!r}가 있습니다(알려진 범주: {known}). 힌트: "
              "handle_unknown='ignore'로 하면 모르는 범주는 모두 0으로 인코딩됩니다.",
    },
    "ml_onehot_categories": {
        "en": "OneHotEncoder.fit: categories has {n} lists, but X has {n_features} columns (one list per column).",
        "ko": "OneHotEncoder.fit: categories에 목록이 {n}개 있는데 X의 열은 {n_features}개입니다(열마다 목록 하나).",
    },
    "ml_pipeline_names": {
        "en": "Pipeline: step names must be different and must not contain '__', got {names}.",
        "ko": "Pipeline: 단계 이름은 서로 달라야 하고 '__'를 포함하면 안 되는데 {names}입니다.",
    },
    "ml_pipeline_step": {
        "en": "Pipeline: every step but the last must have fit and transform; step {name!r} ({type}) has no "
              "transform. Hint: put the model last.",
        "ko": "Pipeline: 마지막을 뺀 모든 단계에는 fit과 transform이 있어야 하는데 {name!r} 단계({type})에는 "
              "transform이 없습니다. 힌트: 모델은 맨 마지막에 두세요.",
    },
    "ml_scoring": {
        "en": "Unknown scoring {value!r}. Known names: {known}; or pass a function scorer(estimator, X, y).",
        "ko": "scoring {value!r}를 알 수 없습니다. 쓸 수 있는 이름: {known}. 또는 함수 scorer(estimator, X, y)를 "
              "넘기세요.",
    },
    "ml_grid_type": {
        "en": "GridSearchCV: param_grid must be a dict {{name: [values]}} or a list of such dicts, got {value}.",
        "ko": "GridSearchCV: param_grid는 {{이름: [값들]}} 형태의 dict이거나 그런 dict의 list여야 하는데 "
              "{value}입니다.",
    },
    "ml_grid_values": {
        "en": "GridSearchCV: the values to try for {name!r} must be a non-empty list, got {value}. Hint: write "
              "{{{name!r}: [value]}} for a single value.",
        "ko": "GridSearchCV: {name!r}에 시도할 값은 비어 있지 않은 list여야 하는데 {value}입니다. 힌트: 값이 "
              "하나라면 {{{name!r}: [value]}}처럼 쓰세요.",
    },
    "ml_check_params": {
        "en": "check_estimator({estimator}): get_params must return every __init__ argument, and "
              "set_params(**get_params()) must return the estimator unchanged.",
        "ko": "check_estimator({estimator}): get_params는 __init__의 모든 인자를 돌려주어야 하고, "
              "set_params(**get_params())는 추정기를 바꾸지 않고 돌려주어야 합니다.",
    },
    "ml_check_clone": {
        "en": "check_estimator({estimator}): clone must give a new, unfitted estimator with equal parameters and "
              "the same repr.",
        "ko": "check_estimator({estimator}): clone은 매개변수가 같고 repr이 같은, 학습되지 않은 새 추정기를 "
              "돌려주어야 합니다.",
    },
    "ml_check_not_fitted": {
        "en": "check_estimator({estimator}): {method} before fit must raise NotFittedError.",
        "ko": "check_estimator({estimator}): fit 전에 {method}를 부르면 NotFittedError가 나야 합니다.",
    },
    "ml_check_fit": {
        "en": "check_estimator({estimator}): fit must return the estimator itself and set n_features_in_.",
        "ko": "check_estimator({estimator}): fit은 추정기 자신을 돌려주고 n_features_in_을 정해야 합니다.",
    },
    "ml_check_classes": {
        "en": "check_estimator({estimator}): classes_ must be the sorted labels (text labels too), and predict "
              "must return only those labels.",
        "ko": "check_estimator({estimator}): classes_는 정렬된 레이블이어야 하고(문자열 레이블도), predict는 "
              "그 레이블만 돌려주어야 합니다.",
    },
    "ml_check_outputs": {
        "en": "check_estimator({estimator}): {method} must give one result per sample (predict_proba: rows that "
              "sum to 1).",
        "ko": "check_estimator({estimator}): {method}는 샘플마다 결과를 하나씩 돌려주어야 합니다(predict_proba는 "
              "행의 합이 1).",
    },
    "ml_check_deterministic": {
        "en": "check_estimator({estimator}): two fits with the same random_state must predict the same.",
        "ko": "check_estimator({estimator}): random_state가 같으면 두 번 학습해도 예측이 같아야 합니다.",
    },
    "ml_check_mutation": {
        "en": "check_estimator({estimator}): fit and predict must not change the arrays passed to them.",
        "ko": "check_estimator({estimator}): fit과 predict는 넘겨받은 배열을 바꾸면 안 됩니다.",
    },
    "ml_check_features": {
        "en": "check_estimator({estimator}): {method} with another number of features than in fit must raise a "
              "ValueError that names both numbers.",
        "ko": "check_estimator({estimator}): fit 때와 특성 수가 다른 데이터로 {method}를 부르면 두 수를 모두 "
              "알려 주는 ValueError가 나야 합니다.",
    },
    "ml_check_bad_input": {
        "en": "check_estimator({estimator}): fit must refuse NaN in X and a 1-D X with a ValueError.",
        "ko": "check_estimator({estimator}): fit은 X의 NaN과 1차원 X를 ValueError로 거부해야 합니다.",
    },
    "ml_check_score": {
        "en": "check_estimator({estimator}): score must be the accuracy (classifier) or R² (regressor) of predict.",
        "ko": "check_estimator({estimator}): score는 predict의 정확도(분류기)나 R²(회귀 모델)여야 합니다.",
    },
    "ml_check_fit_predict": {
        "en": "check_estimator({estimator}): fit_predict(X) must return one integer label per sample, equal to "
              "fit(X).labels_.",
        "ko": "check_estimator({estimator}): fit_predict(X)는 샘플마다 정수 레이블을 하나씩 돌려주어야 하고, "
              "fit(X).labels_와 같아야 합니다.",
    },
    "ml_no_method": {
        "en": "{estimator} has no {method} here, because {inner} has none.",
        "ko": "{inner}에 {method}가 없으므로 여기의 {estimator}에도 {method}가 없습니다.",
    },
    "ml_cv_too_many_splits": {
        "en": "{op}: n_splits = {k} is more than the {n} samples. Hint: each fold needs at least one sample.",
        "ko": "{op}: n_splits = {k}가 샘플 수 {n}보다 큽니다. 힌트: 폴드마다 샘플이 적어도 하나 있어야 합니다.",
    },
    "ml_cv_class_too_small": {
        "en": "{op}: n_splits = {k} is more than the number of samples of every class (the largest class has "
              "{largest}). Hint: choose fewer splits.",
        "ko": "{op}: n_splits = {k}가 모든 클래스의 샘플 수보다 큽니다(가장 큰 클래스가 {largest}개). 힌트: 분할 "
              "수를 줄이세요.",
    },
    "ml_cv_class_small": {
        "en": "{op}: the smallest class has only {least} samples, fewer than n_splits = {k}: some folds will "
              "not contain it.",
        "ko": "{op}: 가장 작은 클래스의 샘플이 {least}개뿐이라 n_splits = {k}보다 적습니다: 그 클래스가 없는 "
              "폴드가 생깁니다.",
    },
    "ml_tree_max_depth": {
        "en": "{op}: max_depth must be None or a whole number >= 1, got {value!r}. Hint: max_depth=1 is one split "
              "(a stump); None grows until the leaves are pure.",
        "ko": "{op}: max_depth는 None이거나 1 이상의 정수여야 하는데 {value!r}입니다. 힌트: max_depth=1은 분할 한 "
              "번(그루터기)이고, None은 잎이 순수해질 때까지 키웁니다.",
    },
    "ml_tree_int_or_fraction": {
        "en": "{op}: {name} must be a whole number >= {low} or a fraction in {interval} of the samples, got "
              "{value!r}.",
        "ko": "{op}: {name}는 {low} 이상의 정수이거나 샘플 수에 대한 비율 {interval}여야 하는데 {value!r}입니다.",
    },
    "ml_tree_max_features": {
        "en": "{op}: max_features must be None, 'sqrt', 'log2', a whole number from 1 to {n_features} or a "
              "fraction in (0, 1], got {value!r}.",
        "ko": "{op}: max_features는 None, 'sqrt', 'log2', 1부터 {n_features}까지의 정수 또는 (0, 1] 범위의 비율이어야 "
              "하는데 {value!r}입니다.",
    },
    "ml_export_feature_names": {
        "en": "export_text: feature_names must have one name per feature ({expected}), got {got}.",
        "ko": "export_text: feature_names에는 특성마다 이름이 하나씩({expected}개) 있어야 하는데 {got}개입니다.",
    },
    "ml_sample_weight_shape": {
        "en": "{op}: sample_weight must hold one weight per sample ({n}), got an array of shape {shape}.",
        "ko": "{op}: sample_weight에는 샘플마다 가중치가 하나씩({n}개) 있어야 하는데 모양이 {shape}인 배열입니다.",
    },
    "ml_sample_weight_value": {
        "en": "{op}: sample weights must be finite numbers >= 0, got sample_weight[{index}] = {value}. Hint: a "
              "weight of 0 leaves a sample out; a weight of 2 counts it twice.",
        "ko": "{op}: 샘플 가중치는 0 이상의 유한한 수여야 하는데 sample_weight[{index}] = {value}입니다. 힌트: "
              "가중치 0은 샘플을 빼고, 가중치 2는 두 번 셉니다.",
    },
    "ml_sample_weight_zero": {
        "en": "{op}: the sample weights sum to 0: there is nothing to learn from. Hint: give some samples a "
              "weight > 0.",
        "ko": "{op}: 샘플 가중치의 합이 0이라 배울 것이 없습니다. 힌트: 일부 샘플에 0보다 큰 가중치를 주세요.",
    },
    "ml_class_weight": {
        "en": "{op}: class_weight must be None, 'balanced' or a dict {{class: weight >= 0}}, got {value!r}.",
        "ko": "{op}: class_weight는 None, 'balanced' 또는 {{클래스: 0 이상의 가중치}} 딕셔너리여야 하는데 "
              "{value!r}입니다.",
    },
    "ml_class_weight_label": {
        "en": "{op}: class_weight names the class {label!r}, which is not in y (classes {classes}).",
        "ko": "{op}: class_weight에 있는 클래스 {label!r}가 y에 없습니다(클래스 {classes}).",
    },
    "ml_tree_unsupported": {
        "en": "{op}: {name}={value!r} is not supported by mldlab's trees (only the default {default!r}). Hint: "
              "leave {name} at its default.",
        "ko": "{op}: mldlab의 트리는 {name}={value!r}를 지원하지 않습니다(기본값 {default!r}만). 힌트: {name}를 "
              "기본값으로 두세요.",
    },
    "ml_tree_min_weight_fraction": {
        "en": "{op}: min_weight_fraction_leaf must be a number from 0 to 0.5, got {value!r}.",
        "ko": "{op}: min_weight_fraction_leaf는 0부터 0.5까지의 수여야 하는데 {value!r}입니다.",
    },
    "ml_tree_max_leaf_nodes": {
        "en": "{op}: max_leaf_nodes must be None or a whole number >= 2, got {value!r}.",
        "ko": "{op}: max_leaf_nodes는 None이거나 2 이상의 정수여야 하는데 {value!r}입니다.",
    },
    "ml_knn_n_jobs": {
        "en": "{op}: n_jobs must be None, -1 (all cores) or a whole number >= 1, got {value!r}. Hint: n_jobs=1 "
              "searches in one thread.",
        "ko": "{op}: n_jobs는 None, -1(모든 코어) 또는 1 이상의 정수여야 하는데 {value!r}입니다. 힌트: n_jobs=1이면 "
              "한 스레드에서 찾습니다.",
    },
}
