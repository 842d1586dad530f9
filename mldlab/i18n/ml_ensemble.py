"""Messages of ml_ensemble, in English and Korean."""

MESSAGES = {}
