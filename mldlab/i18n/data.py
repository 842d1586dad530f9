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
    "data_n_samples_classes": {
        "en": "{op}: n_samples must be at least {low} (one per class), got {value!r}.",
        "ko": "{op}: n_samples는 클래스마다 하나씩, 적어도 {low}이어야 하는데 {value!r}입니다.",
    },
    "data_whole_number": {
        "en": "{op}: {name} must be a whole number >= {low}, got {value!r}.",
        "ko": "{op}: {name}는 {low} 이상의 정수여야 하는데 {value!r}입니다.",
    },
    "data_positive": {
        "en": "{op}: {name} must be a number > 0, got {value!r}.",
        "ko": "{op}: {name}는 0보다 큰 숫자여야 하는데 {value!r}입니다.",
    },
    "data_seed": {
        "en": "{op}: seed must be a whole number >= 0 or None, got {value!r}.",
        "ko": "{op}: seed는 0 이상의 정수이거나 None이어야 하는데 {value!r}입니다.",
    },
    "data_factor": {
        "en": "circles: factor (the inner radius) must be in [0, 1), got {value!r}. Hint: 0.5 is the default.",
        "ko": "circles: factor(안쪽 원의 반지름)는 [0, 1) 범위여야 하는데 {value!r}입니다. 힌트: 기본값은 0.5입니다.",
    },
    "data_centers": {
        "en": "gaussians: centers must be a 2-D array with one row per class (at least 2), got shape {shape}.",
        "ko": "gaussians: centers는 클래스마다 한 행인 2차원 배열(2행 이상)이어야 하는데 모양이 {shape}입니다.",
    },
    "data_centers_classes": {
        "en": "gaussians: n_classes={n_classes} but centers has {k} rows. Hint: give only one of them.",
        "ko": "gaussians: n_classes={n_classes}인데 centers는 {k}행입니다. 힌트: 둘 중 하나만 주세요.",
    },
    "data_cluster_std_count": {
        "en": "gaussians: cluster_std needs one number per class ({k}), got {got}.",
        "ko": "gaussians: cluster_std는 클래스마다 하나씩 ({k}개) 필요한데 {got}개입니다.",
    },
    "data_label_noise": {
        "en": "gaussians: noise is the share of labels replaced at random and must be in [0, 1], got {value!r}. "
        "Hint: the spread of the clouds is cluster_std.",
        "ko": "gaussians: noise는 무작위로 바꿀 레이블의 비율이라 [0, 1] 범위여야 하는데 {value!r}입니다. "
        "힌트: 구름의 퍼짐은 cluster_std로 정합니다.",
    },
    "data_coef_count": {
        "en": "linear: coef has {got} weights but n_features={n_features}. Hint: give one weight per feature.",
        "ko": "linear: coef의 가중치는 {got}개인데 n_features={n_features}입니다. 힌트: 특성마다 가중치 하나씩 주세요.",
    },
    "data_sklearn_missing": {
        "en": "{name} needs scikit-learn, which ships the data files. Install it with: pip install 'mldlab[sklearn]'",
        "ko": "{name}에는 데이터 파일을 담고 있는 scikit-learn이 필요합니다. 설치: pip install 'mldlab[sklearn]'",
    },
    "data_csv_missing_file": {
        "en": "load_csv: no file at {path!r} (looked for {absolute}). Hint: a relative path starts from the "
        "working directory {cwd}; check the folder and the spelling.",
        "ko": "load_csv: {path!r}에 파일이 없습니다 ({absolute}에서 찾았습니다). 힌트: 상대 경로는 현재 작업 "
        "폴더 {cwd}에서 시작합니다. 폴더와 파일 이름을 확인하세요.",
    },
    "data_csv_encoding": {
        "en": "load_csv: cannot read {path!r} as text ({encoding}): line {line} has bytes that are not in this "
        "encoding. Hint: save it from Excel as 'CSV UTF-8', or give encoding=..., e.g. encoding='cp949'.",
        "ko": "load_csv: {path!r}을(를) 텍스트로 읽을 수 없습니다 ({encoding}). {line}번째 줄에 이 인코딩이 아닌 "
        "바이트가 있습니다. 힌트: Excel에서 'CSV UTF-8'로 저장하거나 encoding=...을 지정하세요. 예: "
        "encoding='cp949'.",
    },
    "data_csv_unknown_encoding": {
        "en": "load_csv: encoding={encoding!r} is not an encoding Python knows. Hint: e.g. 'utf-8', 'utf-8-sig' "
        "or 'cp949'.",
        "ko": "load_csv: encoding={encoding!r}은(는) 파이썬이 아는 인코딩이 아닙니다. 힌트: 예: 'utf-8', "
        "'utf-8-sig', 'cp949'.",
    },
    "data_csv_too_big": {
        "en": "load_csv: the file {path!r} has {size:,} bytes, more than the limit of {limit:,} bytes, so it was "
        "not read. Hint: use a smaller sample of the table, or raise the limit with max_bytes=... if you trust "
        "the file and have the memory.",
        "ko": "load_csv: 파일 {path!r}의 크기가 {size:,}바이트로 한도 {limit:,}바이트보다 커서 읽지 않았습니다. "
        "힌트: 표의 일부만 쓰거나, 믿을 수 있는 파일이고 메모리가 충분하면 max_bytes=...로 한도를 올리세요.",
    },
    "data_csv_max_bytes": {
        "en": "load_csv: max_bytes must be a whole number of bytes >= 0, got {value!r}. Hint: e.g. "
        "max_bytes=200_000_000 for 200 MB.",
        "ko": "load_csv: max_bytes는 0 이상의 정수(바이트 수)여야 하는데 {value!r}입니다. 힌트: 예: 200MB면 "
        "max_bytes=200_000_000.",
    },
    "data_csv_excel": {
        "en": "load_csv: {path!r} is an Excel workbook (.xlsx), not a CSV text file. Hint: in Excel, choose "
        "File → Save As → 'CSV UTF-8 (comma delimited)'.",
        "ko": "load_csv: {path!r}은(는) CSV 텍스트 파일이 아니라 Excel 통합 문서(.xlsx)입니다. 힌트: Excel에서 "
        "파일 → 다른 이름으로 저장 → 'CSV UTF-8(쉼표로 분리)'을 고르세요.",
    },
    "data_csv_binary": {
        "en": "load_csv: {path!r} is not a text file (line {line} holds a NUL byte, as binary files do). Expected "
        "a CSV table of text. Hint: check that you chose the right file; save tables from Excel as 'CSV UTF-8'.",
        "ko": "load_csv: {path!r}은(는) 텍스트 파일이 아닙니다 ({line}번째 줄에 바이너리 파일처럼 NUL 바이트가 "
        "있습니다). 텍스트로 된 CSV 표여야 합니다. 힌트: 올바른 파일을 골랐는지 확인하세요. Excel에서는 "
        "'CSV UTF-8'로 저장하세요.",
    },
    "data_csv_long_line": {
        "en": "load_csv: line {line} has {length:,} bytes, more than the limit of {limit:,}. Hint: a CSV "
        "table has one row per line; check that this is a table, and that the line ends are not lost.",
        "ko": "load_csv: {line}번째 줄이 {length:,}바이트로 한도 {limit:,}바이트보다 깁니다. 힌트: CSV 표는 한 줄에 한 "
        "행입니다. 표가 맞는지, 줄바꿈이 사라지지 않았는지 확인하세요.",
    },
    "data_csv_malformed": {
        "en": "load_csv: line {line} cannot be read as CSV: a value is longer than {limit:,} characters. Hint: "
        "a quote \" that is opened and never closed makes the rest of the file one value; check the quotes "
        "near line {line}.",
        "ko": "load_csv: {line}번째 줄을 CSV로 읽을 수 없습니다. 값 하나가 {limit:,}자보다 깁니다. 힌트: 열고 "
        "닫지 않은 따옴표 \"가 있으면 파일의 나머지가 값 하나가 됩니다. {line}번째 줄 근처의 따옴표를 "
        "확인하세요.",
    },
    "data_csv_too_many_columns": {
        "en": "load_csv: line {line} has {got:,} columns, more than the limit of {limit:,}. Hint: check the "
        "delimiter, and that the file is a table.",
        "ko": "load_csv: {line}번째 줄의 열이 {got:,}개로 한도 {limit:,}개보다 많습니다. 힌트: 구분자와, "
        "파일이 표인지 확인하세요.",
    },
    "data_csv_delimiter": {
        "en": "load_csv: delimiter must be one character (not a quote or a line end), got {value!r}. Hint: e.g. "
        "delimiter=',', ';' or '\\t'.",
        "ko": "load_csv: delimiter는 문자 하나여야 하는데(따옴표나 줄바꿈은 안 됨) {value!r}입니다. 힌트: 예: "
        "delimiter=',', ';', '\\t'.",
    },
    "data_csv_duplicate_columns": {
        "en": "load_csv: the column names {names} appear more than once in the header {columns}. Hint: give each "
        "column its own name, so that the target and the features can be told apart.",
        "ko": "load_csv: 열 이름 {names}이(가) 머리글 {columns}에 두 번 이상 나옵니다. 힌트: target과 특성을 "
        "구별할 수 있도록 열마다 다른 이름을 붙이세요.",
    },
    "data_csv_empty": {
        "en": "load_csv: the file {path!r} is empty.",
        "ko": "load_csv: 파일 {path!r}이(가) 비어 있습니다.",
    },
    "data_csv_no_rows": {
        "en": "load_csv: the file {path!r} has a header row but no data rows.",
        "ko": "load_csv: 파일 {path!r}에 머리글 행만 있고 데이터 행이 없습니다.",
    },
    "data_csv_ragged": {
        "en": "load_csv: line {line} has {got} values, expected {expected} like the first row. Hint: every row "
        "needs a value in every column, and a value containing the delimiter {delimiter!r} must be in quotes.",
        "ko": "load_csv: {line}번째 줄에 값이 {got}개 있는데, 첫 행처럼 {expected}개여야 합니다. 힌트: 모든 행의 "
        "모든 열에 값이 있어야 하고, 구분자 {delimiter!r}가 들어간 값은 따옴표로 감싸야 합니다.",
    },
    "data_csv_not_number": {
        "en": "load_csv: line {line}, column {column}: {value!r} is not a number. Hint: feature columns hold "
        "numbers only (a point for decimals, no units or thousands separators); give a column of words as target.",
        "ko": "load_csv: {line}번째 줄, {column} 열: {value!r}은(는) 숫자가 아닙니다. 힌트: 특성 열에는 숫자만 "
        "있어야 합니다 (소수점은 점, 단위나 천 단위 쉼표 없이). 단어로 된 열은 target으로 지정하세요.",
    },
    "data_csv_not_finite": {
        "en": "load_csv: line {line}, column {column}: {value!r} is not a finite number (NaN or infinity). Hint: "
        "a missing value is often written NaN; fill it in or delete the row.",
        "ko": "load_csv: {line}번째 줄, {column} 열: {value!r}은(는) 유한한 수가 아닙니다 (NaN이나 무한대). "
        "힌트: 결측값을 NaN으로 쓰는 경우가 많습니다. 값을 채우거나 그 행을 지우세요.",
    },
    "data_csv_too_large": {
        "en": "load_csv: line {line}, column {column}: {value!r} is too large for float32 (|x| ≤ {limit:.4g}); it "
        "would become infinity. Hint: change the unit (e.g. thousands), or standardise the column.",
        "ko": "load_csv: {line}번째 줄, {column} 열: {value!r}은(는) float32에 비해 너무 큽니다 "
        "(|x| ≤ {limit:.4g}). 무한대가 되어 버립니다. 힌트: 단위를 바꾸거나(예: 천 단위) 열을 표준화하세요.",
    },
    "data_csv_empty_cell": {
        "en": "load_csv: line {line}, column {column} is empty (a missing value). Hint: fill it in or delete the row.",
        "ko": "load_csv: {line}번째 줄, {column} 열이 비어 있습니다 (결측값). 힌트: 값을 채우거나 그 행을 지우세요.",
    },
    "data_csv_no_target": {
        "en": "load_csv: there is no column {target!r}; the columns are {columns}. Hint: check the spelling, "
        "and the delimiter (now {delimiter!r}).",
        "ko": "load_csv: {target!r} 열이 없습니다. 있는 열은 {columns}입니다. 힌트: 철자와 구분자(지금은 "
        "{delimiter!r})를 확인하세요.",
    },
    "data_csv_target_index": {
        "en": "load_csv: target={target} is outside the {n} columns: use 0 … {high}, or -1 for the last.",
        "ko": "load_csv: target={target}이(가) {n}개 열의 범위를 벗어났습니다. 0 … {high}, 또는 마지막 열은 -1을 "
        "쓰세요.",
    },
    "data_csv_target_header": {
        "en": "load_csv: target={target!r} is a column name, but with header=False the file has no names. "
        "Hint: give the column's position, e.g. target=-1.",
        "ko": "load_csv: target={target!r}은(는) 열 이름인데, header=False라서 파일에 열 이름이 없습니다. "
        "힌트: 열의 위치를 주세요. 예: target=-1.",
    },
    "data_csv_target_type": {
        "en": "load_csv: target must be a column name, a column position or None, got {value!r}.",
        "ko": "load_csv: target은 열 이름, 열 위치 또는 None이어야 하는데 {value!r}입니다.",
    },
    "data_csv_no_features": {
        "en": "load_csv: {path!r} has no feature columns besides the target.",
        "ko": "load_csv: {path!r}에는 target 말고 특성 열이 없습니다.",
    },
    "data_dataset_getitem": {
        "en": "{name}: a Dataset needs a __getitem__ method that returns sample i.",
        "ko": "{name}: Dataset에는 i번째 샘플을 돌려주는 __getitem__ 메서드가 필요합니다.",
    },
    "data_dataset_len": {
        "en": "{name}: a Dataset needs a __len__ method that returns the number of samples.",
        "ko": "{name}: Dataset에는 샘플 수를 돌려주는 __len__ 메서드가 필요합니다.",
    },
    "data_tensors_none": {
        "en": "TensorDataset: give at least one tensor, e.g. TensorDataset(X, y).",
        "ko": "TensorDataset: 텐서를 하나 이상 주세요. 예: TensorDataset(X, y).",
    },
    "data_tensors_0d": {
        "en": "TensorDataset: every tensor needs a first dimension (one row per sample), got a single number.",
        "ko": "TensorDataset: 모든 텐서에 첫 번째 차원(샘플마다 한 행)이 있어야 하는데 숫자 하나를 받았습니다.",
    },
    "data_tensors_lengths": {
        "en": "TensorDataset: all tensors need the same size in the first dimension (one row per sample), "
        "got shapes {shapes}.",
        "ko": "TensorDataset: 모든 텐서의 첫 번째 차원 크기(샘플 수)가 같아야 하는데 모양이 {shapes}입니다.",
    },
    "data_loader_dataset": {
        "en": "DataLoader: the dataset needs __len__ and __getitem__, got {type}. Hint: wrap arrays as "
        "TensorDataset(X, y).",
        "ko": "DataLoader: dataset에는 __len__과 __getitem__이 필요한데 {type}입니다. 힌트: 배열은 "
        "TensorDataset(X, y)로 감싸세요.",
    },
    "data_loader_batch_size": {
        "en": "DataLoader: batch_size must be a whole number >= 1, got {value!r}.",
        "ko": "DataLoader: batch_size는 1 이상의 정수여야 하는데 {value!r}입니다.",
    },
    "data_loader_seed_and_generator": {
        "en": "DataLoader: give seed or generator, not both.",
        "ko": "DataLoader: seed와 generator 중 하나만 주세요.",
    },
    "data_loader_generator": {
        "en": "DataLoader: generator must be an mldlab.Generator, got {type}. Hint: or give seed=0.",
        "ko": "DataLoader: generator는 mldlab.Generator여야 하는데 {type}입니다. 힌트: 아니면 seed=0을 주세요.",
    },
    "data_collate_sizes": {
        "en": "default_collate: the samples of a batch have different numbers of elements.",
        "ko": "default_collate: 한 배치의 샘플들이 가진 원소 개수가 서로 다릅니다.",
    },
    "data_collate_type": {
        "en": "default_collate: cannot stack samples of type {type}; expected tensors, arrays, numbers, strings, "
        "tuples or dicts. Hint: give DataLoader a collate_fn.",
        "ko": "default_collate: {type} 형의 샘플은 쌓을 수 없습니다. 텐서, 배열, 숫자, 문자열, 튜플, 딕셔너리여야 "
        "합니다. 힌트: DataLoader에 collate_fn을 주세요.",
    },
    "data_scaler_not_fitted": {
        "en": "{name} is not fitted yet: call fit(X_train) first, then transform.",
        "ko": "{name}가 아직 학습(fit)되지 않았습니다: 먼저 fit(X_train)을 호출한 뒤 transform하세요.",
    },
    "data_scaler_2d": {
        "en": "{name}: X must be 2-D (samples × features), got shape {shape}. Hint: X.reshape(-1, 1) for one "
        "feature.",
        "ko": "{name}: X는 2차원(샘플 × 특성)이어야 하는데 모양이 {shape}입니다. 힌트: 특성이 하나면 "
        "X.reshape(-1, 1).",
    },
    "data_scaler_features": {
        "en": "{name} was fitted on {expected} features, got X with {got}.",
        "ko": "{name}는 특성 {expected}개로 학습(fit)되었는데 X의 특성은 {got}개입니다.",
    },
    "data_scaler_empty": {
        "en": "{name}: X has no rows to learn from.",
        "ko": "{name}: X에 학습할 행이 없습니다.",
    },
    "data_scaler_range": {
        "en": "MinMaxScaler: feature_range must be (a, b) with a < b, got {value!r}.",
        "ko": "MinMaxScaler: feature_range는 a < b인 (a, b)여야 하는데 {value!r}입니다.",
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
    "split_seed_twice": {
        "en": "train_test_split: give seed or random_state (scikit-learn's name for it), not both: got seed={seed!r} "
              "and random_state={random_state!r}.",
        "ko": "train_test_split: seed와 random_state(scikit-learn에서 쓰는 이름) 중 하나만 주세요: seed={seed!r}, "
              "random_state={random_state!r}를 받았습니다.",
    },
}
