// explain.perceptron (the slide's w0 = 1, w = [3, -2], x = [-1, 2]) and explain.gradient_step (SGD), in the
// shape the math view reads: {markdown, text, latex}; generated once from mldlab.explain (latex as math_panel.py
// writes it).
export const SAMPLE_MATH = {
 "en": {
  "neuron": {
   "markdown": "**Perceptron $\\hat{y} = g(w_{0} + x^{T}w)$**\n\nGiven: $w_{0} = 1, w = [3, -2], x = [-1, 2]$\n- (1) Linear combination of the inputs, term by term:\n  - $z = w_{0} + \\sum _{i} x_{i}w_{i} = 1 + (-1)\\cdot 3 + 2\\cdot (-2)$\n  - $ = 1 + (-3) + (-4) = -6$\n- (2) Non-linear activation g = sigmoid:\n  - $\\hat{y} = g(z) = \\sigma(-6) = 0.002473$\n- (3) The line where z = 0: $1 + 3x_{1} - 2x_{2} = 0$\n  - The point lies on the side where $z < 0$, $\\hat{y} < 0.5$\n",
   "text": "Perceptron ŷ = g(w₀ + xᵀw)\n──────────────────────────\nGiven: w₀ = 1,  w = [3, −2],  x = [−1, 2]\n  (1) Linear combination of the inputs, term by term:\n    z = w₀ + Σᵢ xᵢwᵢ = 1 + (−1)·3 + 2·(−2)\n      = 1 + (−3) + (−4) = −6\n  (2) Non-linear activation g = sigmoid:\n    ŷ = g(z) = σ(−6) = 0.002473\n  (3) The line where z = 0: 1 + 3x₁ − 2x₂ = 0\n    The point lies on the side where z < 0, ŷ < 0.5",
   "latex": "z = w_0 + x_1\\,w_1 + x_2\\,w_2 = 1 + (-1)(3) + (2)(-2) = -6,\\quad a = g(z) = \\sigma(-6) = 0.002473"
  },
  "optimizer": {
   "markdown": "**One step of SGD**\n\n$\\eta = 0.03, \\mu = 0, \\tau = 0, \\lambda = 0$\n\n$J(W) = 1$\n- weight (1, 2)\n  - $\\theta = [0.5, -0.3], \\partial J/\\partial \\theta = [-2, -4]$\n  - $\\theta \\leftarrow \\theta - \\eta\\cdot \\partial J/\\partial \\theta: [0.56, -0.18]$\n  - optimizer.step() gave: $[0.56, -0.18]$ ✓\n- bias (1,)\n  - $\\theta = [0.1], \\partial J/\\partial \\theta = [-2]$\n  - $\\theta \\leftarrow \\theta - \\eta\\cdot \\partial J/\\partial \\theta: [0.16]$\n  - optimizer.step() gave: $[0.16]$ ✓\n",
   "text": "One step of SGD\n───────────────\nη = 0.03,  μ = 0,  τ = 0,  λ = 0\nJ(W) = 1\n  weight (1, 2)\n    θ = [0.5, −0.3],  ∂J/∂θ = [−2, −4]\n    θ ← θ − η·∂J/∂θ:  [0.56, −0.18]\n    optimizer.step() gave: [0.56, −0.18] ✓\n  bias (1,)\n    θ = [0.1],  ∂J/∂θ = [−2]\n    θ ← θ − η·∂J/∂θ:  [0.16]\n    optimizer.step() gave: [0.16] ✓",
   "latex": "\\theta \\leftarrow \\theta - \\eta\\, g"
  }
 },
 "ko": {
  "neuron": {
   "markdown": "**퍼셉트론 $\\hat{y} = g(w_{0} + x^{T}w)$**\n\n주어진 값: $w_{0} = 1, w = [3, -2], x = [-1, 2]$\n- (1) 입력의 선형 결합(가중합)을 항별로 계산:\n  - $z = w_{0} + \\sum _{i} x_{i}w_{i} = 1 + (-1)\\cdot 3 + 2\\cdot (-2)$\n  - $ = 1 + (-3) + (-4) = -6$\n- (2) 비선형 활성화 함수 g = sigmoid:\n  - $\\hat{y} = g(z) = \\sigma(-6) = 0.002473$\n- (3) z = 0인 직선: $1 + 3x_{1} - 2x_{2} = 0$\n  - 이 점은 다음 쪽에 있습니다: $z < 0$, $\\hat{y} < 0.5$\n",
   "text": "퍼셉트론 ŷ = g(w₀ + xᵀw)\n────────────────────\n주어진 값: w₀ = 1,  w = [3, −2],  x = [−1, 2]\n  (1) 입력의 선형 결합(가중합)을 항별로 계산:\n    z = w₀ + Σᵢ xᵢwᵢ = 1 + (−1)·3 + 2·(−2)\n      = 1 + (−3) + (−4) = −6\n  (2) 비선형 활성화 함수 g = sigmoid:\n    ŷ = g(z) = σ(−6) = 0.002473\n  (3) z = 0인 직선: 1 + 3x₁ − 2x₂ = 0\n    이 점은 다음 쪽에 있습니다: z < 0, ŷ < 0.5",
   "latex": "z = w_0 + x_1\\,w_1 + x_2\\,w_2 = 1 + (-1)(3) + (2)(-2) = -6,\\quad a = g(z) = \\sigma(-6) = 0.002473"
  },
  "optimizer": {
   "markdown": "**SGD의 한 단계**\n\n$\\eta = 0.03, \\mu = 0, \\tau = 0, \\lambda = 0$\n\n$J(W) = 1$\n- weight (1, 2)\n  - $\\theta = [0.5, -0.3], \\partial J/\\partial \\theta = [-2, -4]$\n  - $\\theta \\leftarrow \\theta - \\eta\\cdot \\partial J/\\partial \\theta: [0.56, -0.18]$\n  - optimizer.step()의 결과: $[0.56, -0.18]$ ✓\n- bias (1,)\n  - $\\theta = [0.1], \\partial J/\\partial \\theta = [-2]$\n  - $\\theta \\leftarrow \\theta - \\eta\\cdot \\partial J/\\partial \\theta: [0.16]$\n  - optimizer.step()의 결과: $[0.16]$ ✓\n",
   "text": "SGD의 한 단계\n─────────\nη = 0.03,  μ = 0,  τ = 0,  λ = 0\nJ(W) = 1\n  weight (1, 2)\n    θ = [0.5, −0.3],  ∂J/∂θ = [−2, −4]\n    θ ← θ − η·∂J/∂θ:  [0.56, −0.18]\n    optimizer.step()의 결과: [0.56, −0.18] ✓\n  bias (1,)\n    θ = [0.1],  ∂J/∂θ = [−2]\n    θ ← θ − η·∂J/∂θ:  [0.16]\n    optimizer.step()의 결과: [0.16] ✓",
   "latex": "\\theta \\leftarrow \\theta - \\eta\\, g"
  }
 }
};
