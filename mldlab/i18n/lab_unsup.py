"""Messages of the web lab's session-3 pages (lab_unsup): KEY: {"en": ..., "ko": ...}, the same {fields} in both."""

MESSAGES = {
    "lab_unsup_centers_missing": {
        "en": "init 'given' starts from your own centres, but no centers were sent. Hint: click the plane to place "
              "them, or choose k-means++ or random.",
        "ko": "init 'given'은 직접 놓은 중심에서 시작하는데 centers가 없습니다. 도움말: 평면을 클릭해 중심을 놓거나 "
              "k-means++ 또는 random을 고르세요.",
    },
    "lab_unsup_centers_unused": {
        "en": "centers are only used with init 'given', but init is {init}. Hint: send init 'given' with them, or "
              "leave centers out.",
        "ko": "centers는 init이 'given'일 때만 씁니다. 받은 init: {init}. 도움말: init을 'given'으로 보내거나 "
              "centers를 빼세요.",
    },
    "lab_unsup_centers_count": {
        "en": "{count} centres were given for n_clusters = {n_clusters}: give exactly one centre per cluster.",
        "ko": "n_clusters = {n_clusters}인데 중심이 {count}개 주어졌습니다: 군집마다 중심을 정확히 하나씩 주세요.",
    },
    "lab_unsup_point": {
        "en": "point must be the index of one of the {n_samples} points (0 to {n_samples} − 1), got {value}.",
        "ko": "point는 점 {n_samples}개 중 하나의 번호(0 ~ {n_samples} − 1)여야 합니다. 받은 값: {value}.",
    },
    "lab_unsup_components": {
        "en": "n_components is {value}, but the data set {dataset} has only {high} features: PCA finds at most as "
              "many principal axes as there are features.",
        "ko": "n_components가 {value}인데 데이터 세트 {dataset}의 특성은 {high}개뿐입니다: PCA는 특성 수보다 많은 "
              "주성분 축을 찾을 수 없습니다.",
    },
}
