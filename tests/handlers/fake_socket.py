"""A minimal Socket Mode server on 127.0.0.1: one WebSocket (RFC 6455) connection, JSON envelopes."""

from __future__ import annotations

import base64
import contextlib
import hashlib
import json
import queue
import socket
import struct
import threading

_GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"


class FakeSocketMode:
    """Accepts the app's connection, says hello, sends envelopes and collects the app's acks."""

    def __init__(self) -> None:
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._conn: socket.socket | None = None
        self._connected = threading.Event()
        self._send_lock = threading.Lock()
        self.received: queue.Queue[dict] = queue.Queue()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    @property
    def url(self) -> str:
        return f"ws://127.0.0.1:{self._listener.getsockname()[1]}/link/?ticket=test"

    def wait_connected(self, timeout: float = 10.0) -> None:
        assert self._connected.wait(timeout), "the app never connected over Socket Mode"

    def send(self, message: dict) -> None:
        assert self._conn is not None
        data = json.dumps(message).encode()
        header = bytes([0x81])
        if len(data) < 126:
            header += bytes([len(data)])
        elif len(data) < 65536:
            header += bytes([126]) + struct.pack("!H", len(data))
        else:
            header += bytes([127]) + struct.pack("!Q", len(data))
        with self._send_lock:
            self._conn.sendall(header + data)

    def ack_for(self, envelope_id: str, timeout: float = 10.0) -> dict:
        """The app's response to one envelope (other messages received meanwhile are dropped)."""
        while True:
            message = self.received.get(timeout=timeout)
            if message.get("envelope_id") == envelope_id:
                return message

    def close(self) -> None:
        with contextlib.suppress(OSError):
            self._listener.close()
        if self._conn is not None:
            with contextlib.suppress(OSError):
                self._conn.close()

    def _serve(self) -> None:
        try:
            conn, _ = self._listener.accept()
        except OSError:
            return
        self._conn = conn
        request = b""
        while b"\r\n\r\n" not in request:
            chunk = conn.recv(4096)
            if not chunk:
                return
            request += chunk
        headers = dict(line.split(": ", 1) for line in request.decode().split("\r\n")[1:] if ": " in line)
        key = headers.get("Sec-WebSocket-Key", "")
        accept = base64.b64encode(hashlib.sha1((key + _GUID).encode()).digest()).decode()
        conn.sendall(
            (
                "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                f"Sec-WebSocket-Accept: {accept}\r\n\r\n"
            ).encode()
        )
        self._connected.set()
        self.send({"type": "hello", "num_connections": 1, "debug_info": {"host": "fake"}})
        with contextlib.suppress(OSError, ConnectionError):
            self._read_frames(conn)

    def _read_exactly(self, conn: socket.socket, size: int) -> bytes:
        data = b""
        while len(data) < size:
            chunk = conn.recv(size - len(data))
            if not chunk:
                raise ConnectionError("closed")
            data += chunk
        return data

    def _read_frames(self, conn: socket.socket) -> None:
        while True:
            first, second = self._read_exactly(conn, 2)
            opcode, length = first & 0x0F, second & 0x7F
            if length == 126:
                (length,) = struct.unpack("!H", self._read_exactly(conn, 2))
            elif length == 127:
                (length,) = struct.unpack("!Q", self._read_exactly(conn, 8))
            mask = self._read_exactly(conn, 4) if second & 0x80 else b"\0\0\0\0"
            payload = bytes(b ^ mask[i % 4] for i, b in enumerate(self._read_exactly(conn, length)))
            if opcode == 0x8:
                return
            if opcode == 0x9:  # ping -> pong
                with self._send_lock:
                    conn.sendall(bytes([0x8A, len(payload)]) + payload)
            elif opcode == 0x1:
                self.received.put(json.loads(payload.decode()))
