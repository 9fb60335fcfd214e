"""``tiktoklive fleet ...`` commands, backpressure and the sign key, against a real Redis and the fake."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys

from fleet_support import assert_each_once, holders, numbers, one_worker, until

from tiktoklive import codec
from tiktoklive.cli import main
from tiktoklive.fleet import Keys, RoomRegistry, Worker, entry
from tiktoklive.fleet.checkpoint import Checkpoints
from tiktoklive.fleet.demo import worker_command
from tiktoklive.testing import FakeTikTok, factory
from tiktoklive.testing.numbered import NumberedChats


def fleet(capsys, redis_url, fleet_prefix, *args):
    """Run ``tiktoklive fleet ARGS...``, the Redis flags after the command's words (as ``rooms add --redis URL @a``)."""
    words = 2 if args[0] == "rooms" else 1
    assert main(["fleet", *args[:words], "--redis", redis_url, "--prefix", fleet_prefix, *args[words:]]) == 0
    return capsys.readouterr().out


def test_rooms_are_added_listed_and_removed(capsys, redis_url, fleet_prefix):
    assert fleet(capsys, redis_url, fleet_prefix, "rooms", "add", "@alice", "bob") == "2 room(s) added\n"
    assert fleet(capsys, redis_url, fleet_prefix, "rooms", "list") == "@alice\n@bob\n"
    assert fleet(capsys, redis_url, fleet_prefix, "rooms", "remove", "@alice") == "1 room(s) removed\n"
    assert fleet(capsys, redis_url, fleet_prefix, "rooms", "list") == "@bob\n"


def test_status_says_which_rooms_wait_and_who_holds_the_others(capsys, redis_url, redis_client, fleet_prefix):
    registry = RoomRegistry(redis_client, Keys(fleet_prefix))
    registry.add(["alpha", "beta"])
    registry.acquire("alpha", "w1", 30)
    status = json.loads(fleet(capsys, redis_url, fleet_prefix, "status", "--json"))
    assert status["rooms"] == {"total": 2, "watched": {"alpha": "w1"}, "waiting": ["beta"], "offline": {}}
    assert status["stream"]["name"] == f"{fleet_prefix}:events" and status["stream"]["length"] == 0
    assert "2 room(s): 1 watched, 1 waiting" in fleet(capsys, redis_url, fleet_prefix, "status")


def test_an_unreachable_redis_is_one_error_line_without_its_password(capsys):
    import socket

    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    url = f"redis://:hunter2-secret@127.0.0.1:{port}/0?password=hunter2-secret"
    for command in (["status", "--json"], ["rooms", "list"], ["rooms", "add", "@a", "@b"]):
        words = 2 if command[0] == "rooms" else 1
        assert main(["fleet", *command[:words], "--redis", url, *command[words:]]) == 1
        out, err = capsys.readouterr()
        assert out == "" and err.count("\n") == 1 and err.startswith("error: Redis at redis://<REDACTED>@127.0.0.1:")
        assert "hunter2" not in err and "Traceback" not in err


def test_tail_prints_the_events_with_their_room(capsys, redis_url, redis_client, fleet_prefix):
    event = codec.decode_message("WebcastChatMessage", factory.chat("alice", "hello").SerializeToString())
    redis_client.xadd(Keys(fleet_prefix).events, entry.fields(event, "streamer", "1", "w1"))
    out = fleet(capsys, redis_url, fleet_prefix, "tail", "--json", "--from-start", "--duration", "1")
    line = json.loads(out.splitlines()[0])
    assert (line["room"], line["event"], line["data"]["comment"]) == ("streamer", "chat", "hello")
    text = fleet(capsys, redis_url, fleet_prefix, "tail", "--from-start", "--duration", "1", "--events", "chat")
    assert text.splitlines()[0] == "@streamer [chat] @alice: hello"


def test_a_slow_redis_pauses_reading_and_drops_nothing(fake, redis_url, redis_client, fleet_prefix):
    room = fake.room("r1")
    RoomRegistry(redis_client, Keys(fleet_prefix)).add(["r1"])
    with one_worker(fake, redis_url, fleet_prefix, "r1", queue_size=5) as worker:
        with NumberedChats([room], interval=0.005) as chats:
            chats.wait_for(10)
            redis_client.client_pause(3000, all=False)  # every write waits 3 s: Redis is slow
            chats.wait_for(chats.sent + 100)
        last = chats.sent
        until(lambda: last in numbers(redis_client, fleet_prefix).get("r1", []), "every chat written")
        assert worker.writer.stats.waits > 0  # the queue was full: reading waited instead of dropping
    assert_each_once(numbers(redis_client, fleet_prefix), ["r1"], last)


def test_a_worker_uses_the_sign_key_of_its_environment_and_never_shows_it(redis_url, redis_client, fleet_prefix,
                                                                           tmp_path):
    key = "sk-fleet-test-5f1d2c"
    with FakeTikTok(api_key=key) as keyed:
        room = keyed.room("r1")
        RoomRegistry(redis_client, Keys(fleet_prefix)).add(["r1"])
        log = tmp_path / "worker.log"
        with open(log, "w") as out:
            command = worker_command(redis_url, keyed.urls, "k", prefix=fleet_prefix)
            command.insert(3, "-vv")
            process = subprocess.Popen(command, stdout=out, stderr=out, env={**os.environ, "SIGN_API_KEY": key})
        try:
            until(lambda: holders(redis_client, fleet_prefix)["r1"] == "k", "the worker holding the room")
            keyed.wait_for_sockets(room, timeout=30)  # the sign server took the key
            process.send_signal(signal.SIGTERM)
            assert process.wait(30) == 0
        finally:
            if process.poll() is None:
                process.kill()
                process.wait()
    assert key not in log.read_text() and "handed its rooms over" in log.read_text()


def test_the_demo_kills_a_worker_and_its_rooms_move():
    from fleet_support import redis_server_or_skip

    redis_server_or_skip("the demo starts a redis-server")
    result = subprocess.run([sys.executable, "-m", "tiktoklive", "fleet", "demo", "--rooms", "3", "--rate", "2",
                             "--duration", "10"], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert ">>> kill -9 worker-" in out and "resuming from its checkpoint" in out.split(">>> kill -9")[1]
    assert "3 room(s): 3 watched" in out and "@streamer_" in out  # the events flowed


def test_an_offline_room_is_shown_retried_and_watched_once_live_and_a_removed_room_let_go(fake, redis_url, redis_client,
                                                                                           fleet_prefix):
    room = fake.room("sleepy", live=False)
    registry = RoomRegistry(redis_client, Keys(fleet_prefix))
    registry.add(["sleepy"])
    with Worker(redis_url, prefix=fleet_prefix, lease_ttl=30, connection_options=fake.client_options(),
                sign_interval=0, offline_retry=0.2) as worker:
        until(lambda: "sleepy" in registry.offline(), "the room noted as offline")
        assert worker.rooms == ["sleepy"]  # held, and tried again
        room.go_live()
        fake.wait_for_sockets(room, timeout=30)
        until(lambda: "sleepy" not in registry.offline(), "the offline note gone")
        checkpoints = Checkpoints(redis_client, Keys(fleet_prefix))
        until(lambda: checkpoints.load("sleepy"), "a checkpoint from the connect")
        room.end_stream(close_after=0.1)
        until(lambda: registry.offline().get("sleepy") == "the stream ended", "the end noted")
        until(lambda: checkpoints.load("sleepy") == "", "the checkpoint forgotten: the next stream starts afresh")
        registry.remove(["sleepy"])
        until(lambda: worker.rooms == [], "the removed room let go")
    import threading

    left = [t.name for t in threading.enumerate() if t.name.startswith("tiktoklive-fleet") or "[@sleepy]" in t.name]
    assert not left  # the worker joined every thread it started
    news = [(f[b"what"], f[b"room"]) for _, f in redis_client.xrange(Keys(fleet_prefix).log)]
    assert (b"offline", b"sleepy") in news and (b"live", b"sleepy") in news and (b"released", b"sleepy") in news


def test_the_worker_refuses_options_it_cannot_honour(redis_url):
    import pytest

    from tiktoklive.errors import InvalidOptionError, UnknownOptionError

    for pacing in ({"connect_rate": 5.0}, {"pacer": object()}):  # the fleet's limiter paces every worker
        with pytest.raises(InvalidOptionError, match="sign_interval"):
            Worker(redis_url, connection_options=pacing)
    with pytest.raises(UnknownOptionError, match="auto_reconnect"):  # a Connection's alone: the rooms run on a Hub
        Worker(redis_url, connection_options={"auto_reconnect": False})
    with pytest.raises(InvalidOptionError, match="proxy"):
        Worker(redis_url, proxies=["not a proxy"])
    with pytest.raises(InvalidOptionError):
        Worker(redis_url, lease_ttl=0)


def test_a_workers_rooms_run_on_one_hub_and_the_next_worker_resumes_them(fake, redis_url, redis_client, fleet_prefix):
    import threading

    rooms = [fake.room(f"hubbed{i}") for i in range(3)]
    names = [room.unique_id for room in rooms]
    RoomRegistry(redis_client, Keys(fleet_prefix)).add(names)
    options = {"prefix": fleet_prefix, "lease_ttl": 30, "connection_options": fake.client_options(),
               "sign_interval": 0}

    def chat_and_wait(number: int) -> None:
        for room in rooms:
            room.chat("viewer", str(number))
        until(lambda: all(number in numbers(redis_client, fleet_prefix).get(name, []) for name in names),
              f"chat {number} of every room written")

    with Worker(redis_url, **options):
        for room in rooms:
            fake.wait_for_sockets(room, timeout=30)
        threads = [thread.name for thread in threading.enumerate()]
        assert threads.count("tiktoklive-hub-reader") == 1  # one reader for every room: the worker's hub
        assert not [name for name in threads if name.startswith("tiktoklive-reader")]  # no Connection per room
        chat_and_wait(1)
    fake.wait_for(lambda: not any(room.sockets() for room in rooms), 30)  # handed over: the sockets closed
    for room in rooms:
        room.chat("viewer", "2")  # nobody is in the rooms: only a resume from the checkpoints delivers these
    with Worker(redis_url, **options):
        for room in rooms:
            fake.wait_for_sockets(room, timeout=30)
        chat_and_wait(3)
    assert_each_once(numbers(redis_client, fleet_prefix), names, 3)


def test_room_names_another_program_wrote_are_read_as_unique_ids_and_bad_ones_left_out(fake, redis_url, redis_client,
                                                                                     fleet_prefix, caplog):
    room = fake.room("alice")
    keys = Keys(fleet_prefix)
    redis_client.sadd(keys.rooms, "@alice", "not a name!")  # as another language's client may write them
    registry = RoomRegistry(redis_client, keys)
    assert registry.rooms() == ["alice"]
    with one_worker(fake, redis_url, fleet_prefix, "alice") as worker:
        with NumberedChats([room], interval=0.01) as chats:
            chats.wait_for(20)
        last = chats.sent
        until(lambda: last in numbers(redis_client, fleet_prefix).get("alice", []), "alice's chats written")
        assert registry.holders(registry.rooms()) == {"alice": worker.worker_id}
        assert redis_client.exists(keys.lease("not a name!")) == 0  # no lease taken, none stuck
        assert registry.remove(["alice"]) == 1  # as written, "@alice"
        until(lambda: worker.rooms == [], "alice let go")
    assert_each_once(numbers(redis_client, fleet_prefix), ["alice"], last)
    said = sum("'not a name!'" in r.getMessage() for r in caplog.records)
    assert said == 2  # once by the test's registry, once by the worker's: not at every tick


def test_a_room_written_twice_in_the_set_is_removed_once(redis_client, fleet_prefix):
    keys = Keys(fleet_prefix)
    redis_client.sadd(keys.rooms, "@bob", "bob", "carol")
    registry = RoomRegistry(redis_client, keys)
    assert registry.rooms() == ["bob", "carol"]
    assert registry.remove(["bob"]) == 1 and registry.remove(["bob"]) == 0
    assert registry.rooms() == ["carol"]


def test_a_room_whose_events_redis_refuses_is_let_go_at_once_and_read_again_lossless(fake, redis_url, redis_client,
                                                                                    fleet_prefix):
    room = fake.room("r1")
    keys = Keys(fleet_prefix)
    RoomRegistry(redis_client, keys).add(["r1"])
    with one_worker(fake, redis_url, fleet_prefix, "r1", lease_ttl=60) as worker:
        with NumberedChats([room], interval=0.01) as chats:
            chats.wait_for(10)
            until(lambda: numbers(redis_client, fleet_prefix).get("r1"), "the first chats written")
            seen, aside = keys.seen("r1"), keys.seen("r1") + ":aside"
            redis_client.rename(seen, aside)
            redis_client.set(seen, "not a sorted set")  # Redis now refuses r1's writes (WRONGTYPE)
            until(lambda: worker.writer.stats.failed > 0, "the refused events counted")
            redis_client.rename(aside, seen)  # repaired: the room is taken again (lease 60 s: given back)
            until(lambda: worker.rooms == ["r1"] and b"lost" in [f[b"what"] for _, f in redis_client.xrange(keys.log)],
                  "the room let go and taken again")
            chats.wait_for(chats.sent + 20)
        last = chats.sent
        until(lambda: last in numbers(redis_client, fleet_prefix).get("r1", []), "every chat written")
    found = numbers(redis_client, fleet_prefix)
    assert_each_once(found, ["r1"], last)
