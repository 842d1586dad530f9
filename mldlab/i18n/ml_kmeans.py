"""Messages of k-means and mini-batch k-means (ml_kmeans): KEY: {"en": ..., "ko": ...}, the same {fields} in both."""

MESSAGES = {
    "kmeans_too_many_clusters": {
        "en": "{op}: n_clusters={n_clusters} is more than the number of samples ({n_samples}): every cluster needs "
              "at least one sample. Hint: use n_clusters ≤ {n_samples}.",
        "ko": "{op}: n_clusters={n_clusters}가 샘플 수({n_samples})보다 많습니다. 군집마다 샘플이 적어도 하나는 "
              "있어야 합니다. 힌트: n_clusters를 {n_samples} 이하로 하세요.",
    },
    "kmeans_init": {
        "en": "{op}: init must be 'k-means++', 'random', an array of initial centres (n_clusters × n_features) or "
              "a function, got {value!r}.",
        "ko": "{op}: init은 'k-means++', 'random', 초기 중심 배열(n_clusters × n_features) 또는 함수여야 하는데 "
              "{value!r}을(를) 받았습니다.",
    },
    "kmeans_init_shape": {
        "en": "{op}: the initial centres have shape {shape}, but {n_clusters} centres of {n_features} features "
              "were expected, shape ({n_clusters}, {n_features}). Hint: one row per cluster, one column per "
              "feature of X.",
        "ko": "{op}: 초기 중심의 모양이 {shape}인데, 특성 {n_features}개짜리 중심 {n_clusters}개, 즉 모양 "
              "({n_clusters}, {n_features})이어야 합니다. 힌트: 군집마다 한 행, X의 특성마다 한 열입니다.",
    },
    "kmeans_n_init": {
        "en": "{op}: n_init must be 'auto' or a whole number ≥ 1 (how many times k-means starts), got {value!r}.",
        "ko": "{op}: n_init은 'auto' 또는 1 이상의 정수(k-평균을 몇 번 새로 시작할지)여야 하는데 {value!r}을(를) "
              "받았습니다.",
    },
    "kmeans_n_init_array": {
        "en": "{op}: initial centres were given, so {estimator} starts once from them instead of n_init={n_init} "
              "times.",
        "ko": "{op}: 초기 중심이 주어졌으므로 {estimator}는 n_init={n_init}번이 아니라 그 중심에서 한 번만 "
              "시작합니다.",
    },
    "kmeans_distinct": {
        "en": "{op}: found only {distinct} distinct clusters, fewer than n_clusters={n_clusters}. Possibly due to "
              "duplicate points in X.",
        "ko": "{op}: 서로 다른 군집을 {distinct}개만 찾았습니다. n_clusters={n_clusters}보다 적습니다. X에 중복된 "
              "점이 있기 때문일 수 있습니다.",
    },
    "kmeans_x_squared_norms": {
        "en": "{op}: x_squared_norms has {got} values, but X has {n_samples} samples (one ‖x‖² per sample).",
        "ko": "{op}: x_squared_norms에 값이 {got}개 있는데 X의 샘플은 {n_samples}개입니다(샘플마다 ‖x‖² 하나).",
    },
    "kmeans_verbose_init": {
        "en": "Initialization complete",
        "ko": "초기화 완료",
    },
    "kmeans_verbose_iteration": {
        "en": "Iteration {iteration}, inertia {inertia}.",
        "ko": "반복 {iteration}, 관성(inertia) {inertia}.",
    },
    "kmeans_verbose_strict": {
        "en": "Converged at iteration {iteration}: strict convergence.",
        "ko": "반복 {iteration}에서 수렴: 레이블이 더 이상 바뀌지 않습니다.",
    },
    "kmeans_verbose_tol": {
        "en": "Converged at iteration {iteration}: center shift {shift} within tolerance {tol}.",
        "ko": "반복 {iteration}에서 수렴: 중심 이동 {shift}이(가) 허용 오차 {tol} 이내입니다.",
    },
    "kmeans_init_size": {
        "en": "{op}: init_size={init_size} should be at least n_clusters={n_clusters}; using 3 × n_clusters samples "
              "for the initialisation instead.",
        "ko": "{op}: init_size={init_size}는 n_clusters={n_clusters} 이상이어야 합니다. 대신 3 × n_clusters개의 "
              "샘플로 초기화합니다.",
    },
    "kmeans_minibatch_init": {
        "en": "Inertia of an initialisation on the held-out samples: {inertia}",
        "ko": "따로 떼어 둔 샘플에서 본 초기화의 관성(inertia): {inertia}",
    },
    "kmeans_minibatch_reassign": {
        "en": "[MiniBatchKMeans] Reassigning {count} cluster centers.",
        "ko": "[MiniBatchKMeans] 군집 중심 {count}개를 새 위치로 옮깁니다.",
    },
    "kmeans_minibatch_first": {
        "en": "Minibatch step {step}/{n_steps}: mean batch inertia: {inertia}",
        "ko": "미니배치 단계 {step}/{n_steps}: 배치의 평균 관성(inertia): {inertia}",
    },
    "kmeans_minibatch_step": {
        "en": "Minibatch step {step}/{n_steps}: mean batch inertia: {inertia}, ewa inertia: {ewa}",
        "ko": "미니배치 단계 {step}/{n_steps}: 배치의 평균 관성(inertia): {inertia}, 지수 이동 평균: {ewa}",
    },
    "kmeans_minibatch_converged_tol": {
        "en": "Converged (small centers change) at step {step}/{n_steps}",
        "ko": "단계 {step}/{n_steps}에서 수렴(중심이 거의 움직이지 않음)",
    },
    "kmeans_minibatch_converged_ewa": {
        "en": "Converged (lack of improvement in inertia) at step {step}/{n_steps}",
        "ko": "단계 {step}/{n_steps}에서 수렴(관성이 더 이상 나아지지 않음)",
    },
}
