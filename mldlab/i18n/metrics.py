"""Messages of ``mldlab.train.metrics``, in English and Korean: what went wrong, what was expected, a hint."""

MESSAGES = {
    # the inputs
    "metric_scalar": {
        "en": "{op}: {name} must hold one value per sample, got the single number {value!r}. Hint: pass all "
        "the samples, e.g. {op}(y_test, y_pred) with arrays of the same length.",
        "ko": "{op}: {name}에는 샘플마다 값이 하나씩 있어야 하는데 숫자 하나({value!r})입니다. 힌트: 모든 샘플을 "
        "넘기세요. 예: 길이가 같은 배열로 {op}(y_test, y_pred).",
    },
    "metric_length": {
        "en": "{op}: y_true and y_pred must have the same number of samples, got {n_true} and {n_pred} (y_true of "
        "shape {true_shape}, y_pred of shape {pred_shape}). Hint: predict on the same samples whose labels you "
        "pass, e.g. y_true=y_test with y_pred=model(X_test), not X_train.",
        "ko": "{op}: y_true와 y_pred의 샘플 수가 같아야 하는데 {n_true}개와 {n_pred}개입니다 (y_true 모양 "
        "{true_shape}, y_pred 모양 {pred_shape}). 힌트: 정답을 넘긴 바로 그 샘플로 예측하세요. 예: "
        "y_true=y_test이면 y_pred=model(X_test) (X_train이 아니라).",
    },
    "metric_empty": {
        "en": "{op}: y_true and y_pred are empty (0 samples). Expected at least one sample.",
        "ko": "{op}: y_true와 y_pred가 비어 있습니다 (샘플 0개). 샘플이 하나 이상 있어야 합니다.",
    },
    "metric_nan_pred": {
        "en": "{op}: y_pred contains NaN ({count} of {size} values); expected numbers. Hint: training has "
        "probably diverged (the loss became NaN): lower the learning rate (lr), scale the inputs, or check the "
        "data for NaN.",
        "ko": "{op}: y_pred에 NaN이 있습니다 (값 {size}개 중 {count}개). 숫자여야 합니다. 힌트: 학습이 발산했을 "
        "가능성이 큽니다 (손실이 NaN이 됨). 학습률(lr)을 낮추거나, 입력의 크기를 맞추거나(정규화), 데이터에 "
        "NaN이 있는지 확인하세요.",
    },
    "metric_nan_true": {
        "en": "{op}: y_true contains NaN ({count} of {size} values); expected a target for every sample. "
        "Hint: remove the samples with missing targets, or fill them in, before measuring.",
        "ko": "{op}: y_true에 NaN이 있습니다 (값 {size}개 중 {count}개). 모든 샘플에 정답이 있어야 합니다. "
        "힌트: 정답이 빠진 샘플을 지우거나 채운 뒤에 측정하세요.",
    },
    "metric_ndim": {
        "en": "{op}: {name} must have shape (N,) or (N, C), got shape {shape}. Hint: flatten extra dimensions, "
        "e.g. y.reshape(len(y), -1).",
        "ko": "{op}: {name}의 모양은 (N,) 또는 (N, C)여야 하는데 {shape}입니다. 힌트: 남는 차원을 펴세요. 예: "
        "y.reshape(len(y), -1).",
    },
    "metric_multilabel": {
        "en": "{op}: y_true of shape {shape} is not one-hot (one 1 per row, 0 elsewhere); several labels per "
        "sample are not supported. Hint: pass the class labels (N,), e.g. y.argmax(axis=1).",
        "ko": "{op}: 모양이 {shape}인 y_true가 원-핫(행마다 1이 하나, 나머지는 0)이 아닙니다. 샘플 하나에 레이블 "
        "여러 개는 지원하지 않습니다. 힌트: 클래스 레이블 (N,)을 넘기세요. 예: y.argmax(axis=1).",
    },
    "metric_not_labels": {
        "en": "{op}: y_true must hold class labels (whole numbers such as 0, 1, 2), got {value!r}. Hint: for "
        "numbers to predict (regression) use mean_squared_error, mean_absolute_error or r2_score.",
        "ko": "{op}: y_true에는 클래스 레이블(0, 1, 2 같은 정수)이 있어야 하는데 {value!r}입니다. 힌트: 수치를 "
        "예측하는 회귀라면 mean_squared_error, mean_absolute_error, r2_score를 쓰세요.",
    },
    "metric_label_range": {
        "en": "{op}: y_true has the label {label}, but y_pred has scores for {n_classes} classes, so the labels "
        "must be 0 … {last}. Hint: the last layer needs one output per class, e.g. nn.Linear(…, {needed}), "
        "and the labels must count from 0.",
        "ko": "{op}: y_true에 레이블 {label}이(가) 있는데 y_pred에는 클래스 {n_classes}개의 점수만 있으므로 "
        "레이블은 0 … {last}이어야 합니다. 힌트: 마지막 층의 출력 수가 클래스 수와 같아야 하고(예: "
        "nn.Linear(…, {needed})), 레이블은 0부터 세어야 합니다.",
    },
    "metric_shapes": {
        "en": "{op}: y_true of shape {true_shape} and y_pred of shape {pred_shape} do not match. Expected the "
        "same shape, or (N,) with (N, 1).",
        "ko": "{op}: y_true의 모양 {true_shape}과(와) y_pred의 모양 {pred_shape}이(가) 맞지 않습니다. 모양이 "
        "같거나 (N,)과 (N, 1)이어야 합니다.",
    },
    "metric_outputs": {
        "en": "{op}: y_true has {n_true} output(s) per sample (shape {true_shape}) but y_pred has {n_pred} "
        "(shape {pred_shape}). Expected the same number. Hint: check the size of the last layer.",
        "ko": "{op}: y_true는 샘플마다 출력이 {n_true}개(모양 {true_shape})인데 y_pred는 {n_pred}개(모양 "
        "{pred_shape})입니다. 개수가 같아야 합니다. 힌트: 마지막 층의 크기를 확인하세요.",
    },
    "metric_outputs_changed": {
        "en": "{op}: this batch has {now} output(s) per sample, the earlier ones had {before}. Hint: call "
        "reset_state() before measuring a different model.",
        "ko": "{op}: 이번 배치는 샘플마다 출력이 {now}개인데 앞의 배치들은 {before}개였습니다. 힌트: 다른 모델을 "
        "측정하기 전에 reset_state()를 부르세요.",
    },
    # thresholds and logits
    "metric_threshold": {
        "en": "{op}: threshold must be a probability in [0, 1], got {value!r}. Hint: for a model that outputs "
        "logits (no sigmoid), keep the threshold a probability and pass from_logits=True.",
        "ko": "{op}: threshold는 [0, 1] 사이의 확률이어야 하는데 {value!r}입니다. 힌트: 모델이 로짓을 "
        "출력하면(시그모이드 없음) threshold는 확률로 두고 from_logits=True를 주세요.",
    },
    "metric_logits_function": {
        "en": "{op}: y_pred has values outside [0, 1], so they are not probabilities, yet they are compared "
        "with threshold={threshold}. Hint: for logits z (no sigmoid) pass threshold=0.0, since σ(z) > 0.5 "
        "exactly when z > 0; or apply mldlab.sigmoid first.",
        "ko": "{op}: y_pred에 [0, 1] 밖의 값이 있어 확률이 아닌데 threshold={threshold}와 비교하고 있습니다. "
        "힌트: 로짓 z(시그모이드 없음)라면 threshold=0.0을 주세요. σ(z) > 0.5는 z > 0과 같습니다. 또는 먼저 "
        "mldlab.sigmoid를 적용하세요.",
    },
    "metric_logits_object": {
        "en": "{op}: y_pred has values outside [0, 1], so they are not probabilities. Hint: if the model "
        "outputs logits (no sigmoid, e.g. trained with nn.BCEWithLogitsLoss), use {op}(from_logits=True).",
        "ko": "{op}: y_pred에 [0, 1] 밖의 값이 있어 확률이 아닙니다. 힌트: 모델이 로짓을 출력한다면(시그모이드 "
        "없음, 예: nn.BCEWithLogitsLoss로 학습) {op}(from_logits=True)를 쓰세요.",
    },
    "metric_binary_scores": {
        "en": "{op}: expected one probability (or logit) per sample, of shape (N,) or (N, 1), got y_pred of "
        "shape {shape} (one score per class). Hint: for more than two classes use "
        "SparseCategoricalAccuracy, or precision_score(y, y_pred, average='macro') after training.",
        "ko": "{op}: 샘플마다 확률(또는 로짓) 하나, 모양 (N,) 또는 (N, 1)이어야 하는데 y_pred의 모양이 "
        "{shape}입니다(클래스마다 점수 하나). 힌트: 클래스가 셋 이상이면 SparseCategoricalAccuracy를 쓰거나, "
        "학습 후 precision_score(y, y_pred, average='macro')를 쓰세요.",
    },
    "metric_binary_labels": {
        "en": "{op}: y_true must hold the two classes 0 and 1, got the labels {labels}. Hint: for more than "
        "two classes use SparseCategoricalAccuracy; for two other labels, map them to 0 and 1 first.",
        "ko": "{op}: y_true에는 두 클래스 0과 1만 있어야 하는데 레이블이 {labels}입니다. 힌트: 클래스가 셋 "
        "이상이면 SparseCategoricalAccuracy를 쓰고, 다른 두 레이블이라면 먼저 0과 1로 바꾸세요.",
    },
    "metric_scores_needed": {
        "en": "{op}: expected one score per class in y_pred, of shape (N, C) with C >= 2, got shape {shape}. "
        "Hint: for one probability per sample (two classes) use BinaryAccuracy.",
        "ko": "{op}: y_pred에는 클래스마다 점수가 하나씩, 모양 (N, C) (C >= 2)여야 하는데 모양이 {shape}입니다. "
        "힌트: 샘플마다 확률 하나(두 클래스)라면 BinaryAccuracy를 쓰세요.",
    },
    "metric_one_hot_needed": {
        "en": "{op}: expected one-hot targets y_true of the same shape as y_pred, got {true_shape} and "
        "{pred_shape}. Hint: for integer labels (N,) use SparseCategoricalAccuracy.",
        "ko": "{op}: y_true는 y_pred와 모양이 같은 원-핫이어야 하는데 {true_shape}와(과) {pred_shape}입니다. "
        "힌트: 정수 레이블 (N,)이라면 SparseCategoricalAccuracy를 쓰세요.",
    },
    # precision, recall, F1, confusion matrix
    "metric_average": {
        "en": "{op}: average must be one of {options}, got {value!r}.",
        "ko": "{op}: average는 {options} 중 하나여야 하는데 {value!r}입니다.",
    },
    "metric_zero_division": {
        "en": "{op}: zero_division must be 'warn', 0.0, 1.0 or np.nan, got {value!r}.",
        "ko": "{op}: zero_division은 'warn', 0.0, 1.0, np.nan 중 하나여야 하는데 {value!r}입니다.",
    },
    "metric_binary_average": {
        "en": "{op}: average='binary' measures one positive class among two, but y_true and y_pred have "
        "{n_classes} classes {labels}. Hint: choose average='macro' (the mean over classes), 'weighted', "
        "'micro', or None (one value per class).",
        "ko": "{op}: average='binary'는 두 클래스 중 양성 클래스 하나를 재는데, y_true와 y_pred에 클래스가 "
        "{n_classes}개 {labels} 있습니다. 힌트: average='macro'(클래스별 값의 평균), 'weighted', 'micro', "
        "또는 None(클래스마다 값 하나)을 고르세요.",
    },
    "metric_pos_label": {
        "en": "{op}: pos_label={pos_label!r} is not a valid label; it should be one of {labels}. Hint: pass "
        "pos_label=<the label of the positive class>.",
        "ko": "{op}: pos_label={pos_label!r}은(는) 있는 레이블이 아닙니다. {labels} 중 하나여야 합니다. 힌트: "
        "pos_label=<양성 클래스의 레이블>을 주세요.",
    },
    "metric_pos_label_ignored": {
        "en": "{op}: pos_label (set to {pos_label!r}) is ignored when average != 'binary' (got {average!r}). "
        "Hint: use labels=[pos_label] to measure a single class.",
        "ko": "{op}: average가 'binary'가 아니면({average!r}) pos_label({pos_label!r})은 쓰이지 않습니다. "
        "힌트: 한 클래스만 재려면 labels=[pos_label]을 쓰세요.",
    },
    "metric_ill_defined_one": {
        "en": "{op}: {quantity} is ill-defined (0/0) and being set to 0.0 due to no {missing} samples. Use the "
        "zero_division parameter to control this behavior.",
        "ko": "{op}: {missing} 없어서 {quantity}을(를) 정할 수 없으므로(0/0) 0.0으로 둡니다. "
        "zero_division 매개변수로 이 값을 정할 수 있습니다.",
    },
    "metric_ill_defined_some": {
        "en": "{op}: {quantity} is ill-defined (0/0) and being set to 0.0 in labels with no {missing} samples. "
        "Use the zero_division parameter to control this behavior.",
        "ko": "{op}: {missing} 없는 레이블에서는 {quantity}을(를) 정할 수 없으므로(0/0) 0.0으로 둡니다. "
        "zero_division 매개변수로 이 값을 정할 수 있습니다.",
    },
    "metric_missing_predicted": {"en": "predicted", "ko": "예측된 샘플이"},
    "metric_missing_true": {"en": "true", "ko": "실제 샘플이"},
    "metric_quantity_precision": {"en": "Precision", "ko": "정밀도(precision)"},
    "metric_quantity_recall": {"en": "Recall", "ko": "재현율(recall)"},
    "metric_quantity_f": {"en": "F-score", "ko": "F 점수"},
    "metric_missing_true_nor_predicted": {"en": "true nor predicted", "ko": "실제 샘플도 예측된 샘플도"},
    "metric_normalize": {
        "en": "{op}: normalize must be 'true', 'pred', 'all' or None, got {value!r}.",
        "ko": "{op}: normalize는 'true', 'pred', 'all', None 중 하나여야 하는데 {value!r}입니다.",
    },
    "metric_no_labels": {
        "en": "{op}: 'labels' should contain at least one label.",
        "ko": "{op}: 'labels'에 레이블이 하나 이상 있어야 합니다.",
    },
    "metric_labels_absent": {
        "en": "{op}: at least one label in labels={labels} must be in y_true.",
        "ko": "{op}: labels={labels} 중 적어도 하나는 y_true에 있어야 합니다.",
    },
    "metric_single_label": {
        "en": "{op}: a single label was found in y_true and y_pred, so the matrix is 1 × 1. Hint: pass "
        "labels=[0, 1] (all known labels) to get the full matrix.",
        "ko": "{op}: y_true와 y_pred에 레이블이 하나뿐이라 행렬이 1 × 1입니다. 힌트: 전체 행렬을 보려면 "
        "labels=[0, 1]처럼 알려진 레이블을 모두 주세요.",
    },
    # regression
    "metric_multioutput": {
        "en": "{op}: multioutput must be one of {options}, got {value!r}.",
        "ko": "{op}: multioutput은 {options} 중 하나여야 하는데 {value!r}입니다.",
    },
    "metric_r2_few": {
        "en": "{op}: R² is not well-defined with fewer than two samples; the result is NaN.",
        "ko": "{op}: 샘플이 두 개보다 적으면 R²를 정할 수 없어 결과는 NaN입니다.",
    },
    # metrics by name
    "metric_unknown": {
        "en": "Unknown metric {name!r}.{did_you_mean} Known names: {known}. Hint: you can also pass a metric "
        "object, e.g. metrics.Precision(), or a function f(y_true, y_pred) -> float.",
        "ko": "알 수 없는 지표 {name!r}입니다.{did_you_mean} 알려진 이름: {known}. 힌트: 지표 객체(예: "
        "metrics.Precision())나 함수 f(y_true, y_pred) -> float를 넘길 수도 있습니다.",
    },
    "metric_did_you_mean": {
        "en": " Did you mean {name!r}?",
        "ko": " {name!r}을(를) 뜻했나요?",
    },
    "metric_identifier_type": {
        "en": "Could not interpret the metric {value!r} (of type {type}). Expected a name such as 'accuracy', "
        "a metric object, or a function f(y_true, y_pred) -> float.",
        "ko": "지표 {value!r}({type} 타입)을(를) 해석할 수 없습니다. 'accuracy' 같은 이름, 지표 객체, 또는 함수 "
        "f(y_true, y_pred) -> float여야 합니다.",
    },
    "metric_roc_binary": {
        "en": "{op}: y_true must hold 2 classes, got {n}: {labels}. Hint: for several classes use "
              "roc_auc_score(y, proba, multi_class='ovr').",
        "ko": "{op}: y_true에는 클래스가 2개여야 하는데 {n}개입니다: {labels}. 힌트: 클래스가 여럿이면 "
              "roc_auc_score(y, proba, multi_class='ovr')를 쓰세요.",
    },
    "metric_roc_pos_label": {
        "en": "{op}: the labels {labels} are not {{0, 1}} or {{-1, 1}}: say which one is positive with pos_label.",
        "ko": "{op}: 레이블 {labels}은 {{0, 1}}이나 {{-1, 1}}이 아닙니다: pos_label로 어느 쪽이 양성인지 정하세요.",
    },
    "metric_roc_one_class": {
        "en": "{op}: y_true holds only one class, so the ROC curve (and its AUC) is not defined. Hint: the data "
              "needs positive and negative samples.",
        "ko": "{op}: y_true에 클래스가 하나뿐이라 ROC 곡선(과 AUC)을 정의할 수 없습니다. 힌트: 양성과 음성 샘플이 "
              "모두 있어야 합니다.",
    },
    "metric_roc_multi_class": {
        "en": "{op}: y_score has one column per class, so multi_class must be 'ovr' (one class against the rest), "
              "got {value!r}.",
        "ko": "{op}: y_score에 클래스마다 열이 하나씩 있으므로 multi_class는 'ovr'(한 클래스 대 나머지)이어야 "
              "하는데 {value!r}입니다.",
    },
    "metric_roc_average": {
        "en": "{op}: average must be 'macro' or 'weighted', got {value!r}.",
        "ko": "{op}: average는 'macro'나 'weighted'여야 하는데 {value!r}입니다.",
    },
    "metric_roc_columns": {
        "en": "{op}: y_true holds {n_classes} classes but y_score has {n_columns} columns (one per class needed).",
        "ko": "{op}: y_true의 클래스는 {n_classes}개인데 y_score의 열은 {n_columns}개입니다(클래스마다 하나 필요).",
    },
}
