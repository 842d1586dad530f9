"""Messages of ml_ensemble, in English and Korean."""

MESSAGES = {
    "ml_ensemble_estimator": {
        "en": "{op}: estimator must be an estimator with fit and predict (or None for a decision tree), got {value} "
              "of type {type}.",
        "ko": "{op}: estimator는 fit과 predict가 있는 추정기(결정 트리를 쓰려면 None)여야 하는데 {type} 형식의 "
              "{value}입니다.",
    },
    "ml_ensemble_max_samples": {
        "en": "{op}: max_samples must be None (all {n} samples), a whole number from 1 to {high} or a fraction in "
              "{interval}, got {value!r}.",
        "ko": "{op}: max_samples는 None(샘플 {n}개 전부), 1부터 {high}까지의 정수, 또는 {interval} 범위의 "
              "비율이어야 하는데 {value!r}입니다.",
    },
    "ml_ensemble_max_features": {
        "en": "{op}: max_features must be a whole number from 1 to {n_features} (the number of features) or a "
              "fraction in (0, 1], got {value!r}.",
        "ko": "{op}: max_features는 1부터 {n_features}(특성 수)까지의 정수 또는 (0, 1] 범위의 비율이어야 하는데 "
              "{value!r}입니다.",
    },
    "ml_ensemble_max_samples_no_bootstrap": {
        "en": "{op}: max_samples={value!r} is only used with bootstrap=True. Hint: set bootstrap=True, or leave "
              "max_samples=None.",
        "ko": "{op}: max_samples={value!r}는 bootstrap=True일 때만 쓰입니다. 힌트: bootstrap=True로 하거나 "
              "max_samples=None으로 두세요.",
    },
    "ml_ensemble_oob_no_bootstrap": {
        "en": "{op}: the out-of-bag score needs bootstrap=True (without bootstrap no sample is left out). Hint: "
              "set bootstrap=True, or oob_score=False.",
        "ko": "{op}: OOB 점수에는 bootstrap=True가 필요합니다(부트스트랩이 없으면 빠지는 샘플이 없습니다). 힌트: "
              "bootstrap=True로 하거나 oob_score=False로 하세요.",
    },
    "ml_ensemble_oob_warm_start": {
        "en": "{op}: the out-of-bag score is not available with warm_start=True. Hint: use one of the two.",
        "ko": "{op}: warm_start=True일 때는 OOB 점수를 계산할 수 없습니다. 힌트: 둘 중 하나만 쓰세요.",
    },
    "ml_ensemble_oob_score": {
        "en": "{op}: oob_score must be True, False or a function score(y_true, y_pred), got {value!r}.",
        "ko": "{op}: oob_score는 True, False 또는 함수 score(y_true, y_pred)여야 하는데 {value!r}입니다.",
    },
    "ml_ensemble_oob_missing": {
        "en": "{op}: {count} of the {n} samples were in every bootstrap sample, so they have no out-of-bag "
              "prediction. Hint: use more estimators (n_estimators={n_estimators} is few).",
        "ko": "{op}: 샘플 {n}개 중 {count}개가 모든 부트스트랩 표본에 들어가서 OOB 예측이 없습니다. 힌트: 추정기를 "
              "더 많이 쓰세요(n_estimators={n_estimators}는 적습니다).",
    },
    "ml_ensemble_warm_start_fewer": {
        "en": "{op}: n_estimators={n_estimators} must be at least the {n_fitted} estimators fitted already "
              "(warm_start=True adds estimators, it never removes any).",
        "ko": "{op}: n_estimators={n_estimators}는 이미 학습한 추정기 수 {n_fitted} 이상이어야 합니다"
              "(warm_start=True는 추정기를 더하기만 하고 빼지는 않습니다).",
    },
    "ml_ensemble_warm_start_same": {
        "en": "{op}: warm_start=True and n_estimators={n_estimators} as before: no new estimator was fitted. "
              "Hint: raise n_estimators to add some.",
        "ko": "{op}: warm_start=True이고 n_estimators={n_estimators}가 전과 같아서 새 추정기를 학습하지 않았습니다. "
              "힌트: 추정기를 더하려면 n_estimators를 늘리세요.",
    },
    "ml_ensemble_unsupported": {
        "en": "{op}: {name}={value!r} is not supported by mldlab's decision trees yet. Hint: leave it at its "
              "default {default!r}.",
        "ko": "{op}: {name}={value!r}는 mldlab의 결정 트리에서 아직 지원하지 않습니다. 힌트: 기본값 {default!r}로 "
              "두세요.",
    },
    "ml_ensemble_n_jobs": {
        "en": "{op}: n_jobs must be None, -1 (all cores) or a whole number >= 1, got {value!r}.",
        "ko": "{op}: n_jobs는 None, -1(모든 코어) 또는 1 이상의 정수여야 하는데 {value!r}입니다.",
    },
    "ml_voting_estimators": {
        "en": "{op}: estimators must be a non-empty list of (name, estimator) pairs, got {value}. Hint: "
              "estimators=[('lr', LogisticRegression()), ('knn', KNeighborsClassifier())].",
        "ko": "{op}: estimators는 (이름, 추정기) 쌍의 비어 있지 않은 리스트여야 하는데 {value}입니다. 힌트: "
              "estimators=[('lr', LogisticRegression()), ('knn', KNeighborsClassifier())].",
    },
    "ml_voting_names": {
        "en": "{op}: the names of the estimators must be different, must not contain '__' and must not be a "
              "parameter's name ({params}), got {names}.",
        "ko": "{op}: 추정기 이름은 서로 달라야 하고 '__'를 포함하거나 매개변수 이름({params})과 같으면 안 되는데 "
              "{names}입니다.",
    },
    "ml_voting_all_dropped": {
        "en": "{op}: every estimator is 'drop'; at least one must be an estimator.",
        "ko": "{op}: 모든 추정기가 'drop'입니다. 적어도 하나는 추정기여야 합니다.",
    },
    "ml_voting_not_classifier": {
        "en": "{op}: the estimator {name!r} ({type}) should be a classifier. Hint: VotingClassifier combines "
              "classifiers; for numbers use VotingRegressor.",
        "ko": "{op}: 추정기 {name!r}({type})는 분류기여야 합니다. 힌트: VotingClassifier는 분류기를 모읍니다. "
              "숫자를 예측하려면 VotingRegressor를 쓰세요.",
    },
    "ml_voting_not_regressor": {
        "en": "{op}: the estimator {name!r} ({type}) should be a regressor. Hint: VotingRegressor combines "
              "regressors; for classes use VotingClassifier.",
        "ko": "{op}: 추정기 {name!r}({type})는 회귀 모델이어야 합니다. 힌트: VotingRegressor는 회귀 모델을 "
              "모읍니다. 클래스를 예측하려면 VotingClassifier를 쓰세요.",
    },
    "ml_voting_weights": {
        "en": "{op}: got {n_weights} weights for {n_estimators} estimators; give one weight per estimator "
              "(in the order of estimators).",
        "ko": "{op}: 추정기는 {n_estimators}개인데 가중치는 {n_weights}개입니다. 추정기마다 가중치를 하나씩 "
              "(estimators의 순서대로) 주세요.",
    },
    "ml_voting_soft_no_proba": {
        "en": "{op}: voting='soft' averages the members' predict_proba, but the estimator {name!r} ({type}) has "
              "none. Hint: use voting='hard', or a member with predict_proba (e.g. SGDClassifier(loss='log_loss')).",
        "ko": "{op}: voting='soft'는 구성원의 predict_proba를 평균하는데 추정기 {name!r}({type})에는 "
              "predict_proba가 없습니다. 힌트: voting='hard'를 쓰거나 predict_proba가 있는 추정기(예: "
              "SGDClassifier(loss='log_loss'))를 쓰세요.",
    },
    "ml_voting_hard_proba": {
        "en": "{estimator}: predict_proba is not available when voting='hard' (the members' votes are counted, "
              "not their probabilities). Hint: use voting='soft'.",
        "ko": "{estimator}: voting='hard'일 때는 predict_proba를 쓸 수 없습니다(확률이 아니라 표를 셉니다). "
              "힌트: voting='soft'로 하세요.",
    },
    "ml_ensemble_building": {
        "en": "{estimator}: fitting member {number} of {n_estimators}",
        "ko": "{estimator}: 구성원 {n_estimators}개 중 {number}번째를 학습하는 중",
    },
    "ml_boost_fraction": {
        "en": "{op}: {name} must be a fraction in {interval}, got {value!r}.",
        "ko": "{op}: {name}는 {interval} 범위의 비율이어야 하는데 {value!r}입니다.",
    },
    "ml_boost_no_sample_weight": {
        "en": "{op}: AdaBoost reweights the samples after every round, but {type}.fit takes no sample_weight. "
              "Hint: use an estimator whose fit has sample_weight, such as DecisionTreeClassifier(max_depth=1) "
              "(the default, estimator=None).",
        "ko": "{op}: AdaBoost는 라운드마다 샘플 가중치를 바꾸는데 {type}.fit에는 sample_weight가 없습니다. "
              "힌트: fit에 sample_weight가 있는 추정기(예: 기본값 estimator=None인 "
              "DecisionTreeClassifier(max_depth=1))를 쓰세요.",
    },
    "ml_boost_worse_than_random": {
        "en": "{op}: the first estimator is no better than guessing (weighted error {error:.4f} >= 1 − 1/K = "
              "{chance:.4f} for K = {n_classes} classes), so the ensemble cannot be fitted. Hint: use a stronger "
              "estimator (a deeper tree).",
        "ko": "{op}: 첫 추정기가 찍기보다 나을 게 없어서(가중 오류 {error:.4f} >= 1 − 1/K = {chance:.4f}, 클래스 "
              "K = {n_classes}개) 앙상블을 만들 수 없습니다. 힌트: 더 강한 추정기(더 깊은 트리)를 쓰세요.",
    },
    "ml_boost_weights_overflow": {
        "en": "{op}: the sample weights became infinite at round {round}; boosting stopped there. Hint: lower "
              "the learning rate.",
        "ko": "{op}: 라운드 {round}에서 샘플 가중치가 무한대가 되어 부스팅을 멈췄습니다. 힌트: 학습률을 낮추세요.",
    },
    "ml_voting_fitting": {
        "en": "Voting: ({number} of {n_estimators}) fitting {name}",
        "ko": "Voting: ({n_estimators}개 중 {number}번째) {name} 학습 중",
    },
    "ml_forest_class_weight": {
        "en": "{op}: class_weight must be None, 'balanced', 'balanced_subsample' or a dict {{class: weight >= 0}}, "
              "got {value!r}.",
        "ko": "{op}: class_weight는 None, 'balanced', 'balanced_subsample' 또는 {{클래스: 0 이상의 가중치}} "
              "딕셔너리여야 하는데 {value!r}입니다.",
    },
}
