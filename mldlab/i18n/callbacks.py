"""Messages of the training callbacks, in English and Korean."""

MESSAGES = {
    # CallbackList and LambdaCallback
    "cb_not_callback": {
        "en": "callbacks must be Callback objects from mldlab.train.callbacks, got {type}. Hint: to run a function "
        "after each epoch, wrap it: LambdaCallback(on_epoch_end=lambda epoch, logs: print(logs['loss'])).",
        "ko": "callbacks에는 mldlab.train.callbacks의 Callback 객체가 들어가야 하는데 {type}을(를) 받았습니다. "
        "힌트: 에포크마다 함수를 부르려면 감싸세요. LambdaCallback(on_epoch_end=lambda epoch, logs: "
        "print(logs['loss'])).",
    },
    "cb_lambda_unknown_hook": {
        "en": "LambdaCallback got an unknown hook {name!r}. Expected one of: {hooks}.",
        "ko": "LambdaCallback이 알 수 없는 훅 {name!r}을(를) 받았습니다. 다음 중 하나여야 합니다: {hooks}.",
    },
    "cb_lambda_not_callable": {
        "en": "LambdaCallback: {name} must be a function, got {type}. Hint: {name}=lambda {args}: ...",
        "ko": "LambdaCallback: {name}에는 함수가 들어가야 하는데 {type}입니다. 힌트: {name}=lambda {args}: ...",
    },
    # arguments
    "cb_number": {
        "en": "{name}: {option} must be a finite number, got {value!r}.",
        "ko": "{name}: {option}은(는) 유한한 수여야 하는데 {value!r}입니다.",
    },
    "cb_number_low": {
        "en": "{name}: {option} must be a finite number >= {low}, got {value!r}.",
        "ko": "{name}: {option}은(는) {low} 이상의 유한한 수여야 하는데 {value!r}입니다.",
    },
    "cb_monitor_type": {
        "en": "{name}: monitor must be the name of a value in the logs, such as 'val_loss', got {value!r}.",
        "ko": "{name}: monitor는 'val_loss'처럼 logs에 있는 값의 이름이어야 하는데 {value!r}입니다.",
    },
    "cb_whole_number": {
        "en": "{name}: {option} must be a whole number >= {low}, got {value!r}.",
        "ko": "{name}: {option}은(는) {low} 이상의 정수여야 하는데 {value!r}입니다.",
    },
    # watching a metric
    "cb_mode_unknown": {
        "en": "{name}: mode {mode!r} is unknown, so 'auto' is used. Expected 'auto', 'min' or 'max'.",
        "ko": "{name}: mode {mode!r}은(는) 알 수 없는 값이라 'auto'를 씁니다. 'auto', 'min', 'max' 중 하나여야 "
        "합니다.",
    },
    "cb_mode_infer": {
        "en": "{name}: monitor={monitor!r}, but it cannot tell whether this metric should go down or up. Hint: "
        "pass mode='min' for an error or a loss (lower is better), or mode='max' for a score such as accuracy "
        "(higher is better).",
        "ko": "{name}: monitor={monitor!r}인데 이 지표가 내려가야 좋은지 올라가야 좋은지 알 수 없습니다. "
        "힌트: 오차나 손실(낮을수록 좋음)이면 mode='min', 정확도 같은 점수(높을수록 좋음)면 mode='max'를 "
        "주세요.",
    },
    "cb_monitor_missing": {
        "en": "{name} watches {monitor!r}, which is not in the logs, so this epoch is not checked. Available: "
        "{keys}. Hint: 'val_...' values need validation data, e.g. fit(..., validation_split=0.2).",
        "ko": "{name}이(가) 지켜보는 {monitor!r}이(가) logs에 없어서 이번 에포크는 확인하지 않습니다. 있는 값: "
        "{keys}. 힌트: 'val_...' 값은 검증 데이터가 있어야 나옵니다. 예: fit(..., validation_split=0.2).",
    },
    # EarlyStopping
    "cb_early_stopping": {
        "en": "Epoch {epoch}: early stopping",
        "ko": "에포크 {epoch}: 조기 중단",
    },
    "cb_restore_best": {
        "en": "Restoring model weights from the end of the best epoch: {epoch}.",
        "ko": "가장 좋았던 에포크 {epoch}이(가) 끝났을 때의 가중치로 되돌립니다.",
    },
    # learning rate
    "cb_no_optimizer": {
        "en": "{name} changes the learning rate, but the model has no optimizer with param_groups. Hint: compile "
        "the model first, e.g. model.compile(optimizer='sgd', loss='mse').",
        "ko": "{name}은(는) 학습률을 바꾸는데, 모델에 param_groups가 있는 옵티마이저가 없습니다. 힌트: 먼저 "
        "모델을 compile하세요. 예: model.compile(optimizer='sgd', loss='mse').",
    },
    "cb_schedule_not_callable": {
        "en": "LearningRateScheduler: schedule must be a function of (epoch, lr), got {type}. Hint: "
        "LearningRateScheduler(lambda epoch, lr: lr * 0.9).",
        "ko": "LearningRateScheduler: schedule은 (epoch, lr)를 받는 함수여야 하는데 {type}입니다. 힌트: "
        "LearningRateScheduler(lambda epoch, lr: lr * 0.9).",
    },
    "cb_schedule_value": {
        "en": "LearningRateScheduler: schedule(epoch={epoch}, lr={lr}) returned {value!r}, expected a finite "
        "number >= 0. Hint: the function must return the new learning rate, e.g. lambda epoch, lr: lr * 0.9.",
        "ko": "LearningRateScheduler: schedule(epoch={epoch}, lr={lr})이 {value!r}을(를) 돌려주었는데, 0 이상의 "
        "유한한 수여야 합니다. 힌트: 함수는 새 학습률을 돌려주어야 합니다. 예: lambda epoch, lr: lr * 0.9.",
    },
    "cb_schedule_setting": {
        "en": "Epoch {epoch}: LearningRateScheduler setting learning rate to {lr}.",
        "ko": "에포크 {epoch}: LearningRateScheduler가 학습률을 {lr}(으)로 정합니다.",
    },
    "cb_factor": {
        "en": "ReduceLROnPlateau: factor must be >= 0 and < 1.0, got {value!r}. Hint: the new learning rate is "
        "lr · factor, so factor=0.1 divides it by 10 and factor=0.5 halves it.",
        "ko": "ReduceLROnPlateau: factor는 0 이상 1.0 미만이어야 하는데 {value!r}입니다. 힌트: 새 학습률은 "
        "lr · factor이므로 factor=0.1이면 10분의 1로, factor=0.5이면 절반으로 줄어듭니다.",
    },
    "cb_reduce_lr": {
        "en": "Epoch {epoch}: ReduceLROnPlateau reducing learning rate to {lr}.",
        "ko": "에포크 {epoch}: ReduceLROnPlateau가 학습률을 {lr}(으)로 줄입니다.",
    },
    # ModelCheckpoint
    "cb_save_freq": {
        "en": "ModelCheckpoint: save_freq must be 'epoch' or a whole number of batches >= 1, got {value!r}.",
        "ko": "ModelCheckpoint: save_freq는 'epoch'이거나 1 이상의 배치 수(정수)여야 하는데 {value!r}입니다.",
    },
    "cb_filepath_key": {
        "en": "ModelCheckpoint: cannot fill in filepath {filepath!r}: there is no value for {field!r}. Available: "
        "{keys}. Hint: use names from the logs, e.g. 'model-{{epoch:02d}}-{{val_loss:.2f}}.pt'.",
        "ko": "ModelCheckpoint: filepath {filepath!r}을(를) 채울 수 없습니다. {field!r}에 해당하는 값이 없습니다. "
        "있는 값: {keys}. 힌트: logs에 있는 이름을 쓰세요. 예: 'model-{{epoch:02d}}-{{val_loss:.2f}}.pt'.",
    },
    "cb_filepath_directory": {
        "en": "ModelCheckpoint: filepath {filepath!r} is an existing directory. Expected a file name. Hint: "
        "'{filepath}/model-{{epoch:02d}}.pt'.",
        "ko": "ModelCheckpoint: filepath {filepath!r}은(는) 이미 있는 폴더입니다. 파일 이름이어야 합니다. "
        "힌트: '{filepath}/model-{{epoch:02d}}.pt'.",
    },
    "cb_checkpoint_nan": {
        "en": "Epoch {epoch}: ModelCheckpoint did not save {filepath}: {monitor} is NaN, so the model is broken. "
        "Hint: training diverged; try a smaller learning rate.",
        "ko": "에포크 {epoch}: ModelCheckpoint가 {filepath}을(를) 저장하지 않았습니다. {monitor}이(가) NaN이라 "
        "모델이 망가졌습니다. 힌트: 학습이 발산했습니다. 학습률을 줄여 보세요.",
    },
    "cb_checkpoint_no_monitor": {
        "en": "ModelCheckpoint can save the best model only when {monitor!r} is in the logs; saving anyway. "
        "Available: {keys}.",
        "ko": "ModelCheckpoint는 logs에 {monitor!r}이(가) 있어야 가장 좋은 모델만 골라 저장할 수 있습니다. 일단 "
        "저장합니다. 있는 값: {keys}.",
    },
    "cb_checkpoint_improved": {
        "en": "Epoch {epoch}: {monitor} improved from {best} to {current:.5f}, saving model to {filepath}",
        "ko": "에포크 {epoch}: {monitor}이(가) {best}에서 {current:.5f}(으)로 좋아져서 모델을 {filepath}에 "
        "저장합니다",
    },
    "cb_checkpoint_not_improved": {
        "en": "Epoch {epoch}: {monitor} did not improve from {best}",
        "ko": "에포크 {epoch}: {monitor}이(가) {best}보다 좋아지지 않았습니다",
    },
    "cb_checkpoint_saving": {
        "en": "Epoch {epoch}: saving model to {filepath}",
        "ko": "에포크 {epoch}: 모델을 {filepath}에 저장합니다",
    },
    # ProgbarLogger
    "cb_progbar_epoch": {"en": "Epoch {epoch}/{epochs}", "ko": "에포크 {epoch}/{epochs}"},
    "cb_progbar_evaluate": {"en": "Evaluate", "ko": "평가"},
    "cb_progbar_predict": {"en": "Predict", "ko": "예측"},
    "cb_progbar_unit": {"en": "batch", "ko": "배치"},
}
