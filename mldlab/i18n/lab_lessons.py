"""Messages of the web lab (lab_lessons): KEY: {"en": ..., "ko": ...}, the same {fields} in both."""

MESSAGES = {
}
