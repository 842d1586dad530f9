"""Texts of the command line (``mldlab demo | train | evaluate | predict``): help, errors and reports."""

MESSAGES = {
    "cli_description": {
        "en": "mldlab: machine learning and deep learning from first principles (한국어: --lang ko)",
        "ko": "mldlab: 기초부터 배우는 머신러닝과 딥러닝 (English: --lang en)",
    },
    "cli_usage_prefix": {"en": "usage: ", "ko": "사용법: "},
    "cli_group_commands": {"en": "commands", "ko": "명령"},
    "cli_group_options": {"en": "options", "ko": "옵션"},
    "cli_group_arguments": {"en": "arguments", "ko": "인자"},
    "cli_help_help": {"en": "show this help and exit", "ko": "이 도움말을 보여 주고 끝냅니다"},
    "cli_help_lang": {
        "en": "language of the output: en or ko (default: the MLDLAB_LANG environment variable, else en)",
        "ko": "출력 언어: en 또는 ko (기본값: 환경 변수 MLDLAB_LANG, 없으면 en)",
    },
    "cli_help_debug": {
        "en": "on an error, also show Python's traceback (to report a bug)",
        "ko": "오류가 나면 파이썬 트레이스백도 보여 줍니다 (버그 신고용)",
    },
    "cli_demo_help": {
        "en": "the slide's perceptron with its numbers, a network learning two moons, the Keras-style workflow",
        "ko": "슬라이드의 퍼셉트론 계산, 두 반달 데이터를 배우는 신경망, Keras 방식의 학습 과정",
    },
    "cli_train_help": {
        "en": "train a network on a bundled data set or a CSV file",
        "ko": "내장 데이터나 CSV 파일로 신경망 학습",
    },
    "cli_evaluate_help": {"en": "evaluate a saved model on data", "ko": "저장한 모델을 데이터로 평가"},
    "cli_predict_help": {"en": "predict with a saved model", "ko": "저장한 모델로 예측"},
    "cli_help_demo_epochs": {
        "en": "training epochs of part 2, 1 … {high} (default 30)",
        "ko": "2부의 학습 에포크 수, 1 … {high} (기본값 30)",
    },
    "cli_help_seed": {"en": "random seed, 0 … {high} (default 0)", "ko": "난수 시드, 0 … {high} (기본값 0)"},
    "cli_help_data": {"en": "a bundled data set (default moons)", "ko": "내장 데이터 세트 (기본값 moons)"},
    "cli_help_csv": {
        "en": "a CSV file with a header line instead of --data",
        "ko": "--data 대신 쓸 CSV 파일 (첫 줄은 열 이름)",
    },
    "cli_help_target": {
        "en": "the target column of --csv: a name or a position (0 = first, -1 = last; default: the last, or the "
        "model's target column)",
        "ko": "--csv의 정답 열: 이름 또는 위치 (0 = 처음, -1 = 마지막; 기본값: 마지막 열, 또는 모델이 배운 정답 열)",
    },
    "cli_help_samples": {
        "en": "points of a generated data set, 2 … {high} (default 1000)",
        "ko": "생성 데이터의 점 개수, 2 … {high} (기본값 1000)",
    },
    "cli_help_noise": {
        "en": "noise of a generated data set, 0 … {high} (default: the generator's)",
        "ko": "생성 데이터의 잡음, 0 … {high} (기본값: 생성기의 기본값)",
    },
    "cli_help_task": {
        "en": "what the target column of --csv is: classes or numbers (default: read from the column)",
        "ko": "--csv 정답 열의 종류: 클래스(classification) 또는 수(regression) (기본값: 열을 보고 판단)",
    },
    "cli_help_hidden": {
        "en": "hidden layer sizes, e.g. 8,8; 0 for none; each 1 … {high}, at most {layers} layers (default 8,8)",
        "ko": "은닉층 크기, 예: 8,8; 없으면 0; 각각 1 … {high}, 층은 최대 {layers}개 (기본값 8,8)",
    },
    "cli_help_activation": {
        "en": "activation of the hidden layers (default tanh)",
        "ko": "은닉층의 활성화 함수 (기본값 tanh)",
    },
    "cli_help_loss": {
        "en": "bce, ce, mse or mae (default: bce for two classes, ce for more, mse for numbers)",
        "ko": "bce, ce, mse, mae (기본값: 두 클래스면 bce, 그보다 많으면 ce, 수를 예측하면 mse)",
    },
    "cli_help_optimizer": {"en": "optimizer (default adam)", "ko": "최적화 방법 (기본값 adam)"},
    "cli_help_lr": {
        "en": "learning rate η, in (0, {high}] (default 0.01)",
        "ko": "학습률 η, (0, {high}] 범위 (기본값 0.01)",
    },
    "cli_help_epochs": {"en": "epochs, 1 … {high} (default 100)", "ko": "에포크 수, 1 … {high} (기본값 100)"},
    "cli_help_batch_size": {
        "en": "samples per iteration, 1 … {high} (default 32)",
        "ko": "반복마다 쓰는 샘플 수, 1 … {high} (기본값 32)",
    },
    "cli_help_validation_split": {
        "en": "fraction of the training data held out for val_loss, in [0, 1) (default 0)",
        "ko": "val_loss를 위해 떼어 두는 학습 데이터의 비율, [0, 1) 범위 (기본값 0)",
    },
    "cli_help_test_size": {
        "en": "fraction of the data held out as test data, in (0, 1) (default 0.2)",
        "ko": "테스트 데이터로 떼어 두는 비율, (0, 1) 범위 (기본값 0.2)",
    },
    "cli_help_dropout": {
        "en": "dropout probability after each hidden layer, in [0, 1) (default 0)",
        "ko": "은닉층마다 뒤에 두는 드롭아웃 확률, [0, 1) 범위 (기본값 0)",
    },
    "cli_help_early_stopping": {
        "en": "stop after PATIENCE epochs without improvement, 0 … {high} (0: off, the default)",
        "ko": "PATIENCE 에포크 동안 나아지지 않으면 멈춤, 0 … {high} (0: 끄기, 기본값)",
    },
    "cli_help_verbose": {
        "en": "0 silent, 1 a progress bar, 2 one line per epoch (default 1)",
        "ko": "0 출력 없음, 1 진행 막대, 2 에포크마다 한 줄 (기본값 1)",
    },
    "cli_help_save": {
        "en": "write the trained model to PATH (e.g. model.npz); checked before training starts",
        "ko": "학습한 모델을 PATH에 저장 (예: model.npz); 학습을 시작하기 전에 확인합니다",
    },
    "cli_help_model": {"en": "a file written by mldlab train --save", "ko": "mldlab train --save로 저장한 파일"},
    "cli_help_input": {
        "en": "one sample's features, comma-separated (repeat for more samples); a value starting with '-' is "
        "written --input=-1,2",
        "ko": "샘플 하나의 특성, 쉼표로 구분 (여러 샘플이면 반복); '-'로 시작하면 --input=-1,2처럼 씁니다",
    },
    "cli_help_predict_csv": {
        "en": "a CSV file of samples with a header line",
        "ko": "샘플들이 담긴 CSV 파일 (첫 줄은 열 이름)",
    },
    "cli_help_predict_target": {
        "en": "a column of --csv to leave out (default: the model's target column, if the file has it)",
        "ko": "--csv에서 뺄 열 (기본값: 파일에 있으면 모델이 배운 정답 열)",
    },
    "cli_error": {"en": "{prog}: error: {text}", "ko": "{prog}: 오류: {text}"},
    "cli_usage_hint": {
        "en": "('{prog} --help' lists what it accepts.)",
        "ko": "('{prog} --help'로 쓸 수 있는 옵션을 볼 수 있습니다.)",
    },
    "cli_usage_needs_value": {
        "en": "{name} needs a value. Hint: a value that starts with '-' is written {name}=-1.",
        "ko": "{name}에는 값이 필요합니다. 힌트: '-'로 시작하는 값은 {name}=-1처럼 씁니다.",
    },
    "cli_usage_invalid_value": {
        "en": "{name}: {value} is not a valid value.",
        "ko": "{name}: {value}은(는) 올바른 값이 아닙니다.",
    },
    "cli_usage_no_value": {
        "en": "{name} takes no value, got {value}.",
        "ko": "{name}에는 값을 주지 않습니다. 받은 값: {value}.",
    },
    "cli_usage_unrecognized": {"en": "unknown arguments: {args}.", "ko": "알 수 없는 인자: {args}."},
    "cli_usage_required": {"en": "missing: {names}.", "ko": "빠진 인자: {names}."},
    "cli_usage_ambiguous": {
        "en": "{option} is ambiguous: it could be {matches}. Write the option out in full.",
        "ko": "{option}은(는) 모호합니다: {matches} 중 어느 것인지 알 수 없습니다. 옵션 이름을 끝까지 쓰세요.",
    },
    "cli_range": {
        "en": "{name} must be a number in {range}, got {value!r}",
        "ko": "{name}은(는) {range} 범위의 숫자여야 하는데 {value!r}입니다",
    },
    "cli_whole": {
        "en": "{name} must be a whole number from {low} to {high}, got {value!r}",
        "ko": "{name}은(는) {low}부터 {high}까지의 정수여야 하는데 {value!r}입니다",
    },
    "cli_choice": {
        "en": "{name} must be one of: {allowed}; got {value!r}",
        "ko": "{name}은(는) 다음 중 하나여야 합니다: {allowed}. 받은 값: {value!r}",
    },
    "cli_hidden": {
        "en": "--hidden must be layer sizes separated by commas, each a whole number from 1 to {high}, at most "
        "{layers} layers, e.g. 8,8 (or 0 for none); got {value!r}",
        "ko": "--hidden은 쉼표로 구분한 층 크기(각각 1부터 {high}까지의 정수, 층은 최대 {layers}개)여야 합니다. "
        "예: 8,8 (없으면 0). 받은 값: {value!r}",
    },
    "cli_input": {
        "en": "--input must be numbers separated by commas, e.g. --input 4,5; got {value!r} (value {position}: "
        "{part!r} is not a number)",
        "ko": "--input은 쉼표로 구분한 숫자여야 합니다. 예: --input 4,5. 받은 값: {value!r} ({position}번째 값 "
        "{part!r}은(는) 숫자가 아닙니다)",
    },
    "cli_input_not_finite": {
        "en": "--input {value!r}: value {position} ({part!r}) is not a finite number. Expected numbers between "
        "-3.4e38 and 3.4e38 (the range of float32).",
        "ko": "--input {value!r}: {position}번째 값({part!r})이 유한한 숫자가 아닙니다. -3.4e38과 3.4e38 "
        "사이(float32의 범위)의 숫자여야 합니다.",
    },
    "cli_input_ragged": {
        "en": "--input number {index} has {got} values but the first has {expected}: every sample needs the same "
        "features.",
        "ko": "{index}번째 --input은 값이 {got}개인데 첫 번째는 {expected}개입니다. 모든 샘플의 특성 수가 같아야 "
        "합니다.",
    },
    "cli_save_empty": {
        "en": "--save needs a file name, e.g. --save model.npz; got {value!r}",
        "ko": "--save에는 파일 이름이 필요합니다. 예: --save model.npz. 받은 값: {value!r}",
    },
    "cli_save_is_folder": {
        "en": "--save {value!r} is a folder. Hint: give a file name in it, e.g. --save {example}",
        "ko": "--save {value!r}은(는) 폴더입니다. 힌트: 그 안의 파일 이름을 주세요. 예: --save {example}",
    },
    "cli_save_no_folder": {
        "en": "--save {value!r}: the folder {folder!r} does not exist. Hint: create it first, or save elsewhere.",
        "ko": "--save {value!r}: 폴더 {folder!r}가 없습니다. 힌트: 먼저 폴더를 만들거나 다른 곳에 저장하세요.",
    },
    "cli_save_not_writable": {
        "en": "--save {value!r}: the folder {folder!r} cannot be written to. Hint: save in a folder of your own.",
        "ko": "--save {value!r}: 폴더 {folder!r}에 쓸 수 없습니다. 힌트: 쓰기 권한이 있는 폴더에 저장하세요.",
    },
    "cli_data_and_csv": {"en": "give either --data or --csv, not both", "ko": "--data와 --csv 중 하나만 주세요"},
    "cli_needs_csv": {
        "en": "{option} applies to --csv only. Hint: add --csv FILE, or leave out {option}.",
        "ko": "{option}은(는) --csv와 함께만 씁니다. 힌트: --csv FILE을 더하거나 {option}을(를) 빼세요.",
    },
    "cli_not_for_csv": {
        "en": "{option} applies to generated data sets only, not to --csv (a file holds the samples it holds).",
        "ko": "{option}은(는) 생성 데이터에만 쓰고 --csv에는 쓰지 않습니다 (파일에는 들어 있는 샘플만 있습니다).",
    },
    "cli_loss_task": {
        "en": "--loss {loss} does not fit {task}. Allowed for it: {allowed}.",
        "ko": "--loss {loss}는 {task}에 맞지 않습니다. 쓸 수 있는 것: {allowed}.",
    },
    "cli_task_binary": {"en": "binary classification", "ko": "이진 분류"},
    "cli_task_multiclass": {"en": "multi-class classification", "ko": "다중 분류"},
    "cli_task_regression": {"en": "regression", "ko": "회귀"},
    "cli_not_finite": {
        "en": "{source}: column {column!r}, line {line} holds {value}, which is not a finite number. Hint: fix or "
        "remove that row; numbers must lie between -3.4e38 and 3.4e38 (the range of float32).",
        "ko": "{source}: 열 {column!r}, {line}번째 줄의 값 {value}은(는) 유한한 숫자가 아닙니다. 힌트: 그 행을 "
        "고치거나 지우세요. 숫자는 -3.4e38과 3.4e38 사이(float32의 범위)여야 합니다.",
    },
    "cli_one_class": {
        "en": "{source}: the target column {column!r} holds only one class ({name!r}) in all {n} rows: there is "
        "nothing to tell apart. Hint: a classifier needs examples of at least two classes (e.g. students who "
        "passed and students who failed).",
        "ko": "{source}: 정답 열 {column!r}의 {n}개 행이 모두 한 클래스({name!r})입니다. 구별할 것이 없습니다. "
        "힌트: 분류에는 적어도 두 클래스의 예가 필요합니다 (예: 통과한 학생과 통과하지 못한 학생).",
    },
    "cli_constant_target": {
        "en": "{source}: the target column {column!r} has the same value ({value}) in all {n} rows: there is "
        "nothing to learn. Hint: choose another --target.",
        "ko": "{source}: 정답 열 {column!r}의 {n}개 행이 모두 같은 값({value})입니다. 배울 것이 없습니다. "
        "힌트: 다른 --target을 고르세요.",
    },
    "cli_many_classes": {
        "en": "{source}: the target column {column!r} holds {count} different whole numbers: are they classes or "
        "amounts? Hint: add --task regression to predict the number, or --task classification to treat each "
        "value as a class.",
        "ko": "{source}: 정답 열 {column!r}에 서로 다른 정수가 {count}개 있습니다. 클래스인가요, 양인가요? "
        "힌트: 수를 예측하려면 --task regression, 값마다 클래스로 보려면 --task classification을 더하세요.",
    },
    "cli_decimal_classes": {
        "en": "{source}: the target column {column!r} holds only the values {values}, written with a decimal point: "
        "are they classes or amounts? Hint: add --task classification to treat each value as a class, or --task "
        "regression to predict the number.",
        "ko": "{source}: 정답 열 {column!r}에는 소수점으로 쓴 값 {values}만 있습니다. 클래스인가요, 양인가요? "
        "힌트: 값마다 클래스로 보려면 --task classification, 수를 예측하려면 --task regression을 더하세요.",
    },
    "cli_not_a_class": {
        "en": "{source}: the target column {column!r} holds {value}, which is not a whole number or a word, so it "
        "cannot name a class. Hint: --task regression predicts numbers.",
        "ko": "{source}: 정답 열 {column!r}의 값 {value}은(는) 정수나 단어가 아니어서 클래스가 될 수 없습니다. "
        "힌트: 수를 예측하려면 --task regression.",
    },
    "cli_words_not_numbers": {
        "en": "{source}: the target column {column!r} holds words such as {value!r}, but {expected}. Hint: choose "
        "the column of numbers with --target.",
        "ko": "{source}: 정답 열 {column!r}에 {value!r} 같은 단어가 있는데, {expected}. 힌트: --target으로 "
        "숫자 열을 고르세요.",
    },
    "cli_expected_numbers_task": {
        "en": "--task regression predicts numbers",
        "ko": "--task regression은 수를 예측합니다",
    },
    "cli_expected_numbers_model": {
        "en": "the model predicts numbers (regression)",
        "ko": "모델은 수를 예측합니다 (회귀)",
    },
    "cli_classes": {"en": "Classes (label → output): {mapping}", "ko": "클래스 (레이블 → 출력): {mapping}"},
    "cli_memory_refused": {
        "en": "this request needs about {need} of memory ({parts}), but mldlab uses at most {budget} here (half of "
        "the {available} available). Hint: fewer samples, smaller hidden layers or a smaller --batch-size.",
        "ko": "이 요청에는 메모리가 약 {need} 필요한데 ({parts}), 여기서 mldlab은 최대 {budget}(사용 가능한 "
        "{available}의 절반)까지만 씁니다. 힌트: 샘플 수, 은닉층 크기 또는 --batch-size를 줄이세요.",
    },
    "cli_memory_parts": {
        "en": "data {data}, weights and optimizer state {weights}, activations of one batch {activations}",
        "ko": "데이터 {data}, 가중치와 최적화 상태 {weights}, 배치 하나의 활성값 {activations}",
    },
    "cli_memory_file": {
        "en": "{path} is {size} large; reading it needs about {need} of memory, but mldlab uses at most {budget} "
        "here (half of the {available} available). Hint: use a part of the file.",
        "ko": "{path}의 크기는 {size}이고 읽는 데 메모리가 약 {need} 필요한데, 여기서 mldlab은 최대 {budget}(사용 "
        "가능한 {available}의 절반)까지만 씁니다. 힌트: 파일의 일부만 쓰세요.",
    },
    "cli_out_of_memory": {
        "en": "the computer ran out of memory. Hint: fewer samples, smaller hidden layers or a smaller --batch-size.",
        "ko": "컴퓨터의 메모리가 부족합니다. 힌트: 샘플 수, 은닉층 크기 또는 --batch-size를 줄이세요.",
    },
    "cli_interrupted": {"en": "stopped (Ctrl+C).", "ko": "중단했습니다 (Ctrl+C)."},
    "cli_os_error": {"en": "{path}: {reason}", "ko": "{path}: {reason}"},
    "cli_reason_missing": {"en": "no such file or folder", "ko": "그런 파일이나 폴더가 없습니다"},
    "cli_reason_permission": {"en": "permission denied", "ko": "권한이 없습니다"},
    "cli_reason_is_folder": {"en": "this is a folder, not a file", "ko": "파일이 아니라 폴더입니다"},
    "cli_reason_not_folder": {"en": "a part of the path is not a folder", "ko": "경로의 일부가 폴더가 아닙니다"},
    "cli_reason_no_space": {"en": "the disk is full", "ko": "디스크가 가득 찼습니다"},
    "cli_reason_read_only": {"en": "the disk is read-only", "ko": "읽기 전용 디스크입니다"},
    "cli_reason_other": {"en": "the system reports: {detail}", "ko": "시스템 오류: {detail}"},
    "cli_internal_error": {
        "en": "internal error ({type}: {text}). This is a bug in mldlab, not a problem with your command or data. "
        "Run the same command with --debug to see where it happened, and please report it.",
        "ko": "내부 오류 ({type}: {text}). 명령이나 데이터의 문제가 아니라 mldlab의 버그입니다. 같은 명령에 "
        "--debug를 더해 어디서 일어났는지 보고, 알려 주세요.",
    },
    "cli_not_bundle": {
        "en": "{path} is not a model written by 'mldlab train --save'. Hint: train one with mldlab train ... --save "
        "model.npz.",
        "ko": "{path}는 'mldlab train --save'로 저장한 모델이 아닙니다. 힌트: mldlab train ... --save model.npz로 "
        "먼저 학습하세요.",
    },
    "cli_bad_bundle": {
        "en": "{path} was written by 'mldlab train --save' but is damaged or was changed: {problem}. Hint: train "
        "and save the model again.",
        "ko": "{path}는 'mldlab train --save'로 저장한 파일이지만 손상되었거나 바뀌었습니다: {problem}. "
        "힌트: 모델을 다시 학습해 저장하세요.",
    },
    "cli_n_features": {
        "en": "{source}: the samples have {got} features, but the model was trained on {expected}: {names}.",
        "ko": "{source}: 샘플의 특성은 {got}개인데 모델은 {expected}개로 학습했습니다: {names}.",
    },
    "cli_by_position": {
        "en": "Note: the columns of {source} are named otherwise than the model's ({names}); they are taken in order.",
        "ko": "참고: {source}의 열 이름이 모델의 열 이름({names})과 달라서 순서대로 씁니다.",
    },
    "cli_unused_columns": {
        "en": "Note: columns the model does not use: {columns}",
        "ko": "참고: 모델이 쓰지 않는 열: {columns}",
    },
    "cli_unknown_classes": {
        "en": "{source}: the classes {unknown} in column {column!r} are not among the model's classes ({known}). "
        "Hint: check the spelling, or the --target column.",
        "ko": "{source}: 열 {column!r}의 클래스 {unknown}은(는) 모델의 클래스({known})에 없습니다. "
        "힌트: 철자나 --target 열을 확인하세요.",
    },
    "cli_not_finite_output": {
        "en": "the model's output for sample {row} is {value}. Hint: the sample may lie extremely far from the "
        "training data; check its values and units.",
        "ko": "{row}번째 샘플에 대한 모델의 출력이 {value}입니다. 힌트: 샘플이 학습 데이터에서 너무 멀리 떨어져 "
        "있을 수 있습니다. 값과 단위를 확인하세요.",
    },
    "cli_far_from_training": {
        "en": "{source}: column {column!r}, line {line}: {value} lies so far from the training data that it cannot be "
        "standardised in float32. Hint: check the value and its unit.",
        "ko": "{source}: 열 {column!r}, {line}번째 줄: {value}은(는) 학습 데이터에서 너무 멀리 떨어져 있어서 "
        "float32로 표준화할 수 없습니다. 힌트: 값과 단위를 확인하세요.",
    },
    "cli_train_start": {
        "en": "Data: {data} ({task}); {n_train} samples for training, {n_val} for validation, {n_test} for testing",
        "ko": "데이터: {data} ({task}); 학습용 {n_train}개, 검증용 {n_val}개, 테스트용 {n_test}개",
    },
    "cli_report_title": {"en": "Result after {epochs} epochs:", "ko": "{epochs} 에포크 학습 결과:"},
    "cli_report_line": {
        "en": "  {part:<12} loss {loss:.4f}   {metric} {value}",
        "ko": "  {part:<12} 손실 {loss:.4f}   {metric} {value}",
    },
    "cli_split_train": {"en": "training", "ko": "학습"},
    "cli_split_validation": {"en": "validation", "ko": "검증"},
    "cli_split_test": {"en": "test", "ko": "테스트"},
    "cli_saved": {"en": "Saved the model to {path}", "ko": "모델을 {path}에 저장했습니다"},
    "cli_evaluated": {"en": "Evaluated on {n} samples of {source}:", "ko": "{source}의 샘플 {n}개로 평가한 결과:"},
    "cli_confusion": {
        "en": "Confusion matrix (rows: true class, columns: predicted class):",
        "ko": "혼동 행렬 (행: 실제 클래스, 열: 예측 클래스):",
    },
    "cli_predict_nothing": {
        "en": "give samples to predict: --input 4,5 (repeatable) or --csv FILE",
        "ko": "예측할 샘플을 주세요: --input 4,5 (여러 번 가능) 또는 --csv FILE",
    },
    "cli_predict_both": {
        "en": "give either --input or --csv, not both",
        "ko": "--input과 --csv 중 하나만 주세요",
    },
    "cli_class": {"en": "class", "ko": "클래스"},
}
