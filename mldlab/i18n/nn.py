"""Messages of ``mldlab.nn`` (layers, losses, initialisation), in English and Korean."""

MESSAGES = {
    "linear_dtype": {
        "en": "Linear({inp} → {out}) got input of type {dtype}, but its weights are {weight_dtype}. Expected the same "
        "type. Hint: convert the input, x = x.float() (NumPy arrays are float64; mldlab.tensor(array, "
        "dtype=mldlab.float32) converts), or the model, model.double().",
        "ko": "Linear({inp} → {out})의 입력 타입은 {dtype}인데 가중치는 {weight_dtype}입니다. 같은 타입이어야 합니다. "
        "힌트: 입력을 x = x.float()로 바꾸거나(NumPy 배열은 float64입니다. mldlab.tensor(array, "
        "dtype=mldlab.float32)로 바꿀 수 있습니다), 모델을 model.double()로 바꾸세요.",
    },
    "linear_input": {
        "en": "Linear({inp} → {out}) expected input with last dimension {inp}, got shape {shape}. Hint: check "
        "in_features, or the output size of the layer before.",
        "ko": "Linear({inp} → {out})의 입력은 마지막 차원이 {inp}이어야 하는데 모양이 {shape}입니다. 힌트: "
        "in_features나 앞 층의 출력 크기를 확인하세요.",
    },
    "dropout_p": {
        "en": "{op}: p (the probability of dropping a unit) must be between 0 and 1, got {p}. Hint: p=0.5 drops "
        "half of the units; p=0.2 drops one in five.",
        "ko": "{op}: p(유닛을 끌 확률)는 0과 1 사이여야 하는데 {p}입니다. 힌트: p=0.5는 유닛의 절반을, "
        "p=0.2는 다섯 개 중 하나를 끕니다.",
    },
    "softmax_implicit_dim": {
        "en": "{op}: no dim given, so dim={dim} was chosen for an input with {ndim} dimension(s). Hint: pass "
        "dim explicitly, e.g. dim=1 for a batch of rows (N, C).",
        "ko": "{op}: dim이 없어서 {ndim}차원 입력에 dim={dim}을 골랐습니다. 힌트: dim을 직접 주세요. "
        "예: (N, C) 묶음이면 dim=1.",
    },
    "module_init": {
        "en": "{cls}: super().__init__() was not called before {what}. Expected the first line of "
        "{cls}.__init__ to be super().__init__(). Hint: class {cls}(nn.Module):\n    def __init__(self):\n"
        "        super().__init__()\n        self.fc1 = nn.Linear(2, 8)",
        "ko": "{cls}: {what} 전에 super().__init__()를 부르지 않았습니다. {cls}.__init__의 첫 줄은 "
        "super().__init__()여야 합니다. 힌트: class {cls}(nn.Module):\n    def __init__(self):\n"
        "        super().__init__()\n        self.fc1 = nn.Linear(2, 8)",
    },
    "module_no_forward": {
        "en": "{cls} has no forward() method, so it cannot be called. Hint: define forward(self, x) in {cls}, "
        "returning the output computed from x.",
        "ko": "{cls}에 forward() 메서드가 없어서 호출할 수 없습니다. 힌트: {cls} 안에 x로부터 출력을 계산해 "
        "돌려주는 forward(self, x)를 정의하세요.",
    },
    "module_no_attribute": {
        "en": "'{cls}' object has no attribute '{name}'. Its layers are: {children}; its parameters: {params}.",
        "ko": "'{cls}' 객체에는 '{name}' 속성이 없습니다. 층: {children}; 매개변수: {params}.",
    },
    "module_assign": {
        "en": "cannot assign {type} as {kind} '{name}' of {cls}: expected {expected} or None. Hint: {hint}",
        "ko": "{type}을(를) {cls}의 {kind} '{name}'에 넣을 수 없습니다. {expected} 또는 None이어야 합니다. "
        "힌트: {hint}",
    },
    "module_name": {
        "en": "{cls}: invalid {kind} name {name!r}: {reason}.",
        "ko": "{cls}: {kind} 이름 {name!r}은(는) 쓸 수 없습니다: {reason}.",
    },
    "module_train_mode": {
        "en": "train(mode): mode must be True or False, got {mode!r}. Hint: model.train() to train, "
        "model.eval() to evaluate.",
        "ko": "train(mode): mode는 True 또는 False여야 하는데 {mode!r}입니다. 힌트: 학습은 model.train(), "
        "평가는 model.eval().",
    },
    "module_index": {
        "en": "{cls}: index {index} is out of range for {n} module(s). Expected an index from {low} to {high}.",
        "ko": "{cls}: 인덱스 {index}는 모듈 {n}개의 범위를 벗어납니다. {low}부터 {high}까지의 인덱스를 쓰세요.",
    },
    "module_dict_key": {
        "en": "{cls}: no entry named {name!r}. Its names are: {keys}.",
        "ko": "{cls}: 이름이 {name!r}인 항목이 없습니다. 있는 이름: {keys}.",
    },
    "parameter_list_index": {
        "en": "{cls}: index {index} is out of range for {n} parameter(s). Expected an index from {low} to {high}.",
        "ko": "{cls}: 인덱스 {index}는 파라미터 {n}개의 범위를 벗어납니다. {low}부터 {high}까지의 인덱스를 쓰세요.",
    },
    "module_not_module": {
        "en": "{cls}.{method}: expected an nn.Module, got {type}. Hint: pass a layer such as nn.Linear(2, 8) "
        "or nn.ReLU() (note the parentheses).",
        "ko": "{cls}.{method}: nn.Module이 필요한데 {type}입니다. 힌트: nn.Linear(2, 8)이나 nn.ReLU()처럼 "
        "층 객체를 주세요(괄호에 주의).",
    },
    "parameter_missing": {
        "en": "get_parameter: {cls} has no parameter {name!r} (looking for {target!r}).",
        "ko": "get_parameter: {cls}에는 파라미터 {name!r}이(가) 없습니다({target!r}을(를) 찾는 중).",
    },
    "submodule_missing": {
        "en": "get_submodule: {cls} has no submodule {name!r} (looking for {target!r}).",
        "ko": "get_submodule: {cls}에는 하위 모듈 {name!r}이(가) 없습니다({target!r}을(를) 찾는 중).",
    },
    "state_dict_errors": {
        "en": "load_state_dict: the state_dict does not fit {cls}:\n{problems}\nHint: the state_dict must come "
        "from a model with the same layers; compare list(model.state_dict()) with the keys you load, or pass "
        "strict=False to skip missing and unexpected keys.",
        "ko": "load_state_dict: state_dict가 {cls}에 맞지 않습니다:\n{problems}\n힌트: 같은 층으로 된 모델의 "
        "state_dict여야 합니다. list(model.state_dict())와 불러오는 키를 비교하거나, 빠지거나 남는 키를 "
        "건너뛰려면 strict=False를 주세요.",
    },
    "state_dict_missing": {
        "en": "  missing keys (in the model, not in the state_dict): {keys}",
        "ko": "  빠진 키 (모델에는 있고 state_dict에는 없음): {keys}",
    },
    "state_dict_unexpected": {
        "en": "  unexpected keys (in the state_dict, not in the model): {keys}",
        "ko": "  예상하지 못한 키 (state_dict에는 있고 모델에는 없음): {keys}",
    },
    "state_dict_shape": {
        "en": "  shape mismatch for '{name}': the state_dict has shape {got}, the model has shape {expected}",
        "ko": "  '{name}'의 모양이 다릅니다: state_dict는 {got}, 모델은 {expected}",
    },
    "loss_reduction": {
        "en": "{op}: reduction must be 'mean', 'sum' or 'none', got {reduction!r}.",
        "ko": "{op}: reduction은 'mean', 'sum', 'none' 중 하나여야 하는데 {reduction!r}입니다.",
    },
    "loss_not_tensor": {
        "en": "{op}: {name} must be a Tensor, got {type}. Hint: wrap it with mldlab.tensor(...).",
        "ko": "{op}: {name}은(는) Tensor여야 하는데 {type}입니다. 힌트: mldlab.tensor(...)로 감싸세요.",
    },
    "loss_shape": {
        "en": "{op}: target shape {target} differs from input shape {input}. Expected the same shape.{hint}",
        "ko": "{op}: target의 모양 {target}이(가) input의 모양 {input}과 다릅니다. 같은 모양이어야 합니다.{hint}",
    },
    "loss_shape_column": {
        "en": " Hint: the model gives one column (N, 1) and the target is a flat (N,); use "
        "target.reshape(-1, 1) (or output.squeeze(1)).",
        "ko": " 힌트: 모델 출력은 한 열짜리 (N, 1)이고 target은 (N,)입니다. target.reshape(-1, 1)(또는 "
        "output.squeeze(1))을 쓰세요.",
    },
    "loss_shape_flat": {
        "en": " Hint: the model gives a flat (N,) and the target is one column (N, 1); use target.reshape(-1).",
        "ko": " 힌트: 모델 출력은 (N,)이고 target은 한 열짜리 (N, 1)입니다. target.reshape(-1)을 쓰세요.",
    },
    "loss_broadcast": {
        "en": "{op}: target shape {target} differs from input shape {input}; they are broadcast to {shape}, "
        "which is probably not what you want (PyTorch does the same, with a warning).{hint}",
        "ko": "{op}: target의 모양 {target}이(가) input의 모양 {input}과 달라 {shape}(으)로 브로드캐스트됩니다. "
        "아마 의도한 계산이 아닐 것입니다(PyTorch도 경고와 함께 똑같이 계산합니다).{hint}",
    },
    "loss_input_float": {
        "en": "{op}: input must be floating point, got {dtype}. Hint: use input.float().",
        "ko": "{op}: input은 실수형이어야 하는데 {dtype}입니다. 힌트: input.float()를 쓰세요.",
    },
    "loss_target_dtype": {
        "en": "{op}: target has dtype {target}, expected the input's dtype {input}. Hint: use "
        "target.to(input.dtype), e.g. target.float().",
        "ko": "{op}: target의 dtype이 {target}인데 input과 같은 {input}이어야 합니다. 힌트: "
        "target.to(input.dtype)(예: target.float())을 쓰세요.",
    },
    "loss_target_float": {
        "en": "{op}: target must be floating point here, got {dtype}. Hint: use target.float().",
        "ko": "{op}: 여기서는 target이 실수형이어야 하는데 {dtype}입니다. 힌트: target.float()를 쓰세요.",
    },
    "loss_weight_shape": {
        "en": "{op}: {name} of shape {weight} cannot be broadcast to the input's shape {input}.",
        "ko": "{op}: 모양이 {weight}인 {name}은(는) input의 모양 {input}에 브로드캐스트할 수 없습니다.",
    },
    "smooth_l1_beta": {
        "en": "smooth_l1_loss: beta must be >= 0, got {value}. Hint: beta is the |f − y| below which the loss is "
        "quadratic; 1.0 is the default.",
        "ko": "smooth_l1_loss: beta는 0 이상이어야 하는데 {value}입니다. 힌트: beta는 손실이 이차식인 |f − y|의 "
        "경계이며 기본값은 1.0입니다.",
    },
    "huber_delta": {
        "en": "huber_loss: delta must be > 0, got {value}. Hint: delta is the |f − y| below which the loss is "
        "quadratic; 1.0 is the default.",
        "ko": "huber_loss: delta는 0보다 커야 하는데 {value}입니다. 힌트: delta는 손실이 이차식인 |f − y|의 "
        "경계이며 기본값은 1.0입니다.",
    },
    "loss_weight_size": {
        "en": "{op}: weight must have the input's shape {input}, got {weight}.",
        "ko": "{op}: weight는 input과 같은 모양 {input}이어야 하는데 {weight}입니다.",
    },
    "bce_range": {
        "en": "{op}: every element of input must be a probability between 0 and 1, got values from {low} to "
        "{high}. Hint: put a Sigmoid after the last layer, or give the raw scores to BCEWithLogitsLoss "
        "(binary_cross_entropy_with_logits) instead.",
        "ko": "{op}: input의 모든 원소는 0과 1 사이의 확률이어야 하는데 {low}부터 {high}까지의 값이 있습니다. "
        "힌트: 마지막 층 뒤에 Sigmoid를 두거나, 원래 점수를 BCEWithLogitsLoss"
        "(binary_cross_entropy_with_logits)에 주세요.",
    },
    "class_input_ndim": {
        "en": "{op}: input must have a class dimension: shape (C,), (N, C) or (N, C, d1, ...), got {shape}.",
        "ko": "{op}: input에는 클래스 차원이 있어야 합니다: 모양 (C,), (N, C), (N, C, d1, ...) 중 하나인데 "
        "{shape}입니다.",
    },
    "class_target_shape": {
        "en": "{op}: target shape {target} does not fit input shape {input}. Expected class indices of shape "
        "{expected}{probs}.{hint}",
        "ko": "{op}: target의 모양 {target}이(가) input의 모양 {input}에 맞지 않습니다. 모양이 {expected}인 "
        "클래스 번호{probs}여야 합니다.{hint}",
    },
    "class_target_probs": {
        "en": ", or class probabilities of the input's shape {input}",
        "ko": ", 또는 input과 같은 모양 {input}의 클래스 확률",
    },
    "class_target_column": {
        "en": " Hint: the target is one column (N, 1); use target.reshape(-1).",
        "ko": " 힌트: target이 한 열짜리 (N, 1)입니다. target.reshape(-1)을 쓰세요.",
    },
    "class_target_float": {
        "en": "{op}: target of shape {target} holds class indices, which must be integers (int64), got {dtype}. "
        "Hint: use target.long(). For class probabilities instead, give target the input's shape {input}.",
        "ko": "{op}: 모양이 {target}인 target은 클래스 번호이므로 정수(int64)여야 하는데 {dtype}입니다. "
        "힌트: target.long()을 쓰세요. 클래스 확률을 주려면 target을 input과 같은 모양 {input}으로 만드세요.",
    },
    "class_target_int_probs": {
        "en": "{op}: target has the input's shape {shape}, so it is read as class probabilities, which must be "
        "floating point; got {dtype}. Hint: for class indices give one integer per sample (shape {expected}); "
        "for probabilities use target.float().",
        "ko": "{op}: target이 input과 같은 모양 {shape}이라 클래스 확률로 읽는데, 확률은 실수여야 하지만 "
        "{dtype}입니다. 힌트: 클래스 번호라면 샘플마다 정수 하나(모양 {expected})를, 확률이라면 "
        "target.float()를 쓰세요.",
    },
    "class_index_range": {
        "en": "{op}: target contains class index {value}, but the input has {n} classes. Expected indices from "
        "0 to {high} (or ignore_index={ignore_index}). Hint: number the classes from 0, or give the last layer "
        "as many outputs as there are classes.",
        "ko": "{op}: target에 클래스 번호 {value}이(가) 있는데 input의 클래스는 {n}개입니다. 번호는 0부터 {high}까지"
        "(또는 ignore_index={ignore_index})여야 합니다. 힌트: 클래스를 0부터 세거나, 마지막 층의 출력 수를 "
        "클래스 수와 같게 하세요.",
    },
    "class_weight_size": {
        "en": "{op}: weight must hold one number per class ({n}), got shape {shape}.",
        "ko": "{op}: weight에는 클래스마다 숫자 하나({n}개)가 있어야 하는데 모양이 {shape}입니다.",
    },
    "label_smoothing": {
        "en": "{op}: label_smoothing must be between 0.0 and 1.0, got {value}.",
        "ko": "{op}: label_smoothing은 0.0과 1.0 사이여야 하는데 {value}입니다.",
    },
    "ignore_index_probs": {
        "en": "{op}: ignore_index={ignore_index} only works with class-index targets, not with class "
        "probabilities. Hint: give a probability row of zeros to leave a sample out.",
        "ko": "{op}: ignore_index={ignore_index}는 클래스 번호 target에서만 쓸 수 있고 클래스 확률에는 쓸 수 "
        "없습니다. 힌트: 샘플을 빼려면 확률 행을 0으로 두세요.",
    },
    "init_fan": {
        "en": "{op}: fan_in and fan_out need a tensor with at least 2 dimensions, got shape {shape}. Hint: use "
        "uniform_, normal_ or constant_ for a bias vector.",
        "ko": "{op}: fan_in과 fan_out은 2차원 이상의 텐서에서만 구할 수 있는데 모양이 {shape}입니다. 힌트: "
        "편향 벡터에는 uniform_, normal_, constant_를 쓰세요.",
    },
    "init_mode": {
        "en": "{op}: mode must be 'fan_in' or 'fan_out', got {mode!r}.",
        "ko": "{op}: mode는 'fan_in' 또는 'fan_out'이어야 하는데 {mode!r}입니다.",
    },
    "init_nonlinearity": {
        "en": "calculate_gain: unsupported nonlinearity {name!r}. Expected one of {names}.",
        "ko": "calculate_gain: 지원하지 않는 비선형 함수 {name!r}입니다. 다음 중 하나여야 합니다: {names}.",
    },
    "init_slope": {
        "en": "calculate_gain: negative_slope {param!r} is not a valid number.",
        "ko": "calculate_gain: negative_slope {param!r}은(는) 올바른 숫자가 아닙니다.",
    },
    "init_empty": {
        "en": "{op}: the tensor has no elements (shape {shape}), so there is nothing to initialise.",
        "ko": "{op}: 텐서에 원소가 없어(모양 {shape}) 초기화할 것이 없습니다.",
    },
    "init_not_tensor": {
        "en": "{op}: expected a Tensor (e.g. layer.weight), got {type}.",
        "ko": "{op}: Tensor(예: layer.weight)가 필요한데 {type}입니다.",
    },
    "gelu_approximate": {
        "en": "GELU: approximate must be 'none' or 'tanh', got {value!r}",
        "ko": "GELU: approximate는 'none' 또는 'tanh'여야 하는데 {value!r}을(를) 받았습니다",
    },
    "hardtanh_range": {
        "en": "Hardtanh: max_val ({max_val}) must be greater than min_val ({min_val})",
        "ko": "Hardtanh: max_val({max_val})이 min_val({min_val})보다 커야 합니다",
    },
}
