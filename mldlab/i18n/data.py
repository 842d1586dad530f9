"""Messages of ``mldlab.data``, the seed and the command line, in English and Korean."""

MESSAGES = {
    "data_n_samples": {
        "en": "{op}: n_samples must be a whole number >= 2, got {value!r}.",
        "ko": "{op}: n_samples는 2 이상의 정수여야 하는데 {value!r}입니다.",
    },
    "data_noise": {
        "en": "{op}: noise must be a number >= 0, got {value!r}. Hint: 0.1–0.3 gives a fair challenge.",
        "ko": "{op}: noise는 0 이상의 숫자여야 하는데 {value!r}입니다. 힌트: 0.1–0.3이 적당한 난이도입니다.",
    },
    "split_no_arrays": {
        "en": "train_test_split: give at least one array, e.g. train_test_split(X, y).",
        "ko": "train_test_split: 배열을 하나 이상 주세요. 예: train_test_split(X, y).",
    },
    "split_lengths": {
        "en": "train_test_split: all arrays need the same number of rows, got {lengths}.",
        "ko": "train_test_split: 모든 배열의 행 수가 같아야 하는데 {lengths}입니다.",
    },
    "split_test_size": {
        "en": "train_test_split: test_size must be a fraction in (0, 1) or a row count in [1, {high}], got {value!r}.",
        "ko": "train_test_split: test_size는 (0, 1) 사이의 비율이나 [1, {high}] 사이의 행 수여야 하는데 "
        "{value!r}입니다.",
    },
    "split_stratify_shuffle": {
        "en": "train_test_split: stratify needs shuffle=True.",
        "ko": "train_test_split: stratify를 쓰려면 shuffle=True여야 합니다.",
    },
    "seed_type": {
        "en": "manual_seed: seed must be a whole number, got {value!r}.",
        "ko": "manual_seed: seed는 정수여야 하는데 {value!r}입니다.",
    },
    "cli_positive_int": {
        "en": "expected a whole number >= 1, got {value!r}",
        "ko": "1 이상의 정수여야 하는데 {value!r}입니다",
    },
}
