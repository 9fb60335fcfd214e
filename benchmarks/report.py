"""The plain-text table of a benchmark run."""
from __future__ import annotations

from benchmarks import peers

#: How the latency, memory and scale tables name each library.
LIBRARIES = {"tiktoklive": "tiktoklive (Connection)", "tiktoklive Hub": "tiktoklive Hub",
             "TikTokLive": f"TikTokLive {peers.TIKTOKLIVE_VERSION} (Python)",
             "tiktok-live-connector": f"tiktok-live-connector {peers.NODE_VERSION} (Node)"}
#: How the throughput table names each row.
LABELS = {**LIBRARIES, "floor": "protobuf floor (upb, parse only)", "tiktoklive": "tiktoklive (Connection pipeline)",
          "tiktoklive codec.decode_frame": "tiktoklive codec.decode_frame",
          "tiktoklive chat only": "tiktoklive, a handler on chat alone"}


def _rate(value: float) -> str:
    return f"{value:,.0f}"


def throughput_table(section: dict) -> list[str]:
    """Rows of the decode-throughput table, with each library's rate as a multiple of the others'."""
    corpus, rows = section["corpus"], section["rows"]
    ours, floor = rows["tiktoklive"]["best"], rows["floor"]["best"]
    lines = [f"Decode throughput: {corpus['frames']:,} frames, {corpus['messages']:,} messages, "
             f"{corpus['bytes'] / corpus['frames']:,.0f} bytes/frame (gzip)",
             f"  {'':40}{'best msg/s':>12}{'median':>12}{'tiktoklive is':>15}{'x floor':>9}"]
    for name, row in rows.items():
        label = LABELS.get(name, name)
        if "skipped" in row:
            lines.append(f"  {label:40}skipped: {row['skipped']}")
            continue
        ratio = "" if name == "tiktoklive" else f"{ours / row['best']:.2f}x"
        lines.append(f"  {label:40}{_rate(row['best']):>12}{_rate(row['median']):>12}{ratio:>15}"
                     f"{row['best'] / floor:>8.2f}x")
    return lines


def render(results: dict) -> str:
    """The whole table."""
    machine = results["machine"]
    lines = [f"tiktoklive {machine['tiktoklive']} benchmarks ({results['mode']} run, {results['date']}): "
             f"{machine['cpus']} CPUs, Python {machine['python']} ({machine['protobuf']} protobuf, "
             f"{machine.get('inflate', 'zlib')} inflating), "
             f"node {machine['node'] or 'absent'}; load average {machine['load_average_at_start'][0]:.1f} "
             f"at the start, {machine['load_average_at_end'][0]:.1f} at the end", ""]
    sections = (("throughput", throughput_table), ("latency", latency_table), ("memory", memory_table),
                ("scale", scale_table), ("fleet", fleet_table))
    for key, table in sections:
        if key in results:
            lines += table(results[key]) + [""]
    return "\n".join(lines)


def _ms(value: object) -> str:
    return "-" if value is None else f"{value:,.1f}"


def latency_table(runs: list) -> list[str]:
    """Rows of the latency table: one per rate and library, with p99 as a multiple of tiktoklive's."""
    lines = ["Latency, fake TikTok (another process) -> handler, one chat message per frame",
             f"  {'':40}{'msg/s':>7}{'received':>16}{'p50 ms':>9}{'p99 ms':>9}{'max ms':>9}{'p99 vs ours':>13}"]
    ours = {run["rate"]: run.get("p99_ms") for run in runs if run["library"] == "tiktoklive"}
    for run in runs:
        label = LIBRARIES[run["library"]]
        if "error" in run:
            lines.append(f"  {label:40}{run['rate']:>7,}  failed: {run['error']}")
            continue
        mine, theirs = ours.get(run["rate"]), run["p99_ms"]
        ratio = "" if run["library"] == "tiktoklive" or not mine or theirs is None else f"{theirs / mine:,.0f}x"
        lines.append(f"  {label:40}{run['rate']:>7,.0f}{run['received']:>8,}/{run['sent']:<7,}"
                     f"{_ms(run['p50_ms']):>9}{_ms(theirs):>9}{_ms(run['max_ms']):>9}{ratio:>13}")
    return lines


def memory_table(section: dict) -> list[str]:
    """Rows of the memory table: idle connections of each library, then the long run's slope."""
    lines = ["Memory (RSS; a fresh process per row)"]
    for library, runs in section["idle"].items():
        label = LIBRARIES[library]
        for run in runs:
            if "error" in run:
                lines.append(f"  {label:40}{run['connections']:>4} idle connections: failed: {run['error']}")
                continue
            lines.append(f"  {label:40}{run['connections']:>4} idle connections: {run['rss_after_mib']:7.1f} MiB "
                         f"(+{run['rss_after_mib'] - run['rss_before_mib']:.1f} MiB)")
        per = section["per_idle_connection_mib"].get(library)
        if per is not None:
            lines.append(f"  {label:40}each additional idle connection: {per:.2f} MiB")
    long_run = section["long_run"]
    if "error" in long_run:
        lines.append(f"  long run failed: {long_run['error']}")
    elif long_run["samples"]:
        first, last = long_run["samples"][0], long_run["samples"][-1]
        slope = long_run["mib_per_100k_events"]
        lines.append(f"  tiktoklive long run: {long_run['events']:,} events through one connection "
                     f"in {long_run['seconds']:.0f} s, RSS {first[1]:.1f} -> {last[1]:.1f} MiB, slope "
                     f"{'-' if slope is None else f'{slope:+.3f}'} MiB per 100k events")
    return lines


def scale_table(section: dict) -> list[str]:
    """Rows of the scale table: one per library and number of rooms tried."""
    lines = [f"Scale: rooms in one process, {section['rate_per_room']:.0f} msg/s each (busy mix, 5 per frame), "
             f"handler lag under 1 s",
             f"  {'':40}{'rooms':>6}{'msg/s':>8}{'received':>18}{'p50 ms':>9}{'p99 ms':>9}{'max ms':>9}  sustained"]
    for library, steps in section["steps"].items():
        label = LIBRARIES[library]
        for step in steps:
            if "error" in step:
                lines.append(f"  {label:40}{step['rooms']:>6}  failed: {step['error']}")
                continue
            lines.append(f"  {label:40}{step['rooms']:>6}{step['rooms'] * step['rate_per_room']:>8,.0f}"
                         f"{step['received']:>9,}/{step['expected']:<8,}{_ms(step['p50_ms']):>9}"
                         f"{_ms(step['p99_ms']):>9}{_ms(step['max_ms']):>9}  {'yes' if step['sustained'] else 'no'}")
    most = section["max_rooms"]
    lines.append("  most rooms sustained: " + ", ".join(f"{LIBRARIES[name]} {rooms}" for name, rooms in most.items()))
    return lines


def fleet_table(section: dict) -> list[str]:
    """Rows of the fleet table: one worker's write rate, then the takeover after a kill -9."""
    lines = ["Fleet (Redis Streams, a local redis-server)"]
    write, takeover = section.get("write", {}), section.get("takeover", {})
    if "error" in write:
        lines.append(f"  write: failed: {write['error']}")
    elif write:
        lines.append(f"  one worker's writer: {write['events_per_s']:,} events/s into Redis ({write['events']:,} "
                     f"events over {write['rooms']} rooms, deduplicated, fenced and checkpointed)")
    if "error" in takeover:
        lines.append(f"  takeover: failed: {takeover['error']}")
    elif takeover:
        lines.append(f"  kill -9 of the busiest of {takeover['workers']} workers ({takeover['moved_rooms']} of "
                     f"{takeover['rooms']} rooms, lease {takeover['lease_ttl_s']:g} s): rooms written again after "
                     f"{_ms(takeover['takeover_s'])} s; {takeover['lost']} lost, {takeover['duplicated']} duplicated "
                     f"of {takeover['chats_per_room']:,} numbered chats per room")
    return lines
