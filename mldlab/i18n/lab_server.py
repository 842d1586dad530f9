"""Messages of the web lab (lab_server): KEY: {"en": ..., "ko": ...}, the same {fields} in both."""

MESSAGES = {
}
