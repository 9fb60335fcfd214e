"""The plain-text table of a benchmark run."""
from __future__ import annotations


#: How the table names each row of the throughput section.
LABELS = {"floor": "protobuf floor (upb, parse only)", "tiktoklive": "tiktoklive (Connection pipeline)",
          "tiktoklive codec.decode_frame": "tiktoklive codec.decode_frame",
          "TikTokLive": "TikTokLive {version} (Python)", "tiktok-live-connector": "tiktok-live-connector {version} (Node)"}


def _rate(value: float) -> str:
    return f"{value:,.0f}"


def throughput_table(section: dict) -> list[str]:
    """Rows of the decode-throughput table, with each library's rate as a multiple of the others'."""
    corpus, rows = section["corpus"], section["rows"]
    ours = rows["tiktoklive"]["best"]
    lines = [f"Decode throughput: {corpus['frames']:,} frames, {corpus['messages']:,} messages, "
             f"{corpus['bytes'] / corpus['frames']:,.0f} bytes/frame (gzip)",
             f"  {'':40}{'best msg/s':>12}{'median':>12}{'tiktoklive is':>15}"]
    for name, row in rows.items():
        label = LABELS.get(name, name).format(version=row.get("version", "?"))
        if "skipped" in row:
            lines.append(f"  {label:40}skipped: {row['skipped']}")
            continue
        ratio = "" if name == "tiktoklive" else f"{ours / row['best']:.2f}x"
        lines.append(f"  {label:40}{_rate(row['best']):>12}{_rate(row['median']):>12}{ratio:>15}")
    return lines


def render(results: dict) -> str:
    """The whole table."""
    machine = results["machine"]
    lines = [f"tiktoklive {machine['tiktoklive']} benchmarks ({results['mode']} run, {results['date']}): "
             f"{machine['cpus']} CPUs, Python {machine['python']} ({machine['protobuf']} protobuf), "
             f"node {machine['node'] or 'absent'}", ""]
    lines += throughput_table(results["throughput"])
    return "\n".join(lines)
