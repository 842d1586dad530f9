"""The numbers behind the CNN figures: kernels are the weights, feature maps are PyTorch's layer outputs, the
receptive field is the support of PyTorch's gradient, the saliency map is PyTorch's |∂s/∂x|; both languages fit
on the figure; clear errors."""

import numpy as np
import pytest
from matplotlib.image import AxesImage

import mldlab
from mldlab import nn, viz
from mldlab.data import load_digit_images


def _torch_copy(torch, module: nn.Module, layers):
    """The same network in PyTorch, with mldlab's weights (the state_dict keys are PyTorch's)."""
    twin = torch.nn.Sequential(*layers).double()
    twin.load_state_dict({k: torch.tensor(np.asarray(v.detach().numpy(), dtype=np.float64))
                          for k, v in module.state_dict().items()})
    return twin.eval()


def _images(ax) -> list:
    return [im for im in ax.get_images() if isinstance(im, AxesImage)]


def _by_gid(fig, gid: str):
    found = [im for ax in fig.axes for im in _images(ax) if im.get_gid() == gid]
    assert len(found) == 1, gid
    return found[0]


def _drawn_texts(fig):
    """The texts matplotlib draws: titles, axis labels, the tick labels inside each axis's view, texts, legends."""
    figures = [fig]
    while any(sub not in figures for f in figures for sub in f.subfigs):
        figures += [sub for f in figures for sub in f.subfigs if sub not in figures]
    for f in figures:
        yield f._suptitle
        yield from f.texts
        for legend in f.legends:
            yield from legend.get_texts()
    for ax in fig.axes:
        if not ax.get_visible():
            continue
        yield from (ax.title, ax._left_title, ax._right_title, ax.xaxis.label, ax.yaxis.label)
        yield from (t for t in ax.texts if t.get_gid() != "value")  # the numbers inside a kernel's cells
        if ax.get_legend() is not None:
            yield from ax.get_legend().get_texts()
        for axis in (ax.xaxis, ax.yaxis):
            lo, hi = sorted(axis.get_view_interval())
            for tick in axis.get_major_ticks():
                if lo - 1e-9 * (hi - lo) <= tick.get_loc() <= hi + 1e-9 * (hi - lo):
                    yield from (tick.label1, tick.label2)


def assert_texts_fit(fig) -> None:
    """Every text on the figure (titles, labels, tick labels, legends) lies inside it and overlaps no other."""
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    boxes = []
    for text in {id(t): t for t in _drawn_texts(fig) if t is not None}.values():
        if not text.get_visible() or not text.get_text().strip():
            continue
        box = text.get_window_extent(renderer)
        assert box.x0 >= -2 and box.y0 >= -2 and box.x1 <= fig.bbox.x1 + 2 and box.y1 <= fig.bbox.y1 + 2, \
            f"{text.get_text()!r} is cut at the figure's edge: {box} in {fig.bbox}"
        boxes.append((text.get_text(), box.shrunk(0.98, 0.9)))
    for n, (text, box) in enumerate(boxes):
        for other, other_box in boxes[n + 1:]:
            assert not box.overlaps(other_box), f"{text!r} overlaps {other!r}"


@pytest.fixture(scope="module")
def digits():
    X, y = load_digit_images()
    return X[:4], y[:4]


@pytest.fixture(scope="module")
def cnn():
    mldlab.manual_seed(3)
    return nn.Sequential(nn.Conv2d(1, 4, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2), nn.Conv2d(4, 6, 3), nn.ReLU(),
                         nn.Flatten(), nn.Linear(24, 10)).double()


@pytest.fixture(scope="module")
def torch_cnn(torch, cnn):
    T = torch.nn
    return _torch_copy(torch, cnn, [T.Conv2d(1, 4, 3, padding=1), T.ReLU(), T.MaxPool2d(2), T.Conv2d(4, 6, 3),
                                    T.ReLU(), T.Flatten(), T.Linear(24, 10)])


def _tile(image, origin, shape):
    (top, left), (h, w) = origin, shape
    return np.asarray(image.get_array())[top:top + h, left:left + w]


def test_kernels_are_the_weights_on_one_symmetric_scale(cnn):
    fig = viz.kernels(cnn, lang="en")
    weight = cnn[0].weight.detach().numpy()
    assert fig.kernels.shape == (4, 1, 3, 3) and fig.layer is cnn[0] and sorted(fig.tiles) == [(o, 0) for o in range(4)]
    image, m = _by_gid(fig, "kernels"), np.abs(weight).max()
    for o in range(4):
        np.testing.assert_array_equal(_tile(image, fig.tiles[o, 0], (3, 3)), weight[o, 0])
    assert image.get_clim() == pytest.approx((-m, m)) and image.get_cmap().name.startswith("RdBu_r")
    ax = fig.axes[0]
    assert [t.get_text() for t in ax.texts if t.get_gid() != "value"] == [f"output channel {o}" for o in range(4)]
    top, left = fig.tiles[0, 0]
    values = {(round(t.get_position()[1]) - top, round(t.get_position()[0]) - left): t.get_text()
              for t in ax.texts if t.get_gid() == "value"}
    assert len(values) == 4 * 9 and all(values[u, v] == f"{weight[0, 0, u, v]:.2f}".replace("-0.00", "0.00")
                                        for u in range(3) for v in range(3))


def test_kernels_of_a_deeper_layer_per_output_and_input_channel(cnn):
    fig = viz.kernels(cnn, layer=-1, out_channels=[1, 5], in_channels=range(3), lang="ko")
    weight = cnn[3].weight.detach().numpy()
    np.testing.assert_array_equal(fig.kernels, weight[np.ix_([1, 5], [0, 1, 2])])
    np.testing.assert_array_equal(_tile(_by_gid(fig, "kernels"), fig.tiles[5, 2], (3, 3)), weight[5, 2])
    ax = fig.axes[0]
    assert [t.get_text() for t in ax.get_xticklabels()] == ["입력 0", "입력 1", "입력 2"]
    assert [t.get_text() for t in ax.get_yticklabels()] == ["출력 1", "출력 5"]
    conv1d = nn.Conv1d(2, 3, 5)
    fig = viz.kernels(conv1d, max_kernels=4)
    assert fig.kernels.shape == (2, 2, 1, 5) and fig.out_channels == [0, 1]
    assert "the first 2 of 3 channels" in fig._suptitle.get_text()
    np.testing.assert_array_equal(_tile(_by_gid(fig, "kernels"), fig.tiles[1, 0], (1, 5)),
                                  conv1d.weight.detach().numpy()[1, 0][None])


def test_kernels_errors_in_both_languages(cnn):
    mlp = nn.Sequential(nn.Flatten(), nn.Linear(64, 10))
    with pytest.raises(ValueError, match="no convolution layer"):
        viz.kernels(mlp)
    with pytest.raises(ValueError, match="합성곱 층"):
        viz.kernels(mlp, lang="ko")
    with pytest.raises(ValueError, match="from 0 to 2 − 1"):
        viz.kernels(cnn, layer=2)
    with pytest.raises(ValueError, match="out_channels must be channel numbers from 0 to 4 − 1, got 4"):
        viz.kernels(cnn, out_channels=[0, 4])
    with pytest.raises(TypeError, match="expected an mldlab network"):
        viz.kernels("Conv2d")


def test_feature_maps_are_pytorchs_layer_outputs(torch, cnn, torch_cnn, digits):
    x = digits[0][0]
    fig = viz.feature_maps(cnn, x, max_channels=3, lang="en")
    assert [m["output"].shape for m in fig.maps] == [(1, 8, 8), (4, 8, 8), (4, 8, 8), (4, 4, 4), (6, 2, 2),
                                                     (6, 2, 2)]
    out = torch.tensor(x[None].astype(np.float64))
    for n, layer in enumerate(list(torch_cnn)[:5], start=1):
        out = layer(out)
        np.testing.assert_allclose(fig.maps[n]["output"], out[0].detach().numpy(), rtol=1e-10, atol=1e-12)
        assert fig.maps[n]["layer"] is cnn[n - 1]
        h, w = fig.maps[n]["output"].shape[1:]
        for c in range(3):
            np.testing.assert_array_equal(_tile(_by_gid(fig, f"map:{n}"), fig.maps[n]["tiles"][c], (h, w)),
                                          fig.maps[n]["output"][c])
    assert fig.maps[1]["name"].startswith("Conv2d(1, 4, kernel_size=(3, 3)") and \
        fig.maps[1]["name"].endswith("→ (4, 8, 8)")
    titles = [sub._suptitle.get_text() for sub in fig.subfigs]
    assert titles[0] == "input (1, 8, 8)" and titles[4].endswith("(the first 3 of 6 channels)")
    assert _by_gid(fig, "map:2").get_clim()[0] == 0 and _by_gid(fig, "map:1").get_cmap().name.startswith("RdBu_r")
    assert cnn.training  # the module's mode is given back


def test_feature_maps_errors(cnn, digits):
    with pytest.raises(ValueError, match="no layer of this network outputs feature maps"):
        viz.feature_maps(nn.Sequential(nn.Flatten(), nn.Linear(64, 10)), digits[0][0])
    with pytest.raises(TypeError, match="nn.Sequential"):
        viz.feature_maps(nn.Conv2d(1, 2, 3), digits[0][0])
    with pytest.raises(ValueError, match="one image of shape"):
        viz.feature_maps(cnn, digits[0])
    with pytest.raises(ValueError, match="max_channels는 1 이상의 정수"):
        viz.feature_maps(cnn, digits[0][0], max_channels=0, lang="ko")


@pytest.mark.parametrize(("layers", "position", "box"), [
    ([nn.Conv2d(1, 2, 3), nn.Conv2d(2, 2, 3)], (0, 0), ((0, 4), (0, 4))),
    ([nn.Conv2d(1, 2, 3, dilation=2), nn.Conv2d(2, 2, 2, stride=2, padding=1), nn.Tanh(), nn.AvgPool2d(2),
      nn.Conv2d(2, 1, (2, 1))], (1, 2), ((3, 14), (7, 14))),
    ([nn.Conv2d(1, 2, 5, padding="same"), nn.AvgPool2d(3, stride=1, padding=1)], (0, 6), ((-3, 3), (3, 9))),
])
def test_receptive_field_is_the_support_of_pytorchs_gradient(torch, layers, position, box):
    mldlab.manual_seed(0)
    model = nn.Sequential(*layers).double()
    x = np.random.default_rng(0).random((1, 16, 16))
    fig = viz.receptive_field(model, position, x=x, lang="en")
    (r0, r1), (c0, c1) = box
    assert fig.field["rows"] == (max(r0, 0), min(r1, 15)) and fig.field["cols"] == (max(c0, 0), min(c1, 15))
    assert fig.field["size"] == (r1 - r0 + 1, c1 - c0 + 1)
    image = torch.tensor(x[None], requires_grad=True)
    out = image
    for layer in model:  # the same layers in PyTorch, with mldlab's weights
        twin = _torch_twin(torch, layer)
        out = twin(out)
    out[0, 0, position[0], position[1]].backward()
    gradient = image.grad[0].abs().sum(0).numpy()
    np.testing.assert_allclose(fig.field["gradient"], gradient, rtol=1e-10, atol=1e-14)
    inside = np.zeros((16, 16), dtype=bool)
    inside[fig.field["rows"][0]:fig.field["rows"][1] + 1, fig.field["cols"][0]:fig.field["cols"][1] + 1] = True
    np.testing.assert_array_equal(fig.field["support"], inside)  # no ReLU, no max: the gradient fills the box


def _torch_twin(torch, layer):
    if isinstance(layer, nn.Conv2d):
        twin = torch.nn.Conv2d(layer.in_channels, layer.out_channels, layer.kernel_size, stride=layer.stride,
                               padding=layer.padding, dilation=layer.dilation).double()
        twin.load_state_dict({k: torch.tensor(v.detach().numpy()) for k, v in layer.state_dict().items()})
        return twin
    if isinstance(layer, nn.AvgPool2d):
        return torch.nn.AvgPool2d(layer.kernel_size, layer.stride, layer.padding)
    return torch.nn.Tanh()


def test_receptive_field_through_relu_and_max_pooling_is_inside_the_box(cnn, digits):
    fig = viz.receptive_field(cnn, (1, 0), x=digits[0][0], layer=3, channel=2, lang="ko")
    assert fig.layer_index == 3 and fig.field["size"] == (8, 8)  # 3 → 2·3 = 6 (pooling), + 3 − 1 = 8 (conv 1)
    rows, cols = fig.field["rows"], fig.field["cols"]
    assert (rows, cols) == ((1, 7), (0, 6))
    support = np.argwhere(fig.field["support"])
    assert len(support) and support[:, 0].min() >= rows[0] and support[:, 0].max() <= rows[1]
    assert support[:, 1].min() >= cols[0] and support[:, 1].max() <= cols[1]
    assert fig.axes[0].get_title().startswith("입력: 이 유닛은 8 × 8 상자를 봅니다")
    box = [p for p in fig.axes[0].patches if p.get_gid() == "field"][0]
    assert box.get_xy() == (-1.5, 0.5) and (box.get_width(), box.get_height()) == (8, 8)  # columns −1 … 6
    assert fig.axes[0].get_xlim()[0] < -1.5 and fig.axes[0].get_ylim()[0] > 8.5  # the padding in view
    fig = viz.receptive_field(cnn, (3, 3), layer=cnn[2], input_size=(8, 8))
    assert fig.field["size"] == (4, 4) and fig.field["rows"] == (5, 7)  # the padding row 8 is not in the image


def test_receptive_field_errors(cnn, digits):
    with pytest.raises(ValueError, match=r"inside the chosen layer's 2 × 2 map, got \(2, 0\)"):
        viz.receptive_field(cnn, (2, 0), x=digits[0][0])
    with pytest.raises(ValueError, match=r"these indices: \[0, 1, 2, 3, 4\]"):
        viz.receptive_field(cnn, (0, 0), x=digits[0][0], layer=6)
    with pytest.raises(ValueError, match="input_size"):
        viz.receptive_field(cnn, (0, 0))
    with pytest.raises(ValueError, match="0부터 6 − 1까지의 채널 번호"):
        viz.receptive_field(cnn, (0, 0), x=digits[0][0], channel=6, lang="ko")
    with pytest.raises(ValueError, match=r"cannot follow the receptive field through Softmax\(dim=1\)"):
        viz.receptive_field(nn.Sequential(nn.Conv2d(1, 2, 3), nn.Softmax(dim=1)), (0, 0), input_size=(6, 6))


def test_saliency_is_pytorchs_gradient_of_the_class_score(torch, cnn, torch_cnn, digits):
    x = digits[0][1]
    fig = viz.saliency(cnn, x, lang="en")
    image = torch.tensor(x[None].astype(np.float64), requires_grad=True)
    scores = torch_cnn(image)
    assert fig.target == int(scores.argmax())
    scores[0, fig.target].backward()
    np.testing.assert_allclose(fig.gradient, image.grad[0].numpy(), rtol=1e-10, atol=1e-14)
    np.testing.assert_allclose(fig.saliency, image.grad[0].abs().amax(0).numpy(), rtol=1e-10, atol=1e-14)
    np.testing.assert_allclose(fig.probabilities, torch.softmax(scores[0], 0).detach().numpy(), rtol=1e-10)
    np.testing.assert_array_equal(_by_gid(fig, "saliency").get_array(), fig.saliency)
    fig = viz.saliency(cnn, x, target=7, class_names=[f"digit {k}" for k in range(10)], lang="ko")
    assert fig.target == 7 and fig.axes[1].get_title().splitlines() == ["돌출 맵 |∂s₇/∂x|", "(클래스 digit 7의 점수)"]


def test_saliency_errors(cnn, digits):
    with pytest.raises(ValueError, match="target must be a class number from 0 to 10 − 1, got 10"):
        viz.saliency(cnn, digits[0][0], target=10)
    with pytest.raises(ValueError, match=r"shape \(1, K\), got shape \(1, 4, 8, 8\)"):
        viz.saliency(nn.Sequential(nn.Conv2d(1, 4, 3, padding=1)), digits[0][0])
    with pytest.raises(ValueError, match="클래스 이름이 10개"):
        viz.saliency(cnn, digits[0][0], class_names=["a"], lang="ko")


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_cnn_figures_fit_their_texts_in_both_languages(cnn, digits, lang):
    x = digits[0][2]
    figures = [viz.kernels(cnn, lang=lang), viz.kernels(cnn, layer=1, lang=lang),
               viz.feature_maps(cnn, x, lang=lang), viz.receptive_field(cnn, (1, 1), x=x, lang=lang),
               viz.saliency(cnn, x, lang=lang)]
    for fig in figures:
        assert_texts_fit(fig)
        hangul = any("\uac00" <= ch <= "\ud7a3" for t in fig.findobj(lambda a: hasattr(a, "get_text"))
                     for ch in t.get_text())
        assert hangul == (lang == "ko")
