"""The reading worker: the one thread that moves a connection's frames from its socket to its handlers.

A frame flows one way: the socket (:class:`~tiktoklive.transport.PushClient`: frames in, acks and
heartbeats out) -> the receiver (:class:`~tiktoklive.receiver.Receiver`: events, no I/O) -> the
dispatcher (:class:`~tiktoklive.dispatcher.Dispatcher`: handlers and iterators) -> the user.
"""
from __future__ import annotations

from typing import Callable, Optional

from tiktoklive import wire
from tiktoklive.receiver import Receiver

#: ``ack(log_id, result)``: acks a frame if its result asks for it (:meth:`PushClient.ack
#: <tiktoklive.transport.PushClient.ack>`).
Ack = Callable[[int, wire.FetchResult], None]


def pass_frame(receiver: Receiver, data: bytes, ack: Optional[Ack] = None) -> bool:
    """Pass one received frame on: ``ack`` it (before any handler runs), then deliver its events.

    :returns: whether the stream has ended.
    """
    batch = receiver.open_frame(data)
    if batch is None:
        return receiver.stream_ended
    if ack is not None:
        ack(batch.log_id, batch.result)
    return receiver.deliver(batch.result)
