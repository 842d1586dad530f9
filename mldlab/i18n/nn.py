"""Messages of ``mldlab.nn`` (layers, losses, initialisation), in English and Korean."""

MESSAGES = {
    "linear_input": {
        "en": "Linear({inp} → {out}) expected input with last dimension {inp}, got shape {shape}. Hint: check "
        "in_features, or the output size of the layer before.",
        "ko": "Linear({inp} → {out})의 입력은 마지막 차원이 {inp}이어야 하는데 모양이 {shape}입니다. 힌트: "
        "in_features나 앞 층의 출력 크기를 확인하세요.",
    },
}
