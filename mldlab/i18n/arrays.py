"""Messages of ``mldlab.data.arrays``: data handed to mldlab in a form it cannot use, in English and Korean."""

MESSAGES = {
    "array_none": {
        "en": "{op}: {name} is None; expected data (a list, a NumPy array, a Tensor or a pandas table). Hint: check "
        "that the variable was assigned, e.g. that a function returned its result.",
        "ko": "{op}: {name}이(가) None입니다. 데이터(리스트, NumPy 배열, Tensor, pandas 표)가 필요합니다. 힌트: 변수에 "
        "값이 들어갔는지(예: 함수가 결과를 돌려주었는지) 확인하세요.",
    },
    "array_string": {
        "en": "{op}: {name} is the text {value!r}; expected data (a list, a NumPy array, a Tensor or a pandas table). "
        "Hint: load a file first, e.g. mldlab.data.load_csv(path).",
        "ko": "{op}: {name}이(가) 문자열 {value!r}입니다. 데이터(리스트, NumPy 배열, Tensor, pandas 표)가 필요합니다. "
        "힌트: 파일이라면 먼저 mldlab.data.load_csv(path)로 읽으세요.",
    },
    "array_ragged": {
        "en": "{op}: {name} is a ragged list: its rows have different lengths ({lengths}). Expected the same number "
        "of values in every row.",
        "ko": "{op}: {name}의 행마다 길이가 다릅니다({lengths}). 모든 행에 값의 개수가 같아야 합니다.",
    },
    "array_objects": {
        "en": "{op}: {name} must hold numbers, but {where} is {value!r} (a {type}). Hint: fill or drop missing "
        "values and turn text into numbers first.",
        "ko": "{op}: {name}에는 숫자가 있어야 하는데 {where}이(가) {value!r}({type})입니다. 힌트: 빠진 값은 채우거나 "
        "지우고, 글자는 먼저 숫자로 바꾸세요.",
    },
    "array_not_numeric": {
        "en": "{op}: {name} must hold numbers, got values of type {dtype} (e.g. {where} = {value!r}). Hint: turn text "
        "into numbers first (e.g. class names into 0, 1, …).",
        "ko": "{op}: {name}에는 숫자가 있어야 하는데 {dtype} 형식의 값입니다(예: {where} = {value!r}). 힌트: 글자는 "
        "먼저 숫자로 바꾸세요(예: 클래스 이름을 0, 1, …로).",
    },
    "array_not_finite": {
        "en": "{op}: {name} contains a value that is not a finite number: {where} = {value} ({count} of {size} values "
        "are NaN or infinite). Hint: NaN usually marks a missing "
        "value: drop or fill those rows; infinity often comes from dividing by zero while preparing the data.",
        "ko": "{op}: {name}에 유한한 수가 아닌 값이 있습니다: {where} = {value} (값 {size}개 중 {count}개가 NaN 또는 "
        "무한대). 힌트: NaN은 대개 빠진 값이니 그 행을 지우거나 채우세요. 무한대는 "
        "데이터를 준비하며 0으로 나눌 때 자주 생깁니다.",
    },
    "array_overflow": {
        "en": "{op}: {name} has values too large for {dtype} (largest {largest:.4g}): {where} = {value}. Hint: rescale "
        "the data (e.g. StandardScaler) or use a float64 network (net.double()).",
        "ko": "{op}: {name}에 {dtype}로 나타낼 수 없을 만큼 큰 값이 있습니다(최대 {largest:.4g}): {where} = {value}. "
        "힌트: 데이터의 크기를 조정하거나(예: StandardScaler) float64 신경망(net.double())을 쓰세요.",
    },
    "array_scalar": {
        "en": "{op}: {name} must hold one entry per sample, got the single number {value!r}. Hint: pass all the "
        "samples, e.g. a list of rows.",
        "ko": "{op}: {name}에는 샘플마다 값이 있어야 하는데 숫자 하나({value!r})입니다. 힌트: 모든 샘플을 넘기세요(예: "
        "행들의 리스트).",
    },
}
