"""Texts of ``mldlab demo`` and of the data helpers, in English and Korean."""

MESSAGES = {
    "demo_title_perceptron": {
        "en": "1. The perceptron  ŷ = g(w0 + xᵀw)   (slide example)",
        "ko": "1. 퍼셉트론  ŷ = g(w0 + xᵀw)   (슬라이드 예제)",
    },
    "demo_given": {"en": "Given", "ko": "주어진 값"},
    "demo_weighted_sum": {
        "en": "Linear combination of inputs (weighted sum)",
        "ko": "입력의 선형 결합(가중합)",
    },
    "demo_activation": {
        "en": "Non-linear activation: sigmoid g(z) = 1/(1 + e⁻ᶻ)",
        "ko": "비선형 활성화 함수: 시그모이드 g(z) = 1/(1 + e⁻ᶻ)",
    },
    "demo_line": {
        "en": "ŷ = g(1 + 3x1 − 2x2): the line 1 + 3x1 − 2x2 = 0 splits the plane. Points where z > 0 get ŷ > 0.5, "
        "points where z < 0 get ŷ < 0.5. x = [−1, 2] lies far on the z < 0 side, so ŷ ≈ 0.002.",
        "ko": "ŷ = g(1 + 3x1 − 2x2): 직선 1 + 3x1 − 2x2 = 0이 평면을 둘로 나눕니다. z > 0인 점은 ŷ > 0.5, "
        "z < 0인 점은 ŷ < 0.5가 됩니다. x = [−1, 2]는 z < 0 쪽 멀리 있어서 ŷ ≈ 0.002입니다.",
    },
    "demo_chain_rule": {
        "en": "Backpropagation by the chain rule: ∂ŷ/∂w_j = ∂ŷ/∂z · ∂z/∂w_j = σ(z)(1 − σ(z)) · x_j",
        "ko": "연쇄법칙으로 역전파: ∂ŷ/∂w_j = ∂ŷ/∂z · ∂z/∂w_j = σ(z)(1 − σ(z)) · x_j",
    },
    "demo_autograd": {
        "en": "mldlab's autograd (y_hat.backward()) gives the same numbers",
        "ko": "mldlab의 자동 미분(y_hat.backward())도 같은 값을 줍니다",
    },
    "demo_title_training": {
        "en": "2. Training a neural network on two moons (2-8-8-1, tanh)",
        "ko": "2. 두 개의 반달 데이터로 신경망 학습하기 (2-8-8-1, tanh)",
    },
    "demo_data": {
        "en": "Data: {n} points, noise {noise}; {n_train} for training, {n_test} for testing",
        "ko": "데이터: {n}개 점, 잡음 {noise}; 학습용 {n_train}개, 테스트용 {n_test}개",
    },
    "demo_setup": {
        "en": "Model: {model}\nLoss: binary cross-entropy   Optimizer: {optimizer}   batch size {batch_size} "
        "({iterations} iterations per epoch)",
        "ko": "모델: {model}\n손실: 이진 교차 엔트로피   최적화: {optimizer}   배치 크기 {batch_size} "
        "(에포크당 반복 {iterations}회)",
    },
    "demo_epoch": {
        "en": "epoch {epoch:>3}/{epochs}   loss {loss:.4f}   train accuracy {train:6.1%}   test accuracy {test:6.1%}",
        "ko": "에포크 {epoch:>3}/{epochs}   손실 {loss:.4f}   학습 정확도 {train:6.1%}   테스트 정확도 {test:6.1%}",
    },
    "demo_done": {
        "en": "Done: test accuracy {test:.1%} on points the network never saw.",
        "ko": "완료: 신경망이 한 번도 보지 못한 점에서 테스트 정확도 {test:.1%}.",
    },
    "demo_title_workflow": {
        "en": "3. Keras-style training: will I pass this class?",
        "ko": "3. Keras 방식으로 학습하기: 시험 통과할 수 있을까?",
    },
    "demo_workflow_data": {
        "en": "x1 = {x1}, x2 = {x2}; {n_train} students for training (the last 20% of them for validation), "
        "{n_test} for testing",
        "ko": "x1 = {x1}, x2 = {x2}; 학습용 학생 {n_train}명(그중 마지막 20%는 검증용), 테스트용 {n_test}명",
    },
    "demo_workflow_fit": {
        "en": "model = Model(Sequential(Linear(2, 1), Sigmoid()))   # the perceptron ŷ = σ(w0 + w1·x1 + w2·x2)\n"
        "model.compile(optimizer=SGD(lr=0.1), loss='binary_crossentropy', metrics=['accuracy'])\n"
        "model.fit(X, y, batch_size=10, epochs={epochs}, validation_split=0.2, "
        "callbacks=[EarlyStopping(patience=5, restore_best_weights=True)])",
        "ko": "model = Model(Sequential(Linear(2, 1), Sigmoid()))   # 퍼셉트론 ŷ = σ(w0 + w1·x1 + w2·x2)\n"
        "model.compile(optimizer=SGD(lr=0.1), loss='binary_crossentropy', metrics=['accuracy'])\n"
        "model.fit(X, y, batch_size=10, epochs={epochs}, validation_split=0.2, "
        "callbacks=[EarlyStopping(patience=5, restore_best_weights=True)])",
    },
    "demo_workflow_epoch": {
        "en": "epoch {epoch:>3}   loss {loss:.4f}   accuracy {accuracy:6.1%}   val_loss {val_loss:.4f}   "
        "val_accuracy {val_accuracy:6.1%}",
        "ko": "에포크 {epoch:>3}   손실 {loss:.4f}   정확도 {accuracy:6.1%}   검증 손실 {val_loss:.4f}   "
        "검증 정확도 {val_accuracy:6.1%}",
    },
    "demo_workflow_stopped": {
        "en": "Early stopping: {ran} epochs ({iterations} iterations) ran; the weights of epoch {best}, the best "
        "val_loss, were restored.",
        "ko": "조기 중단: {ran} 에포크(반복 {iterations}회) 동안 학습했고, 검증 손실이 가장 좋았던 에포크 {best}의 "
        "가중치로 되돌렸습니다.",
    },
    "demo_workflow_line": {
        "en": "Learned, in the data's units: ŷ = σ({w0:.2f} + {w1:.2f}·x1 + {w2:.2f}·x2); one lecture counts as much "
        "as {hours:.2f} hours on the project.",
        "ko": "데이터 단위로 본 학습 결과: ŷ = σ({w0:.2f} + {w1:.2f}·x1 + {w2:.2f}·x2); 수업 한 번은 과제 "
        "{hours:.2f}시간만큼의 효과가 있습니다.",
    },
    "demo_workflow_student": {
        "en": "The slide's student x = [4, 5] (4 lectures, 5 hours): P(pass) = {p:.3f}",
        "ko": "슬라이드의 학생 x = [4, 5] (수업 4번, 과제 5시간): 통과 확률 = {p:.3f}",
    },
    "demo_workflow_done": {
        "en": "Test accuracy {test:.1%}. Saved to {path} and loaded back: same predictions: {same}.",
        "ko": "테스트 정확도 {test:.1%}. {path}에 저장하고 다시 불러옴: 예측이 같은가: {same}.",
    },
    "demo_workflow_code": {
        "en": "The same network in Keras (mldlab.interop.to_keras_code):",
        "ko": "같은 신경망을 Keras 코드로 (mldlab.interop.to_keras_code):",
    },
    "demo_yes": {"en": "yes", "ko": "예"},
    "demo_no": {"en": "no", "ko": "아니요"},
}
