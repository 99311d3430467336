#!/usr/bin/env python3
"""Top frames of a JFR recording's execution samples (JDK 17 has no 'jfr view hot-methods').
Usage: bench/jfr-top.py recording.jfr [N] [thread-substring]
Prints the top N methods by self samples (top frame) and by inclusive samples (anywhere in the stack),
counting only samples of threads whose name contains thread-substring (default: http-nio, the request threads)."""
import collections, re, subprocess, sys

path = sys.argv[1]
n = int(sys.argv[2]) if len(sys.argv) > 2 else 25
thread_filter = sys.argv[3] if len(sys.argv) > 3 else "http-nio"
out = subprocess.run(["jfr", "print", "--events", "jdk.ExecutionSample", "--stack-depth", "200", path],
                     capture_output=True, text=True, check=True).stdout
self_count, incl_count = collections.Counter(), collections.Counter()
total = 0
for event in out.split("jdk.ExecutionSample")[1:]:
    m = re.search(r'sampledThread = "([^"]*)"', event)
    if not m or thread_filter not in m.group(1):
        continue
    frames = re.findall(r'^\s+([\w$.<>]+)\(.*line:', event, re.M)
    if not frames:
        continue
    total += 1
    self_count[frames[0]] += 1
    for f in set(frames):
        incl_count[f] += 1
print(f"samples: {total} (threads containing '{thread_filter}')")
print("\nself (top frame):")
for f, c in self_count.most_common(n):
    print(f"{100.0 * c / total:5.1f} %  {f}")
print("\ninclusive (se.koordinera, thymeleaf, jdbc, postgresql, jackson, spring session, crypto):")
keep = re.compile(r"se\.koordinera|thymeleaf|springframework\.jdbc|postgresql|jackson|session|javax\.crypto|Cipher|spel")
for f, c in [(f, c) for f, c in incl_count.most_common() if keep.search(f)][:n]:
    print(f"{100.0 * c / total:5.1f} %  {f}")
