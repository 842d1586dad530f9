"""Messages of ``mldlab.optim`` (optimizers and learning-rate schedulers), in English and Korean."""

MESSAGES = {
    "optim_nonnegative": {
        "en": "{name}: {option} must be >= 0, got {value}",
        "ko": "{name}: {option}은(는) 0 이상이어야 하는데 {value}입니다",
    },
    "optim_unit_open": {
        "en": "{name}: {option} must be in [0, 1), got {value}. Hint: typical values are 0.9 and 0.999.",
        "ko": "{name}: {option}은(는) [0, 1) 범위(0 이상 1 미만)여야 하는데 {value}입니다. "
        "힌트: 흔히 0.9와 0.999를 씁니다.",
    },
    "optim_unit_closed": {
        "en": "{name}: {option} must be in [0, 1], got {value}",
        "ko": "{name}: {option}은(는) [0, 1] 범위(0 이상 1 이하)여야 하는데 {value}입니다",
    },
    "optim_nesterov": {
        "en": "{name}: nesterov=True requires momentum > 0 and dampening = 0, got momentum={momentum}, "
        "dampening={dampening}. Hint: e.g. SGD(params, lr=0.1, momentum=0.9, nesterov=True).",
        "ko": "{name}: nesterov=True에는 momentum > 0, dampening = 0이 필요한데 momentum={momentum}, "
        "dampening={dampening}입니다. 힌트: 예) SGD(params, lr=0.1, momentum=0.9, nesterov=True).",
    },
    "optim_params_tensor": {
        "en": "{name}: params should be an iterable of tensors or of dicts (parameter groups), got a single {type}. "
        "Hint: put it in a list, e.g. {name}([w], lr=0.1), or pass model.parameters().",
        "ko": "{name}: params는 텐서들이나 딕셔너리(파라미터 그룹)들의 모음이어야 하는데 {type} 하나를 받았습니다. "
        "힌트: 리스트에 넣으세요. 예) {name}([w], lr=0.1), 또는 model.parameters()를 넘기세요.",
    },
    "optim_empty_params": {
        "en": "{name}: optimizer got an empty parameter list. Expected at least one tensor to optimize. Hint: pass "
        "model.parameters() (with the parentheses) or a list such as [W, b]; a generator like model.parameters() "
        "can be used only once, so call it again for a new optimizer.",
        "ko": "{name}: 옵티마이저가 빈 파라미터 목록을 받았습니다. 최적화할 텐서가 하나 이상 있어야 합니다. 힌트: "
        "model.parameters()(괄호 포함)나 [W, b] 같은 리스트를 넘기세요. model.parameters() 같은 제너레이터는 한 번만 "
        "쓸 수 있으니, 새 옵티마이저에는 다시 호출하세요.",
    },
    "optim_group_type": {
        "en": "{name}: a parameter group must be a dict such as {{'params': [w], 'lr': 0.1}}, got {type}.",
        "ko": "{name}: 파라미터 그룹은 {{'params': [w], 'lr': 0.1}} 같은 딕셔너리여야 하는데 {type}입니다.",
    },
    "optim_group_no_params": {
        "en": "{name}: a parameter group needs a 'params' entry, got keys {keys}. Hint: {{'params': [w], 'lr': 0.1}}.",
        "ko": "{name}: 파라미터 그룹에는 'params' 항목이 있어야 하는데 키가 {keys}입니다. "
        "힌트: {{'params': [w], 'lr': 0.1}}.",
    },
    "optim_params_set": {
        "en": "{name}: parameters must come in an ordered collection (a list), got a set, whose order changes "
        "between runs. Hint: use a list.",
        "ko": "{name}: 파라미터는 순서가 있는 모음(리스트)이어야 하는데 집합(set)을 받았습니다. 집합은 실행마다 순서가 "
        "바뀝니다. 힌트: 리스트를 쓰세요.",
    },
    "optim_param_type": {
        "en": "{name} can only optimize tensors, but one of the params is {type}. Hint: pass model.parameters() or a "
        "list of tensors made with requires_grad=True.",
        "ko": "{name}은(는) 텐서만 최적화할 수 있는데 params 중 하나가 {type}입니다. 힌트: model.parameters()나 "
        "requires_grad=True로 만든 텐서들의 리스트를 넘기세요.",
    },
    "optim_param_names": {
        "en": "{name}: either all parameters or none come with names, as (name, tensor) pairs. Some names are missing.",
        "ko": "{name}: 모든 파라미터에 (이름, 텐서) 쌍으로 이름을 붙이거나 모두 붙이지 않아야 합니다. "
        "일부에 이름이 없습니다.",
    },
    "optim_group_names": {
        "en": "{name}: either all parameter groups come with names, as (name, tensor) pairs, or none does.",
        "ko": "{name}: 파라미터 그룹은 모두 (이름, 텐서) 쌍으로 이름이 있거나 모두 없어야 합니다.",
    },
    "optim_nonleaf": {
        "en": "{name}: can't optimize a non-leaf tensor (the result of an operation, here '{op}'). Expected the "
        "weights themselves. Hint: create the weights with requires_grad=True and pass them, e.g. model.parameters().",
        "ko": "{name}: 연산의 결과('{op}')인 잎(leaf)이 아닌 텐서는 최적화할 수 없습니다. 가중치 자체를 넘겨야 합니다. "
        "힌트: requires_grad=True로 가중치를 만들어 넘기세요. 예) model.parameters().",
    },
    "optim_duplicate_in_group": {
        "en": "{name}: a parameter group contains the same parameter more than once; it will be updated more than "
        "once per step. Hint: list each parameter once.",
        "ko": "{name}: 한 파라미터 그룹에 같은 파라미터가 두 번 이상 있어 한 스텝에 여러 번 갱신됩니다. "
        "힌트: 파라미터를 한 번씩만 넣으세요.",
    },
    "optim_duplicate_groups": {
        "en": "{name}: some parameters appear in more than one parameter group. Expected each parameter in exactly "
        "one group. Hint: split the parameters so that no tensor is listed twice.",
        "ko": "{name}: 어떤 파라미터가 둘 이상의 파라미터 그룹에 들어 있습니다. 파라미터마다 그룹 하나에만 있어야 "
        "합니다. 힌트: 같은 텐서가 두 번 나오지 않게 나누세요.",
    },
    "optim_load_groups": {
        "en": "{name}.load_state_dict: the state dict has {saved} parameter group(s), but this optimizer has {own}. "
        "Hint: build the optimizer with the same parameter groups as the one that was saved.",
        "ko": "{name}.load_state_dict: 상태 딕셔너리에는 파라미터 그룹이 {saved}개 있는데 이 옵티마이저에는 {own}개 "
        "있습니다. 힌트: 저장할 때와 같은 파라미터 그룹으로 옵티마이저를 만드세요.",
    },
    "optim_load_group_size": {
        "en": "{name}.load_state_dict: parameter group {index} of the state dict has {saved} parameter(s), but this "
        "optimizer's group {index} has {own}. Hint: load it into an optimizer of the same model.",
        "ko": "{name}.load_state_dict: 상태 딕셔너리의 파라미터 그룹 {index}에는 파라미터가 {saved}개인데 이 "
        "옵티마이저의 그룹 {index}에는 {own}개입니다. 힌트: 같은 모델의 옵티마이저에 불러오세요.",
    },
    "optim_load_shape": {
        "en": "{name}.load_state_dict: state '{entry}' of parameter {index} has shape {got}, but the parameter has "
        "shape {shape}. Hint: load it into an optimizer of the same model.",
        "ko": "{name}.load_state_dict: 파라미터 {index}의 상태 '{entry}'의 모양은 {got}인데 파라미터의 모양은 "
        "{shape}입니다. 힌트: 같은 모델의 옵티마이저에 불러오세요.",
    },
    "sched_optimizer": {
        "en": "{name}: expected an optimizer from mldlab.optim, got {type}. Hint: {name}(optimizer, ...), where "
        "optimizer = mldlab.optim.SGD(model.parameters(), lr=0.1).",
        "ko": "{name}: mldlab.optim의 옵티마이저를 받아야 하는데 {type}입니다. 힌트: {name}(optimizer, ...), "
        "여기서 optimizer = mldlab.optim.SGD(model.parameters(), lr=0.1).",
    },
    "sched_initial_lr": {
        "en": "{name}: param_groups[{index}] has no 'initial_lr', so the scheduler cannot resume with last_epoch="
        "{last_epoch}. Hint: use last_epoch=-1 for a new run, or load the optimizer's state dict first.",
        "ko": "{name}: param_groups[{index}]에 'initial_lr'가 없어 last_epoch={last_epoch}에서 이어갈 수 없습니다. "
        "힌트: 새 학습이면 last_epoch=-1을 쓰고, 이어서 학습하려면 옵티마이저의 상태 딕셔너리를 먼저 불러오세요.",
    },
    "sched_positive_int": {
        "en": "{name}: {option} must be a positive integer, got {value}",
        "ko": "{name}: {option}은(는) 양의 정수여야 하는데 {value}입니다",
    },
    "plateau_factor": {
        "en": "ReduceLROnPlateau: factor must be < 1.0, got {value}. Hint: new_lr = lr · factor, e.g. factor=0.1.",
        "ko": "ReduceLROnPlateau: factor는 1.0보다 작아야 하는데 {value}입니다. 힌트: new_lr = lr · factor, "
        "예) factor=0.1.",
    },
    "plateau_choice": {
        "en": "ReduceLROnPlateau: {option} must be one of {choices}, got {value!r}",
        "ko": "ReduceLROnPlateau: {option}은(는) {choices} 중 하나여야 하는데 {value!r}입니다",
    },
    "plateau_min_lrs": {
        "en": "ReduceLROnPlateau: expected {expected} min_lr values (one per parameter group), got {got}",
        "ko": "ReduceLROnPlateau: min_lr 값이 파라미터 그룹마다 하나씩 {expected}개 있어야 하는데 {got}개입니다",
    },
    "plateau_groups_changed": {
        "en": "ReduceLROnPlateau: the optimizer now has {groups} parameter group(s), but min_lr has {min_lrs} values "
        "(a group was added after the scheduler was made). Hint: set scheduler.min_lrs to one value per group.",
        "ko": "ReduceLROnPlateau: 옵티마이저의 파라미터 그룹은 이제 {groups}개인데 min_lr 값은 {min_lrs}개입니다"
        "(스케줄러를 만든 뒤 그룹이 추가됨). 힌트: scheduler.min_lrs를 그룹마다 하나씩 정하세요.",
    },
}
