// The reader page: chat, gifts (a streak counts up in place, then shows its diamonds), lighter
// notices for joins, likes, follows and shares, the header's numbers and the top gifters.
import { avatar, element, numbers, openFeed, picture, streakKey, trim } from "./feed.js";

const MAX_LINES = 200;      // chat lines and notices kept on the page
const MAX_GIFTS = 60;       // gift lines kept on the page
const FLUSH_MS = 100;       // items are drawn in batches: a busy stream stays smooth

const $ = (id) => document.getElementById(id);
const chat = $("chat");
const gifts = $("gifts");
const streaks = new Map();  // streak key -> its line
let pending = [];
let flushTimer = null;
let closeFeed = null;

const NOTICES = {
  member: ["join", "joined"],
  like: ["like", null],
  follow: ["follow", "followed the host"],
  share: ["share", "shared the LIVE"],
  subNotify: ["subscribe", "subscribed"],
};

function nameOf(user) {
  return user.nickname || user.uniqueId || "someone";
}

function who(user) {
  const box = element("span", "who-line");
  const name = element("span", "name", nameOf(user));
  if (user.uniqueId) name.title = "@" + user.uniqueId;
  box.append(name);
  if (user.moderator) box.append(element("span", "badge mod", "MOD"));
  if (user.subscriber) box.append(element("span", "badge sub", "SUB"));
  if (user.topGifterRank) box.append(element("span", "badge top", "TOP " + user.topGifterRank));
  return box;
}

function chatLine(item) {
  const line = element("li", "line chat");
  const body = element("div", "body");
  body.append(who(item.user), element("span", "text", item.comment));
  line.append(avatar(item.user), body);
  return line;
}

function noticeLine(item) {
  const [kind, text] = NOTICES[item.type];
  const line = element("li", "line notice " + kind);
  const said = text || `liked the LIVE${item.likeCount > 1 ? " ×" + item.likeCount : ""}`;
  line.append(element("span", "name", nameOf(item.user)), element("span", "text", " " + said));
  return line;
}

function giftLine(item) {
  const line = element("li", "line gift");
  const body = element("div", "body");
  const what = element("span", "text");
  what.append("sent ", element("b", "gift-name", item.giftName), " ", element("span", "count"));
  body.append(who(item.user), what, element("span", "worth"));
  line.append(avatar(item.user), body);
  if (item.picture) line.append(picture(item.picture, "gift-picture"));
  return line;
}

function showGift(item) {
  const key = streakKey(item);
  let line = streaks.get(key);
  if (!line) {
    line = giftLine(item);
    line.dataset.streak = key;
    streaks.set(key, line);
    gifts.append(line);
    trim(gifts, MAX_GIFTS, (old) => streaks.delete(old.dataset.streak));
  }
  line.querySelector(".count").textContent = "×" + item.repeatCount;
  line.classList.toggle("streaking", !item.final);
  line.querySelector(".worth").textContent =
    item.final ? numbers.format(item.diamonds * item.repeatCount) : "";
}

function flush() {
  flushTimer = null;
  const batch = pending;
  pending = [];
  const stick = chat.scrollHeight - chat.scrollTop - chat.clientHeight < 80;
  const lines = [];
  for (const item of batch) {
    if (item.type === "gift") showGift(item);
    else lines.push(item.type === "chat" ? chatLine(item) : noticeLine(item));
  }
  chat.append(...lines.slice(-MAX_LINES));
  trim(chat, MAX_LINES);
  if (stick) chat.scrollTop = chat.scrollHeight;
  gifts.scrollTop = gifts.scrollHeight;
}

function onItem(item) {
  pending.push(item);
  if (pending.length > 4 * MAX_LINES) pending = pending.slice(-2 * MAX_LINES);  // a hidden tab stays bounded
  if (flushTimer === null) flushTimer = setTimeout(flush, FLUSH_MS);
}

function setState(state, text) {
  const pill = $("state");
  pill.dataset.state = state;
  pill.textContent = text || state;
}

function onStatus(status) {
  $("streamer").textContent = "@" + status.user;
  document.title = "@" + status.user + " · TikTok LIVE reader";
  $("title").textContent = status.title || "";
  $("viewers").textContent = numbers.format(status.viewers || 0);
  $("likes").textContent = numbers.format(status.likes || 0);
  $("diamonds").textContent = numbers.format(status.diamonds || 0);
  setState(status.state);
  const error = $("error");
  error.hidden = !status.message || status.state === "connected";
  error.textContent = status.message || "";
  error.dataset.kind = status.kind || "";
  const top = $("top");
  top.replaceChildren(...(status.topGifters || []).map((entry) => {
    const row = element("li", "gifter");
    row.append(avatar(entry.user), element("span", "name", nameOf(entry.user)),
      element("span", "worth", numbers.format(entry.diamonds)));
    return row;
  }));
}

function onConnection(state) {
  if (state === "reconnecting") setState("reconnecting");
}

function watch(user) {
  if (closeFeed) closeFeed();
  clearTimeout(flushTimer);
  flushTimer = null;
  pending = [];
  streaks.clear();
  chat.replaceChildren();
  gifts.replaceChildren();
  $("top").replaceChildren();
  $("error").hidden = true;
  if (user) $("streamer").textContent = "@" + user;
  setState("connecting");
  closeFeed = openFeed(user, { onItem, onStatus, onConnection });
}

$("switch").addEventListener("submit", (event) => {
  event.preventDefault();
  const user = $("user").value.trim().replace(/^@/, "");
  if (!user) return;
  const url = new URL(location.href);
  url.searchParams.set("user", user);
  history.pushState(null, "", url);
  $("user").value = "";
  watch(user);
});

window.addEventListener("popstate", () => watch(new URLSearchParams(location.search).get("user") || ""));
watch(new URLSearchParams(location.search).get("user") || "");
