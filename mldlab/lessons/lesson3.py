"""Lesson 3: unsupervised learning (clustering and dimensionality reduction), in English and Korean.

It follows session 3 of the course schedule (01 learning without labels, 02 k-means, 03 hierarchical clustering,
04 DBSCAN, 05 Gaussian mixtures, 06 PCA, 07 t-SNE, 08 measuring a clustering) with ``mldlab.ml``, whose names are
scikit-learn's. Every number is computed by the code cells, never typed in; every figure comes from ``mldlab.viz``.
"""

from mldlab.lessons._notebook import Code, Markdown

TITLE = {"en": "Session 3 · Unsupervised learning: clustering and dimensionality reduction",
         "ko": "3차시 · 비지도 학습: 군집화와 차원 축소"}

CELLS = [
    Markdown(
        en="""# Session 3 · Unsupervised learning: clustering and dimensionality reduction

The course (5 sessions): **1** perceptron, neural networks · **2** KNN and regression, decision trees, ensembles ·
**3** unsupervised learning · **4** DNN, CNN, RNN · **5** reinforcement learning, GAN, LLM.

Today: **01** learning without labels · **02** k-means · **03** hierarchical clustering · **04** DBSCAN ·
**05** Gaussian mixtures · **06** principal component analysis (PCA) · **07** t-SNE · **08** measuring a clustering.

As in session 2, the models have scikit-learn's names: every cell below runs in scikit-learn if
`from mldlab.ml import X` becomes `from sklearn.<module> import X` (`sklearn.cluster`, `sklearn.mixture`,
`sklearn.decomposition`, `sklearn.manifold`, `sklearn.metrics`) and gives the same numbers on the same data. The
exceptions: the `explain` cells, which open mldlab's computations to show their numbers, and the random starts
(`random_state=0` in k-means++, in a Gaussian mixture's start or in t-SNE), which use another random generator: their
numbers are of the same kind, not always equal.""",
        ko="""# 3차시 · 비지도 학습: 군집화와 차원 축소

과정(5차시): **1** 퍼셉트론, 인공신경망 · **2** KNN + 회귀, 결정트리, 앙상블 · **3** 비지도 학습 ·
**4** DNN, CNN, RNN · **5** 강화학습, GAN, LLM.

오늘: **01** 레이블 없이 배우기 · **02** k-평균 · **03** 계층적 군집화 · **04** DBSCAN · **05** 가우시안 혼합 ·
**06** 주성분 분석(PCA) · **07** t-SNE · **08** 군집화의 평가.

2차시처럼 모델의 이름은 scikit-learn과 같습니다. 아래의 모든 셀은 `from mldlab.ml import X`를
`from sklearn.<모듈> import X`로 바꾸면(`sklearn.cluster`, `sklearn.mixture`, `sklearn.decomposition`,
`sklearn.manifold`, `sklearn.metrics`) scikit-learn에서도 그대로 돌아가고 같은 데이터에서 같은 수를 냅니다.
예외는 mldlab의 계산을 열어 수를 보여 주는 `explain` 셀, 그리고 무작위 시작(k-means++, 가우시안 혼합의 시작,
t-SNE의 `random_state=0`)입니다. 무작위 시작은 난수 생성기가 달라서 결과가 같은 종류이지만 늘 같은 수는
아닙니다.""",
    ),
    Code("""import numpy as np
import mldlab
from mldlab import explain, viz

mldlab.set_language("{lang}")"""),
    Markdown(
        en="""## 01 · Learning without labels

In sessions 1 and 2 every training sample came with its answer $y$ (pass or fail, a number): **supervised**
learning. Often there is no answer, only the data $X$. **Unsupervised** learning looks for the structure in $X$
alone:
* **clustering** puts similar samples in the same group (customers with similar habits, students with similar
  ways of working): the groups are found, not given;
* **dimensionality reduction** describes each sample with fewer numbers while keeping most of what tells the
  samples apart (a 64-pixel image as 2 numbers, to draw it on a page).

Our first data: 300 points in the plane that come from 3 groups. The group of each point is in `y_true`, but we
keep it aside: the models never see it. We use it only at the end, to check what they found.""",
        ko="""## 01 · 레이블 없이 배우기

1차시와 2차시에는 모든 학습 데이터에 정답 $y$(통과·불통과, 어떤 수)가 있었습니다. 이것이 **지도 학습**입니다.
정답이 없고 데이터 $X$만 있는 경우도 많습니다. **비지도 학습**은 $X$만으로 그 안의 구조를 찾습니다.
* **군집화**: 비슷한 샘플을 같은 그룹으로 묶습니다(습관이 비슷한 고객, 공부하는 방식이 비슷한 학생).
  그룹은 주어지는 것이 아니라 찾아내는 것입니다.
* **차원 축소**: 샘플을 서로 구별해 주는 정보를 대부분 지키면서 더 적은 수로 나타냅니다(픽셀 64개짜리 그림을
  수 2개로 나타내 종이 위에 그리기).

첫 데이터는 세 그룹에서 나온 평면 위의 점 300개입니다. 각 점의 그룹은 `y_true`에 있지만 따로 치워 둡니다.
모델은 이것을 보지 못합니다. 모델이 찾은 것을 확인할 때, 맨 마지막에만 씁니다.""",
    ),
    Code("""from mldlab.data import gaussians

X, y_true = gaussians(n_samples=300, n_classes=3, seed=0)   # y_true is kept aside: the models never see it
print("X:", X.shape, "  points per hidden group:", np.bincount(y_true))
print("the first three points (x₁, x₂):")
print(X[:3].round(2))"""),
    Markdown(
        en="""## 02 · k-means

k-means describes the data by $k$ **centres** $\\mu_1, \\dots, \\mu_k$; each sample belongs to its nearest centre.
Good centres make the samples close to their own centre: k-means minimises the **inertia**
$J = \\sum_i \\lVert x_i - \\mu_{c(i)} \\rVert^2$, the sum of squared distances of the samples to their centre
($c(i)$ is the cluster of sample $i$).

**Lloyd's algorithm** starts from $k$ centres and repeats two steps:
1. **assign**: each sample joins the cluster of its nearest centre,
   $c(i) = \\arg\\min_j \\lVert x_i - \\mu_j \\rVert^2$;
2. **update**: each centre moves to the mean of its cluster, $\\mu_j = \\frac{1}{n_j} \\sum_{c(i) = j} x_i$.

Neither step can raise $J$, so the repetition settles: when the assignment no longer changes, k-means has
**converged**. We start from the first three points as centres:""",
        ko="""## 02 · k-평균

k-평균은 데이터를 $k$개의 **중심** $\\mu_1, \\dots, \\mu_k$로 나타냅니다. 각 샘플은 가장 가까운 중심에
속합니다. 좋은 중심이란 샘플이 자기 중심에 가까운 것입니다. k-평균은 샘플에서 자기 중심까지의 거리 제곱의 합인
**관성(inertia)** $J = \\sum_i \\lVert x_i - \\mu_{c(i)} \\rVert^2$을 최소화합니다($c(i)$는 샘플 $i$의 군집).

**로이드 알고리즘**은 $k$개의 중심에서 시작해 두 단계를 되풀이합니다.
1. **배정**: 각 샘플은 가장 가까운 중심의 군집에 들어갑니다.
   $c(i) = \\arg\\min_j \\lVert x_i - \\mu_j \\rVert^2$
2. **갱신**: 각 중심은 자기 군집의 평균으로 옮겨 갑니다. $\\mu_j = \\frac{1}{n_j} \\sum_{c(i) = j} x_i$

어느 단계도 $J$를 키우지 않으므로 반복은 자리를 잡습니다. 배정이 더 이상 바뀌지 않으면 k-평균이
**수렴**한 것입니다. 처음 세 점을 중심으로 삼아 시작합니다.""",
    ),
    Code("""from mldlab.ml import KMeans

start = X[:3]                                   # the first three points as the first centres
kmeans = KMeans(n_clusters=3, init=start, n_init=1).fit(X)
print("cluster_centers_:")
print(kmeans.cluster_centers_.round(3))
print("inertia_ J =", round(float(kmeans.inertia_), 3), "  n_iter_ =", kmeans.n_iter_)
print("labels_ of the first 10 points:", kmeans.labels_[:10])"""),
    Markdown(
        en="""**One iteration with its numbers.** `explain.kmeans` writes out the first iteration from these centres:
the squared distances of a few points to each centre, their assignment, each new centre as a sum divided by a
count, and the inertia before and after the move.""",
        ko="""**수로 보는 반복 한 번.** `explain.kmeans`는 이 중심에서 시작하는 첫 반복을 풀어 씁니다. 몇 점에서 각
중심까지의 거리 제곱, 그 점의 배정, 합을 개수로 나눈 새 중심, 그리고 옮기기 전과 뒤의 관성입니다.""",
    ),
    Code("""explain.kmeans(X, start, samples=3)"""),
    Markdown(
        en="""The same iteration in five lines of NumPy:""",
        ko="""같은 반복을 NumPy 다섯 줄로 써 봅니다.""",
    ),
    Code("""d2 = ((X[:, None, :] - start[None, :, :]) ** 2).sum(axis=2)   # d²(xᵢ, μⱼ): 300 rows, 3 columns
c = d2.argmin(axis=1)                                          # 1. assign: the nearest centre
mu = np.array([X[c == j].mean(axis=0) for j in range(3)])      # 2. update: the mean of each cluster
print("points per cluster:", np.bincount(c), "  new centres:")
print(mu.round(3))
print("J before:", d2.min(axis=1).sum().round(3), "  after the move:", ((X - mu[c]) ** 2).sum().round(3))"""),
    Markdown(
        en="""Every iteration until convergence, one panel each: the points coloured by their cluster, the old centre
(○), the new one (✕) and the move between them. (`viz.kmeans_animation(X, start)` plays the same iterations as an
animation; `.save("kmeans.gif", writer="pillow")` writes it as a GIF for your slides.)""",
        ko="""수렴할 때까지의 모든 반복을 한 칸씩 그립니다. 점은 군집별 색, 옛 중심은 ○, 새 중심은 ✕, 그 사이의
이동은 화살표입니다. (`viz.kmeans_animation(X, start)`는 같은 반복을 애니메이션으로 보여 주고,
`.save("kmeans.gif", writer="pillow")`로 슬라이드에 쓸 GIF를 만듭니다.)""",
    ),
    Code("""viz.kmeans_steps(X, start)"""),
    Markdown(
        en="""From the fitted model's own centres, one more iteration changes nothing: every point keeps its cluster,
the centres stay where they are (up to rounding) and $J$ is the model's `inertia_`. That is what converged means.""",
        ko="""학습이 끝난 모델의 중심에서 한 번 더 반복해도 달라지는 것이 없습니다. 모든 점이 자기 군집에 그대로 있고,
중심은 (반올림 오차를 빼면) 움직이지 않으며, $J$는 모델의 `inertia_`와 같습니다. 이것이 수렴의 뜻입니다.""",
    ),
    Code("""explain.kmeans(kmeans, X, samples=1)"""),
    Markdown(
        en="""**The start matters.** k-means finds a *local* minimum of $J$: from a bad start it can settle with two
centres sharing one group and one centre between the other two. Hence **k-means++**, the default start: the first
centre is a random sample, each next one a sample drawn with probability proportional to its squared distance to
the nearest centre chosen so far (far points are likely). And `n_init` runs several starts and keeps the smallest
$J$.""",
        ko="""**시작이 중요합니다.** k-평균은 $J$의 *국소* 최솟값을 찾습니다. 나쁜 곳에서 시작하면 중심 두 개가 한
그룹을 나눠 갖고, 중심 하나가 다른 두 그룹 사이에 자리 잡은 채 멈출 수 있습니다. 그래서 기본 시작 방법이
**k-means++**입니다. 첫 중심은 무작위 샘플이고, 다음 중심은 지금까지 고른 가장 가까운 중심까지의 거리 제곱에
비례하는 확률로 뽑습니다(멀리 있는 점이 뽑히기 쉽습니다). `n_init`은 여러 번 시작해 $J$가 가장 작은 결과를
남깁니다.""",
    ),
    Code("""bad_start = np.array([[3.5, 0.5], [4.5, -0.5], [-2.0, 0.0]])    # two centres in one group, one between two
stuck = KMeans(n_clusters=3, init=bad_start, n_init=1).fit(X)
print("bad start:  J =", round(float(stuck.inertia_), 1), "  points per cluster:", np.bincount(stuck.labels_))
print("good start: J =", round(float(kmeans.inertia_), 1), "  points per cluster:", np.bincount(kmeans.labels_))
plus = KMeans(n_clusters=3, random_state=0).fit(X)              # k-means++, n_init='auto'
print("k-means++ (random_state=0): J =", round(float(plus.inertia_), 1))"""),
    Markdown(
        en="""**How many clusters?** $J$ always falls when $k$ grows ($k = n$ gives $J = 0$), so the smallest $J$
cannot choose $k$. Two ways:
* the **elbow**: draw $J$ against $k$ and look for the bend, where one more cluster stops paying much;
* the **silhouette** of a sample: $a(i)$ = its mean distance to the others of its cluster, $b(i)$ = its mean
  distance to the samples of the nearest other cluster, $s(i) = \\frac{b(i) - a(i)}{\\max(a(i), b(i))}$. Near 1:
  well inside its cluster; near 0: on a border; negative: probably in the wrong cluster. The mean $s$ over all
  samples grades the clustering.""",
        ko="""**군집은 몇 개로?** $k$가 커지면 $J$는 언제나 줄어들므로($k = n$이면 $J = 0$) 가장 작은 $J$로는 $k$를
고를 수 없습니다. 두 가지 방법이 있습니다.
* **엘보(팔꿈치)**: $k$에 따른 $J$를 그리고 꺾이는 곳을 찾습니다. 군집을 하나 더 늘려도 크게 나아지지 않는
  곳입니다.
* **실루엣**: 샘플 하나에 대해 $a(i)$ = 같은 군집의 다른 샘플까지의 평균 거리, $b(i)$ = 가장 가까운 다른
  군집의 샘플까지의 평균 거리, $s(i) = \\frac{b(i) - a(i)}{\\max(a(i), b(i))}$입니다. 1에 가까우면 군집 안쪽에
  잘 들어가 있고, 0에 가까우면 경계에 있고, 음수이면 아마 잘못된 군집에 있습니다. 모든 샘플의 $s$ 평균이
  군집화의 점수입니다.""",
    ),
    Code("""from mldlab.ml import silhouette_samples, silhouette_score

for k in range(2, 7):
    model = KMeans(n_clusters=k, init=X[:k], n_init=1).fit(X)
    print(f"k = {k}   J = {model.inertia_:7.1f}   silhouette = {silhouette_score(X, model.labels_):.3f}")
s = silhouette_samples(X, kmeans.labels_)
i = int(np.argmin(s))
print(f"k = 3: the point with the smallest s(i) is #{i}, s = {s[i]:.3f}, mean s = {s.mean():.3f}")"""),
    Code("""viz.elbow(X, ks=range(1, 9), mark="auto")"""),
    Code("""viz.silhouette(X, kmeans)"""),
    Markdown(
        en="""## 03 · Hierarchical clustering

**Agglomerative** clustering starts with every sample as its own cluster and merges, again and again, the two
closest clusters, until one is left. How close two clusters are is the **linkage**:
* **single**: the distance of their closest pair of samples;
* **complete**: the distance of their farthest pair;
* **average**: the mean distance over all pairs;
* **ward** (the default): how much the merge raises the within-cluster sum of squares, k-means's $J$.

The merges form a tree, the **dendrogram**: the height of each join is the distance of that merge. Cutting the tree
at a height gives the clusters below it; `n_clusters=3` cuts where three are left. On 30 of our points:""",
        ko="""## 03 · 계층적 군집화

**병합(agglomerative)** 군집화는 모든 샘플을 각각 하나의 군집으로 시작해, 가장 가까운 두 군집을 합치는 일을
하나만 남을 때까지 되풀이합니다. 두 군집이 얼마나 가까운지는 **연결(linkage)** 방법이 정합니다.
* **single(단일)**: 가장 가까운 두 샘플 사이의 거리
* **complete(완전)**: 가장 먼 두 샘플 사이의 거리
* **average(평균)**: 모든 샘플 쌍 사이 거리의 평균
* **ward(기본값)**: 합쳤을 때 군집 안의 제곱합, 곧 k-평균의 $J$가 늘어나는 양

병합은 나무 모양을 이루는데, 이것이 **덴드로그램**입니다. 가지가 만나는 높이가 그 병합의 거리입니다. 어떤
높이에서 나무를 자르면 그 아래의 군집들이 남습니다. `n_clusters=3`은 군집이 셋 남는 곳에서 자릅니다. 우리
점 30개로 해 봅니다.""",
    ),
    Code("""from mldlab.ml import AgglomerativeClustering

few = X[:30]
tree = AgglomerativeClustering(n_clusters=3, compute_distances=True).fit(few)
print("the first merges (children_):", tree.children_[:4].tolist())
print("their distances (distances_):", tree.distances_[:4].round(3))
print("the last merges' distances:  ", tree.distances_[-3:].round(3))
print("labels_:", tree.labels_)"""),
    Code("""viz.dendrogram(tree, n_clusters=3)"""),
    Markdown(
        en="""The linkage matters when the groups are not round. Two interleaved half-moons: single linkage follows each
moon from point to point, the others cut across. The **adjusted Rand index** (ARI, section 08) compares the
clusters with the true groups: 1 when they are the same, about 0 for a random split.""",
        ko="""그룹이 둥글지 않으면 연결 방법에 따라 결과가 달라집니다. 서로 맞물린 반달 두 개에서 single 연결은 점에서
점으로 달을 따라가고, 다른 방법은 달을 가로질러 자릅니다. **조정 랜드 지수**(ARI, 08절)는 군집을 실제 그룹과
비교합니다. 같으면 1, 무작위로 나눈 것이면 0 근처입니다.""",
    ),
    Code("""from mldlab.data import moons
from mldlab.ml import adjusted_rand_score

X_moons, y_moons = moons(n_samples=300, noise=0.05, seed=0)
for linkage in ("ward", "complete", "average", "single"):
    blobs = AgglomerativeClustering(n_clusters=3, linkage=linkage).fit_predict(X)
    halves = AgglomerativeClustering(n_clusters=2, linkage=linkage).fit_predict(X_moons)
    print(f"{linkage:>8}:  ARI on the three groups {adjusted_rand_score(y_true, blobs):.3f}   "
          f"on the two moons {adjusted_rand_score(y_moons, halves):.3f}")"""),
    Markdown(
        en="""## 04 · DBSCAN: clusters as dense regions

k-means draws straight borders between round clusters, so it cuts the moons in the wrong place. **DBSCAN** sees a
cluster as a region where the points are dense. With a radius $\\varepsilon$ (`eps`) and a count `min_samples`:
* a **core** point has at least `min_samples` points (itself included) within distance $\\varepsilon$;
* a **border** point is not a core point but lies within $\\varepsilon$ of one;
* every other point is **noise** (label $-1$).

A cluster is a set of core points that reach each other through steps of at most $\\varepsilon$, with their border
points. The number of clusters is not given: it is found. Two moons with a little more noise:""",
        ko="""## 04 · DBSCAN: 밀도가 높은 영역을 군집으로

k-평균은 둥근 군집 사이에 곧은 경계를 그으므로 반달을 엉뚱한 곳에서 자릅니다. **DBSCAN**은 점이 빽빽한 영역을
군집으로 봅니다. 반지름 $\\varepsilon$(`eps`)과 개수 `min_samples`로 점을 나눕니다.
* **핵심(core)** 점: 거리 $\\varepsilon$ 안에 점이 `min_samples`개 이상(자신 포함) 있는 점
* **경계(border)** 점: 핵심 점은 아니지만 어떤 핵심 점에서 $\\varepsilon$ 안에 있는 점
* 나머지는 모두 **잡음(noise)**(레이블 $-1$)

군집은 $\\varepsilon$ 이하의 걸음으로 서로 닿는 핵심 점들과 그 경계 점들입니다. 군집의 수는 주는 것이 아니라
찾아내는 것입니다. 잡음이 조금 더 섞인 반달 두 개로 해 봅니다.""",
    ),
    Code("""from mldlab.ml import DBSCAN

X_moons, y_moons = moons(n_samples=300, noise=0.08, seed=0)
two_means = KMeans(n_clusters=2, init=X_moons[:2], n_init=1).fit(X_moons)
dbscan = DBSCAN(eps=0.15, min_samples=5).fit(X_moons)
core = np.zeros(len(X_moons), dtype=bool)
core[dbscan.core_sample_indices_] = True
noise = dbscan.labels_ == -1
print("DBSCAN: clusters", len(set(dbscan.labels_) - {-1}), "  core", core.sum(), "  border", (~core & ~noise).sum(),
      "  noise", noise.sum())
print(f"ARI  k-means {adjusted_rand_score(y_moons, two_means.labels_):.3f}   "
      f"DBSCAN {adjusted_rand_score(y_moons, dbscan.labels_):.3f}")"""),
    Code("""viz.dbscan_points(dbscan, X_moons)"""),
    Markdown(
        en="""**Choosing $\\varepsilon$.** Too small and most points are noise, the moons fall into pieces; too large
and everything is one cluster.""",
        ko="""**$\\varepsilon$ 고르기.** 너무 작으면 대부분의 점이 잡음이 되고 반달이 조각납니다. 너무 크면 모두가
한 군집이 됩니다.""",
    ),
    Code("""for eps in (0.05, 0.1, 0.15, 0.3, 1.0):
    labels = DBSCAN(eps=eps, min_samples=5).fit_predict(X_moons)
    print(f"eps = {eps:<4}  clusters {len(set(labels) - {-1}):2d}   noise {np.sum(labels == -1):3d}   "
          f"ARI {adjusted_rand_score(y_moons, labels):.3f}")"""),
    Markdown(
        en="""## 05 · Gaussian mixtures: soft clusters

k-means gives each sample one cluster, even a sample halfway between two. A **Gaussian mixture** says how likely
each cluster is: it models the data as $k$ bell-shaped (normal) distributions, cluster $j$ with weight $\\pi_j$,
mean $\\mu_j$ and covariance $\\Sigma_j$ (its spread and tilt). The **EM** algorithm repeats, like Lloyd's:
* **E-step**: for every sample, the probability of each cluster, $P(j \\mid x_i)$ (a *soft* assignment);
* **M-step**: new $\\pi_j$, $\\mu_j$, $\\Sigma_j$ from the samples, each weighted by that probability.

Started from k-means's centres:""",
        ko="""## 05 · 가우시안 혼합: 부드러운 군집

k-평균은 두 군집의 한가운데에 있는 샘플에도 군집을 하나만 줍니다. **가우시안 혼합**은 각 군집일 가능성이
얼마인지 말해 줍니다. 데이터를 $k$개의 종 모양(정규) 분포로 나타내는데, 군집 $j$는 가중치 $\\pi_j$, 평균
$\\mu_j$, 공분산 $\\Sigma_j$(퍼진 정도와 기울기)를 갖습니다. **EM** 알고리즘은 로이드 알고리즘처럼 되풀이합니다.
* **E 단계**: 샘플마다 각 군집일 확률 $P(j \\mid x_i)$를 구합니다(*부드러운* 배정).
* **M 단계**: 그 확률로 가중한 샘플들로 새 $\\pi_j$, $\\mu_j$, $\\Sigma_j$를 구합니다.

k-평균의 중심에서 시작합니다.""",
    ),
    Code("""from mldlab.ml import GaussianMixture

gmm = GaussianMixture(n_components=3, means_init=kmeans.cluster_centers_, random_state=0).fit(X)
print("weights_ π:", gmm.weights_.round(3), "  converged_:", gmm.converged_)
print("means_ μ:")
print(gmm.means_.round(3))
proba = gmm.predict_proba(X)
unsure = np.argsort(proba.max(axis=1))[:3]           # the three points it is least sure about
for i in unsure:
    print(f"point #{i} at {X[i].round(2)}:  P(cluster | x) = {proba[i].round(3)}")
print("the same clusters as k-means (ARI):", round(adjusted_rand_score(kmeans.labels_, gmm.predict(X)), 3))"""),
    Markdown(
        en="""## 06 · Principal component analysis (PCA)

Now fewer numbers per sample. PCA finds the directions in which the data varies most:
1. centre the data: $X_c = X - \\mu$ (subtract each feature's mean);
2. the **covariance matrix** $C = \\frac{1}{n - 1} X_c^T X_c$: on its diagonal the variance of each feature, off the
   diagonal how two features vary together;
3. its **eigenvectors** $v_1, v_2, \\dots$ ($C v = \\lambda v$) are the **principal axes**; the eigenvalue
   $\\lambda$ is the variance of the data along $v$. Sorted by $\\lambda$, $v_1$ is the direction of largest
   variance;
4. keep the first $k$ axes and describe each sample by its coordinates on them: $z = V_k^T (x - \\mu)$.

The share of the variance axis $i$ explains is $\\lambda_i / \\sum_j \\lambda_j$. Two measurements of the 150
iris flowers, the length of the sepal and the length of the petal, go together: long sepals come with long petals.""",
        ko="""## 06 · 주성분 분석(PCA)

이제 샘플을 더 적은 수로 나타냅니다. PCA는 데이터가 가장 크게 변하는 방향을 찾습니다.
1. 데이터를 가운데로 옮깁니다: $X_c = X - \\mu$ (각 특성의 평균을 뺍니다).
2. **공분산 행렬** $C = \\frac{1}{n - 1} X_c^T X_c$: 대각선에는 각 특성의 분산이, 대각선 밖에는 두 특성이 함께
   변하는 정도가 있습니다.
3. $C$의 **고유벡터** $v_1, v_2, \\dots$ ($C v = \\lambda v$)가 **주성분 축**입니다. 고윳값 $\\lambda$는 $v$
   방향으로 본 데이터의 분산입니다. $\\lambda$ 순으로 정렬하면 $v_1$이 분산이 가장 큰 방향입니다.
4. 처음 $k$개의 축만 남기고 각 샘플을 그 축 위의 좌표로 나타냅니다: $z = V_k^T (x - \\mu)$.

축 $i$가 설명하는 분산의 비율은 $\\lambda_i / \\sum_j \\lambda_j$입니다. 붓꽃 150송이의 꽃받침 길이와 꽃잎
길이는 함께 움직입니다. 꽃받침이 길면 꽃잎도 깁니다.""",
    ),
    Code("""from mldlab.data import load_iris
from mldlab.ml import PCA

X_iris, y_iris, iris_names, iris_classes = load_iris(return_names=True)
lengths = X_iris[:, [0, 2]].astype(np.float64)            # sepal length and petal length (cm)
C = np.cov(lengths, rowvar=False)                          # C = Xcᵀ Xc / (n − 1)
lam, V = np.linalg.eigh(C)                                 # eigenvalues in increasing order
print("C =")
print(C.round(4))
print("NumPy's eigenvalues λ (largest first):", lam[::-1].round(4))
pca_lengths = PCA().fit(lengths)
print("explained_variance_:      ", pca_lengths.explained_variance_.round(4))
print("explained_variance_ratio_:", pca_lengths.explained_variance_ratio_.round(4))
print("components_ (one axis per row):")
print(pca_lengths.components_.round(4))"""),
    Code("""explain.pca(pca_lengths, lengths)"""),
    Code("""viz.pca_directions(pca_lengths, lengths, feature_names=[iris_names[0], iris_names[2]])"""),
    Markdown(
        en="""**Digits: 64 numbers to 2.** Each of the 1,797 handwritten digits is an 8×8 image: 64 numbers. How many
axes does it take to keep most of the variance? The **scree plot** shows each axis's share and the running total.""",
        ko="""**손글씨 숫자: 64개의 수를 2개로.** 손글씨 숫자 1,797개는 각각 8×8 그림, 곧 수 64개입니다. 분산의 대부분을
지키려면 축이 몇 개 필요할까요? **스크리 그림**은 축마다의 비율과 그 누적 합을 보여 줍니다.""",
    ),
    Code("""from mldlab.data import load_digits

X_digits, y_digits = load_digits()
pca_digits = PCA().fit(X_digits)
cumulative = np.cumsum(pca_digits.explained_variance_ratio_)
for k in (1, 2, 10, 20, 30):
    print(f"the first {k:2d} axes keep {cumulative[k - 1]:.3f} of the variance")
print("axes needed for 90 %:", PCA(n_components=0.9).fit(X_digits).n_components_)"""),
    Code("""viz.scree(pca_digits, n_components=30, target=0.9)"""),
    Markdown(
        en="""On the first two axes alone the digits already gather by kind (no label was used to find the axes; the
colours are only for us). Some images are drawn at their points: the 3s and the 4s lie at the two ends of the first
axis, the 0s at one end of the second.""",
        ko="""처음 두 축만으로도 숫자들이 종류별로 모입니다(축을 찾을 때 레이블은 쓰지 않았습니다. 색은 우리가 보기
위한 것입니다). 몇몇 그림을 그 점 위치에 그렸습니다. 3과 4는 첫째 축의 양 끝에, 0은 둘째 축의 한쪽 끝에
있습니다.""",
    ),
    Code("""viz.pca_digits(X_digits, y_digits)"""),
    Markdown(
        en="""**Back from $k$ numbers: reconstruction.** `inverse_transform` maps $z$ back to an image,
$\\hat{x} = \\mu + V_k z$. What is lost is exactly the variance of the axes left out: the mean squared error per
image equals $\\frac{n - 1}{n} \\sum_{i > k} \\lambda_i$.""",
        ko="""**$k$개의 수에서 되돌리기: 복원.** `inverse_transform`은 $z$를 다시 그림으로 되돌립니다:
$\\hat{x} = \\mu + V_k z$. 잃어버린 것은 정확히 버린 축들의 분산입니다. 그림 하나당 제곱 오차의 평균은
$\\frac{n - 1}{n} \\sum_{i > k} \\lambda_i$와 같습니다.""",
    ),
    Code("""n = len(X_digits)
for k in (2, 10, 30):
    pca_k = PCA(n_components=k).fit(X_digits)
    restored = pca_k.inverse_transform(pca_k.transform(X_digits))
    error = ((X_digits - restored) ** 2).sum(axis=1).mean()
    dropped = pca_digits.explained_variance_[k:].sum() * (n - 1) / n
    print(f"k = {k:2d}: 64 numbers → {k:2d}, squared error per image {error:7.2f}   "
          f"(n−1)/n · Σ dropped λ = {dropped:7.2f}")"""),
    Markdown(
        en="""## 07 · t-SNE: a map that keeps the neighbours

PCA keeps the directions of largest variance: straight projections, so groups that are not separated by a straight
view overlap. **t-SNE** draws a map instead: it turns the distances between the samples into probabilities of being
neighbours (a Gaussian in the 64-D space, with `perplexity` about the number of neighbours each point counts), then
moves points in the plane by gradient descent (session 1!) until their neighbour probabilities there (a Student-t
curve) match, minimising the Kullback–Leibler divergence. Neighbours stay neighbours; distances between far groups
mean little. It costs $n^2$ pairs per step, so we take 300 digits.

**Trustworthiness** (between 0 and 1) measures how well a map keeps each point's nearest neighbours: how few of its
neighbours in the plane are strangers in the original space.""",
        ko="""## 07 · t-SNE: 이웃을 지키는 지도

PCA는 분산이 가장 큰 방향을 지킵니다. 곧은 투영이라서, 곧게 바라봐서는 갈라지지 않는 그룹들은 겹칩니다.
**t-SNE**는 대신 지도를 그립니다. 샘플 사이의 거리를 이웃일 확률로 바꾸고(64차원에서는 가우시안,
`perplexity`는 대략 점마다 세는 이웃의 수), 평면 위의 점을 경사 하강법(1차시!)으로 옮겨 평면에서의 이웃
확률(스튜던트 t 곡선)이 그것과 맞도록 합니다. 쿨백-라이블러 발산을 최소화하는 것입니다. 이웃은 이웃으로
남지만, 멀리 떨어진 그룹 사이의 거리는 별 뜻이 없습니다. 한 걸음마다 $n^2$개의 쌍을 계산하므로 숫자 300개만
씁니다.

**신뢰도(trustworthiness)**(0과 1 사이)는 지도가 각 점의 가장 가까운 이웃을 얼마나 잘 지키는지, 곧 평면에서의
이웃 가운데 원래 공간에서는 낯선 점이 얼마나 적은지를 잽니다.""",
    ),
    Code("""from mldlab.ml import TSNE, trustworthiness

some_digits, some_labels = X_digits[:300], y_digits[:300]
tsne_map = TSNE(n_components=2, perplexity=30, random_state=0).fit_transform(some_digits)
pca_map = PCA(n_components=2).fit_transform(some_digits)
print(f"trustworthiness of the t-SNE map {trustworthiness(some_digits, tsne_map):.3f}   "
      f"of the PCA map {trustworthiness(some_digits, pca_map):.3f}")"""),
    Code("""viz.embedding(tsne_map, some_labels, method="t-SNE")"""),
    Code("""viz.embedding(pca_map, some_labels, method="PCA")"""),
    Markdown(
        en="""## 08 · Measuring a clustering

There is no answer key, so how good is a clustering?
* **Without labels**: the mean **silhouette** $s$ (section 02): are the clusters tight and far apart? It favours
  round, well-separated clusters, so it can prefer k-means's wrong cut of the moons.
* **With the true groups**, when we know them (to try a method on data made for it): the **adjusted Rand index**
  counts the pairs of samples the clustering and the truth treat alike (together in both, or apart in both),
  corrected for chance: 1 = the same grouping, about 0 = no better than random. The names of the clusters do not
  matter: $[0, 0, 1, 1]$ and $[1, 1, 0, 0]$ are the same grouping.""",
        ko="""## 08 · 군집화의 평가

정답이 없으니 군집화가 얼마나 좋은지는 어떻게 알까요?
* **레이블 없이**: 평균 **실루엣** $s$(02절). 군집이 촘촘하고 서로 멀리 떨어져 있는가? 둥글고 잘 떨어진 군집을
  좋아하므로, 반달을 잘못 자른 k-평균을 더 높게 칠 수도 있습니다.
* **실제 그룹을 알 때**(그런 데이터로 방법을 시험할 때): **조정 랜드 지수(ARI)**는 샘플 쌍 가운데 군집화와
  실제가 똑같이 다루는 쌍(둘 다 같은 군집이거나 둘 다 다른 군집)을 세고 우연으로 맞을 몫을 보정합니다.
  1 = 같은 묶음, 0 근처 = 무작위보다 낫지 않음. 군집의 이름은 상관없습니다. $[0, 0, 1, 1]$과 $[1, 1, 0, 0]$은
  같은 묶음입니다.""",
    ),
    Code("""print("ARI of [0, 0, 1, 1] and [1, 1, 0, 0]:", adjusted_rand_score([0, 0, 1, 1], [1, 1, 0, 0]))
print(f"{'':22} {'three groups':>22}  {'two moons':>22}")
print(f"{'':22} {'silhouette':>11}{'ARI':>11}  {'silhouette':>11}{'ARI':>11}")
methods = {
    "KMeans": (kmeans.labels_, two_means.labels_),
    "Agglomerative, ward": (AgglomerativeClustering(n_clusters=3).fit_predict(X),
                            AgglomerativeClustering(n_clusters=2).fit_predict(X_moons)),
    "Agglomerative, single": (AgglomerativeClustering(n_clusters=3, linkage="single").fit_predict(X),
                              AgglomerativeClustering(n_clusters=2, linkage="single").fit_predict(X_moons)),
    "DBSCAN": (DBSCAN(eps=0.8, min_samples=5).fit_predict(X), dbscan.labels_),
    "GaussianMixture": (gmm.predict(X), GaussianMixture(n_components=2, means_init=two_means.cluster_centers_,
                                                        random_state=0).fit(X_moons).predict(X_moons)),
}
for name, (on_blobs, on_moons) in methods.items():
    print(f"{name:22} {silhouette_score(X, on_blobs):11.3f}{adjusted_rand_score(y_true, on_blobs):11.3f}  "
          f"{silhouette_score(X_moons, on_moons):11.3f}{adjusted_rand_score(y_moons, on_moons):11.3f}")"""),
    Markdown(
        en="""## Exercises (answers for teachers below each)

1. Start k-means from `X[3:6]` instead of the first three points. Does it end with the same inertia?
2. What silhouette $s(i)$ does a point get when $a(i) = 1$ and $b(i) = 3$? And when $a(i) = 3$, $b(i) = 1$?
3. How many principal axes keep 95 % of the variance of the digits?
4. DBSCAN on the three groups with `eps=0.3`: how many clusters and how many noise points?""",
        ko="""## 연습 문제 (각 문제 아래에 교사용 답)

1. 처음 세 점 대신 `X[3:6]`에서 k-평균을 시작해 보세요. 관성이 같게 끝날까요?
2. $a(i) = 1$, $b(i) = 3$인 점의 실루엣 $s(i)$는 얼마일까요? $a(i) = 3$, $b(i) = 1$이면요?
3. 손글씨 숫자의 분산 95 %를 지키려면 주성분 축이 몇 개 필요할까요?
4. 세 그룹 데이터에 `eps=0.3`인 DBSCAN을 쓰면 군집과 잡음 점은 몇 개일까요?""",
    ),
    Code("""other = KMeans(n_clusters=3, init=X[3:6], n_init=1).fit(X)
print("J =", round(float(other.inertia_), 3), "  first start:", round(float(kmeans.inertia_), 3),
      "  the same grouping (ARI):", adjusted_rand_score(kmeans.labels_, other.labels_))"""),
    Code("""for a, b in ((1, 3), (3, 1)):
    print(f"a = {a}, b = {b}:  s = (b − a) / max(a, b) = {(b - a) / max(a, b):.3f}")"""),
    Code("""print("axes for 95 %:", PCA(n_components=0.95).fit(X_digits).n_components_,
      "  check:", int(np.searchsorted(cumulative, 0.95) + 1))"""),
    Code("""labels = DBSCAN(eps=0.3, min_samples=5).fit_predict(X)
print("clusters:", len(set(labels) - {-1}), "  noise:", np.sum(labels == -1))"""),
]
