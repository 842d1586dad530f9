"""Fuzzing the readers of files from elsewhere: ``load``, ``load_csv`` and the command line's ``predict``.

Random bytes, truncations, bit flips and structured mutations of valid files (description edits: huge or
negative sizes, deep nesting, wrong types, unknown tags, tens of thousands of layers; ``.npy`` header edits;
zip directory edits; CSV cells, quotes, encodings and arguments) are fed to each reader in a child process
with a memory limit (``RLIMIT_AS``) and a time limit per case. Every case must end in a correct result or one
of our clear errors (``ValueError``, ``TypeError``, ``FileNotFoundError`` with an mldlab message): never
``MemoryError``, never another exception, never a case slower than ``SLOWEST``. The seed is fixed, so CI sees
the same cases; each child stops at its deadline, so the test stays within its time (three children run side
by side).

Run one child by hand to see its numbers: ``python tests/test_fuzz_files.py model 0 5``.
"""

import io
import json
import os
import resource
import signal
import struct
import subprocess
import sys
import tempfile
import time
import zipfile
import zlib
from collections import Counter
from contextlib import redirect_stderr, redirect_stdout

import numpy as np

MEMORY_LIMIT = 1 << 30  # 1 GiB of address space: a file that makes a reader allocate gigabytes fails here
SLOWEST = 3.0  # seconds any one case may take (generous: the machine is shared)
PEAK_GROWTH_MB = 400  # the most a child's peak memory may grow while fuzzing
SECONDS = {"model": 9.0, "csv": 7.0, "cli": 7.0}  # each child's fuzzing time; they run side by side
CLEAR = {"model": "mldlab.load", "csv": "load_csv:"}  # how our messages start


def test_readers_end_every_case_cleanly_within_time_and_memory():
    children = {kind: subprocess.Popen([sys.executable, __file__, kind, "20261130", str(SECONDS[kind])],
                                       stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
                for kind in SECONDS}
    for kind, child in children.items():
        out, err = child.communicate(timeout=SECONDS[kind] + 60)
        assert child.returncode == 0, f"{kind}: the child failed\n{err[-3000:]}"
        report = json.loads(out.strip().splitlines()[-1])
        print(kind, report)
        assert report["cases"] >= 10, report  # ~1,000 on an idle machine, far fewer when the machine is shared
        assert not report["bad"], f"{kind}: {report['bad']}"
        assert report["slowest"] < SLOWEST, report
        assert report["peak_mb"] - report["baseline_mb"] < PEAK_GROWTH_MB, report
        assert report["outcomes"].get("ok", 0) > 0 and len(report["outcomes"]) > 1, report  # both kinds of ending


class _Timeout(BaseException):
    pass


def _on_alarm(signum, frame):
    raise _Timeout


def _child(kind: str, seed: int, seconds: float) -> None:
    """Run cases until the deadline; print one JSON line: counts, bad cases, slowest case, peak memory."""
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))
    signal.signal(signal.SIGALRM, _on_alarm)
    folder = tempfile.mkdtemp(prefix="mldlab-fuzz-")
    rng = np.random.default_rng(seed)
    cases = {"model": _model_cases, "csv": _csv_cases, "cli": _cli_cases}[kind](rng, folder)
    baseline = _peak_mb()
    deadline = time.perf_counter() + seconds
    outcomes, bad, slowest, count = Counter(), [], 0.0, 0
    for number, (what, run) in enumerate(cases):
        if time.perf_counter() > deadline:
            break
        count += 1
        start = time.perf_counter()
        signal.setitimer(signal.ITIMER_REAL, 10 * SLOWEST)
        try:
            outcome = run()
        except _Timeout:
            outcome = "bad: no end within the time limit"
        except MemoryError:
            outcome = "bad: MemoryError"
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
        slowest = max(slowest, time.perf_counter() - start)
        outcomes[outcome.split(":")[0]] += 1
        if outcome.startswith("bad"):
            bad.append(f"case {number} ({what}): {outcome}"[:600])
    peak = _peak_mb()
    print(json.dumps({"cases": count, "outcomes": outcomes, "bad": bad[:10], "slowest": round(slowest, 3),
                      "baseline_mb": round(baseline, 1), "peak_mb": round(peak, 1)}))


def _peak_mb() -> float:
    """The child's peak resident memory: Linux's VmHWM (``ru_maxrss`` may keep the parent's peak across exec)."""
    try:
        with open("/proc/self/status") as status:
            return next(int(line.split()[1]) for line in status if line.startswith("VmHWM")) / 1024
    except (OSError, StopIteration):
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _ended(call, prefix: str) -> str:
    """'ok', 'error: <type>' for one of our clear errors, or 'bad: ...' for anything else."""
    from mldlab.i18n import set_language

    try:
        call()
    except (ValueError, TypeError, FileNotFoundError) as error:
        text = str(error)
        if text.startswith(prefix):
            return f"error: {type(error).__name__}"
        return f"bad: {type(error).__name__}: unclear message {text[:300]!r}"
    except Exception as error:  # noqa: BLE001 (any other exception is what we look for)
        return f"bad: {type(error).__name__}: {str(error)[:300]}"
    finally:
        set_language("en")
    return "ok"


def _language(rng) -> None:
    from mldlab.i18n import set_language

    set_language("ko" if rng.random() < 0.3 else "en")


def _model_bases(folder: str) -> list[bytes]:
    """Valid files of every kind: a whole model, a state_dict, a checkpoint, an object of every tag."""
    from mldlab import nn, tensor
    from mldlab.io import save

    model = nn.Sequential(nn.Linear(3, 4), nn.Tanh(), nn.Dropout(0.1), nn.Linear(4, 2))
    model[0].weight.requires_grad_(False)
    checkpoint = {"model": model.state_dict(), "epoch": 3, "best": float("inf"),
                  "optimizer": {"state": {0: {"step": np.float32(3), "exp_avg": np.zeros(3)}},
                                "param_groups": [{"lr": 0.1, "betas": (0.9, 0.999), "params": [0]}]}}
    mixed = {"t": (1, 2.5, None, "x"), 3: np.arange(4, dtype=">i4"), "s": np.float64(2.0),
             "nested": [[{"a": tensor([1.0, 2.0], requires_grad=True)}]], "f": np.asfortranarray(np.eye(3))}
    bases = []
    for obj in (model, model.state_dict(), checkpoint, mixed):
        path = os.path.join(folder, "base.npz")
        save(obj, path)
        with open(path, "rb") as file:
            bases.append(file.read())
    return bases


def _model_cases(rng, folder: str):
    from mldlab.io import load

    bases = _model_bases(folder)
    path = os.path.join(folder, "case.npz")
    while True:
        what, data = _mutated_model(rng, bases[rng.integers(len(bases))])
        _language(rng)

        def run(data=data):
            with open(path, "wb") as file:
                file.write(data)
            return _ended(lambda: load(path), CLEAR["model"])

        yield what, run


def _mutated_model(rng, data: bytes) -> tuple[str, bytes]:
    """One mutation, or two in a row, of a valid file."""
    what = []
    for _ in range(1 + (rng.random() < 0.3)):
        kind = rng.choice(["random", "truncate", "flip", "splice", "json", "json", "npy", "npy", "directory",
                           "members", "layers"])
        try:
            data = _MUTATIONS[kind](rng, data)
        except (zipfile.BadZipFile, KeyError, ValueError, IndexError, struct.error, EOFError, NotImplementedError,
                RuntimeError, zlib.error, SyntaxError, TypeError):
            data = _MUTATIONS["flip"](rng, data)  # an earlier mutation broke the zip: fall back to bytes
        what.append(str(kind))
    return "+".join(what), data


def _random_bytes(rng, data: bytes) -> bytes:
    noise = rng.bytes(int(rng.integers(0, 3000)))
    return (b"PK\x03\x04" + noise) if rng.random() < 0.5 else noise


def _truncate(rng, data: bytes) -> bytes:
    return data[:int(rng.integers(0, len(data)))]


def _flip(rng, data: bytes) -> bytes:
    out = bytearray(data)
    for _ in range(int(rng.integers(1, 9))):
        if out:
            out[rng.integers(len(out))] ^= 1 << int(rng.integers(8))
    return bytes(out)


def _splice(rng, data: bytes) -> bytes:
    start = int(rng.integers(0, len(data)))
    length = int(rng.integers(1, 64))
    fill = rng.choice([b"\xff", b"\x00", b"\x7f"]) * length if rng.random() < 0.5 else rng.bytes(length)
    return data[:start] + fill + data[start + length:]


def _members(data: bytes) -> dict:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {info.filename: archive.read(info) for info in archive.infolist()}


def _zipped(members: dict) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return buffer.getvalue()


def _strange_value(rng):
    values = [10**18, -1, -10**9, 2**63, 2**64 + 1, 10**30, 1e308, -0.0, 0, "", "x" * 1000, None, True, [], {},
              {"tensor": "0.weight"}, {"parameter": "w"}, {"module": {}}, {"dict": [[1, 2]]}, {"dict": [[[1], 2]]},
              {"float": "nan"}, {"float": "1e999"}, {"tuple": {}}, {"unknown": 1}, {"scalar": "0.bias"},
              {"ndarray": 7}, {"OrderedDict": {"a": {"tensor": "0.bias"}}}, {"class": "Linear", "args": {}},
              {"class": "Sequential", "children": [{"name": "0", "same_as": "0"}]}]
    if rng.random() < 0.1:
        depth = int(rng.integers(50, 500))
        return json.loads("[" * depth + "]" * depth)
    return values[rng.integers(len(values))]


def _positions(node, out):
    """Every (container, key) in a JSON tree."""
    if isinstance(node, dict):
        for key in list(node):
            out.append((node, key))
            _positions(node[key], out)
    elif isinstance(node, list):
        for i, item in enumerate(node):
            out.append((node, i))
            _positions(item, out)
    return out


def _json_edit(rng, data: bytes) -> bytes:
    members = _members(data)
    description = json.loads(members["mldlab.json"])
    positions = _positions(description, [])
    container, key = positions[rng.integers(len(positions))]
    choice = rng.random()
    if choice < 0.15 and isinstance(container, dict):
        del container[key]
    elif choice < 0.25 and isinstance(container, dict):
        container[f"extra{rng.integers(3)}"] = _strange_value(rng)
    elif choice < 0.5:  # a number becomes huge, negative or zero (layer sizes, steps, versions)
        numbers = [(c, k) for c, k in positions if isinstance(c[k], int) and not isinstance(c[k], bool)]
        if numbers:
            container, key = numbers[rng.integers(len(numbers))]
        container[key] = [10**6, 10**9, 10**12, -1, 0, 2**31, 99][rng.integers(7)]
    else:
        container[key] = _strange_value(rng)
    members["mldlab.json"] = json.dumps(description).encode()
    return _zipped(members)


_DESCRS = ["<f4", "<f8", ">f4", "<f2", "|b1", "<i8", "|u1", "<c16", "|O", "<U10", "<M8[s]", "|V8", "|S3",
           [("a", "<f4")], "<f16"]


def _npy_edit(rng, data: bytes) -> bytes:
    members = _members(data)
    arrays = [name for name in members if name.endswith(".npy")]
    name = arrays[rng.integers(len(arrays))]
    raw = members[name]
    header_length = struct.unpack_from("<H", raw, 8)[0]
    header = eval(raw[10:10 + header_length].decode("latin1"))  # noqa: S307 (our own test data)
    body = raw[10 + header_length:]
    choice = rng.random()
    if choice < 0.4:
        shape = list(header["shape"]) or [1]
        shape[rng.integers(len(shape))] = [0, -1, -5, 10**9, 10**18, 2**64, 3][rng.integers(7)]
        header["shape"] = tuple(shape) if rng.random() < 0.9 else tuple(shape) * 20
    elif choice < 0.7:
        header["descr"] = _DESCRS[rng.integers(len(_DESCRS))]
    elif choice < 0.8:
        header["fortran_order"] = not header["fortran_order"]
    elif choice < 0.9:
        body = body[:int(rng.integers(0, len(body) + 1))] + rng.bytes(int(rng.integers(0, 16)))
    else:
        text = repr(header)
        text = text[:int(rng.integers(len(text)))] + rng.choice(["(", "{", "'", "10**9", "L", "\x00"]) * int(
            rng.integers(1, 300))
        members[name] = _npy(text, body, (int(rng.integers(0, 4)), 0))
        return _zipped(members)
    members[name] = _npy(repr(header), body, (1, 0) if rng.random() < 0.8 else (int(rng.integers(0, 4)), 0))
    return _zipped(members)


def _npy(text: str, body: bytes, version) -> bytes:
    size = "<I" if version[0] >= 2 else "<H"
    encoded = text.encode("latin1", "replace")[:60000]
    return b"\x93NUMPY" + bytes(version) + struct.pack(size, len(encoded)) + encoded + body


def _directory_edit(rng, data: bytes) -> bytes:
    out = bytearray(data)
    end = out.rfind(b"PK\x05\x06")
    entries = [i for i in range(len(out) - 4) if out[i:i + 4] == b"PK\x01\x02"]
    values = [0, 1, 8, 99, 0xFFFF, 0xFFFFFFFF, int(rng.integers(0, 1 << 32))]
    if entries and rng.random() < 0.7:
        at = entries[rng.integers(len(entries))]
        field, size = [(8, "H"), (10, "H"), (20, "L"), (24, "L"), (28, "H"), (30, "H"), (32, "H"), (42, "L")][
            rng.integers(8)]
    else:
        at = end
        field, size = [(8, "H"), (10, "H"), (12, "L"), (16, "L"), (20, "H")][rng.integers(5)]
    value = values[rng.integers(len(values))] & (0xFFFF if size == "H" else 0xFFFFFFFF)
    struct.pack_into("<" + size, out, at + field, value)
    return bytes(out)


def _members_edit(rng, data: bytes) -> bytes:
    members = _members(data)
    names = list(members)
    choice = rng.random()
    name = names[rng.integers(len(names))]
    if choice < 0.3:
        del members[name]
    elif choice < 0.5:
        members[["../up.npy", "a.txt", "/abs.npy", "x" * 5000 + ".npy", "mldlab.json.npy"][rng.integers(5)]] = b"x"
    elif choice < 0.7:
        members[name] = rng.bytes(int(rng.integers(0, 200)))
    else:
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            for key, content in members.items():
                archive.writestr(key, content)
        return buffer.getvalue()
    return _zipped(members)


def _layers_edit(rng, data: bytes) -> bytes:
    """A model of very many layers, side by side or nested: building them must stay linear and bounded."""
    members = _members(data)
    n = [10, 1000, 20_000, 60_000][rng.integers(4)]
    if rng.random() < 0.5:
        architecture = {"class": "Sequential", "args": {},
                        "children": [{"name": str(i), "class": "Identity", "args": {}} for i in range(n)]}
    else:
        architecture = {"class": "Identity", "args": {}}
        for _ in range(min(n, 30)):
            architecture = {"class": "Sequential", "args": {}, "children": [{"name": "0", **architecture}]}
    members["mldlab.json"] = json.dumps({"format": "mldlab", "version": 1, "data": {"module": {
        "architecture": architecture, "training": True, "frozen": [], "state_dict": {"OrderedDict": {}}}}}).encode()
    return _zipped(members)


_MUTATIONS = {"random": _random_bytes, "truncate": _truncate, "flip": _flip, "splice": _splice, "json": _json_edit,
              "npy": _npy_edit, "directory": _directory_edit, "members": _members_edit, "layers": _layers_edit}


_CSV_TOKENS = [",", '"', "\n", "\r\n", "\x00", "nan", "inf", "-inf", "1e39", "-1e400", "1_000", " ", "\t", ";",
               "합격", "\xff", "PK\x03\x04", ",,,,", "x" * 200_000, "1" * 400, "\ufeff", "NA", "-1", "0"]


def _csv_bases(rng) -> list[bytes]:
    rows = enumerate(rng.normal(size=(30, 3)))
    numbers = "\n".join(",".join(f"{v:.3g}" for v in row) + f",{k % 3}" for k, row in rows)
    words = "\n".join(f"{a:.2f},{b:.2f},{'pass' if a > b else 'fail'}" for a, b in rng.normal(size=(30, 2)))
    korean = "\n".join(f"{a:.2f},{'합격' if a > 0 else '불합격'}" for a in rng.normal(size=20))
    return [("a,b,c,y\n" + numbers + "\n").encode(), ("x1,x2,result\n" + words).encode(),
            ("점수,결과\n" + korean).encode("cp949"), ("점수,결과\n" + korean).encode("utf-16"),
            ("a;b;c;y\n" + numbers.replace(",", ";")).encode("utf-8-sig"), ("1,2\n" * 3000).encode()]


def _mutated_csv(rng, data: bytes) -> tuple[str, bytes]:
    kind = rng.choice(["random", "truncate", "flip", "tokens", "tokens", "tokens", "rows", "header"])
    if kind == "random":
        return kind, rng.bytes(int(rng.integers(0, 3000)))
    if kind == "truncate":
        return kind, data[:int(rng.integers(0, len(data) + 1))]
    if kind == "flip":
        return kind, _flip(rng, data)
    if kind == "rows":
        lines = data.split(b"\n")
        line = lines[rng.integers(len(lines))]
        return kind, data + (line + b"\n") * int(rng.integers(1, 3000))
    if kind == "header":
        lines = data.split(b"\n", 1)
        return kind, lines[0] + b"," + lines[0].split(b",")[0] + b"\n" + (lines[1] if len(lines) > 1 else b"")
    out = data
    for _ in range(int(rng.integers(1, 6))):
        token = _CSV_TOKENS[rng.integers(len(_CSV_TOKENS))].encode("utf-8")
        at = int(rng.integers(0, len(out) + 1))
        out = out[:at] + token + out[at:]
    return kind, out


def _csv_cases(rng, folder: str):
    from mldlab.data import load_csv

    bases = _csv_bases(rng)
    path = os.path.join(folder, "case.csv")
    while True:
        base = int(rng.integers(len(bases)))
        what, data = _mutated_csv(rng, bases[base])
        options = {"target": -1, "header": base != 5, "delimiter": ";" if base == 4 else ",", "return_names": True}
        if rng.random() < 0.3:
            options.update(target=[0, 7, "y", "result", "결과", "nope", None, 1.5][rng.integers(8)],
                           header=bool(rng.random() < 0.8), delimiter=[",", ";", "\t", "", ",,"][rng.integers(5)],
                           encoding=[None, "utf-8", "cp949", "latin-1", "bogus"][rng.integers(5)])
        if rng.random() < 0.05:
            options["max_bytes"] = 100
        _language(rng)

        def run(data=data, options=options):
            with open(path, "wb") as file:
                file.write(data)
            return _ended(lambda: _check_table(load_csv(path, **options)), CLEAR["csv"])

        yield f"{what} {options}", run


def _check_table(result) -> None:
    """A table that loads must be what load_csv promises: finite float32 features, one target per row."""
    X, y, features, classes = result
    assert X.dtype == np.float32 and X.ndim == 2 and np.isfinite(X).all() and X.shape[1] == len(features)
    if y is not None:
        assert y.shape == (X.shape[0],) and y.dtype in (np.int64, np.float32) and np.isfinite(y).all()
        assert classes is None or (y.dtype == np.int64 and y.min() >= 0 and y.max() < len(classes))


def _cli_cases(rng, folder: str):
    from mldlab.cli import main
    from mldlab.i18n import message

    bundle = os.path.join(folder, "bundle.npz")
    with redirect_stdout(io.StringIO()), redirect_stderr(io.StringIO()) as err:
        code = main(["train", "--data", "moons", "--samples", "100", "--hidden", "4", "--epochs", "2", "--verbose",
                     "0", "--save", bundle])
    assert code == 0, err.getvalue()
    with open(bundle, "rb") as file:
        base = file.read()
    internal = message("cli_internal_error", type="\0", text="\0").split("\0")[0]
    memory = message("cli_out_of_memory")
    path = os.path.join(folder, "case.npz")
    while True:
        what, data = _mutated_model(rng, base)

        def run(data=data):
            with open(path, "wb") as file:
                file.write(data)
            with redirect_stdout(io.StringIO()), redirect_stderr(io.StringIO()) as err:
                code = main(["predict", path, "--input", "0.5,-0.2"])
            text = err.getvalue()
            if code not in (0, 1) or internal in text or memory in text or "Traceback" in text:
                return f"bad: exit code {code}: {text[:300]!r}"
            return "ok" if code == 0 else "error: exit code 1"

        yield what, run


if __name__ == "__main__":
    _child(sys.argv[1], int(sys.argv[2]), float(sys.argv[3]))
