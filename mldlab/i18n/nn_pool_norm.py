"""Messages of pooling, batch and layer normalisation, embeddings (nn_pool_norm).

KEY: {"en": ..., "ko": ...}, the same {fields} in both.
"""

MESSAGES = {
    "pool_input_type": {
        "en": "{op}: input must be a Tensor, got {type}. Hint: wrap the data, x = mldlab.tensor(array).",
        "ko": "{op}: 입력은 Tensor여야 하는데 {type}입니다. 힌트: x = mldlab.tensor(array)로 감싸세요.",
    },
    "pool_input_shape": {
        "en": "{op} expected a non-empty input with {low} dimensions (unbatched) or {high} (a batch), got shape "
        "{shape}. Hint: images are (N, C, H, W) and sequences (N, C, L); x.unsqueeze(0) adds a batch axis of 1.",
        "ko": "{op}의 입력은 비어 있지 않은 {low}차원(배치 없이)이나 {high}차원(배치) 텐서여야 하는데 모양이 "
        "{shape}입니다. 힌트: 이미지는 (N, C, H, W), 시퀀스는 (N, C, L)입니다. x.unsqueeze(0)은 크기 1의 "
        "배치 축을 더합니다.",
    },
    "pool_float": {
        "en": "{op} needs floating-point input, got {dtype}. Hint: convert it, x = x.float().",
        "ko": "{op}의 입력은 실수형이어야 하는데 {dtype}입니다. 힌트: x = x.float()로 바꾸세요.",
    },
    "pool_size_type": {
        "en": "{op}: {name} must be a whole number or a tuple of {n} whole numbers, got {value}. Hint: e.g. "
        "{name}=2.",
        "ko": "{op}: {name}은(는) 정수 하나나 정수 {n}개의 튜플이어야 하는데 {value}입니다. 힌트: 예) {name}=2.",
    },
    "pool_size_value": {
        "en": "{op}: {name} must be >= {minimum}, got {value}.",
        "ko": "{op}: {name}은(는) {minimum} 이상이어야 하는데 {value}입니다.",
    },
    "pool_padding": {
        "en": "{op}: padding must be at most half of the window on each side, got padding={padding} with "
        "kernel_size={kernel_size}. Hint: a window of k inputs takes padding ≤ k // 2, e.g. kernel_size=3, "
        "padding=1.",
        "ko": "{op}: padding은 양쪽 모두 창 크기의 절반 이하여야 하는데 kernel_size={kernel_size}에 "
        "padding={padding}입니다. 힌트: 입력 k개짜리 창은 padding ≤ k // 2입니다. 예) kernel_size=3, padding=1.",
    },
    "pool_too_small": {
        "en": "{op}: an input of shape {shape} is too small for kernel_size={kernel_size}, stride={stride}, "
        "padding={padding}, dilation={dilation}: the output would have size {out}. Expected at least one window "
        "along each axis. Hint: use a smaller kernel_size, or pool fewer times before this layer.",
        "ko": "{op}: 모양이 {shape}인 입력은 kernel_size={kernel_size}, stride={stride}, padding={padding}, "
        "dilation={dilation}에 비해 너무 작아서 출력 크기가 {out}입니다. 축마다 창이 하나 이상이어야 합니다. "
        "힌트: kernel_size를 줄이거나, 이 층 앞에서 풀링을 덜 하세요.",
    },
    "norm_batch_ndim": {
        "en": "batch_norm expected an input with at least 2 dimensions (N, C, …), got shape {shape}. Hint: a single "
        "sample needs a batch axis, x.unsqueeze(0); batch normalisation needs several samples in training.",
        "ko": "batch_norm의 입력은 2차원 이상((N, C, …))이어야 하는데 모양이 {shape}입니다. 힌트: 샘플 하나에는 "
        "x.unsqueeze(0)으로 배치 축을 더하세요. 학습 중 배치 정규화에는 샘플이 여러 개 필요합니다.",
    },
    "norm_one_value": {
        "en": "batch_norm expected more than 1 value per channel when training, got input of shape {shape}. "
        "Hint: the batch statistics need at least 2 numbers per channel: use a batch of 2 or more, or call "
        "model.eval() to use the running statistics.",
        "ko": "batch_norm은 학습 중 채널마다 값이 2개 이상 필요한데 입력 모양이 {shape}입니다. 힌트: 배치 "
        "통계에는 채널마다 수가 2개 이상 있어야 합니다. 배치 크기를 2 이상으로 하거나, model.eval()로 이동 "
        "통계를 쓰세요.",
    },
    "norm_no_running": {
        "en": "batch_norm in evaluation mode (training=False) needs running_mean and running_var, got None for "
        "an input of shape {shape}. Hint: pass them, or training=True to use the batch statistics.",
        "ko": "평가 모드(training=False)의 batch_norm에는 running_mean과 running_var가 필요한데 None입니다"
        "(입력 모양 {shape}). 힌트: 둘을 주거나, training=True로 배치 통계를 쓰세요.",
    },
    "norm_channels": {
        "en": "batch_norm: {name} must have one number per channel, shape ({channels},), for an input of shape "
        "{shape} (channels on axis 1), got {got}. Hint: check num_features, or the number of channels of the "
        "layer before.",
        "ko": "batch_norm: 모양이 {shape}인 입력(채널은 1번 축)에는 {name}이(가) 채널마다 수 하나, 모양 "
        "({channels},)이어야 하는데 {got}입니다. 힌트: num_features나 앞 층의 채널 수를 확인하세요.",
    },
    "norm_dtype": {
        "en": "{op}: the input is {dtype}, but {name} is {other}. Expected the same type. Hint: convert the input, "
        "x = x.float(), or the model, model.double().",
        "ko": "{op}: 입력은 {dtype}인데 {name}은(는) {other}입니다. 같은 타입이어야 합니다. 힌트: 입력을 "
        "x = x.float()로, 또는 모델을 model.double()로 바꾸세요.",
    },
    "norm_number": {
        "en": "{op}: {name} must be a number >= 0, got {value}.",
        "ko": "{op}: {name}은(는) 0 이상의 수여야 하는데 {value}입니다.",
    },
    "embedding_tensor": {
        "en": "embedding: {name} must be a Tensor, got {type}. Hint: ids = mldlab.tensor([[1, 2, 4]]).",
        "ko": "embedding: {name}은(는) Tensor여야 하는데 {type}입니다. 힌트: ids = mldlab.tensor([[1, 2, 4]]).",
    },
    "embedding_weight_shape": {
        "en": "embedding: weight must be a table of shape (num_embeddings, embedding_dim), got shape {shape}.",
        "ko": "embedding: weight는 모양이 (num_embeddings, embedding_dim)인 표여야 하는데 모양이 {shape}입니다.",
    },
    "embedding_index_dtype": {
        "en": "embedding expected indices of type int64 or int32, got {dtype}. Hint: the input of an embedding "
        "holds whole numbers (token ids), e.g. ids = x.long().",
        "ko": "embedding의 인덱스는 int64나 int32여야 하는데 {dtype}입니다. 힌트: 임베딩의 입력은 정수(토큰 "
        "번호)입니다. 예) ids = x.long().",
    },
    "embedding_index_range": {
        "en": "embedding: index {value} is out of range for a table of {num} rows (expected 0 … {high}). Hint: "
        "num_embeddings must be larger than the largest id, e.g. the vocabulary size.",
        "ko": "embedding: 인덱스 {value}는 행이 {num}개인 표의 범위(0 … {high}) 밖입니다. 힌트: num_embeddings는 "
        "가장 큰 번호보다 커야 합니다. 예) 어휘 크기.",
    },
    "embedding_padding_idx": {
        "en": "embedding: padding_idx must be a whole number between {low} and {high} (within num_embeddings={num}), "
        "got {value}.",
        "ko": "embedding: padding_idx는 {low}와 {high} 사이의 정수(num_embeddings={num} 안)여야 하는데 "
        "{value}입니다.",
    },
    "embedding_positive": {
        "en": "embedding: {name} must be a number > 0, got {value}.",
        "ko": "embedding: {name}은(는) 0보다 큰 수여야 하는데 {value}입니다.",
    },
    "embedding_sparse": {
        "en": "embedding: sparse must be False, got {value}. mldlab computes dense gradients only. Hint: leave "
        "sparse=False; the numbers are the same.",
        "ko": "embedding: sparse는 False여야 하는데 {value}입니다. mldlab은 밀집 기울기만 계산합니다. 힌트: "
        "sparse=False로 두세요. 값은 같습니다.",
    },
    "embedding_given_shape": {
        "en": "Embedding: the given weight must have shape ({num}, {dim}) = (num_embeddings, embedding_dim), got "
        "{got}.",
        "ko": "Embedding: 주어진 weight의 모양은 ({num}, {dim}) = (num_embeddings, embedding_dim)이어야 하는데 "
        "{got}입니다.",
    },
    "embedding_pretrained": {
        "en": "Embedding.from_pretrained expected a 2-D Tensor (num_embeddings, embedding_dim), got {got}. Hint: "
        "embeddings = mldlab.tensor(table).",
        "ko": "Embedding.from_pretrained에는 2차원 Tensor (num_embeddings, embedding_dim)가 필요한데 {got}입니다. "
        "힌트: embeddings = mldlab.tensor(table).",
    },
    "norm_layer_ndim": {
        "en": "{layer} expected an input of shape {expected}, got {ndim}D input of shape {shape}. Hint: BatchNorm1d "
        "takes (N, C) or (N, C, L), BatchNorm2d takes images (N, C, H, W).",
        "ko": "{layer}의 입력 모양은 {expected}여야 하는데 모양이 {shape}인 {ndim}차원 입력입니다. 힌트: BatchNorm1d는 "
        "(N, C)나 (N, C, L), BatchNorm2d는 이미지 (N, C, H, W)를 받습니다.",
    },
    "norm_layer_channels": {
        "en": "{layer}({num}) expected an input with {num} channels on axis 1, got {got} (shape {shape}). Hint: "
        "num_features must be the number of channels of the layer before, e.g. Conv2d(1, {got}, 3) → "
        "{layer}({got}).",
        "ko": "{layer}({num})의 입력은 1번 축에 채널이 {num}개여야 하는데 {got}개입니다(모양 {shape}). 힌트: "
        "num_features는 앞 층의 채널 수여야 합니다. 예) Conv2d(1, {got}, 3) → {layer}({got}).",
    },
    "pool_divisor": {
        "en": "avg_pool2d: divisor_override must be a nonzero whole number or None, got {value}.",
        "ko": "avg_pool2d: divisor_override는 0이 아닌 정수나 None이어야 하는데 {value}입니다.",
    },
    "pool_output_size": {
        "en": "{op}: output_size must be a whole number or a tuple of {n} (whole numbers or None), got {value}. "
        "Hint: e.g. output_size=1 pools each channel to one number.",
        "ko": "{op}: output_size는 정수 하나나 {n}개(정수나 None)의 튜플이어야 하는데 {value}입니다. 힌트: "
        "예) output_size=1은 채널마다 수 하나로 줄입니다.",
    },
    "pool_output_size_value": {
        "en": "{op}: every output size must be >= 1, got output_size={value}.",
        "ko": "{op}: 출력 크기는 모두 1 이상이어야 하는데 output_size={value}입니다.",
    },
    "norm_normalized_shape": {
        "en": "{op}: normalized_shape must be a whole number >= 1 or a tuple of them, got {value}. Hint: e.g. "
        "normalized_shape=64 for 64 features.",
        "ko": "{op}: normalized_shape는 1 이상의 정수나 그런 정수의 튜플이어야 하는데 {value}입니다. 힌트: "
        "예) 특성이 64개면 normalized_shape=64.",
    },
    "norm_layer_shape": {
        "en": "layer_norm: normalized_shape={normalized_shape} expects an input whose last dimensions are "
        "{normalized_shape}, got shape {shape}. Hint: normalized_shape is the shape of one sample's features, "
        "e.g. LayerNorm(64) for inputs (N, 64).",
        "ko": "layer_norm: normalized_shape={normalized_shape}이면 입력의 마지막 차원들이 {normalized_shape}여야 "
        "하는데 모양이 {shape}입니다. 힌트: normalized_shape는 샘플 하나의 특성 모양입니다. 예) 입력이 "
        "(N, 64)면 LayerNorm(64).",
    },
    "norm_layer_weight": {
        "en": "layer_norm: {name} must have the shape normalized_shape={normalized_shape}, got {got}.",
        "ko": "layer_norm: {name}의 모양은 normalized_shape={normalized_shape}여야 하는데 {got}입니다.",
    },
    "pool_flag": {
        "en": "{op}: {name} must be True or False, got {value}.",
        "ko": "{op}: {name}은(는) True나 False여야 하는데 {value}입니다.",
    },
}
