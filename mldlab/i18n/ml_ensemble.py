"""Messages of ml_ensemble, in English and Korean."""

MESSAGES = {
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
}
