"""The pages and static files of the lab, from ``mldlab/lab/static/``.

``/`` is ``static/playground/index.html``, ``/lessons`` is ``static/lessons/index.html``, ``/lessons/<name>`` is
``static/lessons/<name>/index.html``, and ``/static/<path>`` any file below ``static/`` with its MIME type (ES
modules as ``text/javascript``, fonts as ``font/woff2``). Folders are never listed and a path never leaves the
folder (``..``, absolute paths, hidden files, symbolic links out); a missing file is a 404 in the error format.
"""

import pathlib
import re

from fastapi import APIRouter, Request
from fastapi.responses import FileResponse

from mldlab.i18n import message
from mldlab.lab._errors import LabError

STATIC = pathlib.Path(__file__).resolve().parent / "static"
TYPES = {".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8",
         ".mjs": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8",
         ".json": "application/json", ".woff2": "font/woff2", ".woff": "font/woff", ".ttf": "font/ttf",
         ".svg": "image/svg+xml", ".png": "image/png", ".jpg": "image/jpeg", ".ico": "image/x-icon",
         ".txt": "text/plain; charset=utf-8", ".md": "text/plain; charset=utf-8", ".csv": "text/csv; charset=utf-8",
         ".map": "application/json"}
_PART = re.compile(r"^[A-Za-z0-9_\-][A-Za-z0-9_.\-]*$")

router = APIRouter()


def static_file(relative: str, request: Request) -> FileResponse:
    """The file at ``relative`` below ``static/`` (404 for anything else)."""
    parts = relative.split("/")
    path = STATIC.joinpath(*parts).resolve() if all(_PART.match(p) and ".." not in p for p in parts) else None
    if path is None or not path.is_relative_to(STATIC) or not path.is_file():
        raise LabError(404, "not_found", message("server_not_found", path=request.url.path))
    media = TYPES.get(path.suffix.lower(), "application/octet-stream")
    return FileResponse(path, media_type=media, headers={"Cache-Control": "no-cache"})


@router.get("/", include_in_schema=False)
async def playground(request: Request):
    return static_file("playground/index.html", request)


@router.get("/lessons", include_in_schema=False)
@router.get("/lessons/", include_in_schema=False)
async def lessons(request: Request):
    return static_file("lessons/index.html", request)


@router.get("/lessons/{name}", include_in_schema=False)
@router.get("/lessons/{name}/", include_in_schema=False)
async def lesson(name: str, request: Request):
    return static_file(f"lessons/{name}/index.html", request)


@router.get("/lessons/{name}/{path:path}", include_in_schema=False)
async def lesson_file(name: str, path: str, request: Request):
    return static_file(f"lessons/{name}/{path}", request)


@router.get("/static/{path:path}", include_in_schema=False)
async def static(path: str, request: Request):
    return static_file(path, request)


@router.get("/favicon.ico", include_in_schema=False)
async def favicon(request: Request):
    return static_file("common/favicon.svg", request)
