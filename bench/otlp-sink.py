#!/usr/bin/env python3
"""An OTLP/HTTP endpoint that takes trace exports and discards them (bench/platform-variants.sh).

It answers every POST to /v1/traces with 200 and an empty ExportTraceServiceResponse, as a
collector would, so that the applications' exporters run as in production; what a benchmark then
measures is what tracing costs the applications, not what a collector costs. Every 50 exports it
prints how many it took and how many bytes.

    python3 bench/otlp-sink.py [port]     (default 4318, the OTLP/HTTP port)
"""
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

lock = threading.Lock()
exports = 0
received = 0


class Sink(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_POST(self):
        global exports, received
        length = int(self.headers.get("Content-Length", "0"))
        self.rfile.read(length)
        status = 200 if self.path == "/v1/traces" else 404
        self.send_response(status)
        self.send_header("Content-Type", "application/x-protobuf")
        self.send_header("Content-Length", "0")
        self.end_headers()
        with lock:
            exports += 1
            received += length
            if exports % 50 == 0:
                print(f"exports={exports} bytes={received}", flush=True)

    def log_message(self, *args):
        pass


if __name__ == "__main__":
    port = int(sys.argv[1]) if len(sys.argv) > 1 else 4318
    ThreadingHTTPServer(("127.0.0.1", port), Sink).serve_forever()
