"""Lesson 4: deep, convolutional and recurrent networks (DNN, CNN, RNN), in English and Korean.

It follows session 4 of the course schedule: from session 1's deep network to images (01), a convolution with its
numbers (02), kernels and feature maps (03), pooling (04), batch normalisation (05), a CNN trained beside an MLP
(06) and what it looks at (07); then sequences: the recurrent network unrolled (08), gradients that vanish across
time (09), the LSTM's gates (10), a character-level language model (11), and the same networks in PyTorch and
Keras (12). Every number is computed by the code cells, never typed in; every figure comes from ``mldlab.viz``.
"""

from mldlab.lessons._notebook import Code, Markdown

TITLE = {"en": "Session 4 · Deep, convolutional and recurrent networks (DNN, CNN, RNN)",
         "ko": "4차시 · 심층 신경망, 합성곱 신경망, 순환 신경망 (DNN, CNN, RNN)"}

CELLS = [
    Markdown(
        en="""# Session 4 · Deep, convolutional and recurrent networks (DNN, CNN, RNN)

The course (5 sessions): **1** perceptron, neural networks · **2** KNN and regression, decision trees, ensembles ·
**3** unsupervised learning · **4** DNN, CNN, RNN · **5** reinforcement learning, GAN, LLM.

Today: **01** from the deep network to images · **02** a convolution with numbers · **03** kernels and feature
maps · **04** pooling · **05** batch normalisation · **06** a CNN beside an MLP · **07** what the CNN looks at ·
**08** sequences and the recurrent network · **09** gradients that vanish across time · **10** the LSTM ·
**11** a network that writes, character by character · **12** the same networks in PyTorch and Keras.

As in session 1, `mldlab`'s names are PyTorch's (`nn.Conv2d`, `nn.MaxPool2d`, `nn.BatchNorm2d`, `nn.LSTM`, with
the same arguments, defaults and numbers): the layers below are built and run the same way in PyTorch with
`import torch` in place of `import mldlab`. The `explain` and `viz` cells open mldlab's computations, and the data
(`mldlab.data`) and example trainings (`mldlab.train.examples`) are mldlab's own, so that nothing is downloaded.""",
        ko="""# 4차시 · 심층 신경망, 합성곱 신경망, 순환 신경망 (DNN, CNN, RNN)

과정(5차시): **1** 퍼셉트론, 인공신경망 · **2** KNN + 회귀, 결정트리, 앙상블 · **3** 비지도 학습 ·
**4** DNN, CNN, RNN · **5** 강화학습, GAN, LLM.

오늘: **01** 심층 신경망에서 이미지로 · **02** 수로 보는 합성곱 · **03** 커널과 특성 맵 · **04** 풀링 ·
**05** 배치 정규화 · **06** CNN과 MLP 나란히 학습하기 · **07** CNN은 어디를 보는가 · **08** 시퀀스와 순환 신경망 ·
**09** 시간을 거슬러 사라지는 기울기 · **10** LSTM · **11** 글자 단위로 글을 쓰는 신경망 ·
**12** PyTorch와 Keras로 옮기기.

1차시처럼 `mldlab`의 이름은 PyTorch와 같습니다(`nn.Conv2d`, `nn.MaxPool2d`, `nn.BatchNorm2d`, `nn.LSTM`의 인자,
기본값, 계산 결과까지). 그래서 아래의 층들은 `import mldlab` 대신 `import torch`로 바꾸면 PyTorch에서도 똑같이
만들고 돌릴 수 있습니다. `explain`과 `viz` 셀은 mldlab의 계산을 열어 보여 주고, 데이터(`mldlab.data`)와 예제
학습(`mldlab.train.examples`)은 아무것도 내려받지 않도록 mldlab이 직접 갖추고 있습니다.""",
    ),
    Code("""import numpy as np
import mldlab
from mldlab import explain, nn, viz

mldlab.set_language("{lang}")
_ = mldlab.manual_seed(0)


def n_parameters(model):
    return sum(p.numel() for p in model.parameters())


EPOCHS = 5                          # more epochs, better networks: try 15
CHAR_EPOCHS = {"en": 6, "ko": 20}   # the Korean text is shorter, with more different characters: more passes"""),
    Markdown(
        en="""## 01 · From the deep network to images

Session 1 ended with the **deep network**: layer $k$ computes
$z_{k,i} = w^{(k)}_{0,i} + \\sum_j g(z_{k-1,j})\\, w^{(k)}_{j,i}$, every unit looking at every unit of the layer
before (a *dense* layer). For an image this has two problems:
* **too many weights**: a 28×28 grey image is 784 inputs, so one dense layer of 100 units needs 78,500 weights; a
  224×224 colour photo has 150,528 inputs, and the same layer 15 million weights;
* **no idea of neighbours**: a dense layer does not know which pixels are next to each other. Shuffle the pixels
  in the same way in every image and it learns just as well: the picture's geometry is thrown away.

A **convolutional** layer answers both: each unit looks only at a small patch of the image (*local*), and every
place uses the same small grid of weights, the **kernel** (*shared*). Count the weights of two networks for
28×28 images with 10 classes:""",
        ko="""## 01 · 심층 신경망에서 이미지로

1차시는 **심층 신경망**으로 끝났습니다. $k$번째 층은 $z_{k,i} = w^{(k)}_{0,i} + \\sum_j g(z_{k-1,j})\\,
w^{(k)}_{j,i}$를 계산하고, 모든 유닛이 앞 층의 모든 유닛을 봅니다(*완전 연결*, dense 층). 이미지에는 두 가지
문제가 있습니다.
* **가중치가 너무 많습니다**: 28×28 흑백 그림은 입력이 784개라서 유닛 100개짜리 dense 층 하나에 가중치가
  78,500개 필요합니다. 224×224 컬러 사진은 입력이 150,528개이고 같은 층에 가중치가 1,500만 개입니다.
* **이웃을 모릅니다**: dense 층은 어느 픽셀이 서로 이웃인지 모릅니다. 모든 그림의 픽셀을 똑같은 방식으로
  뒤섞어도 똑같이 잘 배웁니다. 그림의 모양 정보를 버리는 것입니다.

**합성곱** 층은 둘 다 해결합니다. 각 유닛은 그림의 작은 조각만 보고(*국소성*), 모든 자리에서 같은 작은 가중치
격자, 곧 **커널**을 씁니다(*가중치 공유*). 28×28 그림을 10개 클래스로 나누는 두 신경망의 가중치를 세어 봅니다.""",
    ),
    Code("""mlp = nn.Sequential(nn.Flatten(), nn.Linear(28 * 28, 100), nn.ReLU(), nn.Linear(100, 10))
cnn28 = nn.Sequential(nn.Conv2d(1, 8, kernel_size=3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
                      nn.Conv2d(8, 16, kernel_size=3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
                      nn.Flatten(), nn.Linear(16 * 7 * 7, 10))
print(f"MLP: {n_parameters(mlp):6d} parameters, its first layer {n_parameters(mlp[1]):6d} (784·100 + 100)")
print(f"CNN: {n_parameters(cnn28):6d} parameters, its first layer {n_parameters(cnn28[0]):6d} (8 kernels of 3×3 + 8)")
photo = 224 * 224 * 3
print(f"a 224×224 colour photo: {photo:,} inputs; dense layer of 100 units: {photo * 100 + 100:,} weights; "
      f"convolution with 100 kernels of 3×3×3: {100 * 27 + 100:,}")"""),
    Markdown(
        en="""## 02 · A convolution with numbers

The kernel $W$ (here 3×3) slides over the image. At each place it covers a patch $x$ of the image; the output is
the sum of the products of the patch and the kernel, element by element, plus a bias:
$z[i, j] = b + \\sum_m \\sum_n x[i + m, j + n] \\cdot W[m, n]$ (a dot product, as in the perceptron). All the
outputs together form a **feature map**. The classic example, a 5×5 image of 0s and 1s and a 3×3 kernel:""",
        ko="""## 02 · 수로 보는 합성곱

커널 $W$(여기서는 3×3)가 그림 위를 미끄러지며 움직입니다. 각 자리에서 커널은 그림의 조각 $x$를 덮고, 출력은
조각과 커널을 원소별로 곱한 값의 합에 편향을 더한 것입니다: $z[i, j] = b + \\sum_m \\sum_n x[i + m, j + n] \\cdot
W[m, n]$ (퍼셉트론과 같은 스칼라곱입니다). 모든 자리의 출력이 모여 **특성 맵**이 됩니다. 0과 1로 된 5×5 그림과
3×3 커널로 된 고전적인 예입니다.""",
    ),
    Code("""image = np.array([[1, 1, 1, 0, 0],
                  [0, 1, 1, 1, 0],
                  [0, 0, 1, 1, 1],
                  [0, 0, 1, 1, 0],
                  [0, 1, 1, 0, 0]], dtype=np.float32)
kernel = np.array([[1, 0, 1],
                   [0, 1, 0],
                   [1, 0, 1]], dtype=np.float32)
conv = nn.Conv2d(1, 1, kernel_size=3, bias=False)      # 1 input channel, 1 kernel
with mldlab.no_grad():
    conv.weight.copy_(mldlab.tensor(kernel).reshape(1, 1, 3, 3))
x = image.reshape(1, 1, 5, 5)                          # (N, C, H, W): 1 image, 1 channel, 5×5
explain.convolution(conv, x, position=(0, 0))"""),
    Markdown(
        en="""Every place at once: the layer gives the 3×3 feature map, and two loops in NumPy give the same
numbers.""",
        ko="""모든 자리를 한꺼번에 계산합니다. 층이 3×3 특성 맵을 내고, NumPy 반복문 두 개도 같은 수를 냅니다.""",
    ),
    Code("""feature_map = conv(mldlab.tensor(x)).detach().numpy()[0, 0]
print("conv(x):")
print(feature_map)
by_hand = np.array([[(image[i:i + 3, j:j + 3] * kernel).sum() for j in range(3)] for i in range(3)])
print("by hand, Σ x·W at every place:")
print(by_hand)"""),
    Markdown(
        en="""**Padding and stride.** The map is smaller than the image (5×5 → 3×3): the kernel fits in 3 places per
row. **Padding** $p$ adds a border of zeros so that the kernel can sit on the edges too; **stride** $s$ moves it
$s$ places at a time. The output size is $\\lfloor (H + 2p - k)/s \\rfloor + 1$. With padding 1 the corner's patch
is partly outside the image, and the padding counts as 0:""",
        ko="""**패딩과 스트라이드.** 특성 맵은 그림보다 작습니다(5×5 → 3×3). 한 줄에서 커널이 놓일 자리가 3곳뿐이기
때문입니다. **패딩** $p$는 가장자리에 0을 둘러 커널이 모서리에도 놓이게 하고, **스트라이드** $s$는 커널을 한 번에
$s$칸씩 옮깁니다. 출력의 크기는 $\\lfloor (H + 2p - k)/s \\rfloor + 1$입니다. 패딩이 1이면 모서리의 조각은 일부가
그림 밖에 있고, 그 패딩은 0으로 셉니다.""",
    ),
    Code("""for padding, stride in ((0, 1), (1, 1), (1, 2)):
    layer = nn.Conv2d(1, 1, kernel_size=3, padding=padding, stride=stride)
    size = tuple(layer(mldlab.tensor(x)).shape[2:])
    print(f"padding={padding}, stride={stride}: 5×5 → {size}    (5 + 2·{padding} − 3)//{stride} + 1 = "
          f"{(5 + 2 * padding - 3) // stride + 1}")
padded = nn.Conv2d(1, 1, kernel_size=3, padding=1, bias=False)
with mldlab.no_grad():
    padded.weight.copy_(conv.weight)
explain.convolution(padded, x, position=(0, 0))"""),
    Markdown(
        en="""## 03 · Kernels and feature maps

What a kernel finds depends on its numbers. A kernel with $-1$ on the left and $+1$ on the right answers where the
image gets brighter from left to right: a **vertical edge**; turned a quarter, a **horizontal edge**; turned an
eighth, a diagonal one. A layer with
several kernels makes several feature maps, one per kernel (its output **channels**); the next layer's kernels
then have one 3×3 grid per channel and combine them. Four hand-made kernels on a picture of 28×28 shapes:""",
        ko="""## 03 · 커널과 특성 맵

커널이 무엇을 찾는지는 커널의 수에 달려 있습니다. 왼쪽이 $-1$, 오른쪽이 $+1$인 커널은 그림이 왼쪽에서 오른쪽으로
밝아지는 곳, 곧 **세로 경계선**에서 크게 반응합니다. 90도 돌리면 **가로 경계선**을, 45도 돌리면 대각선 경계선을
찾습니다. 커널이 여러 개인
층은 커널마다 하나씩 특성 맵을 만듭니다(출력 **채널**). 다음 층의 커널은 채널마다 3×3 격자를 하나씩 가지고
그것들을 합칩니다. 손으로 만든 커널 네 개를 28×28 도형 그림에 적용해 봅니다.""",
    ),
    Code("""from mldlab.data import shapes28, shapes28_class_names

X_shapes, y_shapes = shapes28(n_samples=20, seed=0)
edges = nn.Conv2d(1, 4, kernel_size=3, padding=1, bias=False)    # 4 kernels: 4 feature maps
vertical = [[-1.0, 0.0, 1.0]] * 3
horizontal = [[-1.0] * 3, [0.0] * 3, [1.0] * 3]
diagonal = [[0.0, 1.0, 1.0], [-1.0, 0.0, 1.0], [-1.0, -1.0, 0.0]]
other_diagonal = [[1.0, 1.0, 0.0], [1.0, 0.0, -1.0], [0.0, -1.0, -1.0]]
with mldlab.no_grad():
    edges.weight.copy_(mldlab.tensor([[vertical], [horizontal], [diagonal], [other_diagonal]]))
print("y =", int(y_shapes[0]), "→", shapes28_class_names()[int(y_shapes[0])])
viz.kernels(edges)"""),
    Code("""viz.feature_maps(nn.Sequential(edges, nn.ReLU()), X_shapes[0])"""),
    Markdown(
        en="""In a CNN nobody designs the kernels: they are weights like any other, started at random and learned by
gradient descent (section 06 shows the ones a network learned).""",
        ko="""CNN에서는 아무도 커널을 설계하지 않습니다. 커널도 다른 가중치처럼 무작위로 시작해 경사 하강법으로
학습됩니다(06절에서 신경망이 배운 커널을 봅니다).""",
    ),
    Markdown(
        en="""## 04 · Pooling

**Max pooling** keeps the largest value of each window: with a 2×2 window and stride 2 it halves the height and
the width (4 times fewer numbers), and a feature that moves by a pixel often still gives the same output.
In backpropagation only the largest value gets the gradient, the others 0: when several places hold the
largest value (common after ReLU, with its zeros), PyTorch takes the first in reading order. **Average pooling**
takes the mean, and every place gets the same share of the gradient.""",
        ko="""## 04 · 풀링

**최대 풀링**은 각 창(window)에서 가장 큰 값만 남깁니다. 2×2 창, 스트라이드 2이면 높이와 너비가 반이 되고(수는
4분의 1), 특징이 한 픽셀쯤 움직여도 출력이 같은 경우가 많습니다. 역전파에서는 가장 큰 값만 기울기를 받고 나머지는
0을 받습니다. 가장 큰 값이 여러 자리에 있으면(0이 많은 ReLU 뒤에서 흔합니다) PyTorch는 읽는 순서로 첫 번째
자리를 고릅니다. **평균 풀링**은 평균을 내고, 모든 자리가 기울기를 똑같이 나눠 받습니다.""",
    ),
    Code("""maps = np.array([[1, 3, 2, 0],
                 [3, 0, 1, 5],
                 [0, 2, 4, 4],
                 [1, 1, 4, 0]], dtype=np.float32).reshape(1, 1, 4, 4)
pool = nn.MaxPool2d(kernel_size=2)
print("max pooling:")
print(pool(mldlab.tensor(maps)).numpy()[0, 0])
print("average pooling:")
print(nn.AvgPool2d(kernel_size=2)(mldlab.tensor(maps)).numpy()[0, 0])
explain.pooling(pool, maps, position=(1, 1))"""),
    Code("""explain.pooling(nn.AvgPool2d(kernel_size=2), maps, position=(0, 1))"""),
    Markdown(
        en="""## 05 · Batch normalisation

Deep networks train faster when the numbers entering each layer keep a steady scale. **Batch normalisation**
rescales each feature (each channel of a map) over the batch: mean $\\mu_B$ and variance $\\sigma^2_B$ of the
batch, $\\hat{x} = (x - \\mu_B)/\\sqrt{\\sigma^2_B + \\varepsilon}$, then $y = \\gamma \\hat{x} + \\beta$ with a
learned scale $\\gamma$ and shift $\\beta$. While training it also keeps **running** averages of $\\mu_B$ and
$\\sigma^2_B$; in evaluation mode (`model.eval()`) it uses those, so that a prediction for one sample does not
depend on the others in its batch.""",
        ko="""## 05 · 배치 정규화

심층 신경망은 각 층에 들어가는 수의 크기가 일정할 때 더 빨리 학습합니다. **배치 정규화**는 특성(특성 맵의
채널)마다 배치 전체를 보고 크기를 맞춥니다. 배치의 평균 $\\mu_B$와 분산 $\\sigma^2_B$로
$\\hat{x} = (x - \\mu_B)/\\sqrt{\\sigma^2_B + \\varepsilon}$을 구한 뒤, 학습되는 배율 $\\gamma$와 이동 $\\beta$로
$y = \\gamma \\hat{x} + \\beta$를 냅니다. 학습하는 동안 $\\mu_B$와 $\\sigma^2_B$의 **이동 평균**도 모아 두었다가,
평가 모드(`model.eval()`)에서는 그것을 씁니다. 그래서 한 샘플의 예측이 같은 배치의 다른 샘플에 따라 달라지지
않습니다.""",
    ),
    Code("""bn = nn.BatchNorm1d(2)                    # 2 features
batch = np.array([[1.0, 10.0], [2.0, 20.0], [3.0, 30.0], [6.0, 60.0]], dtype=np.float32)
explain.batch_norm(bn, batch, feature=0)"""),
    Code("""for _ in range(50):                       # 50 training batches: the running statistics settle
    bn(mldlab.tensor(batch))
bn.eval()
explain.batch_norm(bn, batch[:2], feature=0)"""),
    Markdown(
        en="""## 06 · A CNN beside an MLP

The handwritten digits of session 2, as images: 1,797 pictures of 8×8 pixels, one channel. A CNN (two
convolutions, each with ReLU and max pooling, then two dense layers) and an MLP (the 64 pixels as a list, one hidden
layer of 64 units) learn them on the same split, with the same optimiser (Adam) and the same number of epochs,
with `Model.fit` as in session 1. On images this small the CNN even has more weights than the MLP: what it gains
is *where* its weights look.""",
        ko="""## 06 · CNN과 MLP 나란히 학습하기

2차시의 손글씨 숫자를 이미지로 씁니다. 8×8 픽셀, 채널 하나짜리 그림 1,797장입니다. CNN(ReLU와 최대 풀링을
곁들인 합성곱 두 번, 그다음 dense 층 두 개)과 MLP(픽셀 64개를 한 줄로 놓고 유닛 64개의 은닉층 하나)가 같은
데이터 분할, 같은 최적화 알고리즘(Adam), 같은 에포크 수로 1차시처럼 `Model.fit`으로 학습합니다. 이렇게 작은
그림에서는 CNN의 가중치가 오히려 MLP보다 많습니다. CNN이 얻는 것은 가중치의 수가 아니라 가중치가 *어디를*
보는가입니다.""",
    ),
    Code("""from mldlab.train.examples import mlp_for_images, train_digits_cnn

cnn_run = train_digits_cnn(epochs=EPOCHS, seed=0)
mlp_run = train_digits_cnn(epochs=EPOCHS, seed=0, build=mlp_for_images)    # the same split and seed
cnn, mlp = cnn_run.model, mlp_run.model
print(f"CNN: test accuracy {cnn_run.test_accuracy:.3f}   ({n_parameters(cnn)} parameters)")
print(f"MLP: test accuracy {mlp_run.test_accuracy:.3f}   ({n_parameters(mlp)} parameters)")
print("the CNN:")
print(cnn)"""),
    Code("""viz.cnn_vs_mlp(cnn, mlp, histories=(cnn_run.history, mlp_run.history))"""),
    Markdown(
        en="""## 07 · What the CNN looks at

The kernels it learned (first layer), the feature maps of one digit after each layer, and its **saliency**
$|\\partial s_{\\text{class}}/\\partial x|$: how much each pixel changes the score of the predicted class (the
gradient of session 1, taken with respect to the image instead of the weights).""",
        ko="""## 07 · CNN은 어디를 보는가

CNN이 배운 커널(첫 층), 숫자 하나가 각 층을 지난 뒤의 특성 맵, 그리고 **돌출 맵(saliency)**
$|\\partial s_{\\text{class}}/\\partial x|$입니다. 돌출 맵은 각 픽셀이 예측한 클래스의 점수를 얼마나 바꾸는지를
나타냅니다(1차시의 기울기를 가중치 대신 그림에 대해 구한 것입니다).""",
    ),
    Code("""viz.kernels(cnn)"""),
    Code("""digit = cnn_run.X_test[0]
print("label:", int(cnn_run.y_test[0]), "  prediction:", int(cnn(mldlab.tensor(digit[None])).argmax()))
viz.feature_maps(cnn, digit)"""),
    Code("""viz.saliency(cnn, digit)"""),
    Markdown(
        en="""## 08 · Sequences and the recurrent network

Text, speech, temperatures hour by hour: in a **sequence** the order matters. A **recurrent** network (RNN) reads
one step $x_t$ at a time and carries a **hidden state** $h_t$, its memory of everything read so far:
$h_t = \\tanh(W_{ih} x_t + b_{ih} + W_{hh} h_{t-1} + b_{hh})$ (PyTorch's formula), with the same weights at every
step. **Unrolled** over time it is a deep network with one layer per step, all sharing their weights.""",
        ko="""## 08 · 시퀀스와 순환 신경망

글, 말소리, 시간별 기온처럼 **시퀀스**에서는 순서가 중요합니다. **순환** 신경망(RNN)은 한 번에 한 단계 $x_t$를
읽고, 지금까지 읽은 모든 것의 기억인 **은닉 상태** $h_t$를 다음 단계로 넘깁니다:
$h_t = \\tanh(W_{ih} x_t + b_{ih} + W_{hh} h_{t-1} + b_{hh})$ (PyTorch의 식). 모든 단계에서 같은 가중치를 씁니다.
시간을 따라 **펼치면**, 단계마다 층이 하나씩 있고 모든 층이 가중치를 공유하는 심층 신경망입니다.""",
    ),
    Code("""from mldlab.data import sine_sequences

waves, next_values = sine_sequences(n_samples=4, seq_len=12, seed=0)
rnn = nn.RNN(input_size=1, hidden_size=3, batch_first=True)
out, h_n = rnn(mldlab.tensor(waves))
print("input", waves.shape, "→ output", out.shape, " last hidden state", h_n.shape)
W_ih, W_hh = rnn.weight_ih_l0.detach().numpy(), rnn.weight_hh_l0.detach().numpy()
b = (rnn.bias_ih_l0 + rnn.bias_hh_l0).detach().numpy()
h = np.zeros(3)
for x_t in waves[0]:                               # the formula, step by step, for the first sequence
    h = np.tanh(W_ih @ x_t + W_hh @ h + b)
print("h_T by hand:", h.round(5), "  the layer's:", h_n.detach().numpy()[0, 0].round(5))"""),
    Code("""viz.unrolled_rnn(rnn, waves[0][:6])"""),
    Markdown(
        en="""## 09 · Gradients that vanish across time

Backpropagation through the unrolled network multiplies one factor per step: $\\partial L/\\partial h_1 =
\\partial L/\\partial h_T \\cdot \\prod_t \\partial h_t/\\partial h_{t-1}$, each factor $W_{hh}^T$ times $\\tanh'$
(at most 1). Fifty factors smaller than 1 make almost 0: the first steps get no gradient, and a plain RNN cannot
learn what happened long ago. The **adding problem** needs exactly that: 50 random numbers, two of them marked;
the answer is the sum of the two marked numbers, the first of them in the first half. The **LSTM** (next section)
keeps a memory cell $c_t = f_t \\odot c_{t-1} + i_t \\odot g_t$ that the gradient crosses through the forget gate
$f_t$ (close to 1 when it keeps), not through a product of matrices. The gradient norm
$\\lVert\\partial L/\\partial h_t\\rVert$ at every step, for an RNN and an LSTM on the same sequences (the
LSTM's forget-gate bias raised by 3 at the start, a common practice, so that it begins by keeping):""",
        ko="""## 09 · 시간을 거슬러 사라지는 기울기

펼친 신경망의 역전파는 단계마다 인수를 하나씩 곱합니다: $\\partial L/\\partial h_1 = \\partial L/\\partial h_T
\\cdot \\prod_t \\partial h_t/\\partial h_{t-1}$, 인수마다 $W_{hh}^T$에 $\\tanh'$(1 이하)을 곱한 것입니다. 1보다
작은 인수 50개를 곱하면 거의 0이 됩니다. 앞쪽 단계는 기울기를 받지 못하고, 보통의 RNN은 오래전에 일어난 일을
배우지 못합니다. **덧셈 문제**가 바로 그것을 요구합니다. 무작위 수 50개 가운데 두 개에 표시가 있고, 답은 표시된
두 수의 합입니다. 첫 번째 표시는 앞쪽 절반에 있습니다. **LSTM**(다음 절)은 기억 셀
$c_t = f_t \\odot c_{t-1} + i_t \\odot g_t$를 두는데, 기울기는 행렬의 곱이 아니라 망각 게이트 $f_t$(기억할 때는
1에 가까움)를 거쳐 이 셀을 지나갑니다. 같은 시퀀스에서 RNN과 LSTM의 단계별 기울기 크기
$\\lVert\\partial L/\\partial h_t\\rVert$입니다(LSTM은 처음부터 기억을 지키도록 망각 게이트의 편향을 3만큼
올려 시작합니다. 흔히 쓰는 방법입니다).""",
    ),
    Code("""from mldlab.data import adding_problem

X_add, y_add = adding_problem(n_samples=3, seq_len=50, seed=0)
marked = np.flatnonzero(X_add[0, :, 1])
print("the marked steps of the first sequence:", marked.tolist(), "  their numbers:",
      [round(float(v), 3) for v in X_add[0, marked, 0]], "  y =", round(float(y_add[0, 0]), 3))
viz.gradient_norms_over_time(seq_len=50)"""),
    Markdown(
        en="""## 10 · The LSTM's gates

At every step an LSTM computes four vectors from $x_t$ and $h_{t-1}$, each with its own weights: the **input gate**
$i_t = \\sigma(\\cdot)$ (how much to write), the **forget gate** $f_t = \\sigma(\\cdot)$ (how much of the old
memory to keep), the **candidate** $g_t = \\tanh(\\cdot)$ (what to write) and the **output gate**
$o_t = \\sigma(\\cdot)$ (how much to show). Then $c_t = f_t \\odot c_{t-1} + i_t \\odot g_t$ and
$h_t = o_t \\odot \\tanh(c_t)$. PyTorch stacks the four gates' weights in the order i, f, g, o. One step, with
every number:""",
        ko="""## 10 · LSTM의 게이트

LSTM은 단계마다 $x_t$와 $h_{t-1}$로 벡터 네 개를 각자의 가중치로 계산합니다. **입력 게이트**
$i_t = \\sigma(\\cdot)$(얼마나 쓸지), **망각 게이트** $f_t = \\sigma(\\cdot)$(옛 기억을 얼마나 남길지),
**후보** $g_t = \\tanh(\\cdot)$(무엇을 쓸지), **출력 게이트** $o_t = \\sigma(\\cdot)$(얼마나 내보일지)입니다.
그다음 $c_t = f_t \\odot c_{t-1} + i_t \\odot g_t$, $h_t = o_t \\odot \\tanh(c_t)$를 구합니다. PyTorch는 네
게이트의 가중치를 i, f, g, o 순서로 쌓아 둡니다. 한 단계를 모든 수와 함께 봅니다.""",
    ),
    Code("""lstm = nn.LSTM(input_size=1, hidden_size=3, batch_first=True)
explain.lstm_step(lstm, waves, t=2, sample=0)"""),
    Markdown(
        en="""## 11 · A network that writes, character by character

A **character-level language model** reads a text one character at a time and, at every step, gives the
probabilities of the next character. Each character becomes a number (`CharTokenizer`), the number a vector (an
`Embedding`), and an LSTM carries the context. Trained on a short story bundled with mldlab (a few thousand
characters), it is then asked to write: it draws a character from its probabilities, feeds it back, and draws the
next. The loss is compared with the **unigram baseline**, the cross-entropy of always predicting how often each
character occurs: a model that beats it has learned something about which character follows which.""",
        ko="""## 11 · 글자 단위로 글을 쓰는 신경망

**글자 단위 언어 모델**은 글을 한 글자씩 읽으며 단계마다 다음 글자의 확률을 냅니다. 각 글자는 번호가 되고
(`CharTokenizer`), 번호는 벡터가 되며(`Embedding`), LSTM이 문맥을 이어 갑니다. mldlab에 들어 있는 짧은 글(몇천
글자)로 학습한 뒤 글을 쓰게 합니다. 확률에 따라 글자 하나를 뽑고, 그 글자를 다시 넣어 다음 글자를 뽑습니다.
손실은 **유니그램 기준선**, 곧 각 글자가 나오는 빈도만으로 예측할 때의 교차 엔트로피와 비교합니다. 이보다 낮으면
어떤 글자 뒤에 어떤 글자가 오는지를 배운 것입니다.""",
    ),
    Code("""from mldlab.train.examples import train_char_rnn

writer = train_char_rnn("{lang}", epochs=CHAR_EPOCHS["{lang}"], hidden_size=64, seed=0)
print(f"{len(writer.train_text)} characters to learn from, {len(writer.test_text)} held out, "
      f"{writer.tokenizer.vocab_size} different characters")
print(f"loss per character: {writer.test_loss:.3f} nats   unigram baseline: {writer.unigram_loss:.3f} nats")
start = writer.test_text[writer.test_text.index(" ") + 1:][:16]     # the held-out text, from its 2nd word
print(f"sample (temperature 0.8): {writer.model.sample(writer.tokenizer, start, 120, 0.8, mldlab.Generator(0))!r}")"""),
    Markdown(
        en="""What the LSTM's gates do while it reads the beginning of the held-out text (one row per unit, the first
few units): the forget gate near 1 keeps a unit's memory across characters.""",
        ko="""LSTM이 따로 떼어 둔 글의 앞부분을 읽는 동안 게이트가 하는 일입니다(유닛마다 한 줄, 앞쪽 유닛 몇 개).
망각 게이트가 1에 가까우면 그 유닛은 글자를 지나도 기억을 지킵니다.""",
    ),
    Code("""viz.lstm_gates(writer.model, start, tokenizer=writer.tokenizer)"""),
    Markdown(
        en="""## 12 · The same networks in PyTorch and Keras

`to_pytorch_code` writes the PyTorch program that builds the same network; `to_keras_code` the Keras one, with
Keras's layout (channels last: images as (H, W, C)). With the weights copied over, they give the same outputs.""",
        ko="""## 12 · PyTorch와 Keras로 옮기기

`to_pytorch_code`는 같은 신경망을 만드는 PyTorch 프로그램을, `to_keras_code`는 Keras 프로그램을 씁니다. Keras는
채널을 마지막에 둡니다(그림을 (H, W, C)로). 가중치를 옮기면 같은 출력을 냅니다.""",
    ),
    Code("""from mldlab.interop import to_keras_code, to_pytorch_code

print("the CNN has", n_parameters(cnn), "parameters")
print(to_pytorch_code(cnn))"""),
    Code("""print(to_keras_code(cnn, input_shape=(1, 8, 8)))"""),
    Markdown(
        en="""## Exercises (answers for teachers below each)

1. A 28×28 image goes through `Conv2d(1, 6, kernel_size=5)` and then `MaxPool2d(2)`. What size are the maps?
2. How many parameters has `Conv2d(3, 16, kernel_size=5)`?
3. Max pooling a window of four zeros: which place gets the gradient?
4. An LSTM with `hidden_size=3` has `weight_ih_l0` of shape (12, 1). Why 12?""",
        ko="""## 연습 문제 (각 문제 아래에 교사용 답)

1. 28×28 그림이 `Conv2d(1, 6, kernel_size=5)`와 `MaxPool2d(2)`를 차례로 지납니다. 특성 맵의 크기는?
2. `Conv2d(3, 16, kernel_size=5)`의 매개변수는 몇 개일까요?
3. 0 네 개로 된 창에 최대 풀링을 하면 어느 자리가 기울기를 받을까요?
4. `hidden_size=3`인 LSTM의 `weight_ih_l0`는 모양이 (12, 1)입니다. 왜 12일까요?""",
    ),
    Code("""layers = nn.Sequential(nn.Conv2d(1, 6, kernel_size=5), nn.MaxPool2d(2))
print("28×28 →", tuple(layers(mldlab.zeros(1, 1, 28, 28)).shape[2:]), "   (28 − 5 + 1)//2 =", (28 - 5 + 1) // 2)"""),
    Code("""print(n_parameters(nn.Conv2d(3, 16, kernel_size=5)), "= 16·3·5·5 + 16 =", 16 * 3 * 5 * 5 + 16)"""),
    Code("""explain.pooling(nn.MaxPool2d(2), np.zeros((1, 1, 2, 2), dtype=np.float32)).gradient"""),
    Code("""print(tuple(lstm.weight_ih_l0.shape), "= (4 gates i, f, g, o × 3 units, 1 input)")"""),
]
