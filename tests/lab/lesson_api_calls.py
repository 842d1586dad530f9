"""Calls to the lesson pages' JSON API (``/api/lessons/...``) for the lab's API tests, in either language."""

import json


def post(client, path, body=None, lang="en", raw=None):
    """POST ``body`` as JSON (or the ``raw`` text) to ``/api/lessons/<path>`` with the learner's language."""
    data = raw if raw is not None else json.dumps(body if body is not None else {})
    return client.post(f"/api/lessons/{path}", content=data, headers={"X-Lab-Lang": lang,
                                                                     "Content-Type": "application/json"})


def ok(client, path, body=None, lang="en"):
    """The JSON answer of a request that must succeed."""
    response = post(client, path, body, lang)
    assert response.status_code == 200, response.text
    return response.json()


def has_korean(text: str) -> bool:
    """Whether ``text`` holds Hangul syllables."""
    return any("\uac00" <= ch <= "\ud7a3" for ch in text)
