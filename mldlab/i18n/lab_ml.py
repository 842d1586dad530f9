"""Messages of lab_ml, in English and Korean."""

MESSAGES = {}
