"""Messages of the metrics, in English and Korean."""

MESSAGES = {}
