"""Messages of the figures of session 3: clustering and dimensionality reduction (viz_unsup):
KEY: {"en": ..., "ko": ...}, the same {fields} in both."""

MESSAGES = {
    "viz_unsup_table": {
        "en": "{op}: X must be a table with one row per point and at least one row, got shape {shape}.",
        "ko": "{op}: X는 점마다 행이 하나인 표(행이 하나 이상)여야 하는데 모양이 {shape}입니다.",
    },
    "viz_unsup_labels": {
        "en": "{op}: expected one label per row of X ({n} rows) as a 1-D array, got shape {shape}.",
        "ko": "{op}: X의 행({n}개)마다 레이블이 하나씩인 1차원 배열이 필요한데 모양이 {shape}입니다.",
    },
    "viz_unsup_not_a_model": {
        "en": "{op}: expected a fitted model such as {expected}, got {type}.",
        "ko": "{op}: {expected}처럼 학습된 모델이 필요한데 {type}을(를) 받았습니다.",
    },
    "viz_unsup_fitted_rows": {
        "en": "{op}: X has {n} rows but the model was fitted on {n_fitted} points. Hint: pass the X the model was "
              "fitted on.",
        "ko": "{op}: X의 행은 {n}개인데 모델은 점 {n_fitted}개로 학습되었습니다. 힌트: 모델을 학습시킨 X를 주세요.",
    },
    "viz_unsup_class_names": {
        "en": "{op}: expected {expected} class names (one per distinct label of y), got {n}.",
        "ko": "{op}: 클래스 이름이 {expected}개(y의 서로 다른 레이블마다 하나) 필요한데 {n}개를 받았습니다.",
    },
    "viz_unsup_cluster": {"en": "cluster {k}", "ko": "군집 {k}"},
    "viz_unsup_class": {"en": "class {k}", "ko": "클래스 {k}"},
    "viz_unsup_noise": {"en": "noise", "ko": "잡음"},
    "viz_unsup_kmeans_title": {
        "en": "k-means step by step (k = {k}, {n} iterations)\nassign each point to the nearest centre, then move "
              "each centre to the mean of its points",
        "ko": "k-평균 단계별 보기 (k = {k}, 반복 {n}번)\n각 점을 가장 가까운 중심에 배정하고, 중심을 그 점들의 "
              "평균으로 옮깁니다",
    },
    "viz_unsup_kmeans_some": {
        "en": "(the first {shown} iterations and the last of {n})",
        "ko": "({n}번 중 처음 {shown}번과 마지막 반복)",
    },
    "viz_unsup_kmeans_step": {"en": "iteration {t}: inertia J = {inertia}", "ko": "반복 {t}: 관성 J = {inertia}"},
    "viz_unsup_kmeans_shift": {"en": "centres moved Σ‖Δμ‖² = {shift}", "ko": "중심 이동 Σ‖Δμ‖² = {shift}"},
    "viz_unsup_kmeans_old": {"en": "centre used to assign", "ko": "배정에 쓴 중심"},
    "viz_unsup_kmeans_new": {"en": "new centre (mean of its points)", "ko": "새 중심 (점들의 평균)"},
    "viz_unsup_kmeans_move": {"en": "move of the centre", "ko": "중심의 이동"},
    "viz_unsup_max_panels": {
        "en": "{op}: max_panels must be a whole number of at least 2, got {value}.",
        "ko": "{op}: max_panels는 2 이상의 정수여야 하는데 {value}을(를) 받았습니다.",
    },
    "viz_unsup_interval": {
        "en": "{op}: interval must be a positive whole number of milliseconds, got {value}.",
        "ko": "{op}: interval은 양의 정수(밀리초)여야 하는데 {value}을(를) 받았습니다.",
    },
    "viz_unsup_elbow_title": {"en": "Elbow method: inertia against k", "ko": "엘보 방법: k에 따른 관성"},
    "viz_unsup_k_axis": {"en": "number of clusters k", "ko": "군집 수 k"},
    "viz_unsup_inertia_axis": {
        "en": "inertia J\n(sum of squared distances to the nearest centre)",
        "ko": "관성 J\n(가장 가까운 중심까지 거리 제곱의 합)",
    },
    "viz_unsup_elbow_here": {"en": "elbow: k = {k}", "ko": "엘보: k = {k}"},
    "viz_unsup_ks": {
        "en": "{op}: ks must be at least two increasing whole numbers of at least 1, e.g. range(1, 11), got {value}.",
        "ko": "{op}: ks는 1 이상이고 커지는 정수 두 개 이상이어야 합니다(예: range(1, 11)). 받은 값: {value}.",
    },
    "viz_unsup_ks_too_many": {
        "en": "{op}: k = {k} clusters cannot be made from {n} points. Hint: keep every k at most the number of "
              "points.",
        "ko": "{op}: 점 {n}개로는 군집 {k}개를 만들 수 없습니다. 힌트: k를 점의 개수 이하로 두세요.",
    },
    "viz_unsup_elbow_nothing": {
        "en": "{op}: give the data X (k-means is then fitted for each k) or the inertias already computed.",
        "ko": "{op}: 데이터 X(그러면 k마다 k-평균을 학습합니다)나 이미 계산한 inertias를 주세요.",
    },
    "viz_unsup_inertias": {
        "en": "{op}: expected one inertia per k ({n_ks} values of ks), got {n}.",
        "ko": "{op}: k마다 관성이 하나씩(ks의 값 {n_ks}개) 필요한데 {n}개를 받았습니다.",
    },
    "viz_unsup_mark": {
        "en": "{op}: mark must be one of ks {ks} or 'auto', got {value}.",
        "ko": "{op}: mark는 ks {ks} 가운데 하나이거나 'auto'여야 하는데 {value}을(를) 받았습니다.",
    },
    "viz_unsup_silhouette_title": {
        "en": "Silhouette plot: {k} clusters, mean s = {score}",
        "ko": "실루엣 그림: 군집 {k}개, 평균 s = {score}",
    },
    "viz_unsup_silhouette_axis": {
        "en": "silhouette coefficient s(i) = (b − a) / max(a, b)",
        "ko": "실루엣 계수 s(i) = (b − a) / max(a, b)",
    },
    "viz_unsup_silhouette_points": {"en": "points, by cluster", "ko": "점 (군집별)"},
    "viz_unsup_silhouette_mean": {"en": "mean s = {score}", "ko": "평균 s = {score}"},
    "viz_unsup_dendrogram_title": {"en": "Dendrogram of {n} points", "ko": "점 {n}개의 덴드로그램"},
    "viz_unsup_dendrogram_title_linkage": {
        "en": "Dendrogram of {n} points ({linkage} linkage)",
        "ko": "점 {n}개의 덴드로그램 ({linkage} 연결)",
    },
    "viz_unsup_dendrogram_cut": {
        "en": "cut at distance {distance}: {k} clusters",
        "ko": "거리 {distance}에서 자르면 군집 {k}개",
    },
    "viz_unsup_dendrogram_truncated": {
        "en": "the last {p} clusters only; (m) = a branch of m points",
        "ko": "마지막 {p}개 군집만; (m) = 점 m개의 가지",
    },
    "viz_unsup_dendrogram_points": {"en": "points (row of X)", "ko": "점 (X의 행 번호)"},
    "viz_unsup_dendrogram_leaves": {
        "en": "points (row of X) or (number of points in a branch)",
        "ko": "점 (X의 행 번호) 또는 (가지 안의 점 개수)",
    },
    "viz_unsup_dendrogram_height": {"en": "merge distance", "ko": "병합 거리"},
    "viz_unsup_linkage": {
        "en": "{op}: expected a fitted AgglomerativeClustering or a linkage matrix Z of shape (n − 1, 4) whose rows "
              "are [cluster a, cluster b, distance, size] and name only clusters made before, got shape {shape}.",
        "ko": "{op}: 학습된 AgglomerativeClustering이나 모양이 (n − 1, 4)이고 행이 [군집 a, 군집 b, 거리, 크기]이며 "
              "앞서 만들어진 군집만 가리키는 연결 행렬 Z가 필요한데 모양이 {shape}인 값을 받았습니다.",
    },
    "viz_unsup_no_distances": {
        "en": "{op}: the model kept no merge distances, so its tree has no heights. Hint: fit it with "
              "compute_distances=True (or a distance_threshold).",
        "ko": "{op}: 모델에 병합 거리가 없어 트리의 높이를 알 수 없습니다. 힌트: compute_distances=True(또는 "
              "distance_threshold)로 학습하세요.",
    },
    "viz_unsup_cut_both": {
        "en": "{op}: cut by n_clusters or by distance, not both (got n_clusters={n_clusters}, distance={distance}).",
        "ko": "{op}: n_clusters와 distance 가운데 하나로만 자르세요 (n_clusters={n_clusters}, "
              "distance={distance}를 받았습니다).",
    },
    "viz_unsup_cut_clusters": {
        "en": "{op}: n_clusters must be a whole number from 1 to {n} (the number of points), got {value}.",
        "ko": "{op}: n_clusters는 1부터 {n}(점의 개수)까지의 정수여야 하는데 {value}을(를) 받았습니다.",
    },
    "viz_unsup_cut_distance": {
        "en": "{op}: distance must be a number of at least 0, got {value}.",
        "ko": "{op}: distance는 0 이상의 수여야 하는데 {value}을(를) 받았습니다.",
    },
    "viz_unsup_p": {
        "en": "{op}: p (the clusters drawn) must be a whole number of at least 2, got {value}.",
        "ko": "{op}: p(그릴 군집 수)는 2 이상의 정수여야 하는데 {value}을(를) 받았습니다.",
    },
    "viz_unsup_leaf_labels": {
        "en": "{op}: expected {expected} labels (one per point), got {n}.",
        "ko": "{op}: 레이블이 {expected}개(점마다 하나) 필요한데 {n}개를 받았습니다.",
    },
    "viz_unsup_dbscan_title": {
        "en": "DBSCAN (ε = {eps}, min_samples = {min_samples}): clusters {clusters}, noise points {noise}",
        "ko": "DBSCAN (ε = {eps}, min_samples = {min_samples}): 군집 {clusters}개, 잡음 {noise}개",
    },
    "viz_unsup_core": {"en": "core point ({n})", "ko": "핵심 점 ({n}개)"},
    "viz_unsup_border": {"en": "border point ({n})", "ko": "경계 점 ({n}개)"},
    "viz_unsup_noise_points": {"en": "noise ({n})", "ko": "잡음 ({n}개)"},
    "viz_unsup_eps_circle": {"en": "radius ε around a point", "ko": "점 둘레의 반지름 ε"},
    "viz_unsup_circles": {
        "en": "{op}: circles must be 'auto', None or a list of row numbers from 0 to {n} − 1, got {value}.",
        "ko": "{op}: circles는 'auto', None 또는 0부터 {n} − 1까지의 행 번호 목록이어야 하는데 {value}을(를) "
              "받았습니다.",
    },
    "viz_unsup_scree_title": {
        "en": "Scree plot: variance explained by each component ({name})",
        "ko": "스크리 그림: 주성분마다 설명하는 분산 ({name})",
    },
    "viz_unsup_scree_shown": {"en": "(the first {shown} of {n} components)", "ko": "(주성분 {n}개 중 처음 {shown}개)"},
    "viz_unsup_scree_ratio": {"en": "explained variance ratio", "ko": "설명된 분산 비율"},
    "viz_unsup_scree_cumulative": {"en": "cumulative", "ko": "누적"},
    "viz_unsup_scree_reached": {
        "en": "{k} components explain {target}",
        "ko": "주성분 {k}개로 {target} 설명",
    },
    "viz_unsup_component": {"en": "principal component", "ko": "주성분"},
    "viz_unsup_variance_share": {"en": "share of the variance", "ko": "분산의 비율"},
    "viz_unsup_target": {
        "en": "{op}: target must be a share of the variance in (0, 1], e.g. 0.9, got {value}.",
        "ko": "{op}: target은 (0, 1] 안의 분산 비율이어야 합니다(예: 0.9). 받은 값: {value}.",
    },
    "viz_unsup_n_components": {
        "en": "{op}: n_components must be a whole number from 1 to {n} (the components of the PCA), got {value}.",
        "ko": "{op}: n_components는 1부터 {n}(PCA의 주성분 수)까지의 정수여야 하는데 {value}을(를) 받았습니다.",
    },
    "viz_unsup_directions_title": {
        "en": "Principal axes: arrows of length √λ (one standard deviation) from the mean",
        "ko": "주축: 평균에서 길이 √λ(표준편차 하나)만큼의 화살표",
    },
    "viz_unsup_direction": {
        "en": "PC{j}: √λ = {std} ({ratio} of the variance)",
        "ko": "주성분 {j}: √λ = {std} (분산의 {ratio})",
    },
    "viz_unsup_mean": {"en": "mean x̄", "ko": "평균 x̄"},
    "viz_unsup_image_shape": {
        "en": "{op}: the rows of X ({d} values) cannot be drawn as square images. Hint: give image_shape=(h, w) "
              "with h·w = {d}, or X of shape (n, h, w).",
        "ko": "{op}: X의 행({d}개 값)을 정사각형 그림으로 그릴 수 없습니다. 힌트: h·w = {d}인 image_shape=(h, w)를 "
              "주거나 모양이 (n, h, w)인 X를 주세요.",
    },
    "viz_unsup_pca_digits": {
        "en": "{op}: the PCA must be fitted on the flat images ({d} values each) with at least 2 components; its "
              "components_ have shape {shape}.",
        "ko": "{op}: PCA는 펼친 그림(하나에 값 {d}개)으로 주성분 2개 이상을 학습해야 하는데 components_의 모양이 "
              "{shape}입니다.",
    },
    "viz_unsup_pca_digits_title": {
        "en": "The images on their first two principal components ({share} of the variance)",
        "ko": "첫 두 주성분 위의 그림들 (분산의 {share})",
    },
    "viz_unsup_pc_axis": {"en": "PC{j} ({share} of the variance)", "ko": "주성분 {j} (분산의 {share})"},
    "viz_unsup_embedding_method": {"en": "embedding", "ko": "임베딩"},
    "viz_unsup_embedding_title": {
        "en": "{method}: the data laid out in 2-D ({n} points)",
        "ko": "{method}: 2차원에 놓은 데이터 ({n}개)",
    },
    "viz_unsup_embedding_kl": {"en": "KL(P ‖ Q) = {kl}", "ko": "KL(P ‖ Q) = {kl}"},
    "viz_unsup_embedding_axis": {"en": "{method} axis {j}", "ko": "{method} 축 {j}"},
}
