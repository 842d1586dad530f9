"""Messages of the web lab's session-2 pages (lab_ml): KEY: {"en": ..., "ko": ...}, the same {fields} in both."""

MESSAGES = {
    "lab_ml_noise": {
        "en": "noise must be at most {high} for the data set {dataset}, got {value}.",
        "ko": "데이터 세트 {dataset}의 noise는 {high} 이하여야 합니다. 받은 값: {value}.",
    },
}
