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
}
