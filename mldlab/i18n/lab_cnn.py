"""Messages of the lab's CNN and char-RNN pages (lab_cnn).

KEY: {"en": ..., "ko": ...}, the same {fields} in both.
"""

MESSAGES = {
    "lab_cnn_training": {
        "en": "The {model} is being trained (once for this server, in the background). Its answer follows in a few "
              "seconds.",
        "ko": "{model}을(를) 학습하는 중입니다 (이 서버에서 한 번만, 뒤에서). 몇 초 뒤에 답이 나옵니다.",
    },
    "lab_cnn_model_digits": {
        "en": "digits CNN",
        "ko": "숫자 CNN",
    },
    "lab_cnn_model_char_en": {
        "en": "character RNN on the English text",
        "ko": "영어 글로 배우는 문자 RNN",
    },
    "lab_cnn_model_char_ko": {
        "en": "character RNN on the Korean text",
        "ko": "한국어 글로 배우는 문자 RNN",
    },
    "lab_cnn_training_failed": {
        "en": "Training the {model} failed: {error}",
        "ko": "{model} 학습에 실패했습니다: {error}",
    },
    "lab_cnn_cell_layer": {
        "en": "cell.layer must be the number of a convolution or pooling layer ({allowed}), got {value}.",
        "ko": "cell.layer는 합성곱 층이나 풀링 층의 번호({allowed})여야 합니다. 받은 값: {value}.",
    },
    "lab_cnn_cell_channel": {
        "en": "cell.channel must be 0 to {high} (layer {layer} has {count} feature maps), got {value}.",
        "ko": "cell.channel은 0 ~ {high}이어야 합니다 (층 {layer}의 특성 맵은 {count}개). 받은 값: {value}.",
    },
    "lab_cnn_cell_position": {
        "en": "cell.row and cell.col must lie in the {height}×{width} feature map of layer {layer}, got ({row}, "
              "{col}).",
        "ko": "cell.row와 cell.col은 층 {layer}의 {height}×{width} 특성 맵 안에 있어야 합니다. 받은 값: ({row}, "
              "{col}).",
    },
    "lab_cnn_text_en": {
        "en": "English",
        "ko": "영어",
    },
    "lab_cnn_text_ko": {
        "en": "Korean",
        "ko": "한국어",
    },
    "lab_cnn_unknown_chars": {
        "en": "{chars}: not among the {count} characters of the {text} text the model learned, so it has no input "
              "for them; they are skipped. Hint: use letters, digits and punctuation of that text.",
        "ko": "{chars}: 모델이 배운 {text} 글의 문자 {count}개에 없어서 입력으로 줄 수 없으므로 건너뜁니다. 도움말: "
              "그 글에 나오는 글자, 숫자, 문장 부호를 쓰세요.",
    },
    "lab_cnn_no_known_chars": {
        "en": "None of the typed characters is among the {count} characters of the {text} text the model learned. "
              "Hint: type in the language of that text, or choose the other text.",
        "ko": "입력한 문자 가운데 모델이 배운 {text} 글의 문자 {count}개에 있는 것이 하나도 없습니다. 도움말: 그 글의 "
              "언어로 입력하거나 다른 글을 고르세요.",
    },
}
