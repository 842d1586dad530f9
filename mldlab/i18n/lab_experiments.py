"""Messages of the web lab (lab_experiments): KEY: {"en": ..., "ko": ...}, the same {fields} in both."""

MESSAGES = {
    "lab_exp_too_large": {
        "en": "The request is {size} bytes; at most {limit} bytes are accepted. Hint: send only the settings.",
        "ko": "요청이 {size}바이트입니다. 최대 {limit}바이트까지 받습니다. 도움말: 설정값만 보내세요.",
    },
    "lab_exp_bad_json": {
        "en": "The request body is not valid JSON. Expected an object such as {{\"steps\": 40}}.",
        "ko": "요청 본문이 올바른 JSON이 아닙니다. {{\"steps\": 40}} 같은 객체를 보내야 합니다.",
    },
    "lab_exp_not_object": {
        "en": "The request body must be a JSON object {{...}}, got {received}.",
        "ko": "요청 본문은 JSON 객체 {{...}}여야 하는데 {received}을(를) 받았습니다.",
    },
    "lab_exp_missing": {
        "en": "{field} is missing: this setting is required.",
        "ko": "{field} 값이 없습니다. 이 설정은 꼭 필요합니다.",
    },
    "lab_exp_unknown": {
        "en": "Unknown setting {field}. Allowed here: {allowed}.",
        "ko": "알 수 없는 설정 {field}입니다. 여기서 쓸 수 있는 설정: {allowed}.",
    },
    "lab_exp_choice": {
        "en": "{field} must be one of {choices}, got {value}.",
        "ko": "{field} 값은 {choices} 중 하나여야 하는데 {value}을(를) 받았습니다.",
    },
    "lab_exp_finite": {
        "en": "{field} must be a finite number, got {value}.",
        "ko": "{field} 값은 유한한 수여야 하는데 {value}을(를) 받았습니다.",
    },
    "lab_exp_min": {
        "en": "{field} must be at least {bound}, got {value}.",
        "ko": "{field} 값은 {bound} 이상이어야 하는데 {value}을(를) 받았습니다.",
    },
    "lab_exp_above": {
        "en": "{field} must be greater than {bound}, got {value}.",
        "ko": "{field} 값은 {bound}보다 커야 하는데 {value}을(를) 받았습니다.",
    },
    "lab_exp_max": {
        "en": "{field} must be at most {bound}, got {value}.",
        "ko": "{field} 값은 {bound} 이하여야 하는데 {value}을(를) 받았습니다.",
    },
    "lab_exp_length": {
        "en": "{field} must hold {low} to {high} values, got {count}.",
        "ko": "{field}에는 값이 {low}개에서 {high}개까지 있어야 하는데 {count}개를 받았습니다.",
    },
    "lab_exp_integer": {
        "en": "{field} must be a whole number, got {value}.",
        "ko": "{field} 값은 정수여야 하는데 {value}을(를) 받았습니다.",
    },
    "lab_exp_number": {
        "en": "{field} must be a number, got {value}.",
        "ko": "{field} 값은 수여야 하는데 {value}을(를) 받았습니다.",
    },
    "lab_exp_list": {
        "en": "{field} must be a list [...], got {value}.",
        "ko": "{field} 값은 목록 [...]이어야 하는데 {value}을(를) 받았습니다.",
    },
    "lab_exp_invalid": {
        "en": "{field}: the value {value} is not allowed here.",
        "ko": "{field}: {value} 값은 여기에 쓸 수 없습니다.",
    },
    "lab_exp_batch_size": {
        "en": "{field}: the batch size {value} is larger than the {n} training points. "
              "Hint: use at most {n} (that is GD).",
        "ko": "{field}: 배치 크기 {value}이(가) 학습 데이터 {n}개보다 큽니다. "
              "도움말: 최대 {n}까지 쓰세요 (그것이 경사 하강법입니다).",
    },
    "lab_exp_iterations": {
        "en": "{field}: these runs need {total} iterations together; at most {limit} per request. "
              "Hint: fewer epochs, fewer points or larger batches.",
        "ko": "{field}: 이 실행들은 모두 합쳐 이터레이션 {total}번이 필요합니다. 한 번에 최대 {limit}번까지 됩니다. "
              "도움말: 에포크나 데이터 수를 줄이거나 배치를 키우세요.",
    },
    "lab_exp_overfit_work": {
        "en": "{field}: {epochs} epochs of a network with {weights} weights is too much for one request "
              "(at most {limit} epochs × weights). Hint: fewer epochs or fewer neurons.",
        "ko": "{field}: 가중치 {weights}개인 신경망을 {epochs} 에포크 학습하는 것은 한 번의 요청으로는 너무 많습니다 "
              "(에포크 × 가중치 최대 {limit}). 도움말: 에포크나 뉴런 수를 줄이세요.",
    },
    "lab_exp_diverged": {
        "en": "η = {lr}: the loss ran away at step {step} (it diverged). The learning rate is too large.",
        "ko": "η = {lr}: {step}번째 단계에서 손실이 폭주했습니다 (발산). 학습률이 너무 큽니다.",
    },
}
