"""Round trips: realistic messages of every type, in real gzip "msg" frames, decode to the right events."""
from __future__ import annotations

import json
import logging

import pytest

from tiktoklive import codec
from tiktoklive._proto import webcast_pb2 as pb
from tiktoklive.errors import DecodeError, TikTokLiveError
from tiktoklive.events import (
    MESSAGE_TYPES,
    TABLE,
    ChatEvent,
    ControlEvent,
    EnterRoomEvent,
    ErrorEvent,
    FollowEvent,
    GiftEvent,
    MessageEvent,
    ShareEvent,
    SocialEvent,
    StreamEndEvent,
    UnknownEvent,
    WebcastEvent,
)
from tiktoklive.testing import factory


def decode(*messages) -> list:
    return codec.decode_frame(factory.frame(*messages))


def names(events) -> list:
    return [e.name for e in events]


def test_the_table_maps_the_62_methods_of_the_protocol():
    assert len(TABLE) == 62
    assert len({row.method for row in TABLE}) == 62
    for row in TABLE:
        assert row.message_class.DESCRIPTOR.name == row.method
        assert MESSAGE_TYPES[row.method] is MESSAGE_TYPES[row.method[len("Webcast"):]] is row
        assert issubclass(row.event_class, MessageEvent)
    assert MESSAGE_TYPES["WebcastChatMessage"].name == WebcastEvent.CHAT == "chat"
    assert MESSAGE_TYPES["WebcastRoomUserSeqMessage"].name == "roomUser"


@pytest.mark.parametrize("method", [row.method for row in TABLE])
def test_every_message_type_round_trips_through_a_frame(method):
    original = factory.example(method)
    events = decode(original)
    row = MESSAGE_TYPES[method]
    main = next(e for e in events if e.name == row.name or row.derive is not None)
    assert all(e.method == method for e in events)
    assert isinstance(main, MessageEvent)
    assert main.message == original
    assert main.common.msg_id == original.common.msg_id > 0
    assert main.common.room_id == factory.ROOM_ID
    for field, value in factory.EXAMPLE_FIELDS.get(method, {}).items():
        if field in ("method", "message"):  # shadowed by the event's own attributes
            continue
        got = getattr(main, field)
        if isinstance(value, (int, str, bool)):
            assert got == value
        elif isinstance(value, list) and value and isinstance(value[0], int):
            assert list(got) == value
    for event in events:
        assert json.loads(json.dumps(event.to_dict())) and event.to_dict()["common"]["method"] == method
        legacy = json.loads(json.dumps(event.to_legacy()))
        assert legacy["msgId"] == str(original.common.msg_id)
        assert legacy["createTime"] == str(original.common.create_time)
        assert method in repr(event) or event.name in repr(event)


@pytest.mark.parametrize("method", ["RoomMessage", "LinkMicMethod"])
def test_unprefixed_methods_decode_as_their_webcast_type(method):
    original = factory.example(method)
    [event] = decode(original)
    assert event.method == method
    assert type(event.message).__name__ == "Webcast" + method
    assert event.message == original
    assert codec.decode_message(method, original.SerializeToString()).message == original


def test_chat_event_reads_the_comment_and_the_user_with_badges():
    alice = factory.user("alice", "Alice ✨", moderator=True, subscriber=True, gifter_level=12, follow_status=2)
    [event] = decode(factory.chat(alice, "hello 👋", emotes=[(6, "7300000000000000099")]))
    assert isinstance(event, ChatEvent) and event.name == "chat" and event.method == "WebcastChatMessage"
    assert event.comment == "hello 👋"
    assert event.user.unique_id == "alice" and event.user.nickname == "Alice ✨"
    assert event.user.id == alice.id and event.user.follow_info.follow_status == 2
    assert [b.scene_type for b in event.user.badge_list] == [1, 4, 8]
    assert event.emotes[0].emote.emote_id == "7300000000000000099"
    assert event.content_language == "en"  # any field reads as an attribute
    data = event.to_dict()
    assert data["comment"] == "hello 👋" and data["user"]["id"] == alice.id
    assert data["user"]["badge_list"][2]["privilege_log_extra"]["level"] == "12"
    assert repr(event) == "<ChatEvent chat user='alice' comment='hello 👋'>"
    with pytest.raises(AttributeError, match="no attribute 'nope'"):
        event.nope  # noqa: B018 (the attribute access is the test)


def test_gift_streak_ends_with_one_final_message():
    bob = factory.user("bob")
    streak = [factory.gift(bob, 5655, repeat_count=n, repeat_end=n == 3, group_id=42) for n in (1, 2, 3)]
    single = factory.gift(bob, 5487, name="Finger Heart", diamond_count=5, streakable=False, repeat_end=True)
    events = decode(*streak, single)
    assert all(isinstance(e, GiftEvent) and e.name == "gift" for e in events)
    assert [e.repeat_count for e in events] == [1, 2, 3, 1]
    assert [e.streaking for e in events] == [True, True, False, False]
    assert [e.final for e in events] == [False, False, True, True]
    assert [e.streakable for e in events] == [True, True, True, False]
    assert {e.group_id for e in events[:3]} == {42}
    assert events[2].diamonds == 3 and events[3].diamonds == 5 and events[3].diamond_count == 5
    assert events[3].gift_name == "Finger Heart" and events[3].gift.image.url_list[0].startswith("https://")
    assert events[0].extended_gift_info is None and "extended_gift_info" not in events[0].to_dict()
    entry = {"id": 5655, "name": "Rose", "diamond_count": 1, "image": {"url_list": ["https://example/rose.png"]}}
    events[0].extended_gift_info = entry  # what a connection with enable_extended_gift_info attaches
    assert events[0].to_dict()["extended_gift_info"] == entry and events[0].to_legacy()["extendedGiftInfo"] == entry
    assert events[0].user.unique_id == "bob"
    assert repr(events[0]) == "<GiftEvent gift user='bob' gift_name='Rose' repeat_count=1 final=False>"


def test_social_messages_give_exactly_one_of_follow_share_social():
    follow, share = factory.social_follow("carol"), factory.social_share("dave", users_joined=5)
    plain_share = factory.social_share("erin")
    other = factory.message("WebcastSocialMessage", user=factory.user("frank"), display_key="pm_mt_other_social")
    events = decode(follow, share, plain_share, other)
    assert names(events) == ["follow", "share", "share", "social"]
    assert [type(e) for e in events] == [FollowEvent, ShareEvent, ShareEvent, SocialEvent]
    assert events[1].users_joined == 5 and events[2].users_joined is None
    assert events[0].display_key == "pm_main_follow_message_viewer_2"
    assert codec.decode_message("WebcastSocialMessage", follow.SerializeToString()).name == "follow"


@pytest.mark.parametrize("action, expected", [
    (pb.CONTROL_ACTION_STREAM_PAUSED, ["controlMessage"]),
    (pb.CONTROL_ACTION_STREAM_UNPAUSED, ["controlMessage"]),
    (pb.CONTROL_ACTION_STREAM_ENDED, ["controlMessage", "streamEnd"]),
    (pb.CONTROL_ACTION_STREAM_SUSPENDED, ["controlMessage", "streamEnd"]),
])
def test_control_messages_derive_stream_end(action, expected):
    events = decode(factory.control(action))
    assert names(events) == expected
    assert all(e.action == action for e in events)
    if len(events) == 2:
        assert isinstance(events[1], StreamEndEvent) and events[1].to_legacy() == {"action": action}
    assert codec.decode_message("WebcastControlMessage", factory.control(action).SerializeToString()).name \
        == "controlMessage"


def test_barrage_derives_super_fan_events_first():
    joined = factory.barrage("ttlive_superfan_commentnotif_superfanjoined", "{0:user} became a super fan", who="gina")
    notice = factory.barrage("TTLIVE_SUPERFAN_comment_notif", "{0:user} is a super fan", who="gina")
    common = factory.barrage("pm_mt_other", "", common_barrage_content={"key": "ttlive_superfan_x"})
    events = decode(joined, notice, factory.barrage(), common)
    assert names(events) == ["superFanJoin", "barrage", "superFan", "barrage", "barrage", "superFan", "barrage"]
    assert events[0].user.unique_id == "gina" and events[0].content.key.startswith("ttlive_superfan")


def test_envelope_derives_super_fan_box_by_business_type_or_key():
    box = factory.envelope("bob", super_fan=True)
    by_key = factory.envelope("bob", display_key="ttlive_superfanbox_anything")
    events = decode(box, factory.envelope("carol", diamond_count=500), by_key)
    assert names(events) == ["superFanBox", "envelope", "envelope", "superFanBox", "envelope"]
    assert events[2].envelope_info.diamond_count == 500 and events[2].user.unique_id == "carol"


def test_room_user_like_member_and_other_main_events():
    events = decode(
        factory.room_user_seq(1520, [("bob", 5000), ("carol", 1200)]), factory.like("erin", 15, total=32000),
        factory.member("frank", member_count=1521), factory.question("gina", "What game is this?"),
        factory.link_mic_battle(["host_a", "host_b"]), factory.link_mic_armies({"host_a": [("bob", 300)]}),
        factory.emote_chat("gina", "7100"), factory.sub_notify("hank", sub_month=3), factory.live_intro("host_a", "hi"),
        factory.goal_update("bob"), factory.poll("Next?", [("A", 1)]), factory.rank_update(2),
        factory.message("WebcastSystemMessage", message="Welcome"), factory.message("RoomMessage", content="Hi!"))
    assert names(events) == ["roomUser", "like", "member", "questionNew", "linkMicBattle", "linkMicArmies", "emote",
                             "subNotify", "subscribe", "liveIntro", "goalUpdate", "pollMessage", "rankUpdate", "system",
                             "roomMessage"]
    room, like, member, question, battle, armies, emote, sub, subscribe, intro, goal, poll, rank, system, room_msg = \
        events
    assert room.viewer_count == 1520 and [r.user.unique_id for r in room.ranks] == ["bob", "carol"]
    assert (like.like_count, like.total_like_count) == (15, 32000)
    assert member.member_count == 1521 and member.action == 1 and member.user.unique_id == "frank"
    assert question.question_text == "What game is this?" and question.user.unique_id == "gina"
    assert [a.display_id for a in battle.anchors] == ["host_a", "host_b"] and battle.battle_id > 0
    assert armies.points == {factory.user("host_a").id: 300} and armies.battle_status == 1
    assert emote.emote_list[0].emote_id == "7100" and sub.sub_month == 3 and intro.content == "hi"
    assert subscribe.message is sub.message and subscribe.user.unique_id == "hank"
    assert goal.goal.sub_goals[0].target == 100 and poll.poll_id > 0 and rank.updates[0].own_rank == 2
    assert system.text == "Welcome" and room_msg.content == "Hi!"
    assert repr(room) == "<RoomUserEvent roomUser viewer_count=1520>"


def test_unknown_methods_become_unknown_events_with_bytes_and_common():
    common = factory.common("WebcastPictionaryStartMessage", msg_id=123, create_time_ms=1_700_000_000_000,
                            display_key="pictionary_start", pattern="{0:user} started a game")
    payload = pb.WebcastSpeakerMessage(common=common).SerializeToString() + b"\x10\x05"
    event = codec.decode_message("WebcastPictionaryStartMessage", payload)
    assert isinstance(event, UnknownEvent) and event.name == WebcastEvent.UNKNOWN
    assert event.method == "WebcastPictionaryStartMessage" and event.data == payload
    assert event.common.msg_id == 123
    assert json.dumps(event.to_dict())
    flat = event.to_legacy()  # the common header flattens as a known message's does
    assert (flat["msgId"], flat["createTime"], flat["roomId"]) == ("123", "1700000000000", str(factory.ROOM_ID))
    assert (flat["displayType"], flat["label"]) == ("pictionary_start", "{0:user} started a game")
    assert "displayText" not in flat and flat["method"] == "WebcastPictionaryStartMessage"
    corrupt_tail = codec.decode_message("WebcastPictionaryStartMessage", payload + b"\x12\x09cut")
    assert corrupt_tail.common.msg_id == 123  # the header it opens with survives a broken later field
    assert codec.decode_message("WebcastPictionaryStartMessage", payload[:5]).common is None  # header cut short
    varint_first = codec.decode_message("WebcastWeeklyRankRewardMessage", b"\x08\x96\x01\x12\x02hi")
    assert varint_first.common is None and varint_first.data == b"\x08\x96\x01\x12\x02hi"
    assert codec.decode_message("Nothing", b"").common is None


def test_a_bad_message_becomes_an_error_in_its_place_and_is_logged(caplog):
    good = factory.chat("alice", "first")
    result = codec.encode_fetch_result([
        codec.wrap_message("WebcastChatMessage", good),
        codec.BaseMessage(method="WebcastGiftMessage", payload=b"\x0a\xff\xff\xff\x0f"),
        codec.wrap_message("WebcastChatMessage", factory.chat("bob", "third")),
    ])
    with caplog.at_level(logging.WARNING, logger="tiktoklive.codec"):
        events = codec.decode_frame(codec.encode_message_frame(result, log_id=7))
    assert names(events) == ["chat", "error", "chat"]
    error = events[1]
    assert isinstance(error, ErrorEvent) and error.info == "Websocket message decoding failed"
    assert isinstance(error.exception, DecodeError) and error.exception.what == "WebcastGiftMessage"
    assert "WebcastGiftMessage" in str(error.exception) and error.method is None
    assert [e.comment for e in (events[0], events[2])] == ["first", "third"]
    [record] = caplog.records
    assert record.levelno == logging.WARNING and "WebcastGiftMessage" in record.getMessage()
    assert "5 bytes" in record.getMessage() and record.exc_info is not None
    with pytest.raises(DecodeError, match="WebcastGiftMessage"):
        codec.decode_message("WebcastGiftMessage", b"\x0a\xff\xff\xff\x0f")


def test_decode_frame_runs_the_connection_s_loop_a_repeated_message_id_is_given_once():
    chat = factory.chat("alice", "once")
    result = codec.encode_fetch_result([codec.wrap_message("WebcastChatMessage", chat, msg_id=42),
                                        codec.wrap_message("WebcastChatMessage", chat, msg_id=42),
                                        codec.wrap_message("WebcastChatMessage", factory.chat("bob", "hi"), msg_id=43)])
    events = codec.decode_frame(codec.encode_message_frame(result, log_id=1))
    assert [(e.name, e.comment) for e in events] == [("chat", "once"), ("chat", "hi")]


def test_non_message_frames():
    enter = codec.encode_frame(codec.ENTER_ROOM_RESPONSE, b"\x08\x01", log_id=9)
    [event] = codec.decode_frame(enter)
    assert isinstance(event, EnterRoomEvent) and event.name == ControlEvent.ENTER_ROOM == "enterRoom"
    assert event.frame.log_id == 9 and event.method is None and event.to_dict()["payload_type"] == "im_enter_room_resp"
    assert codec.decode_frame(codec.encode_heartbeat(factory.ROOM_ID, 3)) == []
    assert codec.decode_frame(codec.encode_ack(5, "ext")) == []
    assert codec.decode_frame(factory.frame(factory.chat("a", "uncompressed"), compress=False))[0].comment \
        == "uncompressed"


@pytest.mark.parametrize("data", [
    b"", b"garbage that is not protobuf \xff\xff", codec.encode_frame(codec.MSG, b"\x1f\x8b\x08\x00truncated",
                                                                      headers={"compress_type": "gzip"}),
    factory.frame(factory.chat("a", "b"))[:-12], codec.encode_frame(codec.MSG, b"\x0a\x05\x0a\x03", log_id=1),
])
def test_undecodable_frames_raise_decode_error(data):
    with pytest.raises(DecodeError) as info:
        codec.decode_frame(data)
    assert isinstance(info.value, TikTokLiveError)


def test_event_name_constants_are_the_node_strings():
    assert WebcastEvent.CHAT == "chat" and WebcastEvent.ROOM_USER == "roomUser"
    assert WebcastEvent.LINK_MIC_BATTLE == "linkMicBattle" and WebcastEvent.POLL_MESSAGE == "pollMessage"
    assert (WebcastEvent.FOLLOW, WebcastEvent.SHARE, WebcastEvent.STREAM_END) == ("follow", "share", "streamEnd")
    assert (WebcastEvent.SUPER_FAN, WebcastEvent.SUPER_FAN_JOIN, WebcastEvent.SUPER_FAN_BOX) == \
        ("superFan", "superFanJoin", "superFanBox")
    assert (ControlEvent.CONNECTED, ControlEvent.DISCONNECTED, ControlEvent.ERROR) == \
        ("connected", "disconnected", "error")
    assert (ControlEvent.RAW_DATA, ControlEvent.DECODED_DATA, ControlEvent.ENTER_ROOM) == \
        ("rawData", "decodedData", "enterRoom")
    assert (ControlEvent.WEBSOCKET_CONNECTED, ControlEvent.WEBSOCKET_DATA) == ("websocketConnected", "websocketData")
    assert {row.name for row in TABLE} <= {v for k, v in vars(WebcastEvent).items() if k.isupper()}


def test_a_misspelt_attribute_is_an_error_not_a_new_field():
    for event in decode(*(factory.example(row.method) for row in TABLE)):
        with pytest.raises(AttributeError):
            event.commnet = "typo"
    chat, gift = decode(factory.chat("alice", "hi"), factory.gift("bob"))
    with pytest.raises(AttributeError):
        chat.comment = "read-only"
    gift.extended_gift_info = {"id": 5655}  # the one attribute a connection fills in
    assert gift.extended_gift_info == {"id": 5655}
