"""Messages of the engine (tensors and ops), in English and Korean: what went wrong, what was expected, a hint."""

MESSAGES = {
    "broadcast": {
        "en": "{op}: shapes {a} and {b} cannot be broadcast together. Expected each pair of trailing sizes to be "
        "equal or 1. Hint: check the shapes, or use reshape/unsqueeze to line the axes up.",
        "ko": "{op}: 모양 {a}와 {b}는 브로드캐스트할 수 없습니다. 뒤에서부터 짝지은 크기가 같거나 1이어야 합니다. "
        "힌트: 모양을 확인하거나 reshape/unsqueeze로 축을 맞추세요.",
    },
    "dim_out_of_range": {
        "en": "{op}: dimension {dim} is out of range for a tensor with {ndim} dimension(s). Expected a dim from "
        "{low} to {high}.",
        "ko": "{op}: 차원 {dim}은(는) {ndim}차원 텐서의 범위를 벗어납니다. {low}부터 {high}까지의 dim을 써야 합니다.",
    },
    "requires_grad_dtype": {
        "en": "Only floating-point tensors can require gradients, got {dtype}. Hint: make it a float tensor first, "
        "e.g. mldlab.tensor([1.0, 2.0], requires_grad=True) or x.float().",
        "ko": "기울기(gradient)는 실수형 텐서만 가질 수 있는데 {dtype}입니다. 힌트: 먼저 실수형으로 만드세요. "
        "예: mldlab.tensor([1.0, 2.0], requires_grad=True) 또는 x.float().",
    },
    "requires_grad_nonleaf": {
        "en": "requires_grad can only be switched off on a leaf tensor (one you made yourself). Hint: use "
        "x.detach() to get the values without the graph.",
        "ko": "requires_grad는 직접 만든 잎(leaf) 텐서에서만 끌 수 있습니다. 힌트: 그래프 없이 값만 필요하면 "
        "x.detach()를 쓰세요.",
    },
    "numpy_requires_grad": {
        "en": "numpy(): this tensor requires grad and is part of a graph. Expected a tensor without gradient "
        "tracking. Hint: call x.detach().numpy().",
        "ko": "numpy(): 이 텐서는 기울기를 추적하는 그래프의 일부입니다. 힌트: x.detach().numpy()를 쓰세요.",
    },
    "item_size": {
        "en": "item(): only a tensor with exactly one element can become a Python number, got shape {shape} "
        "({n} elements). Hint: reduce it first, e.g. x.sum().item() or x[0].item().",
        "ko": "item(): 원소가 정확히 하나인 텐서만 파이썬 숫자로 바꿀 수 있는데, 모양이 {shape}({n}개)입니다. "
        "힌트: 먼저 줄이세요. 예: x.sum().item(), x[0].item().",
    },
    "device": {
        "en": "device {device!r} is not available: mldlab runs on the CPU. Expected 'cpu'. Hint: remove .to(device) "
        "or use device='cpu'.",
        "ko": "장치 {device!r}는 쓸 수 없습니다. mldlab은 CPU에서 실행됩니다. 'cpu'를 쓰세요.",
    },
    "backward_no_grad": {
        "en": "backward(): this tensor does not require grad, so there is no graph to go back through. Hint: create "
        "the weights with requires_grad=True, and do not compute the loss inside mldlab.no_grad().",
        "ko": "backward(): 이 텐서는 기울기를 추적하지 않아 거슬러 올라갈 그래프가 없습니다. 힌트: 가중치를 "
        "requires_grad=True로 만들고, 손실을 mldlab.no_grad() 안에서 계산하지 마세요.",
    },
    "backward_nonscalar": {
        "en": "backward(): the gradient can only be created implicitly for a single number, but this tensor has shape "
        "{shape}. Hint: reduce it to the loss first (e.g. .mean() or .sum()), or pass backward(gradient=...) of the "
        "same shape.",
        "ko": "backward(): 기울기는 숫자 하나(스칼라)에서만 자동으로 시작할 수 있는데, 이 텐서의 모양은 {shape}입니다. "
        "힌트: 먼저 .mean()이나 .sum()으로 손실 하나로 줄이거나, 같은 모양의 backward(gradient=...)를 주세요.",
    },
    "backward_gradient_shape": {
        "en": "backward(): gradient has shape {got}, expected the tensor's shape {shape}.",
        "ko": "backward(): gradient의 모양이 {got}인데, 텐서와 같은 모양 {shape}이어야 합니다.",
    },
    "backward_twice": {
        "en": "backward(): trying to go back through the graph a second time (at '{op}'); its saved values were "
        "freed after the first backward(). Hint: compute the loss again (a new forward pass), or call "
        "backward(retain_graph=True) the first time.",
        "ko": "backward(): 그래프를 두 번째로 거슬러 올라가려 합니다('{op}'에서). 첫 backward() 후 저장된 값은 "
        "지워졌습니다. 힌트: 순전파를 다시 해서 손실을 새로 계산하거나, 처음에 backward(retain_graph=True)를 쓰세요.",
    },
    "t_ndim": {
        "en": "t(): expects a tensor with at most 2 dimensions, got {ndim}. Hint: use transpose(dim0, dim1).",
        "ko": "t(): 2차원 이하 텐서만 받는데 {ndim}차원입니다. 힌트: transpose(dim0, dim1)를 쓰세요.",
    },
    "len_0d": {
        "en": "len() of a 0-d tensor (a single number).",
        "ko": "0차원 텐서(숫자 하나)에는 len()을 쓸 수 없습니다.",
    },
    "iter_0d": {
        "en": "iteration over a 0-d tensor (a single number).",
        "ko": "0차원 텐서(숫자 하나)는 반복할 수 없습니다.",
    },
    "bool_ambiguous": {
        "en": "The truth value of a tensor with shape {shape} is ambiguous. Hint: use .any() or .all().",
        "ko": "모양이 {shape}인 텐서의 참/거짓은 정할 수 없습니다. 힌트: .any()나 .all()을 쓰세요.",
    },
    "index_float": {
        "en": "Only integer tensors of one element can be used as an index.",
        "ko": "원소가 하나인 정수 텐서만 인덱스로 쓸 수 있습니다.",
    },
    "ragged": {
        "en": "tensor(): the nested lists have rows of different lengths. Expected a rectangular shape, e.g. "
        "[[1, 2], [3, 4]].",
        "ko": "tensor(): 중첩 리스트의 행 길이가 서로 다릅니다. [[1, 2], [3, 4]]처럼 직사각형 모양이어야 합니다.",
    },
    "complex": {"en": "complex numbers are not supported.", "ko": "복소수는 지원하지 않습니다."},
    "tensor_none": {
        "en": "tensor(): got None instead of data. Expected numbers, e.g. mldlab.tensor([1.0, 2.0]). Hint: a function "
        "that returns nothing (no return statement) gives None.",
        "ko": "tensor(): 데이터 대신 None을 받았습니다. 숫자여야 합니다. 예) mldlab.tensor([1.0, 2.0]). 힌트: return "
        "문이 없는 함수는 None을 돌려줍니다.",
    },
    "not_numeric": {
        "en": "tensor(): cannot make a tensor from {type} (dtype {dtype}). Expected numbers: int, float or bool.",
        "ko": "tensor(): {type}(dtype {dtype})로는 텐서를 만들 수 없습니다. 정수, 실수, 불리언 숫자여야 합니다.",
    },
    "from_numpy": {
        "en": "from_numpy(): expected a NumPy array, got {type}. Hint: use mldlab.tensor(...).",
        "ko": "from_numpy(): NumPy 배열이어야 하는데 {type}입니다. 힌트: mldlab.tensor(...)를 쓰세요.",
    },
    "size": {
        "en": "size {size} is not valid. Expected non-negative integers, e.g. zeros(2, 3).",
        "ko": "크기 {size}는 올바르지 않습니다. zeros(2, 3)처럼 0 이상의 정수여야 합니다.",
    },
    "arange_step": {"en": "arange(): step must not be 0.", "ko": "arange(): step은 0이 될 수 없습니다."},
    "linspace_steps": {
        "en": "linspace(): steps must be a non-negative integer, got {steps!r}.",
        "ko": "linspace(): steps는 0 이상의 정수여야 하는데 {steps!r}입니다.",
    },
    "randint_size": {
        "en": "randint(): size is required, e.g. randint(0, 10, (3,)).",
        "ko": "randint(): size가 필요합니다. 예: randint(0, 10, (3,)).",
    },
    "randint_range": {
        "en": "randint(): expected low < high, got low={low}, high={high}.",
        "ko": "randint(): low < high여야 하는데 low={low}, high={high}입니다.",
    },
    "neg_bool": {
        "en": "negation of a bool tensor is not defined. Hint: use ~x (logical not).",
        "ko": "불리언 텐서에는 부호 바꾸기(-)를 쓸 수 없습니다. 힌트: 논리 부정은 ~x입니다.",
    },
    "sub_bool": {
        "en": "sub: subtraction with a bool tensor or a Python bool is not supported (as in PyTorch). Expected "
        "numbers. Hint: to invert a mask use ~mask; to compute with it, convert first: mask.float().",
        "ko": "sub: 불리언 텐서나 파이썬 bool로는 뺄셈을 할 수 없습니다(PyTorch와 같음). 숫자여야 합니다. "
        "힌트: 마스크를 뒤집으려면 ~mask, 계산에 쓰려면 먼저 mask.float()로 바꾸세요.",
    },
    "pow_int_negative": {
        "en": "pow: integers cannot be raised to negative integer powers. Hint: use a float tensor, x.float() ** -1.",
        "ko": "pow: 정수를 음의 정수 거듭제곱할 수 없습니다. 힌트: 실수형으로 바꾸세요. x.float() ** -1.",
    },
    "matmul_type": {
        "en": "matmul: expected two tensors, got {a} and {b}. Hint: wrap numbers with mldlab.tensor(...).",
        "ko": "matmul: 두 텐서가 필요한데 {a}와 {b}입니다. 힌트: mldlab.tensor(...)로 감싸세요.",
    },
    "matmul_0d": {
        "en": "matmul: both arguments need at least 1 dimension, got shapes {a} and {b}. Hint: use * for a number.",
        "ko": "matmul: 두 인자 모두 1차원 이상이어야 하는데 모양이 {a}와 {b}입니다. 힌트: 숫자를 곱할 때는 *를 쓰세요.",
    },
    "matmul_shape": {
        "en": "matmul: shapes {a} and {b} cannot be multiplied ({ka} ≠ {kb}). Expected the last dimension of the first "
        "to equal the first (or second-to-last) dimension of the second. Hint: transpose one of them (x.T).",
        "ko": "matmul: 모양 {a}와 {b}는 곱할 수 없습니다({ka} ≠ {kb}). 앞 행렬의 마지막 차원이 뒤 행렬의 첫(또는 "
        "뒤에서 두 번째) 차원과 같아야 합니다. 힌트: 하나를 전치(x.T)해 보세요.",
    },
    "matmul_batch": {
        "en": "matmul: the batch dimensions of {a} and {b} cannot be broadcast together.",
        "ko": "matmul: {a}와 {b}의 배치 차원은 브로드캐스트할 수 없습니다.",
    },
    "mean_dtype": {
        "en": "mean(): expected a floating-point tensor, got {dtype}. Hint: x.float().mean().",
        "ko": "mean(): 실수형 텐서여야 하는데 {dtype}입니다. 힌트: x.float().mean().",
    },
    "reduce_empty": {
        "en": "{op}(): the tensor is empty, so it has no {op}.",
        "ko": "{op}(): 빈 텐서에는 {op} 값이 없습니다.",
    },
    "reshape": {
        "en": "{op}: shape {shape} is invalid for a tensor of shape {source} ({n} elements). Expected sizes whose "
        "product is {n}; one size may be -1.",
        "ko": "{op}: 모양 {source}(원소 {n}개)인 텐서를 {shape}(으)로 바꿀 수 없습니다. 크기의 곱이 {n}이어야 "
        "하며, 한 크기는 -1로 둘 수 있습니다.",
    },
    "flatten_dims": {
        "en": "flatten: start_dim ({start}) must come before end_dim ({end}).",
        "ko": "flatten: start_dim({start})이 end_dim({end})보다 앞에 있어야 합니다.",
    },
    "permute": {
        "en": "permute: dims {dims} are not a reordering of the {ndim} axes. Expected each of 0 … {ndim}-1 once.",
        "ko": "permute: {dims}는 {ndim}개 축의 순서 바꾸기가 아닙니다. 0 … {ndim}-1을 한 번씩 써야 합니다.",
    },
    "expand": {
        "en": "expand: a tensor of shape {shape} cannot be expanded to {sizes}. Only axes of length 1 can grow.",
        "ko": "expand: 모양 {shape}인 텐서를 {sizes}(으)로 늘릴 수 없습니다. 길이 1인 축만 늘릴 수 있습니다.",
    },
    "index": {
        "en": "{op}: this index does not fit a tensor of shape {shape} ({detail}).",
        "ko": "{op}: 이 인덱스는 모양 {shape}인 텐서에 맞지 않습니다({detail}).",
    },
    "index_range": {
        "en": "{op}: index {index} is out of range for dim {dim} (size {size}) of a tensor of shape {shape}. "
        "Expected an index from {low} to {high}.",
        "ko": "{op}: 인덱스 {index}은(는) 모양 {shape}인 텐서의 차원 {dim}(크기 {size}) 범위를 벗어납니다. "
        "{low}부터 {high}까지의 인덱스를 써야 합니다.",
    },
    "index_too_many": {
        "en": "{op}: {n} indices for a tensor of shape {shape}, which has only {ndim} dimension(s). Expected at most "
        "{ndim}.",
        "ko": "{op}: 모양 {shape}인 텐서는 {ndim}차원인데 인덱스가 {n}개입니다. {ndim}개 이하여야 합니다.",
    },
    "index_mask": {
        "en": "{op}: the boolean mask has size {mask} at dim {dim}, but the tensor of shape {shape} has size {size} "
        "there. Expected a mask of the tensor's shape, e.g. x[x > 0].",
        "ko": "{op}: 불리언 마스크의 차원 {dim} 크기는 {mask}인데 모양 {shape}인 텐서는 그 차원의 크기가 {size}입니다. "
        "x[x > 0]처럼 텐서와 같은 모양의 마스크여야 합니다.",
    },
    "index_type": {
        "en": "{op}: a tensor of shape {shape} can be indexed with integers, slices, None, ..., integer tensors or "
        "boolean masks. Hint: turn float indices into integers with .long().",
        "ko": "{op}: 모양 {shape}인 텐서의 인덱스는 정수, 슬라이스, None, ..., 정수 텐서, 불리언 마스크여야 합니다. "
        "힌트: 실수 인덱스는 .long()으로 정수로 바꾸세요.",
    },
    "clamp_bounds": {
        "en": "clamp: expected at least one of min and max, got neither. Hint: x.clamp(min=0).",
        "ko": "clamp: min과 max 중 하나는 있어야 하는데 둘 다 없습니다. 힌트: x.clamp(min=0).",
    },
    "var_correction": {
        "en": "{op}: expected either unbiased or correction, got both. Hint: correction=0 is unbiased=False.",
        "ko": "{op}: unbiased와 correction 중 하나만 주어야 하는데 둘 다 주었습니다. "
        "힌트: correction=0은 unbiased=False와 같습니다.",
    },
    "dtype": {
        "en": "unknown or unsupported dtype {dtype!r}. Expected mldlab.float32, mldlab.float64, mldlab.int64, "
        "mldlab.int32 or mldlab.bool.",
        "ko": "알 수 없거나 지원하지 않는 dtype {dtype!r}입니다. mldlab.float32, mldlab.float64, mldlab.int64, "
        "mldlab.int32, mldlab.bool 중 하나여야 합니다.",
    },
    "where_shape": {
        "en": "where: condition {c}, x {x} and y {y} cannot be broadcast together.",
        "ko": "where: 조건 {c}, x {x}, y {y}의 모양을 브로드캐스트할 수 없습니다.",
    },
    "cat_list": {
        "en": "{op}: expected a non-empty list or tuple of tensors, e.g. {op}([a, b], dim=0).",
        "ko": "{op}: 비어 있지 않은 텐서의 리스트나 튜플이어야 합니다. 예: {op}([a, b], dim=0).",
    },
    "cat_shapes": {
        "en": "{op}: the shapes {shapes} do not fit together along dim={dim}. Expected equal sizes on every other axis "
        "(for stack: equal shapes).",
        "ko": "{op}: 모양 {shapes}는 dim={dim}을 따라 이어 붙일 수 없습니다. 다른 축의 크기가 모두 같아야 "
        "합니다(stack은 모양이 모두 같아야 함).",
    },
    "inplace_leaf": {
        "en": "{op}: a leaf tensor that requires grad (a weight) is being changed in place while gradients are being "
        "recorded. Hint: update weights inside 'with mldlab.no_grad():'.",
        "ko": "{op}: 기울기를 추적하는 잎 텐서(가중치)를 기울기 기록 중에 제자리에서 바꾸려 합니다. "
        "힌트: 가중치 갱신은 'with mldlab.no_grad():' 안에서 하세요.",
    },
    "inplace_nonleaf": {
        "en": "{op}: this tensor is part of a graph, so it cannot be changed in place. Hint: compute a new tensor, "
        "e.g. x = x + 1, or work on x.detach().",
        "ko": "{op}: 이 텐서는 그래프의 일부라 제자리에서 바꿀 수 없습니다. 힌트: x = x + 1처럼 새 텐서를 만들거나 "
        "x.detach()에서 작업하세요.",
    },
    "inplace_dtype": {
        "en": "{op} in place: the result of type {other} cannot be stored in a tensor of type {dtype}. Hint: convert "
        "first, e.g. x = x.float().",
        "ko": "제자리 {op}: {other} 결과를 {dtype} 텐서에 저장할 수 없습니다. 힌트: x = x.float()처럼 먼저 바꾸세요.",
    },
    "tensor_constructor": {
        "en": "Tensor(): expected sizes (Tensor(2, 3)) or one sequence of numbers (Tensor([1.0, 2.0])), got ({args}). "
        "Hint: mldlab.tensor(data) makes a tensor from data.",
        "ko": "Tensor(): 크기(Tensor(2, 3))나 숫자 시퀀스 하나(Tensor([1.0, 2.0]))가 필요한데 ({args})입니다. "
        "힌트: 데이터로 텐서를 만들 때는 mldlab.tensor(data)를 쓰세요.",
    },
}
