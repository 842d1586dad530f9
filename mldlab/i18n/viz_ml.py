"""Texts of the session-2 figures (decision regions, tree diagram, ensembles, importances, ROC, learning and
validation curves) and of ``mldlab.ml.learning_curve``, whose curves they draw."""

MESSAGES = {
    "ml_curve_sizes_type": {
        "en": "learning_curve: train_sizes must be a non-empty list of numbers, got {value}.",
        "ko": "learning_curve: train_sizes는 숫자로 된 비어 있지 않은 목록이어야 하는데 {value}을(를) 받았습니다.",
    },
    "ml_curve_sizes_fraction": {
        "en": "learning_curve: train_sizes given as fractions of the largest training part must be within (0, 1], "
              "got values from {low} to {high}. Hint: use whole numbers for numbers of samples.",
        "ko": "learning_curve: 가장 큰 학습 부분에 대한 비율로 준 train_sizes는 (0, 1] 안에 있어야 하는데 {low}부터 "
              "{high}까지의 값을 받았습니다. 힌트: 샘플 수로 주려면 정수를 쓰세요.",
    },
    "ml_curve_sizes_count": {
        "en": "learning_curve: train_sizes given as numbers of samples must be within [1, {n_max}] (the largest "
              "training part), got values from {low} to {high}.",
        "ko": "learning_curve: 샘플 수로 준 train_sizes는 [1, {n_max}] (가장 큰 학습 부분) 안에 있어야 하는데 "
              "{low}부터 {high}까지의 값을 받았습니다.",
    },
    "ml_curve_sizes_duplicates": {
        "en": "learning_curve: duplicate training sizes removed: {n} sizes instead of {n_given}.",
        "ko": "learning_curve: 중복된 학습 크기를 뺐습니다: {n_given}개 대신 {n}개입니다.",
    },
    "ml_curve_sizes_verbose": {
        "en": "[learning_curve] Training set sizes: {sizes}",
        "ko": "[learning_curve] 학습 데이터 크기: {sizes}",
    },
    "ml_curve_error_score": {
        "en": "error_score must be 'raise' or a number, got {value}.",
        "ko": "error_score는 'raise' 또는 숫자여야 하는데 {value}을(를) 받았습니다.",
    },
    "ml_curve_partial_fit": {
        "en": "learning_curve: exploit_incremental_learning=True needs an estimator with partial_fit, got {type}. "
              "Hint: leave exploit_incremental_learning=False.",
        "ko": "learning_curve: exploit_incremental_learning=True에는 partial_fit이 있는 추정기가 필요한데 {type}을(를) "
              "받았습니다. 힌트: exploit_incremental_learning=False로 두세요.",
    },
    "ml_curve_all_failed": {
        "en": "{op}: all {n} fits failed; the first error: {error}. Hint: check the estimator's parameters, or pass "
              "error_score='raise' to see the traceback.",
        "ko": "{op}: {n}번의 학습이 모두 실패했습니다. 첫 오류: {error}. 힌트: 추정기의 매개변수를 확인하거나 "
              "error_score='raise'로 오류 위치를 보세요.",
    },
    "ml_curve_some_failed": {
        "en": "{op}: {n} of {total} fits failed and got the score {value}; the first error: {error}.",
        "ko": "{op}: {total}번 중 {n}번의 학습이 실패해 점수 {value}을(를) 받았습니다. 첫 오류: {error}.",
    },
    "viz_ml_two_features": {
        "en": "{op}: X must have exactly 2 columns (the two axes of the picture), got shape {shape}. Hint: choose "
              "two features, e.g. X[:, [0, 1]], and fit the model on them.",
        "ko": "{op}: X는 열이 정확히 2개(그림의 두 축)여야 하는데 모양이 {shape}입니다. 힌트: X[:, [0, 1]]처럼 특성 "
              "두 개를 골라 그것으로 모델을 학습시키세요.",
    },
    "viz_ml_lengths": {
        "en": "{op}: y must be 1-D with one label per row of X ({n_X} rows), got shape {shape}.",
        "ko": "{op}: y는 X의 행({n_X}개)마다 레이블이 하나씩인 1차원 배열이어야 하는데 모양이 {shape}입니다.",
    },
    "viz_ml_not_a_model": {
        "en": "{op}: expected a fitted model with predict (e.g. KNeighborsClassifier().fit(X, y)), got {type}.",
        "ko": "{op}: predict가 있는 학습된 모델(예: KNeighborsClassifier().fit(X, y))이 필요한데 {type}을(를) "
              "받았습니다.",
    },
    "viz_ml_fitted_features": {
        "en": "{op}: {model} was fitted on {n} features, but the picture has 2 axes. Hint: fit it on two columns "
              "of X, e.g. X[:, [0, 1]].",
        "ko": "{op}: {model}은(는) 특성 {n}개로 학습되었지만 그림의 축은 2개입니다. 힌트: X[:, [0, 1]]처럼 X의 두 "
              "열로 학습시키세요.",
    },
    "viz_ml_vary": {
        "en": "{op}: vary takes one model and one parameter with its values, e.g. vary={{'n_neighbors': [1, 15]}}, "
              "got {value}.",
        "ko": "{op}: vary에는 모델 하나와 매개변수 하나의 값 목록을 줍니다(예: vary={{'n_neighbors': [1, 15]}}). "
              "받은 값: {value}.",
    },
    "viz_ml_titles": {
        "en": "{op}: expected one title per model, got {n_models} models and {n_titles} titles.",
        "ko": "{op}: 모델마다 제목이 하나씩 필요한데 모델은 {n_models}개, 제목은 {n_titles}개입니다.",
    },
    "viz_ml_one_axes": {
        "en": "{op}: ax= draws one model, got {n}. Hint: leave out ax= to get one panel per model.",
        "ko": "{op}: ax=에는 모델 하나만 그릴 수 있는데 {n}개를 받았습니다. 힌트: ax=를 빼면 모델마다 패널이 "
              "하나씩 그려집니다.",
    },
    "viz_ml_accuracy": {"en": "train accuracy {train:.2f}", "ko": "학습 정확도 {train:.2f}"},
    "viz_ml_accuracy_test": {
        "en": "accuracy: train {train:.2f}, test {test:.2f}",
        "ko": "정확도: 학습 {train:.2f}, 테스트 {test:.2f}",
    },
    "viz_ml_not_a_tree": {
        "en": "{op}: expected a fitted DecisionTreeClassifier or DecisionTreeRegressor, got {type}. Hint: for a "
              "forest, draw one of its trees: forest.estimators_[0].",
        "ko": "{op}: 학습된 DecisionTreeClassifier나 DecisionTreeRegressor가 필요한데 {type}을(를) 받았습니다. "
              "힌트: 랜덤 포레스트라면 트리 하나를 그리세요: forest.estimators_[0].",
    },
    "viz_ml_feature_names": {
        "en": "{op}: expected {expected} feature names (one per column of X), got {n}.",
        "ko": "{op}: 특성 이름이 {expected}개(X의 열마다 하나) 필요한데 {n}개를 받았습니다.",
    },
    "viz_ml_class_names": {
        "en": "{op}: expected {expected} class names (one per class in tree.classes_), got {n}.",
        "ko": "{op}: 클래스 이름이 {expected}개(tree.classes_의 클래스마다 하나) 필요한데 {n}개를 받았습니다.",
    },
    "viz_ml_max_depth": {
        "en": "{op}: max_depth must be a whole number >= 0 or None, got {value!r}.",
        "ko": "{op}: max_depth는 0 이상의 정수 또는 None이어야 하는데 {value!r}을(를) 받았습니다.",
    },
    "viz_ml_tree_samples": {"en": "samples = {n}", "ko": "샘플 수 = {n}"},
    "viz_ml_tree_value": {"en": "value = {value}", "ko": "값 = {value}"},
    "viz_ml_tree_class": {"en": "class = {name}", "ko": "클래스 = {name}"},
    "viz_ml_tree_true": {"en": "True", "ko": "예"},
    "viz_ml_tree_false": {"en": "False", "ko": "아니오"},
    "viz_ml_tree_title": {
        "en": "{name}: depth {depth}, {leaves} leaves",
        "ko": "{name}: 깊이 {depth}, 리프 {leaves}개",
    },
    "viz_ml_tree_cut": {
        "en": "(the first {shown} levels; (…) marks more nodes below: pass max_depth= to see more)",
        "ko": "(처음 {shown}단계만; (…) 아래에 노드가 더 있습니다. 더 보려면 max_depth=를 주세요)",
    },
    "viz_ml_importance_kind": {
        "en": "{op}: kind must be 'auto', 'importances' or 'coef', got {value!r}.",
        "ko": "{op}: kind는 'auto', 'importances', 'coef' 중 하나여야 하는데 {value!r}을(를) 받았습니다.",
    },
    "viz_ml_no_importances": {
        "en": "{op}: {type} has no feature_importances_ or coef_ to draw. Hint: trees, forests and boosting have "
              "feature_importances_, linear models coef_.",
        "ko": "{op}: {type}에는 그릴 feature_importances_나 coef_가 없습니다. 힌트: 트리, 랜덤 포레스트, 부스팅에는 "
              "feature_importances_가, 선형 모델에는 coef_가 있습니다.",
    },
    "viz_ml_importances_title": {"en": "Feature importances of {name}", "ko": "{name}의 특성 중요도"},
    "viz_ml_importances_axis": {
        "en": "importance (share of the impurity removed)",
        "ko": "중요도 (줄인 불순도 중 차지하는 몫)",
    },
    "viz_ml_coef_title": {
        "en": "|coefficient| of {name}\n(compare them only on standardised features)",
        "ko": "{name}의 |계수|\n(표준화한 특성에서만 비교하세요)",
    },
    "viz_ml_coef_axis": {"en": "|wⱼ|, the size of the coefficient", "ko": "|wⱼ|, 계수의 크기"},
    "viz_ml_importances_top": {"en": "(the {shown} largest of {n})", "ko": "(특성 {n}개 중 가장 큰 {shown}개)"},
    "viz_ml_no_scores": {
        "en": "{op}: {type} has neither predict_proba nor decision_function, so it gives no scores to rank by. "
              "Hint: KNeighborsClassifier, trees, forests and LogisticRegression have predict_proba.",
        "ko": "{op}: {type}에는 predict_proba도 decision_function도 없어 순서를 매길 점수가 없습니다. 힌트: "
              "KNeighborsClassifier, 트리, 랜덤 포레스트, LogisticRegression에는 predict_proba가 있습니다.",
    },
    "viz_ml_roc_binary": {
        "en": "{op}: a ROC curve needs 2 classes, the model has {n}. Hint: one class against the rest: y == k and "
              "predict_proba(X)[:, k] as scores.",
        "ko": "{op}: ROC 곡선에는 클래스가 2개여야 하는데 모델의 클래스는 {n}개입니다. 힌트: 한 클래스 대 나머지로 "
              "y == k와 점수 predict_proba(X)[:, k]를 쓰세요.",
    },
    "viz_ml_roc_no_y": {
        "en": "{op}: y (the true labels) is needed.",
        "ko": "{op}: y(실제 레이블)가 필요합니다.",
    },
    "viz_ml_roc_no_X": {
        "en": "{op}: X is needed to score {type}. Hint: roc(model, X_test, y_test).",
        "ko": "{op}: {type}의 점수를 구하려면 X가 필요합니다. 힌트: roc(model, X_test, y_test).",
    },
    "viz_ml_roc_scores": {"en": "scores {k}", "ko": "점수 {k}"},
    "viz_ml_roc_chance": {"en": "chance (AUC = 0.5)", "ko": "무작위 추측 (AUC = 0.5)"},
    "viz_ml_roc_title": {"en": "ROC curve", "ko": "ROC 곡선"},
    "viz_ml_roc_fpr": {
        "en": "false positive rate FPR = FP / N",
        "ko": "거짓 양성 비율 FPR = FP / N",
    },
    "viz_ml_roc_tpr": {
        "en": "true positive rate TPR = TP / P (recall)",
        "ko": "참 양성 비율 TPR = TP / P (재현율)",
    },
    "viz_ml_accuracy_name": {"en": "accuracy", "ko": "정확도"},
    "viz_ml_curve_train": {"en": "training score", "ko": "학습 점수"},
    "viz_ml_curve_validation": {"en": "validation score (cross-validation)", "ko": "검증 점수 (교차 검증)"},
    "viz_ml_curve_overfit_more_data": {
        "en": "gap {gap:.2f}: overfitting\n→ more data or a simpler model",
        "ko": "차이 {gap:.2f}: 과적합\n→ 데이터를 늘리거나 더 단순한 모델로",
    },
    "viz_ml_curve_close": {
        "en": "gap {gap:.2f}: the scores meet\n(if both are low: underfitting → a richer model)",
        "ko": "차이 {gap:.2f}: 두 점수가 가깝습니다\n(둘 다 낮으면 과소적합 → 더 복잡한 모델로)",
    },
    "viz_ml_learning_title": {"en": "Learning curve: {name}", "ko": "학습 곡선: {name}"},
    "viz_ml_curve_sizes": {"en": "training samples", "ko": "학습 샘플 수"},
    "viz_ml_curve_overfitting": {"en": "overfitting", "ko": "과적합"},
    "viz_ml_curve_underfitting": {"en": "underfitting", "ko": "과소적합"},
    "viz_ml_curve_best": {
        "en": "best: {name} = {value} (validation {score:.3f})",
        "ko": "최적: {name} = {value} (검증 {score:.3f})",
    },
    "viz_ml_param_numbers": {
        "en": "validation_curve: the values of {name} must be numbers to draw them along an axis, got {values}. Hint: "
              "for other values (like weights='uniform' or 'distance') compare the scores of "
              "mldlab.ml.validation_curve.",
        "ko": "validation_curve: {name}의 값을 축에 그리려면 숫자여야 하는데 {values}을(를) 받았습니다. 힌트: "
              "weights='uniform', 'distance' 같은 다른 값은 mldlab.ml.validation_curve의 점수로 비교하세요.",
    },
    "viz_ml_validation_title": {
        "en": "Validation curve: {name}, varying {param}",
        "ko": "검증 곡선: {name}의 {param}에 따라",
    },
    "viz_ml_ensemble_kind": {
        "en": "{op}: ensemble must be one of {choices}, got {value!r}.",
        "ko": "{op}: ensemble은 {choices} 중 하나여야 하는데 {value!r}을(를) 받았습니다.",
    },
    "viz_ml_single_tree": {
        "en": "One decision tree (depth {depth}, {leaves} leaves)",
        "ko": "결정 트리 하나 (깊이 {depth}, 리프 {leaves}개)",
    },
    "viz_ml_forest": {"en": "Random forest: {n} trees averaged", "ko": "랜덤 포레스트: 트리 {n}개의 평균"},
    "viz_ml_bagging": {"en": "Bagging: {n} trees averaged", "ko": "배깅: 트리 {n}개의 평균"},
    "viz_ml_ensemble_suptitle": {
        "en": "One tree follows every point; many trees on bootstrap samples, averaged, draw smoother regions",
        "ko": "트리 하나는 점 하나하나를 따라가고, 부트스트랩 표본으로 만든 여러 트리의 평균은 더 매끄럽습니다",
    },
}
