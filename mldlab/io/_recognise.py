"""Recognising files that are not mldlab's (PyTorch, pickle, NumPy, Keras, JSON) by their first bytes and
members, so that the message can say how to open them."""

import os

from mldlab.i18n import message

_PYTORCH_LEGACY = b"\x80\x02\x8a\x0al\xfc\x9cF\xf9 j\xa8P\x19"  # pickle of torch.save's old magic number


def check_start(path: str) -> None:
    """Recognise a missing file, and files of other programs, by their first bytes."""
    if os.path.isdir(path):
        raise IsADirectoryError(message("io_is_folder", path=path))
    try:
        with open(path, "rb") as file:
            start = file.read(64)
    except FileNotFoundError:
        raise FileNotFoundError(message("io_missing", path=path, cwd=os.getcwd())) from None
    if start.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return
    if not start:
        raise ValueError(message("io_empty", path=path))
    if start.startswith(_PYTORCH_LEGACY):
        raise ValueError(message("io_pytorch", path=path))
    if start[:1] == b"\x80" and start[1:2] in (b"\x02", b"\x03", b"\x04", b"\x05"):
        raise ValueError(message("io_pickle", path=path))
    if start.startswith(b"\x93NUMPY"):
        raise ValueError(message("io_npy", path=path))
    if start.startswith(b"\x89HDF\r\n\x1a\n"):
        raise ValueError(message("io_hdf5", path=path))
    if start.removeprefix(b"\xef\xbb\xbf").lstrip()[:1] in (b"{", b"["):
        raise ValueError(message("io_json", path=path))
    raise ValueError(message("io_unknown", path=path, start=start[:8]))


def refuse_other_zip(path: str, names: list) -> None:
    """A zip archive without our description: say whose it probably is."""
    shown = ", ".join(repr(name.removesuffix(".npy")) for name in names[:5]) + (", ..." if len(names) > 5 else "")
    if any(name.endswith("data.pkl") for name in names):
        raise ValueError(message("io_pytorch", path=path))
    if "config.json" in names and any(name.endswith(".h5") for name in names):
        raise ValueError(message("io_keras", path=path))
    if names and all(name.endswith(".npy") for name in names):
        raise ValueError(message("io_npz", path=path, names=shown))
    if not names:
        raise ValueError(message("io_zip_empty", path=path))
    raise ValueError(message("io_zip_other", path=path, names=shown))
