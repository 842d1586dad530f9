"""Messages of the web lab (lab): KEY: {"en": ..., "ko": ...}, the same {fields} in both."""

MESSAGES = {
    "lab_setup_not_object": {
        "en": "The setup must be a JSON object of settings, got {type}. Hint: send {{\"dataset\": \"circles\", ...}}.",
        "ko": "설정은 JSON 객체여야 하는데 {type}입니다. 힌트: {{\"dataset\": \"circles\", ...}} 형태로 보내세요.",
    },
    "lab_setup_unknown": {
        "en": "Unknown setting {field!r}. Allowed here: {allowed}.",
        "ko": "알 수 없는 설정 {field!r}입니다. 여기서 쓸 수 있는 설정: {allowed}.",
    },
    "lab_setup_choice": {
        "en": "{field} cannot be {value}. Choose one of: {allowed}.",
        "ko": "{field}에는 {value}을(를) 쓸 수 없습니다. 다음 중 하나를 고르세요: {allowed}.",
    },
    "lab_setup_range": {
        "en": "{field} is out of range: got {value}, allowed {bound}.",
        "ko": "{field} 값이 범위를 벗어났습니다: {value}, 허용 범위 {bound}.",
    },
    "lab_setup_missing": {
        "en": "{field} is missing. Hint: give it a value.",
        "ko": "{field} 값이 없습니다. 힌트: 값을 넣어 주세요.",
    },
    "lab_setup_type": {
        "en": "{field} has the wrong type: got {value}, expected {expected}.",
        "ko": "{field}의 형식이 맞지 않습니다: {value}, 필요한 형식 {expected}.",
    },
    "lab_setup_output": {
        "en": "The output {output!r} does not fit the data set {dataset!r}, whose task is {task!r}. Hint: choose "
              "the output {task!r}.",
        "ko": "출력 {output!r}은(는) 데이터셋 {dataset!r}(과제 {task!r})에 맞지 않습니다. 힌트: 출력을 {task!r}(으)로 "
              "고르세요.",
    },
    "lab_setup_loss": {
        "en": "The loss {loss!r} does not fit the output {output!r}. Allowed: {allowed}.",
        "ko": "손실 {loss!r}은(는) 출력 {output!r}에 맞지 않습니다. 쓸 수 있는 손실: {allowed}.",
    },
    "lab_setup_features_repeat": {
        "en": "A feature appears twice in {features}. Hint: each feature once.",
        "ko": "특성 목록 {features}에 같은 특성이 두 번 있습니다. 힌트: 특성은 한 번씩만 고르세요.",
    },
    "lab_setup_features_1d": {
        "en": "The data set {dataset!r} has one input x1, so the features {features} cannot be used. Allowed: "
              "{allowed}.",
        "ko": "데이터셋 {dataset!r}은(는) 입력이 x1 하나뿐이라 특성 {features}을(를) 쓸 수 없습니다. 쓸 수 있는 특성: "
              "{allowed}.",
    },
    "lab_setup_noise": {
        "en": "noise is out of range for {dataset!r}: got {value}, allowed 0 to {high}.",
        "ko": "{dataset!r}의 noise 값이 범위를 벗어났습니다: {value}, 허용 범위 0 ~ {high}.",
    },
    "lab_setup_batch": {
        "en": "batch_size {value} is larger than the training set ({n_train} points). Hint: a batch size of at "
              "most {n_train}, or more points, or a smaller test_ratio.",
        "ko": "batch_size {value}이(가) 학습 데이터({n_train}개)보다 큽니다. 힌트: 배치 크기를 {n_train} 이하로 "
              "하거나, 점을 늘리거나, test_ratio를 줄이세요.",
    },
    "lab_setup_limit": {
        "en": "{field} is {value}, more than this session allows ({high}).",
        "ko": "{field} 값 {value}은(는) 이 세션에서 허용하는 {high}보다 큽니다.",
    },
    "lab_points_count": {
        "en": "Send between 1 and {high} points at a time, as a list.",
        "ko": "점은 한 번에 1개에서 {high}개까지 목록으로 보내세요.",
    },
    "lab_points_total": {
        "en": "Too many points: a training set holds at most {high}.",
        "ko": "점이 너무 많습니다: 학습 데이터는 최대 {high}개입니다.",
    },
    "lab_points_shape": {
        "en": "Point {index} must be an object with exactly the keys {keys}.",
        "ko": "{index}번 점은 정확히 {keys} 키를 가진 객체여야 합니다.",
    },
    "lab_points_value": {
        "en": "Point {index} must hold finite numbers of size at most {limit}.",
        "ko": "{index}번 점의 값은 크기가 {limit} 이하인 유한한 수여야 합니다.",
    },
    "lab_points_label": {
        "en": "A clicked point's class must be a whole number from 0 to {high}.",
        "ko": "클릭한 점의 클래스는 0부터 {high}까지의 정수여야 합니다.",
    },
    "lab_points_output": {
        "en": "The output {output!r} does not fit these points, whose task is {task!r}. Hint: choose the output "
              "{task!r}.",
        "ko": "출력 {output!r}은(는) 이 데이터(과제 {task!r})에 맞지 않습니다. 힌트: 출력을 {task!r}(으)로 고르세요.",
    },
    "lab_csv_too_large": {
        "en": "The file is too large: {size} bytes, at most {high} bytes allowed.",
        "ko": "파일이 너무 큽니다: {size}바이트, 최대 {high}바이트까지 됩니다.",
    },
    "lab_csv_encoding": {
        "en": "The file is not UTF-8 text. Hint: save it as \"CSV UTF-8\".",
        "ko": "파일이 UTF-8 텍스트가 아닙니다. 힌트: \"CSV UTF-8\" 형식으로 저장하세요.",
    },
    "lab_csv_rows": {
        "en": "The file has {rows} data rows; between {low} and {high} are needed.",
        "ko": "파일의 데이터 행이 {rows}개입니다. {low}개에서 {high}개 사이여야 합니다.",
    },
    "lab_csv_columns": {
        "en": "Row {row} has {count} values; each row needs 3: x1, x2 and the label (or target).",
        "ko": "{row}번째 행의 값이 {count}개입니다. 각 행에는 x1, x2, 레이블(또는 목표값) 3개가 필요합니다.",
    },
    "lab_csv_number": {
        "en": "Row {row} holds something that is not a finite number of size at most {limit}: {text!r}.",
        "ko": "{row}번째 행에 크기가 {limit} 이하인 유한한 수가 아닌 값이 있습니다: {text!r}.",
    },
    "lab_csv_one_class": {
        "en": "Every label in the file is {label}: a classifier needs at least two classes.",
        "ko": "파일의 레이블이 모두 {label}입니다. 분류에는 클래스가 두 개 이상 필요합니다.",
    },
    "lab_step_unit": {
        "en": "step unit must be 'iteration' or 'epoch', got {value!r}.",
        "ko": "step 단위는 'iteration' 또는 'epoch'이어야 하는데 {value!r}입니다.",
    },
    "lab_diverged": {
        "en": "Training diverged: the loss became {loss} in epoch {epoch}, iteration {iteration} (the last finite "
              "loss was {last}). The learning rate {lr} is too large: every step overshoots the minimum. Try a "
              "learning rate 10 times smaller.",
        "ko": "학습이 발산했습니다: 에포크 {epoch}, 반복 {iteration}에서 손실이 {loss}이(가) 되었습니다(마지막 유한한 "
              "손실 {last}). 학습률 {lr}이(가) 너무 커서 매 단계가 최솟값을 지나쳐 버립니다. 학습률을 10배 작게 해 "
              "보세요.",
    },
    "lab_diverged_rising": {
        "en": "Training diverged: in epoch {epoch} (iteration {iteration}) the loss was {loss}, above twice its best "
              "value {best} for {epochs} epochs in a row. The learning rate {lr} is too large: every step overshoots "
              "the minimum. Try a learning rate 10 times smaller.",
        "ko": "학습이 발산했습니다: 에포크 {epoch}(반복 {iteration})에서 손실이 {loss}(으)로, {epochs}에포크 연속 가장 "
              "좋았던 값 {best}의 두 배를 넘었습니다. 학습률 {lr}이(가) 너무 커서 매 단계가 최솟값을 지나쳐 "
              "버립니다. 학습률을 10배 작게 해 보세요.",
    },
    "lab_early_stopping": {
        "en": "Early stopping after epoch {epoch}: the test loss has not improved for {patience} epoch(s); it was "
              "lowest in epoch {best_epoch} ({best}).",
        "ko": "조기 중단: 테스트 손실이 {patience}에포크 동안 나아지지 않아 에포크 {epoch} 뒤에 멈췄습니다. "
              "가장 낮았던 때는 에포크 {best_epoch}({best})입니다.",
    },
    "lab_epochs_done": {
        "en": "Training finished: all {epochs} epochs are done.",
        "ko": "학습 완료: {epochs}에포크를 모두 마쳤습니다.",
    },
    "lab_math_layer": {
        "en": "layer must be a whole number from 0 to {high} (the last is the output layer), got {value}.",
        "ko": "layer는 0부터 {high}까지의 정수여야 하는데(마지막이 출력층) {value}입니다.",
    },
    "lab_math_unit": {
        "en": "unit must be a whole number from 0 to {high} in layer {layer}, got {value}.",
        "ko": "층 {layer}의 unit은 0부터 {high}까지의 정수여야 하는데 {value}입니다.",
    },
    "lab_math_point": {
        "en": "The point must be a list of {inputs} finite numbers (x1, x2), got {value}.",
        "ko": "점은 유한한 수 {inputs}개(x1, x2)의 목록이어야 하는데 {value}입니다.",
    },
    "lab_diagnosis_empty": {
        "en": "Nothing to diagnose yet: train for at least one epoch.",
        "ko": "아직 진단할 것이 없습니다. 적어도 1에포크는 학습하세요.",
    },
    "lab_landscape_n": {
        "en": "n must be an odd whole number from 3 to {high}, got {value}.",
        "ko": "n은 3부터 {high}까지의 홀수여야 하는데 {value}입니다.",
    },
    "lab_landscape_span": {
        "en": "span must be a number above 0 and at most {high}, got {value}.",
        "ko": "span은 0보다 크고 {high} 이하인 수여야 하는데 {value}입니다.",
    },
    "lab_export_weights": {
        "en": "The weights trained in the mldlab playground ({dataset}, after {epoch} epochs)",
        "ko": "mldlab 놀이터에서 학습한 가중치({dataset}, {epoch}에포크 뒤)",
    },
    "lab_export_prepare": {
        "en": "Inputs as the playground makes them: coordinates standardised with the training points' mean and "
              "standard deviation, then the features {features}",
        "ko": "놀이터와 같은 입력 만들기: 좌표를 학습 데이터의 평균과 표준편차로 표준화한 뒤 특성 {features}",
    },
    "lab_preset_unknown": {
        "en": "Unknown preset {name}. The presets: {names}.",
        "ko": "알 수 없는 프리셋 {name}입니다. 프리셋 목록: {names}.",
    },
    "lab_preset_perceptron": {"en": "The perceptron: will I pass?", "ko": "퍼셉트론: 시험을 통과할 수 있을까?"},
    "lab_preset_perceptron_about": {
        "en": "One neuron ŷ = σ(w₀ + w₁x₁ + w₂x₂) learns the straight line between pass and fail.",
        "ko": "뉴런 하나 ŷ = σ(w₀ + w₁x₁ + w₂x₂)가 합격과 불합격을 가르는 직선을 배웁니다.",
    },
    "lab_preset_xor_no_hidden": {"en": "XOR without a hidden layer", "ko": "은닉층 없는 XOR"},
    "lab_preset_xor_no_hidden_about": {
        "en": "No straight line separates XOR: one neuron gets at best three of the four corners right (about 75 %).",
        "ko": "XOR은 직선 하나로 나눌 수 없습니다. 뉴런 하나로는 네 모서리 중 많아야 세 곳만 맞힙니다(약 75%).",
    },
    "lab_preset_xor_hidden": {"en": "XOR needs a hidden layer", "ko": "XOR에는 은닉층이 필요합니다"},
    "lab_preset_xor_hidden_about": {
        "en": "With one hidden layer of 4 tanh neurons the network bends the boundary and solves XOR.",
        "ko": "tanh 뉴런 4개짜리 은닉층 하나로 경계를 구부려 XOR을 풉니다.",
    },
    "lab_preset_lr_small": {"en": "Learning rate too small", "ko": "너무 작은 학습률"},
    "lab_preset_lr_small_about": {
        "en": "η = 0.0001: every step is tiny, and the loss barely moves.",
        "ko": "η = 0.0001: 한 걸음이 너무 작아서 손실이 거의 줄지 않습니다.",
    },
    "lab_preset_lr_large": {"en": "Learning rate too large", "ko": "너무 큰 학습률"},
    "lab_preset_lr_large_about": {
        "en": "η = 5: every step overshoots the minimum, and the loss explodes.",
        "ko": "η = 5: 매 걸음이 최솟값을 지나쳐서 손실이 발산합니다.",
    },
    "lab_preset_overfitting": {"en": "Overfitting", "ko": "과적합"},
    "lab_preset_overfitting_about": {
        "en": "40 noisy points and a big network: the training loss keeps falling while the test loss rises.",
        "ko": "잡음 섞인 점 40개와 큰 신경망: 학습 손실은 계속 줄지만 테스트 손실은 올라갑니다.",
    },
    "lab_preset_dropout": {"en": "Dropout against overfitting", "ko": "과적합을 막는 드롭아웃"},
    "lab_preset_dropout_about": {
        "en": "The same network with dropout 0.3 after each hidden layer: it cannot memorise every point.",
        "ko": "같은 신경망의 은닉층마다 드롭아웃 0.3: 모든 점을 외울 수 없게 됩니다.",
    },
    "lab_preset_early_stopping": {"en": "Early stopping", "ko": "조기 중단"},
    "lab_preset_early_stopping_about": {
        "en": "The same network stops once the test loss has not improved for 30 epochs.",
        "ko": "같은 신경망이 테스트 손실이 30에포크 동안 나아지지 않으면 멈춥니다.",
    },
    "lab_preset_spiral": {"en": "Spirals: softmax for three classes", "ko": "나선: 세 클래스를 위한 소프트맥스"},
    "lab_preset_spiral_about": {
        "en": "Three spiral arms: a softmax output gives each class a probability; the loss is cross-entropy.",
        "ko": "나선 팔 세 개: 소프트맥스 출력이 클래스마다 확률을 주고, 손실은 교차 엔트로피입니다.",
    },
    "lab_preset_regression": {"en": "Regression: a sine curve", "ko": "회귀: 사인 곡선"},
    "lab_preset_regression_about": {
        "en": "A network with one hidden layer fits a curve; the output is a number and the loss is MSE.",
        "ko": "은닉층 하나인 신경망이 곡선을 맞춥니다. 출력은 수 하나이고 손실은 MSE입니다.",
    },
    "lab_dataset_pass_exam": {"en": "Will I pass? (lectures, hours)", "ko": "시험 통과할 수 있을까? (수업, 시간)"},
    "lab_dataset_xor": {"en": "XOR", "ko": "XOR"},
    "lab_dataset_circles": {"en": "Circles", "ko": "원"},
    "lab_dataset_moons": {"en": "Two moons", "ko": "두 개의 반달"},
    "lab_dataset_spirals": {"en": "Spirals (3 classes)", "ko": "나선 (3 클래스)"},
    "lab_dataset_gaussians": {"en": "Gaussian blobs (3 classes)", "ko": "가우시안 덩어리 (3 클래스)"},
    "lab_dataset_linear": {"en": "Regression: a line", "ko": "회귀: 직선"},
    "lab_dataset_polynomial": {"en": "Regression: a polynomial", "ko": "회귀: 다항식"},
    "lab_dataset_sine": {"en": "Regression: a sine curve", "ko": "회귀: 사인 곡선"},
    "lab_dataset_upload": {"en": "My own data (CSV)", "ko": "내 데이터 (CSV)"},
    "lab_points_missing": {
        "en": "The data set 'upload' needs a file: upload a CSV of x1,x2,label rows first.",
        "ko": "데이터셋 'upload'에는 파일이 필요합니다. 먼저 x1,x2,레이블 행으로 된 CSV 파일을 올리세요.",
    },
}
