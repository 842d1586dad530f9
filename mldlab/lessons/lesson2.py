"""Lesson 2: KNN and regression, decision trees, ensembles, in English and Korean.

It follows session 2 of the course schedule (01 the workflow, 02 KNN, 03 regression, 04 classification metrics,
05 decision trees, 06 ensembles, 07 model selection) with ``mldlab.ml``, whose names are scikit-learn's. Every number
is computed by the code cells, never typed in; every figure comes from ``mldlab.viz``.
"""

from mldlab.lessons._notebook import Code, Markdown

TITLE = {"en": "Session 2 · KNN and regression, decision trees, ensembles",
         "ko": "2차시 · KNN과 회귀, 결정트리, 앙상블"}

CELLS = [
    Markdown(
        en="""# Session 2 · KNN and regression, decision trees, ensembles

The course (5 sessions): **1** perceptron, neural networks · **2** KNN and regression, decision trees, ensembles ·
**3** unsupervised learning · **4** DNN, CNN, RNN · **5** reinforcement learning, GAN, LLM.

Today: **01** the machine-learning workflow · **02** k nearest neighbours · **03** regression · **04** measuring a
classifier · **05** decision trees · **06** ensembles · **07** choosing a model.

Session 1 wrote the training loop by hand. Today's models come ready-made, with scikit-learn's names: every cell
below runs in scikit-learn if `from mldlab.ml import X` becomes `from sklearn.<module> import X`
(`sklearn.neighbors`, `sklearn.linear_model`, `sklearn.tree`, `sklearn.ensemble`, `sklearn.preprocessing`,
`sklearn.pipeline`, `sklearn.model_selection`, `sklearn.metrics`) and gives the same numbers on the same data.
Two exceptions: the `explain` cells, which open mldlab's models to show their numbers, and `optimizer=`, mldlab's own
way to train `SGDRegressor` with session 1's optimizers. Random draws (`random_state=0` in a split or a forest) use
another random generator, so the numbers there are of the same kind but not equal; the data below is split by
`mldlab.data`'s `train_test_split` in both. The difference that matters: `mldlab.ml` is short NumPy code you can
open and read.""",
        ko="""# 2차시 · KNN과 회귀, 결정트리, 앙상블

과정(5차시): **1** 퍼셉트론, 인공신경망 · **2** KNN + 회귀, 결정트리, 앙상블 · **3** 비지도 학습 ·
**4** DNN, CNN, RNN · **5** 강화학습, GAN, LLM.

오늘: **01** 머신러닝의 작업 흐름 · **02** k-최근접 이웃 · **03** 회귀 · **04** 분류 모델의 평가 ·
**05** 결정트리 · **06** 앙상블 · **07** 모델 선택.

1차시에는 학습 반복문을 직접 썼습니다. 오늘의 모델은 이미 만들어져 있고 이름은 scikit-learn과 같습니다.
아래의 모든 셀은 `from mldlab.ml import X`를 `from sklearn.<모듈> import X`로 바꾸면
(`sklearn.neighbors`, `sklearn.linear_model`, `sklearn.tree`, `sklearn.ensemble`, `sklearn.preprocessing`,
`sklearn.pipeline`, `sklearn.model_selection`, `sklearn.metrics`) scikit-learn에서도 그대로 돌아가고 같은 수를
냅니다(같은 데이터에서). 예외는 두 가지입니다. mldlab의 모델을 열어 수를 보여 주는 `explain` 셀, 그리고
`SGDRegressor`를 1차시의 옵티마이저로 학습하는 mldlab만의 `optimizer=`입니다. 무작위 추출(분할이나 포레스트의
`random_state=0`)은 난수 생성기가 달라서 결과가 같은 종류이지만 같은 수는 아닙니다. 아래 데이터는 두 쪽 모두
`mldlab.data`의 `train_test_split`으로 나눕니다. 중요한 차이는 `mldlab.ml`이 직접 열어 읽을 수 있는 짧은 NumPy
코드라는 것입니다.""",
    ),
    Code("""import numpy as np
import mldlab
from mldlab import explain, viz

mldlab.set_language("{lang}")"""),
    Markdown(
        en="""## 01 · The machine-learning workflow

Every model in scikit-learn is an **estimator** with the same three methods:
* `fit(X, y)` learns from the training data and keeps what it learned in attributes ending in `_` (`coef_`,
  `classes_`, ...);
* `predict(X)` answers for new rows;
* `score(X, y)` grades the answers: accuracy for a classifier, $R^2$ for a regressor.

The workflow: split the data into a **training** and a **test** part; fit everything (the scaler too) on the
training part only; look at the test part once, at the end, to estimate how the model does on data it has never
seen. Our data is session 1's "will I pass this class?": $x_1$ = lectures attended, $x_2$ = hours spent on the
final project.""",
        ko="""## 01 · 머신러닝의 작업 흐름

scikit-learn의 모든 모델은 같은 세 메서드를 가진 **추정기(estimator)**입니다.
* `fit(X, y)`: 학습 데이터로 배우고, 배운 것을 이름이 `_`로 끝나는 속성(`coef_`, `classes_` 등)에 남깁니다.
* `predict(X)`: 새 데이터에 대해 답합니다.
* `score(X, y)`: 답을 채점합니다. 분류 모델은 정확도, 회귀 모델은 $R^2$입니다.

작업 흐름: 데이터를 **학습용**과 **테스트용**으로 나눕니다. 스케일러를 포함한 모든 것은 학습용으로만 맞춥니다.
테스트용은 마지막에 한 번만 보고, 처음 보는 데이터에서 모델이 얼마나 잘할지 가늠합니다. 데이터는 1차시의
"시험을 통과할 수 있을까?"입니다: $x_1$ = 참석한 수업의 수, $x_2$ = 과제에 투자한 시간.""",
    ),
    Code("""from mldlab.data import pass_exam, train_test_split     # the same rows in mldlab and in scikit-learn

X, y, feature_names, class_names = pass_exam(n_samples=300, seed=0, return_names=True)
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, stratify=y, random_state=0)
print(feature_names, class_names)
print(X.shape, "→", X_train.shape, "+", X_test.shape, "  P(pass) =", y.mean().round(3))"""),
    Markdown(
        en="""A **Pipeline** chains the steps: `fit` fits the scaler on the data it is given, transforms it, and fits
the model on the result; `predict` and `score` transform new data with the scaler's *training* mean and standard
deviation. So the test data can never leak into the preprocessing.""",
        ko="""**Pipeline**은 여러 단계를 이어 붙입니다. `fit`은 받은 데이터로 스케일러를 맞추고 변환한 뒤 그 결과로
모델을 학습합니다. `predict`와 `score`는 새 데이터를 스케일러가 *학습 데이터*에서 구한 평균과 표준편차로
변환합니다. 그래서 테스트 데이터가 전처리에 새어 들어갈 수 없습니다.""",
    ),
    Code("""from mldlab.ml import KNeighborsClassifier, Pipeline, StandardScaler

model = Pipeline([("scaler", StandardScaler()), ("knn", KNeighborsClassifier(n_neighbors=5))])
model.fit(X_train, y_train)
print("predict:", model.predict(X_test[:8]))
print("true:   ", y_test[:8])
print("mean, std (training):", model.named_steps["scaler"].mean_.round(2), model.named_steps["scaler"].scale_.round(2))
print("score (test accuracy):", round(model.score(X_test, y_test), 3))
model"""),
    Markdown(
        en="""## 02 · k nearest neighbours (KNN)

To decide about a new student, look at the $k$ students of the training data most like them and let them vote.
* **distance**: $d(x, x') = \\sqrt{\\sum_j (x_j - x'_j)^2}$ (Euclidean);
* **the $k$ nearest**: sort the training points by distance, keep the first $k$;
* **the vote**: the most common class among them wins; `predict_proba` gives each class's share of the votes.

`fit` only stores the training data: KNN learns nothing in advance, all the work is at prediction time. The slides'
student: 4 lectures, 5 hours. Here by hand, with NumPy, on the raw features:""",
        ko="""## 02 · k-최근접 이웃 (KNN)

새 학생을 판단할 때, 학습 데이터에서 그 학생과 가장 비슷한 $k$명을 찾아 투표하게 합니다.
* **거리**: $d(x, x') = \\sqrt{\\sum_j (x_j - x'_j)^2}$ (유클리드 거리)
* **가장 가까운 $k$개**: 학습 데이터를 거리순으로 정렬해 앞의 $k$개를 고릅니다.
* **투표**: 그중 가장 많은 클래스가 이깁니다. `predict_proba`는 각 클래스가 받은 표의 비율입니다.

`fit`은 학습 데이터를 저장할 뿐입니다. KNN은 미리 배우는 것이 없고 모든 일은 예측할 때 일어납니다.
슬라이드의 학생(수업 4번, 과제 5시간)을 원래 특성 그대로 NumPy로 직접 계산해 봅니다.""",
    ),
    Code("""knn = KNeighborsClassifier(n_neighbors=5).fit(X_train, y_train)
student = np.array([[4.0, 5.0]])

d = np.sqrt(((X_train - student) ** 2).sum(axis=1))     # d(x, xᵢ) for every training student
nearest = np.argsort(d, kind="stable")[:5]              # the k = 5 nearest
votes = np.bincount(y_train[nearest], minlength=2)
print("neighbours:", X_train[nearest].astype(float).round(2).tolist())
print("distances: ", d[nearest].round(3), "  classes:", y_train[nearest])
print("votes (fail, pass):", votes, "→ P =", votes / 5)
print("knn.predict_proba:", knn.predict_proba(student), "  knn.predict:", knn.predict(student))
distances, indices = knn.kneighbors(student)
print("same neighbours as kneighbors:", sorted(indices[0].tolist()) == sorted(nearest.tolist()))"""),
    Code("""explain.knn(knn, [4.0, 5.0])"""),
    Markdown(
        en="""**How large a $k$?** With $k = 1$ each training student decides alone for the space around them, luck
included: the training accuracy is always 1, the regions are full of islands (overfitting). A large $k$ averages
over many students: smooth regions, but too large a $k$ blurs the rule (underfitting).""",
        ko="""**$k$는 얼마나 크게?** $k = 1$이면 학습 데이터의 학생 한 명이 자기 주변을 혼자 결정합니다. 운까지
그대로 외우므로 학습 정확도는 언제나 1이고 영역에는 섬이 가득합니다(과적합). $k$가 크면 많은 학생의 평균을
보므로 영역이 매끄러워지지만, 너무 크면 규칙이 흐려집니다(과소적합).""",
    ),
    Code("""def scaled_knn(k):
    return Pipeline([("scaler", StandardScaler()), ("knn", KNeighborsClassifier(n_neighbors=k))])


for k in (1, 5, 15, 51):
    pipe = scaled_knn(k).fit(X_train, y_train)
    print(f"k = {k:2d}   train {pipe.score(X_train, y_train):.3f}   test {pipe.score(X_test, y_test):.3f}")"""),
    Code("""knn_1, knn_15 = scaled_knn(1).fit(X_train, y_train), scaled_knn(15).fit(X_train, y_train)
viz.decision_regions([knn_1, knn_15], X_train, y_train, X_test=X_test, y_test=y_test, titles=["k = 1", "k = 15"],
                     feature_names=feature_names)"""),
    Markdown(
        en="""**Why scaling matters.** The distance adds up the features' differences, so the feature with the largest
numbers decides. Record the project time in *minutes* instead of hours: the same information, but now a difference
of 60 minutes outweighs any difference in lectures (at most 15), and unscaled KNN hardly looks at the lectures.
`StandardScaler` puts every feature on the same footing: $z = (x - \\mu) / \\sigma$. The real wine data (13
measurements from about 0.1 to 1,680) shows the same.""",
        ko="""**스케일링이 중요한 이유.** 거리는 특성마다의 차이를 더하므로, 숫자가 가장 큰 특성이 결정을 좌우합니다.
과제 시간을 시간 대신 *분*으로 기록해 봅시다. 정보는 같지만 이제 60분의 차이가 수업 수의 어떤 차이(많아야 15)보다
커서, 스케일링하지 않은 KNN은 수업 수를 거의 보지 않습니다. `StandardScaler`는 모든 특성을 같은 기준에 둡니다:
$z = (x - \\mu) / \\sigma$. 실제 와인 데이터(0.1부터 약 1,680까지의 측정값 13개)에서도 똑같습니다.""",
    ),
    Code("""minutes = np.array([1.0, 60.0], dtype=np.float32)           # hours → minutes
raw = KNeighborsClassifier(n_neighbors=15).fit(X_train * minutes, y_train)
scaled = scaled_knn(15).fit(X_train * minutes, y_train)
print(f"pass_exam in minutes: raw {raw.score(X_test * minutes, y_test):.3f}   "
      f"scaled {scaled.score(X_test * minutes, y_test):.3f}")

from mldlab.data import load_wine

X_wine, y_wine = load_wine()
Xw_train, Xw_test, yw_train, yw_test = train_test_split(X_wine, y_wine, test_size=0.3, stratify=y_wine,
                                                        random_state=0)
print("wine ranges:", X_wine.min(axis=0).min().round(2), "…", X_wine.max(axis=0).max().round(1))
raw = KNeighborsClassifier(n_neighbors=5).fit(Xw_train, yw_train)
scaled = scaled_knn(5).fit(Xw_train, yw_train)
print(f"wine: raw {raw.score(Xw_test, yw_test):.3f}   scaled {scaled.score(Xw_test, yw_test):.3f}")"""),
    Markdown(
        en="""## 03 · Regression: predicting a number

**Linear regression** is session 1's perceptron without the activation: $\\hat{y} = w_0 + x^T w$. **Least
squares** picks the weights with the smallest mean squared error $J(w) = \\frac{1}{n}\\sum_i (y_i - \\hat{y}_i)^2$,
session 1's MSE. Setting $\\partial J / \\partial w = 0$ gives the **normal equations** $A^T A\\, w = A^T y$, where
$A$ is $X$ with a first column of ones (for $w_0$): one linear system, no loop. The data: points around the line
$y = 2x + 1$ with noise.""",
        ko="""## 03 · 회귀: 수를 예측하기

**선형 회귀**는 1차시의 퍼셉트론에서 활성화 함수를 뺀 것입니다: $\\hat{y} = w_0 + x^T w$. **최소제곱법**은
평균 제곱 오차 $J(w) = \\frac{1}{n}\\sum_i (y_i - \\hat{y}_i)^2$, 곧 1차시의 MSE가 가장 작은 가중치를 고릅니다.
$\\partial J / \\partial w = 0$으로 두면 **정규방정식** $A^T A\\, w = A^T y$가 나옵니다($A$는 $X$의 앞에 $w_0$를
위한 1의 열을 붙인 것). 반복 없이 연립방정식 하나로 풉니다. 데이터는 직선 $y = 2x + 1$ 주위에 잡음이 섞인
점들입니다.""",
    ),
    Code("""from mldlab.data import linear
from mldlab.ml import LinearRegression

X_line, y_line = linear(n_samples=20, noise=1.0, seed=0)
A = np.c_[np.ones(len(X_line)), X_line]                    # [1, x]
w = np.linalg.solve(A.T @ A, A.T @ y_line)                 # AᵀA w = Aᵀy
print("normal equations:  w0 =", w[0].round(4), "  w1 =", w[1].round(4))
line = LinearRegression().fit(X_line, y_line)
print("LinearRegression:  intercept_ =", round(float(line.intercept_), 4), "  coef_ =", line.coef_.round(4))"""),
    Markdown(
        en="""`explain.least_squares` writes the same solution out with its numbers. It first centres the data
($x - \\bar{x}$, $y - \\bar{y}$): then $w_0$ drops out of the equations and comes back as
$w_0 = \\bar{y} - \\bar{x}^T w$.""",
        ko="""`explain.least_squares`는 같은 풀이를 수와 함께 보여 줍니다. 먼저 데이터를 평균이 0이 되게 옮깁니다
($x - \\bar{x}$, $y - \\bar{y}$). 그러면 $w_0$가 식에서 빠졌다가 $w_0 = \\bar{y} - \\bar{x}^T w$로 돌아옵니다.""",
    ),
    Code("""explain.least_squares(line, X_line, y_line)"""),
    Markdown(
        en="""**The bridge to session 1.** The same line found by gradient descent: `SGDRegressor` is a one-layer
network $z = xW + b$ trained with mldlab's own `optim.SGD` (or `optim.Adam`) on the MSE, exactly the loop of session 1:
$W \\leftarrow W - \\eta\\, \\partial J / \\partial W$. It walks to the same weights the normal equations reach in
one step.""",
        ko="""**1차시와의 연결.** 같은 직선을 경사 하강법으로 찾아봅니다. `SGDRegressor`는 층이 하나인 신경망
$z = xW + b$를 MSE에 대해 mldlab의 `optim.SGD`(또는 `optim.Adam`)로 학습합니다. 1차시의 반복문
$W \\leftarrow W - \\eta\\, \\partial J / \\partial W$ 그대로입니다. 정규방정식이 한 번에 구하는 가중치에
한 걸음씩 다가갑니다.""",
    ),
    Code("""from mldlab.ml import SGDRegressor

for optimizer in ("sgd", "adam"):
    sgd = SGDRegressor(optimizer=optimizer, eta0=0.05, alpha=0.0, max_iter=200, tol=None, random_state=0)
    sgd.fit(X_line, y_line)
    print(f"SGDRegressor({optimizer}):  w0 = {sgd.intercept_[0]:.4f}   w1 = {sgd.coef_[0]:.4f}")"""),
    Markdown(
        en="""**Real data, and how to grade a regressor.** 442 diabetes patients, 10 measurements (age, sex, body mass
index, blood pressure, six blood values), and the progression of the disease a year later.
* $\\mathrm{MSE} = \\frac{1}{n}\\sum_i (y_i - \\hat{y}_i)^2$, and $\\mathrm{RMSE} = \\sqrt{\\mathrm{MSE}}$ in the
  units of $y$;
* $R^2 = 1 - \\frac{\\sum_i (y_i - \\hat{y}_i)^2}{\\sum_i (y_i - \\bar{y})^2}$: 1 is perfect, 0 is no better than
  always predicting the mean $\\bar{y}$. It is what `score` returns.

KNN predicts numbers too: `KNeighborsRegressor` predicts the mean $y$ of the $k$ nearest patients.""",
        ko="""**실제 데이터와 회귀 모델의 채점.** 당뇨병 환자 442명의 측정값 10개(나이, 성별, 체질량지수, 혈압, 혈액
검사 6개)와 1년 뒤 병의 진행 정도입니다.
* $\\mathrm{MSE} = \\frac{1}{n}\\sum_i (y_i - \\hat{y}_i)^2$, 그리고 $y$와 같은 단위인
  $\\mathrm{RMSE} = \\sqrt{\\mathrm{MSE}}$
* $R^2 = 1 - \\frac{\\sum_i (y_i - \\hat{y}_i)^2}{\\sum_i (y_i - \\bar{y})^2}$: 1이면 완벽, 0이면 늘 평균
  $\\bar{y}$를 예측하는 것과 같습니다. `score`가 돌려주는 값입니다.

KNN으로 수도 예측할 수 있습니다. `KNeighborsRegressor`는 가장 가까운 환자 $k$명의 $y$ 평균을 예측합니다.""",
    ),
    Code("""from mldlab.data import load_diabetes
from mldlab.ml import KNeighborsRegressor, make_pipeline, mean_squared_error, r2_score, root_mean_squared_error

X_dia, y_dia, diabetes_names, _ = load_diabetes(return_names=True)
Xd_train, Xd_test, yd_train, yd_test = train_test_split(X_dia, y_dia, test_size=0.25, random_state=0)
regression = LinearRegression().fit(Xd_train, yd_train)
y_pred = regression.predict(Xd_test)
r2_by_hand = 1 - ((yd_test - y_pred) ** 2).sum() / ((yd_test - yd_test.mean()) ** 2).sum()
print(f"MSE  = {mean_squared_error(yd_test, y_pred):.1f}")
print(f"RMSE = {root_mean_squared_error(yd_test, y_pred):.1f}   (y from {yd_test.min():.0f} to {yd_test.max():.0f})")
print(f"R²   = {r2_score(yd_test, y_pred):.4f}   by hand {r2_by_hand:.4f}   "
      f"score {regression.score(Xd_test, yd_test):.4f}")
knn_regression = make_pipeline(StandardScaler(), KNeighborsRegressor(n_neighbors=10)).fit(Xd_train, yd_train)
print(f"KNeighborsRegressor, k = 10:  R² = {knn_regression.score(Xd_test, yd_test):.4f}")"""),
    Markdown(
        en="""**Ridge and Lasso: a price on large weights.** Ridge minimises $\\|y - Xw\\|^2 + \\alpha \\|w\\|_2^2$,
Lasso $\\frac{1}{2n}\\|y - Xw\\|^2 + \\alpha \\|w\\|_1$. The larger $\\alpha$, the smaller the weights
`coef_`: Ridge shrinks them all towards 0, Lasso sets some exactly to 0 and so picks the features that matter. It is
regularisation, as dropout and early stopping were in session 1.""",
        ko="""**Ridge와 Lasso: 큰 가중치에 값을 매기기.** Ridge는 $\\|y - Xw\\|^2 + \\alpha \\|w\\|_2^2$를, Lasso는
$\\frac{1}{2n}\\|y - Xw\\|^2 + \\alpha \\|w\\|_1$을 최소화합니다. $\\alpha$가 클수록 가중치 `coef_`가 작아집니다.
Ridge는 모두를 0 쪽으로 줄이고, Lasso는 일부를 정확히 0으로 만들어 중요한 특성만 남깁니다. 1차시의 드롭아웃,
조기 종료와 같은 정규화입니다.""",
    ),
    Code("""from mldlab.ml import Lasso, Ridge

print(" " * 13 + "".join(f"{name:>7}" for name in diabetes_names) + "   R² test")
for alpha in (0.01, 0.1, 1.0, 10.0):
    for Estimator in (Ridge, Lasso):
        fitted = Estimator(alpha=alpha).fit(Xd_train, yd_train)
        print(f"{Estimator.__name__:5} α={alpha:<5}" + "".join(f"{c:7.0f}" for c in fitted.coef_.round() + 0.0)
              + f"   {fitted.score(Xd_test, yd_test):.3f}")"""),
    Markdown(
        en="""**Curves with straight lines: polynomial features.** `PolynomialFeatures(d)` turns $x$ into
$[1, x, x^2, \\dots, x^d]$; a linear regression on those columns fits a polynomial of degree $d$. The degree is the
model's capacity. On 30 noisy points of a sine wave (session 1's underfitting and overfitting figure, now with
numbers): degree 1 underfits the wave, degree 5 follows it, degree 12 bends towards every training point. The
pipeline scales $x$ first, so that $x^{12}$ stays a reasonable number.""",
        ko="""**직선으로 곡선을: 다항 특성.** `PolynomialFeatures(d)`는 $x$를 $[1, x, x^2, \\dots, x^d]$로 바꿉니다.
이 열들로 선형 회귀를 하면 $d$차 다항식을 맞추는 셈입니다. 차수가 곧 모델의 용량입니다. 사인 곡선 위의 잡음
섞인 점 30개에서(1차시의 과소적합·과적합 그림을 이번에는 수로) 1차는 과소적합, 5차는 곡선을 따라가고, 12차는
모든 학습 점 쪽으로 휘어집니다. $x^{12}$가 너무 큰 수가 되지 않도록 파이프라인이 $x$를 먼저 스케일링합니다.""",
    ),
    Code("""from mldlab.data import sine
from mldlab.ml import PolynomialFeatures

X_curve, y_curve = sine(n_samples=30, noise=0.2, seed=0)
Xc_train, Xc_test, yc_train, yc_test = train_test_split(X_curve, y_curve, test_size=0.5, random_state=0)
for degree in (1, 3, 5, 9, 12):
    curve = make_pipeline(StandardScaler(), PolynomialFeatures(degree), LinearRegression()).fit(Xc_train, yc_train)
    print(f"degree {degree:2d}   train MSE {mean_squared_error(yc_train, curve.predict(Xc_train)):8.3f}"
          f"   test MSE {mean_squared_error(yc_test, curve.predict(Xc_test)):8.3f}")"""),
    Markdown(
        en="""A **validation curve** does this for every degree, with cross-validation (section 07) instead of one
split: the training score only rises with the degree, the validation score rises, peaks and falls.""",
        ko="""**검증 곡선**은 이것을 모든 차수에 대해, 한 번의 분할 대신 교차 검증(07절)으로 합니다. 학습 점수는 차수와
함께 오르기만 하고, 검증 점수는 오르다가 정점을 지나 떨어집니다.""",
    ),
    Code("""from mldlab.ml import KFold

viz.validation_curve(make_pipeline(StandardScaler(), PolynomialFeatures(), LinearRegression()), X_curve, y_curve,
                     "polynomialfeatures__degree", list(range(1, 13)),
                     cv=KFold(n_splits=5, shuffle=True, random_state=0))"""),
    Markdown(
        en="""## 04 · Measuring a classifier

**Logistic regression** is session 1's perceptron $\\hat{y} = \\sigma(w_0 + x^T w)$, trained to the minimum of the
binary cross-entropy. On "will I pass?" it finds back the rule the data was made with: a lecture is worth 1 point,
an hour 1.2 points, and 13 points are needed ($z = x_1 + 1.2 x_2 - 13$).""",
        ko="""## 04 · 분류 모델의 평가

**로지스틱 회귀**는 1차시의 퍼셉트론 $\\hat{y} = \\sigma(w_0 + x^T w)$를 이진 교차 엔트로피가 최소가 되도록
학습한 것입니다. "시험 통과" 데이터에서 데이터를 만든 규칙을 다시 찾아냅니다. 수업 한 번에 1점, 과제 한
시간에 1.2점, 통과에 13점이 필요합니다($z = x_1 + 1.2 x_2 - 13$).""",
    ),
    Code("""from mldlab.ml import LogisticRegression

logistic = LogisticRegression().fit(X_train, y_train)
print("w =", logistic.coef_.round(3), "  w0 =", logistic.intercept_.round(3))
print("P(pass) of the slides' student [4, 5]:", logistic.predict_proba(student)[0, 1].round(4))
print("test accuracy:", round(logistic.score(X_test, y_test), 3))"""),
    Markdown(
        en="""Accuracy alone can hide what goes wrong. The **confusion matrix** counts each kind of answer (positive =
"pass"): rows are the truth, columns the prediction, $\\begin{bmatrix} TN & FP \\\\ FN & TP \\end{bmatrix}$.
* **precision** $= TP / (TP + FP)$: of the students predicted to pass, how many did;
* **recall** $= TP / (TP + FN)$: of the students who passed, how many were found;
* **F1** $= 2 \\cdot \\mathrm{precision} \\cdot \\mathrm{recall} / (\\mathrm{precision} + \\mathrm{recall})$.""",
        ko="""정확도만으로는 무엇이 틀렸는지 보이지 않습니다. **혼동 행렬**은 답의 종류마다 개수를 셉니다(양성 =
"통과"). 행은 실제, 열은 예측입니다: $\\begin{bmatrix} TN & FP \\\\ FN & TP \\end{bmatrix}$.
* **정밀도** $= TP / (TP + FP)$: 통과한다고 예측한 학생 중 실제로 통과한 비율
* **재현율** $= TP / (TP + FN)$: 실제로 통과한 학생 중 찾아낸 비율
* **F1** $= 2 \\cdot \\mathrm{precision} \\cdot \\mathrm{recall} / (\\mathrm{precision} + \\mathrm{recall})$""",
    ),
    Code("""from mldlab.ml import confusion_matrix, f1_score, precision_score, recall_score

predicted = logistic.predict(X_test)
(tn, fp), (fn, tp) = confusion_matrix(y_test, predicted)
print(confusion_matrix(y_test, predicted))
print(f"precision = {tp}/({tp}+{fp}) = {tp / (tp + fp):.4f}   "
      f"precision_score = {precision_score(y_test, predicted):.4f}")
print(f"recall    = {tp}/({tp}+{fn}) = {tp / (tp + fn):.4f}   "
      f"recall_score    = {recall_score(y_test, predicted):.4f}")
print(f"F1 = {f1_score(y_test, predicted):.4f}")"""),
    Markdown(
        en="""**ROC and AUC.** "Pass" means $P(\\text{pass}) > 0.5$, but the threshold is a choice. Lower it and more
passers are found (true positive rate, the recall, goes up) but more failers are wrongly let through (false positive
rate $FP / (FP + TN)$ goes up too). The **ROC curve** draws both for every threshold; the area under it, **AUC**, is
the chance that a random passer gets a higher score than a random failer (1 perfect, 0.5 a coin).""",
        ko="""**ROC와 AUC.** "통과"는 $P(\\text{pass}) > 0.5$라는 뜻이지만 기준값은 우리가 정하는 것입니다. 기준을
낮추면 통과할 학생을 더 많이 찾지만(참양성률, 곧 재현율 증가) 불합격할 학생도 더 많이 통과로 잘못 판정합니다
(거짓양성률 $FP / (FP + TN)$ 증가). **ROC 곡선**은 모든 기준값에서 이 둘을 그립니다. 곡선 아래 넓이 **AUC**는
무작위로 뽑은 합격생이 무작위로 뽑은 불합격생보다 높은 점수를 받을 확률입니다(1이면 완벽, 0.5면 동전 던지기).""",
    ),
    Code("""from mldlab.ml import roc_auc_score, roc_curve

scores = logistic.predict_proba(X_test)[:, 1]
fpr, tpr, thresholds = roc_curve(y_test, scores)
for threshold in (0.9, 0.5, 0.1):
    chosen = scores >= threshold
    print(f"threshold {threshold}:  TPR = {chosen[y_test == 1].mean():.3f}   FPR = {chosen[y_test == 0].mean():.3f}")
print("ROC points:", len(fpr), "  AUC logistic =", round(roc_auc_score(y_test, scores), 4),
      "  AUC KNN (k=15) =", round(roc_auc_score(y_test, knn_15.predict_proba(X_test)[:, 1]), 4))
viz.roc([logistic, knn_15], X_test, y_test, names=["LogisticRegression", "KNN (k = 15)"])"""),
    Markdown(
        en="""## 05 · Decision trees

A tree asks yes/no questions, one feature at a time: "attended at most 8.5 lectures?", then another question in
each branch, until a leaf gives the answer. At every node CART (the algorithm of scikit-learn) tries every feature
and every threshold, and keeps the split that lowers the **impurity** most:
* Gini $I = 1 - \\sum_k p_k^2$, entropy $I = -\\sum_k p_k \\log_2 p_k$ ($p_k$ = the share of class $k$ in the
  node; 0 when the node is pure);
* the gain $\\Delta I = I(\\text{node}) - \\frac{N_L}{N} I(\\text{left}) - \\frac{N_R}{N} I(\\text{right})$.

The root of our class, by hand:""",
        ko="""## 05 · 결정트리

트리는 한 번에 특성 하나로 예/아니오 질문을 합니다. "참석한 수업이 8.5번 이하인가?" 그다음 가지마다 또
질문하고, 잎(leaf)에 이르면 답을 줍니다. 노드마다 CART(scikit-learn의 알고리즘)는 모든 특성과 모든 기준값을
시도해 **불순도**를 가장 많이 줄이는 분할을 고릅니다.
* 지니 $I = 1 - \\sum_k p_k^2$, 엔트로피 $I = -\\sum_k p_k \\log_2 p_k$ ($p_k$ = 노드에서 클래스 $k$의 비율,
  한 클래스만 있으면 0)
* 이득 $\\Delta I = I(\\text{node}) - \\frac{N_L}{N} I(\\text{left}) - \\frac{N_R}{N} I(\\text{right})$

우리 반의 뿌리 노드를 직접 계산해 봅니다.""",
    ),
    Code("""from mldlab.ml import DecisionTreeClassifier


def gini(labels):
    p = np.bincount(labels, minlength=2) / len(labels)
    return 1 - (p ** 2).sum()


def entropy(labels):
    p = np.bincount(labels, minlength=2) / len(labels)
    p = p[p > 0]
    return -(p * np.log2(p)).sum()


print("root: counts", np.bincount(y_train), f"  Gini {gini(y_train):.4f}   entropy {entropy(y_train):.4f}")
tree = DecisionTreeClassifier(max_depth=2, random_state=0).fit(X_train, y_train)
j, t = tree.tree_.feature[0], tree.tree_.threshold[0]
left = X_train[:, j] <= t
gain = gini(y_train) - left.mean() * gini(y_train[left]) - (~left).mean() * gini(y_train[~left])
print(f"the tree's first question: {feature_names[j]} <= {t:.2f}   ({left.sum()} left, {(~left).sum()} right)")
print(f"Gini left {gini(y_train[left]):.4f}   right {gini(y_train[~left]):.4f}   gain ΔI = {gain:.4f}")
print("tree_.impurity of root, left, right:", tree.tree_.impurity[[0, tree.tree_.children_left[0],
                                                                    tree.tree_.children_right[0]]].round(4))"""),
    Markdown(
        en="""Is this split really the best? Try every threshold of both features, as CART does, and keep the
largest gain. Then ask a tree that measures impurity by entropy instead:""",
        ko="""정말 이 분할이 가장 좋을까요? CART처럼 두 특성의 모든 기준값을 시도해 가장 큰 이득을 찾아봅니다. 그다음
불순도를 엔트로피로 재는 트리에게도 물어봅니다.""",
    ),
    Code("""best = (0.0, None, None)
for j in range(X_train.shape[1]):
    values = np.unique(X_train[:, j])
    for t in (values[:-1] + values[1:]) / 2:               # midpoints between neighbouring values
        left = X_train[:, j] <= t
        gain = gini(y_train) - left.mean() * gini(y_train[left]) - (~left).mean() * gini(y_train[~left])
        best = max(best, (gain, j, t), key=lambda candidate: candidate[0])
print(f"best split: {feature_names[best[1]]} <= {best[2]:.2f}   ΔI = {best[0]:.4f}")
by_entropy = DecisionTreeClassifier(criterion="entropy", max_depth=2, random_state=0).fit(X_train, y_train)
print(f"criterion='entropy' asks first: {feature_names[by_entropy.tree_.feature[0]]} "
      f"<= {by_entropy.tree_.threshold[0]:.2f}")"""),
    Markdown(
        en="""The slides' student (4 lectures, 5 hours) goes down this tree: each question, the node's class counts,
its impurity and the gain of its split, with `explain.tree_path`:""",
        ko="""슬라이드의 학생(수업 4번, 과제 5시간)이 이 트리를 따라 내려갑니다. 질문마다 노드의 클래스별 개수, 불순도,
분할로 얻은 이득을 `explain.tree_path`로 봅니다.""",
    ),
    Code("""explain.tree_path(tree, [4.0, 5.0], feature_names=feature_names)"""),
    Code("""viz.tree_diagram(tree, feature_names=feature_names, class_names=class_names)"""),
    Code("""from mldlab.ml import export_text

print(export_text(tree, feature_names=feature_names))"""),
    Markdown(
        en="""**Depth and overfitting.** Without a limit the tree grows until every leaf is pure: it memorises the
training data (accuracy 1), luck included. `max_depth` limits the number of questions.""",
        ko="""**깊이와 과적합.** 제한이 없으면 트리는 모든 잎이 순수해질 때까지 자라서 운까지 포함해 학습 데이터를
외웁니다(정확도 1). `max_depth`는 질문의 수를 제한합니다.""",
    ),
    Code("""for depth in (1, 2, 4, 6, None):
    grown = DecisionTreeClassifier(max_depth=depth, random_state=0).fit(X_train, y_train)
    print(f"max_depth {str(depth):>4}: depth {grown.get_depth():2d}, {grown.get_n_leaves():2d} leaves   "
          f"train {grown.score(X_train, y_train):.3f}   test {grown.score(X_test, y_test):.3f}")
tree_4 = DecisionTreeClassifier(max_depth=4, random_state=0).fit(X_train, y_train)
full_tree = DecisionTreeClassifier(random_state=0).fit(X_train, y_train)
viz.decision_regions([tree_4, full_tree], X_train, y_train, X_test=X_test, y_test=y_test,
                     titles=["max_depth = 4", "max_depth = None"], feature_names=feature_names)"""),
    Markdown(
        en="""**Feature importances.** A feature's importance is the impurity decrease of all the splits on it, weighted
by the samples they split, normalised to sum to 1: $\\mathrm{imp}_j \\propto \\sum_{\\text{nodes on } j} N \\cdot
\\Delta I$. A tree of depth 3 on all 178 wines (13 measurements): a few of them carry it.""",
        ko="""**특성 중요도.** 특성의 중요도는 그 특성으로 나눈 모든 분할의 불순도 감소를, 나눈 표본 수로 가중해 더하고
합이 1이 되도록 나눈 것입니다: $\\mathrm{imp}_j \\propto \\sum_{\\text{nodes on } j} N \\cdot \\Delta I$.
와인 178개 전체(측정값 13개)에 깊이 3인 트리를 맞추면, 몇 개의 특성이 트리를 이끕니다.""",
    ),
    Code("""X_wine, y_wine, wine_names, _ = load_wine(return_names=True)
wine_tree = DecisionTreeClassifier(max_depth=3, random_state=0).fit(X_wine, y_wine)
order = np.argsort(wine_tree.feature_importances_)[::-1]
for j in order[wine_tree.feature_importances_[order] > 0]:
    print(f"{wine_names[j]:>30}  {wine_tree.feature_importances_[j]:.3f}")
print("sum:", wine_tree.feature_importances_.sum().round(6))
viz.feature_importances(wine_tree, wine_names)"""),
    Markdown(
        en="""## 06 · Ensembles: many models vote

A deep tree has **high variance**: change a few students and it draws other regions. Averaging many different trees
cancels much of that noise.
* **Bagging** (bootstrap aggregating): each tree learns from a **bootstrap sample**, $n$ rows drawn *with
  replacement* from the $n$ training rows (about $1 - 1/e \\approx 63\\%$ of them distinct); then the trees vote.
* **Random forest**: bagging, and each split tries only a random few of the features (`max_features='sqrt'`), so
  the trees differ more.
* **Out-of-bag**: each tree never saw about 37% of the rows. Scoring every row with the trees that did not see it
  gives a validation score for free (`oob_score=True` → `oob_score_`).""",
        ko="""## 06 · 앙상블: 여러 모델이 투표하기

깊은 트리는 **분산이 큽니다**. 학생 몇 명만 바뀌어도 다른 영역을 그립니다. 서로 다른 트리를 많이 만들어 평균을
내면 이 흔들림이 상당 부분 상쇄됩니다.
* **배깅**(부트스트랩 집계): 트리마다 **부트스트랩 표본**, 곧 학습 데이터 $n$개 행에서 *중복을 허락해* 뽑은
  $n$개 행으로 배웁니다(서로 다른 행은 약 $1 - 1/e \\approx 63\\%$). 그다음 트리들이 투표합니다.
* **랜덤 포레스트**: 배깅에 더해, 분할마다 특성 중 무작위로 고른 몇 개만 시도합니다(`max_features='sqrt'`).
  그래서 트리들이 더 달라집니다.
* **OOB(out-of-bag)**: 트리마다 약 37%의 행은 보지 못했습니다. 각 행을 그 행을 보지 못한 트리들로만 채점하면
  검증 점수를 공짜로 얻습니다(`oob_score=True` → `oob_score_`).""",
    ),
    Code("""from mldlab.ml import BaggingClassifier, RandomForestClassifier

rows = np.random.default_rng(0).integers(0, len(X_train), len(X_train))   # one bootstrap sample
print(f"distinct rows in one bootstrap sample: {len(np.unique(rows)) / len(X_train):.3f}   "
      f"1 − 1/e = {1 - np.exp(-1):.3f}")
bagging = BaggingClassifier(DecisionTreeClassifier(), n_estimators=50, oob_score=True, random_state=0)
bagging.fit(X_train, y_train)
forest = RandomForestClassifier(n_estimators=100, oob_score=True, random_state=0).fit(X_train, y_train)
print(f"one deep tree:  train {full_tree.score(X_train, y_train):.3f}   test {full_tree.score(X_test, y_test):.3f}")
for name, ensemble in (("bagging", bagging), ("random forest", forest)):
    print(f"{name + ':':15} train {ensemble.score(X_train, y_train):.3f}   oob {ensemble.oob_score_:.3f}   "
          f"test {ensemble.score(X_test, y_test):.3f}   ({len(ensemble.estimators_)} trees)")"""),
    Code("""viz.ensemble_vs_tree(X, y, ensemble="forest", n_estimators=100, test_size=0.25, random_state=0,
                     feature_names=feature_names)   # the same split, the same tree and forest as above"""),
    Markdown(
        en="""**Voting** lets different kinds of models decide together: hard voting counts their predicted classes,
soft voting averages their probabilities `predict_proba` and takes the largest.""",
        ko="""**투표(voting)**는 서로 다른 종류의 모델이 함께 결정하게 합니다. 하드 보팅은 예측한 클래스의 수를 세고,
소프트 보팅은 확률 `predict_proba`의 평균을 내어 가장 큰 쪽을 고릅니다.""",
    ),
    Code("""from mldlab.ml import VotingClassifier

voting = VotingClassifier([("logistic", LogisticRegression()), ("knn", scaled_knn(15)),
                           ("tree", DecisionTreeClassifier(max_depth=4, random_state=0))], voting="soft")
voting.fit(X_train, y_train)
members = [member.predict_proba(X_test[:4])[:, 1] for member in voting.estimators_]
for name, p in zip(voting.named_estimators_, members):
    print(f"{name:>8}: P(pass) = {p.round(3)}")
print(f"    mean: P(pass) = {np.mean(members, axis=0).round(3)}")
print(f"  voting: P(pass) = {voting.predict_proba(X_test[:4])[:, 1].round(3)}")"""),
    Markdown(
        en="""**Boosting** trains the trees one after another, each one working on what the ones before got wrong.
* **AdaBoost** (SAMME): small trees (stumps, one question each). After each round the misclassified samples weigh
  more, and the tree's say in the final vote is $\\alpha_m = \\log\\frac{1 - err_m}{err_m} + \\log(K - 1)$.""",
        ko="""**부스팅**은 트리를 하나씩 차례로 학습합니다. 새 트리는 앞의 트리들이 틀린 것을 고칩니다.
* **AdaBoost**(SAMME): 작은 트리(질문 하나짜리 그루터기)를 씁니다. 라운드마다 틀린 표본의 가중치가 커지고,
  최종 투표에서 트리의 발언권은 $\\alpha_m = \\log\\frac{1 - err_m}{err_m} + \\log(K - 1)$입니다.""",
    ),
    Code("""from mldlab.ml import AdaBoostClassifier

ada = AdaBoostClassifier(n_estimators=50, random_state=0).fit(X_train, y_train)
print("errors εₘ of the first rounds:", ada.estimator_errors_[:5].round(4))
print("says αₘ of the first rounds:  ", ada.estimator_weights_[:5].round(4))"""),
    Code("""explain.boosting_round(ada, X_train, y_train, round=0)"""),
    Markdown(
        en="""* **Gradient boosting**: each new tree $h_m$ fits the **residuals** of the model so far, $r_i = y_i - p_i$
  for the log-loss: the negative gradient of the loss. The update $F \\leftarrow F + \\eta\\, h_m$ is session 1's
  gradient descent $W \\leftarrow W - \\eta\\, \\partial J / \\partial W$, with a tree as the step and the learning
  rate $\\eta$ (`learning_rate`) as its size.""",
        ko="""* **그레이디언트 부스팅**: 새 트리 $h_m$은 지금까지 모델의 **잔차**, 로그 손실이면 $r_i = y_i - p_i$를
  맞춥니다. 잔차는 손실의 음의 기울기입니다. 업데이트 $F \\leftarrow F + \\eta\\, h_m$은 1차시의 경사 하강법
  $W \\leftarrow W - \\eta\\, \\partial J / \\partial W$와 같고, 한 걸음이 트리 하나, 걸음의 크기가 학습률
  $\\eta$(`learning_rate`)입니다.""",
    ),
    Code("""from mldlab.ml import GradientBoostingClassifier

boosting = GradientBoostingClassifier(n_estimators=100, learning_rate=0.1, max_depth=2, random_state=0)
boosting.fit(X_train, y_train)
for m, predicted in enumerate(boosting.staged_predict(X_test), start=1):
    if m in (1, 10, 50, 100):
        print(f"{m:3d} trees: test accuracy {np.mean(predicted == y_test):.3f}")"""),
    Code("""explain.boosting_round(boosting, X_train, y_train, round=0)"""),
    Markdown(
        en="""**All of today's classifiers on the same students.** With 75 test students, one student is worth $1/75$ of
accuracy: small differences here are luck, which is why section 07 uses cross-validation.""",
        ko="""**오늘의 분류 모델을 같은 학생들로 비교합니다.** 테스트 학생이 75명이라 학생 한 명이 정확도 $1/75$입니다.
여기서의 작은 차이는 운이고, 그래서 07절에서는 교차 검증을 씁니다.""",
    ),
    Code("""models = {
    "KNeighborsClassifier (k = 15)": knn_15,
    "LogisticRegression": logistic,
    "DecisionTreeClassifier": full_tree,
    "DecisionTreeClassifier (depth 4)": DecisionTreeClassifier(max_depth=4, random_state=0).fit(X_train, y_train),
    "BaggingClassifier": bagging,
    "RandomForestClassifier": forest,
    "VotingClassifier (soft)": voting,
    "AdaBoostClassifier": ada,
    "GradientBoostingClassifier": boosting,
}
print(f"{'':34} train   test      (one test student = {1 / len(y_test):.3f})")
for name, fitted in models.items():
    print(f"{name:34} {fitted.score(X_train, y_train):.3f}  {fitted.score(X_test, y_test):.3f}")"""),
    Markdown(
        en="""## 07 · Choosing a model: cross-validation and grid search

Which $k$, which depth, which $\\alpha$? Choosing by the test score would use the test data to train (the choice is
learned), and it would no longer tell the truth about new data. **$k$-fold cross-validation** splits the *training*
data into $k$ folds; each fold is the validation part once while the others train; the mean of the $k$ scores
grades the setting. **GridSearchCV** does this for every setting of a grid, keeps the best, and refits it on all the
training data. The test data is looked at once, at the very end.""",
        ko="""## 07 · 모델 선택: 교차 검증과 그리드 탐색

$k$는, 깊이는, $\\alpha$는 얼마로? 테스트 점수로 고르면 테스트 데이터를 학습에 쓴 셈이 되어(선택도 학습입니다)
새 데이터에 대해 더 이상 정직하게 알려 주지 못합니다. **$k$-겹 교차 검증**은 *학습* 데이터를 $k$개의 겹으로
나누고, 각 겹이 한 번씩 검증용이 되는 동안 나머지로 학습합니다. $k$개 점수의 평균이 그 설정의 점수입니다.
**GridSearchCV**는 격자의 모든 설정에 대해 이렇게 하고, 가장 좋은 설정을 학습 데이터 전체로 다시 학습합니다.
테스트 데이터는 맨 마지막에 한 번만 봅니다.""",
    ),
    Code("""from mldlab.ml import GridSearchCV, KFold, cross_val_score

folds = KFold(n_splits=5)             # the training rows are already shuffled by train_test_split
for fold, (train_rows, validation_rows) in enumerate(folds.split(X_train)):
    print(f"fold {fold}: {len(train_rows)} train rows, {len(validation_rows)} validation rows, "
          f"first validation rows {validation_rows[:4]}")
cv_scores = cross_val_score(scaled_knn(5), X_train, y_train, cv=folds)
print("cross_val_score:", cv_scores.round(3), "  mean", cv_scores.mean().round(3),
      "± std", cv_scores.std().round(3))"""),
    Code("""grid = GridSearchCV(scaled_knn(5), {"knn__n_neighbors": [1, 3, 5, 9, 15, 25, 51]}, cv=folds)
grid.fit(X_train, y_train)
for k, score in zip(grid.cv_results_["param_knn__n_neighbors"], grid.cv_results_["mean_test_score"]):
    print(f"k = {k:2d}   mean validation accuracy {score:.3f}")
print("best:", grid.best_params_, round(grid.best_score_, 3))
print("test accuracy (once):", round(grid.score(X_test, y_test), 3))"""),
    Markdown(
        en="""**Would more data help?** A **learning curve** trains the chosen model on more and more of the training
data (cross-validated): when the training and validation scores meet, more students will not help much; a wide gap
says more data (or a simpler model) would.""",
        ko="""**데이터가 더 있으면 나아질까?** **학습 곡선**은 고른 모델을 학습 데이터의 점점 더 큰 부분으로 학습합니다
(교차 검증). 학습 점수와 검증 점수가 만나면 학생을 더 모아도 크게 나아지지 않고, 차이가 크면 데이터를 더 모으거나
더 단순한 모델을 쓰면 나아집니다.""",
    ),
    Code("""viz.learning_curve(grid.best_estimator_, X_train, y_train, cv=folds)"""),
    Markdown(
        en="""## Exercises (answers for teachers below each)

1. What do KNN with $k = 1$, $5$ and $15$ predict for the slides' student (4 lectures, 5 hours)?
2. What happens to Ridge's `coef_` when $\\alpha$ grows very large?
3. A lazy model predicts "pass" for every student. What are its accuracy, precision and recall on our test data?
4. A node holds 8 passers and 2 failers. What is its Gini impurity?""",
        ko="""## 연습 문제 (각 문제 아래에 교사용 답)

1. 슬라이드의 학생(수업 4번, 과제 5시간)에 대해 $k = 1$, $5$, $15$인 KNN은 각각 무엇을 예측할까요?
2. $\\alpha$를 아주 크게 하면 Ridge의 `coef_`는 어떻게 될까요?
3. 모든 학생이 "통과"한다고 예측하는 게으른 모델의 정확도, 정밀도, 재현율은 테스트 데이터에서 얼마일까요?
4. 어떤 노드에 합격생 8명과 불합격생 2명이 있습니다. 지니 불순도는 얼마일까요?""",
    ),
    Code("""for k in (1, 5, 15):
    pipe = scaled_knn(k).fit(X_train, y_train)
    print(f"k = {k:2d}:", class_names[pipe.predict(student)[0]], pipe.predict_proba(student)[0].round(3))"""),
    Code("""for alpha in (1e2, 1e4, 1e6):
    print(f"α = {alpha:g}:", Ridge(alpha=alpha).fit(Xd_train, yd_train).coef_.round(3))   # → 0: ŷ = the mean"""),
    Code("""everyone = np.ones_like(y_test)
print(f"accuracy {np.mean(everyone == y_test):.3f}   precision {precision_score(y_test, everyone):.3f}   "
      f"recall {recall_score(y_test, everyone):.3f}")"""),
    Code("""print("Gini =", round(gini(np.array([1] * 8 + [0] * 2)), 4), "= 1 − 0.8² − 0.2²")"""),
]
