"""Lesson 1: the perceptron and artificial neural networks, slide by slide, in English and Korean.

It follows session 1 of the course deck (MLDL: 01 ML/DL, 02 perceptron, 03 neural networks, 04 loss
optimisation). Every number is computed by the code cells, never typed in; every figure comes from ``mldlab.viz``.
"""

from mldlab.lessons._notebook import Code, Markdown

TITLE = {"en": "Session 1 · The perceptron and artificial neural networks",
         "ko": "1차시 · 퍼셉트론과 인공신경망"}

CELLS = [
    Markdown(
        en="""# Session 1 · The perceptron and artificial neural networks

The course (5 sessions): **1** perceptron, neural networks · **2** KNN and regression, decision trees, ensembles ·
**3** unsupervised learning · **4** DNN, CNN, RNN · **5** reinforcement learning, GAN, LLM.

Today: **01** ML and DL · **02** the perceptron · **03** neural networks · **04** optimising the loss.
Every number below is computed by the code, with `mldlab`, whose names are PyTorch's: what you write here runs
in PyTorch with `import torch` instead of `import mldlab`.""",
        ko="""# 1차시 · 퍼셉트론과 인공신경망

과정(5차시): **1** 퍼셉트론, 인공신경망 · **2** KNN + 회귀, 결정트리, 앙상블 · **3** 비지도 학습 ·
**4** DNN, CNN, RNN · **5** 강화학습, GAN, LLM.

오늘: **01** ML과 DL · **02** 퍼셉트론 · **03** 인공신경망 · **04** 손실 최적화.
아래의 모든 수는 코드가 `mldlab`으로 직접 계산합니다. `mldlab`의 이름은 PyTorch와 같아서, 여기서 쓴 코드는
`import mldlab` 대신 `import torch`로 바꾸면 PyTorch에서도 그대로 돌아갑니다.""",
    ),
    Code("""import numpy as np
import mldlab
from mldlab import nn, optim, explain, viz

mldlab.set_language("{lang}")
_ = mldlab.manual_seed(0)"""),
    Markdown(
        en="""## 01 · AI ⊃ ML ⊃ DL

* **Artificial intelligence**: any technique that enables computers to mimic human behaviour.
* **Machine learning**: the ability to learn without being explicitly programmed.
* **Deep learning**: extracting patterns from data with neural networks.""",
        ko="""## 01 · 인공지능 ⊃ 머신러닝 ⊃ 딥러닝

* **인공지능**: 인간의 행동을 컴퓨터가 모방한 어떤 기술
* **머신러닝**: 프로그래밍되지 않아도 학습할 수 있는 능력
* **딥러닝**: 신경망을 이용해 데이터에서 패턴을 추출하는 것""",
    ),
    Markdown(
        en="""## 02 · The perceptron

$\\hat{y} = g\\left(w_0 + \\sum_{i=1}^m x_i w_i\\right) = g(w_0 + X^T W)$: a weighted sum of the inputs (a linear
combination, a dot product), a bias $w_0$, then a non-linear activation function $g$.
A **weight** sets how much an input matters: it is the number the input is multiplied by.

The slide's example: $w_0 = 1$, $w = [3, -2]$, input $x = [-1, 2]$.""",
        ko="""## 02 · 퍼셉트론 (초기 형태의 인공신경망)

$\\hat{y} = g\\left(w_0 + \\sum_{i=1}^m x_i w_i\\right) = g(w_0 + X^T W)$: 입력의 가중합(선형 결합, 스칼라곱)에
편향 $w_0$를 더하고 비선형 활성화 함수 $g$를 적용합니다.
**가중치**는 출력에 영향을 주는 중요도를 조절하는 매개변수, 곧 입력값에 곱해지는 수입니다.

슬라이드의 예: $w_0 = 1$, $w = [3, -2]$, 입력 $x = [-1, 2]$.""",
    ),
    Code("""explain.perceptron(w0=1, w=[3, -2], x=[-1, 2])"""),
    Markdown(
        en="""The same computation with tensors. `backward()` applies the chain rule and leaves
$\\partial\\hat{y}/\\partial w$ in `w.grad`, as PyTorch does.""",
        ko="""같은 계산을 텐서로 해 봅니다. `backward()`가 연쇄법칙을 적용해 $\\partial\\hat{y}/\\partial w$를
`w.grad`에 남깁니다(PyTorch와 같습니다).""",
    ),
    Code("""w0 = mldlab.tensor(1.0, requires_grad=True)
w = mldlab.tensor([3.0, -2.0], requires_grad=True)
x = mldlab.tensor([-1.0, 2.0])

z = w0 + x @ w              # z = w0 + xᵀw
y_hat = mldlab.sigmoid(z)   # ŷ = g(z)
y_hat.backward()
print("z =", z.item(), "  ŷ =", round(y_hat.item(), 6))
print("∂ŷ/∂w =", w.grad, "  ∂ŷ/∂w0 =", w0.grad)"""),
    Markdown(
        en="""## Activation functions

Non-linear functions: the output is not proportional to the input.
* **sigmoid** $g(z) = 1/(1 + e^{-z})$, $g'(z) = g(z)(1 - g(z))$: outputs between 0 and 1, good for probabilities
  (`tf.math.sigmoid(z)`);
* **tanh** $g(z) = (e^z - e^{-z})/(e^z + e^{-z})$, $g'(z) = 1 - g(z)^2$: outputs between −1 and 1, centred, optimises
  well (`tf.math.tanh(z)`);
* **ReLU** $g(z) = \\max(0, z)$, $g'(z) = 1$ if $z > 0$ else 0: piecewise linear, fast to compute (`tf.nn.relu(z)`).""",
        ko="""## 활성화 함수

입력과 출력이 비례하지 않는 비선형 함수입니다.
* **시그모이드** $g(z) = 1/(1 + e^{-z})$, $g'(z) = g(z)(1 - g(z))$: 출력이 0과 1 사이 → 확률에 좋음
  (`tf.math.sigmoid(z)`)
* **하이퍼볼릭 탄젠트** $g(z) = (e^z - e^{-z})/(e^z + e^{-z})$, $g'(z) = 1 - g(z)^2$: 출력이 −1 ~ 1 사이 →
  최적화를 잘함 (`tf.math.tanh(z)`)
* **ReLU** $g(z) = \\max(0, z)$, $z > 0$이면 $g'(z) = 1$, 아니면 0: 부분적으로 선형, 계산이 빠름 (`tf.nn.relu(z)`)""",
    ),
    Code("""viz.activations()"""),
    Code("""explain.activation("sigmoid")"""),
    Markdown(
        en="""The slides' TensorFlow calls run too, with `import mldlab.tf as tf`, and give the same numbers:""",
        ko="""슬라이드의 TensorFlow 코드도 `import mldlab.tf as tf`로 그대로 실행되고 같은 값을 냅니다.""",
    ),
    Code("""import mldlab.tf as tf

z = mldlab.tensor([-2.0, 0.0, 2.0])
print(tf.math.sigmoid(z), tf.math.tanh(z), tf.nn.relu(z))"""),
    Markdown(
        en="""## Why do we need activation functions?

To add non-linearity. Without $g$, any number of dense layers is still one linear map: it can only draw a straight
line between the green and the red points. Non-linearity lets a network approximate arbitrarily complex functions.""",
        ko="""## 활성화 함수가 필요한 이유는?

비선형성을 추가하기 위해서입니다. 선형 활성화 함수는 신경망 크기와 관계없이 선형 결정(직선)만 만듭니다.
비선형성은 임의로 복잡한 함수에 근사할 수 있게 해 줍니다.""",
    ),
    Code("""viz.nonlinearity()"""),
    Markdown(
        en="""## The perceptron draws a line

$\\hat{y} = g(1 + 3x_1 - 2x_2)$ is just a line in 2-D: $1 + 3x_1 - 2x_2 = 0$. On one side $z > 0$ and
$\\hat{y} > 0.5$; on the other $z < 0$ and $\\hat{y} < 0.5$. For $x = [-1, 2]$: $\\hat{y} = g(-6) \\approx 0.002$.""",
        ko="""## 퍼셉트론은 직선을 긋는다

$\\hat{y} = g(1 + 3x_1 - 2x_2)$는 2차원의 직선 $1 + 3x_1 - 2x_2 = 0$입니다. 한쪽에서는 $z > 0$이라
$\\hat{y} > 0.5$, 반대쪽에서는 $\\hat{y} < 0.5$입니다. 모델에 입력되는 모든 값이 이 선의 어느 쪽에 있는지 볼 수
있습니다. $x = [-1, 2]$이면 $\\hat{y} = g(-6) \\approx 0.002$.""",
    ),
    Code("""viz.perceptron()"""),
    Markdown(
        en="""## 03 · Neural networks: multi-output dense layers

Simplified: $z = w_0 + \\sum_j x_j w_j$. With several outputs each gets its own weights:
$z_i = w_{0,i} + \\sum_j x_j w_{j,i}$. A layer where every input is connected to every output is a **dense layer**
(`nn.Linear` in PyTorch, `Dense` in Keras). Its weights form a matrix.""",
        ko="""## 03 · 인공신경망: 다중 출력

단순화하면 $z = w_0 + \\sum_j x_j w_j$입니다. 출력이 여러 개면 입력은 같지만 각 출력에 다른 가중치를 할당합니다:
$z_i = w_{0,i} + \\sum_j x_j w_{j,i}$. 모든 입력이 모든 출력과 연결된 층을 **dense layer**라고 부르며
(PyTorch의 `nn.Linear`, Keras의 `Dense`), 가중치는 행렬이 됩니다.""",
    ),
    Code("""layer = nn.Linear(2, 3)          # m = 2 inputs, 3 outputs z₁, z₂, z₃
print(layer.weight.shape, layer.bias.shape)
explain.forward(layer, mldlab.tensor([[-1.0, 2.0]]))"""),
    Markdown(
        en="""## A single hidden layer, and deep networks

Two weight matrices $W^{(1)}, W^{(2)}$: $z_i = w^{(1)}_{0,i} + \\sum_j x_j w^{(1)}_{j,i}$, then
$\\hat{y}_i = g\\big(w^{(2)}_{0,i} + \\sum_j g(z_j) w^{(2)}_{j,i}\\big)$. A deep network stacks more of them:
$z_{k,i} = w^{(k)}_{0,i} + \\sum_j g(z_{k-1,j}) w^{(k)}_{j,i}$. The slide's code, in Keras and in PyTorch:""",
        ko="""## 단일 은닉층 신경망과 심층 신경망

가중치 행렬이 두 개 필요합니다: $z_i = w^{(1)}_{0,i} + \\sum_j x_j w^{(1)}_{j,i}$, 그다음
$\\hat{y}_i = g\\big(w^{(2)}_{0,i} + \\sum_j g(z_j) w^{(2)}_{j,i}\\big)$. 심층 신경망은 선형 층과 비선형 층의 개수를
늘립니다: $z_{k,i} = w^{(k)}_{0,i} + \\sum_j g(z_{k-1,j}) w^{(k)}_{j,i}$. 슬라이드의 Keras 코드와 PyTorch 코드:""",
    ),
    Code("""m, n = 2, 8
keras_model = tf.keras.Sequential([
    tf.keras.layers.Dense(n),
    tf.keras.layers.Dense(2)
])
torch_model = nn.Sequential(
    nn.Linear(m, n),
    nn.ReLU(),
    nn.Linear(n, 2)
)
print(keras_model(np.zeros((1, m), np.float32)).shape, torch_model(mldlab.zeros(1, m)).shape)
viz.network(torch_model)"""),
    Markdown(
        en="""## 04 · Example: will I pass this class?

$x_1$ = lectures attended, $x_2$ = hours spent on the final project. Each row of $X$ is one student, e.g.
$[4, 5]$, $[2, 1]$, $[5, 8]$. `mldlab.data.pass_exam` generates such a class.""",
        ko="""## 04 · 예시: 시험을 통과할 수 있을까?

$x_1$ = 참석한 수업의 수, $x_2$ = 과제에 투자한 시간. $X$의 각 행이 학생 한 명입니다. 예) $[4, 5]$, $[2, 1]$,
$[5, 8]$. `mldlab.data.pass_exam`이 이런 반을 만들어 줍니다.""",
    ),
    Code("""from mldlab.data import pass_exam, train_test_split, StandardScaler

X, y = pass_exam(n_samples=300, seed=0)
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, stratify=y, seed=0)
scaler = StandardScaler().fit(X_train)          # statistics from the training data only
X_train_s, X_test_s = scaler.transform(X_train), scaler.transform(X_test)
print(X[:3], y[:3])"""),
    Markdown(
        en="""## Loss and empirical risk

The **loss** measures how wrong one prediction is. The **empirical risk** (also: objective function, cost
function) is the mean over the whole data set: $J(W) = \\frac{1}{n}\\sum_{i=1}^n L(f(x^{(i)}; W), y^{(i)})$.
**Binary cross-entropy** for probabilities: $J(W) = -\\frac{1}{n}\\sum_i y^{(i)}\\log f(x^{(i)};W) +
(1 - y^{(i)})\\log(1 - f(x^{(i)};W))$. **Mean squared error** for regression (continuous outputs).""",
        ko="""## 손실함수와 경험적 리스크

예측이 얼마나 틀렸는지 수치화한 것이 **손실**입니다. 데이터셋 전체의 손실, 곧 모든 데이터 손실의 평균이
**경험적 리스크**(목적함수, 비용함수)입니다: $J(W) = \\frac{1}{n}\\sum_{i=1}^n L(f(x^{(i)}; W), y^{(i)})$.
확률을 내는 모델에는 **이진 교차 엔트로피**
$J(W) = -\\frac{1}{n}\\sum_i y^{(i)}\\log f(x^{(i)};W) + (1 - y^{(i)})\\log(1 - f(x^{(i)};W))$,
연속 실수를 내는 회귀 모델에는 **평균 제곱 오차(MSE)**를 씁니다.""",
    ),
    Code("""explain.loss("binary_crossentropy", y_true=[1, 0, 1], y_pred=[0.9, 0.2, 0.4])"""),
    Code("""explain.loss("mse", y_true=[3.0, 1.5], y_pred=[2.5, 2.0])"""),
    Markdown(
        en="""## Optimising the loss: gradient descent

$W^* = \\arg\\min_W J(W)$: find the weights with the smallest loss. The loss is a function of the weights.
Algorithm: 1. initialise the weights randomly $\\sim N(0, \\sigma^2)$; 2. loop until convergence:
3. compute the gradient $\\partial J/\\partial W$ (backpropagation); 4. update $W \\leftarrow W - \\eta\\,
\\partial J/\\partial W$; 5. return the weights. Here it is, written out by hand, for the perceptron on the
"will I pass?" data:""",
        ko="""## 손실의 최적화: 경사 하강법

$W^* = \\arg\\min_W J(W)$: 손실을 최소로 하는 가중치를 찾습니다. 손실은 신경망 가중치의 함수입니다.
알고리즘: 1. 가중치를 무작위로 초기화 $\\sim N(0, \\sigma^2)$ 2. 수렴할 때까지 반복:
3. 기울기 $\\partial J/\\partial W$ 계산(역전파) 4. 가중치 업데이트 $W \\leftarrow W - \\eta\\,\\partial J/\\partial W$
5. 가중치 반환. "시험 통과" 데이터의 퍼셉트론으로 직접 써 봅니다.""",
    ),
    Code("""mldlab.manual_seed(0)
perceptron = nn.Sequential(nn.Linear(2, 1), nn.Sigmoid())      # ŷ = g(w0 + xᵀw)
loss_fn = nn.BCELoss()
xb, yb = mldlab.tensor(X_train_s), mldlab.tensor(y_train).float().reshape(-1, 1)
eta = 0.5
for step in range(201):
    loss = loss_fn(perceptron(xb), yb)            # J(W)
    perceptron.zero_grad()
    loss.backward()                               # ∂J/∂W
    with mldlab.no_grad():
        for p in perceptron.parameters():
            p -= eta * p.grad                     # W ← W − η ∂J/∂W
    if step % 50 == 0:
        print(f"step {step:3d}   J(W) = {loss.item():.4f}")
accuracy = ((perceptron(mldlab.tensor(X_test_s)) > 0.5).float().reshape(-1) == mldlab.tensor(y_test)).float().mean()
print("test accuracy:", round(accuracy.item(), 3))"""),
    Markdown(
        en="""## Backpropagation: the chain rule

How does a small change in a weight change the loss? $\\frac{\\partial J}{\\partial w_1} =
\\frac{\\partial J}{\\partial \\hat{y}} \\cdot \\frac{\\partial \\hat{y}}{\\partial z_1} \\cdot
\\frac{\\partial z_1}{\\partial w_1}$: from the output back to the input, each layer's gradient reuses the one
after it. With real numbers, on a tiny network, and checked against autograd:""",
        ko="""## 역전파: 연쇄법칙

가중치의 작은 변화가 최종 손실 $J(W)$에 어떤 영향을 줄까요? $\\frac{\\partial J}{\\partial w_1} =
\\frac{\\partial J}{\\partial \\hat{y}} \\cdot \\frac{\\partial \\hat{y}}{\\partial z_1} \\cdot
\\frac{\\partial z_1}{\\partial w_1}$. 출력에서 입력 쪽으로, 각 층은 다음 층의 기울기를 다시 씁니다.
작은 신경망에서 실제 수로 계산하고 autograd와 비교해 봅니다.""",
    ),
    Code("""mldlab.manual_seed(1)
tiny = nn.Sequential(nn.Linear(2, 2), nn.Sigmoid(), nn.Linear(2, 1), nn.Sigmoid())
explain.backprop(tiny, mldlab.tensor([[4.0, 5.0]]), mldlab.tensor([[1.0]]), loss="binary_crossentropy")"""),
    Markdown(
        en="""## The loss landscape

High-dimensional loss, seen in low dimensions (Li et al., "Visualizing the loss landscape of neural nets", 2017):
the loss of our trained perceptron along two random, filter-normalised directions around its weights.""",
        ko="""## 손실 지형

고차원 손실함수를 저차원으로 봅니다(Li 외, "Visualizing the loss landscape of neural nets", 2017).
학습한 퍼셉트론의 가중치 주변에서, 필터 정규화한 두 무작위 방향을 따라 잰 손실입니다.""",
    ),
    Code("""model = mldlab.Model(perceptron)
model.compile(optimizer="sgd", loss="binary_crossentropy", metrics=["accuracy"])
viz.loss_landscape(model, X_train_s, y_train)"""),
    Markdown(
        en="""## The learning rate

$W \\leftarrow W - \\eta\\,\\partial J/\\partial W$: $\\eta$ sets the size of each step. Too small: slow, or stuck
in a poor minimum. Too large: overshoots, becomes unstable and diverges. Just right: converges.""",
        ko="""## 학습률

$W \\leftarrow W - \\eta\\,\\partial J/\\partial W$에서 학습률 $\\eta$는 가중치 업데이트의 크기, 곧 얼마나
하강할지를 정합니다. 너무 작으면 느리게 수렴하거나 잘못된 최소값에 도달하고, 너무 크면 초과하여 불안정해지고
발산합니다. 적당하면 이상적인 값에 수렴합니다.""",
    ),
    Code("""viz.learning_rates()"""),
    Markdown(
        en="""## Adaptive learning rates

Instead of trying rates one by one, algorithms adapt the step to the landscape: how large the gradient is, how
fast learning goes, the size of each weight. SGD, Adam, Adadelta, Adagrad, RMSProp are one line each
(`optim.Adam(...)`, `tf.keras.optimizers.Adam()`). The race, from one start:""",
        ko="""## 적응적 학습률

학습률을 일일이 대입하는 대신, 손실 지형에 적응하는 알고리즘이 기울기의 크기, 학습 속도, 가중치의 크기 등에
따라 학습률을 키우거나 줄입니다. SGD, Adam, Adadelta, Adagrad, RMSProp은 코드 한 줄이면 됩니다
(`optim.Adam(...)`, `tf.keras.optimizers.Adam()`). 같은 출발점에서의 경주:""",
    ),
    Code("""viz.optimizer_race()"""),
    Code("""mldlab.manual_seed(2)
net = nn.Sequential(nn.Linear(2, 1), nn.Sigmoid())
explain.gradient_step(net, optim.Adam(net.parameters(), lr=0.1), mldlab.tensor(X_train_s[:4]),
                      mldlab.tensor(y_train[:4]).float().reshape(-1, 1), loss="binary_crossentropy")"""),
    Markdown(
        en="""## Gradient descent, stochastic, mini-batch

An **epoch** is one pass over the training data; a **batch** is the part used for one update; an **iteration**
is one update. Full-batch gradient descent is exact but costly per step, SGD (one sample) is cheap but noisy,
mini-batches sit in between.""",
        ko="""## 경사 하강법, 확률적 경사 하강법, 미니배치

**에포크**는 학습 데이터를 한 번 다 보는 것, **배치**는 한 번의 업데이트에 쓰는 데이터 묶음, **반복
(iteration)**은 업데이트 한 번입니다. 전체 배치는 정확하지만 한 걸음이 비싸고, SGD(표본 하나)는 싸지만 요동치며,
미니배치는 그 사이입니다.""",
    ),
    Code("""viz.batch_sizes()"""),
    Markdown(
        en="""## The same network with `fit`

Keras's `fit` runs the loop above for us: mini-batches, epochs, validation data, a progress bar and callbacks.""",
        ko="""## 같은 신경망을 `fit`으로

Keras의 `fit`은 위의 반복문을 대신 돌려 줍니다: 미니배치, 에포크, 검증 데이터, 진행 막대, 콜백.""",
    ),
    Code("""from mldlab.train.callbacks import EarlyStopping

mldlab.manual_seed(0)
model = mldlab.Model(nn.Sequential(nn.Linear(2, 8), nn.Tanh(), nn.Linear(8, 1), nn.Sigmoid()))
model.compile(optimizer="adam", loss="binary_crossentropy", metrics=["accuracy"])
stop = EarlyStopping(monitor="val_loss", patience=10, restore_best_weights=True)
history = model.fit(X_train_s, y_train, batch_size=16, epochs=200, validation_split=0.2, callbacks=[stop],
                    verbose=0)
loss, accuracy = model.evaluate(X_test_s, y_test, verbose=0)
print(f"epochs: {len(history.history['loss'])}   test loss {loss:.4f}   test accuracy {accuracy:.3f}")
viz.history(history, early_stopping=stop)"""),
    Code("""explain.diagnose(history)"""),
    Markdown(
        en="""## Underfitting and overfitting

Too little capacity underfits (training and test error both high); too much overfits (training error low, test
error high). The goal is the model that generalises.""",
        ko="""## 과소적합과 과대적합

모델의 용량이 너무 작으면 과소적합(학습·테스트 오차 모두 큼), 너무 크면 과대적합(학습 오차는 작고 테스트
오차는 큼)입니다. 목표는 일반화가 잘 되는 모델입니다.""",
    ),
    Code("""viz.capacity()"""),
    Markdown(
        en="""## Regularisation: dropout and early stopping

**Dropout** switches off random units during training (each with probability $p$), so the network cannot rely
on any single one. **Early stopping** stops when the validation loss stops improving and keeps the best weights.""",
        ko="""## 정규화: 드롭아웃과 조기 종료

**드롭아웃**은 학습 중 무작위로 뉴런을 끕니다(각각 확률 $p$). 신경망이 특정 뉴런에만 기대지 못하게 합니다.
**조기 종료**는 검증 손실이 더 나아지지 않으면 학습을 멈추고 가장 좋았던 가중치를 남깁니다.""",
    ),
    Code("""viz.regularization()"""),
    Markdown(
        en="""## Exercises (answers for teachers below each)

1. With $w_0 = 1$, $w = [3, -2]$, which of $x = [0, 0]$ and $x = [1, 3]$ does the perceptron put on the
   "$\\hat{y} > 0.5$" side?
2. What is $\\sigma'(0)$, and why does it matter for learning?
3. A student attended 12 lectures and worked 6 hours. What does the trained network predict?""",
        ko="""## 연습 문제 (각 문제 아래에 교사용 답)

1. $w_0 = 1$, $w = [3, -2]$일 때 $x = [0, 0]$과 $x = [1, 3]$ 중 어느 점이 "$\\hat{y} > 0.5$" 쪽에 있을까요?
2. $\\sigma'(0)$은 얼마이며, 학습에 왜 중요할까요?
3. 수업에 12번 참석하고 6시간 공부한 학생에 대해 학습한 신경망은 무엇을 예측할까요?""",
    ),
    Code("""for point in ([0.0, 0.0], [1.0, 3.0]):
    result = explain.perceptron(w0=1, w=[3, -2], x=point)
    print(point, "z =", result.z, " ŷ =", round(result.y_hat, 4))"""),
    Code("""z = mldlab.tensor(0.0, requires_grad=True)
mldlab.sigmoid(z).backward()
print("σ'(0) =", z.grad.item())   # the largest slope of σ: far from 0 the slope, and so learning, fades"""),
    Code("""student = scaler.transform(np.array([[12.0, 6.0]], dtype=np.float32))
print("P(pass) =", round(float(model.predict(student)[0, 0]), 3))"""),
]
