"""Messages of the recurrent layers (RNN, LSTM, GRU and their cells) (nn_rnn).

KEY: {"en": ..., "ko": ...}, the same {fields} in both.
"""

MESSAGES = {
    "rnn_nonlinearity": {
        "en": "{layer}: unknown nonlinearity {value}. Expected 'tanh' or 'relu'. Hint: nonlinearity='tanh' is the "
        "slides' h_t = tanh(W_ih x_t + b_ih + W_hh h_(t−1) + b_hh).",
        "ko": "{layer}: nonlinearity {value}는 알 수 없는 값입니다. 'tanh'나 'relu'여야 합니다. 힌트: "
        "nonlinearity='tanh'가 슬라이드의 h_t = tanh(W_ih x_t + b_ih + W_hh h_(t−1) + b_hh)입니다.",
    },
    "rnn_dropout": {
        "en": "{layer}: dropout must be a number between 0 and 1 (the probability of zeroing each output of a layer "
        "before the next layer), got {value}. Hint: dropout=0.2 with num_layers=2 or more.",
        "ko": "{layer}: dropout은 0과 1 사이의 수(다음 층으로 가기 전에 한 층의 출력을 하나씩 0으로 만들 확률)여야 "
        "하는데 {value}입니다. 힌트: num_layers=2 이상에서 dropout=0.2처럼 쓰세요.",
    },
    "rnn_dropout_one_layer": {
        "en": "{layer}: dropout={dropout} is applied between stacked layers only (after every layer but the last), "
        "so with num_layers={num_layers} it does nothing. Hint: use num_layers=2 or more, or nn.Dropout after "
        "the layer.",
        "ko": "{layer}: dropout={dropout}은 쌓은 층 사이(마지막을 뺀 각 층 뒤)에만 적용되므로 "
        "num_layers={num_layers}에서는 아무 일도 하지 않습니다. 힌트: num_layers=2 이상으로 하거나, 층 뒤에 "
        "nn.Dropout을 두세요.",
    },
    "rnn_proj_size": {
        "en": "{layer}: proj_size must be a whole number from 0 (no projection) to hidden_size − 1 = {largest}, "
        "got {value}. Hint: proj_size=0 keeps h_t of size hidden_size.",
        "ko": "{layer}: proj_size는 0(사영 없음)부터 hidden_size − 1 = {largest}까지의 정수여야 하는데 {value}입니다. "
        "힌트: proj_size=0이면 h_t의 크기가 hidden_size 그대로입니다.",
    },
    "rnn_input_ndim": {
        "en": "{layer} expected input of shape {batched} (a batch of sequences) or {unbatched} (one sequence), got "
        "{ndim} dimension(s), shape {shape}. Hint: one sequence of L steps with {input_size} features each is "
        "(L, {input_size}); a batch adds N.",
        "ko": "{layer}의 입력은 모양이 {batched}(시퀀스 묶음)나 {unbatched}(시퀀스 하나)여야 하는데 {ndim}차원, 모양 "
        "{shape}입니다. 힌트: 특성이 {input_size}개인 L단계 시퀀스 하나는 (L, {input_size})이고, 묶음이면 N이 "
        "붙습니다.",
    },
    "rnn_input_size": {
        "en": "{layer} expected input of shape {expected}, got {shape}: the last dimension must be input_size = "
        "{input_size}. Hint: check input_size, or batch_first (batch_first={batch_first}: {layout}).",
        "ko": "{layer}의 입력은 모양이 {expected}여야 하는데 {shape}입니다. 마지막 차원이 input_size = "
        "{input_size}여야 합니다. 힌트: input_size나 batch_first를 확인하세요(batch_first={batch_first}: "
        "{layout}).",
    },
    "rnn_cell_input_size": {
        "en": "{layer} expected input of shape {expected}, got {shape}: the last dimension must be input_size = "
        "{input_size}. Hint: a cell takes one time step x_t; loop over the sequence, passing x[t].",
        "ko": "{layer}의 입력은 모양이 {expected}여야 하는데 {shape}입니다. 마지막 차원이 input_size = "
        "{input_size}여야 합니다. 힌트: 셀은 한 시간 단계 x_t만 받습니다. 시퀀스를 돌며 x[t]를 넣으세요.",
    },
    "rnn_input_empty": {
        "en": "{layer} got a sequence of length 0 (input shape {shape}). Expected at least one time step.",
        "ko": "{layer}에 길이 0인 시퀀스가 들어왔습니다(입력 모양 {shape}). 시간 단계가 하나 이상 있어야 합니다.",
    },
    "rnn_dtype": {
        "en": "{layer} got input of type {dtype}, but its weights are {weight_dtype}. Expected the same type. Hint: "
        "convert the input (x = x.float()) or the layer (layer.double()).",
        "ko": "{layer}의 입력 타입은 {dtype}인데 가중치는 {weight_dtype}입니다. 같은 타입이어야 합니다. 힌트: "
        "입력을 바꾸거나(x = x.float()) 층을 바꾸세요(layer.double()).",
    },
    "rnn_hx_type": {
        "en": "{layer}: the initial state must be a pair of tensors (h_0, c_0), got {got}. Hint: "
        "lstm(x, (h_0, c_0)), or lstm(x) to start from zeros.",
        "ko": "{layer}: 초기 상태는 텐서 두 개의 쌍 (h_0, c_0)이어야 하는데 {got}입니다. 힌트: "
        "lstm(x, (h_0, c_0))처럼 쓰거나, 0에서 시작하려면 lstm(x)로 부르세요.",
    },
    "rnn_hx_shape": {
        "en": "{layer} expected the initial state {name} of shape {expected} ({meaning}), got shape {got}. Hint: "
        "leave it out (None) to start from zeros.",
        "ko": "{layer}의 초기 상태 {name}는 모양이 {expected}({meaning})여야 하는데 {got}입니다. 힌트: 0에서 "
        "시작하려면 주지 마세요(None).",
    },
    "rnn_hx_dtype": {
        "en": "{layer} got the initial state {name} of type {dtype}, but the input is {input_dtype}. Expected the "
        "same type.",
        "ko": "{layer}의 초기 상태 {name}의 타입은 {dtype}인데 입력은 {input_dtype}입니다. 같은 타입이어야 "
        "합니다.",
    },
    "rnn_not_tensor": {
        "en": "{layer}: {name} must be a tensor, got {type}. Hint: mldlab.tensor(values, dtype=mldlab.float32).",
        "ko": "{layer}: {name}는 텐서여야 하는데 {type}입니다. 힌트: mldlab.tensor(values, dtype=mldlab.float32).",
    },
    "rnn_layout_batch_first": {
        "en": "(N, L, features): batch, time steps, features",
        "ko": "(N, L, 특성): 묶음, 시간 단계, 특성",
    },
    "rnn_layout_time_first": {
        "en": "(L, N, features): time steps, batch, features",
        "ko": "(L, N, 특성): 시간 단계, 묶음, 특성",
    },
    "rnn_meaning_layers": {
        "en": "num_layers · num_directions, N, size of the state",
        "ko": "num_layers · 방향 수, N, 상태의 크기",
    },
    "rnn_meaning_cell": {
        "en": "N, hidden_size, the batch as the input's",
        "ko": "N, hidden_size, 묶음은 입력과 같게",
    },
}
