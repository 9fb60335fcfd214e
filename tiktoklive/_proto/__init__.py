"""Generated protobuf modules (``make proto``); never edit them by hand.

``push_pb2`` holds the envelope (push frame, fetch result, heartbeat, enter-room) and
``webcast_pb2`` every Webcast message and model type.
"""
