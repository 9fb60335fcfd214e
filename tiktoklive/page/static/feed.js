// The event stream of one streamer's room, shared by the reader page and the overlay.
// Each item reaches the page once: TikTok's message id is remembered, so what a reconnect
// (or a restarted server) sends again is dropped.

const REMEMBERED_IDS = 5000;
const RETRY_AFTER_FAILURE_MS = 3000;

export function openFeed(user, { onItem, onStatus, onConnection }) {
  const seen = new Set();
  const order = new Array(REMEMBERED_IDS);
  let next = 0;
  let lastId = "";
  let source = null;
  let timer = null;
  let closed = false;

  function isNew(id) {
    if (!id) return true;
    if (seen.has(id)) return false;
    if (order[next] !== undefined) seen.delete(order[next]);
    order[next] = id;
    next = (next + 1) % REMEMBERED_IDS;
    seen.add(id);
    return true;
  }

  function connect() {
    const params = new URLSearchParams();
    if (user) params.set("user", user);
    if (lastId) params.set("since", lastId);
    source = new EventSource("/events?" + params.toString());
    source.addEventListener("open", () => onConnection("open"));
    source.addEventListener("status", (event) => onStatus(JSON.parse(event.data)));
    source.addEventListener("item", (event) => {
      lastId = event.lastEventId;
      const item = JSON.parse(event.data);
      if (isNew(item.id)) onItem(item);
    });
    source.addEventListener("error", () => {
      if (closed) return;
      onConnection("reconnecting");
      if (source.readyState === EventSource.CLOSED) {  // the browser gave up: try again ourselves
        source = null;
        timer = setTimeout(connect, RETRY_AFTER_FAILURE_MS);
      }
    });
  }

  connect();
  return function close() {
    closed = true;
    clearTimeout(timer);
    if (source) source.close();
  };
}

// An element with a class and text (text only ever goes in as textContent).
export function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = String(text);
  return node;
}

// A round avatar: the user's initial on a colour of their own, covered by their picture once it loads.
export function avatar(user) {
  const name = user.nickname || user.uniqueId || "?";
  const box = element("span", "avatar", Array.from(name)[0].toUpperCase());
  let hash = 0;
  for (const char of user.id || name) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  box.style.setProperty("--hue", String(hash % 360));
  if (user.avatar) box.append(picture(user.avatar, ""));
  return box;
}

// An image from TikTok's CDN that disappears if it cannot be loaded.
export function picture(url, className) {
  const img = element("img", className);
  img.alt = "";
  img.loading = "lazy";
  img.referrerPolicy = "no-referrer";
  img.addEventListener("error", () => img.remove());
  img.src = url;
  return img;
}

// The key of a gift streak: the sender and TikTok's group id.
export function streakKey(item) {
  return item.user.id + ":" + item.groupId;
}

// Keeps at most `max` children in `list`, removing the oldest (first) ones.
export function trim(list, max, onRemove) {
  while (list.children.length > max) {
    const first = list.firstElementChild;
    if (onRemove) onRemove(first);
    first.remove();
  }
}

export const numbers = new Intl.NumberFormat("en-US");
