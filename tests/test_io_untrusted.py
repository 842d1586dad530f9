"""``load`` of files from anywhere: every size a file declares is checked before memory is taken.

Each test crafts one hostile or damaged file by hand (a zip archive, a description, a ``.npy`` header) and
checks the message, in English and Korean. The fuzz test (tests/test_fuzz_files.py) feeds thousands more.
"""

import json
import os
import struct
import time
import zipfile

import numpy as np
import pytest

import mldlab
from mldlab import nn
from mldlab.io import load, save, saving
from mldlab.io._archive import MAX_MEMBERS
from mldlab.io._atomic import STALE_AFTER, remove_stale_temporaries


def npy(data: bytes, shape, descr="<f4", fortran_order=False, version=(1, 0), header=None) -> bytes:
    """A ``.npy`` member whose header says anything we like, followed by ``data``."""
    text = header if header is not None else repr({"descr": descr, "fortran_order": fortran_order, "shape": shape})
    size = "<H" if version[0] == 1 else "<I"
    prefix = 6 + 2 + struct.calcsize(size)
    text += " " * ((64 - (prefix + len(text) + 1) % 64) % 64) + "\n"
    return b"\x93NUMPY" + bytes(version) + struct.pack(size, len(text)) + text.encode("latin1") + data


def description(data) -> bytes:
    return json.dumps({"format": "mldlab", "version": 1, "kind": "object", "data": data}).encode()


def write_zip(path, members: dict, compression=zipfile.ZIP_STORED):
    with zipfile.ZipFile(path, "w", compression=compression) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


def refused(path, english, korean, error=ValueError, **options):
    """``load(path)`` fails with ``error`` and these messages; returns the seconds it took (in English)."""
    start = time.perf_counter()
    with pytest.raises(error, match=english) as info:
        load(path, **options)
    seconds = time.perf_counter() - start
    assert str(path) in str(info.value)
    mldlab.set_language("ko")
    try:
        with pytest.raises(error, match=korean):
            load(path, **options)
    finally:
        mldlab.set_language("en")
    return seconds


def test_the_1_kb_file_claiming_20_gb_is_refused_before_any_allocation(tmp_path):
    """The new user's case: a tiny array whose header declares 5·10⁹ float32 values."""
    path = write_zip(tmp_path / "model.npz", {"mldlab.json": description({"ndarray": "w"}),
                                              "w.npy": npy(b"\0" * 32, (5_000_000_000,))})
    assert path.stat().st_size < 1024
    seconds = refused(path, r"the array 'w' declares shape \(5000000000,\) of float32 \(20,000,000,000 bytes\), but "
                      "its member holds 32 bytes", "배열 'w'은\\(는\\) float32의 모양 \\(5000000000,\\)")
    print(f"refused in {seconds * 1000:.1f} ms")


def test_an_architecture_larger_than_the_files_arrays_is_refused_before_it_is_built(tmp_path):
    path = tmp_path / "model.npz"
    save(nn.Sequential(nn.Linear(2, 3)), path)
    with zipfile.ZipFile(path) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    text = json.loads(members["mldlab.json"])
    text["data"]["module"]["architecture"]["children"][0]["args"].update(in_features=10**6, out_features=10**6)
    members["mldlab.json"] = json.dumps(text).encode()
    write_zip(path, members)
    refused(path, r"\(1000000, 1000000\) \(float32, 4000000000000 bytes\), more than the \d+ bytes allowed",
            r"\(1000000, 1000000\)")


def test_a_description_of_very_many_layers_is_refused_and_building_stays_linear(tmp_path, monkeypatch):
    def sequential(n):
        children = [{"name": str(i), "class": "Identity", "args": {}} for i in range(n)]
        return description({"module": {"architecture": {"class": "Sequential", "args": {}, "children": children},
                                       "training": True, "frozen": [], "state_dict": {"OrderedDict": {}}}})

    path = write_zip(tmp_path / "many.npz", {"mldlab.json": sequential(60_000)})  # 2.6 MB
    refused(path, "describes 60,001 layers, more than the 10,000 that mldlab builds", "층이 60,001개")
    failed_lookups, original = [], nn.Module.__getattr__

    def counted(self, name):
        failed_lookups.append(name)
        return original(self, name)

    monkeypatch.setattr(nn.Module, "__getattr__", counted)
    assert len(load(write_zip(tmp_path / "some.npz", {"mldlab.json": sequential(3000)}))) == 3000
    assert len(failed_lookups) < 100  # a failed lookup builds a message naming every child: n of them take n² steps
    monkeypatch.undo()
    monkeypatch.setattr(saving, "MAX_LAYERS", 50)  # save never writes what load refuses
    with pytest.raises(ValueError, match="has 51 layers, more than the 50 that mldlab.load builds"):
        save(nn.Sequential(*[nn.Identity() for _ in range(50)]), tmp_path / "x.npz")


def test_weights_that_do_not_fit_the_architecture_are_a_clear_error(tmp_path):
    path = tmp_path / "model.npz"
    save(nn.Sequential(nn.Linear(2, 3)), path)
    with zipfile.ZipFile(path) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    members["0.bias.npy"] = npy(np.zeros(2, np.float32).tobytes(), (2,))
    members["0.weight.npy"] = npy(np.zeros(7, np.float32).tobytes(), (7,))
    write_zip(path, members)
    refused(path, "the weights do not fit the model's architecture", "가중치가 모델 구조와 맞지 않습니다")


def test_a_zip_directory_claiming_too_many_members_is_refused_before_it_is_read(tmp_path):
    path = write_zip(tmp_path / "model.npz", {"mldlab.json": description([])})
    data = bytearray(path.read_bytes())
    end = data.rfind(b"PK\x05\x06")
    struct.pack_into("<2H", data, end + 8, 65000, 65000)  # entries on this disk, entries in all
    path.write_bytes(bytes(data))
    refused(path, "it lists 65000 members, more than the 10,000", "항목이 65000개로")


def test_too_many_real_members_are_refused(tmp_path):
    members = {"mldlab.json": description([])}
    members.update({f"a{i}.npy": b"" for i in range(MAX_MEMBERS + 1)})
    path = write_zip(tmp_path / "model.npz", members)
    refused(path, f"more than the {MAX_MEMBERS:,} that mldlab reads", "mldlab이 읽는")


def test_compressed_members_are_refused(tmp_path):
    """save stores members uncompressed: no zip bomb can expand, and re-zipped files are named as such."""
    array = npy(bytes(4_000_000), (1_000_000,))  # 4 MB of zeros compress to a few KB
    path = write_zip(tmp_path / "model.npz", {"mldlab.json": description({"ndarray": "w"}), "w.npy": array},
                     compression=zipfile.ZIP_DEFLATED)
    assert path.stat().st_size < 50_000
    refused(path, "the member 'mldlab.json' is compressed.*zipped again", "압축되어 있는데")


def test_overlapping_members_cannot_multiply_the_bytes_of_a_file(tmp_path):
    """Two directory entries pointing at the same bytes would make a file declare twice what it holds."""
    path = write_zip(tmp_path / "model.npz", {"mldlab.json": description([{"ndarray": "a"}, {"ndarray": "b"}]),
                                              "a.npy": npy(bytes(4000), (1000,)), "b.npy": npy(bytes(4000), (1000,))})
    data = bytearray(path.read_bytes())
    entries = [i for i in range(len(data)) if data[i:i + 4] == b"PK\x01\x02"]
    offset_of_a = struct.unpack_from("<L", data, entries[1] + 42)[0]
    struct.pack_into("<L", data, entries[2] + 42, offset_of_a)  # b's entry now points at a's bytes
    path.write_bytes(bytes(data))
    refused(path, "claims more bytes than the file holds", "실제로 있는 것보다")


@pytest.mark.parametrize("name, english", [
    ("../../evil.npy", "member '../../evil.npy', which mldlab.save never writes"),
    ("run.py", "member 'run.py', which mldlab.save never writes"),
])
def test_members_that_save_never_writes_are_refused(tmp_path, name, english):
    path = write_zip(tmp_path / "model.npz", {"mldlab.json": description([]), name: b"x"})
    refused(path, english, "mldlab.save가 쓰지 않는")


def test_a_repeated_member_name_is_refused(tmp_path):
    path = tmp_path / "model.npz"
    with pytest.warns(UserWarning, match="Duplicate name"):
        write_zip(path, {"mldlab.json": description([])})
        with zipfile.ZipFile(path, "a") as archive:
            archive.writestr("mldlab.json", description([1]))
    refused(path, "the member 'mldlab.json' appears twice", "두 번 있습니다")


def test_a_huge_or_deeply_nested_description_is_refused_before_json_parses_it(tmp_path):
    deep = b'{"format": "mldlab", "version": 1, "data": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"
    path = write_zip(tmp_path / "model.npz", {"mldlab.json": deep})
    refused(path, "nested 100001 levels deep, more than the 64", "100001단계로")
    strings = description(["[[[[" * 1000])  # brackets inside strings do not count
    assert load(write_zip(tmp_path / "strings.npz", {"mldlab.json": strings})) == ["[[[[" * 1000]
    big = description(["x" * 4_000_000])
    path = write_zip(tmp_path / "big.npz", {"mldlab.json": big})
    refused(path, "'mldlab.json' has 4,000,\\d+ bytes, more than the 4,000,000", "설명 'mldlab.json'이")


@pytest.mark.parametrize("number", [b"1e999", b"-1e999", b"NaN", b"Infinity", b"1" * 5000])
def test_numbers_json_cannot_hold_are_refused(tmp_path, number):
    text = b'{"format": "mldlab", "version": 1, "data": [' + number + b"]}"
    path = write_zip(tmp_path / "model.npz", {"mldlab.json": text})
    refused(path, "not valid JSON .or holds a number that is not finite", "올바른 JSON이 아닙니다")


@pytest.mark.parametrize("member, english, korean", [
    (npy(b"", (), header="{'descr': '|O', 'fortran_order': False, 'shape': (1,)}"),
     "an array 'w' of Python objects.*can only be read with pickle", "파이썬 객체 배열"),
    (npy(bytes(8), (1,), descr=[("a", "<f4"), ("b", "<f4")]), "'w' has dtype .*numbers and booleans", "수와 불리언만"),
    (npy(bytes(8), (1,), descr="<M8[s]"), "'w' has dtype datetime64", "dtype이 datetime64"),
    (npy(bytes(8), (-2, -1)), r"the shape \(-2, -1\), with a negative size", "음수 크기"),
    (npy(bytes(8), (2,), version=(3, 0)), "format version 3.0", "형식 버전이 3.0"),
    (npy(bytes(8), (2,), version=(9, 9)), "format version 9.9", "9.9"),
    (npy(bytes(8), (2,), header="{'descr': '<f4', 'shape': (2,)}"), "header of the array 'w'", "머리"),
    (npy(bytes(8), (2,), header="(" * 5000), "header of the array 'w'", "머리"),
    (b"not an npy at all", "'w.npy' is not a NumPy array", "NumPy 배열\\(.npy\\)이 아닙니다"),
    (npy(bytes(12), (2,)), r"declares shape \(2,\) of float32 \(8 bytes\), but its member holds 12 bytes", "12바이트"),
    (npy(bytes(4), (2,)), r"declares shape \(2,\) of float32 \(8 bytes\), but its member holds 4 bytes", "4바이트"),
])
def test_npy_headers_are_checked_before_the_data_is_read(tmp_path, member, english, korean):
    path = write_zip(tmp_path / "model.npz", {"mldlab.json": description({"ndarray": "w"}), "w.npy": member})
    refused(path, english, korean)


@pytest.mark.parametrize("value", [np.nan, np.inf, -np.inf])
def test_nan_and_infinite_weights_in_a_file_are_refused_as_save_refuses_them(tmp_path, value):
    weights = np.array([1.0, value, 2.0], dtype=np.float32)
    data = {"dict": {"0.weight": {"parameter": "0.weight"}}}
    path = write_zip(tmp_path / "model.npz", {"mldlab.json": description(data),
                                              "0.weight.npy": npy(weights.tobytes(), (3,))})
    refused(path, r"NaN or ±inf in the array '0.weight' \(1 of 3 values\)", "배열 '0.weight'에 NaN")


def test_a_changed_byte_is_caught_by_the_checksum(tmp_path):
    path = tmp_path / "model.npz"
    save({"w": np.arange(100, dtype=np.float32)}, path)
    data = bytearray(path.read_bytes())
    data[data.index(np.float32(50).tobytes())] ^= 0x01
    path.write_bytes(bytes(data))
    refused(path, "the bytes of the member 'w.npy' are cut off or changed", "체크섬이 맞지 않습니다")


def test_an_array_named_twice_is_read_once_only(tmp_path):
    """Otherwise one stored array could be read a thousand times over."""
    path = write_zip(tmp_path / "model.npz", {"mldlab.json": description([{"ndarray": "w"}] * 1000),
                                              "w.npy": npy(bytes(400), (100,))})
    refused(path, "names the array 'w' twice", "두 번 가리킵니다")


@pytest.mark.parametrize("data, english", [
    ({"tensor": "w", "requires_grad": "yes"}, "requires_grad is \"yes\", expected true or false"),
    ({"ndarray": "w", "requires_grad": True}, "unexpected entry"),
    ({"tensor": 3}, "an array is referred to by 3, not by a name"),
    ({"tuple": {"a": 1}}, "a tuple holds"),
    ({"dict": [[1]]}, "a dict holds \\[\\[1\\]\\]"),
    ({"dict": [[[1], 2]]}, "a dict key is a list"),
    ({"float": "1e999"}, "a special float is \"1e999\""),
    ({"scalar": "w"}, r"the scalar 'w' has the shape \(2,\)"),
    ({"module": {"architecture": {}}}, "a model is"),
    ({"module": {"architecture": {}, "training": "yes", "frozen": [], "state_dict": {"dict": {}}}}, "'training' is"),
    ({"module": {"architecture": {}, "training": True, "frozen": [], "state_dict": {"dict": {"w": 1}}}},
     "not a dict of tensors"),
    ({"unknown_tag": 1}, "unexpected entry"),
])
def test_every_tag_checks_the_types_of_its_payload(tmp_path, data, english):
    path = write_zip(tmp_path / "model.npz", {"mldlab.json": description(data), "w.npy": npy(bytes(8), (2,))})
    refused(path, english, "손상")


def test_a_tensor_of_a_dtype_mldlab_does_not_compute_with_is_refused(tmp_path):
    path = write_zip(tmp_path / "model.npz", {"mldlab.json": description({"tensor": "w"}),
                                              "w.npy": npy(bytes(16), (2,), descr="<c8")})
    refused(path, "the tensor 'w' has dtype complex64, expected one of float16", "텐서 'w'의 dtype이 complex64")


def test_the_memory_budget_of_load(tmp_path):
    path = tmp_path / "model.npz"
    save({"w": np.zeros(1000, np.float32)}, path)
    refused(path, "holds 4,128 bytes of arrays, more than the limit of 4,000 bytes.*max_bytes", "한도를 올리세요",
            max_bytes=4000)
    assert load(path, max_bytes=4128)["w"].shape == (1000,)
    for wrong in (-1, 1.5, "1GB", True):
        with pytest.raises(ValueError, match="max_bytes must be a whole number of bytes >= 0"):
            load(path, max_bytes=wrong)


def test_pytorch_arguments_are_accepted_and_fortran_ordered_arrays_round_trip(tmp_path):
    path = tmp_path / "model.npz"
    array = np.asfortranarray(np.arange(6, dtype=np.float64).reshape(2, 3))
    big_endian = np.arange(3, dtype=">i4")
    save({"f": array, "b": big_endian}, path)
    loaded = load(path, weights_only=True, map_location="cpu")
    np.testing.assert_array_equal(loaded["f"], array)
    assert loaded["f"].flags.f_contiguous and loaded["b"].dtype == np.dtype(">i4")


def test_many_arrays_with_the_same_cleaned_name_are_named_in_linear_time(tmp_path):
    """Keys that all become '___' once cleaned: each new name must not retry every name before it."""
    symbols = "!#$%&()*+,:;<=>?@[]^{|}"
    keys = [a + b + c for a in symbols for b in symbols for c in symbols][:1500]
    path = tmp_path / "model.npz"
    save({key: np.zeros(1, np.float32) for key in keys}, path)
    with zipfile.ZipFile(path) as archive:
        names = archive.namelist()
    assert names[1:4] == ["___.npy", "___~1.npy", "___~2.npy"] and len(set(names)) == 1501
    assert list(load(path)) == keys


def test_stale_temporary_files_of_killed_saves_are_removed_by_the_next_save_or_load(tmp_path):
    path = tmp_path / "model.npz"
    old = time.time() - STALE_AFTER - 60
    stale = [tmp_path / ".model.npz.0123abcd.tmp", tmp_path / ".model.npz.89efcdab.tmp"]
    kept = [tmp_path / ".model.npz.0123abcd.tmp.bak", tmp_path / ".other.npz.0123abcd.tmp",
            tmp_path / ".model.npz.0123ABCD.tmp", tmp_path / "model.npz.0123abcd.tmp"]
    fresh = tmp_path / ".model.npz.fedcba98.tmp"  # a save still running in another process
    for file in stale + kept + [fresh]:
        file.write_bytes(b"partial")
        os.utime(file, (old, old))
    os.utime(fresh, None)
    save([1], path)
    assert not any(file.exists() for file in stale) and all(file.exists() for file in kept + [fresh])
    os.utime(fresh, (old, old))
    assert load(path) == [1] and not fresh.exists()
    assert remove_stale_temporaries(tmp_path / "nowhere" / "model.npz") == []  # a missing folder is no error


def test_a_killed_save_leaves_the_old_file_or_the_new_one_never_a_broken_one(tmp_path):
    """kill -9 at random moments while a child saves again and again: every time the file loads whole."""
    import signal
    import subprocess
    import sys

    path = tmp_path / "model.npz"
    save({"step": 0, "w": np.zeros(300_000, np.float32)}, path)
    child = ("import sys, numpy as np\nfrom mldlab.io import save\nstep = 0\nwhile True:\n    step += 1\n"
             "    save({'step': step, 'w': np.full(300_000, step, np.float32)}, sys.argv[1])\n"
             "    if step == 3:\n        print('saving', flush=True)\n")
    rng = np.random.default_rng(0)
    steps = []
    for _ in range(3):
        process = subprocess.Popen([sys.executable, "-c", child, str(path)], stdout=subprocess.PIPE)
        assert process.stdout.readline() == b"saving\n"
        time.sleep(rng.uniform(0, 0.3))
        process.send_signal(signal.SIGKILL)
        process.wait()
        process.stdout.close()
        loaded = load(path)
        assert (loaded["w"] == loaded["step"]).all()
        steps.append(loaded["step"])
    assert min(steps) >= 3
    for file in tmp_path.glob(".model.npz.*.tmp"):  # what the kills left, once old, goes with the next save
        os.utime(file, (0, 0))
    save([1], path)
    assert not list(tmp_path.glob(".model.npz.*.tmp"))
