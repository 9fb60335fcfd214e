"""Scripting a room: what each call puts on the wire (decoded with the codec, as a client would)."""
from __future__ import annotations

import pytest
import requests
from fake_client import enter, initial_fetch, open_socket

from tiktoklive import codec
from tiktoklive.testing import FakeTikTok, factory


class Client:
    """A bare client: initial fetch, upgrade, enter-room; ``frames()`` decodes what arrives."""

    def __init__(self, fake, room):
        self.initial = initial_fetch(fake, room)[0]
        self.ws = open_socket(fake, room)
        enter(self.ws, room.room_id)

    def results(self, count):
        return [codec.unpack_frame(self.ws.recv())[1] for _ in range(count)]

    def events(self, count):
        return [event for _ in range(count) for event in codec.decode_frame(self.ws.recv())]


@pytest.fixture
def room(fake):
    return fake.room("creator")


@pytest.fixture
def client(fake, room):
    client = Client(fake, room)
    yield client
    client.ws.close()


def test_room_identity_is_stable_and_unique(fake):
    one, two = fake.room("creator"), fake.room("other")
    assert fake.room("@creator") is one and one.room_id != two.room_id
    assert len(str(one.room_id)) == 19 and one.host.unique_id == "creator" and one.host.avatar_thumb.url_list
    with FakeTikTok() as again:
        assert again.room("creator").room_id == one.room_id
    assert "creator" in repr(one) and "live" in repr(one)


def test_chat_with_a_plain_unique_id(room, client):
    message = room.chat("alice", "hi")
    [event] = client.events(1)
    assert (event.name, event.user.unique_id, event.comment) == ("chat", "alice", "hi")
    assert event.msg_id == message.common.msg_id and event.user.nickname == "Alice"


def test_chat_with_a_user_with_badges(room, client):
    room.chat(factory.user("mod", moderator=True, gifter_level=20), "behave")
    [event] = client.events(1)
    assert event.user.unique_id == "mod" and len(event.user.badge_list) == 2


def test_streakable_gift(room, client):
    room.gift("bob", 5655, repeat=3)
    events = client.events(4)
    assert [(e.repeat_count, e.repeat_end) for e in events] == [(1, 0), (2, 0), (3, 0), (3, 1)]
    assert len({e.group_id for e in events}) == 1 and events[0].gift.type == 1
    assert all(e.gift_id == 5655 and e.gift.name == "Rose" for e in events)


def test_gift_sent_once_arrives_twice_and_big_gifts_once(room, client):
    room.gift("bob")
    room.gift("carol", 11046, repeat=2)
    events = client.events(3)
    assert [(e.gift_id, e.repeat_count, e.repeat_end) for e in events] == [(5655, 1, 0), (5655, 1, 1), (11046, 2, 1)]
    assert events[2].gift.type != 1 and events[2].gift.diamond_count == 1000
    with pytest.raises(ValueError, match="repeat"):
        room.gift("bob", repeat=0)


def test_likes_follow_share_join_viewers(room, client):
    room.like("erin", 5)
    room.like("erin", 10)
    room.follow("dave")
    room.share("frank")
    room.join("gina")
    room.viewers(1500, top=[("bob", 300)])
    events = client.events(6)
    assert [e.name for e in events] == ["like", "like", "follow", "share", "member", "roomUser"]
    assert (events[1].like_count, events[1].total_like_count) == (10, 15)
    assert events[5].to_legacy()["viewerCount"] == 1500


def test_battle_subscribe_question(room, client):
    room.battle("rival")
    room.subscribe("gina", sub_month=2)
    room.question("frank", "what game?")
    assert [e.name for e in client.events(3)] == ["linkMicBattle", "subNotify", "subscribe", "questionNew"]


def test_send_batches_messages_in_one_frame(room, client):
    room.send(factory.chat("a", "one"), factory.like("b", 2), factory.member("c"))
    [result] = client.results(1)
    assert [m.method for m in result.messages] == ["WebcastChatMessage", "WebcastLikeMessage",
                                                     "WebcastMemberMessage"]
    assert all(m.msg_id for m in result.messages)


def test_send_any_type_by_method(room, client):
    room.send("WebcastRoomMessage", content="Welcome!")
    room.send(factory.example("WebcastPollMessage"))
    first, second = client.events(2)
    assert first.method == "WebcastRoomMessage" and first.common.room_id == room.room_id
    assert second.name == "pollMessage"
    with pytest.raises(TypeError):
        room.send("WebcastChatMessage", factory.chat("a", "b"))


def test_history_is_in_the_initial_fetch_only(fake, room):
    room.add_history(factory.chat("old", "from before"))
    client = Client(fake, room)
    assert [m.method for m in client.initial.messages] == ["WebcastChatMessage"]
    room.chat("new", "now")
    assert [e.comment for e in client.events(1)] == ["now"]
    client.ws.close()


def test_offline_room_and_going_live(fake):
    room = fake.room("sleepy", live=False)
    assert room.status == "offline" and not room.live and room.status_code == 4
    room.go_live()
    assert room.live and room.status_code == 2
    room.go_offline()
    assert room.status == "offline"


def test_control_api_scripts_a_room_over_http(fake, room, client):
    base = f"{fake.urls['web']}/_fake"
    assert requests.post(f"{base}/rooms/creator/chat", json={"user": "alice", "comment": "remote"}).json()["ok"]
    assert requests.post(f"{base}/rooms/creator/gift", json={"user": "bob", "repeat": 2}).json()["ok"]
    assert [e.comment for e in client.events(1)] == ["remote"]
    assert [e.repeat_end for e in client.events(3)] == [0, 0, 1]
    created = requests.post(f"{base}/rooms/newbie", json={"live": False}).json()
    assert created["status"] == "offline" and fake.rooms["newbie"].room_id == int(created["room_id"])
    state = requests.get(f"{base}/state").json()
    assert {r["unique_id"] for r in state["rooms"]} == {"creator", "newbie"}
    assert [(s["open"], s["entered"], s["cookies"][-1]) for s in state["sockets"]] == [(True, 1, "ttwid")]
    assert requests.post(f"{base}/rooms/creator/explode", json={}).status_code == 404
    assert requests.post(f"{base}/rooms/creator/send", json={"method": "WebcastRoomMessage",
                                                            "content": "Welcome!"}).json()["ok"]
    assert [e.method for e in client.events(1)] == ["WebcastRoomMessage"]
    assert requests.post(f"{base}/rooms/creator/chat", json={"nope": 1}).status_code == 400
    assert requests.post(f"{base}/rooms/ghost/chat", json={}).status_code == 404
    assert requests.post(f"{base}/faults/sign_rate_limit", json={"retry_after": 2}).json()["ok"]
    assert requests.get(f"{fake.urls['sign']}/webcast/rooms/{fake.rooms['creator'].room_id}/connect").status_code \
        == 429


def test_control_api_reset(fake, room):
    requests.post(f"{fake.urls['web']}/_fake/reset")
    assert fake.rooms == {}
