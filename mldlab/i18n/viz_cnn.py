"""Messages of the CNN and RNN figures (viz_cnn).

KEY: {"en": ..., "ko": ...}, the same {fields} in both.
"""

MESSAGES = {
    "viz_cnn_not_a_module": {
        "en": "{op}: expected an mldlab network (an nn.Module or a Model), got {type}.",
        "ko": "{op}: mldlab 신경망(nn.Module 또는 Model)이 필요한데 {type}을(를) 받았습니다.",
    },
    "viz_cnn_not_sequential": {
        "en": "{op}: expected a network built as a sequence of layers (nn.Sequential), got {type}. Hint: the figure "
              "runs the layers one by one; write the network as nn.Sequential(...).",
        "ko": "{op}: 층을 차례로 쌓은 신경망(nn.Sequential)이 필요한데 {type}을(를) 받았습니다. 힌트: 그림은 층을 "
              "하나씩 차례로 실행합니다. 신경망을 nn.Sequential(...)로 만들어 주세요.",
    },
    "viz_cnn_one_image": {
        "en": "{op}: expected one image of shape (H, W), (C, H, W) or (1, C, H, W), got shape {shape}. Hint: pick "
              "one image from a batch, e.g. X[0].",
        "ko": "{op}: 모양이 (H, W), (C, H, W) 또는 (1, C, H, W)인 이미지 한 장이 필요한데 모양이 {shape}입니다. "
              "힌트: 배치에서 이미지 한 장을 고르세요. 예: X[0]",
    },
    "viz_cnn_no_conv": {
        "en": "{op}: {type} has no convolution layer (Conv2d or Conv1d), so it has no kernels to draw.",
        "ko": "{op}: {type}에는 합성곱 층(Conv2d 또는 Conv1d)이 없어서 그릴 커널이 없습니다.",
    },
    "viz_cnn_conv_index": {
        "en": "{op}: layer must be the number of a convolution layer, from 0 to {n} − 1 (or negative from the end), "
              "got {value}.",
        "ko": "{op}: layer는 합성곱 층의 번호로 0부터 {n} − 1까지(끝에서 세면 음수)여야 하는데 {value}을(를) "
              "받았습니다.",
    },
    "viz_cnn_channel": {
        "en": "{op}: {name} must be channel numbers from 0 to {n} − 1, got {value}.",
        "ko": "{op}: {name}은(는) 0부터 {n} − 1까지의 채널 번호여야 하는데 {value}을(를) 받았습니다.",
    },
    "viz_cnn_out_channel": {"en": "output channel {o}", "ko": "출력 채널 {o}"},
    "viz_cnn_in_short": {"en": "in {c}", "ko": "입력 {c}"},
    "viz_cnn_out_short": {"en": "out {o}", "ko": "출력 {o}"},
    "viz_cnn_weight": {"en": "weight (red > 0, blue < 0)", "ko": "가중치 (빨강 > 0, 파랑 < 0)"},
    "viz_cnn_kernels_title": {
        "en": "The {k_h} × {k_w} kernels of {layer}: each output channel looks for its pattern",
        "ko": "{layer}의 {k_h} × {k_w} 커널: 출력 채널마다 자기 무늬를 찾습니다",
    },
    "viz_cnn_max_channels": {
        "en": "{op}: max_channels must be a whole number of at least 1, got {value}.",
        "ko": "{op}: max_channels는 1 이상의 정수여야 하는데 {value}을(를) 받았습니다.",
    },
    "viz_cnn_positive_int": {
        "en": "{op}: {name} must be a whole number of at least 1, got {value}.",
        "ko": "{op}: {name}은(는) 1 이상의 정수여야 하는데 {value}을(를) 받았습니다.",
    },
    "viz_cnn_input": {"en": "input {shape}", "ko": "입력 {shape}"},
    "viz_cnn_channel_short": {"en": "channel {c}", "ko": "채널 {c}"},
    "viz_cnn_first_channels": {"en": "(the first {shown} of {n} channels)", "ko": "(채널 {n}개 중 처음 {shown}개)"},
    "viz_cnn_no_maps": {
        "en": "{op}: no layer of this network outputs feature maps (N, C, H, W). Hint: feature maps come from "
              "convolution and pooling layers; an MLP flattens the image first.",
        "ko": "{op}: 이 신경망에는 특성 맵 (N, C, H, W)을 내는 층이 없습니다. 힌트: 특성 맵은 합성곱 층과 풀링 "
              "층이 만듭니다. MLP는 이미지를 먼저 한 줄로 폅니다.",
    },
    "viz_cnn_maps_title": {
        "en": "Feature maps: what each layer makes of the image",
        "ko": "특성 맵: 층마다 이미지를 어떻게 바꾸는지",
    },
    "viz_cnn_rf_layer": {
        "en": "{op}: cannot follow the receptive field through {layer}. Hint: choose a layer before it; convolution, "
              "max and average pooling, activations and batch norm are supported.",
        "ko": "{op}: {layer}을(를) 거치는 수용 영역은 따라갈 수 없습니다. 힌트: 그 앞의 층을 고르세요. 합성곱, 최대·"
              "평균 풀링, 활성화 함수, 배치 정규화를 지원합니다.",
    },
    "viz_cnn_rf_which": {
        "en": "{op}: layer must choose a layer whose output is a stack of feature maps (its index or the layer "
              "itself; these indices: {maps}), got {value}.",
        "ko": "{op}: layer는 출력이 특성 맵인 층이어야 합니다(번호 또는 층 자체; 가능한 번호: {maps}). 받은 값: "
              "{value}",
    },
    "viz_cnn_rf_no_input": {
        "en": "{op}: give an image x to draw the field on, or its size as input_size=(H, W).",
        "ko": "{op}: 수용 영역을 그릴 이미지 x나, 그 크기 input_size=(H, W)를 주세요.",
    },
    "viz_cnn_rf_input_size": {
        "en": "{op}: input_size must be two positive whole numbers (H, W), got {value}.",
        "ko": "{op}: input_size는 양의 정수 두 개 (H, W)여야 하는데 {value}을(를) 받았습니다.",
    },
    "viz_cnn_position": {
        "en": "{op}: position must be (row, column) inside the chosen layer's {height} × {width} map, got {value}.",
        "ko": "{op}: position은 고른 층의 {height} × {width} 맵 안의 (행, 열)이어야 하는데 {value}을(를) "
              "받았습니다.",
    },
    "viz_cnn_rf_input": {
        "en": "input: the unit sees this {size} box\n(outside the image: padding)",
        "ko": "입력: 이 유닛은 {size} 상자를 봅니다\n(이미지 밖은 패딩)",
    },
    "viz_cnn_rf_gradient": {
        "en": "|∂out/∂x| by backward: 0 outside the box",
        "ko": "역전파로 구한 |∂출력/∂x|: 상자 밖은 0",
    },
    "viz_cnn_rf_unit": {
        "en": "its map (channel {channel}, {shape})\nthe unit at ({i}, {j})",
        "ko": "그 층의 맵 (채널 {channel}, {shape})\n({i}, {j})의 유닛",
    },
    "viz_cnn_rf_title": {
        "en": "Receptive field of one unit of layer {n}, {layer}",
        "ko": "{n}번 층 {layer}의 유닛 하나의 수용 영역",
    },
    "viz_cnn_scores": {
        "en": "{op}: the network must give one score per class for one image, shape (1, K), got shape {shape}.",
        "ko": "{op}: 신경망은 이미지 한 장에 클래스마다 점수 하나, 모양 (1, K)을 내야 하는데 모양이 {shape}입니다.",
    },
    "viz_cnn_target": {
        "en": "{op}: target must be a class number from 0 to {n} − 1, got {value}.",
        "ko": "{op}: target은 0부터 {n} − 1까지의 클래스 번호여야 하는데 {value}을(를) 받았습니다.",
    },
    "viz_cnn_class_names": {
        "en": "{op}: expected {n} class names (one per score), got {got}.",
        "ko": "{op}: 클래스 이름이 {n}개(점수마다 하나) 필요한데 {got}개를 받았습니다.",
    },
    "viz_cnn_saliency_input": {
        "en": "the image: predicted {label} (p = {p})",
        "ko": "이미지: 예측 {label} (p = {p})",
    },
    "viz_cnn_saliency_map": {
        "en": "saliency map |∂s{k}/∂x|\n(the score of class {label})",
        "ko": "돌출 맵 |∂s{k}/∂x|\n(클래스 {label}의 점수)",
    },
    "viz_cnn_saliency_title": {
        "en": "Saliency: the pixels whose change would move the score most",
        "ko": "돌출 맵: 바뀌면 점수가 가장 크게 움직이는 픽셀",
    },
    "viz_cnn_no_recurrent": {
        "en": "{op}: {type} has no recurrent layer ({kinds}).",
        "ko": "{op}: {type}에는 순환 층({kinds})이 없습니다.",
    },
    "viz_cnn_tokenizer": {
        "en": "{op}: a text sequence needs the tokenizer that turns it into ids, e.g. tokenizer=CharTokenizer(text).",
        "ko": "{op}: 글자 시퀀스에는 이를 번호로 바꿀 토크나이저가 필요합니다. 예: tokenizer=CharTokenizer(text)",
    },
    "viz_cnn_sequence_shape": {
        "en": "{op}: expected one sequence of shape (T, {n}) (or (T,) when {n} is 1, or token ids for a model with an "
              "Embedding), got shape {shape}.",
        "ko": "{op}: 모양이 (T, {n})인 시퀀스 하나가 필요한데(크기가 1이면 (T,), Embedding이 있는 모델이면 토큰 "
              "번호) 모양이 {shape}입니다.",
    },
    "viz_cnn_labels": {
        "en": "{op}: expected one label per step ({n}), got {got}.",
        "ko": "{op}: 단계마다 레이블 하나({n}개)가 필요한데 {got}개를 받았습니다.",
    },
    "viz_cnn_time_step": {"en": "time step t", "ko": "시간 단계 t"},
    "viz_cnn_unit": {"en": "unit", "ko": "유닛"},
    "viz_cnn_hidden_value": {"en": "value of hₜ", "ko": "hₜ의 값"},
    "viz_cnn_unrolled_title": {
        "en": "{layer} unrolled over time, the same weights at every step: {formula}",
        "ko": "시간에 따라 펼친 {layer}, 모든 단계에서 같은 가중치: {formula}",
    },
    "viz_cnn_first_steps": {"en": "the first {n} of {T} steps", "ko": "{T}단계 중 처음 {n}단계"},
    "viz_cnn_first_units": {"en": "the first {units} of {H} units", "ko": "유닛 {H}개 중 처음 {units}개"},
    "viz_cnn_lstm_layer": {
        "en": "{op}: layer must be a layer number from 0 to {n} − 1, got {value}.",
        "ko": "{op}: layer는 0부터 {n} − 1까지의 층 번호여야 하는데 {value}을(를) 받았습니다.",
    },
    "viz_cnn_lstm_proj": {
        "en": "{op}: an LSTM with proj_size={proj_size} is not drawn (its hₜ is projected). Hint: use proj_size=0.",
        "ko": "{op}: proj_size={proj_size}인 LSTM은 그리지 않습니다(hₜ가 사영됨). 힌트: proj_size=0을 쓰세요.",
    },
    "viz_cnn_gate_i": {"en": "input gate iₜ = σ(…): how much to write", "ko": "입력 게이트 iₜ = σ(…): 얼마나 쓸지"},
    "viz_cnn_gate_f": {"en": "forget gate fₜ = σ(…): how much to keep", "ko": "망각 게이트 fₜ = σ(…): 얼마나 남길지"},
    "viz_cnn_gate_g": {"en": "new content gₜ = tanh(…)", "ko": "새 내용 gₜ = tanh(…)"},
    "viz_cnn_gate_o": {"en": "output gate oₜ = σ(…): how much to show", "ko": "출력 게이트 oₜ = σ(…): 얼마나 보일지"},
    "viz_cnn_state_c": {"en": "cell state cₜ = fₜ⊙cₜ₋₁ + iₜ⊙gₜ", "ko": "셀 상태 cₜ = fₜ⊙cₜ₋₁ + iₜ⊙gₜ"},
    "viz_cnn_state_h": {"en": "hidden state hₜ = oₜ⊙tanh(cₜ)", "ko": "은닉 상태 hₜ = oₜ⊙tanh(cₜ)"},
    "viz_cnn_gates_title": {
        "en": "The gates of {layer} (layer {n}) over the sequence, recomputed from its weights",
        "ko": "시퀀스를 따라 본 {layer} {n}번 층의 게이트: 가중치로 다시 계산",
    },
    "viz_cnn_grad_lstm_open": {"en": "LSTM (forget bias +{b})", "ko": "LSTM (망각 편향 +{b})"},
    "viz_cnn_grad_layer": {
        "en": "{op}: expected one-layer, one-direction recurrent layers (nn.RNN, nn.LSTM, nn.GRU), got {type}.",
        "ko": "{op}: 한 층, 한 방향의 순환 층(nn.RNN, nn.LSTM, nn.GRU)이 필요한데 {type}을(를) 받았습니다.",
    },
    "viz_cnn_grad_input": {
        "en": "{op}: {layer} takes {n} numbers per step but X has shape {shape} (N, T, features).",
        "ko": "{op}: {layer}은(는) 단계마다 숫자 {n}개를 받는데 X의 모양은 {shape} (N, T, 특성)입니다.",
    },
    "viz_cnn_grad_data": {
        "en": "{op}: expected X of shape (N, T, features) with T ≥ 2 and y with one row per sequence, got "
              "{shape_X} and {shape_y}.",
        "ko": "{op}: 모양이 (N, T, 특성)이고 T ≥ 2인 X와 시퀀스마다 행이 하나인 y가 필요한데 {shape_X}와(과) "
              "{shape_y}을(를) 받았습니다.",
    },
    "viz_cnn_grad_ratio": {
        "en": "{label}: ‖∂L/∂h₁‖ / ‖∂L/∂h{T}‖ = {ratio}",
        "ko": "{label}: ‖∂L/∂h₁‖ / ‖∂L/∂h{T}‖ = {ratio}",
    },
    "viz_cnn_grad_title": {
        "en": "How much gradient of the loss at step {T} reaches each earlier step",
        "ko": "{T}단계의 손실 기울기가 앞 단계마다 얼마나 전해지는지",
    },
    "viz_cnn_grad_axis": {"en": "‖∂L/∂hₜ‖ (log scale)", "ko": "‖∂L/∂hₜ‖ (로그 눈금)"},
    "viz_cnn_history": {
        "en": "{op}: each history must be a History, a fitted Model or a dict with 'loss' and 'val_accuracy' per "
              "epoch, got {type}. Hint: fit with validation_data=(X_test, y_test) and metrics=['accuracy'].",
        "ko": "{op}: 기록은 History, 학습된 Model, 또는 에포크마다 'loss'와 'val_accuracy'가 있는 dict여야 하는데 "
              "{type}을(를) 받았습니다. 힌트: validation_data=(X_test, y_test)와 metrics=['accuracy']로 "
              "학습하세요.",
    },
    "viz_cnn_histories": {
        "en": "{op}: histories must be a pair (the CNN's, the MLP's), got {type}.",
        "ko": "{op}: histories는 (CNN의 기록, MLP의 기록) 한 쌍이어야 하는데 {type}을(를) 받았습니다.",
    },
    "viz_cnn_images": {
        "en": "{op}: expected images X of shape (N, C, H, W) and one label per image, got shape {shape} and {n} "
              "labels.",
        "ko": "{op}: 모양이 (N, C, H, W)인 이미지 X와 이미지마다 레이블 하나가 필요한데 모양 {shape}, 레이블 {n}개를 "
              "받았습니다.",
    },
    "viz_cnn_with_parameters": {"en": "{name}, {n} parameters", "ko": "{name}, 파라미터 {n}개"},
    "viz_cnn_train_curve": {"en": "{name}: training", "ko": "{name}: 학습"},
    "viz_cnn_test_curve": {"en": "{name}: test", "ko": "{name}: 테스트"},
    "viz_cnn_final_accuracy": {"en": "{name}: last {accuracy}", "ko": "{name}: 마지막 {accuracy}"},
    "viz_cnn_loss_axis": {"en": "cross-entropy loss", "ko": "교차 엔트로피 손실"},
    "viz_cnn_test_accuracy": {"en": "test accuracy", "ko": "테스트 정확도"},
    "viz_cnn_vs_mlp_title": {
        "en": "CNN vs MLP on the same images: a CNN shares its kernels' few weights over the whole image",
        "ko": "같은 이미지로 본 CNN 대 MLP: CNN은 커널의 적은 가중치를 이미지 전체에서 함께 씁니다",
    },
}
