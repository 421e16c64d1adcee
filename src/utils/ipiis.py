"""The host's end of IPIIS: frames (as src/ipwis/ipiis-frame.h lays them
out) and a connection to a kernel's COM2 through the Unix socket that
`skiff --com2 unix:PATH` makes.

A frame is END, the escaped body, END.  The body: version (1), type,
sequence, payload length (2 bytes, little endian), payload, and the
CRC-32 of all that (4 bytes, little endian).  doc/ipwis.md has the table.
"""

import hashlib
import hmac
import socket
import struct
import time
import zlib

VERSION = 1
END, ESC, ESC_END, ESC_ESC = 0xC0, 0xDB, 0xDC, 0xDD
MAX_PAYLOAD = 1024

ECHO, STATS, NONCE, KERNEL, RESOURCES = 0x01, 0x02, 0x03, 0x04, 0x05
SUBMIT, POLL, WATCH, CANCEL, EVENT, OUTSIDE = 0x06, 0x07, 0x08, 0x09, 0x0A, 0x0B
PIECE_MORE, PIECE_LAST = 0, 1
PIECE_SIZE = 1000   # Bytes of tree in one submit frame.
REPLY, ERROR = 0x80, 0xFF
NONCE_SIZE = 16


class IpiisError(Exception):
    """The kernel refused a request, or the link failed; says why."""


def body(kind, sequence, payload):
    header = struct.pack("<BBBH", VERSION, kind, sequence, len(payload))
    data = header + payload
    return data + struct.pack("<I", zlib.crc32(data))


def escape(data):
    out = bytearray([END])
    for byte in data:
        if byte == END:
            out += bytes([ESC, ESC_END])
        elif byte == ESC:
            out += bytes([ESC, ESC_ESC])
        else:
            out.append(byte)
    out.append(END)
    return bytes(out)


def encode(kind, sequence, payload):
    """The bytes on the line for one frame."""
    if len(payload) > MAX_PAYLOAD:
        raise IpiisError(f"a payload is at most {MAX_PAYLOAD} bytes")
    return escape(body(kind, sequence, payload))


def decode_body(data):
    """(type, sequence, payload) of an intact unescaped body, else None."""
    if len(data) < 9 or data[0] != VERSION:
        return None
    kind, sequence, length = struct.unpack_from("<BBH", data, 1)
    if len(data) != 5 + length + 4:
        return None
    (crc,) = struct.unpack_from("<I", data, 5 + length)
    if crc != zlib.crc32(data[:5 + length]):
        return None
    return kind, sequence, bytes(data[5:5 + length])


class Decoder:
    """Turns the bytes of a line into frames; drops and counts bad ones."""

    def __init__(self):
        self.body = bytearray()
        self.escaped = self.broken = False
        self.dropped = 0

    def feed(self, data):
        """The intact frames that DATA completes, in order."""
        frames = []
        for byte in data:
            if byte == END:
                if self.body or self.broken or self.escaped:
                    frame = None if self.broken or self.escaped else \
                        decode_body(self.body)
                    if frame is None:
                        self.dropped += 1
                    else:
                        frames.append(frame)
                self.body = bytearray()
                self.escaped = self.broken = False
            elif self.escaped:
                self.escaped = False
                if byte not in (ESC_END, ESC_ESC):
                    self.broken = True
                self.body.append(END if byte == ESC_END else ESC)
            elif byte == ESC:
                self.escaped = True
            else:
                self.body.append(byte)
        return frames


class Connection:
    """One IPIIS conversation with a kernel, over the socket at PATH."""

    def __init__(self, path, wait_seconds=10.0, reply_seconds=60.0):
        self.socket = self._connect(path, wait_seconds)
        self.socket.settimeout(reply_seconds)
        self.decoder = Decoder()
        self.sequence = 0
        self.pending = []
        # What the kernel sends unasked: events (text) for on_event, and
        # tasks' outside calls (bytes) for on_outside, whose answer goes
        # back; either may raise IpiisError to refuse.
        self.on_event = None
        self.on_outside = None

    @staticmethod
    def _connect(path, wait_seconds):
        """Connects, retrying while the simulator is still starting."""
        deadline = time.monotonic() + wait_seconds
        while True:
            sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            try:
                sock.connect(path)
                return sock
            except OSError as error:
                sock.close()
                if time.monotonic() >= deadline:
                    raise IpiisError(f"cannot connect to {path}: {error.strerror}"
                                     f" (is skiff running with --com2 unix:{path}?)")
                time.sleep(0.1)

    def close(self):
        self.socket.close()

    def send_raw(self, data):
        self.socket.sendall(data)

    def request(self, kind, payload=b""):
        """Sends one request and returns its reply's payload; raises
        IpiisError with the kernel's reason if it answers with an error."""
        self.sequence = (self.sequence + 1) % 256
        self.send_raw(encode(kind, self.sequence, payload))
        while True:
            reply_kind, sequence, reply = self._next_frame()
            if self._unasked(reply_kind, sequence, reply) or sequence != self.sequence:
                continue
            if reply_kind == ERROR:
                raise IpiisError(reply.decode(errors="replace"))
            if reply_kind != kind | REPLY:
                raise IpiisError(f"a reply of type {reply_kind:#04x} to a "
                                 f"request of type {kind:#04x}")
            return reply

    def _unasked(self, kind, sequence, payload):
        """Handles a frame the kernel sent unasked; False if it is a reply."""
        if kind == EVENT:
            if self.on_event:
                self.on_event(payload.decode(errors="replace"))
            return True
        if kind != OUTSIDE:
            return False
        try:
            if not self.on_outside:
                raise IpiisError("this end serves no outside calls")
            self.send_raw(encode(OUTSIDE | REPLY, sequence, self.on_outside(payload)))
        except IpiisError as refusal:
            self.send_raw(encode(ERROR, sequence, str(refusal).encode()))
        return True

    def follow(self):
        """Serves what the kernel sends unasked until it closes the line
        or a handler raises StopIteration."""
        self.socket.settimeout(None)    # A task may take its time.
        try:
            while True:
                self._unasked(*self._next_frame())
        except StopIteration:
            pass

    def submit(self, tree):
        """Submits TREE (bytes) in pieces; the last reply, as text."""
        pieces = [tree[i:i + PIECE_SIZE] for i in range(0, len(tree), PIECE_SIZE)] or [b""]
        for number, piece in enumerate(pieces):
            last = number == len(pieces) - 1
            reply = self.request(SUBMIT, bytes([PIECE_LAST if last else PIECE_MORE]) + piece)
        return reply.decode(errors="replace")

    def _next_frame(self):
        """The next frame from the kernel; the rest of what arrived with
        it stays pending, for the next call."""
        while not self.pending:
            try:
                data = self.socket.recv(4096)
            except socket.timeout:
                raise IpiisError("the kernel did not answer in time")
            if not data:
                raise IpiisError("the kernel closed the line")
            self.pending += self.decoder.feed(data)
        return self.pending.pop(0)

    def kernel_command(self, key, command):
        """An authenticated kernel-mode COMMAND (text) under the owner's
        KEY (bytes): fetches a nonce, signs nonce and command, sends it.
        Returns the signed request's payload too, so a test can replay it."""
        nonce = self.request(NONCE)
        if len(nonce) != NONCE_SIZE:
            raise IpiisError(f"a nonce of {len(nonce)} bytes")
        payload = signed_command(key, nonce, command)
        return self.request(KERNEL, payload), payload


def signed_command(key, nonce, command):
    """The payload of a kernel-mode command: nonce, MAC, command."""
    text = command.encode()
    mac = hmac.new(key, nonce + text, hashlib.sha256).digest()
    return nonce + mac + text
