"""Messages of t-SNE and trustworthiness (ml_tsne): KEY: {"en": ..., "ko": ...}, the same {fields} in both."""

MESSAGES = {
    "tsne_perplexity": {
        "en": "{op}: perplexity ({perplexity}) must be less than the number of samples ({n_samples}): it is the "
              "effective number of neighbours of each point. Hint: use a perplexity below {n_samples} (usually "
              "5 to 50).",
        "ko": "{op}: perplexity({perplexity})는 샘플 수({n_samples})보다 작아야 합니다. 각 점의 실질적인 이웃 "
              "수이기 때문입니다. 힌트: perplexity를 {n_samples}보다 작게(보통 5~50) 정하세요.",
    },
    "tsne_few_samples": {
        "en": "{op}: t-SNE needs at least 2 samples to place on a map, got {n_samples}.",
        "ko": "{op}: t-SNE로 지도에 놓으려면 샘플이 적어도 2개 필요한데 {n_samples}개입니다.",
    },
    "tsne_early_exaggeration": {
        "en": "{op}: early_exaggeration must be a number >= 1 (1: no exaggeration), got {value!r}.",
        "ko": "{op}: early_exaggeration은 1 이상의 숫자여야 하는데(1이면 과장 없음) {value!r}입니다.",
    },
    "tsne_learning_rate": {
        "en": "{op}: learning_rate must be 'auto' or a number > 0, got {value!r}. Hint: 'auto' is max(N / "
              "early_exaggeration / 4, 50).",
        "ko": "{op}: learning_rate는 'auto' 또는 0보다 큰 숫자여야 하는데 {value!r}입니다. 힌트: 'auto'는 "
              "max(N / early_exaggeration / 4, 50)입니다.",
    },
    "tsne_max_iter": {
        "en": "{op}: max_iter must be a whole number >= 250, got {value!r}: the first 250 iterations are the "
              "early exaggeration.",
        "ko": "{op}: max_iter는 250 이상의 정수여야 하는데 {value!r}입니다. 처음 250번의 반복이 초기 과장 "
              "단계이기 때문입니다.",
    },
    "tsne_metric_params": {
        "en": "{op}: metric_params must be None, got {value!r}: the metric {metric!r} takes no parameters.",
        "ko": "{op}: metric_params는 None이어야 하는데 {value!r}입니다. 거리 {metric!r}에는 매개변수가 없습니다.",
    },
    "tsne_verbose": {
        "en": "{op}: verbose must be a whole number >= 0 (0: silent, 1: each phase, 2: every 50 iterations), "
              "got {value!r}.",
        "ko": "{op}: verbose는 0 이상의 정수여야 하는데(0: 출력 없음, 1: 단계마다, 2: 50번 반복마다) {value!r}"
              "입니다.",
    },
    "tsne_angle": {
        "en": "{op}: angle must be a number between 0 and 1, got {value!r}.",
        "ko": "{op}: angle은 0과 1 사이의 숫자여야 하는데 {value!r}입니다.",
    },
    "tsne_n_jobs": {
        "en": "{op}: n_jobs must be None, -1 (one thread per CPU) or a whole number >= 1, got {value!r}.",
        "ko": "{op}: n_jobs는 None, -1(CPU마다 스레드 하나) 또는 1 이상의 정수여야 하는데 {value!r}입니다.",
    },
    "tsne_barnes_hut_components": {
        "en": "{op}: method='barnes_hut' makes maps of at most 3 dimensions (as scikit-learn's tree), got "
              "n_components={n_components}. Hint: use method='exact'.",
        "ko": "{op}: method='barnes_hut'는 3차원 이하의 지도만 만듭니다(scikit-learn의 트리처럼). "
              "n_components={n_components}을(를) 받았습니다. 힌트: method='exact'를 쓰세요.",
    },
    "tsne_precomputed_pca": {
        "en": "{op}: init='pca' cannot be used with metric='precomputed': PCA needs the features, not the "
              "distances. Hint: use init='random'.",
        "ko": "{op}: metric='precomputed'에는 init='pca'를 쓸 수 없습니다. PCA에는 거리가 아니라 특성이 "
              "필요합니다. 힌트: init='random'을 쓰세요.",
    },
    "tsne_precomputed_square": {
        "en": "{op}: with metric='precomputed' X must be a square matrix of distances (n_samples × n_samples), "
              "got shape {shape}.",
        "ko": "{op}: metric='precomputed'이면 X는 거리의 정사각 행렬(n_samples × n_samples)이어야 하는데 모양이 "
              "{shape}입니다.",
    },
    "tsne_precomputed_negative": {
        "en": "{op}: a distance cannot be negative, got X[{i}, {j}] = {value}. Hint: with metric='precomputed' "
              "X holds distances, not similarities.",
        "ko": "{op}: 거리는 음수일 수 없는데 X[{i}, {j}] = {value}입니다. 힌트: metric='precomputed'이면 X에는 "
              "유사도가 아니라 거리가 들어갑니다.",
    },
    "tsne_init_shape": {
        "en": "{op}: the initial map init has shape {shape}, but ({n_samples}, {n_components}) was expected: one "
              "row per sample, one column per component.",
        "ko": "{op}: 초기 지도 init의 모양이 {shape}인데 ({n_samples}, {n_components})이어야 합니다. 샘플마다 한 "
              "행, 성분마다 한 열입니다.",
    },
    "tsne_iteration": {
        "en": "[t-SNE] Iteration {iteration}: KL = {error:.7f}, gradient norm = {grad_norm:.7f}",
        "ko": "[t-SNE] 반복 {iteration}: KL = {error:.7f}, 기울기 노름 = {grad_norm:.7f}",
    },
    "tsne_no_progress": {
        "en": "[t-SNE] Iteration {iteration}: no progress in the last {n_iter} iterations. Finished.",
        "ko": "[t-SNE] 반복 {iteration}: 마지막 {n_iter}번의 반복 동안 나아지지 않았습니다. 끝냅니다.",
    },
    "tsne_small_gradient": {
        "en": "[t-SNE] Iteration {iteration}: gradient norm {grad_norm:.3g}. Finished.",
        "ko": "[t-SNE] 반복 {iteration}: 기울기 노름 {grad_norm:.3g}. 끝냅니다.",
    },
    "tsne_kl_exaggeration": {
        "en": "[t-SNE] KL divergence after {iterations} iterations with early exaggeration: {kl:.6f}",
        "ko": "[t-SNE] 초기 과장으로 {iterations}번 반복한 뒤 KL 발산: {kl:.6f}",
    },
    "tsne_kl_final": {
        "en": "[t-SNE] KL divergence after {iterations} iterations: {kl:.6f}",
        "ko": "[t-SNE] {iterations}번 반복한 뒤 KL 발산: {kl:.6f}",
    },
    "tsne_trust_neighbors": {
        "en": "{op}: n_neighbors must be a whole number >= 1 and less than n_samples / 2 ({half}), got {value!r}.",
        "ko": "{op}: n_neighbors는 1 이상이고 n_samples / 2({half})보다 작은 정수여야 하는데 {value!r}입니다.",
    },
    "tsne_trust_lengths": {
        "en": "{op}: X has {n_X} samples but X_embedded has {n_embedded} rows. Hint: X_embedded must be the map "
              "of X, one row per sample.",
        "ko": "{op}: X의 샘플은 {n_X}개인데 X_embedded의 행은 {n_embedded}개입니다. 힌트: X_embedded는 X의 "
              "지도여야 하므로 샘플마다 한 행입니다.",
    },
}
