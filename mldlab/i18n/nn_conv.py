"""Messages of the convolution layers, F.pad and F.interpolate (nn_conv).

KEY: {"en": ..., "ko": ...}, the same {fields} in both.
"""

MESSAGES = {
    "conv_arg_form": {
        "en": "{op}: {name} must be one whole number or {dims} of them (one per spatial axis), got {name}={value}. "
        "Hint: e.g. {name}=1 or {name}=(1, 2).",
        "ko": "{op}: {name}은(는) 정수 하나이거나 공간 축마다 하나씩 {dims}개여야 하는데 {name}={value}입니다. "
        "힌트: 예를 들어 {name}=1 또는 {name}=(1, 2).",
    },
    "conv_arg_small": {
        "en": "{op}: {name} must be at least {minimum}, got {name}={value}.",
        "ko": "{op}: {name}은(는) {minimum} 이상이어야 하는데 {name}={value}입니다.",
    },
    "conv_padding_string": {
        "en": "{op}: padding {value} is not a padding PyTorch knows. Expected a number, a tuple, 'valid' (no "
        "padding) or 'same' (the output keeps the input's size).",
        "ko": "{op}: padding {value}은(는) PyTorch에 없는 패딩입니다. 숫자, 튜플, 'valid'(패딩 없음), "
        "'same'(출력 크기 = 입력 크기) 중 하나여야 합니다.",
    },
    "conv_same_stride": {
        "en": "{op}: padding='same' cannot be used with stride={stride} (PyTorch refuses it too: with a stride the "
        "output is smaller than the input). Hint: give the padding as a number, e.g. padding=k // 2 for a k×k "
        "kernel, or use stride=1.",
        "ko": "{op}: padding='same'은 stride={stride}와 함께 쓸 수 없습니다(PyTorch도 거부합니다. stride가 있으면 "
        "출력이 입력보다 작아집니다). 힌트: 패딩을 숫자로 주세요(k×k 커널이면 padding=k // 2). 아니면 "
        "stride=1을 쓰세요.",
    },
    "conv_not_tensor": {
        "en": "{op}: {name} must be a Tensor, got {type}. Hint: convert it with mldlab.tensor(...).",
        "ko": "{op}: {name}은(는) Tensor여야 하는데 {type}입니다. 힌트: mldlab.tensor(...)로 바꾸세요.",
    },
    "conv_weight_ndim": {
        "en": "{op}: the weight must have {ndim} dimensions {expected}, got shape {shape}.",
        "ko": "{op}: 가중치는 {ndim}차원 {expected}이어야 하는데 모양이 {shape}입니다.",
    },
    "conv_groups_value": {
        "en": "{op}: groups must be a whole number ≥ 1, got {groups}.",
        "ko": "{op}: groups는 1 이상의 정수여야 하는데 {groups}입니다.",
    },
    "conv_groups_out": {
        "en": "{op}: the weight's {out_channels} output channels cannot be split into groups={groups} equal "
        "groups. Hint: out_channels must be a multiple of groups.",
        "ko": "{op}: 가중치의 출력 채널 {out_channels}개를 groups={groups}개의 같은 크기 묶음으로 나눌 수 "
        "없습니다. 힌트: out_channels는 groups의 배수여야 합니다.",
    },
    "conv_input_ndim": {
        "en": "{layer} expected input of shape {expected}, got shape {shape} ({ndim} dimensions). Expected "
        "{batched} dimensions for a batch or {unbatched} for a single sample. Hint: a flat batch (N, 784) becomes "
        "images with x.view(-1, 1, 28, 28); a single gray image (H, W) gets its channel axis with x.unsqueeze(0).",
        "ko": "{layer}의 입력 모양은 {expected}이어야 하는데 {shape}({ndim}차원)입니다. 묶음은 {batched}차원, "
        "샘플 하나는 {unbatched}차원이어야 합니다. 힌트: 펼친 묶음 (N, 784)는 x.view(-1, 1, 28, 28)로 이미지로 "
        "바꾸고, 흑백 이미지 하나 (H, W)는 x.unsqueeze(0)으로 채널 축을 붙이세요.",
    },
    "conv_input_channels": {
        "en": "{layer} expected input of shape {expected} ({channels} channels), got shape {shape} ({got} "
        "channels, groups={groups}). Hint: in_channels must equal the channels of the input: 1 for a gray "
        "image, 3 for a colour one, or the out_channels of the convolution before.",
        "ko": "{layer}의 입력 모양은 {expected}(채널 {channels}개)이어야 하는데 {shape}(채널 {got}개, "
        "groups={groups})입니다. 힌트: in_channels는 입력의 채널 수와 같아야 합니다. 흑백 이미지는 1, 컬러 "
        "이미지는 3, 아니면 앞 합성곱 층의 out_channels입니다.",
    },
    "conv_bias_shape": {
        "en": "{op}: the bias must have shape ({out_channels},), one number per output channel, got shape {shape}.",
        "ko": "{op}: 편향은 출력 채널마다 하나씩 ({out_channels},) 모양이어야 하는데 {shape}입니다.",
    },
    "conv_dtype": {
        "en": "{layer} got input of type {dtype}, but its weights are {weight_dtype}. Expected the same floating "
        "type. Hint: convert the input, x = x.float() (NumPy arrays are float64), or the model, model.double().",
        "ko": "{layer}의 입력 타입은 {dtype}인데 가중치는 {weight_dtype}입니다. 같은 실수 타입이어야 합니다. "
        "힌트: 입력을 x = x.float()로 바꾸거나(NumPy 배열은 float64입니다), 모델을 model.double()로 바꾸세요.",
    },
    "conv_input_small": {
        "en": "{layer}: the input with its padding is {padded} per channel, smaller than the kernel {kernel} "
        "(which spans {reach} with its dilation). Hint: use a larger input, add padding, or remove a pooling "
        "layer before it.",
        "ko": "{layer}: 패딩을 더한 입력이 채널마다 {padded}로, 커널 {kernel}(dilation을 더하면 {reach})보다 "
        "작습니다. 힌트: 더 큰 입력을 쓰거나, 패딩을 더하거나, 앞의 풀링 층을 빼세요.",
    },
    "pad_not_tensor": {
        "en": "F.pad: the input must be a Tensor, got {type}. Hint: convert it with mldlab.tensor(...).",
        "ko": "F.pad: 입력은 Tensor여야 하는데 {type}입니다. 힌트: mldlab.tensor(...)로 바꾸세요.",
    },
    "pad_form": {
        "en": "F.pad: pad must be a tuple of whole numbers, got {pad}. Hint: pad=(1, 1) pads the last axis by one "
        "on each side; pad=(1, 1, 2, 2) also the axis before it by two.",
        "ko": "F.pad: pad는 정수 튜플이어야 하는데 {pad}입니다. 힌트: pad=(1, 1)은 마지막 축의 양쪽에 1씩, "
        "pad=(1, 1, 2, 2)는 그 앞 축에도 2씩 더합니다.",
    },
    "pad_odd": {
        "en": "F.pad: pad must have an even number of values, a (before, after) pair per axis, got {pad}.",
        "ko": "F.pad: pad는 축마다 (앞, 뒤) 한 쌍이므로 값의 개수가 짝수여야 하는데 {pad}입니다.",
    },
    "pad_mode": {
        "en": "F.pad: mode {mode} is not a padding mode. Expected one of {modes}.",
        "ko": "F.pad: mode {mode}은(는) 패딩 방식이 아닙니다. {modes} 중 하나여야 합니다.",
    },
    "pad_value_mode": {
        "en": "F.pad: mode '{mode}' copies numbers of the input and takes no fill value, got value={value}. "
        "Hint: value is for mode='constant'.",
        "ko": "F.pad: mode '{mode}'는 입력의 값을 복사하므로 채울 값을 받지 않는데 value={value}입니다. "
        "힌트: value는 mode='constant'에서 씁니다.",
    },
    "pad_too_long": {
        "en": "F.pad: pad has {length} values, one pair per axis, but the input has only {ndim} axes.",
        "ko": "F.pad: pad의 값이 {length}개(축마다 한 쌍)인데 입력의 축은 {ndim}개뿐입니다.",
    },
    "pad_mode_dims": {
        "en": "F.pad: mode '{mode}' with {length} pad values is not supported for an input with {ndim} "
        "dimensions. As in PyTorch: 2 values (the last axis) for 2-D or 3-D input, 4 for 3-D or 4-D, 6 for 4-D or "
        "5-D.",
        "ko": "F.pad: mode '{mode}'에 pad 값 {length}개는 {ndim}차원 입력에 쓸 수 없습니다. PyTorch처럼 "
        "2-D나 3-D 입력은 값 2개(마지막 축), 3-D나 4-D는 4개, 4-D나 5-D는 6개입니다.",
    },
    "pad_empty_axis": {
        "en": "F.pad: mode '{mode}' copies numbers from axis {axis}, which is empty in the input of shape {shape}.",
        "ko": "F.pad: mode '{mode}'는 축 {axis}의 값을 복사하는데, 모양 {shape}인 입력에서 이 축이 비어 있습니다.",
    },
    "pad_reflect_size": {
        "en": "F.pad: reflect padding ({before}, {after}) on axis {axis} of an input of shape {shape} is too wide: "
        "at most {limit} per side (one less than the axis's size). Hint: use mode='replicate' or 'constant', "
        "or a smaller pad.",
        "ko": "F.pad: 모양 {shape}인 입력의 축 {axis}에 reflect 패딩 ({before}, {after})은 너무 넓습니다. 한쪽에 "
        "최대 {limit}(축 크기보다 1 작게)입니다. 힌트: mode='replicate'나 'constant'를 쓰거나 pad를 줄이세요.",
    },
    "pad_circular_size": {
        "en": "F.pad: circular padding ({before}, {after}) on axis {axis} of an input of shape {shape} would wrap "
        "around more than once: at most {limit} per side (the axis's size).",
        "ko": "F.pad: 모양 {shape}인 입력의 축 {axis}에 circular 패딩 ({before}, {after})은 한 바퀴 넘게 "
        "돌아갑니다. 한쪽에 최대 {limit}(축 크기)입니다.",
    },
    "pad_negative_size": {
        "en": "F.pad: padding ({before}, {after}) removes more than all of axis {axis} of an input of shape "
        "{shape}.",
        "ko": "F.pad: 패딩 ({before}, {after})은 모양 {shape}인 입력의 축 {axis}보다 많이 잘라냅니다.",
    },
    "conv_layer_groups": {
        "en": "{layer}: {name}={channels} cannot be split into groups={groups} equal groups. Hint: {name} must be "
        "a multiple of groups (groups=1 connects every input channel to every output channel).",
        "ko": "{layer}: {name}={channels}을(를) groups={groups}개의 같은 크기 묶음으로 나눌 수 없습니다. 힌트: "
        "{name}은(는) groups의 배수여야 합니다(groups=1이면 모든 입력 채널이 모든 출력 채널에 이어집니다).",
    },
    "conv_layer_tuple": {
        "en": "{layer}: {name} must be one whole number or {dims} of them (one per spatial axis), got {value}.",
        "ko": "{layer}: {name}은(는) 정수 하나이거나 공간 축마다 하나씩 {dims}개여야 하는데 {value}입니다.",
    },
    "conv_padding_mode": {
        "en": "{layer}: padding_mode {mode} is not a padding mode. Expected one of {modes}.",
        "ko": "{layer}: padding_mode {mode}은(는) 패딩 방식이 아닙니다. {modes} 중 하나여야 합니다.",
    },
    "interp_not_tensor": {
        "en": "F.interpolate: the input must be a Tensor, got {type}. Hint: convert it with mldlab.tensor(...).",
        "ko": "F.interpolate: 입력은 Tensor여야 하는데 {type}입니다. 힌트: mldlab.tensor(...)로 바꾸세요.",
    },
    "interp_mode": {
        "en": "F.interpolate: mode {mode} is not built in mldlab; only mode='nearest' is. Hint: mode='nearest' "
        "repeats pixels (enough to enlarge a feature map or a small image).",
        "ko": "F.interpolate: mode {mode}은(는) mldlab에 없습니다. mode='nearest'만 있습니다. 힌트: "
        "mode='nearest'는 픽셀을 반복합니다(특징 맵이나 작은 이미지를 키우기에 충분합니다).",
    },
    "interp_nearest_option": {
        "en": "F.interpolate: {name} cannot be used with mode='nearest' (as in PyTorch). Hint: leave it out.",
        "ko": "F.interpolate: {name}은(는) mode='nearest'와 함께 쓸 수 없습니다(PyTorch와 같습니다). 힌트: "
        "빼고 부르세요.",
    },
    "interp_ndim": {
        "en": "F.interpolate expected input of shape (N, C, L), (N, C, H, W) or (N, C, D, H, W), got shape "
        "{shape}. Hint: a single image (C, H, W) becomes a batch of one with x.unsqueeze(0).",
        "ko": "F.interpolate의 입력 모양은 (N, C, L), (N, C, H, W), (N, C, D, H, W) 중 하나여야 하는데 "
        "{shape}입니다. 힌트: 이미지 하나 (C, H, W)는 x.unsqueeze(0)으로 묶음 하나로 만드세요.",
    },
    "interp_size_or_scale": {
        "en": "F.interpolate: give exactly one of size (the output's size) and scale_factor (how many times "
        "larger).",
        "ko": "F.interpolate: size(출력 크기)와 scale_factor(몇 배로 키울지) 중 하나만 주세요.",
    },
    "interp_size_form": {
        "en": "F.interpolate: {name}={value} does not fit an input with spatial shape {shape}. Expected one "
        "value or {dims} (one per spatial axis); sizes are whole numbers.",
        "ko": "F.interpolate: {name}={value}은(는) 공간 모양이 {shape}인 입력에 맞지 않습니다. 값 하나나 공간 축마다 "
        "하나씩 {dims}개여야 하고, size는 정수여야 합니다.",
    },
    "interp_empty": {
        "en": "F.interpolate: the output of an input with spatial shape {shape} would have shape {size}. Expected "
        "every size to be at least 1.",
        "ko": "F.interpolate: 공간 모양이 {shape}인 입력의 출력 모양이 {size}가 됩니다. 모든 크기는 1 "
        "이상이어야 합니다.",
    },
    "unflatten_size_form": {
        "en": "Unflatten: unflattened_size must be a non-empty tuple of whole numbers ≥ 0 (at most one −1, "
        "worked out from the others), got {value}. Hint: nn.Unflatten(1, (1, 28, 28)).",
        "ko": "Unflatten: unflattened_size는 0 이상의 정수로 된 비어 있지 않은 튜플이어야 하는데(−1은 하나까지, "
        "나머지로 계산합니다) {value}입니다. 힌트: nn.Unflatten(1, (1, 28, 28)).",
    },
    "unflatten_mismatch": {
        "en": "Unflatten(dim={dim}, unflattened_size={sizes}) cannot split axis {dim} of an input of shape "
        "{shape}: the sizes must multiply to its length. Hint: check the size of the layer before (e.g. 784 = "
        "1 × 28 × 28).",
        "ko": "Unflatten(dim={dim}, unflattened_size={sizes})은(는) 모양 {shape}인 입력의 축 {dim}을(를) 나눌 수 "
        "없습니다. 크기들의 곱이 그 축의 길이와 같아야 합니다. 힌트: 앞 층의 크기를 확인하세요(예: 784 = "
        "1 × 28 × 28).",
    },
}
