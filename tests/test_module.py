"""The ``Module`` API against PyTorch's: registration, names, state_dict, modes, containers, reprs and errors."""

import copy
import pickle
import string
from collections import OrderedDict

import numpy as np
import pytest

import mldlab
import mldlab.nn
from mldlab import nn
from mldlab.i18n import nn as nn_messages


def make_net(lib):
    """The tutorial pattern, with every kind of member: layers, a raw parameter, containers and buffers."""

    class Net(lib.nn.Module):
        def __init__(self):
            super().__init__()
            self.fc1 = lib.nn.Linear(2, 8)
            self.act = lib.nn.Tanh()
            self.w = lib.nn.Parameter(lib.ones(3))
            self.block = lib.nn.Sequential(lib.nn.Linear(8, 4), lib.nn.ReLU(), lib.nn.Dropout(0.2))
            self.heads = lib.nn.ModuleList([lib.nn.Linear(4, 1), lib.nn.Linear(4, 1, bias=False)])
            self.register_buffer("scale", lib.full((1,), 2.0))
            self.register_buffer("scratch", lib.zeros(2), persistent=False)
            self.note = "a plain attribute"

        def forward(self, x):
            h = self.block(self.act(self.fc1(x)))
            return (self.heads[0](h) + self.heads[1](h)) * self.scale + self.w.sum()

    return Net()


def test_attributes_register_like_torch(torch):
    ours, theirs = make_net(mldlab), make_net(torch)
    assert [n for n, _ in ours.named_parameters()] == [n for n, _ in theirs.named_parameters()]
    assert [p.shape for p in ours.parameters()] == [tuple(p.shape) for p in theirs.parameters()]
    assert [n for n, _ in ours.named_buffers()] == [n for n, _ in theirs.named_buffers()]
    assert [n for n, _ in ours.named_modules()] == [n for n, _ in theirs.named_modules()]
    assert [n for n, _ in ours.named_children()] == [n for n, _ in theirs.named_children()]
    assert list(ours.state_dict()) == list(theirs.state_dict())
    assert [n for n, _ in ours.named_parameters(prefix="net", recurse=False)] == ["net.w"]
    assert ours.fc1 is ours._modules["fc1"] and ours.w is ours._parameters["w"]
    assert isinstance(ours.w, nn.Parameter) and ours.note == "a plain attribute"
    assert sum(1 for _ in ours.modules()) == sum(1 for _ in theirs.modules())
    assert len(list(ours.buffers())) == 2 and len(list(ours.children())) == 4


def test_loading_torch_weights_gives_torchs_outputs(torch):
    ours, theirs = make_net(mldlab).double().eval(), make_net(torch).double().eval()
    ours.load_state_dict(theirs.state_dict())
    x = np.random.default_rng(0).normal(size=(5, 2))
    expected = theirs(torch.tensor(x)).detach().numpy()
    np.testing.assert_allclose(ours(mldlab.tensor(x)).detach().numpy(), expected, rtol=1e-12)


def test_shared_layers_are_listed_once_like_torch(torch):
    def build(lib):
        layer = lib.nn.Linear(3, 3)
        return lib.nn.Sequential(layer, lib.nn.ReLU(), layer)

    ours, theirs = build(mldlab), build(torch)
    names = [n for n, _ in ours.named_parameters()]
    assert names == [n for n, _ in theirs.named_parameters()] == ["0.weight", "0.bias"]
    assert list(ours.state_dict()) == list(theirs.state_dict())
    assert len(list(ours.modules())) == len(list(theirs.modules())) == 3


def test_state_dict_is_detached_and_shares_memory():
    net = make_net(mldlab)
    state = net.state_dict()
    assert isinstance(state, OrderedDict)
    assert not any(t.requires_grad for t in state.values())
    assert not isinstance(state["w"], nn.Parameter)
    assert state["fc1.weight"]._data is net.fc1.weight._data
    assert net.state_dict(keep_vars=True)["w"] is net.w


def test_load_state_dict_round_trip(torch):
    source, target = make_net(mldlab), make_net(mldlab)
    result = target.load_state_dict(source.state_dict())
    assert repr(result) == repr(make_net(torch).load_state_dict(make_net(torch).state_dict()))
    assert result.missing_keys == [] and result.unexpected_keys == []
    for (name, a), (_, b) in zip(source.state_dict().items(), target.state_dict().items(), strict=True):
        np.testing.assert_array_equal(a.numpy(), b.numpy(), err_msg=name)
    weight = target.fc1.weight
    target.load_state_dict({k: v.numpy() * 0 for k, v in source.state_dict().items()})  # arrays work too
    assert target.fc1.weight is weight and not target.fc1.weight.detach().numpy().any()


def test_load_state_dict_errors_name_keys_and_shapes():
    net = nn.Sequential(nn.Linear(2, 8), nn.Tanh(), nn.Linear(8, 1))
    good = net.state_dict()
    before = net[0].weight.detach().numpy().copy()
    bad = {"0.weight": mldlab.zeros(8, 3), "0.bias": good["0.bias"], "2.weight": good["2.weight"],
           "extra": mldlab.ones(1)}
    with pytest.raises(RuntimeError) as error:
        net.load_state_dict(bad)
    text = str(error.value)
    assert "Sequential" in text
    assert "missing keys (in the model, not in the state_dict): '2.bias'" in text
    assert "unexpected keys (in the state_dict, not in the model): 'extra'" in text
    assert "shape mismatch for '0.weight': the state_dict has shape (8, 3), the model has shape (8, 2)" in text
    np.testing.assert_array_equal(net[0].weight.detach().numpy(), before)  # nothing was copied


def test_load_state_dict_non_strict_matches_torch(torch):
    results = []
    for lib in (mldlab, torch):
        net = lib.nn.Sequential(lib.nn.Linear(2, 8), lib.nn.Tanh(), lib.nn.Linear(8, 1))
        state = {k: v for k, v in net.state_dict().items() if k != "2.bias"}
        state["head.weight"] = lib.ones(1)
        result = net.load_state_dict(state, strict=False)
        results.append((result.missing_keys, result.unexpected_keys))
        with pytest.raises(RuntimeError, match="0.weight"):  # shapes are always checked
            net.load_state_dict({"0.weight": lib.zeros(8, 3)}, strict=False)
    assert results[0] == results[1]


def test_train_and_eval_reach_every_module(torch):
    for lib in (mldlab, torch):
        net = make_net(lib)
        assert net.eval() is net
        assert not any(m.training for m in net.modules())
        net.train()
        assert all(m.training for m in net.modules())
        net.block.train(False)
        assert [m.training for m in net.modules()] == [True, True, True, False, False, False, False, True, True, True]
    with pytest.raises(ValueError, match=r"mode must be True or False, got 'yes'"):
        make_net(mldlab).train("yes")


def test_zero_grad():
    net = make_net(mldlab)
    net(mldlab.randn(4, 2)).sum().backward()
    assert all(p.grad is not None for p in net.parameters())
    net.zero_grad(set_to_none=False)
    assert all(p.grad is not None and not p.grad.numpy().any() for p in net.parameters())
    net.zero_grad()
    assert all(p.grad is None for p in net.parameters())


def test_requires_grad_apply_and_dtype_conversion():
    net = make_net(mldlab)
    assert net.requires_grad_(False) is net
    assert not any(p.requires_grad for p in net.parameters())
    net.requires_grad_()
    seen = []
    assert net.apply(lambda m: seen.append(type(m).__name__)) is net
    assert seen[-1] == "Net" and seen[0] == "Linear" and len(seen) == len(list(net.modules()))
    net(mldlab.randn(4, 2)).sum().backward()
    weight = net.fc1.weight
    assert net.double() is net
    assert all(t.dtype == mldlab.float64 for t in [*net.parameters(), *net.buffers()])
    assert net.fc1.weight is weight and weight.grad.dtype == mldlab.float64
    assert net.to(mldlab.float32) is net and weight.dtype == mldlab.float32
    net.to(mldlab.zeros(1, dtype=mldlab.float64))
    assert weight.dtype == mldlab.float64
    net.float().to("cpu")
    assert weight.dtype == mldlab.float32
    assert net(mldlab.randn(4, 2)).dtype == mldlab.float32


def test_get_submodule_and_missing_attributes():
    net = make_net(mldlab)
    assert net.get_submodule("block.0") is net.block[0]
    assert net.get_submodule("") is net
    with pytest.raises(AttributeError, match="Sequential has no submodule '7'"):
        net.get_submodule("block.7")
    with pytest.raises(AttributeError, match=r"'Net' object has no attribute 'fc3'\. Its layers are: fc1, act, block"):
        net.fc3  # noqa: B018


def test_assigning_and_deleting_members():
    net = make_net(mldlab)
    with pytest.raises(TypeError, match=r"cannot assign Tensor as parameter 'w'.*nn\.Parameter\(tensor\)"):
        net.w = mldlab.ones(3)
    with pytest.raises(TypeError, match="cannot assign int as module 'fc1'"):
        net.fc1 = 3
    with pytest.raises(TypeError, match="cannot assign str as buffer 'scale'"):
        net.scale = "x"
    net.w = None
    assert "w" not in dict(net.named_parameters())
    net.w = nn.Parameter(mldlab.zeros(2))
    assert dict(net.named_parameters())["w"] is net.w
    net.fc1 = nn.Parameter(mldlab.zeros(1))  # a name changes kind
    assert "fc1" not in dict(net.named_children()) and "fc1" in dict(net.named_parameters())
    del net.block
    assert "block" not in dict(net.named_children()) and not hasattr(net, "block")
    net.plain = mldlab.ones(2, requires_grad=True)  # a plain tensor is not registered, as in PyTorch
    assert "plain" not in dict(net.named_parameters())
    with pytest.raises(KeyError, match=r'must not contain "\."'):
        net.register_buffer("a.b", mldlab.zeros(1))
    with pytest.raises(KeyError, match="already exists"):
        net.register_parameter("note", None)
    with pytest.raises(TypeError, match=r"the class ReLU itself .*ReLU\(\)"):
        nn.Sequential(nn.Linear(2, 2), nn.ReLU)
    with pytest.raises(TypeError, match="expected an nn.Module, got int"):
        net.add_module("x", 3)


def test_forgetting_super_init_gives_a_clear_error():
    class Net(nn.Module):
        def __init__(self):
            self.fc1 = nn.Linear(2, 8)

    class Quiet(nn.Module):
        def __init__(self):
            self.size = 3

        def forward(self, x):
            return x

    with pytest.raises(AttributeError, match=r"Net: super\(\).__init__\(\) was not called before self\.\w+ = Linear"):
        Net()
    with pytest.raises(AttributeError, match=r"Quiet: super\(\).__init__\(\) was not called"):
        list(Quiet().parameters())

    class NoForward(nn.Module):
        pass

    with pytest.raises(NotImplementedError, match=r"NoForward has no forward\(\).*forward\(self, x\)"):
        NoForward()(mldlab.ones(1))
    mldlab.set_language("ko")
    with pytest.raises(AttributeError, match=r"super\(\).__init__\(\)를 부르지 않았습니다"):
        Net()


def test_sequential_indexing_matches_torch(torch):
    def build(lib):
        return lib.nn.Sequential(lib.nn.Linear(2, 8), lib.nn.Tanh(), lib.nn.Linear(8, 1), lib.nn.Sigmoid())

    ours, theirs = build(mldlab), build(torch)
    assert len(ours) == 4
    assert ours[-1] is list(ours)[3] and ours[0] is ours._modules["0"]
    for index in (slice(1, 3), slice(None, None, 2), slice(-2, None)):
        assert repr(ours[index]) == repr(theirs[index])
        assert list(ours[index]._modules) == list(theirs[index]._modules)
    assert ours[1:3][0] is ours[1]
    with pytest.raises(IndexError, match=r"index 4 is out of range for 4 module\(s\)\. Expected an index from -4 to 3"):
        ours[4]  # noqa: B018
    x = mldlab.randn(3, 2)
    np.testing.assert_array_equal(ours(x).detach().numpy(), ours[3](ours[2](ours[1](ours[0](x)))).detach().numpy())


@pytest.mark.parametrize("container", ["Sequential", "ModuleList"])
def test_list_operations_match_torch(torch, container):
    reprs = []
    for lib in (mldlab, torch):
        nn_ = lib.nn
        layers = getattr(nn_, container)(
            [nn_.Linear(2, 2)] if container == "ModuleList" else nn_.Linear(2, 2))
        layers.append(nn_.ReLU())
        layers.extend([nn_.Linear(2, 3), nn_.Tanh()])
        layers.insert(1, nn_.Dropout(0.1))
        layers.insert(len(layers) - 1, nn_.Identity())  # (PyTorch's ModuleList.insert fails for negatives)
        layers.insert(len(layers), nn_.Sigmoid())
        del layers[2]
        layers[0] = nn_.Linear(2, 5)
        popped = layers.pop(1)
        reprs.append((repr(layers), repr(popped), len(layers), list(layers._modules)))
    assert reprs[0] == reprs[1]


def test_module_list_repr_and_slicing_match_torch(torch):
    def build(lib):
        return lib.nn.ModuleList([lib.nn.Linear(4, 4) for _ in range(3)] + [lib.nn.ReLU(), lib.nn.ReLU(),
                                                                            lib.nn.Linear(4, 1)])

    ours, theirs = build(mldlab), build(torch)
    assert repr(ours) == repr(theirs)
    assert repr(ours[1:4]) == repr(theirs[1:4])
    assert repr(mldlab.nn.ModuleList()) == repr(torch.nn.ModuleList())
    ours += [nn.Tanh()]
    assert len(ours) == 7 and isinstance(ours[-1], nn.Tanh)
    assert len(list(ours.parameters())) == 8


@pytest.mark.parametrize(
    "build",
    [
        lambda lib: lib.nn.Sequential(lib.nn.Linear(2, 8), lib.nn.Tanh(), lib.nn.Linear(8, 1), lib.nn.Sigmoid()),
        lambda lib: lib.nn.Sequential(),
        lambda lib: lib.nn.Sequential(OrderedDict([("hidden", lib.nn.Linear(2, 3)), ("g", lib.nn.ReLU())])),
        lambda lib: lib.nn.Sequential(lib.nn.Flatten(), lib.nn.Sequential(lib.nn.Linear(4, 4), lib.nn.Dropout(0.2)),
                                      lib.nn.ModuleList([lib.nn.Linear(4, 2)] * 2), lib.nn.LogSoftmax(dim=1)),
        lambda lib: lib.nn.Sequential(lib.nn.Linear(2, 8, bias=False), lib.nn.LeakyReLU(0.2), lib.nn.Softmax(dim=1)),
        make_net,
    ],
)
def test_repr_matches_torch(torch, build):
    assert repr(build(mldlab)) == repr(build(torch))


def test_parameter(torch):
    assert repr(nn.Parameter(mldlab.tensor([1.0, 2.0]))) == repr(torch.nn.Parameter(torch.tensor([1.0, 2.0])))
    data = mldlab.tensor([1.0, 2.0])
    p = nn.Parameter(data)
    assert p._data is data._data and p.requires_grad and p.is_leaf  # shares memory, as in PyTorch
    assert not nn.Parameter(data, requires_grad=False).requires_grad
    assert nn.Parameter().shape == (0,)
    assert type(p * 2) is mldlab.Tensor


def test_deepcopy_and_pickle_make_independent_models():
    x = mldlab.randn(3, 2)
    net = make_net(mldlab).eval()
    sequential = nn.Sequential(nn.Linear(2, 4), nn.ReLU(), nn.Linear(4, 1))
    for model, twin in ((net, copy.deepcopy(net)), (sequential, pickle.loads(pickle.dumps(sequential)))):
        np.testing.assert_array_equal(twin(x).detach().numpy(), model(x).detach().numpy())
        first, twin_first = list(model.children())[0], list(twin.children())[0]
        assert twin_first.weight is not first.weight and isinstance(twin_first.weight, nn.Parameter)
        assert twin_first.weight is twin_first._parameters["weight"]
        with mldlab.no_grad():
            twin_first.weight.fill_(0.0)
        assert first.weight.detach().numpy().any()


def test_state_dict_errors_in_korean():
    mldlab.set_language("ko")
    net = nn.Sequential(nn.Linear(2, 1))
    with pytest.raises(RuntimeError, match=r"빠진 키.*'0\.bias'"):
        net.load_state_dict({"0.weight": mldlab.zeros(1, 2)})
    with pytest.raises(RuntimeError, match=r"'0\.weight'의 모양이 다릅니다: state_dict는 \(1, 3\), 모델은 \(1, 2\)"):
        net.load_state_dict({"0.weight": mldlab.zeros(1, 3), "0.bias": mldlab.zeros(1)})


def test_every_nn_message_has_english_and_korean_with_the_same_fields():
    def fields(text):
        return {name for _, name, _, _ in string.Formatter().parse(text) if name}

    for key, texts in nn_messages.MESSAGES.items():
        assert set(texts) == {"en", "ko"}, key
        assert fields(texts["en"]) == fields(texts["ko"]), key
