"""Messages of the scalers and ``train_test_split`` added for bad input, in English and Korean."""

MESSAGES = {
    "scaler_overflow": {
        "en": "{name}.{op}: the result has values too large for {dtype}: {where} = {value}. Hint: the data are far "
        "outside the range the scaler was fitted on; check the units, or use float64 data.",
        "ko": "{name}.{op}: 결과에 {dtype}로 나타낼 수 없을 만큼 큰 값이 있습니다: {where} = {value}. 힌트: 데이터가 "
        "scaler를 fit한 범위를 크게 벗어났습니다. 단위를 확인하거나 float64 데이터를 쓰세요.",
    },
    "scaler_range_overflow": {
        "en": "MinMaxScaler: the range max − min of feature {feature} is too large for {dtype} ({low} … {high}). "
        "Hint: use float64 data (X.astype(np.float64)).",
        "ko": "MinMaxScaler: 특성 {feature}의 범위 max − min이 {dtype}로 나타내기에 너무 큽니다({low} … {high}). "
        "힌트: float64 데이터(X.astype(np.float64))를 쓰세요.",
    },
    "split_empty_part": {
        "en": "train_test_split: with {n} rows and test_size={value!r} the {part} would be empty ({n_train} training "
        "and {n_test} test rows). Hint: give more rows or a test_size between them.",
        "ko": "train_test_split: 행 {n}개를 test_size={value!r}로 나누면 {part}이(가) 비게 됩니다(학습 {n_train}행, "
        "테스트 {n_test}행). 힌트: 행을 늘리거나 test_size를 조정하세요.",
    },
    "split_part_train": {"en": "training part", "ko": "학습 부분"},
    "split_part_test": {"en": "test part", "ko": "테스트 부분"},
    "split_stratify_length": {
        "en": "train_test_split: stratify has {n_labels} labels but the arrays have {n} rows. Expected one label per "
        "row, e.g. stratify=y.",
        "ko": "train_test_split: stratify의 레이블은 {n_labels}개인데 배열의 행은 {n}개입니다. 행마다 레이블이 하나씩 "
        "있어야 합니다. 예: stratify=y.",
    },
    "split_stratify_single": {
        "en": "train_test_split: stratify needs at least 2 rows of every class, but class {labels} has only 1 (as "
        "scikit-learn). Hint: drop that rare class, or split without stratify.",
        "ko": "train_test_split: stratify에는 클래스마다 행이 2개 이상 필요한데 클래스 {labels}은(는) 1개뿐입니다"
        "(scikit-learn과 같음). 힌트: 드문 클래스를 빼거나 stratify 없이 나누세요.",
    },
    "split_stratify_classes": {
        "en": "train_test_split: with stratify, the {part} ({size} rows) must have at least one row of each of the "
        "{n_classes} classes (as scikit-learn). Hint: choose test_size so that both parts have >= {n_classes} rows.",
        "ko": "train_test_split: stratify를 쓰면 {part}({size}행)에 {n_classes}개 클래스가 모두 한 행 이상 있어야 "
        "합니다(scikit-learn과 같음). 힌트: 두 부분이 모두 {n_classes}행 이상이 되도록 test_size를 고르세요.",
    },
}
