"""The Node legacy (README) shapes of events: flat camelCase dicts, ids as strings."""
from __future__ import annotations

import json

from tiktoklive import codec
from tiktoklive._proto import webcast_pb2 as pb
from tiktoklive.events import legacy
from tiktoklive.testing import factory


def flat(message) -> dict:
    [event] = [e for e in codec.decode_frame(factory.frame(message)) if e.name not in ("streamEnd", "superFanBox")]
    data = event.to_legacy()
    assert json.loads(json.dumps(data)) == data
    return data


def test_user_attributes_are_flattened_with_badges():
    alice = factory.user("alice", "Alice", moderator=True, subscriber=True, gifter_level=12, team_level=3,
                         top_gifter_rank=2, follow_status=2, bio="hi there", new_gifter=True)
    data = flat(factory.chat(alice, "hello", msg_id=7137750790064065286, create_time_ms=1661887134718))
    assert data["comment"] == "hello" and data["emotes"] == []
    assert data["userId"] == str(alice.id) and data["secUid"] == alice.sec_uid
    assert data["uniqueId"] == "alice" and data["nickname"] == "Alice"
    assert data["profilePictureUrl"] == alice.avatar_thumb.url_list[0]
    assert "100x100" in data["profilePictureUrl"] and ".webp" in data["profilePictureUrl"]
    assert data["followRole"] == 2
    assert data["isModerator"] is True and data["isSubscriber"] is True and data["isNewGifter"] is True
    assert data["topGifterRank"] == 2 and data["gifterLevel"] == 12 and data["teamMemberLevel"] == 3
    assert data["userSceneTypes"] == [1, 4, 8, 10, 6, 2]
    assert data["userBadges"][0] == {"type": "pm_mt_moderator_im", "name": "Moderator", "badgeSceneType": 1}
    assert data["userBadges"][1]["type"] == "image" and "/sub_" in data["userBadges"][1]["url"]
    assert {"type": "privilege", "privilegeId": "7138381747292542756", "level": 12, "badgeSceneType": 8} \
        in data["userBadges"]
    assert data["userDetails"] == {"createTime": str(alice.create_time), "bioDescription": "hi there",
                                   "profilePictureUrls": list(alice.avatar_thumb.url_list)}
    assert data["followInfo"] == {"followingCount": 321, "followerCount": 1234, "followStatus": 2, "pushStatus": 0}
    assert data["msgId"] == "7137750790064065286" and data["createTime"] == "1661887134718"
    assert data["roomId"] == str(factory.ROOM_ID) and data["method"] == "WebcastChatMessage"
    assert "user" not in data and "common" not in data


def test_plain_viewer_has_no_badges():
    data = flat(factory.chat(factory.user("nobody", ""), "x"))
    assert data["nickname"] is None and data["userBadges"] == [] and data["userSceneTypes"] == []
    assert (data["isModerator"], data["isSubscriber"], data["isNewGifter"]) == (False, False, False)
    assert (data["topGifterRank"], data["gifterLevel"], data["teamMemberLevel"], data["followRole"]) == (None, 0, 0, 0)


def test_profile_picture_choice():
    pick = legacy.profile_picture_url
    assert pick(["a/100x100.jpeg", "b/shrink.webp", "c/100x100.webp"]) == "c/100x100.webp"
    assert pick(["b/shrink_720.webp", "a/100x100.jpeg"]) == "a/100x100.jpeg"
    assert pick(["b/shrink.webp", "d/720x720.webp"]) == "d/720x720.webp"
    assert pick(["b/shrink.webp"]) == "b/shrink.webp"
    assert pick([]) is None


def test_display_text_becomes_display_type_and_label():
    data = flat(factory.member("carol"))
    assert data["displayType"] == "live_room_enter_toast" and data["label"] == "{0:user} joined"
    assert data["actionId"] == 1 and data["memberCount"] == 100
    follow = flat(factory.social_follow("dave"))
    assert follow["displayType"] == "pm_main_follow_message_viewer_2"
    assert follow["label"] == "{0:user} followed the host" and follow["uniqueId"] == "dave"


def test_gift_shape():
    message = factory.gift("bob", 5655, name="Rose", diamond_count=1, repeat_count=7, repeat_end=True, group_id=99)
    data = flat(message)
    assert (data["giftId"], data["repeatCount"], data["repeatEnd"], data["groupId"]) == (5655, 7, True, "99")
    assert (data["giftName"], data["diamondCount"], data["giftType"]) == ("Rose", 1, 1)
    assert data["describe"] == "sent Rose" and data["giftPictureUrl"] == message.gift.image.url_list[0]
    assert data["gift"] == {"gift_id": 5655, "repeat_count": 7, "repeat_end": 1, "gift_type": 1}
    assert data["receiverUserId"] == str(factory.HOST_ID)
    assert data["timestamp"] == message.monitor_info.send_gift_send_message_success_ms
    assert data["monitorExtra"]["gift_id"] == 5655 and data["monitorExtra"]["repeat_end"] == 1
    assert data["displayType"] == "webcast_aweme_gift_send_message"
    assert data["label"] == "{0:user} sent {1:gift} {2:string}" and data["uniqueId"] == "bob"


def test_like_room_user_and_question_shapes():
    like = flat(factory.like("erin", 15, total=32000))
    assert (like["likeCount"], like["totalLikeCount"], like["displayType"]) == (15, 32000, "pm_mt_msg_viewer")
    room = flat(factory.room_user_seq(1520, [("bob", 5000)]))
    assert room["viewerCount"] == 1520 and "total" not in room and "ranks" not in room
    assert room["topViewers"][0]["coinCount"] == 5000 and room["topViewers"][0]["user"]["uniqueId"] == "bob"
    question = flat(factory.question("gina", "What game?", question_id=77))
    assert question["questionText"] == "What game?" and question["questionId"] == "77"
    assert question["uniqueId"] == "gina" and "data" not in question


def test_battle_and_armies_shapes():
    host_a, host_b = factory.user("host_a"), factory.user("host_b")
    battle = flat(factory.link_mic_battle([host_a, host_b], armies={"host_a": [("bob", 300), ("carol", 20)]}))
    assert [u["uniqueId"] for u in battle["battleUsers"]] == ["host_a", "host_b"]
    assert battle["battleUsers"][0]["userId"] == str(host_a.id)
    assert battle["battleArmies"][0]["hostUserId"] == str(host_a.id) and battle["battleArmies"][0]["points"] == 320
    assert battle["battleStatus"] == pb.BATTLE_SETTINGS_BATTLE_STATUS_BATTLE_STARTED
    armies = flat(factory.link_mic_armies([(host_a, [("bob", 300)]), (host_b, [("gina", 120)])]))
    assert {a["hostUserId"]: a["points"] for a in armies["battleArmies"]} == {str(host_a.id): 300,
                                                                             str(host_b.id): 120}
    assert armies["battleArmies"][0]["participants"][0]["nickname"] == "Bob"
    assert armies["battleStatus"] == 1


def test_envelope_and_emote_shapes():
    envelope = flat(factory.envelope("bob", diamond_count=500, people_count=20))
    assert envelope["uniqueId"] == "bob" and (envelope["coins"], envelope["canOpen"]) == (500, 20)
    assert envelope["timestamp"] > 0 and envelope["sendUserName"] == "Bob"
    emote = flat(factory.emote_chat("gina", "7100"))
    assert emote["emoteId"] == "7100" and emote["emotes"][0]["emoteImageUrl"].startswith("https://")


def test_control_and_stream_end_shapes():
    events = codec.decode_frame(factory.frame(factory.control(pb.CONTROL_ACTION_STREAM_SUSPENDED)))
    assert events[0].to_legacy()["action"] == 4 and events[1].to_legacy() == {"action": 4}


def test_flatten_accepts_unprefixed_methods():
    message = factory.chat("alice", "hi")
    assert legacy.flatten("ChatMessage", message) == legacy.flatten("WebcastChatMessage", message)


def test_subscribe_shape_is_the_node_readme_s():
    gina = factory.user("gina", "Gina", subscriber=True)
    frame = factory.frame(factory.sub_notify(gina, sub_month=3, msg_id=42, create_time_ms=1661887134718))
    sub_notify, subscribe = codec.decode_frame(frame)
    assert (sub_notify.name, subscribe.name) == ("subNotify", "subscribe")
    data = subscribe.to_legacy()
    assert data == sub_notify.to_legacy() and json.loads(json.dumps(data)) == data
    assert data["subMonth"] == 3 and data["uniqueId"] == "gina" and data["nickname"] == "Gina"
    assert data["oldSubscribeStatus"] == 1 and data["subscribingStatus"] == 2  # a renewal, auto-renewing
    first = codec.decode_frame(factory.frame(factory.sub_notify("hank")))[1].to_legacy()
    assert (first["subMonth"], first["oldSubscribeStatus"]) == (1, 0)  # sent as defaults, still in the shape
    assert data["msgId"] == "42" and data["createTime"] == "1661887134718"
    assert data["displayType"] == "pm_mt_subinfo_user" and "just subscribed" in data["label"]


def test_live_intro_shape_has_the_description():
    data = flat(factory.live_intro("host", "Chill stream, say hi!"))
    assert data["description"] == "Chill stream, say hi!" and data["uniqueId"] == "host"
