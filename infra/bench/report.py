"""Turns all.sh's figures into the dated "Latest run" table of docs/performance.md (replacing the previous one).

Usage: report.py RESULTS MACHINE CERTIFICATIONS SMALL SECONDS CLIENTS STARTUP_RUNS PERFORMANCE_MD
Each line of RESULTS is a figure's key and its values, as all.sh wrote them.
"""
import re
import sys
from datetime import datetime, timezone

results, machine, certifications, small, seconds, clients, runs, doc = sys.argv[1:9]
figures = {}
for line in open(results, encoding="utf-8"):
    key, _, rest = line.strip().partition(" ")
    figures[key] = rest.split(" ")


def row(name, measured, target, ratio, met):
    return "| %s | %s | %s | %.2f | %s |" % (name, measured, target, ratio, "yes" if met else "**no**")


events, generation_s, caught_up_s = (int(v) for v in figures["GEN"][:3])
static_rps, static_p99, verify_rps, verify_p99 = (float(v) for v in figures["P1"])
_, registry_rps, registry_p99 = (float(v) for v in figures["P2"])
session_rate, session_ok, session_refused, basic_rate, basic_ok, basic_refused = (int(float(v)) for v in figures["P3"])
projections, rebuilt, wall, rebuild_rate, slowest = figures["P4"][:5]
each = " ".join(figures["P4"][5:])
small_p99, large_p99 = (float(v) for v in figures["P5"])
ready, rss = float(figures["P6"][0]), int(figures["P6"][1])

verify_ratio = verify_rps / static_rps
growth = large_p99 / small_p99
rows = [
    row("P1 `GET /api/v1/verify/{number}` vs static file",
        "%.0f req/s, p99 %.1f ms (static %.0f req/s, p99 %.1f ms)" % (verify_rps, verify_p99, static_rps, static_p99),
        "≥ 0.6 × static, p99 < 20 ms", verify_ratio, verify_ratio >= 0.6 and verify_p99 < 20),
    row("P2 registry page, two filters, vs static file",
        "%.0f req/s, p99 %.1f ms" % (registry_rps, registry_p99), "≥ 0.4 × static", registry_rps / static_rps,
        registry_rps / static_rps >= 0.4),
    row("P3 score commands, %s clients, signed-in sessions" % clients,
        "%d commands/s (%d acknowledged, %d refused)" % (session_rate, session_ok, session_refused),
        "≥ 1,000 commands/s", session_rate / 1000, session_rate >= 1000),
    row("P3 the same with HTTP Basic on every request",
        "%d commands/s (%d acknowledged, %d refused)" % (basic_rate, basic_ok, basic_refused),
        "≥ 1,000 commands/s", basic_rate / 1000, basic_rate >= 1000),
    row("P4 rebuild of all %s projections at once" % projections,
        "%s events in %s s: %s events/s (slowest projection %s/s)" % (rebuilt, wall, rebuild_rate, slowest),
        "≥ 20,000 events/s", int(rebuild_rate) / 20000, int(rebuild_rate) >= 20000),
    row("P5 p99 growth of the registry lookup, %s → %s certifications" % (small, certifications),
        "%.1f ms → %.1f ms (× %.2f)" % (small_p99, large_p99, growth), "≤ 1.3×", growth / 1.3, growth <= 1.3),
    row("P6 cold start to ready", "%.2f s" % ready, "≤ 8 s", ready / 8, ready <= 8),
    row("P6 resident memory after the demo data", "%d MiB" % rss, "≤ 512 MiB", rss / 512, rss <= 512),
]
today = datetime.now(timezone.utc).strftime("%Y-%m-%d")
section = "\n".join([
    "## Latest run (`infra/bench/all.sh`), %s" % today,
    "",
    machine + ".",
    "%s generated certifications: %s events in the event store, started and generated in %d s (%.0f events/s), "
    "projections caught up %d s after the start; wrk 2 threads, 8 connections, %s s per figure; cold start mean of %s runs. "
    "Ratio: measured ÷ target for rates (higher is better), measured ÷ ceiling for times, growth and memory "
    "(lower is better)." % (certifications, f"{events:,}", generation_s, events / max(generation_s, 1),
                            caught_up_s, seconds, runs),
    "",
    "| figure | measured | ceiling / target | ratio | met |",
    "|---|---|---|---|---|",
    *rows,
    "",
    "Each projection's rebuild rate: %s." % each,
    "",
])
text = open(doc, encoding="utf-8").read()
latest = re.compile(r"## Latest run.*?(?=^## |\Z)", re.S | re.M)
if latest.search(text):
    text = latest.sub(lambda _: section + "\n", text, count=1)
else:
    first = text.index("\n## ") + 1
    text = text[:first] + section + "\n" + text[first:]
open(doc, "w", encoding="utf-8").write(text)
print(section)
