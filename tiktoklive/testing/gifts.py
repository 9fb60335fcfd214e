"""The fake's gift catalogue: what its gift list serves, and what scripted and busy rooms send."""
from __future__ import annotations

from typing import Mapping, Tuple

#: The gifts of the fake's gift list: id -> (name, diamonds, streakable).
GIFTS: Mapping[int, Tuple[str, int, bool]] = {
    5655: ("Rose", 1, True), 5269: ("TikTok", 1, True), 5487: ("Finger Heart", 5, True),
    5879: ("Doughnut", 30, True), 6064: ("GG", 1, True), 7934: ("Heart Me", 1, True),
    5658: ("Perfume", 20, True), 6427: ("Hat and Mustache", 99, True), 11046: ("Galaxy", 1000, False),
    6369: ("Lion", 29999, False), 7312: ("TikTok Universe", 34999, False),
}
