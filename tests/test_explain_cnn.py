"""explain.convolution and explain.pooling: every number they show is PyTorch's (the patch is torch's unfold, the
value its conv2d, the chosen maximum its return_indices, the shares of the gradient its backward) over a matrix of
options, and the slide-sized example's numbers are frozen by hand."""

import json

import numpy as np
import pytest

import mldlab
from mldlab import explain, nn

SLIDE_IMAGE = np.array([[1, 1, 1, 0, 0], [0, 1, 1, 1, 0], [0, 0, 1, 1, 1], [0, 0, 1, 1, 0], [0, 1, 1, 0, 0]],
                       dtype=np.float32)  # the 5×5 image and 3×3 kernel of the classic convolution slide
SLIDE_KERNEL = np.array([[1, 0, 1], [0, 1, 0], [1, 0, 1]], dtype=np.float32)


def _set(param, values):
    with mldlab.no_grad():
        param.copy_(mldlab.tensor(np.asarray(values, dtype=param.dtype)))


def _torch_conv(torch, layer):
    kind = torch.nn.Conv2d if isinstance(layer, nn.Conv2d) else torch.nn.Conv1d
    twin = kind(layer.in_channels, layer.out_channels, layer.kernel_size, stride=layer.stride, padding=layer.padding,
                dilation=layer.dilation, groups=layer.groups, bias=layer.bias is not None,
                padding_mode=layer.padding_mode, dtype=torch.float64)
    with torch.no_grad():
        twin.weight.copy_(torch.tensor(layer.weight.detach().numpy()))
        if layer.bias is not None:
            twin.bias.copy_(torch.tensor(layer.bias.detach().numpy()))
    return twin


def _corners(shape):
    """The four corners and the middle of an output map (1-d: both ends and the middle)."""
    return sorted({tuple(p) for p in np.array(np.meshgrid(*[[0, n // 2, n - 1] for n in shape])).T.reshape(-1,
                                                                                                             len(shape))})


CONV2D = [dict(kernel_size=3), dict(kernel_size=3, padding=1), dict(kernel_size=(2, 3), stride=(2, 1), padding=(1, 0)),
          dict(kernel_size=3, dilation=2, padding=2), dict(kernel_size=3, padding="same"),
          dict(kernel_size=4, padding="same"), dict(kernel_size=3, groups=2, padding=1, bias=False),
          dict(kernel_size=3, padding=1, padding_mode="reflect"), dict(kernel_size=3, padding=2,
                                                                        padding_mode="replicate"),
          dict(kernel_size=3, padding=1, padding_mode="circular", stride=2)]


@pytest.mark.filterwarnings("ignore:Using padding='same' with even kernel")   # torch's note on its own speed
@pytest.mark.parametrize("options", CONV2D)
def test_conv2d_every_number_is_torchs(torch, options):
    F = torch.nn.functional
    layer = nn.Conv2d(2, 4, dtype=mldlab.float64, **options)
    x = np.random.default_rng(0).normal(size=(2, 2, 6, 7))
    twin = _torch_conv(torch, layer)
    out = twin(torch.tensor(x)).detach().numpy()
    padded = F.pad(torch.tensor(x[1]), tuple(twin._reversed_padding_repeated_twice),   # (left, right, top, bottom)
                   mode={"zeros": "constant"}.get(layer.padding_mode, layer.padding_mode)).numpy()
    for o in (0, 3):
        channels = slice(o // 2, o // 2 + 1) if layer.groups == 2 else slice(0, 2)   # out 4, in 2: a group 2 → 1
        for place in _corners(out.shape[2:]):
            result = explain.convolution(layer, x, out_channel=o, position=place, sample=1)
            assert result.matches and result.value == pytest.approx(out[(1, o) + place], rel=1e-12, abs=1e-12)
            rows = place[0] * layer.stride[0] + np.arange(layer.kernel_size[0]) * layer.dilation[0]
            cols = place[1] * layer.stride[1] + np.arange(layer.kernel_size[1]) * layer.dilation[1]
            np.testing.assert_array_equal(result.patch, padded[channels][:, rows][:, :, cols])
            if layer.padding_mode == "zeros" and not isinstance(layer.padding, str):
                columns = F.unfold(torch.tensor(x[1:2]), layer.kernel_size, dilation=layer.dilation,
                                   padding=layer.padding, stride=layer.stride)[0]   # torch's own patches
                patch = columns[:, place[0] * out.shape[3] + place[1]].reshape(2, *layer.kernel_size)
                np.testing.assert_array_equal(result.patch, patch.numpy()[channels])
            np.testing.assert_array_equal(result.kernel, layer.weight.detach().numpy()[o])
            np.testing.assert_allclose(result.products, np.asarray(result.patch) * np.asarray(result.kernel))
            assert result.total == pytest.approx(np.sum(result.products), abs=1e-12)


@pytest.mark.parametrize("options", [dict(kernel_size=3), dict(kernel_size=2, stride=2, padding=1),
                                     dict(kernel_size=3, dilation=2, padding="same", padding_mode="reflect"),
                                     dict(kernel_size=2, groups=3, bias=False)])
def test_conv1d_every_number_is_torchs(torch, options):
    layer = nn.Conv1d(3, 3, **options)
    x = np.random.default_rng(1).normal(size=(3, 9)).astype(np.float32)   # one sequence, no batch axis
    out = _torch_conv(torch, layer)(torch.tensor(x, dtype=torch.float64)).detach().numpy()
    for o in range(3):
        for j in (0, out.shape[-1] - 1):
            result = explain.convolution(layer, x, out_channel=o, position=j)
            assert result.matches and result.value == pytest.approx(out[o, j], rel=1e-5, abs=1e-6)
            assert result.rows is None and result.input_shape == [3, 9] and len(result.columns) == layer.kernel_size[0]
            assert result.channels == ([o] if layer.groups == 3 else [0, 1, 2])


def test_the_slide_example_by_hand():
    conv = nn.Conv2d(1, 1, kernel_size=3, bias=False)
    _set(conv.weight, SLIDE_KERNEL[None, None])
    results = [[explain.convolution(conv, SLIDE_IMAGE[None, None], position=(i, j)).value for j in range(3)]
               for i in range(3)]
    assert results == [[4, 3, 4], [2, 4, 3], [2, 3, 4]]        # the feature map on the slide
    result = explain.convolution(conv, SLIDE_IMAGE[None, None], position=(1, 2))
    assert result.rows == [1, 2, 3] and result.columns == [2, 3, 4] and result.bias is None
    assert result.patch == [[[1, 1, 0], [1, 1, 1], [1, 1, 0]]] and result.total == 3.0
    text = str(result)
    for expected in ("rows 1 … 3, columns 2 … 4 of input channel 0", "[1  0  1]", "no bias (bias=False): z = 3",
                     "The layer's own output there: 3 ✓"):
        assert expected in text


def test_padding_is_shown_as_zeros_and_said():
    conv = nn.Conv2d(1, 1, kernel_size=3, padding=1)
    _set(conv.weight, SLIDE_KERNEL[None, None])
    _set(conv.bias, [-1.0])
    result = explain.convolution(conv, SLIDE_IMAGE[None, None], position=(0, 0))
    assert result.rows == [-1, 0, 1] and result.columns == [-1, 0, 1]
    assert result.padded == [[[True, True, True], [True, False, False], [True, False, False]]]
    assert result.patch == [[[0, 0, 0], [0, 1, 1], [0, 0, 1]]] and result.value == 2 - 1
    assert "it is padding, 0" in str(result) and "z = Σ x·w + b = 2 + (−1) = 1" in str(result)
    korean = str(explain.convolution(conv, SLIDE_IMAGE[None, None], lang="ko"))
    assert "패딩" in korean and "커널" in korean


def test_a_network_explains_its_first_convolution_on_the_input_that_reaches_it():
    class Scaled(nn.Module):
        def __init__(self):
            super().__init__()
            self.features = nn.Sequential(nn.Conv2d(1, 2, 3), nn.ReLU(), nn.Conv2d(2, 2, 3))

        def forward(self, x):
            return self.features(x * 2.0)

    net = Scaled()
    x = np.random.default_rng(2).normal(size=(3, 1, 6, 6)).astype(np.float32)
    result = explain.convolution(net, x, out_channel=1, position=(2, 3), sample=2)
    alone = explain.convolution(net.features[0], 2 * x, out_channel=1, position=(2, 3), sample=2)
    assert result.layer_name == "features.0" and result.matches
    assert result.patch == alone.patch and result.value == alone.value
    assert "layer 'features.0'" in str(result)
    model = mldlab.train.Model(nn.Sequential(nn.Conv2d(1, 1, 2), nn.Flatten()))
    assert explain.convolution(model, x).layer_name == "0"


def test_many_channels_are_summarised_and_the_result_is_json():
    conv = nn.Conv2d(8, 2, 3)
    result = explain.convolution(conv, np.ones((1, 8, 5, 5)), out_channel=1, position=(2, 2))
    text = str(result)
    assert "… and 5 more input channels" in text and text.count("input channel") >= 6 and result.matches
    data = json.loads(json.dumps(result.to_dict(), allow_nan=False))
    assert data["kind"] == "convolution" and len(data["channel_sums"]) == 8
    assert data["total"] == pytest.approx(sum(data["channel_sums"]))


def test_convolution_errors_are_clear_in_both_languages():
    conv = nn.Conv2d(1, 2, 3)
    x = np.zeros((2, 1, 5, 5))
    with pytest.raises(IndexError, match=r"position \(3, 0\) is outside the output.*\(3, 3\).*0 to \(2, 2\)"):
        explain.convolution(conv, x, position=(3, 0))
    with pytest.raises(IndexError, match="출력 밖"):
        explain.convolution(conv, x, position=(0, -1), lang="ko")
    with pytest.raises(IndexError, match="out_channel=2 is out of range: there are 2, numbered 0 to 1"):
        explain.convolution(conv, x, out_channel=2)
    with pytest.raises(IndexError, match="sample=5"):
        explain.convolution(conv, x, sample=5)
    with pytest.raises(TypeError, match="position must be a place in the output map with 2 coordinates"):
        explain.convolution(conv, x, position=3)
    with pytest.raises(TypeError, match="whole number.*True"):
        explain.convolution(conv, x, out_channel=True)
    with pytest.raises(TypeError, match="no convolution"):
        explain.convolution(nn.Sequential(nn.Linear(2, 2)), np.zeros((1, 2)))
    with pytest.raises(TypeError, match="합성곱 층"):
        explain.convolution(nn.Sequential(nn.Linear(2, 2)), np.zeros((1, 2)), lang="ko")
    with pytest.raises(TypeError, match="expected a network"):
        explain.convolution("conv", x)
    with pytest.raises(ValueError, match="nan"):
        explain.convolution(conv, np.full((1, 1, 5, 5), np.nan))


MAX_POOLS = [dict(kernel_size=2), dict(kernel_size=3, stride=2, padding=1), dict(kernel_size=2, stride=1, dilation=2),
             dict(kernel_size=3, stride=2, ceil_mode=True), dict(kernel_size=(2, 3), stride=(1, 2), padding=(1, 1))]


@pytest.mark.parametrize("options", MAX_POOLS)
def test_max_pool_picks_torchs_element_and_only_it_gets_the_gradient(torch, options):
    x = np.maximum(np.random.default_rng(3).normal(size=(2, 2, 7, 6)), 0).round(1)   # after ReLU: many ties at 0
    layer = nn.MaxPool2d(**options)
    values, indices = torch.nn.functional.max_pool2d(torch.tensor(x), return_indices=True, **options)
    for c in (0, 1):
        for place in _corners(values.shape[2:]):
            result = explain.pooling(layer, x, channel=c, position=place, sample=1)
            assert result.matches and result.value == values[(1, c) + place].item()
            assert divmod(indices[(1, c) + place].item(), 6) == tuple(result.input_place)
            grad = np.asarray(result.gradient)
            assert grad.sum() == 1 and grad[tuple(result.argmax)] == 1


def test_max_pool_ties_go_to_the_first_in_reading_order(torch):
    x = np.array([[[[0.0, 0.0, 2.0, 2.0], [0.0, 0.0, 2.0, 1.0]]]])
    result = explain.pooling(nn.MaxPool2d(2), x, position=(0, 1))
    assert result.input_place == [0, 2] and result.ties == 3
    zeros = explain.pooling(nn.MaxPool2d(2), x, position=(0, 0))
    assert zeros.input_place == [0, 0] and zeros.ties == 4 and zeros.gradient == [[1, 0], [0, 0]]
    xt = torch.tensor(x, requires_grad=True)
    torch.nn.functional.max_pool2d(xt, 2)[0, 0, 0, 0].backward()
    np.testing.assert_array_equal(xt.grad[0, 0, :, :2].numpy(), zeros.gradient)
    assert "4 places hold this value" in str(zeros) and "첫 번째 자리" in str(explain.pooling(
        nn.MaxPool2d(2), x, lang="ko"))


AVG_POOLS = [dict(kernel_size=2), dict(kernel_size=3, stride=2, padding=1),
             dict(kernel_size=3, stride=2, padding=1, count_include_pad=False),
             dict(kernel_size=3, stride=2, ceil_mode=True), dict(kernel_size=3, stride=2, padding=1, ceil_mode=True),
             dict(kernel_size=2, divisor_override=3)]


@pytest.mark.parametrize("options", AVG_POOLS)
def test_average_pool_divides_as_torch_and_shares_its_gradient(torch, options):
    x = np.random.default_rng(4).normal(size=(1, 2, 7, 5))
    xt = torch.tensor(x, requires_grad=True)
    values = torch.nn.functional.avg_pool2d(xt, **options)
    layer = nn.AvgPool2d(**options)
    for place in _corners(values.shape[2:]):
        result = explain.pooling(layer, x, channel=1, position=place)
        assert result.matches and result.value == pytest.approx(values[(0, 1) + place].item(), rel=1e-12)
        xt.grad = None
        values[(0, 1) + place].backward(retain_graph=True)
        grad = xt.grad[0, 1].numpy()
        rows, cols = np.asarray(result.rows), np.asarray(result.columns)
        inside = (rows[:, None] >= 0) & (rows[:, None] < 7) & (cols >= 0) & (cols < 5)
        np.testing.assert_allclose(np.where(inside, grad[rows.clip(0, 6)][:, cols.clip(0, 4)], 0), result.gradient)
        assert grad.sum() == pytest.approx(np.sum(result.gradient)) == pytest.approx(inside.sum() / result.divisor)


def test_adaptive_and_one_dimensional_pools_are_torchs(torch):
    x = np.random.default_rng(5).normal(size=(2, 3, 7, 10)).astype(np.float32)
    adaptive = torch.nn.functional.adaptive_avg_pool2d(torch.tensor(x), (3, 4)).numpy()
    for place in _corners((3, 4)):
        result = explain.pooling(nn.AdaptiveAvgPool2d((3, 4)), x, channel=2, position=place, sample=1)
        assert result.matches and result.value == pytest.approx(adaptive[(1, 2) + place], rel=1e-5)
        assert result.divisor_rule == "window" and result.divisor == len(result.rows) * len(result.columns)
    largest, indices = torch.nn.functional.adaptive_max_pool2d(torch.tensor(x), (3, 4), return_indices=True)
    for place in _corners((3, 4)):
        result = explain.pooling(nn.AdaptiveMaxPool2d((3, 4), return_indices=True), x, channel=2, position=place,
                                 sample=1)
        assert result.matches and result.pool == "adaptive_max" and result.value == largest[(1, 2) + place].item()
        assert divmod(indices[(1, 2) + place].item(), 10) == tuple(result.input_place)
    sequence = x[:, :, 0]
    F, rows = torch.nn.functional, torch.tensor(sequence)
    for layer, reference in ((nn.MaxPool1d(3, stride=2, padding=1), F.max_pool1d(rows, 3, stride=2, padding=1)),
                             (nn.AvgPool1d(3, stride=2), F.avg_pool1d(rows, 3, stride=2)),
                             (nn.AdaptiveAvgPool1d(4), F.adaptive_avg_pool1d(rows, 4))):
        for j in range(reference.shape[-1]):
            result = explain.pooling(layer, sequence, channel=1, position=j)
            assert result.matches and result.value == pytest.approx(reference[0, 1, j].item(), rel=1e-6)
            assert result.rows is None


def test_pooling_frozen_numbers_text_and_errors():
    x = np.arange(16, dtype=np.float32).reshape(1, 1, 4, 4)
    result = explain.pooling(nn.AvgPool2d(2), x, position=(1, 0))
    assert result.window == [[8, 9], [12, 13]] and result.sum == 42 and result.divisor == 4 and result.value == 10.5
    assert "Σ = 42,  y = 42/4 = 10.5" in str(result) and "∂y/∂x = 1/4 = 0.25" in str(result)
    padded = explain.pooling(nn.MaxPool2d(3, stride=1, padding=1), x)
    assert padded.window[0] == [-np.inf] * 3 and padded.value == 5 and "−∞" in str(padded)
    assert json.loads(json.dumps(padded.to_dict(), allow_nan=False))["window"][0] == [None] * 3
    with pytest.raises(TypeError, match="MaxPool1d, MaxPool2d.*got Conv2d"):
        explain.pooling(nn.Conv2d(1, 1, 2), x)
    with pytest.raises(IndexError, match=r"position \(2, 0\) is outside"):
        explain.pooling(nn.MaxPool2d(2), x, position=(2, 0))
    with pytest.raises(IndexError, match="channel=1"):
        explain.pooling(nn.MaxPool2d(2), x, channel=1)
    with pytest.raises(IndexError, match="범위를 벗어납니다"):
        explain.pooling(nn.MaxPool2d(2), x, sample=1, lang="ko")
