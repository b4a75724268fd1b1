"""The Starlette app: each page calls one api/ function and renders one
template. Read-only; PDFs are served only from paths recorded in the store."""

from __future__ import annotations

import datetime as dt
import mimetypes
import os
from pathlib import Path

import jinja2
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.requests import Request
from starlette.responses import FileResponse, HTMLResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ..api.documents import parse_bbox, pdf_file, stored_document
from ..api.meetings import meeting_view
from ..api.person_pages import organisation_view, person_view
from ..api.queries import doc_label, list_meetings
from ..api.search_view import SearchFilters, search_page
from ..api.status import store_status
from .links import FIND_CHARS, organisation_url, person_url, search_url, snippet_html, view_url
from .readonly import ReadOnlyData

HERE = Path(__file__).resolve().parent
RESULTS_PER_PAGE = 20
SEARCH_PARAMS = ("q", "type", "body", "year", "outcome", "start")

# No inline scripts, nothing from another origin: document text that slipped
# through escaping still could not run. PDF.js needs blob:/data: for fonts and images.
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data: blob:; font-src 'self' data: blob:; worker-src 'self' blob:; "
    "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
)

mimetypes.add_type("text/javascript", ".mjs")  # module scripts need a JavaScript type


def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(HERE / "templates"),
        autoescape=True,  # every string from a document is escaped
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals.update(
        view_url=view_url,
        person_url=person_url,
        organisation_url=organisation_url,
        search_url=search_url,
        doc_label=doc_label,
        parse_bbox=parse_bbox,
    )
    env.filters["snippet"] = snippet_html
    env.filters["label"] = lambda s: (s or "").replace("_", " ")
    return env


def create_app(db_path: str, *, allowed_hosts: list[str] | None = None) -> Starlette:
    """`allowed_hosts`: Host headers to answer (others get 400), so a web page
    elsewhere cannot read a local server through DNS rebinding; None answers all."""
    data = ReadOnlyData(db_path)
    env = _environment()

    def render(name: str, status_code: int = 200, **context) -> HTMLResponse:
        return HTMLResponse(env.get_template(name).render(**context), status_code=status_code)

    def not_found(what: str) -> HTTPException:
        return HTTPException(404, what)

    def search(request: Request) -> Response:
        p = request.query_params
        params = {k: p.get(k) or None for k in SEARCH_PARAMS}
        filters = SearchFilters(
            type=params["type"], body=params["body"], year=params["year"], outcome=params["outcome"]
        )
        try:
            start = max(int(params["start"] or 0), 0)
        except ValueError:
            start = 0
        page = search_page(
            data.store(), data.index, params["q"] or "", filters, limit=RESULTS_PER_PAGE, offset=start
        )
        context = dict(page=page, params=params, start=start, per_page=RESULTS_PER_PAGE)
        if request.headers.get("HX-Request") and not request.headers.get("HX-Boosted"):
            return render("_results.html", **context)
        return render("search.html", **context)

    def meetings(request: Request) -> Response:
        body = request.query_params.get("body") or None
        return render("meetings.html", meetings=list_meetings(data.store(), body=body), body=body)

    def meeting(request: Request) -> Response:
        view = meeting_view(data.store(), request.path_params["meeting_id"])
        if view is None:
            raise not_found("No meeting with that number in this store.")
        return render("meeting.html", v=view)

    def person(request: Request) -> Response:
        name = (request.query_params.get("name") or "").strip()
        view = person_view(data.store(), name) if name else None
        if view is None:
            raise not_found(f"No one called {name!r} in this store." if name else "Which person? Add ?name=.")
        return render("person.html", v=view, today=dt.date.today().isoformat())

    def organisation(request: Request) -> Response:
        name = (request.query_params.get("name") or "").strip()
        view = organisation_view(data.store(), name) if name else None
        if view is None:
            raise not_found(
                f"No interest declared in {name!r}." if name else "Which organisation? Add ?name=."
            )
        return render("organisation.html", v=view)

    def viewer(request: Request) -> Response:
        doc = stored_document(data.store(), request.path_params["sha256"])
        if doc is None:
            raise not_found("No such document in this store.")
        try:
            page = int(request.query_params.get("page") or 1)
        except ValueError:
            page = 1
        page = min(max(page, 1), doc["page_count"] or 1)
        box = parse_bbox("[" + request.query_params["box"] + "]") if request.query_params.get("box") else None
        find = (request.query_params.get("find") or "")[:FIND_CHARS] or None
        return render("viewer.html", doc=doc, page=page, box=box, find=find)

    def pdf(request: Request) -> Response:
        sha = request.path_params["sha256"]
        path = pdf_file(data.store(), sha)  # a path from the store, never from the URL
        if path is None:
            raise not_found("No such document (or its file has moved since it was ingested).")
        return FileResponse(
            path,
            media_type="application/pdf",
            headers={"Content-Disposition": f'inline; filename="{sha[:12]}.pdf"'},
        )

    def status(request: Request) -> Response:
        info = store_status(data.store(), documents=True)
        return render("status.html", s=info, basename=os.path.basename)

    async def http_error(request: Request, exc: Exception) -> Response:
        code = getattr(exc, "status_code", 500)
        detail = getattr(exc, "detail", "") or ("Page not found." if code == 404 else "Error.")
        if code == 404 and detail == "Not Found":
            detail = "No such page."
        return render("error.html", status_code=code, code=code, detail=detail)

    return Starlette(
        routes=[
            Route("/", search),
            Route("/meetings", meetings),
            Route("/meeting/{meeting_id:int}", meeting),
            Route("/person", person),
            Route("/organisation", organisation),
            Route("/view/{sha256}", viewer),
            Route("/pdf/{sha256}", pdf),
            Route("/status", status),
            Mount("/static", StaticFiles(directory=HERE / "static"), name="static"),
        ],
        exception_handlers={HTTPException: http_error},
        middleware=[Middleware(SecurityHeaders)]
        + ([Middleware(TrustedHostMiddleware, allowed_hosts=allowed_hosts)] if allowed_hosts else []),
    )


SECURITY_HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
]


class SecurityHeaders:
    """Adds the headers above to every response (plain ASGI middleware)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = list(message.get("headers", [])) + SECURITY_HEADERS
            await send(message)

        await self.app(scope, receive, send_with_headers)
