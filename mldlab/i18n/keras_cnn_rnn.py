"""Messages of the Keras front end's convolution, pooling, normalisation, embedding, recurrent layers (keras_cnn_rnn).

KEY: {"en": ..., "ko": ...}, the same {fields} in both.
"""

MESSAGES = {
    "keras_cnn_rnn_input_ndim": {
        "en": "{op} '{name}' expected inputs with {ndim} axes {layout}, got shape {shape}. Hint: check the layer "
              "before it, or keras.Input(shape=...) (the shape of one sample, without the batch axis).",
        "ko": "{op} '{name}' 층의 입력은 축이 {ndim}개 {layout}여야 하는데 모양이 {shape}입니다. 힌트: 앞 층이나 "
              "keras.Input(shape=...)(배치 축을 뺀 샘플 하나의 모양)을 확인하세요.",
    },
    "keras_cnn_rnn_sequence_input": {
        "en": "Recurrent layer '{name}' expected inputs (batch, time steps, {features}), got shape {shape}. Hint: "
              "a sequence layer needs three axes and the same number of features it was built for.",
        "ko": "순환 층 '{name}'의 입력은 (배치, 시점, {features}) 모양이어야 하는데 {shape}입니다. 힌트: 순환 층에는 "
              "축이 세 개이고 특성 수가 처음과 같은 입력이 필요합니다.",
    },
    "keras_cnn_rnn_initial_state": {
        "en": "Recurrent layer '{name}' expected initial_state as {count} tensor(s) of shape {shape}, got {got}.",
        "ko": "순환 층 '{name}'의 initial_state는 {shape} 모양의 텐서 {count}개여야 하는데 {got}입니다.",
    },
    "keras_cnn_rnn_no_nn": {
        "en": "'{name}' ({op}) has no equivalent among PyTorch's layers with these options (PyTorch's recurrent "
              "layers use tanh (or relu for RNN) with sigmoid gates, run forwards, and GRU resets after the "
              "product). Hint: keep the default activations to hand the layer on to PyTorch.",
        "ko": "'{name}'({op}) 층은 이 옵션으로는 PyTorch 층 가운데 같은 것이 없습니다(PyTorch의 순환 층은 tanh(RNN은 "
              "relu도)와 sigmoid 게이트를 쓰고, 앞에서부터 처리하며, GRU는 곱한 뒤에 reset합니다). 힌트: PyTorch로 "
              "넘기려면 기본 활성화 함수를 그대로 쓰세요.",
    },
    "keras_cnn_tuple": {
        "en": "{op}: {name} must be a whole number ≥ 1 or a tuple of {rank} of them, got {value}.",
        "ko": "{op}: {name}는 1 이상의 정수 하나나 그런 정수 {rank}개의 튜플이어야 하는데 {value}입니다.",
    },
    "keras_cnn_padding": {
        "en": "{op}: padding must be one of {allowed}, got {value}. Hint: 'same' keeps the size (with stride 1), "
              "'valid' uses whole windows only.",
        "ko": "{op}: padding은 {allowed} 중 하나여야 하는데 {value}입니다. 힌트: 'same'은 (stride 1일 때) 크기를 "
              "유지하고, 'valid'는 온전한 창만 씁니다.",
    },
    "keras_cnn_filters": {
        "en": "{op}: filters must be a whole number ≥ 1 (the number of output channels), got {value}.",
        "ko": "{op}: filters는 1 이상의 정수(출력 채널 수)여야 하는데 {value}입니다.",
    },
    "keras_cnn_groups": {
        "en": "{op}: groups must be a whole number ≥ 1 that divides the channels (filters = {filters}), got "
              "{value}.",
        "ko": "{op}: groups는 채널 수(filters = {filters})를 나누어떨어지게 하는 1 이상의 정수여야 하는데 "
              "{value}입니다.",
    },
    "keras_cnn_stride_dilation": {
        "en": "{op}: strides > 1 together with dilation_rate > 1 is not supported (as in Keras). Hint: use one of "
              "them.",
        "ko": "{op}: strides > 1과 dilation_rate > 1을 함께 쓸 수 없습니다(Keras와 같음). 힌트: 둘 중 하나만 쓰세요.",
    },
    "keras_cnn_conv_input": {
        "en": "{op} '{name}' expected channels-last inputs {layout} with {channels} channels, got shape {shape}. "
              "Hint: Keras keeps the channels last; images of shape (N, C, H, W) need x.transpose(0, 2, 3, 1).",
        "ko": "{op} '{name}' 층의 입력은 채널이 마지막인 {layout} 모양에 채널 {channels}개여야 하는데 모양이 "
              "{shape}입니다. 힌트: Keras는 채널을 마지막 축에 둡니다. (N, C, H, W) 이미지는 "
              "x.transpose(0, 2, 3, 1)로 바꾸세요.",
    },
    "keras_cnn_uneven_padding": {
        "en": "'{name}': its 'same' padding is uneven here {pairs} (more zeros after than before), which PyTorch's "
              "Conv layers cannot do. Hint: use an odd kernel size with stride 1, or padding='valid'.",
        "ko": "'{name}': 여기서 'same' 패딩이 한쪽으로 치우칩니다{pairs}(뒤쪽에 0이 더 많음). PyTorch의 Conv 층은 "
              "이렇게 할 수 없습니다. 힌트: stride 1에 홀수 커널을 쓰거나 padding='valid'를 쓰세요.",
    },
    "keras_cnn_pool_same": {
        "en": "'{name}': PyTorch's pooling layers have no padding='same'. Hint: use padding='valid' to hand the "
              "model on to PyTorch.",
        "ko": "'{name}': PyTorch의 풀링 층에는 padding='same'이 없습니다. 힌트: PyTorch로 넘기려면 "
              "padding='valid'를 쓰세요.",
    },
    "keras_cnn_axis": {
        "en": "{op}: axis must be a whole number (e.g. -1, the last axis), got {value}.",
        "ko": "{op}: axis는 정수(예: 마지막 축 -1)여야 하는데 {value}입니다.",
    },
    "keras_cnn_bn_number": {
        "en": "BatchNormalization: {name} must be a number (momentum in [0, 1], epsilon > 0), got {value}.",
        "ko": "BatchNormalization: {name}는 숫자(momentum은 0~1, epsilon은 0보다 큼)여야 하는데 {value}입니다.",
    },
    "keras_cnn_bn_axis": {
        "en": "BatchNormalization '{name}': axis={axis} is not a feature axis of inputs of shape {shape} (axis 0 is "
              "the batch).",
        "ko": "BatchNormalization '{name}': axis={axis}는 {shape} 모양 입력의 특성 축이 아닙니다(0번 축은 배치).",
    },
    "keras_cnn_bn_input": {
        "en": "BatchNormalization '{name}' expected inputs with {features} features along axis {axis} (and as many "
              "axes as when it was built), got shape {shape}.",
        "ko": "BatchNormalization '{name}' 층의 입력은 axis {axis}에 특성이 {features}개(축 수는 처음과 같게)여야 "
              "하는데 모양이 {shape}입니다.",
    },
    "keras_cnn_bn_no_nn": {
        "en": "BatchNormalization '{name}' (axis={axis}, inputs with {ndim} axes) has no PyTorch layer: PyTorch's "
              "BatchNorm1d/2d normalise the channels of tables, sequences and images. Hint: axis=-1.",
        "ko": "BatchNormalization '{name}'(axis={axis}, 축 {ndim}개 입력)에 해당하는 PyTorch 층이 없습니다. "
              "PyTorch의 BatchNorm1d/2d는 표, 시퀀스, 이미지의 채널을 정규화합니다. 힌트: axis=-1.",
    },
    "keras_cnn_embedding_size": {
        "en": "Embedding: {name} must be a whole number ≥ 1, got {value}.",
        "ko": "Embedding: {name}는 1 이상의 정수여야 하는데 {value}입니다.",
    },
    "keras_cnn_embedding_ids": {
        "en": "Embedding '{name}' expected whole-number ids, got values of type {dtype}. Hint: encode the text "
              "as ids first (e.g. CharTokenizer.encode).",
        "ko": "Embedding '{name}' 층에는 정수 id가 필요한데 {dtype} 값이 들어왔습니다. 힌트: 먼저 글을 id로 "
              "바꾸세요(예: CharTokenizer.encode).",
    },
    "keras_cnn_embedding_range": {
        "en": "Embedding '{name}' has ids 0 … {input_dim} − 1, got ids from {low} to {high}. Hint: input_dim must "
              "be the vocabulary's size.",
        "ko": "Embedding '{name}'의 id는 0 … {input_dim} − 1인데 {low}부터 {high}까지의 id가 들어왔습니다. 힌트: "
              "input_dim은 어휘 크기여야 합니다.",
    },
    "keras_cnn_to_nn_recurrent": {
        "en": "Model '{model}': the recurrent layer '{name}' cannot be handed on as an nn.Sequential: PyTorch's "
              "recurrent layers return (output, state), which no next layer takes. Hint: only a last layer with "
              "return_sequences=True is handed on; otherwise write the PyTorch class yourself "
              "(out, _ = self.rnn(x); return self.fc(out[:, -1])).",
        "ko": "모델 '{model}': 순환 층 '{name}'을 nn.Sequential로 넘길 수 없습니다. PyTorch의 순환 층은 (출력, 상태)를 "
              "돌려주는데 이를 받는 다음 층이 없습니다. 힌트: return_sequences=True인 마지막 층만 넘길 수 있습니다. "
              "그 밖에는 PyTorch 클래스를 직접 쓰세요(out, _ = self.rnn(x); return self.fc(out[:, -1])).",
    },
    "keras_cnn_to_nn_layout": {
        "en": "Model '{model}': layer '{name}' cannot be handed on to PyTorch at this place: PyTorch holds images "
              "channels-first (N, C, H, W) where Keras holds them channels-last, and no PyTorch layer moves the "
              "axes in the middle of an nn.Sequential. Hint: put convolutions and pooling first, then Flatten or "
              "GlobalAveragePooling2D, then Dense layers.",
        "ko": "모델 '{model}': '{name}' 층은 이 자리에서 PyTorch로 넘길 수 없습니다. Keras는 이미지를 채널이 마지막인 "
              "모양으로, PyTorch는 채널이 앞인 (N, C, H, W)로 다루는데, nn.Sequential 중간에서 축을 옮기는 PyTorch "
              "층이 없습니다. 힌트: 합성곱과 풀링을 앞에, 그다음 Flatten이나 GlobalAveragePooling2D, 그 뒤에 Dense "
              "층을 두세요.",
    },
    "keras_cnn_handoff_padding_mode": {
        "en": "Keras's convolutions pad with zeros only, here padding_mode='{mode}'",
        "ko": "Keras의 합성곱은 0으로만 채우는데, 여기서는 padding_mode='{mode}'입니다",
    },
    "keras_cnn_handoff_option": {
        "en": "Keras's layer has no option for what these arguments do ({option})",
        "ko": "이 인자들({option})이 하는 일을 Keras 층에서는 정할 수 없습니다",
    },
    "keras_cnn_handoff_adaptive": {
        "en": "only output_size=1 (one value per channel: GlobalAveragePooling2D) has a Keras layer, here "
              "output_size={size}; other sizes depend on the input's size",
        "ko": "output_size=1(채널마다 값 하나: GlobalAveragePooling2D)만 Keras 층이 있는데 여기서는 "
              "output_size={size}입니다. 다른 크기는 입력 크기에 따라 달라집니다",
    },
    "keras_cnn_handoff_cell": {
        "en": "{layer} runs one time step with its state given and returned, which no layer of a Keras Sequential "
              "does (Keras's cells live inside keras.layers.RNN); use the whole layer (RNN, LSTM, GRU) instead",
        "ko": "{layer}는 상태를 받아 한 시점만 계산해 상태를 돌려주는데, Keras Sequential의 층은 그렇게 하지 "
              "않습니다(Keras의 셀은 keras.layers.RNN 안에서 씁니다). 대신 층 전체(RNN, LSTM, GRU)를 쓰세요",
    },
    "keras_cnn_handoff_unflatten": {
        "en": "Keras's Reshape needs the sizes of all the other axes, which are not known here (dim={dim}, inputs "
              "with {ndim} axes)",
        "ko": "Keras의 Reshape에는 다른 축들의 크기가 모두 필요한데 여기서는 알 수 없습니다(dim={dim}, 입력 축 "
              "{ndim}개)",
    },
    "keras_cnn_handoff_after_recurrent": {
        "en": "a recurrent layer before it returns (output, state) in PyTorch, which no next layer of an "
              "nn.Sequential takes; the recurrent layer must come last",
        "ko": "앞의 순환 층이 PyTorch에서 (출력, 상태)를 돌려주는데 nn.Sequential의 다음 층은 이를 받지 못합니다. "
              "순환 층은 마지막에 와야 합니다",
    },
    "keras_cnn_reshape_target": {
        "en": "Reshape: target_shape must be a tuple of whole numbers ≥ 1 (one of them may be -1), got {value}.",
        "ko": "Reshape: target_shape는 1 이상의 정수들의 튜플(하나는 -1이어도 됨)이어야 하는데 {value}입니다.",
    },
    "keras_cnn_reshape_size": {
        "en": "Reshape '{name}' cannot lay out samples of shape {shape} as {target}: the numbers of values differ.",
        "ko": "Reshape '{name}'은 {shape} 모양의 샘플을 {target} 모양으로 바꿀 수 없습니다. 값의 개수가 다릅니다.",
    },
}
