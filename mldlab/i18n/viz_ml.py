"""Messages of viz_ml, in English and Korean."""

MESSAGES = {}
