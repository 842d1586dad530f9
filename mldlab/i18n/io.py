"""Messages of mldlab.io and mldlab.interop (saving, loading, hand-off to PyTorch and Keras), in English and Korean."""

MESSAGES = {
    "config_not_module": {
        "en": "{op}: expected an mldlab nn.Module, got {type}.{hint}",
        "ko": "{op}: mldlab의 nn.Module이 필요한데 {type}입니다.{hint}",
    },
    "config_unsupported": {
        "en": "{op}: cannot describe the layer {layer} as data. Expected a network built only from: "
        "{supported}. Hint: for your own class (class {cls}(nn.Module): ...), save only the weights, "
        "mldlab.save(model.state_dict(), \"weights.npz\"), build the model in code and load them: "
        "model.load_state_dict(mldlab.load(\"weights.npz\")). PyTorch takes the same state_dict for a class with "
        "the same attribute names.",
        "ko": "{op}: 층 {layer}을(를) 데이터로 기술할 수 없습니다. 다음 층들로만 만든 신경망이어야 합니다: "
        "{supported}. 힌트: 직접 만든 클래스(class {cls}(nn.Module): ...)는 가중치만 저장하세요. "
        "mldlab.save(model.state_dict(), \"weights.npz\")로 저장하고, 코드로 모델을 만든 뒤 "
        "model.load_state_dict(mldlab.load(\"weights.npz\"))로 불러옵니다. 속성 이름이 같은 PyTorch 클래스도 같은 "
        "state_dict를 받습니다.",
    },
    "config_extra_members": {
        "en": "{op}: the layer {layer} holds {members}, which its class does not create, so the architecture "
        "cannot describe it. Expected a {cls} as its constructor makes it. Hint: save model.state_dict() instead, "
        "and rebuild the model in code.",
        "ko": "{op}: 층 {layer}에 클래스가 만들지 않는 {members}이(가) 있어서 구조로 기술할 수 없습니다. "
        "생성자가 만든 그대로의 {cls}여야 합니다. 힌트: 대신 model.state_dict()를 저장하고 모델은 코드로 다시 "
        "만드세요.",
    },
    "config_unknown_layer": {
        "en": "{op}: the architecture names a layer {layer} that mldlab cannot build. Expected one of: "
        "{supported}. Hint: the file may come from a newer mldlab or another program; mldlab builds only these "
        "layers and never runs code named in a file.",
        "ko": "{op}: 구조 설명에 mldlab이 만들 수 없는 층 {layer}이(가) 있습니다. 다음 중 하나여야 합니다: "
        "{supported}. 힌트: 더 새로운 mldlab이나 다른 프로그램이 쓴 파일일 수 있습니다. mldlab은 이 층들만 "
        "만들며, 파일에 적힌 코드는 절대 실행하지 않습니다.",
    },
    "config_invalid": {
        "en": "{op}: the architecture description is not valid at {where}: {problem}. Expected the form written by "
        "mldlab.nn.config.module_to_config, e.g. {{\"class\": \"Linear\", \"args\": {{\"in_features\": 2, "
        "\"out_features\": 8}}}}. Hint: the file may be damaged or edited by hand.",
        "ko": "{op}: 구조 설명의 {where} 부분이 올바르지 않습니다: {problem}. mldlab.nn.config.module_to_config가 "
        "쓰는 형식이어야 합니다. 예) {{\"class\": \"Linear\", \"args\": {{\"in_features\": 2, \"out_features\": "
        "8}}}}. 힌트: 파일이 손상되었거나 손으로 고친 것일 수 있습니다.",
    },
    "config_problem_object": {
        "en": "expected a JSON object {{...}}, got {got}",
        "ko": "JSON 객체 {{...}}여야 하는데 {got}입니다",
    },
    "config_problem_key": {
        "en": "unexpected entry '{entry}' (allowed: {allowed})",
        "ko": "예상하지 못한 항목 '{entry}'이(가) 있습니다(허용: {allowed})",
    },
    "config_problem_missing": {
        "en": "the entry '{entry}' is missing",
        "ko": "'{entry}' 항목이 없습니다",
    },
    "config_problem_value": {
        "en": "'{entry}' must be {expected}, got {got}",
        "ko": "'{entry}'은(는) {expected}여야 하는데 {got}입니다",
    },
    "config_problem_name": {
        "en": "a layer name must be a non-empty text without '.', used once; got {got}",
        "ko": "층 이름은 '.'이 없는 비어 있지 않은 문자열이고 한 번만 쓰여야 하는데 {got}입니다",
    },
    "config_expect_one_of": {"en": "one of {choices}", "ko": "{choices} 중 하나"},
    "config_expect_list": {"en": "a list [...]", "ko": "리스트 [...]"},
    "io_save_type": {
        "en": "mldlab.save: cannot save {type} (at {where}). Expected an nn.Module, a state_dict, an optimizer's "
        "state_dict, or dicts, lists and tuples of tensors, NumPy arrays, numbers, strings, True/False and None. "
        "Hint: for an optimizer, save optimizer.state_dict(); mldlab never saves code or other objects (no pickle).",
        "ko": "mldlab.save: {type}(위치 {where})은(는) 저장할 수 없습니다. nn.Module, state_dict, 옵티마이저의 "
        "state_dict, 또는 텐서·NumPy 배열·수·문자열·True/False·None으로 된 딕셔너리, 리스트, 튜플이어야 합니다. "
        "힌트: 옵티마이저는 optimizer.state_dict()를 저장하세요. mldlab은 코드나 다른 객체를 저장하지 않습니다"
        "(pickle 없음).",
    },
    "io_save_key": {
        "en": "mldlab.save: a dict key must be a string, a number, True/False or None, got {type} (at {where}). "
        "Hint: use the names as keys, e.g. {{'weight': W}}.",
        "ko": "mldlab.save: 딕셔너리 키는 문자열, 수, True/False, None이어야 하는데 {type}입니다(위치 {where}). "
        "힌트: 이름을 키로 쓰세요. 예) {{'weight': W}}.",
    },
    "io_save_dtype": {
        "en": "mldlab.save: the array at {where} has dtype {dtype}, which cannot be saved without pickle. Expected "
        "numbers or booleans. Hint: convert it, e.g. np.asarray(values, dtype=np.float32).",
        "ko": "mldlab.save: 위치 {where}의 배열은 dtype이 {dtype}라서 pickle 없이는 저장할 수 없습니다. 수나 불리언 "
        "배열이어야 합니다. 힌트: 변환하세요. 예) np.asarray(values, dtype=np.float32).",
    },
    "io_nonfinite": {
        "en": "mldlab.save: the tensor '{where}' contains {what} ({count} of {total} values), so nothing was saved. "
        "Expected finite numbers. Hint: training probably diverged; try a smaller learning rate (lr), standardise "
        "the inputs, and watch the loss for nan while training.",
        "ko": "mldlab.save: 텐서 '{where}'에 {what} 값이 있어서({total}개 중 {count}개) 아무것도 저장하지 않았습니다. "
        "유한한 수여야 합니다. 힌트: 학습이 발산한 것 같습니다. 학습률(lr)을 줄이고 입력을 표준화해 보세요. "
        "학습 중에 손실이 nan이 되는지도 살펴보세요.",
    },
    "io_save_too_many": {
        "en": "mldlab.save: the object holds {count:,} arrays, more than the {limit:,} that mldlab.load reads, so "
        "nothing was saved. Hint: save the parts in several files.",
        "ko": "mldlab.save: 객체에 배열이 {count:,}개로, mldlab.load가 읽는 {limit:,}개보다 많아서 아무것도 "
        "저장하지 않았습니다. 힌트: 여러 파일로 나누어 저장하세요.",
    },
    "io_save_layers": {
        "en": "mldlab.save: the model has {count:,} layers, more than the {limit:,} that mldlab.load builds, so "
        "nothing was saved. Hint: save model.state_dict() and build the model in code.",
        "ko": "mldlab.save: 모델의 층이 {count:,}개로, mldlab.load가 만드는 {limit:,}개보다 많아서 아무것도 저장하지 "
        "않았습니다. 힌트: model.state_dict()를 저장하고 모델은 코드로 만드세요.",
    },
    "io_save_description": {
        "en": "mldlab.save: the object's description would be nested {depth} levels deep with {size:,} bytes; "
        "mldlab.load reads at most {max_depth} levels and {max_size:,} bytes, so nothing was saved. Hint: save "
        "fewer nested lists and dicts, or numbers as arrays (np.array(values)).",
        "ko": "mldlab.save: 객체의 설명이 {depth}단계로 중첩되고 {size:,}바이트가 됩니다. mldlab.load는 "
        "{max_depth}단계, {max_size:,}바이트까지만 읽으므로 아무것도 저장하지 않았습니다. 힌트: 중첩된 리스트와 "
        "딕셔너리를 줄이거나, 수는 배열(np.array(values))로 저장하세요.",
    },
    "io_where_itself": {"en": "(the object itself)", "ko": "(객체 자체)"},
    "io_no_folder": {
        "en": "mldlab.save: the folder '{folder}' does not exist, so '{path}' cannot be written. Hint: create it "
        "first, e.g. os.makedirs('{folder}', exist_ok=True), or check the path (the current folder is '{cwd}').",
        "ko": "mldlab.save: 폴더 '{folder}'가 없어서 '{path}'를 쓸 수 없습니다. 힌트: 먼저 만드세요. 예) "
        "os.makedirs('{folder}', exist_ok=True). 또는 경로를 확인하세요(현재 폴더는 '{cwd}').",
    },
    "io_missing": {
        "en": "mldlab.load: there is no file '{path}'. Expected a file written by mldlab.save. Hint: check the name "
        "and the folder (the current folder is '{cwd}'); mldlab adds no suffix, so write the name in full, e.g. "
        "'model.npz'.",
        "ko": "mldlab.load: 파일 '{path}'가 없습니다. mldlab.save로 쓴 파일이어야 합니다. 힌트: 이름과 폴더를 "
        "확인하세요(현재 폴더는 '{cwd}'). mldlab은 확장자를 붙이지 않으니 'model.npz'처럼 이름을 다 쓰세요.",
    },
    "io_is_folder": {
        "en": "mldlab.load: '{path}' is a folder, not a file. Hint: give the file inside it, e.g. '{path}/model.npz'.",
        "ko": "mldlab.load: '{path}'는 파일이 아니라 폴더입니다. 힌트: 그 안의 파일을 주세요. 예) "
        "'{path}/model.npz'.",
    },
    "io_empty": {
        "en": "mldlab.load: the file '{path}' is empty (0 bytes). Expected a file written by mldlab.save. Hint: it "
        "was probably created but never written; save again.",
        "ko": "mldlab.load: 파일 '{path}'가 비어 있습니다(0바이트). mldlab.save로 쓴 파일이어야 합니다. 힌트: 파일이 "
        "만들어지기만 하고 내용이 쓰이지 않은 것 같습니다. 다시 저장하세요.",
    },
    "io_damaged": {
        "en": "mldlab.load: the file '{path}' is damaged, incomplete or not as mldlab.save writes it: {problem}. "
        "Expected a complete file written by mldlab.save. Hint: if the copy or download was cut off, copy or save "
        "it again; a file changed by hand or by another program cannot be loaded.",
        "ko": "mldlab.load: 파일 '{path}'가 손상되었거나, 끝까지 쓰이지 않았거나, mldlab.save가 쓰는 형태가 "
        "아닙니다: {problem}. mldlab.save로 쓴 온전한 파일이어야 합니다. 힌트: 복사나 내려받기가 중간에 끊겼다면 "
        "다시 복사하거나 저장하세요. 손으로 고치거나 다른 프로그램이 바꾼 파일은 불러올 수 없습니다.",
    },
    "io_problem_zip": {
        "en": "its zip directory cannot be read (the end of the file is missing or changed)",
        "ko": "zip 목록을 읽을 수 없습니다(파일의 끝부분이 없거나 바뀌었습니다)",
    },
    "io_problem_members": {
        "en": "it lists {count} members, more than the {limit:,} that mldlab reads",
        "ko": "항목이 {count}개로, mldlab이 읽는 {limit:,}개보다 많습니다",
    },
    "io_problem_entry_size": {
        "en": "entry {number} of its zip directory has a name, extra field or comment of unusual length",
        "ko": "zip 목록의 {number}번째 항목의 이름, 추가 필드나 주석의 길이가 비정상입니다",
    },
    "io_problem_repeated": {
        "en": "the member '{name}' appears twice",
        "ko": "항목 '{name}'이(가) 두 번 있습니다",
    },
    "io_problem_member_name": {
        "en": "it holds a member '{name}', which mldlab.save never writes (only 'mldlab.json' and '<name>.npy')",
        "ko": "mldlab.save가 쓰지 않는 항목 '{name}'이(가) 있습니다('mldlab.json'과 '<이름>.npy'만 씁니다)",
    },
    "io_problem_encrypted": {
        "en": "the member '{name}' is encrypted",
        "ko": "항목 '{name}'이(가) 암호화되어 있습니다",
    },
    "io_problem_compressed": {
        "en": "the member '{name}' is compressed, but mldlab.save stores members uncompressed (the file was "
        "probably zipped again by another program)",
        "ko": "항목 '{name}'이(가) 압축되어 있는데, mldlab.save는 항목을 압축하지 않고 저장합니다(다른 "
        "프로그램이 다시 압축한 것 같습니다)",
    },
    "io_problem_outside": {
        "en": "the member '{name}' claims more bytes than the file holds for it",
        "ko": "항목 '{name}'이(가) 파일에 실제로 있는 것보다 많은 바이트를 주장합니다",
    },
    "io_problem_description_size": {
        "en": "its description 'mldlab.json' has {size:,} bytes, more than the {limit:,} that mldlab reads",
        "ko": "설명 'mldlab.json'이 {size:,}바이트로, mldlab이 읽는 {limit:,}바이트보다 큽니다",
    },
    "io_problem_member_damaged": {
        "en": "the bytes of the member '{name}' are cut off or changed (its checksum does not match)",
        "ko": "항목 '{name}'의 바이트가 잘렸거나 바뀌었습니다(체크섬이 맞지 않습니다)",
    },
    "io_problem_member_missing": {
        "en": "the array '{name}' that the description names is missing",
        "ko": "설명에 나오는 배열 '{name}'이(가) 없습니다",
    },
    "io_problem_member_twice": {
        "en": "the description names the array '{name}' twice, which mldlab.save never does",
        "ko": "설명이 배열 '{name}'을(를) 두 번 가리킵니다. mldlab.save는 그렇게 쓰지 않습니다",
    },
    "io_problem_npy_magic": {
        "en": "the member '{name}.npy' is not a NumPy array (.npy)",
        "ko": "항목 '{name}.npy'가 NumPy 배열(.npy)이 아닙니다",
    },
    "io_problem_npy_version": {
        "en": "the array '{name}' is in .npy format version {version}; mldlab.save writes 1.0 (or 2.0)",
        "ko": "배열 '{name}'의 .npy 형식 버전이 {version}입니다. mldlab.save는 1.0(또는 2.0)을 씁니다",
    },
    "io_problem_npy_header": {
        "en": "the header of the array '{name}' (its dtype and shape) cannot be read",
        "ko": "배열 '{name}'의 머리(dtype과 모양)를 읽을 수 없습니다",
    },
    "io_problem_npy_dtype": {
        "en": "the array '{name}' has dtype {dtype}; mldlab.save writes only numbers and booleans",
        "ko": "배열 '{name}'의 dtype이 {dtype}입니다. mldlab.save는 수와 불리언만 씁니다",
    },
    "io_problem_npy_shape": {
        "en": "the array '{name}' has the shape {shape}, with a negative size",
        "ko": "배열 '{name}'의 모양이 {shape}로, 음수 크기가 있습니다",
    },
    "io_problem_npy_size": {
        "en": "the array '{name}' declares shape {shape} of {dtype} ({nbytes:,} bytes), but its member holds "
        "{size:,} bytes",
        "ko": "배열 '{name}'은(는) {dtype}의 모양 {shape}({nbytes:,}바이트)라고 하는데, 항목에는 {size:,}바이트가 "
        "있습니다",
    },
    "io_problem_depth": {
        "en": "its description is nested {depth} levels deep, more than the {limit} that mldlab reads",
        "ko": "설명이 {depth}단계로 중첩되어 있어, mldlab이 읽는 {limit}단계보다 깊습니다",
    },
    "io_problem_json": {
        "en": "its description 'mldlab.json' is not valid JSON (or holds a number that is not finite or has "
        "thousands of digits)",
        "ko": "설명 'mldlab.json'이 올바른 JSON이 아닙니다(또는 유한하지 않거나 수천 자리인 수가 있습니다)",
    },
    "io_problem_version": {
        "en": "its description has no valid 'version' and 'data'",
        "ko": "설명에 올바른 'version'과 'data'가 없습니다",
    },
    "io_problem_reference": {
        "en": "an array is referred to by {got}, not by a name",
        "ko": "배열을 이름이 아니라 {got}(으)로 가리킵니다",
    },
    "io_problem_entry": {
        "en": "the description has an unexpected entry {entry}",
        "ko": "설명에 예상하지 못한 항목 {entry}이(가) 있습니다",
    },
    "io_problem_scalar": {
        "en": "the scalar '{name}' has the shape {shape}, expected ()",
        "ko": "스칼라 '{name}'의 모양이 ()가 아니라 {shape}입니다",
    },
    "io_problem_float": {
        "en": "a special float is {got}, expected \"nan\", \"inf\" or \"-inf\"",
        "ko": "특수 실수 값이 \"nan\", \"inf\", \"-inf\"가 아니라 {got}입니다",
    },
    "io_problem_tuple": {
        "en": "a tuple holds {got}, expected a list",
        "ko": "튜플에 리스트가 아니라 {got}이(가) 있습니다",
    },
    "io_problem_dict": {
        "en": "a dict holds {got}, expected an object or a list of [key, value] pairs",
        "ko": "딕셔너리에 객체나 [키, 값] 쌍의 리스트가 아니라 {got}이(가) 있습니다",
    },
    "io_problem_dict_key": {
        "en": "a dict key is a {type}, expected text, a number or null",
        "ko": "딕셔너리 키가 문자열, 수, null이 아니라 {type}입니다",
    },
    "io_problem_requires_grad": {
        "en": "a tensor's requires_grad is {got}, expected true or false",
        "ko": "텐서의 requires_grad가 true나 false가 아니라 {got}입니다",
    },
    "io_problem_tensor_dtype": {
        "en": "the tensor '{name}' has dtype {dtype}, expected one of {supported}",
        "ko": "텐서 '{name}'의 dtype이 {dtype}입니다. {supported} 중 하나여야 합니다",
    },
    "io_problem_module": {
        "en": "a model is {got}, expected an object with 'architecture', 'training', 'frozen' and 'state_dict'",
        "ko": "모델이 {got}입니다. 'architecture', 'training', 'frozen', 'state_dict'가 있는 객체여야 합니다",
    },
    "io_problem_module_entries": {
        "en": "a model's 'training' is not true/false, its 'frozen' not a list of names, or its 'state_dict' not a "
        "dict of tensors",
        "ko": "모델의 'training'이 true/false가 아니거나, 'frozen'이 이름의 리스트가 아니거나, 'state_dict'가 "
        "텐서의 딕셔너리가 아닙니다",
    },
    "io_problem_layers": {
        "en": "its architecture describes {count:,} layers, more than the {limit:,} that mldlab builds",
        "ko": "구조 설명에 층이 {count:,}개 있어, mldlab이 만드는 {limit:,}개보다 많습니다",
    },
    "io_problem_frozen": {
        "en": "the frozen parameter {name} is not in the model",
        "ko": "고정된 매개변수 {name}이(가) 모델에 없습니다",
    },
    "io_max_bytes": {
        "en": "mldlab.load: max_bytes must be a whole number of bytes >= 0, got {value!r}. Hint: e.g. "
        "max_bytes=2_000_000_000 for 2 GB.",
        "ko": "mldlab.load: max_bytes는 0 이상의 정수(바이트 수)여야 하는데 {value!r}입니다. 힌트: 예: 2GB면 "
        "max_bytes=2_000_000_000.",
    },
    "io_too_big": {
        "en": "mldlab.load: the file '{path}' holds {nbytes:,} bytes of arrays, more than the limit of {limit:,} "
        "bytes, so it was not read. Hint: if you trust the file and have the memory, raise the limit: "
        "mldlab.load(path, max_bytes=...).",
        "ko": "mldlab.load: 파일 '{path}'의 배열이 {nbytes:,}바이트로 한도 {limit:,}바이트보다 커서 읽지 "
        "않았습니다. 힌트: 믿을 수 있는 파일이고 메모리가 충분하면 한도를 올리세요: "
        "mldlab.load(path, max_bytes=...).",
    },
    "io_nonfinite_load": {
        "en": "mldlab.load: the file '{path}' holds NaN or ±inf in the array '{name}' ({count} of {total} "
        "values), so it was refused, as mldlab.save refuses them. Expected finite numbers. Hint: the file was not "
        "written by mldlab.save, or was changed; save the model again from a run that did not diverge.",
        "ko": "mldlab.load: 파일 '{path}'의 배열 '{name}'에 NaN이나 ±inf가 있어서({total}개 중 {count}개) "
        "mldlab.save처럼 거부했습니다. 유한한 수여야 합니다. 힌트: mldlab.save가 쓴 파일이 아니거나 바뀐 파일입니다. "
        "발산하지 않은 학습에서 모델을 다시 저장하세요.",
    },
    "io_weights_differ": {
        "en": "mldlab.load: in the file '{path}', the weights do not fit the model's architecture (the file was "
        "changed by hand or by another program; save the model again with mldlab.save):\n{problems}",
        "ko": "mldlab.load: 파일 '{path}'의 가중치가 모델 구조와 맞지 않습니다(손으로 고치거나 다른 프로그램이 바꾼 "
        "파일입니다. mldlab.save로 모델을 다시 저장하세요):\n{problems}",
    },
    "io_newer_version": {
        "en": "mldlab.load: the file '{path}' has format version {version}, but this mldlab reads versions up to "
        "{supported}. Expected a file from this or an older mldlab. Hint: the file was written by a newer mldlab; "
        "upgrade with pip install -U mldlab.",
        "ko": "mldlab.load: 파일 '{path}'의 형식 버전은 {version}인데 이 mldlab은 {supported} 버전까지 읽습니다. 이 "
        "버전이나 더 오래된 mldlab이 쓴 파일이어야 합니다. 힌트: 더 새로운 mldlab이 쓴 파일입니다. "
        "pip install -U mldlab으로 업그레이드하세요.",
    },
    "io_object_array": {
        "en": "mldlab.load: the file '{path}' holds an array '{name}' of Python objects, which can only be read "
        "with pickle. Refused: loading a pickle can run any code. Hint: mldlab.save never writes such arrays; use "
        "files from mldlab.save, or from a source you trust with np.load(path, allow_pickle=True).",
        "ko": "mldlab.load: 파일 '{path}'에 파이썬 객체 배열 '{name}'이(가) 있는데, 이는 pickle로만 읽을 수 있습니다. "
        "pickle을 불러오면 어떤 코드든 실행될 수 있어서 거부했습니다. 힌트: mldlab.save는 이런 배열을 쓰지 "
        "않습니다. mldlab.save가 쓴 파일을 쓰거나, 믿을 수 있는 파일이면 np.load(path, allow_pickle=True)로 여세요.",
    },
    "io_pytorch": {
        "en": "mldlab.load: '{path}' is a PyTorch file (torch.save), not an mldlab file. Expected a file written by "
        "mldlab.save. Hint: load it with torch.load (weights_only=True) and use mldlab.interop.from_torch for a "
        "torch.nn model, or model.load_state_dict(...) for a state_dict.",
        "ko": "mldlab.load: '{path}'는 mldlab 파일이 아니라 PyTorch 파일(torch.save)입니다. mldlab.save로 쓴 "
        "파일이어야 합니다. 힌트: torch.load(weights_only=True)로 불러온 뒤, torch.nn 모델이면 "
        "mldlab.interop.from_torch를, state_dict면 model.load_state_dict(...)를 쓰세요.",
    },
    "io_pickle": {
        "en": "mldlab.load: '{path}' is a Python pickle file (e.g. an old PyTorch .pt or a joblib file), not an "
        "mldlab file. Refused: loading a pickle can run any code. Hint: if it comes from PyTorch and you trust it, "
        "load it with torch.load and use mldlab.interop.from_torch.",
        "ko": "mldlab.load: '{path}'는 mldlab 파일이 아니라 파이썬 pickle 파일(예: 예전 PyTorch .pt, joblib "
        "파일)입니다. pickle을 불러오면 어떤 코드든 실행될 수 있어서 거부했습니다. 힌트: PyTorch 파일이고 믿을 수 "
        "있다면 torch.load로 불러온 뒤 mldlab.interop.from_torch를 쓰세요.",
    },
    "io_keras": {
        "en": "mldlab.load: '{path}' is a Keras model file, not an mldlab file. Hint: open it with "
        "keras.saving.load_model('{path}').",
        "ko": "mldlab.load: '{path}'는 mldlab 파일이 아니라 Keras 모델 파일입니다. 힌트: "
        "keras.saving.load_model('{path}')로 여세요.",
    },
    "io_hdf5": {
        "en": "mldlab.load: '{path}' is an HDF5 file (e.g. a Keras .h5 model), not an mldlab file. Hint: open it with "
        "keras.saving.load_model or h5py.",
        "ko": "mldlab.load: '{path}'는 mldlab 파일이 아니라 HDF5 파일(예: Keras .h5 모델)입니다. 힌트: "
        "keras.saving.load_model이나 h5py로 여세요.",
    },
    "io_npz": {
        "en": "mldlab.load: '{path}' is a plain NumPy .npz file (np.savez), not an mldlab file: it has the arrays "
        "{names} but no description ('mldlab.json'). Hint: read it with np.load('{path}'); to give the arrays to "
        "a model, model.load_state_dict(dict(np.load('{path}'))).",
        "ko": "mldlab.load: '{path}'는 mldlab 파일이 아니라 보통 NumPy .npz 파일(np.savez)입니다. 배열 {names}은(는) "
        "있지만 설명('mldlab.json')이 없습니다. 힌트: np.load('{path}')로 읽으세요. 배열을 모델에 넣으려면 "
        "model.load_state_dict(dict(np.load('{path}')))를 쓰세요.",
    },
    "io_npy": {
        "en": "mldlab.load: '{path}' is a single NumPy array file (np.save), not an mldlab file. Hint: read it with "
        "np.load('{path}').",
        "ko": "mldlab.load: '{path}'는 mldlab 파일이 아니라 NumPy 배열 하나짜리 파일(np.save)입니다. 힌트: "
        "np.load('{path}')로 읽으세요.",
    },
    "io_json": {
        "en": "mldlab.load: '{path}' is a JSON text file, not an mldlab file. Expected a file written by mldlab.save "
        "(a zip holding arrays and a description). Hint: read it with json.load(open('{path}')); an architecture "
        "description becomes a model with mldlab.nn.config.module_from_config.",
        "ko": "mldlab.load: '{path}'는 mldlab 파일이 아니라 JSON 텍스트 파일입니다. mldlab.save로 쓴 파일(배열과 "
        "설명을 담은 zip)이어야 합니다. 힌트: json.load(open('{path}'))로 읽으세요. 구조 설명은 "
        "mldlab.nn.config.module_from_config로 모델이 됩니다.",
    },
    "io_zip_other": {
        "en": "mldlab.load: '{path}' is a zip file but not an mldlab file: it holds {names} and no 'mldlab.json'. "
        "Expected a file written by mldlab.save.",
        "ko": "mldlab.load: '{path}'는 zip 파일이지만 mldlab 파일이 아닙니다. {names}이(가) 있고 'mldlab.json'이 "
        "없습니다. mldlab.save로 쓴 파일이어야 합니다.",
    },
    "io_zip_empty": {
        "en": "mldlab.load: '{path}' is an empty zip file, not an mldlab file. Expected a file written by "
        "mldlab.save.",
        "ko": "mldlab.load: '{path}'는 빈 zip 파일이라 mldlab 파일이 아닙니다. mldlab.save로 쓴 파일이어야 "
        "합니다.",
    },
    "io_other_format": {
        "en": "mldlab.load: '{path}' holds an 'mldlab.json' of another format ({format}), not an mldlab file. "
        "Expected a file written by mldlab.save.",
        "ko": "mldlab.load: '{path}'의 'mldlab.json'은 다른 형식({format})이라 mldlab 파일이 아닙니다. "
        "mldlab.save로 쓴 파일이어야 합니다.",
    },
    "io_unknown": {
        "en": "mldlab.load: '{path}' is not an mldlab file (it starts with the bytes {start}). Expected a file written "
        "by mldlab.save, which is a zip holding NumPy arrays and a description. Hint: check that you gave the "
        "right file.",
        "ko": "mldlab.load: '{path}'는 mldlab 파일이 아닙니다({start} 바이트로 시작합니다). mldlab.save로 쓴 파일"
        "(NumPy 배열과 설명을 담은 zip)이어야 합니다. 힌트: 올바른 파일인지 확인하세요.",
    },
    "interop_no_torch": {
        "en": "{op} needs PyTorch, which is not installed. Hint: pip install torch (CPU is enough).",
        "ko": "{op}에는 PyTorch가 필요한데 설치되어 있지 않습니다. 힌트: pip install torch (CPU 버전이면 됩니다).",
    },
    "interop_torch_unsupported": {
        "en": "from_torch: mldlab has no equivalent of the layer {layer}. Expected a torch.nn.Sequential (or "
        "a single layer) built only from: {supported}. Hint: for your own class, write the same class in mldlab "
        "(same attribute names) and copy the weights: model.load_state_dict(torch_model.state_dict()).",
        "ko": "from_torch: 층 {layer}에 해당하는 mldlab 층이 없습니다. 다음 층들로만 만든 torch.nn.Sequential"
        "(또는 층 하나)여야 합니다: {supported}. 힌트: 직접 만든 클래스라면 같은 클래스를 mldlab으로 (같은 속성 "
        "이름으로) 쓰고 가중치를 복사하세요: model.load_state_dict(torch_model.state_dict()).",
    },
    "interop_torch_dtype": {
        "en": "from_torch: the layer {layer} has weights of type {dtype}. Expected torch.float16, "
        "torch.float32 or torch.float64. Hint: convert first, e.g. torch_model.float().",
        "ko": "from_torch: 층 {layer}의 가중치 타입이 {dtype}입니다. torch.float16, torch.float32, "
        "torch.float64 중 하나여야 합니다. 힌트: 먼저 변환하세요. 예) torch_model.float().",
    },
    "interop_code_name": {
        "en": "{op}: name must be a Python variable name, got {name!r}. Hint: e.g. name=\"model\".",
        "ko": "{op}: name은 파이썬 변수 이름이어야 하는데 {name!r}입니다. 힌트: 예) name=\"model\".",
    },
    "interop_hint_from_torch": {
        "en": " Hint: for a PyTorch model, use mldlab.interop.from_torch(torch_model) first.",
        "ko": " 힌트: PyTorch 모델이면 먼저 mldlab.interop.from_torch(torch_model)를 쓰세요.",
    },
    "interop_not_torch": {
        "en": "from_torch: expected a torch.nn.Module, got {type}. Hint: an mldlab model needs no conversion; to "
        "go to PyTorch, use mldlab.interop.to_torch(model).",
        "ko": "from_torch: torch.nn.Module이 필요한데 {type}입니다. 힌트: mldlab 모델은 변환할 필요가 없습니다. "
        "PyTorch로 옮기려면 mldlab.interop.to_torch(model)를 쓰세요.",
    },
    "interop_keras_input_shape": {
        "en": "to_keras_code: cannot tell the shape of one input sample, since the model does not start with a "
        "Linear layer. Expected input_shape. Hint: give the shape of one sample without the batch axis, e.g. "
        "to_keras_code(model, input_shape=(28, 28)) for 28×28 images.",
        "ko": "to_keras_code: 모델이 Linear 층으로 시작하지 않아서 입력 샘플 하나의 모양을 알 수 없습니다. "
        "input_shape가 필요합니다. 힌트: 배치 축을 뺀 샘플 하나의 모양을 주세요. 예) 28×28 이미지면 "
        "to_keras_code(model, input_shape=(28, 28)).",
    },
    "interop_keras_bad_shape": {
        "en": "to_keras_code: input_shape must be a tuple of whole numbers > 0 (one sample, without the batch axis), "
        "got {shape!r}. Hint: e.g. input_shape=(2,).",
        "ko": "to_keras_code: input_shape는 0보다 큰 정수들의 튜플(배치 축을 뺀 샘플 하나의 모양)이어야 하는데 "
        "{shape!r}입니다. 힌트: 예) input_shape=(2,).",
    },
    "interop_keras_unsupported": {
        "en": "to_keras_code: Keras has no layer for {layer}: {reason}. Hint: change this layer in the "
        "mldlab model, or write the Keras model by hand for this part.",
        "ko": "to_keras_code: {layer}에 해당하는 Keras 층이 없습니다: {reason}. 힌트: mldlab 모델에서 이 "
        "층을 바꾸거나, 이 부분은 Keras 모델을 직접 쓰세요.",
    },
    "interop_keras_flatten": {
        "en": "Keras's Flatten keeps only the batch axis (start_dim=1, end_dim=-1), here start_dim={start}, "
        "end_dim={end} for inputs with {ndim} axes",
        "ko": "Keras의 Flatten은 배치 축만 남기는데(start_dim=1, end_dim=-1), 여기서는 {ndim}축 입력에 "
        "start_dim={start}, end_dim={end}입니다",
    },
    "interop_keras_batch_axis": {
        "en": "it works along axis {dim}, the batch axis, which mixes the samples of a batch; Keras models work "
        "sample by sample",
        "ko": "배치 축인 {dim}번 축을 따라 계산해서 배치 안의 샘플들을 섞습니다. Keras 모델은 샘플마다 계산합니다",
    },
    "interop_keras_dim": {
        "en": "dim={dim} does not exist for inputs with {ndim} axes",
        "ko": "{ndim}축 입력에는 dim={dim}인 축이 없습니다",
    },
    "interop_keras_log_softmax": {
        "en": "Keras computes log_softmax only along the last axis, here dim={dim} for inputs with {ndim} axes",
        "ko": "Keras는 log_softmax를 마지막 축으로만 계산하는데, 여기서는 {ndim}축 입력에 dim={dim}입니다",
    },
    "interop_keras_dtypes": {
        "en": "to_keras_code: the Linear layers have different dtypes ({dtypes}). Expected one dtype for the whole "
        "model. Hint: convert the model first, e.g. model.float().",
        "ko": "to_keras_code: Linear 층들의 dtype이 서로 다릅니다({dtypes}). 모델 전체가 한 dtype이어야 합니다. "
        "힌트: 먼저 모델을 변환하세요. 예) model.float().",
    },
}
