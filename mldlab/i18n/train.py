"""Messages of Model (compile, fit, evaluate, predict) and of the train command, in English and Korean."""

MESSAGES = {
    "diverged": {
        "en": "Training diverged: the loss became {loss} in epoch {epoch}, iteration {iteration} (batch {batch} of the "
        "epoch). The last finite loss was {last}; the learning rate is {lr}. Hint: the learning rate is probably too "
        "large — every step overshoots the minimum. Try a learning rate 10 times smaller, or standardise the inputs.",
        "ko": "학습이 발산했습니다: 에포크 {epoch}, 반복 {iteration}(이 에포크의 배치 {batch})에서 손실이 {loss}이(가) "
        "되었습니다. 마지막 유한한 손실은 {last}, 학습률은 {lr}입니다. 힌트: 학습률이 너무 커서 매 단계가 최솟값을 "
        "지나쳐 버리는 것 같습니다. 학습률을 10배 작게 하거나 입력을 표준화해 보세요.",
    },
    "model_not_module": {
        "en": "Model expects an mldlab nn.Module, got {type}. Hint: Model(nn.Sequential(nn.Linear(2, 8), ...)).",
        "ko": "Model에는 mldlab의 nn.Module이 필요한데 {type}입니다. 힌트: Model(nn.Sequential(nn.Linear(2, 8), ...)).",
    },
    "model_not_compiled": {
        "en": "{op}: the model is not compiled yet. Hint: call model.compile(optimizer='adam', loss=..., "
        "metrics=['accuracy']) first.",
        "ko": "{op}: 모델이 아직 compile되지 않았습니다. 힌트: 먼저 model.compile(optimizer='adam', loss=..., "
        "metrics=['accuracy'])를 호출하세요.",
    },
    "compile_optimizer_name": {
        "en": "compile: unknown optimizer {name!r}. Expected one of: {names}, or an mldlab optimizer such as "
        "optim.Adam(net.parameters(), lr=0.01).",
        "ko": "compile: 알 수 없는 최적화 방법 {name!r}입니다. {names} 중 하나이거나, optim.Adam(net.parameters(), "
        "lr=0.01) 같은 mldlab 최적화 객체여야 합니다.",
    },
    "compile_optimizer_params": {
        "en": "compile: the optimizer does not hold this model's parameters. Hint: build it from them, e.g. "
        "optim.Adam(model.module.parameters(), lr=0.01).",
        "ko": "compile: 이 최적화 객체는 이 모델의 매개변수를 갖고 있지 않습니다. 힌트: "
        "optim.Adam(model.module.parameters(), lr=0.01)처럼 모델의 매개변수로 만드세요.",
    },
    "compile_loss_name": {
        "en": "compile: unknown loss {name!r}. Expected one of: {names}, or a loss object such as nn.MSELoss().",
        "ko": "compile: 알 수 없는 손실 {name!r}입니다. {names} 중 하나이거나 nn.MSELoss() 같은 손실 객체여야 합니다.",
    },
    "compile_loss_type": {
        "en": "compile: loss must be a name ({names}), an mldlab loss such as nn.CrossEntropyLoss(), or a function "
        "loss(y_pred, y_true); got {type}.",
        "ko": "compile: loss는 이름({names}), nn.CrossEntropyLoss() 같은 mldlab 손실, 또는 함수 loss(y_pred, y_true)"
        "여야 하는데 {type}입니다.",
    },
    "fit_lengths": {
        "en": "{op}: x has {nx} samples but y has {ny}. Expected the same number of rows.",
        "ko": "{op}: x의 샘플은 {nx}개인데 y는 {ny}개입니다. 행 수가 같아야 합니다.",
    },
    "fit_no_y": {
        "en": "{op}: y is missing. Give the targets, e.g. model.{op}(X_train, y_train), or a DataLoader as x.",
        "ko": "{op}: y가 없습니다. model.{op}(X_train, y_train)처럼 정답을 주거나 x로 DataLoader를 주세요.",
    },
    "fit_empty": {
        "en": "{op}: there are no samples to train on (x has 0 rows).",
        "ko": "{op}: 학습할 샘플이 없습니다(x의 행이 0개).",
    },
    "fit_positive": {
        "en": "{op}: {name} must be a whole number >= 1, got {value!r}.",
        "ko": "{op}: {name}은(는) 1 이상의 정수여야 하는데 {value!r}입니다.",
    },
    "fit_validation_split": {
        "en": "fit: validation_split must be a fraction in [0, 1), got {value!r}. Hint: 0.2 keeps the last 20% of the "
        "data for validation.",
        "ko": "fit: validation_split은 [0, 1) 사이의 비율이어야 하는데 {value!r}입니다. 힌트: 0.2는 데이터의 마지막 "
        "20%를 검증용으로 남깁니다.",
    },
    "fit_validation_split_too_large": {
        "en": "fit: {n} samples cannot be split into training and validation data with validation_split={value}. "
        "Hint: give more data or another validation_split.",
        "ko": "fit: 샘플 {n}개는 validation_split={value}로 학습 데이터와 검증 데이터로 나눌 수 없습니다. "
        "힌트: 데이터를 늘리거나 validation_split을 바꾸세요.",
    },
    "fit_validation_data": {
        "en": "fit: validation_data must be a pair (x_val, y_val), got {type}.",
        "ko": "fit: validation_data는 (x_val, y_val) 쌍이어야 하는데 {type}입니다.",
    },
    "fit_on_divergence": {
        "en": "fit: on_divergence must be 'raise' or 'stop', got {value!r}.",
        "ko": "fit: on_divergence는 'raise' 또는 'stop'이어야 하는데 {value!r}입니다.",
    },
    "fit_verbose": {
        "en": "{op}: verbose must be 'auto', 0, 1 or 2, got {value!r}.",
        "ko": "{op}: verbose는 'auto', 0, 1, 2 중 하나여야 하는데 {value!r}입니다.",
    },
    "fit_initial_epoch": {
        "en": "fit: initial_epoch ({initial}) must be smaller than epochs ({epochs}).",
        "ko": "fit: initial_epoch({initial})는 epochs({epochs})보다 작아야 합니다.",
    },
    "fit_targets_classes": {
        "en": "{op}: targets for {loss} must be class labels 0 … C−1 (whole numbers), got values like {value!r}. "
        "Hint: encode the classes as integers.",
        "ko": "{op}: {loss}의 정답은 클래스 번호 0 … C−1(정수)이어야 하는데 {value!r} 같은 값입니다. "
        "힌트: 클래스를 정수로 바꾸세요.",
    },
    "set_weights_count": {
        "en": "set_weights: expected {expected} arrays (one per parameter and buffer), got {got}.",
        "ko": "set_weights: 배열 {expected}개(매개변수와 버퍼마다 하나)가 필요한데 {got}개입니다.",
    },
    "set_weights_shape": {
        "en": "set_weights: array {index} ('{name}') has shape {got}, expected {expected}.",
        "ko": "set_weights: 배열 {index}('{name}')의 모양이 {got}인데 {expected}이어야 합니다.",
    },
    "summary_title": {"en": "Model: {name}", "ko": "모델: {name}"},
    "summary_header": {
        "en": "Layer (type)|Output Shape|Param #",
        "ko": "층 (종류)|출력 모양|매개변수 수",
    },
    "summary_totals": {
        "en": "Total params: {total:,}\nTrainable params: {trainable:,}\nNon-trainable params: {frozen:,}",
        "ko": "전체 매개변수: {total:,}\n학습 가능한 매개변수: {trainable:,}\n학습하지 않는 매개변수: {frozen:,}",
    },
    "cli_range": {
        "en": "{name} must be a number in {range}, got {value!r}",
        "ko": "{name}은(는) {range} 범위의 숫자여야 하는데 {value!r}입니다",
    },
    "cli_choice": {
        "en": "{name} must be one of: {allowed}; got {value!r}",
        "ko": "{name}은(는) 다음 중 하나여야 합니다: {allowed}. 받은 값: {value!r}",
    },
    "cli_hidden": {
        "en": "--hidden must be layer sizes separated by commas, each >= 1, e.g. 8,8 (or 0 for none); got {value!r}",
        "ko": "--hidden은 쉼표로 구분한 층 크기(각각 1 이상)여야 합니다. 예: 8,8 (없으면 0). 받은 값: {value!r}",
    },
    "cli_input": {
        "en": "--input must be numbers separated by commas, e.g. --input 4,5; got {value!r}",
        "ko": "--input은 쉼표로 구분한 숫자여야 합니다. 예: --input 4,5. 받은 값: {value!r}",
    },
    "cli_csv_features": {
        "en": "could not read the samples in {path}: {detail}. Expected a header line and numbers separated by commas.",
        "ko": "{path}의 샘플을 읽을 수 없습니다: {detail}. 머리글 한 줄과 쉼표로 구분한 숫자여야 합니다.",
    },
    "cli_train_help": {
        "en": "train a network on a bundled data set or a CSV file",
        "ko": "내장 데이터나 CSV 파일로 신경망 학습",
    },
    "cli_evaluate_help": {
        "en": "evaluate a saved model on data",
        "ko": "저장한 모델을 데이터로 평가",
    },
    "cli_predict_help": {
        "en": "predict with a saved model",
        "ko": "저장한 모델로 예측",
    },
    "cli_data_and_csv": {
        "en": "give either --data or --csv, not both",
        "ko": "--data와 --csv 중 하나만 주세요",
    },
    "cli_loss_task": {
        "en": "--loss {loss} does not fit a {task} task. Allowed for it: {allowed}.",
        "ko": "--loss {loss}는 {task} 문제에 맞지 않습니다. 쓸 수 있는 것: {allowed}.",
    },
    "cli_task_binary": {"en": "binary classification", "ko": "이진 분류"},
    "cli_task_multiclass": {"en": "multi-class classification", "ko": "다중 분류"},
    "cli_task_regression": {"en": "regression", "ko": "회귀"},
    "cli_train_start": {
        "en": "Data: {data} ({task}); {n_train} samples for training, {n_val} for validation, {n_test} for testing",
        "ko": "데이터: {data} ({task}); 학습용 {n_train}개, 검증용 {n_val}개, 테스트용 {n_test}개",
    },
    "cli_report_title": {
        "en": "Result after {epochs} epochs:",
        "ko": "{epochs} 에포크 학습 결과:",
    },
    "cli_split_train": {"en": "training", "ko": "학습"},
    "cli_split_validation": {"en": "validation", "ko": "검증"},
    "cli_split_test": {"en": "test", "ko": "테스트"},
    "cli_saved": {"en": "Saved the model to {path}", "ko": "모델을 {path}에 저장했습니다"},
    "cli_not_bundle": {
        "en": "{path} is not a model written by 'mldlab train --save'. Hint: train one with mldlab train ... --save "
        "model.npz.",
        "ko": "{path}는 'mldlab train --save'로 저장한 모델이 아닙니다. 힌트: mldlab train ... --save model.npz로 "
        "먼저 학습하세요.",
    },
    "cli_n_features": {
        "en": "the samples have {got} features, but the model was trained on {expected}.",
        "ko": "샘플의 특성은 {got}개인데 모델은 {expected}개로 학습했습니다.",
    },
    "cli_evaluated": {"en": "Evaluated on {n} samples:", "ko": "샘플 {n}개로 평가한 결과:"},
    "cli_confusion": {
        "en": "Confusion matrix (rows: true class, columns: predicted class):",
        "ko": "혼동 행렬 (행: 실제 클래스, 열: 예측 클래스):",
    },
    "cli_predict_nothing": {
        "en": "give samples to predict: --input 4,5 (repeatable) or --csv FILE",
        "ko": "예측할 샘플을 주세요: --input 4,5 (여러 번 가능) 또는 --csv FILE",
    },
    "cli_class": {"en": "class", "ko": "클래스"},
}
