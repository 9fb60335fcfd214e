"""The fleet's parts against a real Redis, in this process: entries, the writer, leases, the limiter, the reader."""
from __future__ import annotations

import json
import threading

import pytest
from fleet_support import until

from tiktoklive import Hub, codec
from tiktoklive.errors import SignatureRateLimitError
from tiktoklive.fleet import FleetReader, Keys, RoomRegistry, entry
from tiktoklive.fleet.checkpoint import Checkpoints
from tiktoklive.fleet.limiter import FleetPacer, SignLimiter
from tiktoklive.fleet.members import Members, fair_share
from tiktoklive.fleet.writer import Delivery, EventWriter
from tiktoklive.testing import factory


def chat(comment: str, msg_id: int):
    return codec.decode_message("WebcastChatMessage", factory.chat("alice", comment, msg_id=msg_id).SerializeToString())


def social_follow(msg_id: int):
    message = factory.social_follow("bob", msg_id=msg_id)
    return codec.decode_events("WebcastSocialMessage", message.SerializeToString())


class Fenced:
    def __init__(self) -> None:
        self.rooms = []

    def __call__(self, room: str) -> None:
        self.rooms.append(room)


def writer_for(redis_client, fleet_prefix, leases, fenced=None):
    writer = EventWriter(redis_client, Keys(fleet_prefix), "w1", lease_of=leases.get, on_fenced=fenced or Fenced())
    writer.start()
    return writer


def write(writer, *deliveries):
    stop = threading.Event()
    for delivery in deliveries:
        assert writer.put(delivery, stop)
    assert writer.wait_written(deliveries[0].room, 10)


# ---------------------------------------------------------------- the entry format


def test_an_entry_gives_back_the_same_event_and_its_json_has_ids_as_strings():
    event = chat("hello", 7_300_000_000_000_000_123)
    fields = entry.fields(event, "streamer", "7400000000000000001", "w1")
    data = json.loads(fields["json"])
    assert data["comment"] == "hello" and data["common"]["msg_id"] == "7300000000000000123"
    assert data["user"]["unique_id"] == "alice" and isinstance(data["user"]["id"], str)
    meta, again = entry.parse({k.encode(): v if isinstance(v, bytes) else v.encode() for k, v in fields.items()})
    assert meta["room"] == "streamer" and meta["msg_id"] == "7300000000000000123" and meta["worker"] == "w1"
    assert again.name == "chat" and again.comment == "hello" and again.to_dict() == event.to_dict()
    assert again.to_legacy() == event.to_legacy()


def test_a_derived_event_comes_back_as_itself():
    [follow] = social_follow(11)
    fields = {k.encode(): v if isinstance(v, bytes) else v.encode()
              for k, v in entry.fields(follow, "s", "1", "w").items()}
    assert entry.parse(fields)[1].name == follow.name == "follow"


def test_an_entry_missing_fields_or_with_a_bad_payload_is_a_decode_error():
    from tiktoklive.errors import DecodeError

    with pytest.raises(DecodeError, match="missing field"):
        entry.parse({b"room": b"s", b"event": b"chat"})
    with pytest.raises(DecodeError):
        entry.parse({b"room": b"s", b"event": b"chat", b"method": b"WebcastChatMessage", b"payload": b"\xff\xff"})


# ---------------------------------------------------------------- the writer


def test_the_writer_writes_each_event_once_and_checkpoints_atomically(redis_client, fleet_prefix):
    keys = Keys(fleet_prefix)
    registry = RoomRegistry(redis_client, keys)
    lease = registry.acquire("s", "w1", 30)
    writer = writer_for(redis_client, fleet_prefix, {"s": lease})
    first, second = chat("1", 101), chat("2", 102)
    write(writer, Delivery("s", "9", first, "c-0"), Delivery("s", "9", second, "c-1"))
    write(writer, Delivery("s", "9", first, "c-0"), Delivery("s", "9", second, "c-1"),  # a takeover's replay
          Delivery("s", "9", chat("3", 103), "c-2"))
    writer.close(5)
    comments = [json.loads(f[b"json"])["comment"] for _, f in redis_client.xrange(keys.events)]
    assert comments == ["1", "2", "3"]
    assert (writer.stats.written, writer.stats.duplicates) == (3, 2)
    assert Checkpoints(redis_client, keys).load("s") == "c-2"


def test_a_room_whose_events_redis_refuses_is_let_go_and_the_others_are_written(redis_client, fleet_prefix):
    keys = Keys(fleet_prefix)
    registry = RoomRegistry(redis_client, keys)
    leases = {room: registry.acquire(room, "w1", 30) for room in ("s", "t")}
    fenced = Fenced()
    writer = writer_for(redis_client, fleet_prefix, leases, fenced)
    write(writer, Delivery("s", "9", chat("s-1", 301), "s-c1"))
    redis_client.delete(keys.seen("s"))
    redis_client.set(keys.seen("s"), "not a sorted set")  # every write of s now fails: WRONGTYPE
    stop = threading.Event()
    assert writer.put(Delivery("s", "9", chat("s-2", 302), "s-c2"), stop)
    assert writer.put(Delivery("t", "8", chat("t-1", 401), "t-c1"), stop)
    assert writer.wait_written("s", 30) and writer.wait_written("t", 30)
    writer.close(5)
    comments = [json.loads(f[b"json"])["comment"] for _, f in redis_client.xrange(keys.events)]
    assert comments == ["s-1", "t-1"]  # t is written (and counted) although s's write failed beside it
    assert (writer.stats.written, writer.stats.failed) == (2, 1) and fenced.rooms == ["s"]
    checkpoints = Checkpoints(redis_client, keys)
    assert (checkpoints.load("s"), checkpoints.load("t")) == ("s-c1", "t-c1")  # s's next holder resumes before s-2


def test_an_event_whose_write_failed_is_not_taken_for_a_duplicate_later(redis_client, fleet_prefix):
    keys = Keys(fleet_prefix)
    lease = RoomRegistry(redis_client, keys).acquire("s", "w1", 30)
    fenced = Fenced()
    writer = writer_for(redis_client, fleet_prefix, {"s": lease}, fenced)
    redis_client.set(keys.events, "not a stream")  # the XADD fails: WRONGTYPE (the room is let go)
    write(writer, Delivery("s", "9", chat("lost?", 501), "c-1"))
    assert (writer.stats.written, writer.stats.failed, fenced.rooms) == (0, 1, ["s"])
    redis_client.delete(keys.events)  # repaired; the room's next holder resumes and reads the chat again
    fenced.rooms.clear()
    write(writer, Delivery("s", "9", chat("lost?", 501), "c-1"))
    writer.close(5)
    assert [json.loads(f[b"json"])["comment"] for _, f in redis_client.xrange(keys.events)] == ["lost?"]
    assert (writer.stats.written, writer.stats.duplicates) == (1, 0)


def test_two_events_of_one_message_are_both_written(redis_client, fleet_prefix):
    registry = RoomRegistry(redis_client, Keys(fleet_prefix))
    writer = writer_for(redis_client, fleet_prefix, {"s": registry.acquire("s", "w1", 30)})
    control = codec.decode_events("WebcastControlMessage",
                                  factory.message("WebcastControlMessage", action=3, msg_id=5).SerializeToString())
    assert [e.name for e in control] == ["controlMessage", "streamEnd"]
    write(writer, *(Delivery("s", "9", event, "c") for event in control))
    writer.close(5)
    assert [f[b"event"] for _, f in redis_client.xrange(Keys(fleet_prefix).events)] == [b"controlMessage", b"streamEnd"]


def test_a_writer_whose_lease_was_taken_over_writes_nothing_more(redis_client, fleet_prefix):
    keys = Keys(fleet_prefix)
    registry = RoomRegistry(redis_client, keys)
    old = registry.acquire("s", "w1", 30)
    redis_client.delete(keys.lease("s"))  # expired...
    new = registry.acquire("s", "w2", 30)  # ...and taken by another worker
    assert new != old and new.startswith("w2 ")
    fenced = Fenced()
    writer = writer_for(redis_client, fleet_prefix, {"s": old}, fenced)
    write(writer, Delivery("s", "9", chat("late", 201), "c-old"))
    writer.close(5)
    assert redis_client.xlen(keys.events) == 0 and fenced.rooms == ["s"] and writer.stats.fenced == 1
    assert Checkpoints(redis_client, keys).load("s") == ""  # the checkpoint did not move either


def test_a_checkpoint_alone_moves_the_cursor_and_an_empty_one_forgets_it(redis_client, fleet_prefix):
    keys = Keys(fleet_prefix)
    checkpoints = Checkpoints(redis_client, keys)
    writer = writer_for(redis_client, fleet_prefix, {"s": RoomRegistry(redis_client, keys).acquire("s", "w1", 30)})
    write(writer, Delivery("s", "9", None, "c-connect"))
    assert checkpoints.load("s") == "c-connect" and redis_client.xlen(keys.events) == 0
    write(writer, Delivery("s", "9", chat("no cursor known", 301), ""))  # (polling: no frames)
    assert checkpoints.load("s") == "c-connect"
    write(writer, Delivery("s", "", None, ""))  # the stream ended: the next one starts afresh
    writer.close(5)
    assert checkpoints.load("s") == "" and redis_client.exists(keys.cursor("s")) == 0


# ---------------------------------------------------------------- leases and shares


def test_a_lease_is_held_by_one_worker_until_released(redis_client, fleet_prefix):
    registry = RoomRegistry(redis_client, Keys(fleet_prefix))
    assert registry.add(["@ann", "bob", "https://www.tiktok.com/@cyd/live"]) == 3
    assert registry.rooms() == ["ann", "bob", "cyd"]
    lease = registry.acquire("ann", "w1", 30)
    assert registry.acquire("ann", "w2", 30) is None
    assert registry.holders(["ann", "bob"]) == {"ann": "w1", "bob": None}
    assert registry.renew({"ann": lease, "bob": "w1 999"}, 30) == ["bob"]
    assert not registry.release("ann", "w2 1") and registry.release("ann", lease)
    assert registry.acquire("ann", "w2", 30).startswith("w2 ")
    assert registry.remove(["ann"]) == 1 and registry.rooms() == ["bob", "cyd"]


@pytest.mark.parametrize("rooms, fleet_workers, shares", [(10, 3, [4, 3, 3]), (2, 3, [1, 1, 0]), (6, 2, [3, 3])])
def test_fair_shares_add_up_to_the_rooms(rooms, fleet_workers, shares):
    ids = [f"w{i}" for i in range(fleet_workers)]
    assert [fair_share(rooms, ids, worker) for worker in ids] == shares


def test_members_are_live_until_their_presence_expires(redis_client, fleet_prefix):
    members = Members(redis_client, Keys(fleet_prefix))
    assert members.announce("w1", 30, {"host": "h"}) == ["w1"]
    assert members.announce("w2", 0.001, {"host": "h"}) == ["w1", "w2"]
    until(lambda: members.announce("w1", 30, {"host": "h"}) == ["w1"], "w2's presence expired")
    members.leave("w1")
    assert "w1" not in members.live() and members.info("w1") == {}


# ---------------------------------------------------------------- the shared rate limiter


def test_the_limiter_spaces_turns_fleet_wide_and_holds_back_after_a_429(redis_client, fleet_prefix):
    keys = Keys(fleet_prefix)
    one, other = SignLimiter(redis_client, keys, 10.0), SignLimiter(redis_client, keys, 10.0)
    assert one.book() == 0.0
    assert 9.0 < other.book() <= 10.0  # another worker's next turn is one interval later
    fresh = SignLimiter(redis_client, Keys(f"{fleet_prefix}-2"), 0.0)
    fresh.hold(30)
    assert 29.0 < fresh.book() <= 30.0


def test_a_429_from_the_sign_server_holds_every_worker_back_until_its_reset(redis_client, fleet_prefix, fake):
    fake.room("streamer")
    fake.faults.sign_rate_limit(retry_after=40)
    limiter = SignLimiter(redis_client, Keys(fleet_prefix), 0.0)
    refused = threading.Event()
    with Hub(pacer=FleetPacer(limiter), **fake.client_options()) as hub:  # as a worker runs its rooms
        hub.on("error", lambda event: refused.set() if isinstance(event.exception, SignatureRateLimitError) else None)
        hub.add("streamer")
        assert refused.wait(30)
    # any worker now waits for the reset
    assert 38.0 < SignLimiter(redis_client, Keys(fleet_prefix), 0.0).book() <= 40.0
    assert len(fake.requests_to("sign_connect")) == 1  # the hub's next try waited for its turn until closed
    stopped = FleetPacer(limiter)
    stopped.stop()  # a closing hub does not wait for its turn
    assert stopped.wait() is False


# ---------------------------------------------------------------- the reader


def fill(redis_client, fleet_prefix, *comments):
    keys = Keys(fleet_prefix)
    for number, comment in enumerate(comments, 1):
        fields = entry.fields(chat(comment, 1000 + number), "s", "9", "w1")
        redis_client.xadd(keys.events, fields)


def test_a_group_delivers_each_entry_once_and_acked_ones_never_again(redis_url, redis_client, fleet_prefix):
    fill(redis_client, fleet_prefix, "a", "b", "c")
    with FleetReader(redis_url, group="bots", consumer="one", prefix=fleet_prefix, timeout=0.5) as reader:
        got = list(reader)
    assert [(e.unique_id, e.name, e.comment, e.user.unique_id) for e in got] == [
        ("s", "chat", "a", "alice"), ("s", "chat", "b", "alice"), ("s", "chat", "c", "alice")]
    assert got[0].to_legacy()["comment"] == "a" and got[0].to_dict()["comment"] == "a"
    got[0].ack()
    got[1].ack()
    again = FleetReader(redis_url, group="bots", consumer="one", prefix=fleet_prefix, timeout=0.5)
    assert [e.comment for e in again] == ["c"]  # its own pending entry, after a restart of the consumer
    other = FleetReader(redis_url, group="bots", consumer="two", prefix=fleet_prefix, timeout=0.5)
    assert list(other) == []  # nothing new; "c" is pending with "one", not idle long enough to claim


def test_a_dead_consumers_pending_entries_are_claimed(redis_url, redis_client, fleet_prefix):
    fill(redis_client, fleet_prefix, "a", "b")
    dead = FleetReader(redis_url, group="bots", consumer="dead", prefix=fleet_prefix, timeout=0.5)
    assert len(list(dead)) == 2  # read, never acked: the consumer died
    claimed = []
    with FleetReader(redis_url, group="bots", consumer="alive", prefix=fleet_prefix, timeout=5,
                     claim_idle=0.5) as alive:
        for event in alive:
            claimed.append(event.comment)
            event.ack()
            if len(claimed) == 2:
                break
    assert claimed == ["a", "b"]
    assert redis_client.xpending(Keys(fleet_prefix).events, "bots")["pending"] == 0


def test_a_bad_entry_is_skipped_and_the_reader_goes_on(redis_url, redis_client, fleet_prefix, caplog):
    redis_client.xadd(Keys(fleet_prefix).events, {"room": "s", "event": "chat", "method": "WebcastChatMessage",
                                      "payload": b"\xff\xff\xff"})
    fill(redis_client, fleet_prefix, "fine")
    with FleetReader(redis_url, group="bots", prefix=fleet_prefix, timeout=0.5) as reader:
        assert [e.comment for e in reader] == ["fine"]
    assert reader.skipped == 1 and "skipping stream entry" in caplog.text


def test_events_can_be_chosen_and_a_reader_without_a_group_reads_everything(redis_url, redis_client, fleet_prefix):
    fill(redis_client, fleet_prefix, "x")
    [follow] = social_follow(77)
    redis_client.xadd(Keys(fleet_prefix).events, entry.fields(follow, "s", "9", "w1"))
    assert [e.name for e in FleetReader(redis_url, None, prefix=fleet_prefix, timeout=0.5)] == ["chat", "follow"]
    chosen = FleetReader(redis_url, group="g", prefix=fleet_prefix, timeout=0.5, events=["follow"])
    assert [e.user.unique_id for e in chosen] == ["bob"]


def test_a_proxy_url_becomes_the_options_of_a_rooms_requests_and_websocket():
    from tiktoklive.errors import InvalidOptionError
    from tiktoklive.fleet.proxies import proxy_options

    options = proxy_options("http://user:p%40ss@10.0.0.1:3128")
    assert options["web_client_options"] == {"proxies": {"http": "http://user:p%40ss@10.0.0.1:3128",
                                                         "https": "http://user:p%40ss@10.0.0.1:3128"}}
    assert options["ws_client_options"] == {"http_proxy_host": "10.0.0.1", "http_proxy_port": 3128,
                                            "proxy_type": "http", "http_proxy_auth": ("user", "p@ss")}
    assert proxy_options("socks5h://127.0.0.1:1080")["ws_client_options"]["proxy_type"] == "socks5h"
    with pytest.raises(InvalidOptionError):
        proxy_options("ftp://127.0.0.1:21")


def test_a_reader_rides_out_a_redis_restart(fleet_prefix):
    import shutil

    from tiktoklive.fleet.local_redis import LocalRedis
    from tiktoklive.fleet.store import open_redis

    if not shutil.which("redis-server"):
        pytest.skip("restarting Redis needs redis-server")
    with LocalRedis(persistent=True) as server:
        client = open_redis(server.url)
        fill(client, fleet_prefix, "before")
        got = []
        with FleetReader(server.url, group="bots", prefix=fleet_prefix, timeout=30) as reader:
            for event in reader:
                got.append(event.comment)
                event.ack()
                if event.comment == "before":
                    server.restart()  # the reader is between two reads: its next one finds Redis gone
                    fill(client, fleet_prefix, "after")
                if event.comment == "after":
                    break
        client.close()
    assert got == ["before", "after"]


def test_a_redis_password_never_shows(redis_url, fleet_prefix):
    from tiktoklive.fleet import Worker

    secret = "redis://:hunter2-secret@127.0.0.1:1/0"
    shown = repr(Worker(secret, prefix=fleet_prefix)) + repr(FleetReader(secret, group="g"))
    assert "hunter2" not in shown and "<REDACTED>@127.0.0.1:1/0" in shown
    in_query = "redis://127.0.0.1:1/0?password=hunter2-secret&db=1"
    shown = repr(Worker(in_query, prefix=fleet_prefix)) + repr(FleetReader(in_query, group="g"))
    assert "hunter2" not in shown and "127.0.0.1:1/0?<REDACTED>" in shown


def test_closing_a_reader_that_never_iterated_closes_its_connection(redis_url, redis_client, fleet_prefix):
    before = len(redis_client.client_list())
    reader = FleetReader(redis_url, group="g", prefix=fleet_prefix)
    reader.ack("0-1")  # opens its connection
    assert len(redis_client.client_list()) == before + 1
    reader.close()
    until(lambda: len(redis_client.client_list()) == before, "the reader's connection closed")


def test_the_stream_is_trimmed_near_max_length_and_written_ids_are_forgotten_after_dedup_ttl(redis_client,
                                                                                             fleet_prefix):
    import time

    keys = Keys(fleet_prefix)
    lease = RoomRegistry(redis_client, keys).acquire("s", "w1", 30)
    writer = EventWriter(redis_client, keys, "w1", lease_of={"s": lease}.get, on_fenced=Fenced(),
                         max_length=100, dedup_ttl=0.3)
    writer.start()
    write(writer, *(Delivery("s", "9", chat(str(n), 1000 + n), "c") for n in range(1000)))
    assert 100 <= redis_client.xlen(keys.events) < 300  # MAXLEN ~ trims whole stream nodes
    assert 0 < redis_client.pttl(keys.seen("s")) <= 300  # the room's written ids expire with dedup_ttl
    time.sleep(0.5)
    write(writer, Delivery("s", "9", chat("0", 1000), "c"))  # forgotten: written again
    writer.close(5)
    assert (writer.stats.written, writer.stats.duplicates) == (1001, 0)
