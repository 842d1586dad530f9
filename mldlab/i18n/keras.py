"""Messages of ``mldlab.keras`` and ``mldlab.tf`` (the Keras-style front end), in English and Korean."""

MESSAGES = {
    "keras_unsupported": {
        "en": "{op}: mldlab does not support the Keras argument(s) {arguments}. Expected them left at Keras's "
        "default. Hint: remove them; mldlab never ignores an argument silently.",
        "ko": "{op}: mldlab은 Keras 인자 {arguments}을(를) 지원하지 않습니다. Keras 기본값 그대로 두어야 합니다. "
        "힌트: 이 인자를 지우세요. mldlab은 인자를 몰래 무시하지 않습니다.",
    },
    "keras_unknown_argument": {
        "en": "{op}: unknown argument(s) {arguments}. Expected one of: {allowed}. Hint: check the spelling.",
        "ko": "{op}: 알 수 없는 인자 {arguments}입니다. 가능한 인자: {allowed}. 힌트: 철자를 확인하세요.",
    },
    "keras_unknown_activation": {
        "en": "Unknown activation '{name}'. Expected one of: {names} (or a function, or None).",
        "ko": "알 수 없는 활성화 함수 '{name}'입니다. 가능한 이름: {names} (또는 함수, 또는 None).",
    },
    "keras_activation_type": {
        "en": "activation must be a name or a function, got {value}. Expected one of: {names}.",
        "ko": "activation은 이름이나 함수여야 하는데 {value}입니다. 가능한 이름: {names}.",
    },
    "keras_activation_not_saved": {
        "en": "Layer '{name}' uses an activation function of your own, which cannot be written to a file. "
        "Hint: use a named activation ('relu', 'sigmoid', ...) to save the whole model, or save the weights only "
        "(model.save_weights).",
        "ko": "'{name}' 층은 직접 만든 활성화 함수를 써서 파일에 적을 수 없습니다. 힌트: 모델 전체를 저장하려면 "
        "이름이 있는 활성화 함수('relu', 'sigmoid' 등)를 쓰거나, 가중치만 저장하세요(model.save_weights).",
    },
    "keras_activation_no_nn": {
        "en": "Layer '{name}': the activation '{activation}' has no PyTorch-style nn layer in mldlab. Expected one "
        "of: {names}.",
        "ko": "'{name}' 층: 활성화 함수 '{activation}'에 해당하는 PyTorch 식 nn 층이 mldlab에 없습니다. "
        "가능한 것: {names}.",
    },
    "keras_unknown_initializer": {
        "en": "Unknown initializer '{name}'. Expected one of: {names} (or an object of keras.initializers).",
        "ko": "알 수 없는 초기화 방법 '{name}'입니다. 가능한 이름: {names} (또는 keras.initializers의 객체).",
    },
    "keras_initializer_type": {
        "en": "An initializer must be a name or an object of keras.initializers, got {value}. Expected one of: "
        "{names}.",
        "ko": "초기화 방법은 이름이나 keras.initializers의 객체여야 하는데 {value}입니다. 가능한 이름: {names}.",
    },
    "keras_initializer_config": {
        "en": "{name}: unknown option(s) {keys}. Expected: {allowed}.",
        "ko": "{name}: 알 수 없는 옵션 {keys}입니다. 가능한 옵션: {allowed}.",
    },
    "keras_seed": {
        "en": "{op}: seed must be a whole number or None, got {value}.",
        "ko": "{op}: seed는 정수이거나 None이어야 하는데 {value}입니다.",
    },
    "keras_number": {
        "en": "{op}: {name} must be a finite number, got {value}.",
        "ko": "{op}: {name}은(는) 유한한 수여야 하는데 {value}입니다.",
    },
    "keras_bool": {
        "en": "{op}: {name} must be True or False, got {value}.",
        "ko": "{op}: {name}은(는) True나 False여야 하는데 {value}입니다.",
    },
    "keras_layer_name": {
        "en": "{op}: name must be a non-empty text without '.', got {value}.",
        "ko": "{op}: name은 '.'이 없는 비어 있지 않은 문자열이어야 하는데 {value}입니다.",
    },
    "keras_dtype": {
        "en": "{op}: dtype {value} is not supported. Expected one of: {allowed}.",
        "ko": "{op}: dtype {value}은(는) 지원하지 않습니다. 가능한 것: {allowed}.",
    },
    "keras_input_shape": {
        "en": "{op}: the input shape must be a tuple of whole numbers ≥ 1 (one sample, without the batch axis), "
        "got {value}. Hint: keras.Input(shape=(2,)) for two inputs x₁, x₂.",
        "ko": "{op}: 입력 모양은 1 이상의 정수로 된 튜플(배치 축을 뺀 샘플 하나의 모양)이어야 하는데 {value}입니다. "
        "힌트: 입력이 x₁, x₂ 두 개면 keras.Input(shape=(2,)).",
    },
    "keras_input_type": {
        "en": "{op}: expected numbers as input (a NumPy array, a list or an mldlab tensor), got {type}.",
        "ko": "{op}: 입력은 수(NumPy 배열, 리스트, mldlab 텐서)여야 하는데 {type}입니다.",
    },
    "keras_functional": {
        "en": "{op} was called on keras.Input(...): Keras's functional API is not part of mldlab. Hint: put the "
        "Input first in a list, keras.Sequential([keras.Input(shape=(2,)), layers.Dense(8), ...]).",
        "ko": "{op}을(를) keras.Input(...)에 호출했습니다. Keras의 함수형 API는 mldlab에 없습니다. 힌트: Input을 "
        "목록 맨 앞에 두세요. keras.Sequential([keras.Input(shape=(2,)), layers.Dense(8), ...]).",
    },
    "keras_units": {
        "en": "Dense: units must be a whole number ≥ 1 (the number of outputs), got {value}.",
        "ko": "Dense: units(출력의 개수)는 1 이상의 정수여야 하는데 {value}입니다.",
    },
    "keras_dense_input": {
        "en": "Dense layer '{name}' expected inputs with last dimension {n_in} (its kernel is {n_in} × {units}), "
        "got shape {shape}. Hint: the layer took its input size from the first input it saw; check the data's "
        "number of columns or keras.Input(shape=...).",
        "ko": "Dense 층 '{name}'의 입력은 마지막 차원이 {n_in}이어야 하는데(커널이 {n_in} × {units}) 모양이 "
        "{shape}입니다. 힌트: 이 층은 처음 본 입력에서 입력 크기를 정했습니다. 데이터의 열 개수나 "
        "keras.Input(shape=...)을 확인하세요.",
    },
    "keras_unbuilt": {
        "en": "{op}: the model or layer '{name}' does not know its input size yet, so its weights do not exist. "
        "Hint: start the model with keras.Input(shape=(n_features,)), or call it on data first (fit, predict).",
        "ko": "{op}: 모델 또는 층 '{name}'이(가) 아직 입력 크기를 몰라서 가중치가 없습니다. 힌트: 모델을 "
        "keras.Input(shape=(특성 수,))로 시작하거나, 먼저 데이터로 호출하세요(fit, predict).",
    },
    "keras_count_unbuilt": {
        "en": "count_params: '{name}' is not built yet (its input size is unknown), so it has no weights to "
        "count. Hint: start the model with keras.Input(shape=(n_features,)).",
        "ko": "count_params: '{name}'이(가) 아직 만들어지지 않아(입력 크기를 몰라서) 셀 가중치가 없습니다. "
        "힌트: 모델을 keras.Input(shape=(특성 수,))로 시작하세요.",
    },
    "keras_set_weights_count": {
        "en": "set_weights on '{name}': expected {expected} arrays, got {got}.",
        "ko": "'{name}'의 set_weights: 배열이 {expected}개여야 하는데 {got}개입니다.",
    },
    "keras_set_weights_shape": {
        "en": "set_weights on '{name}': array {index} has shape {got}, expected {expected}. Hint: a Dense kernel "
        "has shape (inputs, units), the transpose of PyTorch's weight.",
        "ko": "'{name}'의 set_weights: {index}번 배열의 모양이 {got}인데 {expected}여야 합니다. 힌트: Dense의 "
        "커널 모양은 (입력 수, units)로, PyTorch weight의 전치입니다.",
    },
    "keras_dropout_rate": {
        "en": "Dropout: rate (the probability of dropping a unit) must be in [0, 1), got {value}. Hint: "
        "Dropout(0.2) drops one unit in five.",
        "ko": "Dropout: rate(유닛을 끌 확률)는 [0, 1) 범위여야 하는데 {value}입니다. 힌트: Dropout(0.2)는 "
        "다섯 개 중 하나를 끕니다.",
    },
    "keras_input_not_first": {
        "en": "Sequential '{name}': keras.Input must come before the first layer.",
        "ko": "Sequential '{name}': keras.Input은 첫 층보다 앞에 와야 합니다.",
    },
    "keras_add_type": {
        "en": "Sequential '{name}': expected a layer of mldlab.keras.layers, got {type}. Hint: for PyTorch-style "
        "nn layers, use mldlab.Model(nn.Sequential(...)).",
        "ko": "Sequential '{name}': mldlab.keras.layers의 층이어야 하는데 {type}입니다. 힌트: PyTorch 식 nn 층은 "
        "mldlab.Model(nn.Sequential(...))로 쓰세요.",
    },
    "keras_duplicate_name": {
        "en": "Sequential '{name}': there is already a layer named '{layer}'. Expected unique names.",
        "ko": "Sequential '{name}': 이름이 '{layer}'인 층이 이미 있습니다. 이름은 서로 달라야 합니다.",
    },
    "keras_compile_no_loss": {
        "en": "compile: no loss given. Expected one of: {names}, or a loss object. Hint: "
        "loss='binary_crossentropy' for a sigmoid output.",
        "ko": "compile: 손실 함수가 없습니다. 가능한 이름: {names}, 또는 손실 객체. 힌트: 시그모이드 출력이면 "
        "loss='binary_crossentropy'.",
    },
    "keras_unknown_loss": {
        "en": "Unknown loss {name}. Expected one of: {names}, a keras.losses object, or a function "
        "loss(y_true, y_pred).",
        "ko": "알 수 없는 손실 함수 {name}입니다. 가능한 이름: {names}, keras.losses의 객체, 또는 함수 "
        "loss(y_true, y_pred).",
    },
    "keras_reduction": {
        "en": "{op}: reduction {value} is not known. Expected one of: {allowed}.",
        "ko": "{op}: reduction {value}은(는) 알 수 없습니다. 가능한 것: {allowed}.",
    },
    "keras_loss_shapes": {
        "en": "{op}: y_true has shape {y_true} but y_pred has shape {y_pred}. Expected the same shape. Hint: for "
        "class indices use sparse_categorical_crossentropy; for one-hot rows, keras.utils.to_categorical.",
        "ko": "{op}: y_true의 모양은 {y_true}, y_pred의 모양은 {y_pred}입니다. 모양이 같아야 합니다. 힌트: 클래스 "
        "번호에는 sparse_categorical_crossentropy를, 원-핫 행에는 keras.utils.to_categorical을 쓰세요.",
    },
    "keras_sparse_labels": {
        "en": "sparse_categorical_crossentropy: expected one class index 0 … {n_classes} − 1 per sample for outputs "
        "of shape {y_pred}, got labels of shape {shape} (or values outside that range). Hint: for one-hot rows use "
        "categorical_crossentropy.",
        "ko": "sparse_categorical_crossentropy: 출력 모양이 {y_pred}이면 샘플마다 클래스 번호 0 … {n_classes} − 1이 "
        "하나씩 있어야 하는데, 레이블 모양이 {shape}입니다(또는 범위를 벗어난 값이 있습니다). 힌트: 원-핫 행에는 "
        "categorical_crossentropy를 쓰세요.",
    },
    "keras_unknown_optimizer": {
        "en": "Unknown optimizer {name}. Expected one of: {names}, or an object of keras.optimizers.",
        "ko": "알 수 없는 옵티마이저 {name}입니다. 가능한 이름: {names}, 또는 keras.optimizers의 객체.",
    },
    "keras_optimizer_option": {
        "en": "{op}: {name} must be a number between {low} and {high}, got {value}.",
        "ko": "{op}: {name}은(는) {low}와 {high} 사이의 수여야 하는데 {value}입니다.",
    },
    "keras_one_clip": {
        "en": "{op}: only one of clipnorm, clipvalue and global_clipnorm can be set, got {values}.",
        "ko": "{op}: clipnorm, clipvalue, global_clipnorm 중 하나만 줄 수 있는데 {values}입니다.",
    },
    "keras_optimizer_built": {
        "en": "{op}: this optimizer already works on another model's weights. Hint: create a new one for each "
        "model, e.g. optimizer=keras.optimizers.Adam().",
        "ko": "{op}: 이 옵티마이저는 이미 다른 모델의 가중치에 쓰이고 있습니다. 힌트: 모델마다 새로 만드세요. "
        "예: optimizer=keras.optimizers.Adam().",
    },
    "keras_optimizer_unbuilt": {
        "en": "{op}.step(): the optimizer has no weights yet. Hint: model.compile(optimizer=...) gives it the "
        "model's weights, or call optimizer.build(weights).",
        "ko": "{op}.step(): 옵티마이저에 아직 가중치가 없습니다. 힌트: model.compile(optimizer=...)이 모델의 "
        "가중치를 넘겨줍니다. 또는 optimizer.build(weights)를 부르세요.",
    },
    "keras_to_categorical_labels": {
        "en": "to_categorical: expected class indices (whole numbers ≥ 0), got {value}.",
        "ko": "to_categorical: 클래스 번호(0 이상의 정수)여야 하는데 {value}입니다.",
    },
    "keras_to_categorical_classes": {
        "en": "to_categorical: num_classes must be a whole number ≥ 1, got {value}.",
        "ko": "to_categorical: num_classes는 1 이상의 정수여야 하는데 {value}입니다.",
    },
    "keras_to_categorical_range": {
        "en": "to_categorical: label {largest} does not fit num_classes={n} (labels must be 0 … {n} − 1).",
        "ko": "to_categorical: 레이블 {largest}은(는) num_classes={n}에 맞지 않습니다(레이블은 0 … {n} − 1).",
    },
    "keras_load_not_keras": {
        "en": "load_model: '{path}' holds a {type}, not a Keras-style model. Hint: use mldlab.load(path) for it.",
        "ko": "load_model: '{path}'에는 Keras 식 모델이 아니라 {type}이(가) 있습니다. 힌트: mldlab.load(path)로 "
        "읽으세요.",
    },
    "keras_summary_title": {
        "en": 'Model: "{name}"',
        "ko": '모델: "{name}"',
    },
    "keras_summary_header": {
        "en": "Layer (type)|Output Shape|Param #",
        "ko": "층 (종류)|출력 모양|파라미터 수",
    },
    "keras_summary_unbuilt": {
        "en": "0 (unbuilt)",
        "ko": "0 (아직 없음)",
    },
    "keras_summary_total": {
        "en": " Total params: {count} ({size})",
        "ko": " 전체 파라미터: {count} ({size})",
    },
    "keras_summary_trainable": {
        "en": " Trainable params: {count} ({size})",
        "ko": " 학습되는 파라미터: {count} ({size})",
    },
    "keras_summary_frozen": {
        "en": " Non-trainable params: {count} ({size})",
        "ko": " 학습되지 않는 파라미터: {count} ({size})",
    },
    "keras_summary_optimizer": {
        "en": " Optimizer params: {count} ({size})",
        "ko": " 옵티마이저 파라미터: {count} ({size})",
    },
    "tf_unsupported": {
        "en": "mldlab.tf.{name}: only what the course's TensorFlow code uses is part of mldlab.tf. Hint: the "
        "activation functions are in mldlab.keras.activations; for the rest, mldlab itself has PyTorch's names "
        "(mldlab.exp, mldlab.randn, mldlab.manual_seed, ...).",
        "ko": "mldlab.tf.{name}: mldlab.tf에는 수업의 TensorFlow 코드가 쓰는 것만 있습니다. 힌트: 활성화 함수는 "
        "mldlab.keras.activations에 있고, 나머지는 mldlab 자체에 PyTorch 이름으로 있습니다"
        "(mldlab.exp, mldlab.randn, mldlab.manual_seed 등).",
    },
}
