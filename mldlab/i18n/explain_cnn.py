"""Messages of explain for convolutions, pooling, batch norm and LSTM steps (explain_cnn).

KEY: {"en": ..., "ko": ...}, the same {fields} in both.
"""

MESSAGES = {
    "explain_cnn_integer": {
        "en": "{op}: {name} must be a whole number, got {value} ({type}). Hint: counting starts at 0, e.g. "
              "{name}=0.",
        "ko": "{op}: {name}은(는) 정수여야 하는데 {value}({type})을(를) 받았습니다. 힌트: 번호는 0부터 셉니다. "
              "예: {name}=0.",
    },
    "explain_cnn_index": {
        "en": "{op}: {name}={value} is out of range: there are {size}, numbered 0 to {last}.",
        "ko": "{op}: {name}={value}은(는) 범위를 벗어납니다. {size}개가 있고 번호는 0부터 {last}까지입니다.",
    },
    "explain_cnn_position_type": {
        "en": "{op}: position must be a place in the output map with {dims} coordinates, got {value}. Hint: "
              "position={example}.",
        "ko": "{op}: position은 출력 맵의 한 자리, 곧 좌표 {dims}개여야 하는데 {value}을(를) 받았습니다. 힌트: "
              "position={example}.",
    },
    "explain_cnn_position": {
        "en": "{op}: position {value} is outside the output, whose map has shape {shape}. Expected 0 to {last}.",
        "ko": "{op}: position {value}은(는) 출력 밖입니다. 출력 맵의 모양은 {shape}입니다. 0부터 {last}까지의 "
              "자리를 주세요.",
    },
    "explain_cnn_layer_type": {
        "en": "{op}: expected a layer {expected}, got {got}.",
        "ko": "{op}: {expected} 가운데 하나의 층이 필요한데 {got}을(를) 받았습니다.",
    },
    "explain_cnn_no_conv": {
        "en": "{op}: the network {type} has no convolution (Conv1d or Conv2d) that its input goes through. Hint: "
              "give the convolution layer itself, with its input.",
        "ko": "{op}: 신경망 {type}에는 입력이 지나가는 합성곱 층(Conv1d 또는 Conv2d)이 없습니다. 힌트: 합성곱 층과 "
              "그 입력을 직접 주세요.",
    },
    "explain_cnn_lstm_hx": {
        "en": "{op}: hx must be the pair (h_0, c_0), got {type}. Hint: leave it out to start from zeros.",
        "ko": "{op}: hx는 (h_0, c_0) 한 쌍이어야 하는데 {type}을(를) 받았습니다. 힌트: 빼면 0에서 시작합니다.",
    },
    "explain_cnn_shapes": {"en": "Shapes: ", "ko": "모양: "},
    "explain_cnn_layer": {"en": "Layer: ", "ko": "층: "},
    "explain_cnn_layer_check": {
        "en": "The layer's own output there: {value}",
        "ko": "그 자리의 층 자신의 출력: {value}",
    },
    "explain_cnn_channel": {"en": "input channel {c}, {symbol}:", "ko": "입력 채널 {c}, {symbol}:"},
    "explain_cnn_more_channels": {
        "en": "… and {n} more input channels (their sums below)",
        "ko": "… 외 입력 채널 {n}개 (그 합은 아래에)",
    },
    "explain_cnn_conv_title": {
        "en": "Convolution: output channel {o} at ({at}), sample {sample}",
        "ko": "합성곱: 출력 채널 {o}의 ({at}) 자리, 샘플 {sample}",
    },
    "explain_cnn_conv_in_model": {
        "en": "the network's first convolution, layer '{name}', on the input that reaches it: ",
        "ko": "신경망의 첫 합성곱 층 '{name}', 그 층에 들어오는 입력으로: ",
    },
    "explain_cnn_conv_patch": {
        "en": "The patch of the input under the kernel: {where}",
        "ko": "커널 아래에 놓인 입력 조각: {where}",
    },
    "explain_cnn_conv_where": {
        "en": "rows {rows}, columns {columns} of input channel {channels}",
        "ko": "입력 채널 {channels}의 행 {rows}, 열 {columns}",
    },
    "explain_cnn_conv_where_1d": {
        "en": "places {columns} of input channel {channels}",
        "ko": "입력 채널 {channels}의 자리 {columns}",
    },
    "explain_cnn_conv_zeros": {
        "en": "a row or column below 0 or past the last lies outside the input: it is padding, 0",
        "ko": "0보다 작거나 마지막보다 큰 행·열은 입력 밖입니다. 그곳은 패딩이고 값은 0입니다",
    },
    "explain_cnn_conv_mode": {
        "en": "outside the input, padding_mode='{mode}' fills in values of the input itself",
        "ko": "입력 밖의 자리는 padding_mode='{mode}'에 따라 입력 자신의 값으로 채워집니다",
    },
    "explain_cnn_conv_kernel": {
        "en": "The kernel W[{o}] of output channel {o}:",
        "ko": "출력 채널 {o}의 커널 W[{o}]:",
    },
    "explain_cnn_conv_products": {"en": "The products, element by element:", "ko": "원소별 곱:"},
    "explain_cnn_conv_sum": {"en": "Their sum, plus the bias: ", "ko": "곱의 합에 편향을 더합니다: "},
    "explain_cnn_conv_no_bias": {"en": "no bias (bias=False): ", "ko": "편향 없음(bias=False): "},
    "explain_cnn_pool_max_title": {
        "en": "Max pooling: channel {c} at ({at}), sample {sample}",
        "ko": "최대 풀링: 채널 {c}의 ({at}) 자리, 샘플 {sample}",
    },
    "explain_cnn_pool_avg_title": {
        "en": "Average pooling: channel {c} at ({at}), sample {sample}",
        "ko": "평균 풀링: 채널 {c}의 ({at}) 자리, 샘플 {sample}",
    },
    "explain_cnn_pool_adaptive_title": {
        "en": "Adaptive average pooling: channel {c} at ({at}), sample {sample}",
        "ko": "적응형 평균 풀링: 채널 {c}의 ({at}) 자리, 샘플 {sample}",
    },
    "explain_cnn_pool_adaptive_max_title": {
        "en": "Adaptive max pooling: channel {c} at ({at}), sample {sample}",
        "ko": "적응형 최대 풀링: 채널 {c}의 ({at}) 자리, 샘플 {sample}",
    },
    "explain_cnn_pool_window": {"en": "The window: {where}", "ko": "창(window): {where}"},
    "explain_cnn_pool_where": {
        "en": "rows {rows}, columns {columns} of channel {c}",
        "ko": "채널 {c}의 행 {rows}, 열 {columns}",
    },
    "explain_cnn_pool_where_1d": {"en": "places {columns} of channel {c}", "ko": "채널 {c}의 자리 {columns}"},
    "explain_cnn_pool_minus_inf": {
        "en": "outside the input, max pooling pads with −∞: the padding is never the largest",
        "ko": "입력 밖은 최대 풀링에서 −∞로 채웁니다. 패딩은 결코 최댓값이 되지 않습니다",
    },
    "explain_cnn_pool_zeros": {
        "en": "outside the input, average pooling pads with 0",
        "ko": "입력 밖은 평균 풀링에서 0으로 채웁니다",
    },
    "explain_cnn_pool_largest": {
        "en": "Its largest value, at input row, column {place}: ",
        "ko": "창에서 가장 큰 값, 입력의 행, 열 {place} 자리: ",
    },
    "explain_cnn_pool_ties": {
        "en": "{n} places hold this value: PyTorch takes the first in reading order (left to right, top to bottom), "
              "and only that one gets the gradient",
        "ko": "이 값을 가진 자리가 {n}개입니다. PyTorch는 읽는 순서(왼쪽에서 오른쪽, 위에서 아래)로 첫 번째 자리를 "
              "고르고, 그 자리만 기울기를 받습니다",
    },
    "explain_cnn_pool_max_gradient": {
        "en": "The gradient flows back to that place only: ",
        "ko": "기울기는 그 자리로만 돌아갑니다: ",
    },
    "explain_cnn_pool_mean": {"en": "The sum of the window, divided by N: ", "ko": "창의 합을 N으로 나눕니다: "},
    "explain_cnn_pool_divisor_window": {
        "en": "N is the number of places in the window: ",
        "ko": "N은 창 안의 자리 수입니다: ",
    },
    "explain_cnn_pool_divisor_padding": {
        "en": "N counts the padding's places too (count_include_pad=True): ",
        "ko": "N은 패딩 자리까지 셉니다(count_include_pad=True): ",
    },
    "explain_cnn_pool_divisor_inside": {
        "en": "N counts only the places inside the input (count_include_pad=False): ",
        "ko": "N은 입력 안의 자리만 셉니다(count_include_pad=False): ",
    },
    "explain_cnn_pool_divisor_override": {"en": "N is divisor_override: ", "ko": "N은 divisor_override입니다: "},
    "explain_cnn_pool_mean_gradient": {
        "en": "Every place of the window gets the same share of the gradient: ",
        "ko": "창의 모든 자리가 기울기를 똑같이 나눠 받습니다: ",
    },
    "explain_cnn_bn_title": {
        "en": "Batch normalisation: feature {feature}, {mode}",
        "ko": "배치 정규화: 특성 {feature}, {mode}",
    },
    "explain_cnn_bn_training": {"en": "training mode", "ko": "학습 모드"},
    "explain_cnn_bn_eval": {"en": "evaluation mode", "ko": "평가 모드"},
    "explain_cnn_bn_values": {
        "en": "The feature's n = {n} values in the batch: ",
        "ko": "배치 안에서 이 특성의 값 n = {n}개: ",
    },
    "explain_cnn_bn_mean": {"en": "The batch mean: ", "ko": "배치 평균: "},
    "explain_cnn_bn_var": {"en": "The batch variance (divided by n): ", "ko": "배치 분산(n으로 나눔): "},
    "explain_cnn_bn_running": {
        "en": "In evaluation mode the running statistics learned during training replace the batch's:",
        "ko": "평가 모드에서는 학습하는 동안 모은 이동 통계가 배치의 통계를 대신합니다:",
    },
    "explain_cnn_bn_normalise": {"en": "Normalise: ", "ko": "정규화: "},
    "explain_cnn_bn_first": {"en": "the first value: ", "ko": "첫 번째 값: "},
    "explain_cnn_bn_scale": {
        "en": "Scale and shift by the learned γ (weight) and β (bias): ",
        "ko": "학습되는 γ(weight)로 늘이고 β(bias)만큼 옮깁니다: ",
    },
    "explain_cnn_bn_update": {
        "en": "Running statistics for evaluation mode, update {t}: ",
        "ko": "평가 모드에서 쓸 이동 통계, {t}번째 갱신: ",
    },
    "explain_cnn_bn_unbiased": {
        "en": "(the batch variance divided by n − 1 = {dof})",
        "ko": "(배치 분산을 n − 1 = {dof}(으)로 나눈 값)",
    },
    "explain_cnn_bn_no_update_eval": {
        "en": "Nothing is updated in evaluation mode: each sample's output does not depend on the rest of its batch",
        "ko": "평가 모드에서는 아무것도 갱신하지 않습니다. 각 샘플의 출력은 배치의 다른 샘플과 상관없습니다",
    },
    "explain_cnn_bn_no_running": {
        "en": "The layer keeps no running statistics (track_running_stats=False): it always uses the batch's",
        "ko": "이 층은 이동 통계를 두지 않습니다(track_running_stats=False). 언제나 배치의 통계를 씁니다",
    },
    "explain_cnn_bn_check": {"en": "The layer's own output: ", "ko": "층 자신의 출력: "},
    "explain_cnn_lstm_title": {
        "en": "LSTM step: time step t = {t}, sample {sample}",
        "ko": "LSTM 한 단계: 시간 단계 t = {t}, 샘플 {sample}",
    },
    "explain_cnn_lstm_input": {"en": "The input at this step: ", "ko": "이 단계의 입력: "},
    "explain_cnn_lstm_before": {
        "en": "The state after the step before: ",
        "ko": "바로 앞 단계가 남긴 상태: ",
    },
    "explain_cnn_lstm_start": {"en": "The starting state: ", "ko": "시작 상태: "},
    "explain_cnn_lstm_rows": {
        "en": "the gates' weights are stacked in PyTorch's order i, f, g, o (H = {h} rows for each gate)",
        "ko": "게이트의 가중치는 PyTorch의 순서 i, f, g, o로 쌓여 있습니다(게이트마다 H = {h}행)",
    },
    "explain_cnn_lstm_gate_i": {
        "en": "input gate, how much of the candidate to write: ",
        "ko": "입력 게이트, 후보를 얼마나 쓸지: ",
    },
    "explain_cnn_lstm_gate_f": {
        "en": "forget gate, how much of the old memory to keep: ",
        "ko": "망각 게이트, 옛 기억을 얼마나 남길지: ",
    },
    "explain_cnn_lstm_gate_g": {"en": "candidate, what could be written: ", "ko": "후보, 새로 쓸 수 있는 내용: "},
    "explain_cnn_lstm_gate_o": {
        "en": "output gate, how much of the memory to show: ",
        "ko": "출력 게이트, 기억을 얼마나 내보일지: ",
    },
    "explain_cnn_lstm_unit": {"en": "unit 0: ", "ko": "유닛 0: "},
    "explain_cnn_lstm_unit_parts": {
        "en": "unit 0, the part from xₜ plus the part from hₜ₋₁: ",
        "ko": "유닛 0, xₜ에서 온 부분 더하기 hₜ₋₁에서 온 부분: ",
    },
    "explain_cnn_lstm_memory": {"en": "The new memory (cell state): ", "ko": "새 기억(셀 상태): "},
    "explain_cnn_lstm_hidden": {
        "en": "The new hidden state, the output of this step: ",
        "ko": "새 은닉 상태, 이 단계의 출력: ",
    },
    "explain_cnn_lstm_check": {
        "en": "The same as the layer's own hₜ and cₜ",
        "ko": "층 자신의 hₜ, cₜ와 같습니다",
    },
}
