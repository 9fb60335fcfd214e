"""Decode throughput: messages per second from raw WebSocket frames to events handed to a handler."""
from __future__ import annotations

import statistics
import time
import zlib
from pathlib import Path
from typing import Callable, Iterable

from benchmarks import peers
from tiktoklive import codec
from tiktoklive._proto import push_pb2, webcast_pb2
from tiktoklive.dispatcher import Dispatcher
from tiktoklive.events.names import WEBCAST_EVENT_NAMES, WebcastEvent
from tiktoklive.receiver import Receiver
from tiktoklive.worker import pass_frame

HERE = Path(__file__).resolve().parent


def floor(frames: list[bytes]) -> int:
    """The bare protobuf parse (upb): push frame, gunzip, fetch result, each message by its method's class.

    :returns: the number of messages parsed.
    """
    classes: dict[str, type] = {}
    count = 0
    for data in frames:
        frame = push_pb2.WebcastPushFrame.FromString(data)
        payload = frame.payload
        if frame.headers.get("compress_type") == "gzip":
            payload = zlib.decompress(payload, 31)
        for message in push_pb2.WebcastResponse.FromString(payload).messages:
            cls = classes.get(message.method)
            if cls is None:
                cls = classes[message.method] = getattr(webcast_pb2, message.method)
            cls.FromString(message.payload)
            count += 1
    return count


class Handler:
    """The handler every library gets: it counts the events and reads who did it."""

    def __init__(self) -> None:
        self.seen = 0
        self.last_user = ""

    def __call__(self, event: object) -> None:
        user = getattr(event, "user", None)
        if user is not None:
            self.last_user = user.unique_id
        self.seen += 1


def _through_receiver(frames: list[bytes], names: Iterable[str]) -> int:
    handler, emitter = Handler(), Dispatcher(object())
    for name in names:
        emitter.on(name, handler)
    receiver = Receiver(emitter)
    acks: list[bytes] = []

    def ack(log_id: int, result: codec.FetchResult) -> None:  # as PushClient.ack builds it
        if result.need_ack and result.internal_ext:
            acks.append(codec.encode_ack(log_id, result.internal_ext))

    for data in frames:
        pass_frame(receiver, data, ack)
    return handler.seen


def ours(frames: list[bytes]) -> int:
    """tiktoklive as a ``Connection`` runs it on each received frame: its ``Receiver`` (ack, decode,
    de-duplication by message id, guarded dispatch through blinker signals) and a handler on every
    message event.

    :returns: the number of events handed to the handler.
    """
    return _through_receiver(frames, WEBCAST_EVENT_NAMES)


def ours_chat_only(frames: list[bytes]) -> int:
    """:func:`ours` with a handler on ``chat`` alone: the other messages are not decoded.

    :returns: the number of events handed to the handler.
    """
    return _through_receiver(frames, (WebcastEvent.CHAT,))


def codec_only(frames: list[bytes]) -> int:
    """tiktoklive's ``codec.decode_frame``, with the handler called directly on each event.

    :returns: the number of events handed to the handler.
    """
    handler = Handler()
    for data in frames:
        for event in codec.decode_frame(data):
            handler(event)
    return handler.seen


def time_in_process(decoders: dict[str, Callable[[list[bytes]], int]], frames: list[bytes], messages: int,
                    repetitions: int) -> dict[str, dict]:
    """Time ``repetitions`` runs of each decoder over the corpus, as the peers' scripts report them.

    The decoders take turns, one run each per round, so that a change of the machine's load
    (a shared machine) weighs on all of them alike and their ratios hold.
    """
    runs: dict[str, dict] = {name: {"messages": messages, "events": 0, "times": []} for name in decoders}
    for _ in range(repetitions):
        for name, decode in decoders.items():
            start = time.perf_counter()
            runs[name]["events"] = decode(frames)
            runs[name]["times"].append(time.perf_counter() - start)
    return runs


def time_tiktoklive(corpus_file: Path, repetitions: int) -> dict:
    """Time TikTokLive (Python) in its own virtualenv on the corpus file.

    :raises peers.PeerUnavailable: it could not be installed or run.
    """
    python = peers.tiktoklive_python()
    return peers.run_json([str(python), str(HERE / "peer_tiktoklive.py"), str(corpus_file), str(repetitions)],
                          timeout=900)


def time_node(corpus_file: Path, repetitions: int) -> dict:
    """Time tiktok-live-connector (Node) on the corpus file.

    :raises peers.PeerUnavailable: node is missing or the package could not be installed or run.
    """
    node, package = peers.node_package()
    return peers.run_json([node, str(HERE / "peer_node.mjs"), str(package), str(corpus_file), str(repetitions)],
                          timeout=900)


def summarize(run: dict) -> dict:
    """Messages per second (best and median over the repetitions) of a timed run."""
    rates = [run["messages"] / seconds for seconds in run["times"]]
    return {**run, "best": max(rates), "median": statistics.median(rates)}
