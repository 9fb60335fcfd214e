// The OBS overlay: the latest chats and gifts of a streamer, options in the query string:
// ?user=NAME&max=5&chat=1&gifts=1&fontsize=28 (pixels) — chat=0 or gifts=0 leaves that kind out.
import { avatar, element, openFeed, picture, streakKey, trim } from "./feed.js";

const query = new URLSearchParams(location.search);
const option = (name, fallback) => {
  const value = parseInt(query.get(name) ?? "", 10);
  return Number.isFinite(value) && value >= 0 ? value : fallback;
};
const MAX = Math.min(Math.max(option("max", 5), 1), 50);  // at least one line: max=0 would show nothing
const SHOW = { chat: option("chat", 1) !== 0, gift: option("gifts", 1) !== 0 };
const feed = document.getElementById("feed");
const streaks = new Map();

document.body.style.setProperty("--size", Math.min(Math.max(option("fontsize", 28), 8), 200) + "px");

function line(item) {
  const node = element("li", "item " + item.type);
  node.append(avatar(item.user), element("span", "name", item.user.nickname || item.user.uniqueId));
  if (item.type === "chat") {
    node.append(element("span", "text", item.comment));
  } else {
    node.append(element("span", "text", "sent " + item.giftName), element("span", "count"));
    if (item.picture) node.append(picture(item.picture, "gift-picture"));
  }
  return node;
}

function show(item) {
  if (!SHOW[item.type]) return;
  let node = item.type === "gift" ? streaks.get(streakKey(item)) : undefined;
  if (!node) {
    node = line(item);
    if (item.type === "gift") {
      node.dataset.streak = streakKey(item);
      streaks.set(node.dataset.streak, node);
    }
    feed.append(node);
    trim(feed, MAX, (old) => streaks.delete(old.dataset.streak));
  }
  if (item.type === "gift") node.querySelector(".count").textContent = "×" + item.repeatCount;
}

openFeed(query.get("user") || "", { onItem: show, onStatus: () => {}, onConnection: () => {} });
