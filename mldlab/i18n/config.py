"""Messages of layer descriptions and layer arguments (mldlab.nn.config, mldlab.nn._checks), in English and Korean."""

MESSAGES = {
    "config_members_differ": {
        "en": "{op}: the layer {layer} holds '{member}' as {found}, but a layer built from its description would "
        "hold {expected}, so the file could not be loaded. Expected the layer as its constructor makes it. Hint: "
        "change a layer by building a new one, not by replacing its weights; or save model.state_dict() and "
        "rebuild the model in code.",
        "ko": "{op}: 층 {layer}의 '{member}'은(는) {found}인데, 설명으로 다시 만든 층은 {expected}을(를) "
        "가지므로 파일을 불러올 수 없게 됩니다. 생성자가 만든 그대로의 층이어야 합니다. 힌트: 가중치를 바꿔 끼우지 "
        "말고 새 층을 만드세요. 또는 model.state_dict()를 저장하고 모델은 코드로 다시 만드세요.",
    },
    "config_not_json": {
        "en": "{op}: the layer {layer} describes itself with a value that is not plain data ({problem}). Expected "
        "numbers, text, true/false, null and lists. Hint: give the layer's constructor plain Python values.",
        "ko": "{op}: 층 {layer}의 설명에 일반 데이터가 아닌 값({problem})이 있습니다. 수, 문자열, true/false, null, "
        "리스트여야 합니다. 힌트: 층의 생성자에 일반 파이썬 값을 주세요.",
    },
    "config_problem_same_as": {
        "en": "'same_as' must name a layer described before it, got {got}",
        "ko": "'same_as'는 앞에서 기술된 층의 이름이어야 하는데 {got}입니다",
    },
    "config_expect_json": {"en": "plain JSON data", "ko": "일반 JSON 데이터"},
    "config_where_top": {"en": "the top", "ko": "맨 위"},
    "weight_budget": {
        "en": "a layer asks for weights of shape {shape} ({dtype}, {nbytes} bytes), more than the {budget} bytes "
        "allowed here. Expected a description whose layers fit the weights stored with it. Hint: the file may be "
        "damaged or crafted; mldlab refuses it before taking the memory.",
        "ko": "층이 모양 {shape}({dtype}, {nbytes}바이트)의 가중치를 요구하는데, 여기서 허용되는 {budget}바이트보다 "
        "큽니다. 함께 저장된 가중치에 맞는 층이어야 합니다. 힌트: 파일이 손상되었거나 조작된 것일 수 있습니다. "
        "mldlab은 메모리를 쓰기 전에 거부합니다.",
    },
    "layer_size_type": {
        "en": "{layer}: {name} must be a whole number >= {minimum}, got {value} ({type}). Hint: e.g. {name}=8; "
        "sizes count features or units.",
        "ko": "{layer}: {name}은(는) {minimum} 이상의 정수여야 하는데 {value}({type})입니다. 힌트: 예) {name}=8. "
        "크기는 특성이나 뉴런의 개수입니다.",
    },
    "layer_size_value": {
        "en": "{layer}: {name} must be >= {minimum}, got {value}. Hint: sizes count features or units.",
        "ko": "{layer}: {name}은(는) {minimum} 이상이어야 하는데 {value}입니다. "
        "힌트: 크기는 특성이나 뉴런의 개수입니다.",
    },
    "layer_bool": {
        "en": "{layer}: {name} must be True or False, got {value}.",
        "ko": "{layer}: {name}은(는) True나 False여야 하는데 {value}입니다.",
    },
    "layer_number": {
        "en": "{layer}: {name} must be a finite number, got {value}.",
        "ko": "{layer}: {name}은(는) 유한한 수여야 하는데 {value}입니다.",
    },
    "layer_axis": {
        "en": "{layer}: {name} must be a whole number (an axis; negative counts from the end), got {value}.",
        "ko": "{layer}: {name}은(는) 축 번호인 정수여야 하는데(음수는 끝에서부터) {value}입니다.",
    },
    "interop_keras_no_layer": {
        "en": "it has no Keras equivalent in mldlab's hand-off",
        "ko": "mldlab의 변환에는 이 층에 해당하는 Keras 층이 없습니다",
    },
    "config_layer_refused": {
        "en": "{op}: the layer {layer} of the architecture description cannot be built: {error}",
        "ko": "{op}: 구조 설명의 층 {layer}을(를) 만들 수 없습니다: {error}",
    },
    "layer_dtype": {
        "en": "{layer}: dtype must be one of float16, float32, float64 (weights are real numbers), got {value}.",
        "ko": "{layer}: dtype은 float16, float32, float64 중 하나여야 하는데(가중치는 실수입니다) {value}입니다.",
    },
    "config_problem_tied": {
        "en": "each 'tied' entry must name two parameters of the network with the same shape, got {got}",
        "ko": "'tied'의 각 항목은 모양이 같은 신경망의 두 매개변수 이름이어야 하는데 {got}입니다",
    },
}
