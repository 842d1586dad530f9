"""Texts of the figures in ``mldlab.viz``: titles, axis labels, legends (in the order of the figures)."""

MESSAGES = {
    "viz_font_missing": {
        "en": "mldlab.viz needs the Korean font shipped by koreanize-matplotlib. Hint: pip install 'mldlab[viz]'.",
        "ko": "mldlab.viz에는 koreanize-matplotlib에 들어 있는 한글 글꼴이 필요합니다. 힌트: pip install "
              "'mldlab[viz]'.",
    },
    "viz_model_type": {
        "en": "{op}: expected an mldlab Model, an nn.Module or an estimator with predict_proba or predict, got {type}.",
        "ko": "{op}: mldlab Model, nn.Module 또는 predict_proba나 predict가 있는 추정기가 필요한데 {type}을(를) "
              "받았습니다.",
    },
    "viz_train": {"en": "train", "ko": "학습"},
    "viz_test": {"en": "test", "ko": "테스트"},
    "viz_class_points": {"en": "class {k} ({which})", "ko": "클래스 {k} ({which})"},
    "viz_boundary_title": {
        "en": "Decision boundary (train accuracy {train:.2f})",
        "ko": "결정 경계 (학습 정확도 {train:.2f})",
    },
    "viz_boundary_title_test": {
        "en": "Decision boundary (accuracy: train {train:.2f}, test {test:.2f})",
        "ko": "결정 경계 (정확도: 학습 {train:.2f}, 테스트 {test:.2f})",
    },
    "viz_nonlinearity_suptitle": {
        "en": "Why activation functions? To add non-linearity",
        "ko": "활성화 함수가 필요한 이유: 비선형성을 추가하기 위함",
    },
    "viz_nonlinearity_linear": {
        "en": "Linear model: always a straight line (accuracy {accuracy:.2f})",
        "ko": "선형 모델: 언제나 직선 (정확도 {accuracy:.2f})",
    },
    "viz_nonlinearity_network": {
        "en": "Network with {activation}: any curve (accuracy {accuracy:.2f})",
        "ko": "{activation} 활성화 신경망: 곡선도 가능 (정확도 {accuracy:.2f})",
    },
    "viz_act_name": {
        "en": "activations: unknown activation {name!r}; expected one of {names}.",
        "ko": "activations: 알 수 없는 활성화 함수 {name!r}입니다. 다음 중 하나여야 합니다: {names}.",
    },
    "viz_act_sigmoid": {"en": "Sigmoid: σ(z) = 1 / (1 + e⁻ᶻ)", "ko": "시그모이드: σ(z) = 1 / (1 + e⁻ᶻ)"},
    "viz_act_sigmoid_note": {
        "en": "output between 0 and 1\n→ good for probabilities",
        "ko": "출력이 0과 1 사이의 값\n→ 확률에 좋음",
    },
    "viz_act_tanh": {"en": "Hyperbolic tangent: tanh(z)", "ko": "하이퍼볼릭 탄젠트: tanh(z)"},
    "viz_act_tanh_note": {
        "en": "output between −1 and 1\n→ optimises well",
        "ko": "출력이 −1 ~ 1 사이의 값\n→ 최적화를 잘함",
    },
    "viz_act_relu": {"en": "ReLU: g(z) = max(0, z)", "ko": "ReLU: g(z) = max(0, z)"},
    "viz_act_relu_derivative": {"en": "g′(z) = 1 if z > 0, else 0", "ko": "g′(z) = z > 0이면 1, 아니면 0"},
    "viz_act_relu_note": {
        "en": "linear in parts, one kink at 0\n→ fast to compute",
        "ko": "부분적으로 선형, z = 0에서 꺾임\n→ 계산이 빠름",
    },
    "viz_act_leaky_relu": {"en": "Leaky ReLU: g(z) = max(0.1z, z)", "ko": "Leaky ReLU: g(z) = max(0.1z, z)"},
    "viz_act_leaky_derivative": {"en": "g′(z) = 1 if z > 0, else 0.1", "ko": "g′(z) = z > 0이면 1, 아니면 0.1"},
    "viz_act_leaky_note": {
        "en": "a small slope for z < 0\n→ the gradient never vanishes",
        "ko": "z < 0에서도 작은 기울기\n→ 기울기가 사라지지 않음",
    },
    "viz_perceptron_w2": {
        "en": "perceptron: w₂ must not be 0 to draw the line x₂ = −(w₀ + w₁x₁) / w₂, got w = {w}.",
        "ko": "perceptron: 직선 x₂ = −(w₀ + w₁x₁) / w₂를 그리려면 w₂가 0이 아니어야 하는데 w = {w}입니다.",
    },
    "viz_perceptron_title": {
        "en": "Perceptron ŷ = g({z}): just a line in 2-D",
        "ko": "퍼셉트론 ŷ = g({z}): 2차원의 직선",
    },
    "viz_perceptron_colorbar": {"en": "ŷ = g(z), the colour of each point", "ko": "ŷ = g(z) (각 점의 색)"},
    "viz_perceptron_point": {
        "en": "input x = ({x1}, {x2}): z = {z}, ŷ ≈ {y_hat:.3f}",
        "ko": "입력 x = ({x1}, {x2}): z = {z}, ŷ ≈ {y_hat:.3f}",
    },
    "viz_perceptron_positive": {"en": "z > 0 → ŷ > 0.5", "ko": "z > 0 → ŷ > 0.5 (양수 쪽)"},
    "viz_perceptron_negative": {"en": "z < 0 → ŷ < 0.5", "ko": "z < 0 → ŷ < 0.5 (음수 쪽)"},
    "viz_network_no_linear": {
        "en": "network: expected a network with Linear layers, got {type} without any.",
        "ko": "network: Linear 층이 있는 신경망이 필요한데 {type}에는 Linear 층이 없습니다.",
    },
    "viz_network_title": {
        "en": "Network {shape} ({parameters} parameters)",
        "ko": "신경망 {shape} (매개변수 {parameters}개)",
    },
    "viz_network_input": {"en": "input x\nsize {n}", "ko": "입력 x\n{n}개"},
    "viz_network_hidden": {"en": "hidden layer {k}\nsize {n}", "ko": "은닉층 {k}\n{n}개"},
    "viz_network_output": {"en": "output ŷ\nsize {n}", "ko": "출력 ŷ\n{n}개"},
    "viz_network_more": {"en": "(+{count} not drawn)", "ko": "(그 밖에 {count}개)"},
    "viz_network_dropout": {"en": "Dropout(p={p:g})", "ko": "드롭아웃(p={p:g})"},
    "viz_network_positive": {"en": "weight w > 0 (thicker: larger |w|)", "ko": "가중치 w > 0 (굵을수록 |w|가 큼)"},
    "viz_network_negative": {"en": "weight w < 0", "ko": "가중치 w < 0"},
    "viz_history_type": {
        "en": "history: expected a History (what fit returns), a Model or a dict of lists, got {type}.",
        "ko": "history: History(fit의 반환값), Model 또는 리스트의 dict가 필요한데 {type}을(를) 받았습니다.",
    },
    "viz_history_loss": {"en": "loss J(W)", "ko": "손실 J(W)"},
    "viz_history_epoch": {"en": "epoch", "ko": "에포크(epoch)"},
    "viz_history_train": {"en": "training", "ko": "학습 데이터"},
    "viz_history_validation": {"en": "validation", "ko": "검증 데이터"},
    "viz_history_iteration": {"en": "each iteration (batch)", "ko": "반복(iteration)마다의 손실"},
    "viz_history_best": {"en": "best epoch ({epoch})", "ko": "최고 에포크 ({epoch})"},
    "viz_history_stopped": {"en": "early stopping (epoch {epoch})", "ko": "조기 중단 (에포크 {epoch})"},
    "viz_history_diverged": {
        "en": "Training diverged at epoch {epoch} (iteration {iteration}): the loss became NaN or ∞",
        "ko": "에포크 {epoch}(반복 {iteration})에서 발산: 손실이 NaN 또는 ∞가 됨",
    },
    "viz_history_accuracy": {"en": "accuracy", "ko": "정확도(accuracy)"},
    "viz_lr_small": {"en": "too small", "ko": "너무 작은 학습률"},
    "viz_lr_good": {"en": "good", "ko": "적당한 학습률"},
    "viz_lr_large": {"en": "too large", "ko": "너무 큰 학습률"},
    "viz_lr_steps": {"en": "w after each step ({steps} steps)", "ko": "각 단계 후의 w ({steps}단계)"},
    "viz_lr_start": {"en": "start", "ko": "시작"},
    "viz_lr_left_view": {"en": "overshoots, leaves the picture: diverges", "ko": "최소값을 지나쳐 밖으로: 발산"},
    "viz_lr_weight": {"en": "weight w", "ko": "가중치 w"},
    "viz_lr_curve_title": {
        "en": "The same problem: loss per epoch for each learning rate η",
        "ko": "같은 문제, 학습률 η마다 에포크별 손실",
    },
    "viz_lr_loss": {"en": "loss J(w) (log scale)", "ko": "손실 J(w) (로그 눈금)"},
    "viz_lr_diverged": {"en": "diverged at epoch {epoch}: loss → ∞", "ko": "에포크 {epoch}에서 발산: 손실 → ∞"},
    "viz_race_surface": {
        "en": "optimizer_race: unknown surface {name!r}; expected one of {names}.",
        "ko": "optimizer_race: 알 수 없는 곡면 {name!r}입니다. 다음 중 하나여야 합니다: {names}.",
    },
    "viz_race_bowl": {"en": "Quadratic bowl x² + y²", "ko": "이차 그릇 x² + y²"},
    "viz_race_valley": {"en": "Elongated valley 0.1x² + 2y²", "ko": "길쭉한 골짜기 0.1x² + 2y²"},
    "viz_race_rosenbrock": {"en": "Rosenbrock (1 − x)² + 10(y − x²)²", "ko": "로젠브록 (1 − x)² + 10(y − x²)²"},
    "viz_race_saddle": {"en": "Saddle x² − y² + y⁴/4", "ko": "안장점 x² − y² + y⁴/4"},
    "viz_race_several": {"en": "Several minima", "ko": "최소값이 여러 개인 곡면"},
    "viz_race_minimum": {"en": "lowest point", "ko": "가장 낮은 점"},
    "viz_race_legend": {"en": "{steps} steps from one start", "ko": "한 시작점에서 {steps}단계"},
    "viz_landscape_loss": {
        "en": "loss_landscape: a {type} has no loss; pass loss= (e.g. 'binary_crossentropy') or a compiled Model.",
        "ko": "loss_landscape: {type}에는 손실 함수가 없습니다. loss=(예: 'binary_crossentropy')를 주거나 compile한 "
              "Model을 주세요.",
    },
    "viz_landscape_trained": {"en": "trained weights W*: J = {loss:.4f}", "ko": "학습된 가중치 W*: J = {loss:.4f}"},
    "viz_landscape_line_title": {"en": "1-D: along one random direction δ", "ko": "1차원: 무작위 방향 δ를 따라"},
    "viz_landscape_map_title": {"en": "2-D: contours along δ and η", "ko": "2차원: δ와 η 방향의 등고선"},
    "viz_landscape_surface_title": {"en": "2-D: the surface", "ko": "2차원: 곡면"},
    "viz_landscape_suptitle": {
        "en": "Loss landscape around the trained network (filter-normalised directions, Li et al. 2017)",
        "ko": "학습된 신경망 주변의 손실 지형 (필터 정규화 방향, Li et al. 2017)",
    },
    "viz_batch_gd": {"en": "gradient descent, B = n = {n}", "ko": "경사 하강법, B = n = {n}"},
    "viz_batch_sgd": {"en": "stochastic GD, B = 1", "ko": "확률적 경사 하강법, B = 1"},
    "viz_batch_mini": {"en": "mini-batch, B = {b}", "ko": "미니배치, B = {b}"},
    "viz_batch_iter_title": {"en": "Loss of each iteration: the noise", "ko": "반복마다의 손실: 잡음"},
    "viz_batch_iteration": {"en": "iteration (update), log scale", "ko": "반복(iteration, 가중치 업데이트), 로그 눈금"},
    "viz_batch_batch_loss": {"en": "loss on the batch", "ko": "배치의 손실"},
    "viz_batch_epoch_title": {"en": "Loss per epoch", "ko": "에포크별 손실"},
    "viz_batch_cost_title": {"en": "The cost of one epoch", "ko": "한 에포크의 비용"},
    "viz_batch_updates": {"en": "iterations per epoch (log scale)", "ko": "에포크당 반복 수 (로그 눈금)"},
    "viz_batch_cost": {"en": "updates: {k}\n{ms:.1f} ms", "ko": "업데이트 {k}번\n{ms:.1f} ms"},
    "viz_batch_words": {
        "en": "epoch: one pass over all n = {n} samples · batch: the B samples of one update · iteration: one "
              "update; with B = {b}, an epoch is ⌈n / B⌉ = {k} iterations",
        "ko": "epoch: 전체 데이터셋(n = {n})을 학습한 횟수 · batch: 나눈 데이터셋의 일부분(B개) · iteration: 나눈 "
              "데이터셋을 학습한 횟수; B = {b}이면 한 에포크는 ⌈n / B⌉ = {k}번의 반복",
    },
    "viz_capacity_under": {"en": "Underfitting: too little capacity", "ko": "과소적합: 용량이 너무 작음"},
    "viz_capacity_good": {"en": "Ideal fit", "ko": "적절한 적합"},
    "viz_capacity_over": {"en": "Overfitting: too complex", "ko": "과적합: 너무 복잡함"},
    "viz_capacity_test_points": {"en": "test data", "ko": "테스트 데이터"},
    "viz_capacity_train_points": {"en": "training data", "ko": "학습 데이터"},
    "viz_capacity_model": {
        "en": "model: degree {d} ({d} + 1 parameters)",
        "ko": "모델: {d}차 다항식 (매개변수 {d} + 1개)",
    },
    "viz_capacity_errors": {
        "en": "train MSE {train:.3f}\ntest MSE {test:.3f}",
        "ko": "학습 MSE {train:.3f}\n테스트 MSE {test:.3f}",
    },
    "viz_capacity_train_error": {"en": "training error", "ko": "학습 오차"},
    "viz_capacity_test_error": {"en": "test error", "ko": "테스트 오차"},
    "viz_capacity_curve_title": {"en": "Error against capacity", "ko": "용량에 따른 오차"},
    "viz_capacity_degree": {"en": "capacity: polynomial degree", "ko": "용량: 다항식의 차수"},
    "viz_capacity_mse": {"en": "mean squared error (log scale)", "ko": "평균 제곱 오차 (로그 눈금)"},
    "viz_reg_plain": {"en": "No regularisation", "ko": "정규화 없음"},
    "viz_reg_regularised": {
        "en": "Dropout (p = {p:g}) + early stopping (patience {patience})",
        "ko": "드롭아웃 (p = {p:g}) + 조기 중단 (patience {patience})",
    },
    "viz_reg_boundary": {
        "en": "Decision boundary (validation accuracy {accuracy:.2f})",
        "ko": "결정 경계 (검증 정확도 {accuracy:.2f})",
    },
}
