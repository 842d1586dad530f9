"""Messages of DBSCAN and PCA (ml_dbscan_pca): KEY: {"en": ..., "ko": ...}, the same {fields} in both."""

MESSAGES = {}
