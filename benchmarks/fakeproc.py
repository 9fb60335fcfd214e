"""A fake TikTok in a process of its own, scripted over stdin/stdout, so that its threads do not
compete with the client's for the GIL.

The child (``python -m benchmarks.fakeproc``) starts a :class:`~tiktoklive.testing.FakeTikTok`,
prints its ``urls`` as one JSON line, then answers one JSON line per command.
:class:`FakeProcess` is the parent's side.
"""
from __future__ import annotations

import itertools
import json
import subprocess
import sys
import time
from typing import Any, Iterator

from google.protobuf.message import Message

from tiktoklive.signer import SignConfig
from tiktoklive.testing import FakeTikTok, busy, factory, ws


def _templates(kind: str) -> Iterator[Message]:
    """An endless cycle of busy-room messages: comments only (``chat``) or the whole ``mix``."""
    return itertools.cycle(busy.MessageMix(mix={"chat": 1.0} if kind == "chat" else None, seed=1).messages(1000))


def _fresh(templates: Iterator[Message], count: int) -> list:
    """Copies of the next ``count`` templates, each with a new message id and, in
    ``common.client_send_time``, the wall clock in ns (the client's handlers subtract it from theirs)."""
    now = time.time_ns()
    batch = []
    for template in itertools.islice(templates, count):
        message = type(template)()
        message.CopyFrom(template)
        message.common.msg_id = factory.next_msg_id()
        message.common.client_send_time = now
        batch.append(message)
    return batch


def stream(fake: FakeTikTok, rooms: list[str], rate: float, seconds: float, per_frame: int = 1,
           kind: str = "chat") -> dict:
    """Send ``rate`` messages per second to each room for ``seconds``, ``per_frame`` to a frame.

    At each tick one frame is built and sent to every room, so that the fake's own work barely grows
    with the number of rooms (the clients' does).

    :returns: how many messages each room was sent, how far (seconds) the sender fell behind its
        schedule at worst, the longest time (seconds) one tick's sends took, and the CPU time (seconds)
        the fake's process used meanwhile.
    """
    templates = _templates(kind)
    handles = [fake.room(name) for name in rooms]
    interval = per_frame / rate
    frames = max(1, round(seconds / interval))
    cpu = time.process_time()
    start, late, longest = time.perf_counter(), 0.0, 0.0
    for n in range(frames):
        delay = start + n * interval - time.perf_counter()
        if delay > 0:
            time.sleep(delay)
        else:
            late = max(late, -delay)
        began = time.perf_counter()
        data = handles[0].frame(*_fresh(templates, per_frame))
        encoded = ws.encode(ws.OPCODE_BINARY, data)  # once for every socket
        for room in handles:
            for sock in room.sockets():
                sock.send_encoded(encoded, len(data))
        longest = max(longest, time.perf_counter() - began)
    return {"sent": frames * per_frame, "late": late, "longest_tick": longest, "cpu": time.process_time() - cpu}


def flood(fake: FakeTikTok, room: str, count: int, per_frame: int = 50) -> dict:
    """Send ``count`` messages of the busy mix to one room as fast as the fake can."""
    templates = _templates("mix")
    handle = fake.room(room)
    for _ in range(count // per_frame):
        handle.send(*_fresh(templates, per_frame))
    return {"sent": count // per_frame * per_frame}


def _serve() -> None:
    with FakeTikTok() as fake:
        _reply({"urls": fake.urls})
        for line in sys.stdin:
            command = json.loads(line)
            operation = command.pop("op")
            if operation == "quit":
                break
            if operation == "rooms":
                for name in command["names"]:
                    fake.room(name)
                _reply({"rooms": len(command["names"])})
            else:
                _reply({"stream": stream, "flood": flood}[operation](fake, **command))


def _reply(data: dict) -> None:
    sys.stdout.write(json.dumps(data) + "\n")
    sys.stdout.flush()


class FakeProcess:
    """The parent's handle on a fake TikTok running in a child process.

    :ivar urls: the fake's base URLs (``FakeTikTok.urls``).
    :ivar options: keyword options that point a :class:`tiktoklive.Connection` at it (those of
        ``FakeTikTok.client_options()``).
    """

    def __init__(self) -> None:
        self._process = subprocess.Popen([sys.executable, "-m", "benchmarks.fakeproc"], stdin=subprocess.PIPE,
                                         stdout=subprocess.PIPE, text=True)
        self.urls: dict = self._read()["urls"]
        self.options = {"web_base_url": self.urls["web"], "webcast_base_url": self.urls["webcast"],
                        "sign_config": SignConfig(base_path=self.urls["sign"])}

    def __enter__(self) -> FakeProcess:
        return self

    def __exit__(self, *exc_info: Any) -> None:
        self.close()

    def _read(self) -> dict:
        assert self._process.stdout is not None
        line = self._process.stdout.readline()
        if not line:
            raise RuntimeError(f"the fake process exited ({self._process.wait()})")
        return json.loads(line)

    def call(self, op: str, **arguments: Any) -> dict:
        """Run one command in the fake process and return its answer (blocks until it is done)."""
        assert self._process.stdin is not None
        self._process.stdin.write(json.dumps({"op": op, **arguments}) + "\n")
        self._process.stdin.flush()
        return self._read()

    def close(self) -> None:
        """Stop the fake and wait for its process to exit."""
        assert self._process.stdin is not None
        try:
            self._process.stdin.write('{"op": "quit"}\n')
            self._process.stdin.close()
        except BrokenPipeError:  # it is gone already
            pass
        self._process.wait(timeout=30)


if __name__ == "__main__":
    _serve()
