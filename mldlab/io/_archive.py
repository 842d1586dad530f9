"""Reading an mldlab file's zip archive, checking every size it declares before any memory is taken.

A file may come from anywhere, and a zip archive and a ``.npy`` header can claim anything: a 1 KB file can
declare an array of 19 GB. So, before reading:

1. the zip directory's own record (the "end of central directory") is read, and the directory is walked
   entry by entry: at most ``MAX_MEMBERS`` members, short names, small extra fields;
2. every member is one ``save`` writes (``mldlab.json``, ``<name>.npy``), named once, stored uncompressed
   (``save`` never compresses, so a member's bytes are all in the file: no "zip bomb"; a re-zipped or
   ``np.savez_compressed`` file is refused), not encrypted, and the members do not overlap;
3. the description has at most ``MAX_DESCRIPTION`` bytes, and the arrays at most ``max_bytes`` in all;
4. each array's ``.npy`` header is read by itself first: format 1.0 or 2.0, a dtype of numbers or booleans
   (either byte order), no negative size, and shape × item size equal to the bytes the member holds (an
   array in Fortran order, as NumPy writes a transposed one, is read back in that order);

then each array is read straight into its own memory, its checksum (CRC-32) checked, and refused if it
holds NaN or ±inf, as ``save`` refuses them.
"""

import math
import os
import re
import struct
import tokenize
import zipfile

import numpy as np

from mldlab.i18n import message

DESCRIPTION = "mldlab.json"
"""The name of the description inside the zip archive."""

MAX_MEMBERS = 10_000
"""The most members (arrays and the description) a file may hold."""

MAX_DESCRIPTION = 4_000_000
"""The largest description read, in bytes."""

_MAX_NAME = 4096  # bytes of a member's name
_MAX_EXTRA = 256  # bytes of a member's extra fields (save writes 28: the zip64 sizes)
_CHUNK = 1 << 24  # arrays are read 16 MB at a time
_END = struct.Struct("<4s4H2LH")  # end of central directory: ..., entries, size, offset, comment length
_LOCATOR = struct.Struct("<4sLQL")  # zip64 end of central directory locator: ..., offset of the zip64 record
_END64 = struct.Struct("<4sQ2H2L4Q")  # zip64 end of central directory: ..., entries, size, offset
_ENTRY = struct.Struct("<4s6H3L5H2L")  # a central directory entry, 46 bytes before its name
# zipfile's errors for a member whose local header or bytes differ from the directory
_MEMBER_ERRORS = (zipfile.BadZipFile, OSError, EOFError, NotImplementedError, UnicodeDecodeError)
_MEMBER_NAME = re.compile(r"[\w.\-~/]+\.npy")  # what save's _Encoder.add_array names arrays (no part only dots)


def damaged(path: str, problem: str) -> ValueError:
    """The error for a file that is damaged, cut off or not written by ``save``; ``problem`` is a message."""
    return ValueError(message("io_damaged", path=path, problem=problem))


class Archive:
    """An mldlab file opened for reading: ``Archive(path)`` checks the zip directory (step 1), ``check(max_bytes)``
    the members (steps 2 and 3), ``array(name)`` reads one array (step 4)."""

    def __init__(self, path: str):
        self.path = path
        self.file = open(path, "rb")
        try:
            self.size = os.fstat(self.file.fileno()).st_size
            self.directory_start = self._walk_directory()
            self.zip = zipfile.ZipFile(self.file)
        except BaseException as error:
            self.file.close()
            if isinstance(error, (struct.error, *_MEMBER_ERRORS)):
                raise damaged(path, message("io_problem_zip")) from None
            raise
        self.names = [info.filename for info in self.zip.infolist()]
        self.members = {}
        self.array_bytes = 0
        self._read = set()

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.zip.close()
        self.file.close()

    def _walk_directory(self) -> int:
        """Step 1: where the zip directory starts, after counting its entries (as ``zipfile`` will find it)."""
        tail_start = max(0, self.size - _END.size - 0xFFFF)
        self.file.seek(tail_start)
        tail = self.file.read()
        at = len(tail) - _END.size
        if not (at >= 0 and tail.startswith(b"PK\x05\x06", at) and tail[-2:] == b"\0\0"):
            at = tail.rfind(b"PK\x05\x06")
        if at < 0 or at + _END.size > len(tail):
            raise damaged(self.path, message("io_problem_zip"))
        _, _, _, _, entries, size, _, _ = _END.unpack_from(tail, at)
        end = tail_start + at
        if end >= _LOCATOR.size:  # a zip64 record, when its locator stands just before (as zipfile reads it)
            self.file.seek(end - _LOCATOR.size)
            signature, _, record, _ = _LOCATOR.unpack(self.file.read(_LOCATOR.size))
            if signature == b"PK\x06\x07":
                self.file.seek(record)
                _, _, _, _, _, _, _, entries, size, _ = _END64.unpack(self.file.read(_END64.size))
                end = record
        if entries > MAX_MEMBERS:
            raise damaged(self.path, message("io_problem_members", count=entries, limit=MAX_MEMBERS))
        start = end - size
        if not 0 <= start <= end <= self.size or size > MAX_MEMBERS * (_ENTRY.size + _MAX_NAME + _MAX_EXTRA):
            raise damaged(self.path, message("io_problem_zip"))
        self.file.seek(start)
        directory = self.file.read(size)
        position, count = 0, 0
        while position < len(directory):
            count += 1
            if count > MAX_MEMBERS:
                raise damaged(self.path, message("io_problem_members", count=f"> {MAX_MEMBERS}", limit=MAX_MEMBERS))
            entry = _ENTRY.unpack_from(directory, position)
            if entry[0] != b"PK\x01\x02":
                raise damaged(self.path, message("io_problem_zip"))
            name_length, extra_length, comment_length = entry[10:13]
            if name_length > _MAX_NAME or extra_length > _MAX_EXTRA or comment_length > _MAX_EXTRA:
                raise damaged(self.path, message("io_problem_entry_size", number=count))
            position += _ENTRY.size + name_length + extra_length + comment_length
        return start

    def check(self, max_bytes: int) -> None:
        """Steps 2 and 3: every member one ``save`` writes, stored whole in the file, within the limits."""
        infos = self.zip.infolist()
        if len(set(self.names)) != len(self.names):
            seen = set()
            repeated = next(name for name in self.names if name in seen or seen.add(name))
            raise damaged(self.path, message("io_problem_repeated", name=repeated))
        for info in infos:
            name = info.filename
            if name != DESCRIPTION and not (_MEMBER_NAME.fullmatch(name) and all(
                    part.strip(".") for part in name.split("/"))):
                raise damaged(self.path, message("io_problem_member_name", name=name))
            if info.flag_bits & 0x1:
                raise damaged(self.path, message("io_problem_encrypted", name=name))
            if info.compress_type != zipfile.ZIP_STORED or info.compress_size != info.file_size:
                raise damaged(self.path, message("io_problem_compressed", name=name))
        ends = sorted((info.header_offset, info.header_offset + 30 + info.file_size, info.filename) for info in infos)
        limits = [start for start, _, _ in ends[1:]] + [self.directory_start]
        for (_, end, name), limit in zip(ends, limits):
            if end > limit:
                raise damaged(self.path, message("io_problem_outside", name=name))
        self.members = {info.filename: info for info in infos}
        size = self.members[DESCRIPTION].file_size
        if size > MAX_DESCRIPTION:
            raise damaged(self.path, message("io_problem_description_size", size=size, limit=MAX_DESCRIPTION))
        self.array_bytes = sum(info.file_size for info in infos if info.filename != DESCRIPTION)
        if self.array_bytes > max_bytes:
            raise ValueError(message("io_too_big", path=self.path, nbytes=self.array_bytes, limit=max_bytes))

    def description(self) -> bytes:
        try:
            return self.zip.read(DESCRIPTION)
        except _MEMBER_ERRORS:
            raise damaged(self.path, message("io_problem_member_damaged", name=DESCRIPTION)) from None

    def array(self, name: str) -> np.ndarray:
        """Step 4: the array ``name`` (its member ``name.npy``), checked header first; each is read once."""
        member = f"{name}.npy"
        if member not in self.members:
            raise damaged(self.path, message("io_problem_member_missing", name=name))
        if member in self._read:
            raise damaged(self.path, message("io_problem_member_twice", name=name))
        self._read.add(member)
        info = self.members[member]
        try:
            with self.zip.open(info) as file:
                array = self._read_npy(file, info.file_size, name)
                if file.read(1):  # reading to the end also checks the CRC-32
                    raise damaged(self.path, message("io_problem_npy_size", name=name, shape=array.shape,
                                                     dtype=array.dtype, nbytes=array.nbytes, size=info.file_size))
        except _MEMBER_ERRORS:
            raise damaged(self.path, message("io_problem_member_damaged", name=member)) from None
        if array.dtype.kind in "fc" and not np.isfinite(array).all():
            raise ValueError(message("io_nonfinite_load", path=self.path, name=name,
                                     count=int(array.size - np.isfinite(array).sum()), total=array.size))
        return array

    def _read_npy(self, file, size: int, name: str) -> np.ndarray:
        try:
            version = np.lib.format.read_magic(file)
        except ValueError:
            raise damaged(self.path, message("io_problem_npy_magic", name=name)) from None
        if version not in ((1, 0), (2, 0)):
            raise damaged(self.path, message("io_problem_npy_version", name=name, version=f"{version[0]}.{version[1]}"))
        read_header = np.lib.format.read_array_header_1_0 if version == (1, 0) else np.lib.format.read_array_header_2_0
        try:
            shape, fortran_order, dtype = read_header(file)
        except (ValueError, SyntaxError, TypeError, RecursionError, tokenize.TokenError, MemoryError):
            # The header is at most 10,000 characters (numpy's limit): a MemoryError here is Python's parser
            # refusing brackets nested too deeply, not an allocation.
            raise damaged(self.path, message("io_problem_npy_header", name=name)) from None
        if dtype.hasobject:
            raise ValueError(message("io_object_array", path=self.path, name=name))
        if dtype.kind not in "biufc" or dtype.names is not None or dtype.subdtype is not None:
            raise damaged(self.path, message("io_problem_npy_dtype", name=name, dtype=dtype))
        if any(isinstance(n, bool) or n < 0 for n in shape):
            raise damaged(self.path, message("io_problem_npy_shape", name=name, shape=shape))
        nbytes = math.prod(shape) * dtype.itemsize
        if nbytes != size - file.tell():
            raise damaged(self.path, message("io_problem_npy_size", name=name, shape=shape, dtype=dtype, nbytes=nbytes,
                                             size=size - file.tell()))
        array = np.empty(math.prod(shape), dtype=dtype)
        target = memoryview(array.view(np.uint8))
        filled = 0
        while filled < nbytes:
            count = file.readinto(target[filled:filled + _CHUNK])
            if not count:
                raise damaged(self.path, message("io_problem_member_damaged", name=f"{name}.npy"))
            filled += count
        return array.reshape(shape, order="F" if fortran_order else "C")
