"""Messages of the web lab (lab_lessons): KEY: {"en": ..., "ko": ...}, the same {fields} in both."""

MESSAGES = {
    "lessons_too_large": {
        "en": "The request is too large: {size} bytes, at most {limit} bytes are accepted.",
        "ko": "요청이 너무 큽니다: {size}바이트입니다. 최대 {limit}바이트까지 받습니다.",
    },
    "lessons_shape": {
        "en": "{field} must have {rows} row(s) of {columns} number(s) each (one row per unit, one number per "
              "input), got {got}.",
        "ko": "{field}는 숫자 {columns}개짜리 행이 {rows}개여야 합니다(유닛마다 한 행, 입력마다 숫자 하나). "
              "받은 모양: {got}.",
    },
    "lessons_start": {
        "en": "w must hold {n} number(s) for {function}, got {got}.",
        "ko": "{function}에서는 w에 숫자 {n}개가 필요합니다. 받은 개수: {got}.",
    },
    "lessons_gd_diverged": {
        "en": "w grew beyond {limit}: with η = {lr} each step overshoots the minimum and gradient descent "
              "diverges. Try a smaller learning rate.",
        "ko": "w가 {limit}을 넘었습니다: η = {lr}에서는 한 걸음마다 최솟값을 지나쳐 경사 하강법이 발산합니다. "
              "학습률을 줄여 보세요.",
    },
}
