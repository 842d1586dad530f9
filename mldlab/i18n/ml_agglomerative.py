"""Messages of agglomerative clustering (ml_agglomerative): KEY: {"en": ..., "ko": ...}, the same {fields} in both."""

MESSAGES = {
    "agglo_one_of": {
        "en": "{op}: exactly one of n_clusters and distance_threshold must be set (the other None), got "
              "n_clusters={n_clusters!r} and distance_threshold={distance_threshold!r}. Hint: "
              "AgglomerativeClustering(n_clusters=None, distance_threshold=3.0) cuts the tree at a distance.",
        "ko": "{op}: n_clusters와 distance_threshold 중 정확히 하나만 정해야 합니다(다른 하나는 None). 받은 값: "
              "n_clusters={n_clusters!r}, distance_threshold={distance_threshold!r}. 힌트: "
              "AgglomerativeClustering(n_clusters=None, distance_threshold=3.0)은 거리로 트리를 자릅니다.",
    },
    "agglo_ward_metric": {
        "en": "{op}: linkage='ward' works only with euclidean distances (metric 'euclidean' or 'l2'), got "
              "metric={metric!r}. Hint: use linkage='average', 'complete' or 'single' with this metric.",
        "ko": "{op}: linkage='ward'는 유클리드 거리(metric 'euclidean' 또는 'l2')에서만 쓸 수 있는데 "
              "metric={metric!r}입니다. 힌트: 이 거리에는 linkage='average', 'complete', 'single'을 쓰세요.",
    },
    "agglo_full_tree": {
        "en": "{op}: compute_full_tree must be True or 'auto' when distance_threshold is set, got False.",
        "ko": "{op}: distance_threshold를 정하면 compute_full_tree는 True나 'auto'여야 하는데 False입니다.",
    },
    "agglo_not_supported": {
        "en": "{op}: {name} is not supported here; it must be None.",
        "ko": "{op}: 여기서는 {name}를 지원하지 않습니다. None이어야 합니다.",
    },
    "agglo_few_samples": {
        "en": "{op}: clustering needs at least 2 samples, got {n_samples}.",
        "ko": "{op}: 군집화에는 샘플이 2개 이상 필요한데 {n_samples}개입니다.",
    },
    "agglo_precomputed": {
        "en": "{op}: with metric='precomputed' X must be the square matrix of distances between the samples "
              "(n_samples × n_samples), got shape {shape}.",
        "ko": "{op}: metric='precomputed'이면 X는 샘플 사이 거리의 정사각 행렬(n_samples × n_samples)이어야 하는데 "
              "모양이 {shape}입니다.",
    },
    "agglo_cosine_zero": {
        "en": "{op}: metric='cosine' cannot measure the angle of a zero vector, and X[{row}] is all zeros. Hint: "
              "remove that sample or use another metric.",
        "ko": "{op}: metric='cosine'은 영벡터의 각도를 잴 수 없는데 X[{row}]가 모두 0입니다. 힌트: 그 샘플을 빼거나 "
              "다른 거리를 쓰세요.",
    },
    "agglo_too_many": {
        "en": "{op}: n_clusters={n_clusters} is more clusters than samples ({n_samples}). Hint: n_clusters can be at "
              "most the number of samples.",
        "ko": "{op}: n_clusters={n_clusters}는 샘플 수({n_samples})보다 많은 군집입니다. 힌트: n_clusters는 샘플 수 "
              "이하여야 합니다.",
    },
    "agglo_linkage_model": {
        "en": "linkage_matrix: expected a fitted AgglomerativeClustering, got {type}.",
        "ko": "linkage_matrix: 학습된 AgglomerativeClustering이 필요한데 {type}을 받았습니다.",
    },
    "agglo_no_distances": {
        "en": "linkage_matrix: the model kept no merge distances. Hint: fit it with compute_distances=True (or a "
              "distance_threshold).",
        "ko": "linkage_matrix: 모델에 병합 거리가 없습니다. 힌트: compute_distances=True(또는 distance_threshold)로 "
              "학습하세요.",
    },
}
