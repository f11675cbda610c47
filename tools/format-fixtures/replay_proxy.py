"""A caching proxy in front of moto, so that every CLI run of one case sees the same response.

A mutating call (create-vpc, run-instances, ...) run three times against moto would create three
resources with three ids. Through this proxy, the first run of a request reaches moto and later
identical requests (same method, path and parameters, ignoring the random ClientToken) get the
recorded bytes back. POST /__reset forgets everything; capture.sh calls it between cases.

Usage: python3 replay_proxy.py LISTEN_PORT MOTO_PORT
"""

import http.server
import json
import sys
import urllib.parse
import urllib.request

MOTO = "http://127.0.0.1:%s" % sys.argv[2]
CACHE = {}


def cache_key(method, path, body):
    try:
        params = urllib.parse.parse_qsl(body.decode("utf-8"), keep_blank_values=True)
    except UnicodeDecodeError:
        params = None
    if params and all(k for k, _ in params):
        params = sorted(p for p in params if p[0] != "ClientToken")
        return (method, path, json.dumps(params))
    return (method, path, body)


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def _handle(self):
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        if self.path == "/__reset":
            CACHE.clear()
            self._send(200, [], b"")
            return
        key = cache_key(self.command, self.path, body)
        if key not in CACHE:
            headers = {k: v for k, v in self.headers.items() if k.lower() not in ("host", "content-length")}
            request = urllib.request.Request(MOTO + self.path, data=body if body else None,
                                             headers=headers, method=self.command)
            try:
                with urllib.request.urlopen(request) as response:
                    CACHE[key] = (response.status, list(response.headers.items()), response.read())
            except urllib.error.HTTPError as error:
                CACHE[key] = (error.code, list(error.headers.items()), error.read())
        status, headers, data = CACHE[key]
        self._send(status, headers, data)

    def _send(self, status, headers, data):
        self.send_response(status)
        for name, value in headers:
            if name.lower() not in ("content-length", "transfer-encoding", "connection", "date", "server"):
                self.send_header(name, value)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    do_GET = do_POST = do_PUT = do_DELETE = do_HEAD = _handle


http.server.ThreadingHTTPServer(("127.0.0.1", int(sys.argv[1])), Handler).serve_forever()
