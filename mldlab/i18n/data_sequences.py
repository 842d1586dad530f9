"""Messages of image, sequence and text data sets and the example models (data_sequences).

KEY: {"en": ..., "ko": ...}, the same {fields} in both.
"""

MESSAGES = {
    "seqdata_shape_circle": {"en": "circle", "ko": "원"},
    "seqdata_shape_square": {"en": "square", "ko": "정사각형"},
    "seqdata_shape_triangle": {"en": "triangle", "ko": "삼각형"},
    "seqdata_shape_line": {"en": "line", "ko": "선분"},
    "seqdata_shape_cross": {"en": "cross", "ko": "십자"},
    "seqdata_shape_corner": {"en": "corner", "ko": "꺾인 선"},
    "seqdata_shape_disc": {"en": "disc", "ko": "채운 원"},
    "seqdata_shape_parallel": {"en": "parallel lines", "ko": "평행선"},
    "seqdata_shape_arc": {"en": "arc", "ko": "반원 호"},
    "seqdata_shape_zigzag": {"en": "zigzag", "ko": "지그재그"},
    "seqdata_return_names": {
        "en": "{op}: return_names must be True or False, got {value!r}.",
        "ko": "{op}: return_names는 True나 False여야 하는데 {value!r}입니다.",
    },
    "seqdata_text_lang": {
        "en": "load_text: lang must be one of {langs}, got {value!r}. Hint: load_text('ko') gives the Korean text.",
        "ko": "load_text: lang은 {langs} 중 하나여야 하는데 {value!r}입니다. 힌트: load_text('ko')는 한국어 글입니다.",
    },
    "seqdata_tokenizer_text": {
        "en": "CharTokenizer: text must be a non-empty string, got {type}. Hint: CharTokenizer(load_text('en')).",
        "ko": "CharTokenizer: text는 비어 있지 않은 문자열이어야 하는데 {type}입니다. "
              "힌트: CharTokenizer(load_text('ko')).",
    },
    "seqdata_encode_type": {
        "en": "CharTokenizer.encode: expected a string, got {type}. Hint: decode turns ids back into text.",
        "ko": "CharTokenizer.encode: 문자열이 필요한데 {type}입니다. 힌트: 번호를 글자로 바꾸는 것은 decode입니다.",
    },
    "seqdata_unknown_chars": {
        "en": "CharTokenizer.encode: {count} character(s) are not in the vocabulary: {chars}. Hint: build the "
              "tokenizer from a text that contains them, or leave them out.",
        "ko": "CharTokenizer.encode: 어휘에 없는 글자가 {count}개 있습니다: {chars}. 힌트: 그 글자가 들어 있는 글로 "
              "토크나이저를 만들거나, 그 글자를 빼 주세요.",
    },
    "seqdata_decode_ids": {
        "en": "expected a 1-D sequence of whole-number ids, got shape {shape} of {dtype}.",
        "ko": "정수 번호의 1차원 배열이 필요한데 모양 {shape}, 자료형 {dtype}입니다.",
    },
    "seqdata_decode_range": {
        "en": "CharTokenizer.decode: id {value} is outside the vocabulary 0 … {high}.",
        "ko": "CharTokenizer.decode: 번호 {value}는 어휘의 범위 0 … {high}를 벗어납니다.",
    },
    "seqdata_too_short": {
        "en": "char_sequences: the ids ({length}) must be longer than seq_len = {seq_len}: a window needs seq_len "
              "ids and the one after it. Hint: a smaller seq_len.",
        "ko": "char_sequences: 번호 수({length})가 seq_len = {seq_len}보다 많아야 합니다: 창 하나에 seq_len개와 그 "
              "다음 번호 하나가 필요합니다. 힌트: seq_len을 줄이세요.",
    },
    "seqdata_image_shape": {
        "en": "mlp_for_images: image_shape must be a tuple of whole numbers >= 1 such as (1, 8, 8), got {value!r}.",
        "ko": "mlp_for_images: image_shape는 (1, 8, 8)처럼 1 이상의 정수로 된 튜플이어야 하는데 {value!r}입니다.",
    },
    "seqdata_build": {
        "en": "build must be a function that returns an nn.Module (e.g. digits_cnn, without brackets), but it "
              "returned {type}.",
        "ko": "build는 nn.Module을 돌려주는 함수여야 하는데(예: 괄호 없이 digits_cnn) {type}을(를) 돌려주었습니다.",
    },
    "seqdata_cell": {
        "en": "CharRNN: cell must be one of {cells}, got {value!r}.",
        "ko": "CharRNN: cell은 {cells} 중 하나여야 하는데 {value!r}입니다.",
    },
    "seqdata_sample_start": {
        "en": "CharRNN.sample: start must be a non-empty string of characters the model knows, got {type}. "
              "Hint: sample(tokenizer, 'The ', 100).",
        "ko": "CharRNN.sample: start는 모델이 아는 글자로 된, 비어 있지 않은 문자열이어야 하는데 {type}입니다. "
              "힌트: sample(tokenizer, '배움은 ', 100).",
    },
    "seqdata_length": {
        "en": "CharRNN.sample: length must be a whole number >= 0, got {value!r}.",
        "ko": "CharRNN.sample: length는 0 이상의 정수여야 하는데 {value!r}입니다.",
    },
    "seqdata_temperature": {
        "en": "CharRNN.sample: temperature must be a number > 0, got {value!r}. Hint: 1.0 samples the model's own "
              "probabilities, 0.5 plays safer.",
        "ko": "CharRNN.sample: temperature는 0보다 큰 숫자여야 하는데 {value!r}입니다. 힌트: 1.0은 모델의 확률 그대로, "
              "0.5는 더 안전하게 고릅니다.",
    },
    "seqdata_test_size": {
        "en": "train_char_rnn: test_size must be a fraction in (0, 1), got {value!r}.",
        "ko": "train_char_rnn: test_size는 (0, 1) 사이의 비율이어야 하는데 {value!r}입니다.",
    },
    "seqdata_generator": {
        "en": "CharRNN.sample: generator must be a mldlab.Generator or None, got {type}. "
              "Hint: generator=mldlab.Generator(0).",
        "ko": "CharRNN.sample: generator는 mldlab.Generator이거나 None이어야 하는데 {type}입니다. "
              "힌트: generator=mldlab.Generator(0).",
    },
}
