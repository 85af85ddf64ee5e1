"""A real CalDAV server for the tests: Radicale, in this process, on 127.0.0.1 and a free port,
its collections in a temporary folder, stopped when the ``with`` block ends.

In process rather than a subprocess: no port to wait for (the socket is bound before the first
request) and nothing left running if a test fails. wsgiref serves one request at a time, which
is all a publish makes.
"""

from __future__ import annotations

import base64
import contextlib
import threading
import urllib.error
import urllib.request
import wsgiref.simple_server
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import radicale
import radicale.config

PASSWORD = "secret"


@dataclass(frozen=True)
class Server:
    base: str
    folder: Path

    def request(
        self, method: str, path: str, body: bytes | None = None, user: str | None = None
    ) -> tuple[int, bytes, str | None]:
        """A raw request as another client would make it: status, body and ETag."""
        request = urllib.request.Request(self.base + path, data=body, method=method)
        if user is not None:
            token = base64.b64encode(f"{user}:{PASSWORD}".encode()).decode()
            request.add_header("Authorization", f"Basic {token}")
        try:
            with urllib.request.urlopen(request, timeout=10) as response:
                return response.status, response.read(), response.headers.get("ETag")
        except urllib.error.HTTPError as exc:
            with exc:
                return exc.code, exc.read(), None

    def calendar(self, path: str, user: str | None = None) -> str:
        """A new calendar collection at ``path`` (``/owner/name/``); its URL."""
        owner = "/" + path.strip("/").split("/")[0] + "/"
        assert self.request("MKCOL", owner, user=user)[0] in (201, 405)
        assert self.request("MKCALENDAR", path, user=user)[0] == 201
        return self.base + path


@contextlib.contextmanager
def serve(folder: Path, users: tuple[str, ...] = ()) -> Iterator[Server]:
    """A server without authentication, or, given ``users`` (each with the password
    :data:`PASSWORD`), one where each user may change only their own calendars."""
    config: dict[str, dict[str, str]] = {
        "storage": {"filesystem_folder": str(folder)},
        "auth": {"type": "none"},
        "rights": {"type": "authenticated"},
        "logging": {"level": "error"},
    }
    if users:
        folder.mkdir(parents=True, exist_ok=True)
        htpasswd = folder.parent / f"{folder.name}.users"
        htpasswd.write_text("".join(f"{user}:{PASSWORD}\n" for user in users))
        config["auth"] = {
            "type": "htpasswd",
            "htpasswd_filename": str(htpasswd),
            "htpasswd_encryption": "plain",
        }
        config["rights"] = {"type": "owner_only"}
    configuration = radicale.config.load()
    configuration.update(config, "test", privileged=True)
    httpd = wsgiref.simple_server.make_server(
        "127.0.0.1", 0, radicale.Application(configuration), handler_class=_Quiet
    )
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05})
    thread.start()
    try:
        yield Server(f"http://127.0.0.1:{httpd.server_port}", folder)
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=10)
        assert not thread.is_alive(), "the CalDAV server did not stop"


class _Quiet(wsgiref.simple_server.WSGIRequestHandler):
    """No line per request on stderr: a failing test's output shows what failed."""

    def log_message(self, format: str, *args: object) -> None:
        pass
