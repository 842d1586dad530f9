"""Messages of Model (compile, fit, evaluate, predict), in English and Korean."""

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
        "en": "fit: initial_epoch must be a whole number from 0 to epochs − 1 = {epochs} − 1, got {initial!r}. Hint: "
        "to resume after 10 epochs and train 5 more, use initial_epoch=10, epochs=15.",
        "ko": "fit: initial_epoch는 0부터 epochs − 1 = {epochs} − 1 사이의 정수여야 하는데 {initial!r}입니다. 힌트: "
        "10 에포크 뒤에 이어서 5 에포크를 더 학습하려면 initial_epoch=10, epochs=15로 하세요.",
    },
    "fit_targets_binary": {
        "en": "{op}: {loss} needs targets between 0 and 1 (the labels 0 and 1), got the labels {labels}. Keras would "
        "compute a meaningless loss from them. Hint: map your labels to 0 and 1, e.g. y = (y == {high}).astype(int).",
        "ko": "{op}: {loss}의 정답은 0과 1 사이(레이블 0과 1)여야 하는데 레이블이 {labels}입니다. Keras라면 의미 없는 "
        "손실을 계산합니다. 힌트: 레이블을 0과 1로 바꾸세요. 예: y = (y == {high}).astype(int).",
    },
    "fit_targets_negative": {
        "en": "{op}: {loss} needs class labels 0 … C−1, got {value} (y[{row}]). A negative label is not \"the last "
        "class\". Hint: number the classes from 0, e.g. y = y - y.min().",
        "ko": "{op}: {loss}의 정답은 클래스 번호 0 … C−1이어야 하는데 {value}(y[{row}])입니다. 음수 레이블은 \"마지막 "
        "클래스\"가 아닙니다. 힌트: 클래스 번호를 0부터 매기세요. 예: y = y - y.min().",
    },
    "fit_targets_range": {
        "en": "{op}: {loss} got class label {value}, but the network gives {n} scores per sample (labels 0 … {high}). "
        "Hint: give the last layer as many outputs as there are classes.",
        "ko": "{op}: {loss}의 정답에 클래스 번호 {value}이(가) 있는데 신경망은 샘플마다 점수 {n}개를 냅니다(번호 0 … "
        "{high}). 힌트: 마지막 층의 출력 수를 클래스 수와 같게 하세요.",
    },
    "fit_targets_shape": {
        "en": "{op}: {loss} got targets of shape {target} for outputs of shape {output}; expected the same shape. "
        "Hint: for class labels 0 … C−1 with C outputs use 'sparse_categorical_crossentropy'; for two classes with "
        "binary_crossentropy end the network with one output (Linear(…, 1)).",
        "ko": "{op}: {loss}의 정답 모양은 {target}인데 출력 모양은 {output}입니다. 모양이 같아야 합니다. 힌트: 출력이 "
        "C개이고 정답이 클래스 번호 0 … C−1이면 'sparse_categorical_crossentropy'를 쓰고, 두 클래스를 "
        "binary_crossentropy로 배우려면 신경망이 출력 하나(Linear(…, 1))로 끝나야 합니다.",
    },
    "fit_targets_shape_regression": {
        "en": "{op}: {loss} got targets of shape {target} for outputs of shape {output}; expected the same shape. "
        "Hint: give the network one output per target column (Linear(…, {k})).",
        "ko": "{op}: {loss}의 정답 모양은 {target}인데 출력 모양은 {output}입니다. 모양이 같아야 합니다. 힌트: 정답의 "
        "열마다 출력이 하나씩 있게 하세요(Linear(…, {k})).",
    },
    "fit_one_class": {
        "en": "{op}: all {n} training targets are the same class ({label}): the model can only learn to always "
        "answer it, and an accuracy of 100% would mean nothing. Hint: check the labels, and shuffle data sorted by "
        "class before validation_split (it keeps the last rows).",
        "ko": "{op}: 학습 데이터의 정답 {n}개가 모두 같은 클래스({label})입니다. 모델은 늘 그 답만 하도록 배울 수 있을 "
        "뿐이고 정확도 100%도 의미가 없습니다. 힌트: 레이블을 확인하고, 클래스 순으로 정렬된 데이터는 "
        "validation_split(마지막 행들을 떼어 냄) 전에 섞으세요.",
    },
    "fit_loader_arguments": {
        "en": "fit: x is a DataLoader, which gives the targets itself; got y of type {y} and validation_split={split}. "
        "Expected y=None and validation_split=0. Hint: give validation data as validation_data=(x_val, y_val).",
        "ko": "fit: x가 정답도 함께 주는 DataLoader인데 y({y} 형식)와 validation_split={split}이(가) 주어졌습니다. "
        "y=None, validation_split=0이어야 합니다. 힌트: 검증 데이터는 validation_data=(x_val, y_val)로 주세요.",
    },
    "fit_loader_batch_size": {
        "en": "{op}: x is a DataLoader, which makes its own batches (its batch_size is {loader}); got "
        "batch_size={value!r}. Hint: leave batch_size out, or set it in DataLoader(dataset, batch_size=...).",
        "ko": "{op}: x가 배치를 스스로 만드는 DataLoader인데(그 batch_size는 {loader}) batch_size={value!r}이(가) "
        "주어졌습니다. 힌트: batch_size를 빼거나 DataLoader(dataset, batch_size=...)에서 정하세요.",
    },
    "fit_loader_batch": {
        "en": "{op}: each batch of the DataLoader must be a pair (x, y), got {type}. Hint: "
        "DataLoader(TensorDataset(X, y), batch_size=32).",
        "ko": "{op}: DataLoader의 배치는 (x, y) 쌍이어야 하는데 {type}입니다. 힌트: "
        "DataLoader(TensorDataset(X, y), batch_size=32).",
    },
    "model_generator": {
        "en": "Model: generator must be an mldlab.Generator, got {type}. Hint: "
        "Model(net, generator=mldlab.Generator(0)).",
        "ko": "Model: generator는 mldlab.Generator여야 하는데 {type}입니다. 힌트: "
        "Model(net, generator=mldlab.Generator(0)).",
    },
    "compile_metrics_type": {
        "en": "compile: metrics must be a list, got {type} {value!r}. Hint: metrics=[{value!r}].",
        "ko": "compile: metrics는 리스트여야 하는데 {type} {value!r}입니다. 힌트: metrics=[{value!r}].",
    },
    "set_weights_type": {
        "en": "set_weights: expected a list of arrays (as from get_weights()), got {type}. Hint: for a state_dict use "
        "model.module.load_state_dict(...).",
        "ko": "set_weights: (get_weights()가 주는 것 같은) 배열의 리스트가 필요한데 {type}입니다. 힌트: state_dict라면 "
        "model.module.load_state_dict(...)를 쓰세요.",
    },
    "summary_print_fn": {
        "en": "summary: print_fn must be a function such as print, or None; got {type}.",
        "ko": "summary: print_fn은 print 같은 함수이거나 None이어야 하는데 {type}입니다.",
    },
    "summary_input_shape": {
        "en": "summary: input_shape must be whole numbers >= 1 (without the batch axis), e.g. (2,); got {value!r}.",
        "ko": "summary: input_shape는 1 이상의 정수들(배치 축 제외)이어야 합니다(예: (2,)). 받은 값: {value!r}.",
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
}
