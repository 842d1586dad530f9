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
}
