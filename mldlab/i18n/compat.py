"""Messages of the PyTorch-compatible extras (creation keywords, ordering ops, samplers, schedulers, clipping,
legacy arguments), in English and Korean."""

MESSAGES = {
    "size_twice": {
        "en": "The shape was given twice: as sizes {sizes} and as size={size}. Expected one of them. Hint: write "
        "zeros(2, 3) or zeros(size=(2, 3)).",
        "ko": "모양을 두 번 주었습니다: 크기 {sizes}와 size={size}. 둘 중 하나만 써야 합니다. "
        "힌트: zeros(2, 3) 또는 zeros(size=(2, 3))처럼 쓰세요.",
    },
    "arange_end": {
        "en": "arange() needs at least end, got neither start nor end. Hint: arange(5) or arange(start=0, end=5).",
        "ko": "arange()에는 적어도 end가 필요한데 start도 end도 없습니다. 힌트: arange(5) 또는 "
        "arange(start=0, end=5).",
    },
    "normal_size": {
        "en": "normal(mean, std) with two numbers needs a size. Expected e.g. normal(0.0, 1.0, size=(2, 3)), or a "
        "tensor for mean or std.",
        "ko": "숫자 두 개로 normal(mean, std)을 부를 때는 size가 필요합니다. 예: normal(0.0, 1.0, size=(2, 3)), "
        "또는 mean이나 std를 텐서로 주세요.",
    },
    "normal_std": {
        "en": "normal: std must be >= 0, got {std}. Hint: std is a standard deviation, never negative.",
        "ko": "normal: std는 0 이상이어야 하는데 {std}입니다. 힌트: std는 표준편차이므로 음수가 될 수 없습니다.",
    },
    "topk_k": {
        "en": "topk: k = {k} is out of range: expected a whole number from 0 to {n} (the length of the dimension).",
        "ko": "topk: k = {k}는 범위를 벗어납니다. 0부터 {n}(그 차원의 길이)까지의 정수여야 합니다.",
    },
    "round_integer": {
        "en": "round(decimals=...) works on floating-point tensors, got {dtype}. Hint: integers are already whole; "
        "convert with x.float() first if you need decimals.",
        "ko": "round(decimals=...)는 실수형 텐서에만 쓸 수 있는데 {dtype}입니다. 힌트: 정수는 이미 반올림된 값입니다. "
        "소수 자리가 필요하면 먼저 x.float()로 바꾸세요.",
    },
    "alias_twice": {
        "en": "{op}(): {alias} and {name} mean the same thing, got both. Expected only one of them.",
        "ko": "{op}(): {alias}와 {name}는 같은 뜻인데 둘 다 주었습니다. 하나만 써야 합니다.",
    },
    "legacy_tensor_dtype": {
        "en": "{name}(tensor) needs a tensor of its own dtype, got {dtype}. Hint: convert with x.float(), x.long() "
        "or x.to(dtype).",
        "ko": "{name}(tensor)에는 같은 dtype의 텐서가 필요한데 {dtype}입니다. 힌트: x.float(), x.long(), "
        "x.to(dtype)로 바꾸세요.",
    },
    "data_sampler_iter": {
        "en": "{name} must define __iter__ (the indices to visit, in order).",
        "ko": "{name}에는 __iter__(방문할 인덱스를 순서대로 내놓는 메서드)가 있어야 합니다.",
    },
    "data_sampler_replacement": {
        "en": "RandomSampler: replacement must be True or False, got {value!r}.",
        "ko": "RandomSampler: replacement는 True나 False여야 하는데 {value!r}입니다.",
    },
    "data_sampler_num_samples": {
        "en": "RandomSampler: num_samples must be a whole number >= 1, got {value!r}. Hint: is the data set empty?",
        "ko": "RandomSampler: num_samples는 1 이상의 정수여야 하는데 {value!r}입니다. 힌트: 데이터셋이 비어 있나요?",
    },
    "data_sampler_drop_last": {
        "en": "BatchSampler: drop_last must be True or False, got {value!r}.",
        "ko": "BatchSampler: drop_last는 True나 False여야 하는데 {value!r}입니다.",
    },
    "data_split_fraction": {
        "en": "random_split: the fraction at index {index} is {value}, expected a number between 0 and 1.",
        "ko": "random_split: 인덱스 {index}의 비율이 {value}인데, 0과 1 사이의 수여야 합니다.",
    },
    "data_split_empty": {
        "en": "random_split: the part at index {index} gets 0 samples (an empty data set).",
        "ko": "random_split: 인덱스 {index}의 부분에 샘플이 0개입니다(빈 데이터셋).",
    },
    "data_split_sum": {
        "en": "random_split: the lengths {lengths} add up to {total}, but the data set has {n} samples. Expected "
        "counts that add up to {n}, or fractions that add up to 1 (e.g. [0.8, 0.2]).",
        "ko": "random_split: 길이 {lengths}의 합은 {total}인데 데이터셋에는 샘플이 {n}개 있습니다. 합이 {n}인 "
        "개수나 합이 1인 비율(예: [0.8, 0.2])을 주세요.",
    },
    "data_loader_sampler_shuffle": {
        "en": "DataLoader: sampler and shuffle=True cannot be used together: the sampler already decides the order. "
        "Hint: leave shuffle out, or use RandomSampler/SubsetRandomSampler for a random order.",
        "ko": "DataLoader: sampler와 shuffle=True는 함께 쓸 수 없습니다. 순서는 sampler가 정합니다. "
        "힌트: shuffle을 빼거나, 무작위 순서가 필요하면 RandomSampler/SubsetRandomSampler를 쓰세요.",
    },
    "data_loader_batch_sampler": {
        "en": "DataLoader: batch_sampler already makes the batches, so batch_size, shuffle, sampler and drop_last "
        "must keep their defaults.",
        "ko": "DataLoader: batch_sampler가 이미 배치를 만들므로 batch_size, shuffle, sampler, drop_last는 "
        "기본값으로 두어야 합니다.",
    },
    "data_loader_num_workers": {
        "en": "DataLoader: num_workers must be >= 0, got {value}. (mldlab always loads in this process.)",
        "ko": "DataLoader: num_workers는 0 이상이어야 하는데 {value}입니다. (mldlab은 항상 이 프로세스에서 "
        "읽습니다.)",
    },
    "data_loader_timeout": {
        "en": "DataLoader: timeout must be >= 0, got {value}.",
        "ko": "DataLoader: timeout은 0 이상이어야 하는데 {value}입니다.",
    },
    "data_loader_prefetch": {
        "en": "DataLoader: prefetch_factor={value} only applies with num_workers > 0 (as in PyTorch). Hint: leave "
        "prefetch_factor out.",
        "ko": "DataLoader: prefetch_factor={value}는 num_workers > 0일 때만 쓸 수 있습니다(PyTorch와 같음). "
        "힌트: prefetch_factor를 빼세요.",
    },
    "data_loader_prefetch_negative": {
        "en": "DataLoader: prefetch_factor must be >= 0, got {value}.",
        "ko": "DataLoader: prefetch_factor는 0 이상이어야 하는데 {value}입니다.",
    },
    "data_loader_persistent": {
        "en": "DataLoader: persistent_workers=True needs num_workers > 0 (as in PyTorch).",
        "ko": "DataLoader: persistent_workers=True에는 num_workers > 0이 필요합니다(PyTorch와 같음).",
    },
    "sched_t_mult": {
        "en": "CosineAnnealingWarmRestarts: T_mult must be a whole number >= 1, got {value!r}.",
        "ko": "CosineAnnealingWarmRestarts: T_mult는 1 이상의 정수여야 하는데 {value!r}입니다.",
    },
    "sched_number": {
        "en": "{name}: {option} must be a number, got {value!r}.",
        "ko": "{name}: {option}은(는) 수여야 하는데 {value!r}입니다.",
    },
    "sched_epoch": {
        "en": "CosineAnnealingWarmRestarts.step(epoch): epoch must be >= 0, got {value}.",
        "ko": "CosineAnnealingWarmRestarts.step(epoch): epoch는 0 이상이어야 하는데 {value}입니다.",
    },
    "sched_per_group": {
        "en": "{name}: expected one {option} per parameter group ({expected}), got {got}.",
        "ko": "{name}: 파라미터 그룹마다 {option}이(가) 하나씩({expected}개) 있어야 하는데 {got}개입니다.",
    },
    "sched_pct_start": {
        "en": "OneCycleLR: pct_start must be a float between 0 and 1, got {value!r}. Hint: e.g. pct_start=0.3.",
        "ko": "OneCycleLR: pct_start는 0과 1 사이의 실수여야 하는데 {value!r}입니다. 힌트: 예) pct_start=0.3.",
    },
    "sched_anneal": {
        "en": "OneCycleLR: anneal_strategy must be 'cos' or 'linear', got {value!r}.",
        "ko": "OneCycleLR: anneal_strategy는 'cos'나 'linear'여야 하는데 {value!r}입니다.",
    },
    "sched_cycle_momentum": {
        "en": "OneCycleLR: cycle_momentum=True needs an optimizer with momentum or betas, got {type}. Hint: pass "
        "cycle_momentum=False.",
        "ko": "OneCycleLR: cycle_momentum=True에는 momentum이나 betas가 있는 옵티마이저가 필요한데 {type}입니다. "
        "힌트: cycle_momentum=False를 주세요.",
    },
    "sched_one_cycle_done": {
        "en": "OneCycleLR: step {step} is past the end of the cycle of {total} steps. Hint: total_steps (or "
        "epochs × steps_per_epoch) must count every scheduler.step() call.",
        "ko": "OneCycleLR: {step}번째 단계는 {total}단계 주기의 끝을 지났습니다. 힌트: total_steps(또는 "
        "epochs × steps_per_epoch)가 scheduler.step() 호출 횟수를 모두 세어야 합니다.",
    },
    "sched_one_cycle_steps": {
        "en": "OneCycleLR: give total_steps, or both epochs and steps_per_epoch.",
        "ko": "OneCycleLR: total_steps를 주거나, epochs와 steps_per_epoch를 함께 주세요.",
    },
    "loss_legacy_reduction": {
        "en": "{op}: size_average and reduce are deprecated (PyTorch's old arguments); they mean "
        "reduction='{reduction}' here, so write that instead.",
        "ko": "{op}: size_average와 reduce는 더 이상 쓰지 않는 (PyTorch의 옛) 인자입니다. 여기서는 "
        "reduction='{reduction}'과 같으니 그렇게 쓰세요.",
    },
    "one_hot_dtype": {
        "en": "one_hot: the classes must be an int64 tensor (class indices), got {dtype}. Hint: y.long().",
        "ko": "one_hot: 클래스는 int64 텐서(클래스 번호)여야 하는데 {dtype}입니다. 힌트: y.long().",
    },
    "one_hot_negative": {
        "en": "one_hot: class values must be >= 0, got {value}.",
        "ko": "one_hot: 클래스 값은 0 이상이어야 하는데 {value}입니다.",
    },
    "one_hot_too_large": {
        "en": "one_hot: class values must be smaller than num_classes = {num_classes}, got {value}.",
        "ko": "one_hot: 클래스 값은 num_classes = {num_classes}보다 작아야 하는데 {value}입니다.",
    },
    "one_hot_empty": {
        "en": "one_hot: cannot infer the number of classes from an empty tensor. Hint: give num_classes.",
        "ko": "one_hot: 빈 텐서에서는 클래스 개수를 알 수 없습니다. 힌트: num_classes를 주세요.",
    },
    "clip_empty_generator": {
        "en": "clip_grad_norm_: parameters is an empty generator, so no gradient is clipped. Hint: a generator such as "
        "model.parameters() can be used only once; call it again.",
        "ko": "clip_grad_norm_: parameters가 빈 제너레이터라서 기울기를 하나도 자르지 않습니다. 힌트: "
        "model.parameters() 같은 제너레이터는 한 번만 쓸 수 있으니 다시 호출하세요.",
    },
    "clip_nonfinite": {
        "en": "clip_grad_norm_: the total norm of order {norm_type} of the gradients is NaN or infinite, so they "
        "cannot be clipped. Hint: lower the learning rate or look for a log of 0; error_if_nonfinite=False scales by "
        "it anyway.",
        "ko": "clip_grad_norm_: 기울기의 {norm_type}차 전체 노름이 NaN이거나 무한대라서 자를 수 없습니다. 힌트: "
        "학습률을 낮추거나 log(0)이 있는지 보세요. error_if_nonfinite=False이면 그래도 그 값으로 나눕니다.",
    },
    "vector_not_tensor": {
        "en": "vector_to_parameters: expected a Tensor, got {type}.",
        "ko": "vector_to_parameters: 텐서가 필요한데 {type}입니다.",
    },
    "norm_order": {
        "en": "norm: order {p!r} is not available: mldlab has the vector norms (p = 1, 2, inf, -inf, 0 or any number) "
        "and the Frobenius norm ('fro'). Hint: for a matrix norm, flatten first or write the formula out.",
        "ko": "norm: 차수 {p!r}는 쓸 수 없습니다. mldlab에는 벡터 노름(p = 1, 2, inf, -inf, 0 또는 임의의 수)과 "
        "프로베니우스 노름('fro')만 있습니다. 힌트: 행렬 노름이 필요하면 먼저 펼치거나 식을 직접 쓰세요.",
    },
    "gather_index": {
        "en": "gather: the index must be an int64 tensor with as many dimensions as the input and no larger in any "
        "dimension but dim {dim}, got an index of shape {index} ({dtype}) for an input of shape {shape}.",
        "ko": "gather: index는 입력과 차원 수가 같고 dim {dim} 말고는 어느 차원도 더 크지 않은 int64 텐서여야 "
        "하는데, 입력 모양 {shape}에 index 모양 {index}({dtype})입니다.",
    },
    "gather_range": {
        "en": "gather: index {value} is out of range for dimension {dim} of size {size}.",
        "ko": "gather: 인덱스 {value}는 크기가 {size}인 {dim}번 차원의 범위를 벗어납니다.",
    },
    "scatter_index": {
        "en": "{op}: the index must be an int64 tensor with as many dimensions as the input and no larger in any "
        "dimension but dim {dim}, got an index of shape {index} ({dtype}) for an input of shape {shape}.",
        "ko": "{op}: index는 입력과 차원 수가 같고 dim {dim} 말고는 어느 차원도 더 크지 않은 int64 텐서여야 "
        "하는데, 입력 모양 {shape}에 index 모양 {index}({dtype})입니다.",
    },
    "index_op_range": {
        "en": "{op}: index {value} is out of range for dimension {dim} of size {size}.",
        "ko": "{op}: 인덱스 {value}는 크기가 {size}인 {dim}번 차원의 범위를 벗어납니다.",
    },
    "index_select_index": {
        "en": "index_select: the index must be a 1-D integer tensor, got shape {shape} ({dtype}). "
        "Hint: torch.tensor([2, 0]) picks rows 2 and 0.",
        "ko": "index_select: index는 1차원 정수 텐서여야 하는데 모양 {shape}({dtype})입니다. "
        "힌트: torch.tensor([2, 0])은 2번과 0번 행을 고릅니다.",
    },
    "einsum_equation": {
        "en": "einsum: the equation {equation!r} does not fit {n} operand(s) of shapes {shapes} (a group of letters "
        "per operand, one letter per dimension, the same size wherever a letter appears). Hint: 'ij,jk->ik' "
        "multiplies two matrices.",
        "ko": "einsum: 식 {equation!r}이 모양이 {shapes}인 피연산자 {n}개에 맞지 않습니다(피연산자마다 글자 묶음 "
        "하나, 차원마다 글자 하나, 같은 글자는 어디서나 같은 크기). 힌트: 'ij,jk->ik'는 두 행렬을 곱합니다.",
    },
    "einsum_repeated_grad": {
        "en": "einsum: mldlab computes no gradient through a letter repeated within one operand ({subscripts!r}, a "
        "diagonal or trace). Hint: for a trace write (x * torch.eye(n)).sum().",
        "ko": "einsum: 한 피연산자 안에서 되풀이된 글자({subscripts!r}, 대각선이나 대각합)를 거치는 기울기는 mldlab이 "
        "계산하지 않습니다. 힌트: 대각합은 (x * torch.eye(n)).sum()처럼 다른 연산으로 쓰세요.",
    },
    "triangle_ndim": {
        "en": "{op}: the input must have at least 2 dimensions (a matrix), got shape {shape}.",
        "ko": "{op}: 입력은 2차원 이상(행렬)이어야 하는데 모양이 {shape}입니다.",
    },
    "masked_fill_mask": {
        "en": "masked_fill: the mask must be a bool tensor, got {dtype}. Hint: make one with a comparison, e.g. x > 0.",
        "ko": "masked_fill: mask는 bool 텐서여야 하는데 {dtype}입니다. 힌트: x > 0 같은 비교로 만드세요.",
    },
    "split_sections": {
        "en": "split: the sizes {sizes} must add up to {n}, the length of dimension {dim}.",
        "ko": "split: 크기 {sizes}의 합이 {dim}번 차원의 길이 {n}와 같아야 합니다.",
    },
    "split_size": {
        "en": "split/chunk: the size or number of pieces must be >= 1, got {size}.",
        "ko": "split/chunk: 조각의 크기나 개수는 1 이상이어야 하는데 {size}입니다.",
    },
    "repeat_dims": {
        "en": "repeat: give at least one number per dimension ({ndim}), got {sizes}.",
        "ko": "repeat: 차원마다({ndim}개) 적어도 하나씩 수를 주어야 하는데 {sizes}입니다.",
    },
    "autograd_create_graph": {
        "en": "autograd.grad(create_graph=True): gradients of gradients are not available in mldlab. Hint: compute "
        "the derivative you need by hand, or use PyTorch for higher-order gradients.",
        "ko": "autograd.grad(create_graph=True): mldlab에서는 기울기의 기울기를 구할 수 없습니다. 힌트: 필요한 "
        "도함수를 직접 계산하거나, 고계 기울기는 PyTorch를 쓰세요.",
    },
    "autograd_input_no_grad": {
        "en": "autograd.grad: every input must require a gradient. Hint: make it with requires_grad=True.",
        "ko": "autograd.grad: 모든 입력에 기울기가 필요합니다(requires_grad). 힌트: requires_grad=True로 만드세요.",
    },
    "autograd_unused": {
        "en": "autograd.grad: an input was not used to compute the outputs, so it has no gradient. Hint: pass "
        "allow_unused=True to get None for it.",
        "ko": "autograd.grad: 출력을 계산할 때 쓰이지 않은 입력이 있어 기울기가 없습니다. 힌트: allow_unused=True를 "
        "주면 그 입력에는 None을 돌려줍니다.",
    },
}
