"""Messages of the data-set registry (``mldlab.data.registry``), in English and Korean."""

MESSAGES = {
    "registry_unknown": {
        "en": "there is no data set called {name!r}. Expected one of: {names}.",
        "ko": "{name!r}라는 데이터 세트는 없습니다. 다음 중 하나여야 합니다: {names}.",
    },
    "registry_fixed": {
        "en": "{name} is a fixed table of real data: the number of samples and the noise cannot be chosen. Hint: "
        "leave out --samples and --noise, or pick a generated set such as moons.",
        "ko": "{name}은(는) 실제 데이터로 된 고정된 표라서 샘플 수와 잡음을 정할 수 없습니다. 힌트: --samples와 "
        "--noise를 빼거나, moons 같은 생성 데이터를 고르세요.",
    },
}
