"""Texts of ``mldlab.explain`` (the computations of the slides with numbers, and the training doctor)."""

MESSAGES = {
    "explain_lang": {
        "en": "explain: lang must be one of {languages}, got {value!r}.",
        "ko": "explain: lang은 {languages} 중 하나여야 하는데 {value!r}을(를) 받았습니다.",
    },
    "explain_points": {
        "en": "{op}: points must be a list of numbers, got {value}. Hint: points=[-2, 0, 2].",
        "ko": "{op}: points는 숫자의 리스트여야 하는데 {value}을(를) 받았습니다. 힌트: points=[-2, 0, 2].",
    },
    "explain_activation_name": {
        "en": "{op}: unknown activation {name!r}. Expected one of: {names}.",
        "ko": "{op}: 알 수 없는 활성화 함수 {name!r}입니다. 다음 중 하나여야 합니다: {names}.",
    },
    "explain_activation_title": {"en": "Activation function: {name}", "ko": "활성화 함수: {name}"},
    "explain_activation_range": {"en": "Range: ", "ko": "출력 범위: "},
    "explain_activation_use_sigmoid": {
        "en": "Outputs lie between 0 and 1, so they read as probabilities: the output of a binary classifier. "
              "Saturates for large |z| (g′ → 0), which slows deep networks.",
        "ko": "출력이 0과 1 사이라서 확률로 읽을 수 있습니다: 이진 분류기의 출력층에 씁니다. "
              "|z|가 크면 포화되어(g′ → 0) 깊은 신경망의 학습이 느려집니다.",
    },
    "explain_activation_use_tanh": {
        "en": "Outputs lie between −1 and 1 and are centred on 0, which helps optimisation in hidden layers. "
              "Saturates for large |z| like the sigmoid.",
        "ko": "출력이 −1과 1 사이이고 0을 중심으로 하여 은닉층의 최적화에 유리합니다. "
              "시그모이드처럼 |z|가 크면 포화됩니다.",
    },
    "explain_activation_use_relu": {
        "en": "Cheap, and never saturates for z > 0; a unit whose z stays negative is dead (output 0, gradient 0).",
        "ko": "계산이 빠르고 z > 0에서 포화되지 않습니다. z가 계속 음수인 유닛은 죽은 유닛이 됩니다(출력 0, 기울기 0).",
    },
    "explain_activation_use_leaky_relu": {
        "en": "Like ReLU, but a small slope for z ≤ 0 keeps a gradient flowing: no dead units.",
        "ko": "ReLU와 같지만 z ≤ 0에서도 작은 기울기가 있어 기울기가 흐릅니다: 죽은 유닛이 생기지 않습니다.",
    },
    "explain_activation_use_linear": {
        "en": "No activation: the output of a regression network. A network of linear layers only is still linear.",
        "ko": "활성화 없음: 회귀 신경망의 출력층에 씁니다. 선형 층만 쌓은 신경망은 여전히 선형입니다.",
    },
    "explain_given": {"en": "Given: ", "ko": "주어진 값: "},
    "explain_perceptron_title": {"en": "Perceptron ", "ko": "퍼셉트론 "},
    "explain_perceptron_sum": {
        "en": "Linear combination of the inputs, term by term:",
        "ko": "입력의 선형 결합(가중합)을 항별로 계산:",
    },
    "explain_perceptron_activation": {
        "en": "Non-linear activation g = {name}:",
        "ko": "비선형 활성화 함수 g = {name}:",
    },
    "explain_perceptron_line": {"en": "The line where z = 0: ", "ko": "z = 0인 직선: "},
    "explain_perceptron_side": {"en": "The point lies on the side where ", "ko": "이 점은 다음 쪽에 있습니다: "},
    "explain_perceptron_on_line": {
        "en": "The point lies on the line itself: z = 0 and ŷ = g(0) = {threshold}.",
        "ko": "이 점은 직선 위에 있습니다: z = 0이고 ŷ = g(0) = {threshold}입니다.",
    },
    "explain_perceptron_numbers": {
        "en": "{op}: w0, w and x must be numbers, got w0={w0}, w={w}, x={x}. Hint: perceptron(w0=1, w=[3, -2], "
              "x=[-1, 2]).",
        "ko": "{op}: w0, w, x는 숫자여야 하는데 w0={w0}, w={w}, x={x}을(를) 받았습니다. 힌트: perceptron(w0=1, "
              "w=[3, -2], x=[-1, 2]).",
    },
    "explain_perceptron_lengths": {
        "en": "{op}: w has {nw} weights but x has {nx} inputs. Expected one weight per input.",
        "ko": "{op}: w에는 가중치가 {nw}개인데 x에는 입력이 {nx}개입니다. 입력마다 가중치가 하나씩 있어야 합니다.",
    },
    "explain_perceptron_finite": {
        "en": "{op}: w0, w and x must be finite numbers (no NaN or ∞).",
        "ko": "{op}: w0, w, x는 유한한 숫자여야 합니다(NaN이나 ∞는 안 됩니다).",
    },
    "explain_more": {"en": "… and {n} more", "ko": "… 외 {n}개"},
    "explain_loss_title": {"en": "Loss: {name}", "ko": "손실 함수: {name}"},
    "explain_loss_bce": {"en": "binary cross-entropy", "ko": "이진 교차 엔트로피"},
    "explain_loss_mse": {"en": "mean squared error", "ko": "평균 제곱 오차"},
    "explain_loss_cross_entropy": {"en": "cross-entropy", "ko": "교차 엔트로피"},
    "explain_loss_risk": {
        "en": "Empirical risk (cost): the mean of the losses over the data",
        "ko": "경험적 리스크(비용 함수): 모든 데이터에 대한 손실의 평균",
    },
    "explain_loss_name": {
        "en": "{op}: unknown loss {name!r}. Expected one of: {names}.",
        "ko": "{op}: 알 수 없는 손실 함수 {name!r}입니다. 다음 중 하나여야 합니다: {names}.",
    },
    "explain_loss_empty": {
        "en": "{op}: y_pred is empty. Expected at least one prediction.",
        "ko": "{op}: y_pred가 비어 있습니다. 예측값이 하나 이상 있어야 합니다.",
    },
    "explain_loss_shapes": {
        "en": "{op}: y_true has shape {y_true} but y_pred has shape {y_pred}. Expected one target per prediction.",
        "ko": "{op}: y_true의 모양은 {y_true}인데 y_pred의 모양은 {y_pred}입니다. 예측값마다 정답이 하나씩 "
              "있어야 합니다.",
    },
    "explain_loss_bce_range": {
        "en": "{op}: binary cross-entropy needs labels and probabilities in [0, 1], got y_true = {y_true}, "
              "y_pred = {y_pred}. Hint: pass σ(z), not the raw score z.",
        "ko": "{op}: 이진 교차 엔트로피에는 0과 1 사이의 정답과 확률이 필요한데 y_true = {y_true}, "
              "y_pred = {y_pred}을(를) 받았습니다. 힌트: 점수 z가 아니라 σ(z)를 넘기세요.",
    },
    "explain_loss_probabilities": {
        "en": "{op}: cross-entropy needs y_pred as rows of class probabilities that sum to 1, got shape {shape}. "
              "Hint: apply softmax to the scores first.",
        "ko": "{op}: 교차 엔트로피에는 합이 1인 클래스 확률의 행이 y_pred로 필요한데 모양 {shape}을(를) "
              "받았습니다. 힌트: 먼저 점수에 softmax를 적용하세요.",
    },
    "explain_loss_classes": {
        "en": "{op}: y_true (shape {shape}) must hold one class index 0 … {high} for each of the {n} rows.",
        "ko": "{op}: y_true(모양 {shape})에는 {n}개의 행마다 0 … {high} 중 하나의 클래스 번호가 있어야 합니다.",
    },
    "explain_model_type": {
        "en": "{op}: expected a network (an nn.Module or a Model), got {type}.",
        "ko": "{op}: 신경망(nn.Module 또는 Model)이 필요한데 {type}을(를) 받았습니다.",
    },
    "explain_x_scalar": {
        "en": "{op}: x is a single number. Expected one sample as a list [x1, x2, …] or samples as rows.",
        "ko": "{op}: x가 숫자 하나입니다. 샘플 하나는 리스트 [x1, x2, …]로, 여러 샘플은 행으로 넘기세요.",
    },
    "explain_loss_missing": {
        "en": "{op}: which loss? Pass loss='bce', 'mse' or 'cross_entropy' (or compile the Model with a loss).",
        "ko": "{op}: 어떤 손실 함수인가요? loss='bce', 'mse', 'cross_entropy' 중 하나를 넘기세요"
              "(또는 Model을 손실 함수와 함께 compile하세요).",
    },
    "explain_lengths": {
        "en": "{op}: x has {nx} samples but y has {ny} targets. Expected one target per sample.",
        "ko": "{op}: x에는 샘플이 {nx}개인데 y에는 정답이 {ny}개입니다. 샘플마다 정답이 하나씩 있어야 합니다.",
    },
    "explain_detail": {
        "en": "{op}: detail must be 'auto', 'paths' or 'layers', got {value!r}.",
        "ko": "{op}: detail은 'auto', 'paths', 'layers' 중 하나여야 하는데 {value!r}을(를) 받았습니다.",
    },
    "explain_backprop_title": {
        "en": "Backpropagation: ∂J/∂w by the chain rule, with numbers",
        "ko": "역전파: 연쇄법칙으로 구한 ∂J/∂w (숫자로)",
    },
    "explain_backprop_no_graph": {
        "en": "{op}: the loss does not depend on any weight that requires a gradient. Hint: is the network "
              "frozen (requires_grad=False)?",
        "ko": "{op}: 손실이 기울기를 구할 가중치에 의존하지 않습니다. 힌트: 신경망이 고정되어 있지 않나요"
              "(requires_grad=False)?",
    },
    "explain_backprop_rules": {
        "en": "Local derivatives of each operation (computed from its values):",
        "ko": "각 연산의 국소 미분(그 연산의 값으로 계산):",
    },
    "explain_backprop_n_paths": {
        "en": "sum over {n} path(s) of the product of local derivatives",
        "ko": "경로 {n}개에 대해 국소 미분의 곱을 더한 값",
    },
    "explain_backprop_autograd": {"en": "autograd's .grad: ", "ko": "자동 미분의 .grad: "},
    "explain_backprop_unknown": {
        "en": "The graph contains operations whose local derivatives are not written out here ({ops}): "
              "the per-layer summary below comes from autograd.",
        "ko": "그래프에 국소 미분을 여기서 풀어 쓰지 않는 연산({ops})이 있습니다: 아래 층별 요약은 자동 미분의 "
              "값입니다.",
    },
    "explain_backprop_too_many": {
        "en": "{n} paths lead from J to the weights (more than {limit} to show one by one): the per-layer summary "
              "below shows the same chain rule, one layer at a time. Use fewer samples or a smaller network to see "
              "every path.",
        "ko": "J에서 가중치까지 경로가 {n}개입니다(하나씩 보여 주기에는 {limit}개보다 많습니다): 아래 층별 요약이 같은 "
              "연쇄법칙을 층 단위로 보여 줍니다. 모든 경로를 보려면 샘플 수를 줄이거나 더 작은 신경망을 쓰세요.",
    },
    "explain_backprop_layers": {
        "en": "Layer by layer (δ = ∂J/∂z, from autograd)",
        "ko": "층별 요약 (δ = ∂J/∂z, 자동 미분의 값)",
    },
    "explain_backprop_layer": {
        "en": "layer {k}: {name}, shape {shape}",
        "ko": "{k}층: {name}, 모양 {shape}",
    },
    "explain_forward_title": {"en": "Forward pass, layer by layer", "ko": "순전파, 층별로"},
    "explain_forward_input": {"en": "Input: ", "ko": "입력: "},
    "explain_forward_summary": {
        "en": "{n} values: min {low}, max {high}, mean {mean}",
        "ko": "값 {n}개: 최솟값 {low}, 최댓값 {high}, 평균 {mean}",
    },
    "explain_forward_zeros": {
        "en": "{zeros} of {n} outputs are 0 (ReLU inactive there: no gradient flows back through them)",
        "ko": "출력 {n}개 중 {zeros}개가 0입니다(그곳에서 ReLU가 꺼져 있어 기울기가 거꾸로 흐르지 않습니다)",
    },
    "explain_step_title": {"en": "One step of {optimizer}", "ko": "{optimizer}의 한 단계"},
    "explain_step_unknown": {
        "en": "This optimizer's rule is not written out here: only θ before and after its step are shown.",
        "ko": "이 최적화 알고리즘의 규칙은 여기서 풀어 쓰지 않습니다: step 전후의 θ만 보여 줍니다.",
    },
    "explain_step_check": {"en": "optimizer.step() gave: ", "ko": "optimizer.step()의 결과: "},
    "explain_step_optimizer": {
        "en": "{op}: expected an optimizer (e.g. optim.SGD(model.parameters(), lr=0.1)), got {type}.",
        "ko": "{op}: 최적화 알고리즘(예: optim.SGD(model.parameters(), lr=0.1))이 필요한데 {type}을(를) "
              "받았습니다.",
    },
    "explain_diagnose_type": {
        "en": "{op}: expected the History that fit returned (or its .history dict), got {type}.",
        "ko": "{op}: fit이 돌려준 History(또는 그 .history 딕셔너리)가 필요한데 {type}을(를) 받았습니다.",
    },
    "explain_diagnose_empty": {
        "en": "{op}: the history has no 'loss' values. Expected at least one epoch of training.",
        "ko": "{op}: 기록에 'loss' 값이 없습니다. 적어도 한 에포크는 학습해야 합니다.",
    },
    "explain_diagnose_title": {
        "en": "Training doctor: what happened in {epochs} epoch(s)",
        "ko": "학습 진단: {epochs}에포크 동안 일어난 일",
    },
    "explain_diagnose_diverged": {
        "en": "Training diverged.",
        "ko": "학습이 발산했습니다.",
    },
    "explain_diagnose_diverged_nan": {
        "en": "In epoch {epoch} the loss became NaN or infinite; the last finite loss was {last} "
              "(learning rate {lr}).",
        "ko": "{epoch}번째 에포크에서 손실이 NaN 또는 무한대가 되었습니다. 마지막 유한한 손실: {last}"
              "(학습률 {lr}).",
    },
    "explain_diagnose_diverged_rise": {
        "en": "The loss was lowest in epoch {best_epoch} ({best}) and then rose to {last} in epoch {epoch}.",
        "ko": "손실은 {best_epoch}번째 에포크에서 가장 낮았고({best}) 그 뒤 {epoch}번째 에포크에 {last}까지 "
              "올라갔습니다.",
    },
    "explain_diagnose_diverged_advice": {
        "en": "Try: a learning rate about 10 times smaller; scale the inputs (StandardScaler); Adam instead of SGD.",
        "ko": "해 볼 것: 학습률을 약 10배 줄이기, 입력 스케일 맞추기(StandardScaler), SGD 대신 Adam 쓰기.",
    },
    "explain_diagnose_too_short": {
        "en": "Too short to judge.",
        "ko": "판단하기에는 너무 짧습니다.",
    },
    "explain_diagnose_too_short_evidence": {
        "en": "Only {epochs} epoch(s) recorded; train for a few more epochs to see a learning curve.",
        "ko": "기록된 에포크가 {epochs}개뿐입니다. 학습 곡선을 보려면 몇 에포크 더 학습하세요.",
    },
    "explain_diagnose_barely_moved": {
        "en": "The loss barely moved.",
        "ko": "손실이 거의 줄지 않았습니다.",
    },
    "explain_diagnose_barely_moved_evidence": {
        "en": "From {first} to at best {best} in {epochs} epochs: a fall of {percent}% (learning rate {lr}).",
        "ko": "{epochs}에포크 동안 {first}에서 가장 낮을 때 {best}까지: {percent}%만 줄었습니다(학습률 {lr}).",
    },
    "explain_diagnose_barely_moved_advice": {
        "en": "Try: a learning rate 10 times larger; with ReLU, check for dead units (explain.forward shows how "
              "many outputs are 0); with many sigmoid or tanh layers, gradients may vanish: use ReLU or Adam; "
              "scale the inputs.",
        "ko": "해 볼 것: 학습률을 10배 키우기, ReLU라면 죽은 유닛 확인하기(explain.forward가 0인 출력의 수를 "
              "보여 줍니다), 시그모이드나 tanh 층이 많다면 기울기 소실일 수 있으니 ReLU나 Adam 쓰기, 입력 "
              "스케일 맞추기.",
    },
    "explain_diagnose_overfitting": {
        "en": "Overfitting from epoch {epoch} on.",
        "ko": "{epoch}번째 에포크부터 과적합입니다.",
    },
    "explain_diagnose_overfitting_evidence": {
        "en": "Validation loss was lowest in epoch {best_epoch} ({best}) and rose to {last} by epoch {epochs}, "
              "while the training loss kept falling ({train_best} → {train_last}).",
        "ko": "검증 손실은 {best_epoch}번째 에포크에서 가장 낮았고({best}) {epochs}번째 에포크에는 {last}까지 "
              "올라갔습니다. 그동안 학습 손실은 계속 줄었습니다({train_best} → {train_last}).",
    },
    "explain_diagnose_overfitting_advice": {
        "en": "Try: early stopping (EarlyStopping(monitor='val_loss', patience=10, restore_best_weights=True) "
              "keeps the weights of epoch {epoch}); dropout; weight decay; more data or a smaller network.",
        "ko": "해 볼 것: 조기 중단(EarlyStopping(monitor='val_loss', patience=10, restore_best_weights=True)은 "
              "{epoch}번째 에포크의 가중치를 남깁니다), 드롭아웃, 가중치 감쇠, 더 많은 데이터나 더 작은 신경망.",
    },
    "explain_diagnose_still_learning": {
        "en": "Underfitting: training stopped while the loss was still falling.",
        "ko": "과소적합: 손실이 아직 줄고 있을 때 학습이 끝났습니다.",
    },
    "explain_diagnose_still_learning_evidence": {
        "en": "In the last epochs ({start} → {epochs}) the loss still fell from {before} to {last}: {percent}% of "
              "the whole fall.",
        "ko": "마지막 에포크들({start} → {epochs})에서도 손실이 {before}에서 {last}까지 줄었습니다: 전체 감소의 "
              "{percent}%입니다.",
    },
    "explain_diagnose_still_learning_advice": {
        "en": "Try: train for more epochs, or a larger learning rate.",
        "ko": "해 볼 것: 에포크 늘리기, 또는 학습률 키우기.",
    },
    "explain_diagnose_underfitting": {
        "en": "Underfitting: the loss levelled off high.",
        "ko": "과소적합: 손실이 높은 곳에서 더 줄지 않습니다.",
    },
    "explain_diagnose_underfitting_evidence": {
        "en": "The training loss went from {first} to {last} ({percent}% of where it started) and stopped "
              "falling; validation loss is as high.",
        "ko": "학습 손실이 {first}에서 {last}까지(처음의 {percent}%) 줄고 더 줄지 않았습니다. 검증 손실도 "
              "비슷하게 높습니다.",
    },
    "explain_diagnose_underfitting_advice": {
        "en": "Try: more capacity (more units or layers, a non-linear activation), train longer, less "
              "regularisation.",
        "ko": "해 볼 것: 모델 용량 키우기(유닛이나 층 늘리기, 비선형 활성화 함수), 더 오래 학습하기, 규제 줄이기.",
    },
    "explain_diagnose_noisy": {
        "en": "The learning curve is noisy.",
        "ko": "학습 곡선이 들쭉날쭉합니다.",
    },
    "explain_diagnose_noisy_evidence": {
        "en": "The loss rose in {ups} of {epochs} epochs; it went up and down {ratio} times as much as it fell "
              "overall (worst in epoch {epoch}: {before} → {after}).",
        "ko": "{epochs}에포크 중 {ups}번 손실이 올라갔습니다. 오르내린 양이 전체 감소량의 {ratio}배입니다"
              "(가장 심한 곳은 {epoch}번째 에포크: {before} → {after}).",
    },
    "explain_diagnose_noisy_advice": {
        "en": "Try: a smaller learning rate, a larger batch size, or a learning-rate schedule (ReduceLROnPlateau).",
        "ko": "해 볼 것: 학습률 줄이기, 배치 크기 키우기, 학습률 스케줄(ReduceLROnPlateau).",
    },
    "explain_diagnose_below": {
        "en": "Validation loss is below training loss.",
        "ko": "검증 손실이 학습 손실보다 낮습니다.",
    },
    "explain_diagnose_below_evidence": {
        "en": "In {below} of {epochs} epochs; on average by {gap}.",
        "ko": "{epochs}에포크 중 {below}에포크에서 그렇고, 평균 차이는 {gap}입니다.",
    },
    "explain_diagnose_below_dropout": {
        "en": "This is expected with dropout (p = {p}): it switches units off during training only, so the "
              "training loss is measured on a handicapped network. Not a problem.",
        "ko": "드롭아웃(p = {p})이 있으면 당연합니다: 드롭아웃은 학습할 때만 유닛을 끄므로 학습 손실은 일부가 "
              "꺼진 신경망으로 잰 값입니다. 문제가 아닙니다.",
    },
    "explain_diagnose_below_other": {
        "en": "The training loss of an epoch is the mean over batches while the weights were still improving, and "
              "the validation set may be easier. Not a problem in itself; check that the two sets are alike.",
        "ko": "에포크의 학습 손실은 가중치가 좋아지는 도중의 배치 평균이고, 검증 데이터가 더 쉬울 수도 "
              "있습니다. 그 자체로 문제는 아니지만 두 데이터가 비슷한지 확인하세요.",
    },
    "explain_diagnose_no_model": {
        "en": "{op}: to look inside the network with x, pass the History that fit returned (it knows the model).",
        "ko": "{op}: x로 신경망 안을 보려면 fit이 돌려준 History를 넘기세요(History가 모델을 압니다).",
    },
    "explain_diagnose_dead": {
        "en": "Dead ReLU units.",
        "ko": "죽은 ReLU 유닛이 있습니다.",
    },
    "explain_diagnose_dead_evidence": {
        "en": "For all {n} samples these units output 0 (layer number: dead units/units): {layers}. They pass no "
              "gradient back, so they never learn again.",
        "ko": "샘플 {n}개 모두에서 출력이 0인 유닛(층 번호: 죽은 유닛 수/유닛 수): {layers}. 이 유닛들은 기울기를 "
              "거꾸로 전달하지 않으므로 다시는 학습하지 못합니다.",
    },
    "explain_diagnose_dead_advice": {
        "en": "Try: a smaller learning rate (a large step can push z below 0 for good); LeakyReLU; scale the inputs.",
        "ko": "해 볼 것: 학습률 줄이기(큰 한 걸음이 z를 영영 0 아래로 밀 수 있습니다), LeakyReLU, 입력 스케일 맞추기.",
    },
    "explain_diagnose_vanishing": {
        "en": "Vanishing gradients.",
        "ko": "기울기 소실입니다.",
    },
    "explain_diagnose_vanishing_evidence": {
        "en": "‖∂J/∂W‖ is {first} in the first layer but {last} in the last (of {k}): the product of small local "
              "derivatives shrinks on the way back.",
        "ko": "‖∂J/∂W‖가 첫 층에서는 {first}인데 마지막 층({k}개 중)에서는 {last}입니다: 작은 국소 미분들의 곱이 "
              "거꾸로 가면서 줄어듭니다.",
    },
    "explain_diagnose_vanishing_advice": {
        "en": "Try: ReLU instead of sigmoid or tanh in the hidden layers; Adam; fewer layers.",
        "ko": "해 볼 것: 은닉층에 시그모이드나 tanh 대신 ReLU, Adam, 층 줄이기.",
    },
    "explain_diagnose_healthy": {
        "en": "Healthy training.",
        "ko": "건강한 학습입니다.",
    },
    "explain_diagnose_healthy_evidence": {
        "en": "The loss fell from {first} to {last} in {epochs} epochs and levelled off, without the problems "
              "checked for (divergence, overfitting, underfitting, noise).",
        "ko": "손실이 {epochs}에포크 동안 {first}에서 {last}까지 줄고 안정되었습니다. 점검한 문제(발산, 과적합, "
              "과소적합, 들쭉날쭉함)는 없습니다.",
    },
}
